// Còn thiếu gì (what it would take): for a unit short of the next band or of an award, the cheapest way there —
// the fewest points to gain, on criteria still short of their maximum, with the figures that would do it
// («Tỷ lệ hồ sơ trực tuyến 72% → 80%: +3 điểm → Tốt»). Pure: the unit's own rules are run forward on the
// figures tried, so what is said is exactly what scoring would give. Each rule kind says how a criterion of its kind
// earns more (`waysUp`, core/criteria/rules/); here only which criteria to raise, and in what order.
import { percentOf } from '../scoring/percent-of.js';
import type { AwardForm, AwardRound, CriteriaSet, Criterion } from '../criteria/schema.js';
import { classifyPercent } from '../scoring/classify.js';
import { rulePoints, waysUp } from '../criteria/rules/index.js';
import { effectiveTarget, formatNumber, formatValue, meetsTarget } from '../criteria/rules/reason.js';
import { CENT, leastMeeting, toCents, type WaysUp } from '../criteria/rules/ways-up.js';
import { cardKey, type CriterionScore, type ScoreCard } from '../scoring/score-card.js';
import { cappedParts } from '../scoring/capped-parts.js';
import { overTotalCap } from '../scoring/total-cap.js';
import { cappedWhat, capWritten } from '../criteria/total-cap.js';
import { quotaPlaces, subjectCovers, type Reaches } from './quota-places.js';
import { reachesForm, refusedByCouncil } from './awards.js';
import { addTo } from '../grouped.js';
import { defaultRound, formsForRound } from './rounds.js';
import type { CouncilDecision } from '../council/decision.js';
import type { AwardProposal, Improvement, Shortfall, ShortfallStep, ShortfallWay } from './schema.js';

/** The cheapest way to a goal, or why there is none. */
export type PathToGoal = {
  /** What is aimed at, as officers read it: a band («Tốt») or an award form with its condition. */
  goal: string;
  /** Points the unit is short of the goal. */
  need: number;
  /** Points the steps add (≥ need: a step of a tiered criterion may overshoot). */
  gain: number;
  steps: Improvement[];
  reachable: boolean;
  /** The criteria short of their maximum whose figure to reach cannot be told, each with why (Min-Max: the others' figures). */
  unknown?: string;
  /** One Vietnamese line for Tổng hợp, the pane and the page. */
  text: string;
};

/** A step as every face words it: «Tỷ lệ hồ sơ trực tuyến 72% → 80%: +3 điểm», with what its points hang on. */
export function stepWords(step: Improvement): string {
  return `${step.title} ${step.from} → ${step.to}: +${formatNumber(step.gain)} điểm${step.hangsOn === undefined ? '' : ` (${step.hangsOn})`}`;
}

/** A goal's way as «Còn thiếu gì» words it beside the goal: its steps, or why it cannot be reached; the criteria it cannot ask said after. */
export function pathWords(path: PathToGoal): string {
  if (!path.reachable) return path.text;
  return [path.steps.map(stepWords).join('; '), ...(path.unknown === undefined ? [] : [path.unknown])].join('. ');
}

/** What a unit would need: the next band up, and an award it is not proposed for (the cheapest form). */
export type UnitShortfall = { sheet: string; file?: string; unitName: string; band?: PathToGoal; award?: PathToGoal };

/**
 * «Còn thiếu gì» as every face gives it — tong-hop.xlsx's sheet, `thidua score --json`, the pane's and the standalone
 * page's panel: each way with its words (pathWords) and each step's (stepWords), made here once. `decisions`: the
 * council's decisions the proposals took (whatItTakes).
 */
