// What the standalone page's scoring thread does (run-worker.ts): the same two steps as the command
// line's threads — a workbook read and scored alone, then, the run decided by the page, its scored copy
// written once — plus the decisions of a tong-hop.xlsx chosen again, the run's own tong-hop.xlsx, and the
// criteria table of a Word document (read here, within the thread's time limit, never on the page's own thread).
// The thread holds the workbooks it read until their copies are written (within a budget).
import { readReviewDecisions } from '../../core/workbook/read-review.js';
import type { CouncilDecision, UnreadDecision } from '../../core/council/decision.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { heldBytes, KeptWorkbooks } from '../../core/run/kept-workbooks.js';
import { editedInPlace, forCopy, planCopy, type RunShare } from '../../core/run/plan-copy.js';
import { readWorkbookOn, type WorkbookReports } from '../../core/run/workbook-reports.js';
import type { ReportReadError } from '../../core/report/schema.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import { cellText } from '../../core/values.js';
import { isNamedAfter } from '../../core/workbook/own-sheets.js';
import { REVIEW_SHEET, REVIEW_TITLE } from '../../core/workbook/plan-review.js';
import type { WorkbookEdit } from '../../core/sheet/port.js';
import { ClosedRounds, CLOSED_ROUNDS_KEY, type ClosedRound } from '../../core/run/closing.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { PackageRefused } from '../../adapters/ooxml/zip.js';
import { readDocxCriteriaFile, type DocxCriteriaRead } from './docx-criteria.js';

/** What the page asks of its scoring thread; each answer carries the `id` it came with. */
export type RunRequest = { id: number } & (
  | { step: 'decisions'; file: Blob; name: string }
  | { step: 'read'; file: Blob; name: string; set: CriteriaSet; decisions: CouncilDecision[]; unread: UnreadDecision[] }
  | { step: 'write'; file: Blob; name: string; set: CriteriaSet; decisions: CouncilDecision[]; unread: UnreadDecision[]; share: RunShare; date: string }
  /** `store`: what tong-hop.xlsx keeps for closing (the run's record, the rounds closed), as `thidua score` keeps it. */
  | { step: 'summary'; edit: WorkbookEdit; store?: Record<string, unknown> }
  | { step: 'docx'; file: Blob; name: string }
);

export type RunAnswer = { id: number } & (
  | { ok: false; message: string }
  | { ok: true; step: 'decisions'; decisions: CouncilDecision[]; unread: UnreadDecision[]; problems: string[]; rounds: ClosedRound[] }
  | { ok: true; step: 'read'; cards: ScoreCard[]; errors: ReportReadError[] }
  | { ok: true; step: 'write' | 'summary'; bytes: Uint8Array }
  | { ok: true; step: 'docx'; read: DocxCriteriaRead }
);

/** Each workbook kept open, with its reports as its copy's plan reads them and how many it read (the page has the cards). */
const kept = new KeptWorkbooks<OoxmlWorkbook, { reports: WorkbookReports; units: number }>();

/** The one place the page opens a chosen workbook (the reader can change here alone). */
async function open(file: Blob): Promise<OoxmlWorkbook> {
  return OoxmlWorkbook.open(new Uint8Array(await file.arrayBuffer()));
}

async function read(file: Blob, name: string, set: CriteriaSet, decisions: CouncilDecision[], unread: UnreadDecision[]): Promise<{ workbook: OoxmlWorkbook; reports: WorkbookReports }> {
  const workbook = await open(file);
  return { workbook, reports: await readWorkbookOn(workbook, set, { file: name, decisions, unread }) };
}

export async function answer(request: RunRequest): Promise<RunAnswer> {
  const { id } = request;
  switch (request.step) {
    case 'decisions': {
      // A run's tong-hop.xlsx chosen again with the reports: the council's decisions typed in its «Rà soát».
      const workbook = await open(request.file);
      const names = (await workbook.listSheets()).filter((n) => isNamedAfter(REVIEW_SHEET, n));
      const review = (await workbook.readSheets(names)).find((g) => cellText(g.values[0]?.[0] ?? null) === REVIEW_TITLE);
      const found = review ? readReviewDecisions(review) : { decisions: [], unread: [], problems: [] };
      const problems = found.problems.map((p) => `trang «${review!.name}», ô ${p.cell}: ${p.message}`);
      // The rounds the council closed in it: a new run says what it changes of the last one.
      const rounds = ClosedRounds.safeParse((await workbook.readStore(CLOSED_ROUNDS_KEY)) ?? []);
      if (!rounds.success) problems.push('phần lưu «chốt kết quả» đã bị sửa tay, không đọc được; các lần chốt trước không được giữ');
      return { id, ok: true, step: 'decisions', decisions: found.decisions, unread: found.unread, problems, rounds: rounds.success ? rounds.data : [] };
    }
    case 'read': {
      const { workbook, reports } = await read(request.file, request.name, request.set, request.decisions, request.unread);
      if (reports.cards.length > 0) {
        const held = forCopy(reports);
        if (kept.keep(request.name, workbook, { reports: held, units: reports.cards.length }, heldBytes(request.file.size, held.grids))) workbook.keepForCopy(editedInPlace(reports));
      }
      return { id, ok: true, step: 'read', cards: reports.cards, errors: reports.errors };
    }
    case 'write': {
      const held = kept.take(request.name);
      const { workbook, reports, units } = held
        ? { workbook: held.workbook, ...held.held }
        : await read(request.file, request.name, request.set, request.decisions, request.unread).then((r) => ({ ...r, units: r.reports.cards.length }));
      if (units !== request.share.cards.length) return { id, ok: false, message: 'tệp đã đổi trong lúc chấm; hãy chấm lại' };
      await workbook.apply(planCopy(request.set, reports, request.share, reports.decisions, { date: request.date }));
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

/** Why a step failed, in Vietnamese, for the file's line on the page. */
export function failure(err: unknown): string {
  return err instanceof PackageRefused ? err.message : 'tệp không phải sổ tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng';
}

// Made for: the page's run, step by step, in a thread that a hostile file can bring down alone.
