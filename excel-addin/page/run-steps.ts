// What the standalone page's scoring thread does (run-worker.ts): the same two steps as the command
// line's threads — a workbook read and scored alone, then, the run decided by the page, its scored copy
// written once — plus a tong-hop.xlsx chosen again read as the previous result (core's one reader) and the run's
// own tong-hop.xlsx. The thread holds the workbooks it read until their copies are written (within a budget).
// The criteria table of a Word document is read here too, within the thread's time limit, never on the page's own thread.
import type { CouncilDecision, UnreadDecision } from '../../core/council/decision.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { heldBytes, KeptWorkbooks } from '../../core/run/kept-workbooks.js';
import { editedInPlace, forCopy, planCopy, type RunShare } from '../../core/run/plan-copy.js';
import { readWorkbookOn, type WorkbookReports } from '../../core/run/workbook-reports.js';
import type { ReportReadError } from '../../core/report/schema.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import type { WorkbookEdit } from '../../core/sheet/port.js';
import { readPreviousSummary, type PreviousSummary } from '../../core/run/previous-summary.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { PackageRefused } from '../../adapters/ooxml/zip.js';
import { readDocxCriteriaFile, type DocxCriteriaRead } from '../shared/docx-criteria.js';

/**
 * What every workbook of a run is read and written with: the criteria set, the council's review in force, the day.
 * Sent to the thread once per run (and again to a thread started anew after one was lost), never with each step.
 */
export type RunJob = { set: CriteriaSet; decisions: CouncilDecision[]; unread: UnreadDecision[]; date: string };

/** What the page asks of its scoring thread; each answer carries the `id` it came with. */
export type RunRequest = { id: number } & (
  | { step: 'job'; job: RunJob }
  | { step: 'previous'; file: Blob; name: string }
  | { step: 'read'; file: Blob; name: string }
  | { step: 'write'; file: Blob; name: string; share: RunShare }
  /** `store`: what tong-hop.xlsx keeps for closing (the run's record, the rounds closed), as `thidua score` keeps it. */
  | { step: 'summary'; edit: WorkbookEdit; store?: Record<string, unknown> }
  | { step: 'docx'; file: Blob; name: string }
);

export type RunAnswer = { id: number } & (
  | { ok: false; message: string }
  | { ok: true; step: 'job' }
  | { ok: true; step: 'previous'; summary: PreviousSummary }
  /** `explained`: the council's decisions that took the unit's answer from the workbook's «Rà soát» (a returned copy). */
  | { ok: true; step: 'read'; cards: ScoreCard[]; errors: ReportReadError[]; explained: CouncilDecision[] }
  | { ok: true; step: 'write' | 'summary'; bytes: Uint8Array }
  | { ok: true; step: 'docx'; read: DocxCriteriaRead }
);

/** Each workbook kept open, with its reports as its copy's plan reads them and how many it read (the page has the cards). */
let kept = new KeptWorkbooks<OoxmlWorkbook, { reports: WorkbookReports; units: number }>();

/** The run's job, as the page last sent it. */
let job: RunJob | undefined;

/** The one place the page opens a chosen workbook (the reader can change here alone). */
async function open(file: Blob): Promise<OoxmlWorkbook> {
  return OoxmlWorkbook.open(new Uint8Array(await file.arrayBuffer()));
}

async function read(file: Blob, name: string, { set, decisions, unread }: RunJob): Promise<{ workbook: OoxmlWorkbook; reports: WorkbookReports }> {
  const workbook = await open(file);
  // A report of the run is a unit's: its «Rà soát» (a returned scored copy's) gives only the unit's answers.
  return { workbook, reports: await readWorkbookOn(workbook, set, { file: name, decisions, unread, typedDecisions: 'unit' }) };
}

export async function answer(request: RunRequest): Promise<RunAnswer> {
  const { id } = request;
  switch (request.step) {
    case 'job':
      // A new run: workbooks kept from another were read with another job.
      job = request.job;
      kept = new KeptWorkbooks();
      return { id, ok: true, step: 'job' };
    case 'previous':
      // A run's tong-hop.xlsx chosen again: its council's decisions, record and closed rounds, read as every face reads them.
      return { id, ok: true, step: 'previous', summary: await readPreviousSummary(await open(request.file)) };
    case 'read': {
      if (!job) return noJob(id);
      const { workbook, reports } = await read(request.file, request.name, job);
      if (reports.cards.length > 0) {
        const held = forCopy(reports);
        if (kept.keep(request.name, workbook, { reports: held, units: reports.cards.length }, heldBytes(request.file.size, held.grids))) workbook.keepForCopy(editedInPlace(reports));
      }
      return { id, ok: true, step: 'read', cards: reports.cards, errors: reports.errors, explained: reports.explained };
    }
    case 'write': {
      if (!job) return noJob(id);
      const held = kept.take(request.name);
      const { workbook, reports, units } = held ? { workbook: held.workbook, ...held.held } : await read(request.file, request.name, job).then((r) => ({ ...r, units: r.reports.cards.length }));
      if (units !== request.share.cards.length) return { id, ok: false, message: 'tệp đã đổi trong lúc chấm; hãy chấm lại' };
      await workbook.apply(planCopy(job.set, reports, request.share, reports.decisions, { date: job.date }));
      return { id, ok: true, step: 'write', bytes: await workbook.toBuffer() };
    }
    case 'summary': {
      const workbook = OoxmlWorkbook.create();
      await workbook.apply(request.edit);
      for (const [key, value] of Object.entries(request.store ?? {})) await workbook.writeStore(key, value);
      return { id, ok: true, step: 'summary', bytes: await workbook.toBuffer() };
    }
    case 'docx': {
      // A worker has no DOMParser: mammoth's HTML is parsed by linkedom's worker build.
      const { parseHTML } = await import('linkedom/worker');
      const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
      return { id, ok: true, step: 'docx', read: await readDocxCriteriaFile(request.file, request.name, parse) };
    }
  }
}

/** A step of a run asked before its job: the page's own fault, said as such rather than read with nothing. */
const noJob = (id: number): RunAnswer => ({ id, ok: false, message: 'luồng chấm chưa nhận bộ tiêu chí của lần chấm; hãy chấm lại' });

/** Why a step failed, in Vietnamese, for the file's line on the page. */
export function failure(err: unknown): string {
  return err instanceof PackageRefused ? err.message : 'tệp không phải sổ tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng';
}

// Made for: the page's run, step by step, in a thread that a hostile file can bring down alone.
