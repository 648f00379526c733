// Chấm cả xã trên trang độc lập (a commune's run on the standalone page): the files the officer chose,
// scored by the page's thread step by step in the command line's order (core/run/run-order.ts: a run's
// tong-hop.xlsx chosen again gives the council's decisions first, then each workbook read and scored, the run
// decided, then each copy written once) — into one download: a .zip of every scored copy and tong-hop.xlsx,
// or the one workbook scored when only one was chosen. This file is the page's side of the run's port.
import { zipSync } from 'fflate';
import type { CouncilDecision, UnreadDecision } from '../../core/council/decision.js';
import { isWrongSetFlag } from '../../core/checks/criterion-missing.js';
import { combineReviews, flagOfUnit, type TypedReview } from '../../core/council/merge.js';
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import { notSubmitted } from '../../core/ranking/not-submitted.js';
import type { RosterUnit } from '../../core/ranking/roster.js';
import type { Run } from '../../core/run/decide-run.js';
import { councilSheetNamesOf, SCORED_SUFFIX, SUMMARY_FILE, wholeSummary, type PreviousSheets, type RunShare } from '../../core/run/plan-copy.js';
import { COUNCIL_SHEET_NAMES, type CouncilSheetNames } from '../../core/workbook/council-sheets.js';
import { runInOrder, type NotWritten, type RunInputs, type RunPort, type RunPrevious, type RunSummaryPlan } from '../../core/run/run-order.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import type { Omitted } from '../../core/workbook/plan-summary.js';
import type { RunAnswer, RunRequest } from './run-steps.js';
import { runName } from '../shared/download-name.js';
import type { ClosedRound, CopyDigest, FoundDigest, RunRecord } from '../../core/run/closing.js';
import type { DecidedCopies } from '../../core/run/edited-cells.js';
import { sha256Hex } from '../actions/closing.js';
import { NO_REPORT_SHEETS } from '../../core/run/worker-steps.js';
import type { WorkbookEdit } from '../../core/sheet/port.js';
import { decisionEntry, faceAgainstFile, facesDiffer, voteEntry, type FaceFileConflict, type KeptEntry } from '../../core/run/face-and-file.js';
import type { UnlistedVote } from '../../core/run/open-at-closing.js';
import { asRecorded, NO_VOTES, withMeeting, withVotes, writtenAgain, type FaceVote, type Meeting, type VoteSheet } from '../../core/council/vote.js';
import { said, type Said } from '../../core/run/said.js';
import { chosenCouncil, MOST_RESULTS, tooManyResults, type ChosenResult } from './council-files.js';

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

/**
 * The page's scoring thread: steps asked while others are in flight are answered in the order asked; a step whose
 * thread died rejects with ThreadLost, and every step not answered rejects with Cancelled once the thread is closed.
 */
export interface StepThread {
  step(request: DistributiveOmit<RunRequest, 'id'>): Promise<RunAnswer>;
  close(): void;
}
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** A step's answer, or its file's failure as the officer reads it (the thread lost under it). */
type Answered = RunAnswer | { ok: false; message: string };

/** Steps in flight, so the thread never waits for the page to take an answer and ask again (of 1, 2, 4 and 8, 4 ran 60 workbooks quickest). */
const STEPS_AHEAD = 4;

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
/**
 * An entry the council recorded on the page differs from the one in the tong-hop.xlsx chosen again (core/run/face-and-file.ts):
 * the run stops before scoring, each conflict said where the officer keeps one.
 */
