// Chấm rồi kiểm tra: one step scores a report, then runs every registered check on what scoring read — the reported
// criteria walked once for the checks that look at them one by one (their visitors), then each whole-report check.
// Each check is isolated: one that throws leaves a «Lỗi khi kiểm tra» flag naming it, and the report is
// still scored and still checked by the others.
import type { CriteriaSet, Criterion } from '../criteria/schema.js';
import type { UnitReport } from '../report/schema.js';
import type { ScoreCard, ScoreOptions } from '../scoring/score-card.js';
import { scoreCriteria } from '../scoring/score.js';
import { parseAddress } from '../text.js';
import { type Check, type CheckContext, type CriterionVisitor, type FlagDraft, type NeededCell, type Needs, type ReportedCriterion, reportedCriteria, stamp } from './define.js';
import type { Flag, Severity } from '../flags/flag.js';
import { checks } from './index.js';
import { CHECK_FAILED } from '../flags/run-flags.js';

export function score(set: CriteriaSet, report: UnitReport, opts: ScoreOptions = {}, registry: readonly Check[] = checks): ScoreCard {
  const { card, rows, reported } = scoreCriteria(set, report, opts);
  // One context for every check, so what they share (the rows and reportedCriteria, handed over by scoring) is worked out once.
  const context: CheckContext = { set, report, scores: card.criteria, options: opts, rows };
  if (reported) context.reported = reported;
  card.flags = runAll(context, runnersFor(set, registry));
  return card;
}

/**
 * A check as score's loop runs it: every check in one shape. The checks themselves differ in shape (a canFlag or not),
 * so reading `drafts`, `id` and `severity` off them was a megamorphic lookup for each check on every report, right
 * after a workbook's reading had left the lookup's table out of the processor's caches. `walk`: the place of its
 * visitor in the walk of the criteria (Runners.visitors), -1 for a check of the whole report.
 */
type Runner = { check: Check; drafts: Check['drafts']; id: string; severity: Severity; walk: number };

/**
 * A registry's checks as run, in its order; the visitors of those that look at the criteria one by one, in the same
 * order, each with the criteria it looks at (looksAt) and what a criterion must have for it (its needs, as bits:
 * needBits); and, per criterion met, the places of the visitors that look at it. `needing`: whether any visitor needs anything.
 */
type Runners = {
  runners: readonly Runner[];
  visitors: readonly CriterionVisitor[];
  looks: readonly Check['looksAt'][];
  needs: readonly number[];
  needing: boolean;
  at: Map<Criterion, readonly number[]>;
};

function runnersOf(registry: readonly Check[]): Runners {
  const visitors: CriterionVisitor[] = [];
  const looks: Check['looksAt'][] = [];
  const needs: number[] = [];
  const runners = registry.map((check): Runner => {
    const walk = check.criterion ? visitors.push(check.criterion) - 1 : -1;
    if (check.criterion) {
      looks.push(check.looksAt);
      needs.push(needBits(check.needs));
    }
    return { check, drafts: check.drafts, id: check.id, severity: check.severity, walk };
  });
  return { runners, visitors, looks, needs, needing: needs.some((bits) => bits !== 0), at: new Map() };
}

// A visitor's needs and what a reported criterion has, each as bits: a visitor is called where the criterion has all
// its needs. Bits rather than the names, so the walk tests them without a call or a keyed lookup on every criterion.
const [VALUE, NOT_ASSIGNED, MISSING, INVALID] = [1, 2, 4, 8];
const [NUMERATOR, DENOMINATOR, SELF_SCORE, VERIFIED_SCORE, MAX_POINTS] = [16, 32, 64, 128, 256];
const READING_BITS: Record<ReportedCriterion['reading']['kind'], number> = { value: VALUE, not_assigned: NOT_ASSIGNED, missing: MISSING, invalid: INVALID };
const CELL_BITS: Record<NeededCell, number> = { numerator: NUMERATOR, denominator: DENOMINATOR, selfScore: SELF_SCORE, verifiedScore: VERIFIED_SCORE, maxPoints: MAX_POINTS };

function needBits(needs: Needs | undefined): number {
  let bits = needs?.reading === undefined ? 0 : READING_BITS[needs.reading];
  for (const cell of needs?.typed ?? []) bits |= CELL_BITS[cell];
  return bits;
}

