// How a check is written: `defineCheck({ id, severity, title, description, criterion })`, one file per check, the file
// name being the flag code. A check that looks at the reported criteria one by one gives `criterion`, a visitor the
// runner (run.ts) calls for each in one walk with the other checks' visitors — each criterion with the score, row and
// reading scoring made of it —, and `looksAt`, the kinds of criteria it looks at; a check of the whole report gives
// `run`. Either gives drafts; defineCheck and the runner stamp code, severity and sheet.
import type { CriteriaSet, Criterion } from '../criteria/schema.js';
import type { ReportRow, UnitReport } from '../report/schema.js';
import { criterionRows, type CriterionRows, pointsNumber, readCriterionValue, type Reading } from '../scoring/classify.js';
import type { ReportedCriterion } from '../scoring/score.js';
import { capitalize } from '../criteria/rules/reason.js';
import { planOf } from '../scoring/set-plan.js';
import type { CriterionScore, ScoreOptions } from '../scoring/score-card.js';
import type { Flag, Severity } from '../flags/flag.js';
import { oneLine } from '../text.js';

export type CheckContext = {
  set: CriteriaSet;
  report: UnitReport;
  /** The scores of the criteria scoring considered (applicable ones, and reported ones that do not apply). */
  scores: CriterionScore[];
  options: ScoreOptions;
  /** The criteria scoring read from a row, as scoring found them (reportedCriteria), so the checks need not find and read them again. */
  reported?: readonly ReportedCriterion[];
  /** The rows scoring found for the criteria (rowsOf), so the checks need not find them again. */
  rows?: CriterionRows;
};

/** A flag before defineCheck stamps it; a check may still set its own severity (e.g. a milder case). */
export type FlagDraft = Omit<Flag, 'code' | 'severity' | 'sheet'> & Partial<Pick<Flag, 'code' | 'severity' | 'sheet'>>;

export type CheckDefinition = {
  /** The flag code, equal to the file name. */
  id: string;
  /** The severity of its flags (the most severe when a check grades its cases). */
  severity: Severity;
  /** Vietnamese, short: what officers read for the flag (review sheet, scored copy, task pane). */
  title: string;
  /** English, short: the task pane in English. */
  titleEn: string;
  /** Vietnamese: what it looks for and why it matters. */
  description: string;
  /**
   * Whether reports scored against `set` can give this check anything to flag, where the set alone decides it (a set
   * without sanctions gives sanction-for-council nothing): asked once per set (score, run.ts), so a check that cannot
   * flag is not run on every report. Absent: it can.
   */
  canFlag?(set: CriteriaSet): boolean;
} & (
  | {
      /** A check of the whole report: its drafts. */
      run(ctx: CheckContext): FlagDraft[];
      criterion?: never;
      looksAt?: never;
      needs?: never;
    }
  | {
      /**
       * A check of the reported criteria one by one: `reported` is one of reportedCriteria(ctx), in the set's order,
       * with the score, row and reading scoring made of it (not to be worked out again); its drafts pushed to `flags`,
       * the check's own for the report (what it raised at the criteria before, for a check that says a cell once).
       */
      criterion(ctx: CheckContext, reported: ReportedCriterion, flags: FlagDraft[]): void;
      /**
       * The criteria the visitor is called on, where the criterion alone decides it (a rate's parts are a rate's):
       * asked once per criterion of a set (run.ts), not on every report. Absent: every reported criterion.
       */
      looksAt?(criterion: Criterion): boolean;
      /**
       * What a reported criterion must have for the visitor to flag anything at it, where the visitor's first lines
       * return otherwise: its reading of this kind, these cells of its row typed (there, not empty). The walk (run.ts)
       * does not call the visitor on the others. Absent: called on every criterion it looks at.
       */
      needs?: Needs;
      run?: never;
    }
);

/** A visitor's needs (CheckDefinition's `needs`): a kind of reading, cells of the row typed. */
export type Needs = { reading?: Reading['kind']; typed?: readonly NeededCell[] };
/** The cells of a row a visitor can need typed. */
export type NeededCell = 'numerator' | 'denominator' | 'selfScore' | 'verifiedScore' | 'maxPoints';