export class CouncilDiffers extends PreviousRefused {
  constructor(
    file: string,
    readonly conflicts: readonly FaceFileConflict[],
  ) {
    super([facesDiffer(file), ...conflicts.map((c) => c.line)].join('\n'));
  }
}

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
  /**
   * The council's decisions taken on the page since the files were chosen, read into the run as the command line reads
   * «Rà soát»: one a tong-hop.xlsx chosen again holds otherwise for the same flag stops the run (CouncilDiffers) until `kept` says which stands.
   */
  council?: readonly CouncilDecision[];
  /** The council's vote typed on the page, nominee by nominee: as its decisions, against a tong-hop.xlsx chosen again. */
  votes?: readonly FaceVote[];
  /** Which entry the officer kept where the page's and the file's differ (core/run/face-and-file.ts). */
  kept?: readonly KeptEntry[];
  /** The meeting typed on the page: stands over the one «Biểu quyết» holds. */
  meeting?: Meeting;
};

export type CommuneRun = {
  run: Run;
  states: Map<string, FileState>;
  /** The council's decisions read from a tong-hop.xlsx chosen again, and what the run says of them (as the command line). */
  decisions: CouncilDecision[];
  /** Flags whose review rows it could not read, held as typed in the new tong-hop.xlsx. */
  unread: UnreadDecision[];
  /** What the run says (run-order.ts's `say`), each line with its place: the lines chosen between the page and the file first. */
  decisionsSaid: Said[];
  /** The votes typed on «Biểu quyết» for no nominee, said among `decisionsSaid` (RunOutcome.votedForNone). */
  votedForNone: UnlistedVote[];
  /** The council's vote in force: read from a tong-hop.xlsx chosen again, with what was typed on the page. */
  votes: VoteSheet;
  /** The names «Rà soát» and «Biểu quyết» have in the run's tong-hop.xlsx (as the council named them in the one chosen again). */
  sheets: CouncilSheetNames;
  /** What the tong-hop.xlsx chosen again holds, by entry: an entry typed on the page since is typed over it (the officer's choice). */
  fromFile: Record<string, string>;
  download: { name: string; bytes: Uint8Array; type: string } | undefined;
  /** What closing the run needs (commune-closing.ts): absent when no tong-hop.xlsx was written. */
  closing?: RunClosing;
};

/** The run as `thidua score` leaves it for `thidua close`: its record, the copies and the tong-hop.xlsx they were written with. */
export type RunClosing = {
  record: RunRecord;
  /** Rounds closed before, from a tong-hop.xlsx chosen again; `changes`: what this run changes of the last one, each line with its place. */
  rounds: ClosedRound[];
  changes: Said[];
  /** The scored copies in the .zip, by name. */
  copies: Record<string, Uint8Array>;
  summary: SummaryStep;
  zipName: string;
};

/** tong-hop.xlsx as the page's thread writes it: its sheets, its store, and the chosen one it is written over (sheets the council added kept). */
export type SummaryStep = { edit: WorkbookEdit; store: Record<string, unknown>; base?: { file: Blob; kept: readonly string[] } };

/**
 * A chosen file named as a run's summary (tong-hop.xlsx, «tong-hop (1).xlsx» as a browser saves it again): never tried
 * as the criteria, and one that cannot be opened stops the run, its decisions never lost unsaid. Whether a file is a
 * run's summary is told by what it holds, whatever its name (readPrevious).
 */
export const namedAsSummary = (name: string) => /(^|[/\\])tong-hop( \(\d+\)|-\d+)?\.xlsx$/i.test(name);

/** Why a chosen file named as a run's summary could not be read: the run stops, as the command line does. */
export const unreadSummary = (name: string, why: string) =>
  `Không đọc được ${name}: ${why}. Để không mất quyết định và kết quả đã chốt trong đó, chưa chấm tệp nào; bỏ tệp ấy khỏi danh sách nếu không cần.`;

/** Two or more closed results chosen for «Kiểm tra»: which one the files are checked against is the officer's to say. */
export const summariesChosen = (names: readonly string[]) =>
  `Đã chọn ${names.length} tệp tổng hợp của lượt chấm (${names.join(', ')}): mỗi tệp giữ quyết định, biểu quyết và các lần chốt của Hội đồng, thidua không tự chọn tệp nào. Chỉ chọn một tệp — tệp Hội đồng ghi sau cùng — rồi chấm lại.`;