/**
 * What a reported criterion has of what visitors need: its reading's kind, the cells of its row typed. Written out, not
 * through a table of kinds and a call a cell: this runs on every reported criterion, in V8's first tiers (cli/tier-up.ts),
 * where each of those is a call or a keyed lookup (a field's name in a variable is a megamorphic one, issue 59).
 */
function hasBits({ row, reading }: ReportedCriterion): number {
  const kind = reading.kind;
  let bits = kind === 'value' ? VALUE : kind === 'missing' ? MISSING : kind === 'invalid' ? INVALID : NOT_ASSIGNED;
  const { numerator, denominator, selfScore, verifiedScore, maxPoints } = row;
  if (numerator !== undefined && numerator.value.kind !== 'empty') bits |= NUMERATOR;
  if (denominator !== undefined && denominator.value.kind !== 'empty') bits |= DENOMINATOR;
  if (selfScore !== undefined && selfScore.value.kind !== 'empty') bits |= SELF_SCORE;
  if (verifiedScore !== undefined && verifiedScore.value.kind !== 'empty') bits |= VERIFIED_SCORE;
  if (maxPoints !== undefined && maxPoints.value.kind !== 'empty') bits |= MAX_POINTS;
  return bits;
}


/** The checks of `registry` that can flag reports of `set` (canFlag), chosen once per set and registry: a run scores one set. */
function runnersFor(set: CriteriaSet, registry: readonly Check[]): Runners {
  // The last choice at hand, as planOf keeps its last set: no hash lookup on each report.
  if (set === last?.set && registry === last.registry) return last.chosen;
  let known = chosen.get(set);
  if (known?.registry !== registry) chosen.set(set, (known = { set, registry, chosen: runnersOf(registry.filter((check) => check.canFlag?.(set) ?? true)) }));
  last = known;
  return known.chosen;
}
type Chosen = { set: CriteriaSet; registry: readonly Check[]; chosen: Runners };
const chosen = new WeakMap<CriteriaSet, Chosen>();
let last: Chosen | undefined;

/** Every check's flags, in sheet order; a check that throws gives one «Lỗi khi kiểm tra» flag instead. */
export function runChecks(context: CheckContext, registry: readonly Check[]): Flag[] {
  return runAll(context, runnersOf(registry));
}

/**
 * What the walk gave each visitor: its drafts, or what it threw (its drafts then dropped, as a check's run that throws
 * gives none); by the visitor's place.
 */
type Walked = { drafts: (FlagDraft[] | undefined)[]; thrown: unknown[] };

/**
 * The reported criteria walked once, each visitor called on each in turn: seventeen checks looked at every
 * criterion in a loop of their own, the loop's bytecode run seventeen times over on every report, mostly in V8's first
 * tiers (cli/tier-up.ts). Each visitor's drafts kept apart, so the flags are each check's in registry order as before.
 */
function walk(context: CheckContext, chosen: Runners): Walked {
  const { visitors, needs, needing } = chosen;
  const drafts: (FlagDraft[] | undefined)[] = [];
  const thrown: unknown[] = [];
  let reported: readonly ReportedCriterion[];
  try {
    reported = reportedCriteria(context);
  } catch (e) {
    // Finding them failed for every check that asked, each its own «Lỗi khi kiểm tra».
    for (let k = 0; k < visitors.length; k++) thrown[k] = e;
    return { drafts, thrown };
  }
  for (let k = 0; k < visitors.length; k++) drafts.push([]);
  for (let i = 0; i < reported.length; i++) {
    const one = reported[i]!;
    const at = visitorsAt(chosen, one.criterion, drafts, thrown);
    const has = needing ? hasBits(one) : 0;
    for (let j = 0; j < at.length; j++) {
      const k = at[j]!;
      const flags = drafts[k];
      // A visitor not called where it would return at once: most criteria lack what one or another looks for.
      const need = needs[k]!;
      if (flags === undefined || (need & has) !== need) continue;
      try {
        visitors[k]!(context, one, flags);
      } catch (e) {
        drafts[k] = undefined;
        thrown[k] = e;
      }
    }
  }
  return { drafts, thrown };
}

/**
 * The places of the visitors that look at `criterion`, found once per set's runners: most visitors look at a few
 * kinds of criteria, and calling each on every criterion only to return was most of the walk. A looksAt that throws
 * fails its check on this report (its drafts dropped), and the criterion is asked again on the next.
 */
