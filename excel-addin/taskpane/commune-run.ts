// Chấm cả xã trên trang độc lập (a commune's run on the standalone page): the files the officer chose,
// scored by the page's thread step by step — a run's tong-hop.xlsx chosen again gives the council's
// decisions first, then each workbook read and scored, the run decided here (core/run, as the command
// line decides it), then each copy written once — into one download: a .zip of every scored copy and
// tong-hop.xlsx, or the one workbook scored when only one was chosen.
import { zipSync } from 'fflate';
import type { CouncilDecision, UnreadDecision } from '../../core/council/decision.js';
import { WRONG_SET_PREFIX } from '../../core/checks/criterion-missing.js';
import { combineDecisions, combineReviews, type TypedReview } from '../../core/council/merge.js';
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import { notSubmitted } from '../../core/ranking/not-submitted.js';
import type { RosterUnit } from '../../core/ranking/roster.js';
import { communeFolder } from '../../core/run/commune-scope.js';
import { decideRun, type Run } from '../../core/run/decide-run.js';
import { decisionsSaid } from '../../core/run/decisions-said.js';
import { planRunSummary, runShares, SCORED_SUFFIX, SUMMARY_FILE } from '../../core/run/plan-copy.js';
import type { Omitted } from '../../core/workbook/plan-summary.js';
import type { RunAnswer, RunRequest } from './run-steps.js';
import { changesSinceClosing, type ClosedRound, type RunRecord } from '../../core/run/closing.js';
import { unitsExplanations } from '../../core/run/unit-review.js';
import type { WorkbookEdit } from '../../core/sheet/port.js';

/** A file chosen on the page: `name` is its path within a chosen folder, or its own name. */
export type ChosenFile = { name: string; file: Blob; lastModified?: number };

/** Each chosen file's line on the page. */
export type FileState =
  /** `note`: the one line saying a report was made for another criteria set. */
  | { state: 'da-cham'; units: number; note?: string }
  | { state: 'loi'; reason: string }
  | { state: 'trung'; reason: string }
  | { state: 'chua-nop' }
  | { state: 'quyet-dinh'; decisions: number };

export const FILE_STATE_LABEL: Record<FileState['state'], string> = {
  'da-cham': 'đã chấm',
  loi: 'lỗi',
  trung: 'trùng',
  'chua-nop': 'chưa nộp',
  'quyet-dinh': 'quyết định Hội đồng',
};

/** The page's scoring thread, one step at a time; a step whose thread died rejects with ThreadLost. */
export interface StepThread {
  step(request: DistributiveOmit<RunRequest, 'id'>): Promise<RunAnswer>;
  close(): void;
}
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The thread stopped under a file (out of memory on a hostile workbook): only that file is lost. */
export class ThreadLost extends Error {}
/** The thread took longer than a file may (READ_LIMITS.fileSeconds) and was stopped: only that file is lost. */
export class StepTimedOut extends ThreadLost {
  constructor(readonly seconds: number) {
    super(`step past ${seconds} s`);
  }
}
/** The officer pressed «Hủy». */
export class Cancelled extends Error {}
/**
 * A tong-hop.xlsx chosen again that cannot be read, or whose record or closing is damaged: the run stops before
 * scoring and says so (its decisions and closed rounds would be lost in the new one), as the command line does.
 */
export class PreviousRefused extends Error {}

export type CommuneRunOptions = {
  set: CriteriaSet;
  roster?: readonly RosterUnit[];
  round?: AwardRound;
  /** "YYYY-MM-DD": the day of the run. */
  date: string;
  thread: StepThread;
  /** Called after each step: files done of all to do (reading, then writing). */
  progress?: (done: number, total: number, writing: boolean) => void;
  cancelled?: () => boolean;
};