export async function runCommune(files: readonly ChosenFile[], opts: CommuneRunOptions): Promise<CommuneRun> {
  const { set } = opts;
  const page = new PageRun(files, opts);
  const outcome = await runInOrder(set, page, { date: opts.date, ...(opts.round ? { round: opts.round } : {}), ...(opts.roster ? { roster: opts.roster } : {}) });
  const { run, decisions, unread, votedForNone } = outcome;
  const { states, out, read } = page;
  const result = { run, states, decisions, unread, decisionsSaid: page.said, votedForNone, votes: page.votes, sheets: page.sheets, fromFile: page.fromFile };
  if (page.single) {
    const [only] = Object.values(out);
    return { ...result, download: only ? { name: `Sổ tính đã chấm - ${baseName(read[0]!.file.name).replace(/\.xlsx$/i, '')}.xlsx`, bytes: only, type: XLSX } : undefined };
  }
  if (Object.keys(out).length === 0) return { ...result, download: undefined };
  const zip = zipName(set, opts.date, run.cards);
  // The run's record and the rounds closed before, kept in tong-hop.xlsx as `thidua score` keeps them.
  const closing = page.summary && outcome.record ? { record: outcome.record, rounds: outcome.rounds, changes: outcome.changes, copies: page.copies, summary: page.summary, zipName: zip } : undefined;
  return { ...result, download: zipDownload(out, zip), ...(closing ? { closing } : {}) };
}

/**
 * The run's I/O on the page (core/run/run-order.ts decides the order): the tong-hop.xlsx chosen again and every
 * report read by the page's thread, one step each, each file's line kept; the copies and tong-hop.xlsx gathered for
 * the download. Only a file whose step the thread could not finish is lost; «Hủy» stops between steps.
 */
class PageRun implements RunPort {
  readonly states = new Map<string, FileState>();

  /** The reports read, with cards, in the run's order. */
  readonly read: { file: ChosenFile; cards: ScoreCard[]; problems: Omitted[] }[] = [];

  /** The download's files by name: every scored copy, then tong-hop.xlsx. */
  readonly out: Record<string, Uint8Array> = {};

  /** The scored copies alone, as tong-hop.xlsx's record names them. */
  copies: Record<string, Uint8Array> = {};

  summary: SummaryStep | undefined;

  said: Said[] = [];

  /** What the officer kept where the page's entries and the file's differed: said first among the run's notices. */
  private chosen: Said[] = [];

  fromFile: Record<string, string> = {};

  /** The tong-hop.xlsx chosen, when it holds sheets the council added: the new one is written over it. */
  private base: Blob | undefined;

  votes: VoteSheet = NO_VOTES;

  sheets: CouncilSheetNames = COUNCIL_SHEET_NAMES;

  /** The chosen files that are not a run's result, known once readPrevious has asked each what it holds. */
  private reports: ChosenFile[] = [];

  /**
   * The copies the chosen tong-hop.xlsx's record keeps, cut to what its decisions were made on: what they are held
   * against. A decision taken on the page since was taken on the figures the page showed, and is not.
   */
  private lastCopies: DecidedCopies[] | undefined;

  /** What was left out, in the order met: cells of a chosen tong-hop.xlsx, files and sheets of the reports. */
  private readonly problems: Omitted[] = [];

  constructor(
    private readonly files: readonly ChosenFile[],
    private readonly opts: CommuneRunOptions,
  ) {}

  /** One workbook chosen and read: its scored copy is the download, with no tong-hop.xlsx. */
  get single(): boolean {
    return this.read.length === 1 && this.reports.length === 1;
  }

  private check(): void {
    if (this.opts.cancelled?.()) throw new Cancelled();
  }