/** A check's visitor of one reported criterion (CheckDefinition's `criterion`). */
export type CriterionVisitor = (ctx: CheckContext, reported: ReportedCriterion, flags: FlagDraft[]) => void;

/**
 * A check as registered: `run` gives its flags stamped; `drafts` its drafts (its definition's run, or its visitor over
 * every reported criterion); `criterion` its visitor, which score's loop (run.ts) calls in its one walk of the criteria,
 * else it calls `drafts` — and stamps them itself: one call a check on every report, not two.
 */
export type Check = Omit<CheckDefinition, 'run' | 'criterion'> & {
  run(ctx: CheckContext): Flag[];
  drafts(ctx: CheckContext): FlagDraft[];
  criterion: CriterionVisitor | undefined;
  looksAt: ((criterion: Criterion) => boolean) | undefined;
  needs: Needs | undefined;
};

export function defineCheck(definition: CheckDefinition): Check {
  const visitor = definition.criterion;
  const looksAt = definition.looksAt;
  const drafts = visitor ? (ctx: CheckContext) => visited(ctx, visitor, looksAt) : definition.run;
  return {
    ...definition,
    criterion: visitor,
    looksAt,
    needs: definition.needs,
    drafts,
    // Every check runs on every report, most finding nothing: stamped field by field, without the temporary objects of
    // spreads, and nothing made when there is nothing to stamp.
    run: (ctx) => {
      const found = drafts(ctx);
      // An empty list of drafts is an empty list of flags: given back as it is, not made again.
      return found.length === 0 ? (found as Flag[]) : found.map((draft) => stamp(definition, draft, ctx));
    },
  };
}

/** A visitor's drafts over every reported criterion of `ctx`: the check alone (run.ts walks them once for all checks). */
function visited(ctx: CheckContext, visitor: CriterionVisitor, looksAt: ((criterion: Criterion) => boolean) | undefined): FlagDraft[] {
  const flags: FlagDraft[] = [];
  const reported = reportedCriteria(ctx);
  for (let i = 0; i < reported.length; i++) if (!looksAt || looksAt(reported[i]!.criterion)) visitor(ctx, reported[i]!, flags);
  return flags;
}

/** A draft as a flag: the check's code, its severity unless the draft grades its own, the report's sheet. */
export function stamp(definition: Pick<CheckDefinition, 'id' | 'severity'>, draft: FlagDraft, ctx: CheckContext): Flag {
  const flag: Flag = { code: definition.id, severity: draft.severity ?? definition.severity, message: draft.message, sheet: draft.sheet ?? ctx.report.sheet };
  if (draft.cell !== undefined) flag.cell = draft.cell;
  if (draft.criterion !== undefined) flag.criterion = draft.criterion;
  if (draft.details !== undefined) flag.details = draft.details;
  return flag;
}

/**
 * "Ô E12: tử số 60 lớn hơn mẫu số 50 (tiêu chí «Tỷ lệ hồ sơ xử lý trực tuyến»)" — the shape of every cell message.
 * The criterion by its title, never its code: a built-in set's codes (CQS-03) are thidua's own, and a set read from
 * the officers' table may carry codes made from each row's place in it (tree-codes.ts), not what they wrote; the
 * title is what they wrote, or the plan's own words.
 */
export function criterionNamed(criterion: Pick<Criterion, 'title'>): string {
  const { title } = criterion;
  let named = namedTitles.get(title);
  if (named === undefined) {
    if (namedTitles.size >= 1024) namedTitles.clear();
    // A title written on several lines («… khoa học…↵- Thành viên↵- Thành viên tích cực») is quoted on one, in a sentence.
    namedTitles.set(title, (named = `tiêu chí «${oneLine(title)}»`));
  }
  return named;
}
/**
 * Each title as a flag names it, worked out once: a set's criteria are flagged on report after report, each flag's
 * title put on one line by a pattern again (issue 59). Bounded: titles of many sets cannot grow it without end.
 */