export type CommuneRun = {
  run: Run;
  states: Map<string, FileState>;
  /** The council's decisions read from a tong-hop.xlsx chosen again, and what the run says of them (as the command line). */
  decisions: CouncilDecision[];
  /** Flags whose review rows it could not read, held as typed in the new tong-hop.xlsx. */
  unread: UnreadDecision[];
  decisionsSaid: string[];
  download: { name: string; bytes: Uint8Array; type: string } | undefined;
  /** What closing the run needs (commune-closing.ts): absent when no tong-hop.xlsx was written. */
  closing?: RunClosing;
};

/** The run as `thidua score` leaves it for `thidua close`: its record, the copies and the tong-hop.xlsx they were written with. */
export type RunClosing = {
  record: RunRecord;
  /** Rounds closed before, from a tong-hop.xlsx chosen again; `changes`: what this run changes of the last one. */
  rounds: ClosedRound[];
  changes: string[];
  /** The scored copies in the .zip, by name. */
  copies: Record<string, Uint8Array>;
  summary: { edit: WorkbookEdit; store: Record<string, unknown> };
  zipName: string;
};

/** A chosen file that is a run's summary workbook: read for its «Rà soát», never scored. */
export const isRunSummary = (name: string) => /(^|[/\\])tong-hop( \(\d+\)|-\d+)?\.xlsx$/i.test(name);