export function shortfalls(set: CriteriaSet, cards: readonly ScoreCard[], proposals: readonly AwardProposal[], decisions: readonly CouncilDecision[], round: AwardRound = defaultRound(set), on?: string): Shortfall[] {
  // Each row and step worded in place, the ways replaced: whatItTakes made them for this alone. A copy spread with
  // a field added (`{ ...step, words }`) had a hidden class of its own in V8, ~1 KB a workbook more held while
  // tong-hop.xlsx is written (heap snapshots, 900 / 1,800 workbooks: 3,600 such classes more).
  return whatItTakes(set, cards, proposals, decisions, round, on).map((unit) => {
    const row: Omit<UnitShortfall, 'band' | 'award'> & { band?: PathToGoal | ShortfallWay; award?: PathToGoal | ShortfallWay } = unit;
    if (unit.band) row.band = worded(unit.band);
    if (unit.award) row.award = worded(unit.award);
    return row as Shortfall;
  });
}

function worded(path: PathToGoal): ShortfallWay {
  for (const step of path.steps as ShortfallStep[]) step.words = stepWords(step);
  return {
    goal: path.goal,
    need: path.need,
    gain: path.gain,
    reachable: path.reachable,
    steps: path.steps as ShortfallStep[],
    ...(path.unknown !== undefined ? { unknown: path.unknown } : {}),
    words: pathWords(path),
  };
}

/**
 * A part the set caps («tối đa 10 điểm») over rows worth more (core/scoring/capped-parts.ts), or the total under the cap
 * the table states on it (its base rows, or all its rows: core/scoring/total-cap.ts): what more of it would count, in
 * cents, shared by its rows — a part at its maximum counts no point more, whatever its rows earn.
 */
type Pool = { id: number; cents: number };

/**
 * A criterion's ways up, as its rule kind gives them: fixed steps (tiers, targets, counts) and any amount up to a room,
 * or why none can be told; the pools its points count in, its capped part first, the cap on the total last.
 */
type Options = WaysUp & { score: CriterionScore; criterion: Criterion; pools: readonly Pool[] };

/**
 * `decisions`: the council's decisions the proposals took — a quota that is a share of those reaching another form
 * counts them after the decisions, as the proposals do, whether or not the cards were scored with them (a rejection
 * typed on the pane or the page before the run is scored again).
 */
export function whatItTakes(
  set: CriteriaSet,
  cards: readonly ScoreCard[],
  proposals: readonly AwardProposal[],
  decisions: readonly CouncilDecision[],
  round: AwardRound = defaultRound(set),
  on?: string,
): UnitShortfall[] {
  const out: UnitShortfall[] = [];
  const proposed = proposedUnits(set, cards, proposals, decisions);
  for (const card of cards) {
    const band = pathToNextBand(set, card);
    const award = pathToAward(set, card, proposed, round, on);
    if (band || award) out.push({ sheet: card.sheet, ...(card.file !== undefined ? { file: card.file } : {}), unitName: card.unitName, ...(band ? { band } : {}), ...(award ? { award } : {}) });
  }
  return out;
}

/**
 * For a unit the table's sanctions hold down (a cap, bands down: ScoreCard.sanction), the band index (of the set's,
 * best first) it would have at each band its percentage may reach; undefined for a unit without one.
 */
function sanctionedBands(set: CriteriaSet, card: ScoreCard): ((reached: number) => number) | undefined {
  const by = card.sanction?.by.filter((s) => s.cap !== undefined || s.lower !== undefined) ?? [];
  if (by.length === 0) return undefined;
  const last = set.classification.length - 1;
  const cap = Math.max(-1, ...by.map((s) => set.classification.findIndex((b) => b.id === s.cap)));
  const lower = by.reduce((sum, s) => sum + (s.lower ?? 0), 0);
  return (reached) => Math.min(last, Math.max(reached, cap) + lower);
}

/** The band whose percentage gives the unit band `goal` after its sanctions: the lowest such; undefined when none does. */
function reachedFor(set: CriteriaSet, after: (reached: number) => number, goal: number): number | undefined {
  for (let j = set.classification.length - 1; j >= 0; j--) if (after(j) <= goal) return j;
  return undefined;
}

/** A goal closed whatever the points (the table's sanctions, the council's rejections): said, never a path of points that would not do it. */
function closedPath(goal: string, why: string): PathToGoal {
  return { goal, need: 0, gain: 0, steps: [], reachable: false, text: `Không thể đạt ${goal} dù thêm điểm: ${why}` };
}

