// Hai bước của luồng chấm (the scoring thread's two steps), written once for the command line's worker threads
// (cli/score-file.ts) and the page's Web Worker (excel-addin/page/run-steps.ts), which only open the file and
// carry the answer: first a workbook read and scored alone, kept open for its copy while what the thread keeps fits
// its budget; then, the run decided by the face, its scored copy planned from its share and made, once. The thread
// is given the run's job once; each step names its workbook, never the job again.
import type { CouncilDecision, UnreadDecision } from '../council/decision.js';
import type { CriteriaSet } from '../criteria/schema.js';
import type { IndicatorSnapshot } from '../indicators/schema.js';
import type { ReportReadError } from '../report/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import type { WorkbookPort } from '../sheet/port.js';
import { heldBytes, KEPT_BYTES, KeptWorkbooks } from './kept-workbooks.js';
import { editedInPlace, forCopy, planCopy, reviewCarried, type RunShare } from './plan-copy.js';
import { copyCells, type CopyCells } from './copy-cells.js';
import { withHeld } from './edited-since.js';
import { reviewWritten } from './typed-in-copies.js';
import type { DecidedCopies } from './edited-cells.js';
import { readWorkbookOn, type WorkbookReports } from './workbook-reports.js';

/** What every workbook of a run is read and its copy made with: given to a thread once per run (plain data). */
export type WorkerJob = {
  set: CriteriaSet;
  /** "YYYY-MM-DD": the day written into the copies. */
  date: string;
  /** The council's review in force. */
  decisions: CouncilDecision[];
  /** Flags whose review rows could not be read, held as typed. */
  unread: UnreadDecision[];
  indicators?: IndicatorSnapshot[];
  /**
   * The copies the council's decisions were made on (decidedCopies), one set a run they were read from: a decided
   * figure edited since — or one no copy is found to compare with — is held, not applied. Absent: nothing is compared.
   */
  lastCopies?: DecidedCopies[];
};

/** A workbook as the steps use it: the run's port, and letting go of all but what its copy edits in place. */
export interface StepWorkbook extends WorkbookPort {
  keepForCopy(inPlace: readonly string[]): void;
}

/** A workbook opened by the face (`bytes`: its file's size, what keeping it costs), or why it could not be, in Vietnamese. */
export type Opened<W> = { ok: true; workbook: W; bytes: number } | { ok: false; message: string };

/** What reading gave: each report's card, the sheets and cells left out, the unit's answers taken from its «Rà soát». */
export type ReadStep = { ok: true; cards: ScoreCard[]; errors: ReportReadError[]; explained: CouncilDecision[]; edited: UnreadDecision[] } | { ok: false; kind: 'not-opened'; message: string };

/**
 * The copy made (`workbook`, edited: the face serialises it; `cells`: its report sheets as written, `reviewWritten`: its «Rà soát»'s reviews as written, for the record;
 * `reviewSheet`: the name its «Rà soát» is written under — the council's, where the workbook read held one renamed), or why not: the file did not open again, or it now
 * holds another number of reports than the run counted (`changed`: it was edited while the run went on).
 */
export type CopyStep<W> = { ok: true; workbook: W; cells: CopyCells; reviewWritten: string[]; reviewSheet: string } | { ok: false; kind: 'not-opened'; message: string } | { ok: false; kind: 'changed' };

/** A workbook without reports and without a sheet that failed as one, in the words both faces say it with. */
export const NO_REPORT_SHEETS = 'không có trang báo cáo nào (không thấy bảng có cột «Mã tiêu chí» và «Kết quả»)';

export class WorkerSteps<W extends StepWorkbook> {
  /** Each workbook kept open, with its reports as its copy's plan reads them. */
  private readonly kept: KeptWorkbooks<W, WorkbookReports>;

  /** `budget`: the bytes of workbooks kept open between the steps (heldBytes); one past it is opened again. */
  constructor(
    private readonly job: WorkerJob,
    budget = KEPT_BYTES,
  ) {
    this.kept = new KeptWorkbooks(budget);
  }

  /** Each workbook's decisions held because its unit edited their figure since (its read step's), for a copy read again. */
  private readonly edited = new Map<string, UnreadDecision[]>();

  /**
   * Step one: the workbook `name` read and scored alone, and kept for its copy if it fits. `copyName`: its copy's name
   * in the last run (the job's lastCopies), preferred when two copies hold its unit's sheet.
   */
  async read(name: string, open: () => Promise<Opened<W>>, copyName?: string): Promise<ReadStep> {
    const opened = await open();
    if (!opened.ok) return { ok: false, kind: 'not-opened', message: opened.message };
    const { workbook } = opened;
    const reports = await this.reportsOf(name, workbook, false, copyName);
    if (reports.edited.length > 0) this.edited.set(name, reports.edited);
    if (reports.cards.length > 0) {
      const held = forCopy(reports);
      if (this.kept.keep(name, workbook, held, heldBytes(opened.bytes, held.grids))) workbook.keepForCopy(editedInPlace(reports));
    }
    return { ok: true, cards: reports.cards, errors: reports.errors, explained: reports.explained, edited: reports.edited };
  }

  /** Step two: the scored copy of `name`, planned from its share of the decided run: the workbook kept, or opened and read again. */
  async copy(name: string, share: RunShare, open: () => Promise<Opened<W>>): Promise<CopyStep<W>> {
    const held = this.kept.take(name);
    let workbook: W;
    let reports: WorkbookReports;
    if (held) ({ workbook, held: reports } = held);
    else {
      const opened = await open();
      if (!opened.ok) return { ok: false, kind: 'not-opened', message: opened.message };
      workbook = opened.workbook;
      // Not scored again: the copy is planned from the share's cards; only how many reports it holds is checked.
      reports = await this.reportsOf(name, workbook, true);
    }
    // One card a report: a workbook with another number of reports than the run scored was changed meanwhile.
    if (reports.reports.length !== share.cards.length) return { ok: false, kind: 'changed' };
    const edit = planCopy(this.job.set, reports, share, reports.decisions, { date: this.job.date });
    await workbook.apply(edit);
    // The cells over the reports as the copy's plan reads them (forCopy), the same whether kept or read again.
    // Read back only when the copy's «Rà soát» carries a review: a run with none yet read ~300 sheets back to find nothing.
    const written = reviewCarried(reports, reports.decisions, share.cards) ? reviewWritten(edit, reports.reviewSheet) : [];
    return { ok: true, workbook, cells: copyCells(held ? reports : forCopy(reports), edit), reviewWritten: written, reviewSheet: reports.reviewSheet };
  }

  private reportsOf(name: string, workbook: W, unscored = false, copyName?: string): Promise<WorkbookReports> {
    const { set, indicators, lastCopies } = this.job;
    // Read again for its copy (unscored), the decisions its read step held stay held.
    const { decisions, unread } = withHeld(this.job, this.edited.get(name) ?? []);
    // A report of the run is a unit's: its «Rà soát» (a returned scored copy's) gives only the unit's answers.
    return readWorkbookOn(workbook, set, { file: name, typedDecisions: 'unit', decisions, unread, unscored, ...(indicators ? { indicators } : {}), ...(lastCopies ? { lastCopies: { last: lastCopies, ...(copyName !== undefined ? { own: copyName } : {}) } } : {}) });
  }
}

/* Made for: the command line and the standalone page scoring a run's workbooks with the same two steps, one protocol. */
