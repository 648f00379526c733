// What «Chấm cả xã» keeps of the files chosen on the standalone page and what it says of each, as plain functions over
// the list: the panel's hook (useCommuneRun.ts) holds the state, the views draw it, and both read without a browser.
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { CriteriaSheetChoice } from '../../core/criteria/sheet/index.js';
import type { RosterUnit } from '../../core/ranking/roster.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import { runIntent } from '../shared/pane-context.js';
import { Cancelled, FILE_STATE_LABEL, namedAsSummary, PreviousRefused, wrongSetLine, type ChosenFile, type CommuneRun, type FileState } from './commune-run.js';

/**
 * The commune's set as step 1 shows it; `said`: the table taken among several, as the command line says it; `sheets`:
 * a workbook whose sheets hold several criteria tables — the file, the sheet taken, each sheet with what it holds —
 * for the officer to take another (what `--sheet` does).
 */
export type CommuneCriteria = { set: CriteriaSet; roster: RosterUnit[]; shown: string; said?: string; sheets?: CriteriaSheets };
export type CriteriaSheets = { file: Blob; name: string; taken: string; choices: CriteriaSheetChoice[] };
/** A chosen file; `skipped`: why it is not scored; `criteria`: it is the criteria workbook, chosen with the reports. */
export type Line = ChosenFile & { skipped?: string; criteria?: boolean };

/** Files a folder holds that are not chosen: Excel's lock files and thidua's own scored copies. */
export const isOwnOrLock = (name: string) => /(^|[/\\])~\$/.test(name) || /\.cham-diem\.xlsx$/i.test(name);

export const isDocx = (name: string) => /\.docx?$/i.test(name);
/** Why a chosen Word document is not scored (it is read as the criteria when none are chosen yet). */
const DOCX_NOT_REPORT = 'văn bản Word: chỉ dùng làm bộ tiêu chí, không phải sổ tính báo cáo .xlsx';

/** A chosen file's line, named with its path inside a chosen folder. */
export function line(file: File, name: string): Line {
  const skipped = isDocx(name) ? DOCX_NOT_REPORT : !/\.xlsx$/i.test(name) ? 'không phải sổ tính .xlsx' : undefined;
  return { name, file, lastModified: file.lastModified, ...(skipped ? { skipped } : {}) };
}