/** The next band above the unit's own; undefined at the top band or when the unit scores no points at all. */
export function pathToNextBand(set: CriteriaSet, card: ScoreCard): PathToGoal | undefined {
  if (card.applicableMax <= 0) return undefined;
  const after = sanctionedBands(set, card);
  if (after) {
    const own = card.classification ? set.classification.findIndex((b) => b.id === card.classification!.id) : set.classification.length;
    const next = set.classification[own - 1];
    if (own <= 0 || !next) return undefined;
    const reached = reachedFor(set, after, own - 1);
    return reached === undefined ? closedPath(next.label, card.sanction!.why) : cheapestPath(set, card, { percent: set.classification[reached]!.minPercent, strict: false }, [], next.label);
  }
  const current = classifyPercent(set, card.percent);
  const index = current ? set.classification.indexOf(current) : set.classification.length;
  const next = set.classification[index - 1];
  if (!next) return undefined;
  return cheapestPath(set, card, { percent: next.minPercent, strict: false }, [], next.label);
}

/**
 * The run's proposals as each unit's path to an award asks them: a unit's own, the units proposed for a form, and the
 * units the run ranked — each has a row of every form whose quota covers it, or of the form it was proposed for —
 * of whom a quota's share is taken (quota-places.ts), those reaching its base form told as the proposals tell them.
 */
type Proposed = {
  of: (card: ScoreCard) => readonly AwardProposal[];
  within: (form: string) => readonly ScoreCard[];
  ranked: readonly ScoreCard[];
  reaches: Reaches<ScoreCard>;
  /** Why the council's rejections keep the unit from every form (awards.ts refusedByCouncil), if they do. */
  refused: (card: ScoreCard) => string | undefined;
};

/** Gathered in one pass over the run: asked of every unit, the proposals took 0.5 s for 1,125 units. */
function proposedUnits(set: CriteriaSet, cards: readonly ScoreCard[], proposals: readonly AwardProposal[], decisions: readonly CouncilDecision[]): Proposed {
  const cardOf = new Map<string, ScoreCard>();
  for (const c of cards) if (!cardOf.has(cardKey(c))) cardOf.set(cardKey(c), c);
  const own = new Map<string, AwardProposal[]>();
  const within = new Map<string, ScoreCard[]>();
  for (const p of proposals) {
    const key = cardKey(p);
    addTo(own, key, p);
    const card = p.proposed ? cardOf.get(key) : undefined;
    if (card) addTo(within, p.form, card);
  }
  return {
    of: (card) => own.get(cardKey(card)) ?? [],
    within: (form) => within.get(form) ?? [],
    ranked: [...cardOf.values()].filter((c) => own.has(cardKey(c))),
    reaches: (id, c) => reachesForm(set, id, c, decisions),
    refused: (c) => refusedByCouncil(set, c, decisions),
  };
}

/**
 * For a unit proposed for no form of the round: the cheapest form to reach — its band, its gate criteria, and for
 * a form with a quota, a percentage above the last unit proposed within it.
 */
function pathToAward(set: CriteriaSet, card: ScoreCard, proposed: Proposed, round: AwardRound, on: string | undefined): PathToGoal | undefined {
  const own = proposed.of(card);
  if (own.length === 0 || own.some((p) => p.proposed || p.eligible)) return undefined;
  let best: PathToGoal | undefined;
  for (const form of formsForRound(set, round, on)) {
    const path = pathToForm(set, card, proposed, form);
    if (path && (!best || better(path, best))) best = path;
  }
  return best;
}

