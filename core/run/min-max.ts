// Min-Max giữa các đơn vị, the run's pass: a criterion scored relative to every unit gets its points only once every
// report of the run is read (decide-run.ts calls it before ranking). The units compared are those ranked together (one
// report a unit, of one kind, submitted); each earns (figure − lowest)/(highest − lowest) × max, its reason naming the
// lowest and highest units and their figures. Where that cannot be computed — one unit with a figure, all units at the
// same figure — no end is guessed: the unit's own points stand as typed and the doubt is said to the council; a unit
// whose figure is missing or unreadable keeps its 0 and its own flag, and every unit compared is told its points may
// change with that unit's figure. Self-scores that differ from the points given are flagged as for any rule.
import { acrossUnits, alike } from '../criteria/rules/min_max.js';
import type { OtherUnits, UnitFigure } from '../criteria/rules/ways-up.js';
import { formatNumber, formatValue, pointsOf } from '../criteria/rules/reason.js';
import type { CriterionWithRule } from '../criteria/rules/rule.js';
import type { CriteriaSet, Criterion } from '../criteria/schema.js';
import { cellMessage } from '../checks/define.js';
import { SELF_SCORE_GAP, selfScoreGap } from '../checks/self-score-gap.js';
import type { Flag } from '../flags/flag.js';
import { MIN_MAX_DOUBT } from '../flags/run-flags.js';
import { addTo } from '../grouped.js';
import { whereReported } from '../ranking/duplicates.js';
import type { CriterionScore, ScoreCard } from '../scoring/score-card.js';
import { withCriteria } from '../scoring/score.js';

/** The criteria a set scores between the units (none: the pass leaves every card as it is). */
export function betweenUnits(set: CriteriaSet): CriterionWithRule<'min_max'>[] {
  return set.criteria.filter((c): c is CriterionWithRule<'min_max'> => c.rule.kind === 'min_max');
}

/** A score the pass gives, and what it says of it beside the reason (flags on the unit's card). */
type Given = { score: CriterionScore; flags: Flag[] };

/**
 * `cards` with the points of the set's Min-Max criteria given among `compared` (the cards ranked together), in the same
 * order; a card not compared (a duplicate left out, «Chưa nộp») is scored against the compared units' ends, its own
 * figure not moving them. The same objects when the set has no such criterion.
 */
export function scoreBetweenUnits(set: CriteriaSet, cards: readonly ScoreCard[], compared: ReadonlySet<ScoreCard>): ScoreCard[] {
  const across = betweenUnits(set);
  if (across.length === 0) return [...cards];
  const given = new Map<ScoreCard, Map<string, Given>>();
  // Units are compared within their kind, as they are ranked (rank.ts).
  const kinds = new Map<string | null, ScoreCard[]>();
  for (const card of cards) addTo(kinds, card.unitKind, card);
  for (const group of kinds.values()) {
    for (const criterion of across) {
      for (const [card, g] of scoreCriterion(set, criterion, group, compared)) {
        if (!given.has(card)) given.set(card, new Map());
        given.get(card)!.set(criterion.code, g);
      }
    }
  }
  return cards.map((card) => {
    const mine = given.get(card);
    if (!mine) return card;
    const again = withCriteria(set, card, card.criteria.map((s) => mine.get(s.code)?.score ?? s));
    again.flags = [...card.flags, ...[...mine.values()].flatMap((g) => g.flags)];
    return again;
  });
}