  private async ask(request: DistributiveOmit<RunRequest, 'id'>): Promise<Answered> {
    try {
      return await this.opts.thread.step(request);
    } catch (e) {
      if (e instanceof StepTimedOut) return { ok: false, message: `chấm quá ${e.seconds} giây nên đã bị dừng, không được chấm (tệp có thể bị hỏng hoặc được làm ra để treo máy); các tệp khác vẫn được chấm` };
      if (e instanceof ThreadLost) return { ok: false, message: 'luồng chấm dừng giữa chừng ở tệp này (tệp quá lớn hoặc hỏng); các tệp khác vẫn được chấm' };
      throw e;
    }
  }

  /**
   * Each item's step asked of the thread, STEPS_AHEAD in flight so the thread never waits on this one, their answers
   * taken strictly in the items' order; «Hủy» is honoured between answers.
   */
  private async inTurn<T>(items: readonly T[], request: (item: T, index: number) => DistributiveOmit<RunRequest, 'id'>, take: (item: T, a: Answered) => void): Promise<void> {
    const asked: Promise<Answered>[] = [];
    for (const [i, item] of items.entries()) {
      this.check();
      while (asked.length < Math.min(items.length, i + STEPS_AHEAD)) {
        const a = this.ask(request(items[asked.length]!, asked.length));
        // A step behind one that throws (Cancelled) is not awaited: its own rejection is the same and is let go.
        a.catch(() => undefined);
        asked.push(a);
      }
      take(item, await asked[i]!);
    }
  }

  async readPrevious(): Promise<RunPrevious> {
    // Every chosen workbook asked what it holds: a run's tong-hop.xlsx is known by its record, whatever the council
    // named its copy («tong-hop-hoi-dong.xlsx»); every other file is a report (a unit's returned copy gives its answers).
    const found: ChosenResult[] = [];
    const reports: ChosenFile[] = [];
    await this.inTurn(
      this.files,
      (f) => ({ step: 'previous', file: f.file, name: f.name }),
      (f, a) => {
        // One that cannot be opened is read as a report, whose line says why — unless named as a summary.
        if (!a.ok && namedAsSummary(f.name)) throw new PreviousRefused(unreadSummary(f.name, a.message));
        if (a.ok && a.step === 'previous' && a.summary) found.push({ name: f.name, file: f.file, summary: a.summary });
        else reports.push(f);
      },
    );
    this.reports = reports;
    // Two results are two copies of the council's work (two people typed in each), combined as `--decisions` combines them.
    if (found.length > MOST_RESULTS) throw new PreviousRefused(tooManyResults(found.map((s) => s.name)));
    const work = found.length > 0 ? chosenCouncil(found) : undefined;
    if (work && 'refused' in work) throw new PreviousRefused(work.refused);
    if (work) {
      this.problems.push(...work.problems);
      // Written over it when the council added sheets of its own: they stay.
      this.base = work.base;
      for (const { name, summary } of found) this.states.set(name, { state: 'quyet-dinh', decisions: summary.review.decisions.length });
    }
    // The run's tong-hop.xlsx: its decisions, closed rounds and vote, and the names the council gave its sheets.
    let review: TypedReview = work?.review ?? { decisions: [], unread: [] };
    const rounds = work?.rounds ?? [];
    /** The council's «Biểu quyết», written again into the new tong-hop.xlsx. */
    let votes = work?.votes;
    const sheets: PreviousSheets | undefined = work?.sheets;
    /** Sheets of a closed tong-hop.xlsx edited by hand since: said with what the run changes of the closed result. */
    const edited = work?.edited ?? [];
    // What the council recorded on the page and what the file chosen again holds for the same flag or nominee: where
    // they differ (the file corrected in Excel since), the officer keeps one; thidua never does.
    const inFile = work?.entries ?? [];
    this.fromFile = Object.fromEntries(inFile.map((e) => [e.key, e.holds]));
    const against = faceAgainstFile([...(this.opts.council ?? []).map(decisionEntry), ...(this.opts.votes ?? []).map((v) => voteEntry(asRecorded(votes ?? NO_VOTES, v)))], inFile, this.opts.kept ?? []);
    if (against.conflicts.length > 0) throw new CouncilDiffers(work!.named, against.conflicts);
    // How two results were combined, then what the officer kept: said first among the run's notices.
    this.chosen = [...(work?.said ?? []).map((text) => said(text)), ...against.said];
    const council = (this.opts.council ?? []).filter((d) => !against.keepFile.has(decisionEntry(d).key));
    if (council.length > 0) review = combineReviews(review, { decisions: [...council], unread: [] });
    const onPage = new Set(council.map(flagOfUnit));
    if (work) this.lastCopies = work.decidedOn(onPage);
    // The vote typed on the page, as its decisions: the file's where the officer kept it.
    const typed = (this.opts.votes ?? []).filter((v) => !against.keepFile.has(voteEntry(v).key));
    if (typed.length > 0) votes = withVotes(votes ?? NO_VOTES, typed);
    if (this.opts.meeting) votes = withMeeting(votes ?? NO_VOTES, this.opts.meeting);
    // Written again into the tong-hop.xlsx the page gives back: the date where thidua writes it.
    this.votes = writtenAgain(votes ?? NO_VOTES);
    this.sheets = councilSheetNamesOf(sheets);
    return { review, rounds, edited, ...(work?.listed ? { listed: work.listed } : {}), ...(votes ? { votes } : {}), ...(sheets ? { sheets } : {}) };
  }