function pathToForm(set: CriteriaSet, card: ScoreCard, run: Proposed, form: AwardForm): PathToGoal | undefined {
  const band = set.classification.find((b) => b.id === form.minClassification);
  if (!band) return undefined;
  let wording = `${form.label} (từ ${band.label})`;
  if (card.sanction?.noAward) return closedPath(wording, card.sanction.why);
  const refused = run.refused(card);
  if (refused !== undefined) return closedPath(wording, refused);
  // Held down by the table's sanctions: the percentage whose band gives the form's after them, or none.
  const after = sanctionedBands(set, card);
  const reached = after ? reachedFor(set, after, set.classification.indexOf(band)) : set.classification.indexOf(band);
  if (reached === undefined) return closedPath(wording, card.sanction!.why);
  let goal = { percent: set.classification[reached]!.minPercent, strict: false };
  const quota = form.quotas.find((q) => subjectCovers(set, q.subject, card.unitKind));
  if (form.quotas.length > 0 && !quota) return undefined; // no quota of the form covers this kind of unit
  if (quota) {
    const within = run.within(form.id).filter((c) => subjectCovers(set, quota.subject, c.unitKind));
    const { max } = quotaPlaces(set, quota, run.ranked, run.reaches);
    if (within.length >= max && max > 0) {
      const last = Math.min(...within.map((c) => c.percent));
      if (last >= goal.percent) {
        goal = { percent: last, strict: true };
        wording = `${form.label} (hơn ${formatNumber(last)}% của đơn vị cuối trong chỉ tiêu ${max})`;
      }
    } else if (max === 0) return undefined;
  } else wording = `${form.label}: đủ điều kiện để Hội đồng xét (từ ${band.label})`;
  const gates = form.gateCriteria
    .map((code) => card.criteria.find((c) => c.code === code))
    .filter((s): s is CriterionScore => s !== undefined && s.status !== 'not_applicable' && s.status !== 'not_assigned' && s.met !== true);
  return cheapestPath(set, card, goal, gates, wording);
}

/** Fewer points first, then fewer criteria to raise. */
function better(a: PathToGoal, b: PathToGoal): boolean {
  if (a.reachable !== b.reachable) return a.reachable;
  return a.gain !== b.gain ? a.gain < b.gain : a.steps.length < b.steps.length;
}

/** Cents to gain so that the card's percentage reaches (or passes, when strict) the goal: a band's threshold is reached by the points themselves, never by rounding. */
export function centsNeeded(card: Pick<ScoreCard, 'total' | 'applicableMax'>, goal: { percent: number; strict: boolean }): number {
  const reaches = (cents: number) => {
    const percent = percentOf(card.total + cents / CENT, card.applicableMax, goal.strict ? [] : [goal.percent]);
    return goal.strict ? percent > goal.percent : percent >= goal.percent;
  };
  let cents = Math.max(0, Math.floor(((goal.percent * card.applicableMax) / 100 - card.total) * CENT) - 2);
  while (!reaches(cents)) cents++;
  return cents;
}