const namedTitles = new Map<string, string>();

export function cellMessage(cell: string | undefined, text: string, criterion?: Pick<Criterion, 'title'>): string {
  const which = criterion ? ` (${criterionNamed(criterion)})` : '';
  return cell ? `Ô ${cell}: ${text}${which}` : `${capitalize(text)}${which}`;
}

/**
 * A cell message's text after its «Ô E12: », for a face that names the cell apart: the shape is cellMessage's, known
 * here alone (a message not made for that cell is given whole).
 */
export function textAfterCell(message: string, cell: string | undefined): string {
  const head = cell === undefined ? undefined : cellMessage(cell, '');
  return head && message.startsWith(head) ? message.slice(head.length) : message;
}

export type { ReportedCriterion } from '../scoring/score.js';

/**
 * The score of a reported criterion as the checks of its figure look at it: one the council rejected («Bác số liệu»)
 * as scoring counted it before (its points `before`, where withdrawn), so its flags stay — the council's decision
 * stands on them (core/run/decisions-said.ts) — their messages saying it was rejected (rejectedSaid); undefined where
 * no figure was scored (missing, unreadable: their own flags speak).
 */
export function figureChecked({ score, reading }: ReportedCriterion): CriterionScore | undefined {
  if (score.status === 'scored') return score;
  if (score.status !== 'rejected' || reading.kind !== 'value') return undefined;
  return score.before === undefined ? score : { ...score, points: score.before };
}

/** «; Hội đồng bác số liệu» closing a figure's flag once the council rejected the figure, else what it says otherwise (`instead`), if anything. */
export function rejectedSaid(score: Pick<CriterionScore, 'status'>, instead?: string): string {
  const said = score.status === 'rejected' ? 'Hội đồng bác số liệu' : instead;
  return said ? `; ${said}` : '';
}

/** Points typed by hand on a row: the unit's «Điểm tự chấm» and the council's «Điểm thẩm định», each at its cell. */
export type TypedPoints = { column: 'selfScore' | 'verifiedScore'; cell: string; points: number };

/** The points typed on `row` that read as a number («2,3 điểm» too); a cell left blank or unreadable gives none (other checks speak). */
export function typedPoints(row: ReportRow): TypedPoints[] {
  const out: TypedPoints[] = [];
  for (const column of ['selfScore', 'verifiedScore'] as const) {
    const cell = row[column];
    const points = pointsNumber(cell);
    if (cell && typeof points === 'number') out.push({ column, cell: cell.address, points });
  }
  return out;
}

/**
 * The criteria the unit reported on a row and that count for it (applicable and assigned),
 * each with its score, row and reading, in the set's order. Worked out once per context: most checks ask.
 */
export function reportedCriteria(ctx: CheckContext): readonly ReportedCriterion[] {
  if (ctx.reported) return ctx.reported;
  let out = reported.get(ctx);
  if (!out) reported.set(ctx, (out = findReportedCriteria(ctx)));
  return out;
}
const reported = new WeakMap<CheckContext, ReportedCriterion[]>();

/** Which report row carries which criterion (criterionRows): as scoring handed them over, else found (and remembered). */
export function rowsOf(ctx: CheckContext): CriterionRows {
  return ctx.rows ?? criterionRows(ctx.set, ctx.report);
}

function findReportedCriteria(ctx: CheckContext): ReportedCriterion[] {
  // The row each criterion was scored from (an item's own row, or the level the unit marked, on a scoring table).
  const rows = rowsOf(ctx).byCode;
  const criteria = planOf(ctx.set).byCode;
  const out: ReportedCriterion[] = [];
  for (const score of ctx.scores) {
    if (score.status === 'not_applicable' || score.status === 'not_assigned') continue;
    const row = rows.get(score.code);
    const criterion = criteria.get(score.code);
    if (row && criterion) out.push({ criterion, score, row, reading: readCriterionValue(criterion, row, ctx.report.columns) });
  }
  return out;
}