/** Every file under a dropped folder, with its path inside it. */
export async function filesOf(entry: FileSystemEntry, into: Line[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    into.push(line(file, entry.fullPath.replace(/^\//, '')));
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
      if (batch.length === 0) break;
      for (const e of batch) await filesOf(e, into);
    }
  }
}

/**
 * Chosen with the reports and no set chosen yet, the files tried as the set, in order: a Word document first, then a
 * workbook whose name says «tiêu chí», then any other workbook (an all-in-one scoring sheet is the set and a report);
 * never a run's summary, nor a file skipped for its kind.
 */
export function criteriaCandidates(lines: readonly Line[]): Line[] {
  const order = (f: Line) => (isDocx(f.name) ? 0 : /ti[eê]u[-_ ]?ch[ií]/i.test(f.name.normalize('NFC')) ? 1 : 2);
  return lines.filter((x) => (!x.skipped || isDocx(x.name)) && !namedAsSummary(x.name)).sort((a, b) => order(a) - order(b));
}

/** The list with `more` added (a file chosen again replaces its line), in name order as the command line walks a folder. */
export const withFiles = (old: readonly Line[], more: readonly Line[]): Line[] =>
  [...old.filter((o) => !more.some((k) => k.name === o.name)), ...more].sort((a, b) => a.name.localeCompare(b.name));

/** The files step 3 scores: neither skipped nor the criteria workbook. */
export const reportsOf = (files: readonly Line[]): Line[] => files.filter((f) => !f.skipped && !f.criteria);

/** «3 cảnh báo, 1 lỗi»: the flags the run gave the file's units (as its scored copy and «Rà soát» list them). */
function flagsOfFile(cards: readonly ScoreCard[], name: string): string {
  const flags = cards.filter((c) => c.file === name).flatMap((c) => c.flags);
  const errors = flags.filter((x) => x.severity === 'error').length;
  return flags.length === 0 ? 'không có cảnh báo' : `${flags.length} cảnh báo${errors > 0 ? `, ${errors} lỗi` : ''}`;
}

/** A file's line in step 2: its state for the page's tests (`key`) and what the officer reads (`text`). */
export function fileState(f: Line, states: ReadonlyMap<string, FileState>, busy: boolean, cards: readonly ScoreCard[]): { key: string; text: string } {
  if (f.skipped) return { key: 'bo-qua', text: `bỏ qua: ${f.skipped}` };
  if (f.criteria) return { key: 'tieu-chi', text: 'bộ tiêu chí (không chấm)' };
  const st = states.get(f.name);
  if (!st) return { key: 'cho', text: busy ? 'đang chờ' : 'chưa chấm' };
  const label = FILE_STATE_LABEL[st.state];
  const text = (() => {
    if (st.state === 'loi' || st.state === 'trung') return `${label}: ${st.reason}`;
    if (st.state === 'da-cham') {
      const scored = `${label} (${st.units} đơn vị) · ${flagsOfFile(cards, f.name)}`;
      return st.note ? `${st.note} — ${scored}` : scored;
    }
    if (st.state === 'quyet-dinh') return `${label}: đọc ${st.decisions} quyết định`;
    return label;
  })();
  return { key: st.state, text };
}

/** Why step 3 cannot score yet, the first thing missing named; nothing once it can. */
export function whyNotScore(criteria: CommuneCriteria | undefined, unconfirmed: boolean, reports: number): string | undefined {
  if (!criteria) return 'Chọn bộ tiêu chí ở bước 1 (hoặc chọn tệp bộ tiêu chí cùng các báo cáo ở bước 2).';
  if (unconfirmed) return 'Xác nhận bộ tiêu chí ở bước 1 trước: xem bảng phần mềm đã hiểu rồi bấm «Xác nhận bộ tiêu chí để chấm».';
  return reports === 0 ? 'Chọn ít nhất một tệp báo cáo .xlsx ở bước 2.' : undefined;
}

/** What a run says when done: a report made for another set, the counts, then what it read of the council's decisions. */
export function runSaid(run: CommuneRun): string {
  const ranked = run.run.ranking.reduce((n, g) => n + g.entries.length, 0);
  const forCouncil = run.run.proposals.filter((p) => p.eligible).length;
  const council = forCouncil > 0 ? `, ${forCouncil} lượt đủ điều kiện chờ Hội đồng quyết định (kế hoạch không nêu số lượng)` : '';
  const counts = `Đã chấm ${run.run.cards.length} đơn vị, xếp hạng ${ranked}, đề xuất ${run.run.proposals.filter((p) => p.proposed).length} lượt khen thưởng${council}.`;
  return [wrongSetLine(run.states), counts, ...run.decisionsSaid.map((l) => l.text)].filter(Boolean).join('\n');
}

/**
 * The colour of what a run says, as the pane colours its scoring (runIntent): a warning while a file could not be
 * scored or a vote was typed for no nominee, else a success.
 */
export function runSaidIntent(run: Pick<CommuneRun, 'states' | 'votedForNone'>): 'success' | 'warning' {
  return runIntent({ problems: [...run.states.values()].filter((st) => st.state === 'loi').length, votedForNone: run.votedForNone });
}

/** What a run that did not finish says: cancelled, a previous result refused (its own words), or the unexpected. */
export function failureSaid(e: unknown): string {
  if (e instanceof Cancelled) return 'Đã hủy lượt chấm; chưa có gì được tải về.';
  if (e instanceof PreviousRefused) return e.message;
  return `Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`;
}

/* Made for: the page's whole-commune run as plain functions over its chosen files, so what it says of each file is read in a unit test, not only in Chromium. */