function cheapestPath(
  set: CriteriaSet,
  card: ScoreCard,
  goal: { percent: number; strict: boolean },
  gates: readonly CriterionScore[],
  wording: string,
): PathToGoal {
  const byCode = new Map(set.criteria.map((c) => [c.code, c]));
  const { pools, total } = poolsOf(set, card);
  // Gate criteria must reach their targets whatever else is raised: their steps are taken first, counted as far as
  // their part's maximum lets them.
  const forced: Improvement[] = [];
  let forcedCents = 0;
  for (const gate of gates) {
    const criterion = byCode.get(gate.code);
    const step = criterion && gateStep(criterion, gate);
    if (!step) return unreachable(wording, centsNeeded(card, goal), `tiêu chí bắt buộc «${criterion?.title ?? gate.code}» không thể đạt bằng số liệu`);
    const mine = pools.get(gate.code) ?? [];
    const cents = Math.min(toCents(step.gain), ...mine.map((p) => p.cents));
    for (const pool of mine) pool.cents -= cents;
    forced.push({ ...step, gain: cents / CENT });
    forcedCents += cents;
  }
  const need = Math.max(0, centsNeeded(card, goal) - forcedCents);
  const free = card.criteria
    .filter((s) => !gates.includes(s))
    .map((s) => optionsOf(byCode.get(s.code), s, pools.get(s.code) ?? [], set.scoreStep))
    .filter((o): o is Options => o !== undefined);
  // A criterion whose figure to reach cannot be told is said, never left out of the way or of its sum unsaid.
  const unknown = free.flatMap((o) => (o.unknown === undefined ? [] : [`«${o.criterion.title}»: ${o.unknown}`]));
  const said = unknown.length === 0 ? {} : { unknown: `Không tính ${unknown.join('; ')}` };
  const chosen = need === 0 ? { steps: [] as Improvement[] } : choose(free, need);
  const totalNeed = (need + forcedCents) / CENT;
  if (!chosen) {
    // The cap the table states on its total is why when the rows could add the points but it would not count them.
    const cap = set.totalCap;
    const why =
      cap && total && mostOf(free, total) >= need
        ? `${cappedWhat(cap).toLowerCase()} chỉ tính tối đa ${formatNumber(cap.maxPoints)} điểm như bảng tiêu chí ghi ${capWritten(cap)}`
        : `các tiêu chí còn thiếu điểm chỉ thêm được tối đa ${formatNumber((mostOf(free) + forcedCents) / CENT)} điểm`;
    return { ...unreachable(wording, totalNeed, why, said.unknown), ...said };
  }
  const steps = [...forced, ...chosen.steps];
  const gain = steps.reduce((sum, s) => sum + toCents(s.gain), 0) / CENT;
  const path = { goal: wording, need: totalNeed, gain, steps, reachable: true, ...said };
  return { ...path, text: `${steps.map(stepWords).join('; ')} → ${wording}${said.unknown === undefined ? '' : `. ${said.unknown}`}` };
}

/**
 * The pools each row's points count in, by its code: its capped part's (its base rows, or its bonus rows), then the
 * total's under the cap the table states on it (`total`), over the rows whose points that cap would not count in full.
 */
function poolsOf(set: CriteriaSet, card: ScoreCard): { pools: Map<string, Pool[]>; total?: Pool } {
  const pools = new Map<string, Pool[]>();
  const parts = cappedParts(set, card.criteria);
  parts.forEach(({ part, max, summed, codes }, id) => {
    if (part !== 'item' && part !== 'bonus') return;
    const pool = { id, cents: Math.max(0, toCents(max - summed)) };
    for (const code of codes) pools.set(code, [pool]);
  });
  const cap = set.totalCap;
  if (!cap) return { pools };
  // What the cap would count of more points on the base rows and on the bonus rows, as scoring counts them (its own
  // rule, asked of a gain past any the rows could give): «không kể điểm thưởng» leaves the bonus rows free of it.
  const far = toCents(card.applicableMax + card.criteria.reduce((sum, c) => sum + Math.max(0, c.max), 0)) / CENT;
  const counts = (base: number, bonus: number) => {
    const capped = overTotalCap(cap, summedOf(card) + base + bonus, card.bonus + bonus);
    return capped ? Math.max(0, toCents(capped.counted - card.total)) : Infinity;
  };
  const [base, bonus] = [counts(far, 0), counts(0, far)];
  const bound = (c: CriterionScore) => (c.rule === 'bonus' ? bonus : base) < toCents(far);
  const total = { id: parts.length, cents: Math.min(base, bonus) };
  for (const c of card.criteria) if (bound(c)) pools.set(c.code, [...(pools.get(c.code) ?? []), total]);
  return { pools, total };
}

/** The unit's total as added, before the cap on it: a unit counted at 100 of 112 has no point more to gain. */
const summedOf = (card: ScoreCard) => card.caps?.find((c) => c.part === 'total')?.summed ?? card.total;

/**
 * The most the options could add together, each pool at most what it has left (cents), the innermost first: a capped
 * part's rows at most its maximum, and those the cap on the total holds at most what it leaves. `unless`: a pool not
 * held to (what the rows could add were it not there).
 */
