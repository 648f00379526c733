// What the standalone page's scoring thread does (run-worker.ts): the scoring thread's two steps, written once for
// the page and the command line (core/run/worker-steps.ts) over a chosen file's bytes — a workbook read and scored
// alone, then, the run decided by the page, its scored copy made from its share — plus each chosen workbook told as a
// run's tong-hop.xlsx or not by what it holds, one read as the previous result (core's one reader), and the run's own tong-hop.xlsx. The criteria table of a Word
// document is read here too, within the thread's time limit, never on the page's own thread.
import type { CouncilDecision, UnreadDecision } from '../../core/council/decision.js';
import type { RunShare } from '../../core/run/plan-copy.js';
import type { CopyCells } from '../../core/run/copy-cells.js';
import type { ReportReadError } from '../../core/report/schema.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import type { ReadOptions, WorkbookEdit } from '../../core/sheet/port.js';
import { madeIndicatorsSheet } from '../../core/indicators/own-sheet.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { holdsRunRecord, readPreviousSummary, type PreviousSummary } from '../../core/run/previous-summary.js';
import { WorkerSteps, type Opened, type WorkerJob } from '../../core/run/worker-steps.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { PackageRefused } from '../../adapters/ooxml/zip.js';
import { readDocxCriteriaFile, type DocxCriteriaRead } from '../shared/docx-criteria.js';

/**
 * What every workbook of a run is read and written with: the criteria set, the council's review in force, the day.
 * Sent to the thread once per run (and again to a thread started anew after one was lost), never with each step.
 */
export type RunJob = WorkerJob;

/** What the page asks of its scoring thread; each answer carries the `id` it came with. */
export type RunRequest = { id: number } & (
  | { step: 'job'; job: RunJob }
  | { step: 'previous'; file: Blob; name: string }
  /** `copyName`: its copy's name in the chosen tong-hop.xlsx's record (the job's lastCopies), when sure. */
  | { step: 'read'; file: Blob; name: string; copyName?: string }
  | { step: 'write'; file: Blob; name: string; share: RunShare }
  /**
   * `store`: what tong-hop.xlsx keeps for closing (the run's record, the rounds closed), as `thidua score` keeps it;
   * `base`: the tong-hop.xlsx chosen, when it holds sheets the council added (`kept`): written over, they stay.
   */
  | { step: 'summary'; edit: WorkbookEdit; store?: Record<string, unknown>; base?: { file: Blob; kept: readonly string[] } }
  | { step: 'docx'; file: Blob; name: string }
  /** A scored copy chosen for «Kiểm tra» whose bytes are not those closed: its sheets, to be told by content. */
  | { step: 'sheets'; file: Blob; name: string }
);

export type RunAnswer = { id: number } & (
  | { ok: false; message: string }
  | { ok: true; step: 'job' }
  /** `summary`: the chosen workbook read as a run's previous result; none when it is no run's tong-hop.xlsx. */
  | { ok: true; step: 'previous'; summary?: PreviousSummary }
  /**
   * `explained`: the council's decisions that took the unit's answer from the workbook's «Rà soát» (a returned copy);
   * `edited`: those held because the unit edited their figure since its last copy (none: absent).
   */
  | { ok: true; step: 'read'; cards: ScoreCard[]; errors: ReportReadError[]; explained: CouncilDecision[]; edited?: UnreadDecision[] }
  /** `cells`: the copy's report sheets as written (core/run/copy-cells.ts), `reviewWritten` its «Rà soát»'s reviews (typed-in-copies.ts), for the run's record. */
  | { ok: true; step: 'write'; bytes: Uint8Array; cells: CopyCells; reviewWritten: string[] }
  | { ok: true; step: 'summary'; bytes: Uint8Array }
  | { ok: true; step: 'docx'; read: DocxCriteriaRead }
  | { ok: true; step: 'sheets'; grids: SheetGrid[] }
);

/** The run's steps, from the job the page last sent (a new job, a new run: nothing kept from another). */
let steps: WorkerSteps<OoxmlWorkbook> | undefined;

/**
 * The one place the page opens a chosen workbook (the reader can change here alone); `file`'s bytes when already taken.
 * `headOnly`: what every read of it will pass (OoxmlWorkbook.open).
 */