/** Each card of one kind given its points on one criterion, and what is said of them. */
function scoreCriterion(set: CriteriaSet, criterion: CriterionWithRule<'min_max'>, cards: readonly ScoreCard[], compared: ReadonlySet<ScoreCard>): Map<ScoreCard, Given> {
  const out = new Map<ScoreCard, Given>();
  const scoreOf = (card: ScoreCard) => card.criteria.find((s) => s.code === criterion.code);
  const counts = cards.filter((card) => compared.has(card));
  // A figure the council rejected counts as the set's policy says: its points withdrawn (no figure to place), or kept.
  const withdraws = set.council.onRejectedFigure === 'withdraw_points';
  const placed = (s: CriterionScore | undefined): s is CriterionScore & { value: number } =>
    s !== undefined && s.value !== null && (s.status === 'scored' || (s.status === 'rejected' && !withdraws));
  const figures = counts.flatMap((card) => {
    const s = scoreOf(card);
    return placed(s) ? [{ card, unitName: card.unitName, value: s.value }] : [];
  });
  // A unit compared that has the criterion but no figure to place: missing, unreadable, or its points withdrawn.
  const without = counts.filter((card) => {
    const s = scoreOf(card);
    return s !== undefined && (s.status === 'missing' || s.status === 'invalid' || (s.status === 'rejected' && withdraws));
  });
  if (figures.length === 0) {
    for (const card of without) out.set(card, { score: { ...scoreOf(card)!, others: { unknown: 'chưa đơn vị nào có số liệu trong lần chấm này' } }, flags: [] });
    return out;
  }
  const [atLowest, atHighest] = [atEnd(figures, Math.min(...figures.map((f) => f.value))), atEnd(figures, Math.max(...figures.map((f) => f.value)))];
  const [lowest, highest] = [endSaid(atLowest), endSaid(atHighest)];
  const doubt = figures.length === 1 ? onlyOne(criterion, lowest) : alike(lowest.value, highest.value) ? allEqual(criterion, figures.length, lowest.value) : undefined;
  const absent = namesSaid(without.slice(0, NAMED_AT_MOST).map((card) => `${named(card)}${scoreOf(card)!.status === 'rejected' ? ', số liệu Hội đồng đã bác' : ''}`), without.length);
  const missing = without.length === 0 ? '' : `; chưa có số liệu của ${absent}: thấp nhất, cao nhất và điểm này có thể đổi khi có`;
  // The figures next to each end, for a unit alone at it: the others' end is theirs (worked out once, not per unit).
  const beyond = ({ value }: End, end: (values: number[]) => number) => {
    const rest = figures.filter((f) => !alike(f.value, value));
    return rest.length === 0 ? undefined : atEnd(rest, end(rest.map((f) => f.value)));
  };
  const [nextLowest, nextHighest] = [beyond(atLowest, (v) => Math.min(...v)), beyond(atHighest, (v) => Math.max(...v))];
  // The others' end as `card` sees it: the end itself where the card is not at it or shares it, else the next figures.
  const endBut = (card: ScoreCard, value: number | undefined, end: End, next: End | undefined, shown: UnitFigure): UnitFigure | undefined => {
    if (value === undefined || !alike(value, end.value)) return shown;
    return end.at.length > 1 ? endSaid(end, card) : next && endSaid(next);
  };
  // What each unit's points hang on besides its own figure, for «Còn thiếu gì»: the others' ends, or why they tell
  // nothing. Linear in the units: each unit's ends come from the run's (a province's thousands at 100 % each named once).
  const placedOf = new Map(figures.map((f) => [f.card, f.value]));
  const lacking = new Set(without);
  const othersOf = (card: ScoreCard): OtherUnits => {
    if (doubt) return { unknown: doubt };
    const apart = without.length - (lacking.has(card) ? 1 : 0);
    // The first few others without a figure, by their report (the card itself left out), the rest counted.
    const first = without.slice(0, NAMED_AT_MOST + 1).filter((c) => c !== card).slice(0, NAMED_AT_MOST).map(named);
    if (apart > 0) return { unknown: `chưa có số liệu của ${namesSaid(first, apart)}: thấp nhất, cao nhất có thể đổi khi có` };
    const value = placedOf.get(card);
    const rest = figures.length - (value === undefined ? 0 : 1);
    const [low, high] = [endBut(card, value, atLowest, nextLowest, lowest), endBut(card, value, atHighest, nextHighest, highest)];
    if (low && high && !alike(low.value, high.value)) return { lowest: low, highest: high };
    // The others all at one figure: the unit's own end (its next figures) is theirs.
    const same = (low ?? high)!;
    const who = rest === 1 ? `chỉ ${same.unitName} là đơn vị khác có số liệu` : `các đơn vị khác (${same.unitName}) cùng số liệu`;
    return { unknown: `${who} ${formatValue(criterion, same.value)}, không có khoảng giữa thấp nhất và cao nhất để tính số liệu cần đạt` };
  };
  const rejected = (s: CriterionScore, reason: string) => (s.status === 'rejected' ? `${reason}; Hội đồng bác số liệu → không xét khen thưởng` : reason);
  for (const card of cards) {
    const s = scoreOf(card);
    if (!placed(s)) continue;
    const flags: Flag[] = [];
    let score: CriterionScore;
    if (doubt) {
      // No ends to place the figure between: the unit's own points stand as typed, the council decides.
      const own = s.selfScore === null ? 0 : Math.min(s.max, Math.max(0, s.selfScore));
      const taken = s.selfScore === null ? `không có điểm tự chấm → ${pointsOf(0, s.max)}` : `tính điểm tự chấm ${pointsOf(own, s.max)} như đã ghi`;
      score = { ...s, points: own, reason: rejected(s, `Kết quả ${formatValue(criterion, s.value)} — Min-Max giữa các đơn vị không tính được: ${doubt}${missing} → ${taken}, Hội đồng quyết định`) };
      flags.push(flagOn(card, criterion, s, `Min-Max giữa các đơn vị không tính được: ${doubt}${missing}; ${taken}, Hội đồng quyết định`));
    } else {
      const { points, reason } = acrossUnits(criterion, s.value, figures.length, lowest, highest);
      score = { ...s, points, reason: rejected(s, `${reason}${missing}`) };
      if (without.length > 0) flags.push(flagOn(card, criterion, s, `điểm Min-Max giữa các đơn vị (${formatNumber(points)} điểm) tính khi chưa có số liệu của ${absent}: có số liệu của ${without.length > 1 ? 'các đơn vị ấy' : 'đơn vị ấy'}, thấp nhất, cao nhất và điểm này có thể đổi`));
      const cell = s.selfScoreCell;
      const gap = cell === undefined ? undefined : selfScoreGap(set, criterion, score, cell);
      if (gap) flags.push({ code: SELF_SCORE_GAP.id, severity: SELF_SCORE_GAP.severity, message: gap.message, sheet: card.sheet, ...(gap.cell && { cell: gap.cell }), ...(gap.criterion && { criterion: gap.criterion }), ...(gap.details && { details: gap.details }) });
    }
    out.set(card, { score: { ...score, others: othersOf(card) }, flags });
  }
  // A unit without a figure keeps its 0, its reason and its own flag, and is told the others were compared without it.
  for (const card of without) {
    const s = scoreOf(card)!;
    const others = doubt
      ? `Min-Max giữa các đơn vị không tính được khi đơn vị này chưa có số liệu: ${doubt}`
      : `Min-Max giữa các đơn vị tính giữa ${figures.length} đơn vị có số liệu, không có đơn vị này: điểm của các đơn vị ấy tùy số liệu của đơn vị này khi có`;
    // Points the council withdrew are said as those the unit's figure would have earned between the others.
    const before = !doubt && s.status === 'rejected' && s.value !== null ? acrossUnits(criterion, s.value, figures.length, lowest, highest) : undefined;
    const score = before ? { ...s, before: before.points, reason: `Hội đồng bác số liệu → ${pointsOf(0, s.max)} (trước đó: ${before.reason})` } : s;
    out.set(card, { score: { ...score, others: othersOf(card) }, flags: [flagOn(card, criterion, s, others)] });
  }
  return out;
}