function mostOf(options: readonly Options[], unless?: Pool): number {
  let held = options.map((o) => ({ pools: o.pools.filter((p) => p !== unless), cents: Math.max(o.room?.cents ?? 0, ...o.steps.map((s) => toCents(s.gain))) }));
  for (let depth = Math.max(0, ...held.map((h) => h.pools.length)); depth > 0; depth--) {
    const inPool = new Map<Pool, number>();
    for (const h of held) if (h.pools.length === depth) inPool.set(h.pools[0]!, (inPool.get(h.pools[0]!) ?? 0) + h.cents);
    held = [...held.filter((h) => h.pools.length !== depth), ...[...inPool].map(([pool, cents]) => ({ pools: held.find((h) => h.pools[0] === pool)!.pools.slice(1), cents: Math.min(pool.cents, cents) }))];
  }
  return held.reduce((sum, h) => sum + h.cents, 0);
}

function unreachable(goal: string, need: number, why: string, unknown?: string): PathToGoal {
  return { goal, need, gain: 0, steps: [], reachable: false, text: `Chưa thể đạt ${goal}: cần thêm ${formatNumber(need)} điểm, nhưng ${why}${unknown === undefined ? '' : `. ${unknown}`}` };
}

/** The step that makes a gate criterion meet its target (the least figure that does). */
function gateStep(criterion: Criterion, score: CriterionScore): Improvement | undefined {
  const target = effectiveTarget(criterion);
  if (!target) return undefined;
  const value = leastMeeting(criterion, target);
  if (!meetsTarget(target, value)) return undefined;
  const points = rulePoints(criterion, value);
  return improvement(criterion, score, value, Math.max(0, points - score.points));
}

/**
 * `said`: what the figure is in the criterion's own words, when they state its levels or parts, said beside it («40 điểm
 * (mức «>=500 triệu»)», «10 điểm (phần «…» và «…»)»).
 */
function improvement(criterion: Criterion, score: CriterionScore, value: number, gain: number, said?: string, hangsOn?: string): Improvement {
  // A figure typed that could not be read («90%» where points go) is not one never sent: said as the flag at its cell says it.
  const from = score.value !== null ? formatValue(criterion, score.value) : score.status === 'invalid' ? 'số liệu không đọc được' : 'chưa có số liệu';
  const to = said === undefined ? formatValue(criterion, value) : `${formatValue(criterion, value)} (${said})`;
  return { code: criterion.code, title: criterion.title, from, to, gain: Math.round(gain * CENT) / CENT, value, ...(hangsOn !== undefined && { hangsOn }) };
}

/** How a criterion can earn more: undefined when it cannot (full, not for this unit, a date, its part at its maximum, or its kind says none). */
function optionsOf(criterion: Criterion | undefined, score: CriterionScore, pools: readonly Pool[], step: number | undefined): Options | undefined {
  if (!criterion || pools.some((p) => p.cents <= 0)) return undefined;
  if (!['scored', 'missing', 'invalid'].includes(score.status)) return undefined;
  if (criterion.measure === 'date') return undefined;
  // Gains are counted from the points as scored, below 0 at a level that takes points (−3 of 3 to 3 is +6, not +3).
  if (score.points >= criterion.maxPoints) return undefined;
  const ways = waysUp(criterion, score.value, score.points, step, score.others);
  return ways && { ...ways, score, criterion, pools };
}

/** A fixed step taken: its figure (and what it is in the criterion's words), and the points it adds that count (no more than its pools have left). */
type StepTaken = { option: Options; gain: number; value: number; said?: string };

/** What the picks have used of a pool (cents). */
const usedOf = (picks: readonly StepTaken[], pool: Pool) => picks.reduce((sum, p) => sum + (p.option.pools.includes(pool) ? toCents(p.gain) : 0), 0);
/** What an option's pools have left for it: the least of them, `left` telling what one has (Infinity with none). */
const leftFor = (option: Options, left: (pool: Pool) => number) => Math.min(...option.pools.map(left));