  async readInputs(review: TypedReview): Promise<RunInputs> {
    const { set } = this.opts;
    const { decisions, unread } = review;
    const { states, problems, reports } = this;
    /** The units' answers taken from the «Rà soát» of their returned copies, sent in as reports. */
    const explained: CouncilDecision[] = [];
    const edited: UnreadDecision[] = [];
    // The council's decided figures held against the copies it decided on (a figure edited since, or not compared, is held).
    const { lastCopies } = this;
    const ownCopy = lastCopyName(reports);
    let done = 0;
    // The job once: every read and write of the run is done with it.
    await this.opts.thread.step({ step: 'job', job: { set, decisions, unread, date: this.opts.date, ...(lastCopies ? { lastCopies } : {}) } });
    await this.inTurn(
      reports,
      (f) => {
        const copy = ownCopy(f.name);
        return { step: 'read', file: f.file, name: f.name, ...(copy ? { copyName: copy } : {}) };
      },
      (f, a) => {
        this.opts.progress?.(++done, reports.length, false);
        if (!a.ok) {
          states.set(f.name, { state: 'loi', reason: a.message });
          problems.push({ what: f.name, why: a.message });
          return;
        }
        if (a.step !== 'read') return;
        explained.push(...a.explained);
        edited.push(...(a.edited ?? []));
        const own = a.errors.map((e) => ({ what: `${f.name}, trang «${e.sheet}»`, why: e.message }));
        problems.push(...own);
        if (a.cards.length === 0) {
          const reason = a.errors[0]?.message ?? NO_REPORT_SHEETS;
          states.set(f.name, { state: 'loi', reason });
          if (a.errors.length === 0) problems.push({ what: f.name, why: reason });
          return;
        }
        this.read.push({ file: f, cards: a.cards, problems: own });
      },
    );
    this.check();
    return { read: this.read.map((r) => ({ cards: r.cards, problems: r.problems, ...(r.file.lastModified !== undefined ? { fileTime: r.file.lastModified } : {}) })), explained, edited, problems };
  }

  /** The page never holds a run: what it changes of the closed result is shown where the officer closes it again. */
  closed(last: ClosedRound, changes: (found: readonly FoundDigest[]) => Said[]): boolean {
    // The new copies are new files: what a closed round is compared on is the result, not their bytes.
    changes(last.files);
    return true;
  }