export async function runCommune(files: readonly ChosenFile[], opts: CommuneRunOptions): Promise<CommuneRun> {
  const { set, thread } = opts;
  const states = new Map<string, FileState>();
  const check = () => {
    if (opts.cancelled?.()) throw new Cancelled();
  };
  const ask = async (request: DistributiveOmit<RunRequest, 'id'>): Promise<RunAnswer | { ok: false; message: string }> => {
    try {
      return await thread.step(request);
    } catch (e) {
      if (e instanceof StepTimedOut) return { ok: false, message: `chấm quá ${e.seconds} giây nên đã bị dừng, không được chấm (tệp có thể bị hỏng hoặc được làm ra để treo máy); các tệp khác vẫn được chấm` };
      if (e instanceof ThreadLost) return { ok: false, message: 'luồng chấm dừng giữa chừng ở tệp này (tệp quá lớn hoặc hỏng); các tệp khác vẫn được chấm' };
      throw e;
    }
  };

  let review: TypedReview = { decisions: [], unread: [] };
  let rounds: ClosedRound[] = [];
  /** Sheets of a closed tong-hop.xlsx edited by hand since: said with what the run changes of the closed result. */
  const edited: string[] = [];
  const problems: Omitted[] = [];
  for (const f of files.filter((x) => isRunSummary(x.name))) {
    check();
    const a = await ask({ step: 'previous', file: f.file, name: f.name });
    if (!a.ok) throw new PreviousRefused(`Không đọc được ${f.name}: ${a.message}. Để không mất quyết định và kết quả đã chốt trong đó, chưa chấm tệp nào; bỏ tệp ấy khỏi danh sách nếu không cần.`);
    if (a.step !== 'previous') continue;
    const { summary } = a;
    if (summary.damage.length > 0) throw new PreviousRefused([`${f.name} bị hỏng — không coi là chưa chốt; chưa chấm tệp nào:`, ...summary.damage].join('\n'));
    problems.push(...summary.problems.map((p) => ({ what: f.name, why: `trang «${p.sheet}», ô ${p.cell}: ${p.message}` })));
    if (summary.record) {
      // A run's tong-hop.xlsx (its record kept): the council's «Rà soát», its closed rounds.
      review = combineReviews(review, summary.review);
      if (summary.rounds.length > rounds.length) rounds = summary.rounds;
      if (summary.rounds.length > 0) edited.push(...summary.edited.map((l) => `${f.name}: ${l}`));
      states.set(f.name, { state: 'quyet-dinh', decisions: summary.review.decisions.length });
    } else {
      // Named like one but no run's record in it: a unit's returned copy, read only for its answers.
      const unit = unitsExplanations(review, summary.review);
      review = unit.review;
      problems.push(...unit.said.map((why) => ({ what: `${f.name} (bản của đơn vị)`, why })));
      states.set(f.name, { state: 'quyet-dinh', decisions: 0 });
    }
  }

  const { unread } = review;
  const reports = files.filter((x) => !isRunSummary(x.name));
  /** The units' answers taken from the «Rà soát» of their returned copies, sent in as reports. */
  const explained: CouncilDecision[] = [];
  const read: { file: ChosenFile; cards: NonNullable<Extract<RunAnswer, { step: 'read' }>['cards']>; problems: Omitted[] }[] = [];
  let done = 0;
  for (const f of reports) {
    check();
    const a = await ask({ step: 'read', file: f.file, name: f.name, set, decisions: review.decisions, unread });
    opts.progress?.(++done, reports.length, false);
    if (!a.ok) {
      states.set(f.name, { state: 'loi', reason: a.message });
      problems.push({ what: f.name, why: a.message });
      continue;
    }
    if (a.step !== 'read') continue;
    explained.push(...a.explained);
    const own = a.errors.map((e) => ({ what: `${f.name}, trang «${e.sheet}»`, why: e.message }));
    problems.push(...own);
    if (a.cards.length === 0) {
      const reason = a.errors[0]?.message ?? 'không có trang báo cáo nào (không thấy bảng có cột «Mã tiêu chí» và «Kết quả»)';
      states.set(f.name, { state: 'loi', reason });
      if (a.errors.length === 0) problems.push({ what: f.name, why: reason });
      continue;
    }
    read.push({ file: f, cards: a.cards, problems: own });
  }

  check();
  const run = decideRun(set, read.map((r) => ({ cards: r.cards, ...(r.file.lastModified !== undefined ? { fileTime: r.file.lastModified } : {}) })), {
    roster: opts.roster ?? [],
    decisions: review.decisions,
    ...(opts.round ? { round: opts.round } : {}),
    scope: communeFolder(read.flatMap((r) => r.cards)),
    problems,
  });
  run.byInput.forEach((cards, i) => states.set(read[i]!.file.name, stateOf(run, cards)));
  const decisions = combineDecisions(review.decisions, explained);
  const said = decisionsSaid(decisions, run.cards, unread);

  // Every copy written once, now that the run is decided.
  const out: Record<string, Uint8Array> = {};
  const names = new Set<string>();
  done = 0;
  const shareOf = runShares(run);
  for (const [i, r] of read.entries()) {
    check();
    const a = await ask({ step: 'write', file: r.file.file, name: r.file.name, set, decisions: review.decisions, unread, share: shareOf(i, r.problems), date: opts.date });
    opts.progress?.(++done, read.length, true);
    if (!a.ok) states.set(r.file.name, { state: 'loi', reason: `không ghi được bản đã chấm: ${a.message}` });
    else if (a.step === 'write') out[copyName(r.file.name, names)] = a.bytes;
  }
  check();
  if (read.length === 1 && reports.length === 1) {
    const [only] = Object.values(out);
    return { run, states, decisions, unread, decisionsSaid: said, download: only ? { name: `Sổ tính đã chấm - ${baseName(read[0]!.file.name).replace(/\.xlsx$/i, '')}.xlsx`, bytes: only, type: XLSX } : undefined };
  }
  let closing: RunClosing | undefined;
  if (run.cards.length > 0) {
    // The run's record and the rounds closed before, kept in tong-hop.xlsx as `thidua score` keeps them.
    const copies = { ...out };
    const { record, ...summary } = planRunSummary(set, run, decisions, { date: opts.date, files: Object.keys(copies), closed: rounds, unread });
    const a = await ask({ step: 'summary', ...summary });
    if (a.ok && a.step === 'summary') {
      out[SUMMARY_FILE] = a.bytes;
      // The new copies are new files: what a closed round is compared on is the result, not their bytes.
      const last = rounds.at(-1);
      const changes = last ? [...edited, ...changesSinceClosing(last, record, last.files)] : [];
      closing = { record, rounds, changes, copies, summary, zipName: zipName(set, opts.date, run.cards) };
    }
  }
  if (Object.keys(out).length === 0) return { run, states, decisions, unread, decisionsSaid: said, download: undefined };
  return { run, states, decisions, unread, decisionsSaid: said, download: zipDownload(out, zipName(set, opts.date, run.cards)), ...(closing ? { closing } : {}) };
}