function visitorsAt(chosen: Runners, criterion: Criterion, drafts: (FlagDraft[] | undefined)[], thrown: unknown[]): readonly number[] {
  const known = chosen.at.get(criterion);
  if (known) return known;
  const at: number[] = [];
  let failed = false;
  for (let k = 0; k < chosen.looks.length; k++) {
    const looksAt = chosen.looks[k];
    try {
      if (!looksAt || looksAt(criterion)) at.push(k);
    } catch (e) {
      failed = true;
      drafts[k] = undefined;
      thrown[k] = e;
    }
  }
  if (!failed) chosen.at.set(criterion, at);
  return at;
}

function runAll(context: CheckContext, chosen: Runners): Flag[] {
  const { runners } = chosen;
  const walked = chosen.visitors.length === 0 ? undefined : walk(context, chosen);
  const raised: Flag[] = [];
  // Indexed: a for-of allocates an iterator result per step in the code a run executes (V8's first tiers,
  // cli/tier-up.ts), some 20 checks on every report. Each check's drafts stamped here, as they are pushed: most give none.
  for (let i = 0; i < runners.length; i++) {
    const runner = runners[i]!;
    try {
      const drafts = runner.walk < 0 ? runner.drafts(context) : walkedDrafts(walked!, runner.walk);
      for (let j = 0; j < drafts.length; j++) raised.push(stamp(runner, drafts[j]!, context));
    } catch (e) {
      raised.push({
        code: CHECK_FAILED,
        severity: 'warning',
        sheet: context.report.sheet,
        message: `Lỗi khi kiểm tra «${runner.check.title}»: phần kiểm tra này không chạy được trên báo cáo, cần xem lại bằng tay`,
        details: { check: runner.id, error: e instanceof Error ? e.message : String(e) },
      });
    }
  }
  return sortFlags(raised);
}

/** A visitor's drafts from the walk; what it threw thrown again, to be said in its place. */
function walkedDrafts(walked: Walked, k: number): FlagDraft[] {
  const drafts = walked.drafts[k];
  if (drafts === undefined) throw walked.thrown[k];
  return drafts;
}

/** Flags in sheet order: by row (sheet-level flags first), then code; stable otherwise. */
function sortFlags(flags: Flag[]): Flag[] {
  // Most reports raise none or one: nothing to order.
  if (flags.length < 2) return flags;
  // An insertion sort of the few flags a report raises, each row read once: stable, as Array.prototype.sort is, and the
  // order the same (rows and codes compared as before), without a keyed copy, a comparator and the sort's own code.
  const rows: number[] = [];
  for (let i = 0; i < flags.length; i++) {
    const cell = flags[i]!.cell;
    rows.push(cell ? rowOf(cell) : 0);
  }
  for (let i = 1; i < flags.length; i++) {
    const flag = flags[i]!;
    const row = rows[i]!;
    let j = i - 1;
    for (; j >= 0 && before(row, flag.code, rows[j]!, flags[j]!.code); j--) {
      flags[j + 1] = flags[j]!;
      rows[j + 1] = rows[j]!;
    }
    flags[j + 1] = flag;
    rows[j + 1] = row;
  }
  return flags;
}

/** Whether a flag at (row, code) goes before one at (otherRow, otherCode): the comparison the flags were sorted by. */
function before(row: number, code: string, otherRow: number, otherCode: string): boolean {
  const byRow = row - otherRow;
  // A difference of NaN (two rows past the largest number) is no order, as the sort's comparator took it.
  if (byRow) return byRow < 0;
  return code < otherCode;
}

/**
 * A flag's row, as parseAddress reads its cell (0 when it is no A1 address): the addresses checks write («G19»: one to
 * three letters, then at most 15 digits) read by hand, anything else by parseAddress's pattern.
 */
export function rowOf(cell: string): number {
  const n = cell.length;
  let i = 0;
  for (; i < n && i < 3; i++) {
    const c = cell.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
  }
  if (i === 0 || n - i > 15 || i === n) return parseAddress(cell)?.row ?? 0;
  let row = 0;
  for (let j = i; j < n; j++) {
    const d = cell.charCodeAt(j) - 0x30;
    if (d < 0 || d > 9) return parseAddress(cell)?.row ?? 0;
    row = row * 10 + d;
  }
  return row;
}