  async writeCopies(run: Run, shareOf: (index: number) => RunShare): Promise<(CopyDigest | NotWritten)[]> {
    const { read, states, out } = this;
    run.byInput.forEach((cards, i) => states.set(read[i]!.file.name, stateOf(run, cards)));
    // Every copy written once, now that the run is decided; its cells kept for the record, as the command line keeps
    // them. One the thread declines (too large for thidua to read again, a hostile workbook) is said on its line, left
    // out of the download and kept in the record with why, as `thidua score` keeps it: closing counts it among what is
    // still open; every other copy is still written.
    const names = new Set<string>();
    const cells = new Map<string, Pick<CopyDigest, 'cells' | 'reviewWritten'>>();
    const declined: NotWritten[] = [];
    let done = 0;
    await this.inTurn(
      read,
      // A copy's share is given as its step is posted, not all first.
      (r, i) => ({ step: 'write', file: r.file.file, name: r.file.name, share: shareOf(i) }),
      (r, a) => {
        this.opts.progress?.(++done, read.length, true);
        const name = copyName(r.file.name, names);
        if (!a.ok) {
          states.set(r.file.name, { state: 'loi', reason: `không ghi được bản đã chấm: ${a.message}` });
          declined.push({ name, notWritten: a.message });
        } else if (a.step === 'write') {
          out[name] = a.bytes;
          cells.set(name, { cells: a.cells, ...(a.reviewWritten.length > 0 ? { reviewWritten: a.reviewWritten } : {}) });
        }
      },
    );
    this.check();
    this.copies = { ...out };
    const digests = await Promise.all(Object.entries(this.copies).map(async ([name, bytes]) => ({ name, sha256: await sha256Hex(bytes), size: bytes.byteLength, ...cells.get(name) })));
    return [...digests, ...declined];
  }

  async writeSummary(summary: RunSummaryPlan): Promise<void> {
    if (this.single) return;
    // The page's worker takes tong-hop.xlsx in one message: planned whole.
    const { edit, store, kept } = wholeSummary(summary);
    const step: SummaryStep = { edit, store, ...(this.base && kept.length > 0 ? { base: { file: this.base, kept } } : {}) };
    const a = await this.ask({ step: 'summary', ...step });
    if (a.ok && a.step === 'summary') {
      this.out[SUMMARY_FILE] = a.bytes;
      this.summary = step;
    }
  }

  say(lines: readonly Said[]): void {
    this.said = [...this.chosen, ...lines];
  }
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
  const note = cards.flatMap((c) => c.flags).find(isWrongSetFlag)?.message;
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
 * The name a chosen report's copy had in the last run (copyName), preferred when two copies hold its unit's sheet:
 * known only for a report whose name no other chosen report shares — the others are matched by sheet and unit alone.
 */
function lastCopyName(reports: readonly ChosenFile[]): (name: string) => string | undefined {
  const key = (name: string) => copyName(name, new Set()).normalize('NFC').toLowerCase();
  const named = reports.map((f) => key(f.name));
  return (name) => (named.filter((n) => n === key(name)).length === 1 ? copyName(name, new Set()) : undefined);
}

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

/** «Kết quả chấm điểm - Ta Ma - 23-11-2026.zip»: the run's name (runName) and the day. */
export function zipName(set: Pick<CriteriaSet, 'commune' | 'title'>, date: string, cards: readonly { unitName: string }[] = []): string {
  const [y, m, d] = date.split('-');
  return `Kết quả chấm điểm - ${runName(set, cards)} - ${d}-${m}-${y}.zip`;
}

/**
 * The download's name says what its tong-hop.xlsx holds: the result as closed (…-da-chot-lan-1.zip), or a draft not
 * closed yet (…-ban-nhap.zip) — a closed round the run no longer matches is a draft too. One workbook keeps its name.
 */
export function runDownloadName(result: CommuneRun): string {
  const name = result.download!.name;
  const closing = result.closing;
  if (!closing || !/\.zip$/i.test(name)) return name;
  const last = closing.rounds.at(-1);
  return name.replace(/\.zip$/i, last && closing.changes.length === 0 ? `-da-chot-lan-${last.number}.zip` : '-ban-nhap.zip');
}

// Made for: the standalone page scoring a whole commune in one run, with the command line's results.