async function open(file: Blob | Uint8Array, headOnly?: ReadOptions['headOnly']): Promise<OoxmlWorkbook> {
  return OoxmlWorkbook.open(file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer()), undefined, undefined, headOnly);
}

/**
 * A chosen workbook for a step: one the reader refuses or cannot read is said as the file's failure. The pane's own
 * «Chỉ số cổng DVC» is read at its first rows, as the steps read it (readWorkbookOn): its body tells scoring nothing.
 */
async function opened(file: Blob): Promise<Opened<OoxmlWorkbook>> {
  try {
    return { ok: true, workbook: await open(file, madeIndicatorsSheet), bytes: file.size };
  } catch (e) {
    return { ok: false, message: failure(e) };
  }
}

export async function answer(request: RunRequest): Promise<RunAnswer> {
  const { id } = request;
  switch (request.step) {
    case 'job':
      steps = new WorkerSteps(request.job);
      return { id, ok: true, step: 'job' };
    case 'previous':
      return previous(request.file).then(
        (summary) => ({ id, ok: true, step: 'previous', ...(summary ? { summary } : {}) }),
        (e: unknown) => ({ id, ok: false, message: failure(e) }),
      );
    case 'read': {
      if (!steps) return noJob(id);
      const read = await steps.read(request.name, () => opened(request.file), request.copyName);
      if (!read.ok) return { id, ok: false, message: read.message };
      return { id, ok: true, step: 'read', cards: read.cards, errors: read.errors, explained: read.explained, ...(read.edited.length > 0 ? { edited: read.edited } : {}) };
    }
    case 'write': {
      if (!steps) return noJob(id);
      const made = await steps.copy(request.name, request.share, () => opened(request.file));
      if (!made.ok) return { id, ok: false, message: made.kind === 'changed' ? 'tệp đã đổi trong lúc chấm; hãy chấm lại' : made.message };
      return { id, ok: true, step: 'write', bytes: await made.workbook.toBuffer(), cells: made.cells, reviewWritten: made.reviewWritten };
    }
    case 'summary': {
      const workbook = request.base ? await open(request.base.file) : OoxmlWorkbook.create();
      // thidua's own sheets of the previous one go; the council's stay as they are.
      if (request.base) workbook.removeSheets((await workbook.listSheets()).filter((name) => !request.base!.kept.includes(name)));
      await workbook.apply(request.edit);
      for (const [key, value] of Object.entries(request.store ?? {})) await workbook.writeStore(key, value);
      return { id, ok: true, step: 'summary', bytes: await workbook.toBuffer() };
    }
    case 'sheets': {
      const workbook = await open(request.file);
      return { id, ok: true, step: 'sheets', grids: await workbook.readSheets(await workbook.listSheets()) };
    }
    case 'docx': {
      // A worker has no DOMParser: mammoth's HTML is parsed by linkedom's worker build.
      const { parseHTML } = await import('linkedom/worker');
      const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
      return { id, ok: true, step: 'docx', read: await readDocxCriteriaFile(request.file, request.name, parse) };
    }
  }
}

/**
 * Any chosen workbook, told by what it holds: a run's tong-hop.xlsx, whatever the council named its copy, gives its
 * council's decisions, vote, record and closed rounds, read as every face reads them; none for any other (a report,
 * told from its sheet list without being read whole). One that does not open rejects, said as the file's failure.
 */
async function previous(file: Blob): Promise<PreviousSummary | undefined> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!OoxmlWorkbook.listsStore(bytes)) return undefined;
  // A report the pane wrote lists its store too: its «Chỉ số cổng DVC», which no summary's reader asks for, at its first rows.
  const workbook = await open(bytes, madeIndicatorsSheet);
  return (await holdsRunRecord(workbook)) ? readPreviousSummary(workbook) : undefined;
}

/** A step of a run asked before its job: the page's own fault, said as such rather than read with nothing. */
const noJob = (id: number): RunAnswer => ({ id, ok: false, message: 'luồng chấm chưa nhận bộ tiêu chí của lần chấm; hãy chấm lại' });

/** Why a step failed, in Vietnamese, for the file's line on the page. */
export function failure(err: unknown): string {
  return err instanceof PackageRefused ? err.message : 'tệp không phải sổ tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng';
}

// Made for: the page's run, step by step, in a thread that a hostile file can bring down alone.
