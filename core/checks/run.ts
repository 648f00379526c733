// Chấm rồi kiểm tra: one step scores a report, then runs every registered check on what scoring read.
// Each check is isolated: one that throws leaves a «Lỗi khi kiểm tra» flag naming it, and the report is
// still scored and still checked by the others.
import type { CriteriaSet } from '../criteria/schema.js';
import type { UnitReport } from '../report/schema.js';
import type { ScoreCard, ScoreOptions } from '../scoring/score-card.js';
import { scoreCriteria } from '../scoring/score.js';
import { parseAddress } from '../text.js';
import { type Check, type CheckContext, stamp } from './define.js';
import type { Flag } from '../flags/flag.js';
import { checks } from './index.js';
import { CHECK_FAILED } from '../flags/run-flags.js';

export function score(set: CriteriaSet, report: UnitReport, opts: ScoreOptions = {}, registry: readonly Check[] = checks): ScoreCard {
  const { card, rows, reported } = scoreCriteria(set, report, opts);
  // One context for every check, so what they share (the rows and reportedCriteria, handed over by scoring) is worked out once.
  const context: CheckContext = { set, report, scores: card.criteria, options: opts, rows };
  if (reported) context.reported = reported;
  card.flags = runChecks(context, checksFor(set, registry));
  return card;
}

/** The checks of `registry` that can flag reports of `set` (canFlag), chosen once per set and registry: a run scores one set. */
function checksFor(set: CriteriaSet, registry: readonly Check[]): readonly Check[] {
  // The last choice at hand, as planOf keeps its last set: no hash lookup on each report.
  if (set === last?.set && registry === last.registry) return last.checks;
  let known = chosen.get(set);
  if (known?.registry !== registry) chosen.set(set, (known = { set, registry, checks: registry.filter((check) => check.canFlag?.(set) ?? true) }));
  last = known;
  return known.checks;
}
type Chosen = { set: CriteriaSet; registry: readonly Check[]; checks: readonly Check[] };
const chosen = new WeakMap<CriteriaSet, Chosen>();
let last: Chosen | undefined;

/** Every check's flags, in sheet order; a check that throws gives one «Lỗi khi kiểm tra» flag instead. */
export function runChecks(context: CheckContext, registry: readonly Check[]): Flag[] {
  const raised: Flag[] = [];
  // Indexed: a for-of allocates an iterator result per step in the code a run executes (V8's first tiers,
  // cli/tier-up.ts), some 20 checks on every report. Each check's drafts stamped here, as they are pushed: most give none.
  for (let i = 0; i < registry.length; i++) {
    const check = registry[i]!;
    try {
      const drafts = check.drafts(context);
      for (let j = 0; j < drafts.length; j++) raised.push(stamp(check, drafts[j]!, context));
    } catch (e) {
      raised.push({
        code: CHECK_FAILED,
        severity: 'warning',
        sheet: context.report.sheet,
        message: `Lỗi khi kiểm tra «${check.title}»: phần kiểm tra này không chạy được trên báo cáo, cần xem lại bằng tay`,
        details: { check: check.id, error: e instanceof Error ? e.message : String(e) },
      });
    }
  }
  return sortFlags(raised);
}

/** Flags in sheet order: by row (sheet-level flags first), then code; stable otherwise. */
function sortFlags(flags: Flag[]): Flag[] {
  // Most reports raise none or one: nothing to order.
  if (flags.length < 2) return flags;
  const keyed = flags.map((flag) => ({ flag, row: flag.cell ? (parseAddress(flag.cell)?.row ?? 0) : 0 }));
  keyed.sort((a, b) => a.row - b.row || (a.flag.code < b.flag.code ? -1 : a.flag.code > b.flag.code ? 1 : 0));
  return keyed.map((k) => k.flag);
}
