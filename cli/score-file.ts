// One input workbook of a `thidua score` run, on whichever thread the pool gives it: the scoring thread's two steps
// (core/run/worker-steps.ts, the page's too) over the file on disk — read and scored alone (the cards go back to the
// command, which decides the run), then its scored copy made from its share, once, and given back zipped or as its
// parts (zipsInWorker) for the command to write. What is said of a file is worded here, in the command line's own lines.
import type { RunShare } from '../core/run/plan-copy.js';
import { KEPT_BYTES } from '../core/run/kept-workbooks.js';
import { NO_REPORT_SHEETS, WorkerSteps, type WorkerJob } from '../core/run/worker-steps.js';
import type { CouncilDecision, UnreadDecision } from '../core/council/decision.js';
import type { ScoreCard } from '../core/scoring/score-card.js';
import type { ScoreRunError } from '../core/workbook/score-run.js';
import type { OoxmlWorkbook } from '../adapters/ooxml/workbook.js';
import type { CopyCells } from '../core/run/copy-cells.js';
import { writeZip, type ZipPart } from '../adapters/ooxml/write/zip-writer.js';
import { createHash } from 'node:crypto';
import { letGo, ownBuffers } from './let-go.js';
import { nodeGzip } from './node-zlib.js';
import { type FileStamp, openWorkbookFile } from './files.js';
import { holdsRunRecord } from '../core/run/previous-summary.js';
import { madeIndicatorsSheet } from '../core/indicators/own-sheet.js';

/**
 * What every file of a run is scored with (plain data: it crosses to worker threads once, as they start). `keptBytes`:
 * this thread's share of the run's budget of workbooks kept open between the steps (keptBudget; all of it when unsaid);
 * `zipCopies`: this thread zips the copies it makes (zipsInWorker), else it gives back their parts for the command's thread to zip.
 */
export type FileJob = WorkerJob & { cwd: string; keptBytes?: number; zipCopies?: boolean };

/**
 * One file: its path, the name the officer sees, and where its scored copy goes (absolute); with `share`, the task is to make it.
 * `copyName`: its copy's name in the last run's record (relative to the output folder), whose decided figures it is held against.
 */
export type FileTask = { path: string; name: string; output: string; shownOutput: string; share?: RunShare; copyName?: string };

/**
 * What a step gave: the units read and their cards, or — writing — the scored copy (`copy`), zipped or as its parts
 * (the job's zipCopies), which the command's thread writes to the task's output while the worker goes on with the next file.
 */
export type FileResult = {
  units: number;
  output: string | null;
  cards: ScoreCard[];
  errors: ScoreRunError[];
  mtime?: number;
  /** The council's decisions that took a unit's answer from the workbook's «Rà soát» (a returned copy sent as a report). */
  explained?: CouncilDecision[];
  /** The council's decisions held because the unit edited their figure since the last run's copy (core/run/edited-since.ts). */
  edited?: UnreadDecision[];
  copy?: ZipPart[] | ZippedCopy;
  /** The copy's report sheets as written (core/run/copy-cells.ts), kept in the run's record beside its SHA-256. */
  cells?: CopyCells;
  /** Each flag's review the copy's «Rà soát» was written with (core/run/typed-in-copies.ts), kept in the record likewise. */
  reviewWritten?: string[];
  /** The name the copy's «Rà soát» was written under (CopyStep.reviewSheet): the officer is sent there by it. */
  reviewSheet?: string;
};

/** The run's budget of workbooks kept open between the steps: THIDUA_KEPT_BYTES when set (tests of workbooks read again), else KEPT_BYTES. */
export function keptBudget(): number {
  const asked = Number(process.env.THIDUA_KEPT_BYTES);
  return Number.isFinite(asked) && asked >= 0 ? asked : KEPT_BYTES;
}

/** Each run's steps on this thread, with the workbooks they keep: a worker serves one job, in process runs follow one another. */
const steps = new WeakMap<FileJob, WorkerSteps<OoxmlWorkbook>>();

function stepsOf(job: FileJob): WorkerSteps<OoxmlWorkbook> {
  let own = steps.get(job);
  if (!own) steps.set(job, (own = new WorkerSteps(job, job.keptBytes ?? keptBudget())));
  return own;
}

