// One input workbook of a `thidua score` run, in two steps on whichever thread the pool gives it:
// first read and scored alone (the cards go back to the command, which decides the run), then its scored
// copy made, once, and given back as its parts for the command to zip and write. A thread keeps the workbooks it
// read open for the second step while they fit its budget (core/run/kept-workbooks.ts); the command plans
// their copies from the reports they sent, and one not kept is read again and planned here from its share.
import type { CouncilDecision, UnreadDecision } from '../core/council/decision.js';
import type { AwardRound, CriteriaSet } from '../core/criteria/schema.js';
import type { IndicatorSnapshot } from '../core/indicators/schema.js';
import { heldBytes, KEPT_BYTES, KeptWorkbooks } from '../core/run/kept-workbooks.js';
import { editedInPlace, forCopy, planCopy, type RunShare } from '../core/run/plan-copy.js';
import { readWorkbookOn, type WorkbookReports } from '../core/run/workbook-reports.js';
import type { ScoreCard } from '../core/scoring/score-card.js';
import type { WorkbookEdit } from '../core/sheet/port.js';
import type { ScoreRunError } from '../core/workbook/score-run.js';
import type { OoxmlWorkbook } from '../adapters/ooxml/workbook.js';
import type { ZipPart } from '../adapters/ooxml/write/zip-writer.js';
import { type FileStamp, openWorkbookFile } from './files.js';

/** What every file of a run is scored with (plain data: it crosses to worker threads). */
export type FileJob = {
  set: CriteriaSet;
  date: string;
  round: AwardRound;
  decisions: CouncilDecision[];
  /** Flags whose review rows in tong-hop.xlsx could not be read, held as typed. */
  unread: UnreadDecision[];
  indicators?: IndicatorSnapshot[];
  cwd: string;
};

/** One file: its path, the name the officer sees, and where its scored copy goes (absolute); with `copy`, the task is to make it. */
export type FileTask = { path: string; name: string; output: string; shownOutput: string; copy?: CopyTask };

/**
 * A copy to make: planned by the command (`edit`, for a workbook this thread kept, whose reports it sent back), or
 * planned here from its share of the run (`share`, for one opened again: its reports were not kept anywhere).
 */
export type CopyTask = { units: number } & ({ edit: WorkbookEdit } | { share: RunShare });

/**
 * What a step gave: the units read and their cards, or — writing — the scored copy as its parts (`copy`), which
 * the command's thread zips and writes to the task's output while the worker goes on with the next file.
 */
export type FileResult = {
  units: number;
  output: string | null;
  cards: ScoreCard[];
  errors: ScoreRunError[];
  mtime?: number;
  /** Read and kept: the reports as the copy's plan reads them (forCopy): the command plans the copy from them, on its own thread. */
  reports?: WorkbookReports;
  /** The council's decisions that took a unit's answer from the workbook's «Rà soát» (a returned copy sent as a report). */
  explained?: CouncilDecision[];
  copy?: ZipPart[];
};

/** The budget of workbooks kept open between the steps: THIDUA_KEPT_BYTES when set (tests of workbooks read again), else KEPT_BYTES. */
function keptBudget(): number {
  const asked = Number(process.env.THIDUA_KEPT_BYTES);
  return Number.isFinite(asked) && asked >= 0 ? asked : KEPT_BYTES;
}

/** Each workbook kept open, with the number of reports read from it. */
const kept = new KeptWorkbooks<OoxmlWorkbook, number>(keptBudget());