/** A unit's figure placed between the others, with its card. */
type Figure = UnitFigure & { card: ScoreCard };
/** An end's figure and the units at it, by name. */
type End = { value: number; at: Figure[] };

/** Units named in a line, the rest counted: a province's thousands at one figure are not each named on every card. */
const NAMED_AT_MOST = 3;

/** «Sở Nội vụ, Sở Tài chính»; «A, B, C và 47 đơn vị khác» for `total` units of which `names` are the first. */
function namesSaid(names: readonly string[], total: number): string {
  const shown = names.slice(0, NAMED_AT_MOST);
  return `${shown.join(', ')}${total > shown.length ? ` và ${total - shown.length} đơn vị khác` : ''}`;
}

/**
 * The units at one end, by name: «Sở Nội vụ, Sở Tài chính» at 5% — in the same order whatever order the face read the
 * reports in (a folder's files, a workbook's sheets).
 */
function atEnd(figures: readonly Figure[], value: number): End {
  return { value, at: figures.filter((f) => alike(f.value, value)).sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')) };
}

/** An end as said, every unit at it named up to NAMED_AT_MOST; `but`, a unit at it left out (the others' end as it sees them). */
function endSaid({ value, at }: End, but?: ScoreCard): UnitFigure {
  const names: string[] = [];
  for (let i = 0; i < at.length && names.length < NAMED_AT_MOST; i++) if (at[i]!.card !== but) names.push(at[i]!.unitName);
  return { unitName: namesSaid(names, at.length - (but === undefined ? 0 : 1)), value };
}

/** «chỉ Sở Tài chính có số liệu (98%) trong lượt chấm»: no lowest and highest apart. */
function onlyOne(criterion: Criterion, only: UnitFigure): string {
  return `chỉ ${only.unitName} có số liệu (${formatValue(criterion, only.value)}) trong lượt chấm, không có đơn vị nào để so`;
}

/** «cả 3 đơn vị cùng số liệu 90%»: no way between the lowest and the highest. */
function allEqual(criterion: Criterion, units: number, value: number): string {
  return `cả ${units} đơn vị cùng số liệu ${formatValue(criterion, value)}, không có khoảng giữa thấp nhất và cao nhất`;
}

/** A unit named with where its report is: «Sở Y tế (so-y-te.xlsx, trang «Báo cáo»)». */
function named(card: ScoreCard): string {
  return `${card.unitName} (${whereReported(card)})`;
}

/** The doubt said on a unit's card, at its figure's row, naming the criterion. */
function flagOn(card: ScoreCard, criterion: Criterion, score: CriterionScore, text: string): Flag {
  const cell = score.selfScoreCell;
  return {
    code: MIN_MAX_DOUBT,
    severity: 'warning',
    message: cellMessage(cell, text, criterion),
    sheet: card.sheet,
    ...(cell !== undefined && { cell }),
    criterion: criterion.code,
  };
}

// Made for the departments' DTI index, whose «Mức độ hài lòng …» and «Tổng chi Ngân sách nhà nước cho chuyển đổi số» are
// scored «theo phương pháp Min-Max dựa vào đơn vị nào tỷ lệ cao nhất thì điểm tối đa và giảm dần»
// (cds-so-ban-nganh-hoat-dong-cds.docx 6.16, 6.17): a department's points hang on every department's figure.