/** Reads and scores a file, or makes its scored copy from its share. */
export async function scoreFile(job: FileJob, task: FileTask): Promise<FileResult> {
  try {
    return task.share ? await makeCopy(job, task, task.share) : await readAndScore(job, task);
  } catch (e) {
    // One bad file must not stop the others; a copy not made is said as such (its units are scored in the run).
    const what = task.share ? 'Không ghi được bản chấm của tệp' : 'Không chấm được tệp';
    return failed(task.name, `${what} ${task.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function readAndScore(job: FileJob, task: FileTask): Promise<FileResult> {
  const { name } = task;
  // Only a scored file's time is used (which copy of a duplicate is the later): the one its bytes were read with.
  let modified: FileStamp | undefined;
  let opened: OoxmlWorkbook | undefined;
  const read = await stepsOf(job).read(name, async () => {
    // The pane's own «Chỉ số cổng DVC» read at its first rows, as the steps read it (readWorkbookOn): its body tells scoring nothing.
    const file = await openWorkbookFile(task.path, job.cwd, madeIndicatorsSheet);
    if (file.ok) [modified, opened] = [file.file, file.workbook];
    return file;
  }, task.copyName);
  if (!read.ok) return failed(name, read.message);
  // A run's summary has no report: what its council sheets say as a unit's copy («không áp — chỉ Hội đồng quyết định») is not its story.
  if (read.cards.length === 0 && opened && (await holdsRunRecord(opened))) return failed(name, summaryAmongReports(name));
  const errors: ScoreRunError[] = read.errors.map((e) => ({ file: name, sheet: e.sheet, ...(e.cell ? { cell: e.cell } : {}), message: `${name}, trang «${e.sheet}»: ${e.message}` }));
  if (read.cards.length === 0 && read.errors.length === 0) errors.push({ file: name, message: `Tệp ${name} ${NO_REPORT_SHEETS}.` });
  if (read.cards.length === 0) return { units: 0, output: null, cards: [], errors };
  return {
    units: read.cards.length,
    output: null,
    cards: read.cards,
    errors,
    ...(modified ? { mtime: modified.mtimeMs } : {}),
    ...(read.explained.length > 0 ? { explained: read.explained } : {}),
    ...(read.edited.length > 0 ? { edited: read.edited } : {}),
  };
}

/**
 * A run's tong-hop.xlsx saved under another name among the reports (the council's copy given back): said as what it is,
 * with the option that reads the council's work in it — not «không có trang báo cáo nào», which left its decisions
 * unread without a word (the standalone page reads them from such a file).
 */
const summaryAmongReports = (name: string) =>
  `Tệp ${name} là tệp tổng hợp của một lượt chấm (tong-hop.xlsx lưu dưới tên khác), không phải báo cáo của đơn vị: không chấm. Quyết định và biểu quyết của Hội đồng trong tệp được đọc khi đưa tệp vào bằng --decisions ${name}.`;

async function makeCopy(job: FileJob, task: FileTask, share: RunShare): Promise<FileResult> {
  const { name } = task;
  const made = await stepsOf(job).copy(name, share, () => openWorkbookFile(task.path, job.cwd, madeIndicatorsSheet));
  if (!made.ok) return failed(name, made.kind === 'changed' ? `Tệp ${name} đã đổi trong lúc chấm (số trang báo cáo khác lần đọc đầu); hãy chấm lại.` : made.message);
  return { units: share.cards.length, output: null, cards: [], errors: [], copy: job.zipCopies ? zipCopy(made.workbook.toParts()) : made.workbook.toParts(), cells: made.cells, reviewWritten: made.reviewWritten, reviewSheet: made.reviewSheet };
}

/** A scored copy as the command's thread writes it: its bytes in a buffer of their own (handed over, not copied) and their SHA-256, what the record vouches for. */
export type ZippedCopy = { zip: Uint8Array; sha256: string };

/** A scored copy's parts zipped (Node's zlib), and let go once zipped. */
export function zipCopy(parts: ZipPart[]): ZippedCopy {
  const zip = writeZip(parts, { gzip: nodeGzip });
  letGo(ownBuffers(parts));
  return { zip, sha256: createHash('sha256').update(zip).digest('hex') };
}

const failed = (file: string, message: string): FileResult => ({ units: 0, output: null, cards: [], errors: [{ file, message }] });

// Made for: the command line's two-step run — every file read and scored, the run decided, every copy written once.