/** A reachable total, told apart by what it used of each capped part (what is left there differs). */
function reachKey(sum: number, picks: readonly StepTaken[]): string {
  const pools = [...new Set(picks.flatMap((p) => p.option.pools))].sort((a, b) => a.id - b.id);
  return [sum, ...pools.map((pool) => `${pool.id}:${usedOf(picks, pool)}`)].join(' ');
}

/**
 * The least total gain ≥ need (cents), then the fewest criteria: fixed steps by subset sums over reachable totals,
 * the rest filled by rates and manual points, the largest room first; within a pool, only what it has left.
 */
function choose(options: readonly Options[], need: number): { steps: Improvement[] } | undefined {
  type Reach = { sum: number; count: number; picks: StepTaken[] };
  const fixed = options.filter((o) => o.steps.length > 0);
  const rooms = options.filter((o) => o.room).sort((a, b) => b.room!.cents - a.room!.cents);
  const biggest = Math.max(0, ...fixed.flatMap((o) => o.steps.map((s) => toCents(s.gain))));
  const cap = need + biggest;
  let reach = new Map<string, Reach>([['0', { sum: 0, count: 0, picks: [] }]]);
  for (const option of fixed) {
    const next = new Map(reach);
    for (const r of reach.values()) {
      const left = leftFor(option, (pool) => pool.cents - usedOf(r.picks, pool));
      for (const step of option.steps) {
        const cents = Math.min(toCents(step.gain), left);
        const sum = r.sum + cents;
        if (cents <= 0 || sum > cap) continue;
        const picks = [...r.picks, { option, gain: cents / CENT, value: step.value, ...(step.said !== undefined && { said: step.said }) }];
        const key = reachKey(sum, picks);
        const seen = next.get(key);
        if (!seen || seen.count > r.count + 1) next.set(key, { sum, count: r.count + 1, picks });
      }
    }
    reach = next;
  }

  let best: { total: number; count: number; picks: StepTaken[]; fill: { option: Options; cents: number }[] } | undefined;
  for (const { sum, ...r } of reach.values()) {
    const fill = sum >= need ? [] : fillWith(rooms.filter((o) => !r.picks.some((p) => p.option === o)), need - sum, (pool) => pool.cents - usedOf(r.picks, pool));
    if (!fill) continue;
    const total = Math.max(sum, need);
    const count = r.count + fill.length;
    if (!best || total < best.total || (total === best.total && count < best.count)) best = { total, count, picks: r.picks, fill };
  }
  if (!best) return undefined;
  return {
    steps: [
      ...best.picks.map((p) => improvement(p.option.criterion, p.option.score, p.value, p.gain, p.said, p.option.hangsOn)),
      ...best.fill.map((f) => improvement(f.option.criterion, f.option.score, f.option.room!.valueFor(f.cents), f.cents / CENT, undefined, f.option.hangsOn)),
    ],
  };
}

/**
 * Rooms that cover `cents`: one alone when any can (the smallest that does), else the largest first; a room in a
 * pool no larger than what the pool has left (`left`, less what this fill already took there).
 */
function fillWith(rooms: readonly Options[], cents: number, left: (pool: Pool) => number): { option: Options; cents: number }[] | undefined {
  const taken = new Map<Pool, number>();
  const roomOf = (o: Options) => Math.min(o.room!.cents, leftFor(o, (pool) => left(pool) - (taken.get(pool) ?? 0)));
  const alone = [...rooms].reverse().find((o) => roomOf(o) >= cents);
  if (alone) return [{ option: alone, cents }];
  const out: { option: Options; cents: number }[] = [];
  let short = cents;
  for (const option of rooms) {
    const take = Math.min(short, roomOf(option));
    if (take <= 0) continue;
    out.push({ option, cents: take });
    for (const pool of option.pools) taken.set(pool, (taken.get(pool) ?? 0) + take);
    short -= take;
    if (short === 0) return out;
  }
  return undefined;
}

// Made for the council's «Tổng hợp» (and the pane and the standalone page): issue 26 item 3, «what each unit
// would need» — e.g. a hamlet at 78% learning that one more online-dossier point, not three, makes it «Tốt».