/** Reads and scores a file, or makes its scored copy (with the edit the command planned). */
export async function scoreFile(job: FileJob, task: FileTask): Promise<FileResult> {
  try {
    return task.copy ? await makeCopy(job, task, task.copy) : await readAndScore(job, task);
  } catch (e) {
    // One bad file must not stop the others; a copy not made is said as such (its units are scored in the run).
    const what = task.copy ? 'Không ghi được bản chấm của tệp' : 'Không chấm được tệp';
    return { units: 0, output: null, cards: [], errors: [{ file: task.name, message: `${what} ${task.name}: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

async function readAndScore(job: FileJob, task: FileTask): Promise<FileResult> {
  const { name } = task;
  const opened = await read(job, task);
  if (!opened.ok) return { units: 0, output: null, cards: [], errors: [{ file: name, message: opened.message }] };
  // Only a scored file's time is used (which copy of a duplicate is the later): the one its bytes were read with.
  const { workbook, reports, file: modified } = opened;
  const errors: ScoreRunError[] = reports.errors.map((e) => ({ file: name, sheet: e.sheet, ...(e.cell ? { cell: e.cell } : {}), message: `${name}, trang «${e.sheet}»: ${e.message}` }));
  if (reports.cards.length === 0 && reports.errors.length === 0) {
    errors.push({ file: name, message: `Tệp ${name} không có trang báo cáo nào (không thấy bảng có cột «Mã tiêu chí» và «Kết quả»).` });
  }
  if (reports.cards.length === 0) return { units: 0, output: null, cards: [], errors };
  // A workbook kept open: what its copy is planned from goes to the command, which plans it (this thread keeps the
  // workbook and how many reports it read). One not kept is read again for its copy, and planned then, here.
  const given = forCopy(reports);
  const keptOpen = kept.keep(task.path, workbook, reports.cards.length, heldBytes(modified.size, given.grids));
  if (keptOpen) workbook.keepForCopy(editedInPlace(reports));
  return {
    units: reports.cards.length,
    output: null,
    cards: reports.cards,
    errors,
    ...(keptOpen ? { reports: given } : {}),
    mtime: modified.mtimeMs,
    ...(reports.explained.length > 0 ? { explained: reports.explained } : {}),
  };
}

async function makeCopy(job: FileJob, task: FileTask, copy: CopyTask): Promise<FileResult> {
  const held = kept.take(task.path);
  if (held && 'edit' in copy) return madeCopy(task, copy, held.workbook, held.held, () => copy.edit);
  const opened = await read(job, task);
  if (!opened.ok) return { units: 0, output: null, cards: [], errors: [{ file: task.name, message: opened.message }] };
  const { workbook, reports } = opened;
  return madeCopy(task, copy, workbook, reports.cards.length, () => ('edit' in copy ? copy.edit : planCopy(job.set, reports, copy.share, reports.decisions, { date: job.date })));
}

/** The copy made by `plan`'s edit, unless the workbook has not the `units` reports the run counted (its file changed meanwhile). */
async function madeCopy(task: FileTask, copy: CopyTask, workbook: OoxmlWorkbook, units: number, plan: () => WorkbookEdit): Promise<FileResult> {
  if (units !== copy.units) {
    return { units: 0, output: null, cards: [], errors: [{ file: task.name, message: `Tệp ${task.name} đã đổi trong lúc chấm (số trang báo cáo khác lần đọc đầu); hãy chấm lại.` }] };
  }
  await workbook.apply(plan());
  return { units: copy.units, output: null, cards: [], errors: [], copy: workbook.toParts() };
}

/** The one place a run's input workbook is opened (the reader can change here alone). */
async function read(job: FileJob, task: FileTask): Promise<{ ok: true; workbook: OoxmlWorkbook; reports: WorkbookReports; file: FileStamp } | { ok: false; message: string }> {
  const opened = await openWorkbookFile(task.path, job.cwd);
  if (!opened.ok) return opened;
  // A report of the run is a unit's: its «Rà soát» (a returned scored copy's) gives only the unit's answers.
  const reports = await readWorkbookOn(opened.workbook, job.set, {
    file: task.name,
    typedDecisions: 'unit',
    decisions: job.decisions,
    unread: job.unread,
    ...(job.indicators ? { indicators: job.indicators } : {}),
  });
  return { ok: true, workbook: opened.workbook, reports, file: opened.file };
}

// Made for: the command line's two-step run — every file read and scored, the run decided, every copy written once.