/** The copies are already deflated workbooks: stored as they are, the .zip costs no time to make. */
export function zipDownload(files: Record<string, Uint8Array>, name: string): { name: string; bytes: Uint8Array; type: string } {
  return { name, bytes: zipSync(files, { level: 0 }), type: 'application/zip' };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function stateOf(run: Run, cards: readonly Run['cards'][number][]): FileState {
  const dropped = new Set(run.groups.flatMap((g) => g.dropped));
  if (cards.every((c) => dropped.has(c))) {
    const g = run.groups.find((x) => x.dropped.includes(cards[0]!))!;
    return { state: 'trung', reason: `${g.unitName}: xếp hạng bản khác — ${g.why}` };
  }
  if (cards.every(notSubmitted)) return { state: 'chua-nop' };
  const note = cards.flatMap((c) => c.flags).find((f) => f.message.startsWith(WRONG_SET_PREFIX))?.message;
  return { state: 'da-cham', units: cards.length, ...(note ? { note } : {}) };
}

/**
 * The one line at the top of a run's result when reports seem made for another criteria set: the file (or how many,
 * naming the first few) and the first one's own line — said once, above the rest, as the command line says it first.
 */
export function wrongSetLine(states: ReadonlyMap<string, FileState>): string | undefined {
  const noted = [...states].flatMap(([file, st]) => (st.state === 'da-cham' && st.note ? [{ file, note: st.note }] : []));
  if (noted.length === 0) return undefined;
  if (noted.length === 1) return `Lưu ý: ${noted[0]!.file}: ${noted[0]!.note}`;
  const names = noted.slice(0, 3).map((n) => n.file).join(', ') + (noted.length > 3 ? ', …' : '');
  return `Lưu ý: ${noted.length} tệp có vẻ lập theo bộ tiêu chí khác bộ đang chấm (${names}); ${noted[0]!.file}: ${noted[0]!.note}`;
}

const baseName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/**
 * `<tên>.cham-diem.xlsx`, numbered when another copy of the run has the name — the same name in two folders, or names
 * that differ only by case or Unicode composition, which a file system folding them (Windows, a Mac) would make one.
 */
function copyName(path: string, taken: Set<string>): string {
  const stem = baseName(path).replace(/\.xlsx$/i, '');
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  let name = `${stem}${SCORED_SUFFIX}`;
  for (let n = 2; taken.has(key(name)) || key(name) === SUMMARY_FILE; n++) name = `${stem}-${n}${SCORED_SUFFIX}`;
  taken.add(key(name));
  return name;
}

/** «UBND xã Tà Ma» → «Tà Ma»: the commune a unit's name says it belongs to. */
const COMMUNE_UNIT = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:xã|phường|thị trấn)\s+(.+)$/iu;

/** The commune the run's people's committees name, when they name one and the same (a set read from a Word document has none). */
function communeOfUnits(cards: readonly { unitName: string }[]): string | undefined {
  const named = new Set(cards.flatMap((c) => COMMUNE_UNIT.exec(c.unitName.normalize('NFC').trim())?.[1] ?? []));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * «Kết quả chấm điểm - Ta Ma - 23-11-2026.zip»: the commune (the set's, else the one its units' committee names,
 * else the set's title) and the day.
 */
export function zipName(set: CriteriaSet, date: string, cards: readonly { unitName: string }[] = []): string {
  const commune = (set.commune || communeOfUnits(cards) || set.title.split(' — ')[0]!).replace(/[\\/:*?"<>|]/g, '-').trim().slice(0, 60);
  const [y, m, d] = date.split('-');
  return `Kết quả chấm điểm - ${commune} - ${d}-${m}-${y}.zip`;
}

// Made for: the standalone page scoring a whole commune in one run, with the command line's results.
