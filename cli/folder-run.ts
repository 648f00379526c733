// The run of `thidua score` over an output folder (cli/commands/score.ts says what it did): core's run order
// (core/run/run-order.ts) given its Node port — the folder's tong-hop.xlsx and --decisions read, the inputs read and
// their copies made in worker threads (cli/score-pool.ts), each copy zipped and written in the staging folder and
// tong-hop.xlsx last — under the folder's lock, every file moved into place whole or none.
import { basename, dirname, relative, resolve } from 'node:path';
import { OoxmlWorkbook, type EditablePort } from '../adapters/ooxml/workbook.js';
import { PackageRefused } from '../adapters/ooxml/zip.js';
import type { TypedReview } from '../core/council/merge.js';
import type { CouncilDecision, UnreadDecision } from '../core/council/decision.js';
import { decidedCopies, decisionsByRun } from '../core/run/edited-cells.js';
import { withKeptCells } from './kept-copies.js';
import { copiesReviews } from './typed-in-copies.js';
import { typedInCopies, typedInCopiesRemedy } from '../core/run/typed-in-copies.js';
import type { IndicatorSnapshot } from '../core/indicators/schema.js';
import { isWrongSetFlag } from '../core/checks/criterion-missing.js';
import { whereReported } from '../core/ranking/duplicates.js';
import type { RosterUnit } from '../core/ranking/roster.js';
import type { AwardRound, CriteriaSet } from '../core/criteria/schema.js';
import type { Omitted } from '../core/workbook/plan-summary.js';
import type { Run } from '../core/run/decide-run.js';
import { listedBefore } from '../core/run/council-at-closing.js';
import { listedEither, type ListedBefore } from '../core/council/first-listed.js';
import { runInOrder, type NotWritten, type RunInputs, type RunOutcome, type RunPort, type RunPrevious, type RunRead, type RunSummaryPlan } from '../core/run/run-order.js';
import type { ScoreRunError, ScoreRunOutput } from '../core/workbook/score-run.js';
import { changesSinceClosing, describeRound, type ClosedRound, type CopyDigest, type FoundDigest, type RunRecord } from '../core/run/closing.js';
import type { PreviousSummary } from '../core/run/previous-summary.js';
import { councilWork, previousSheets, reviewPlace } from '../core/run/council-work.js';
import { councilSheetNamesOf, type PreviousSheets, type RunShare } from '../core/run/plan-copy.js';
import type { VoteSheet } from '../core/council/vote.js';
import { reviewWithPrevious } from '../core/run/previous-review.js';
import { CUT_REMEDY } from '../core/workbook/limits.js';
import { CONFLICT_REMEDY } from '../core/workbook/council-conflicts.js';
import { folderCopies, readSummaryFile, stopOnConflicts, stopOnCut, stopOnDamage, type SummaryFile } from './closed-rounds.js';
import { EXIT, UsageError, type Io } from './command.js';
import { type Inputs, inputFileProblem, isFile, shown } from './files.js';
import { letGo } from './let-go.js';
import { nodeDeflatePieces, nodeGzip } from './node-zlib.js';
import { SUMMARY_FILE, commitStaging, discardStaging, lockFolder, OutputError, refuseFolderAt, saveWorkbook, stagedPath, startStaging, writeOutput } from './outputs.js';
import { zipCopy, type FileJob, type FileTask, type ZippedCopy } from './score-file.js';
import type { ZipPart } from '../adapters/ooxml/write/zip-writer.js';
import { copyProgress } from './copy-progress.js';
import { COPIES_IN_WORKER, ScorePool } from './score-pool.js';
import { StringPool } from './string-pool.js';
import { oneLine } from './terminal-text.js';
import type { Said } from '../core/run/said.js';

/**
 * The run into the output folder: one run writes it at a time (the previous result is read under the lock, so no
 * other run changes it meanwhile); every file is written whole in the staging folder and all moved into place, or
 * none — a write that failed (a full disk) leaves the previous result as it was.
 */
export async function scoreIntoFolder(o: FolderRunOptions, order: { round: AwardRound; roster: readonly RosterUnit[] }): Promise<{ outcome: RunOutcome; folder: FolderRun }> {
  const { outDir, io } = o;
  const lock = await lockFolder(outDir, 'score', shown(outDir, io.cwd));
  try {
    if (lock.recovered) io.err(lock.recovered);
    await startStaging(outDir);
    const folder = new FolderRun(o);
    let outcome: RunOutcome;
    try {
      outcome = await runInOrder(o.set, folder, { date: o.date, ...order });
    } finally {
      await folder.close();
    }
    if (!outcome.written || folder.unwritten.length > 0) await discardStaging(outDir);
    else await commitStaging(outDir, folder.staged);
    return { outcome, folder };
  } catch (e) {
    await discardStaging(outDir);
    throw e;
  } finally {
    await lock.release();
  }
}

export type FolderRunOptions = {
  set: CriteriaSet;
  date: string;
  inputs: Inputs;
  /** Each input's scored copy (absolute), planned up front. */
  outputs: ReadonlyMap<string, string>;
  /** The paths as typed, named when no workbook is found. */
  asked: string;
  outDir: string;
  summaryPath: string;
  decisionsFile: string | undefined;
  /** --reopen's reason, trimmed. */
  reopen: string | undefined;
  indicators?: IndicatorSnapshot[];
  io: Io;
};

/**
 * The run's I/O on the command line (core/run/run-order.ts decides the order): the output folder's tong-hop.xlsx and
 * --decisions read, the inputs read and their copies made in worker threads (cli/score-pool.ts), the copies zipped and
 * written beside the inputs' threads, tong-hop.xlsx written once the workers are gone, every line said on stderr.
 */
export class FolderRun implements RunPort {
  /** Every input, sheet or file left out, in the order said. */
  readonly errors: ScoreRunError[] = [];

  readonly written = new Map<string, ScoreRunOutput['files'][number]>();

  summaryFile: string | null = null;

  /** The exit code of a run a closed result held. */
  heldExit: number = EXIT.ok;

  /** Every file written whole in the staging folder, by name: what is moved into place. */
  readonly staged: string[] = [];

  /** Each write that failed: then nothing of the run is moved into place. */
  readonly unwritten: Unwritten[] = [];

  private notApplied: ScoreRunError[] = [];

  /** The previous tong-hop.xlsx when it holds sheets the council added: written again over it, so they stay. */
  private base: OoxmlWorkbook | undefined;

  private closedRounds: readonly ClosedRound[] = [];

  /** The runs the council's decisions were read from: their decisions, their copies as their records keep them, and the folder holding them. */
  private decidedRuns: CouncilRead['decidedRuns'] = [];

  private pool: ScorePool | undefined;

  private tasks: FileTask[] = [];

  /** Each input read with cards, as the run takes it, with its task: one record a workbook, held to the end of the run (not a second one for the run). */
  private readonly read: (RunRead & { task: FileTask })[] = [];

  constructor(private readonly o: FolderRunOptions) {}

  /** Errors show as they happen, beside the progress line of their file. */
  private readonly fail = (e: ScoreRunError) => {
    this.errors.push(e);
    this.o.io.err(`Lỗi: ${oneLine(e.message)}`);
  };

  async readPrevious(): Promise<RunPrevious> {
    const { summaryPath, io } = this.o;
    const read = await previousResult(summaryPath, io);
    const previous = read?.summary;
    const council = await councilRead(read, summaryPath, this.o.decisionsFile, io);
    // A decision typed on a unit's scored copy unlike tong-hop.xlsx's would be written over: said, nothing written.
    if (previous?.record?.copies) {
      const at = (key: string) => reviewPlace(previous, key);
      const typed = typedInCopies({ file: shown(summaryPath, io.cwd), review: council.review, at }, await copiesReviews(dirname(summaryPath), previous.record.copies, io.cwd));
      if (typed.length > 0) throw new UsageError([`Bản đã chấm của đơn vị ghi quyết định của Hội đồng khác ${shown(summaryPath, io.cwd)}:`, ...typed.map((t) => `  - ${t}`), typedInCopiesRemedy(councilSheetNamesOf(previous).review)].join('\n'));
    }
    this.notApplied = council.notApplied;
    this.closedRounds = previous?.rounds ?? [];
    this.decidedRuns = council.decidedRuns;
    // Sheets the council added to tong-hop.xlsx: the new one is written over the workbook that holds them, which keeps them.
    if (council.base instanceof OoxmlWorkbook) this.base = council.base;
    return {
      review: council.review,
      rounds: previous?.rounds ?? [],
      edited: previous?.edited ?? [],
      ...(council.listed ? { listed: council.listed } : {}),
      ...(council.votes ? { votes: council.votes } : {}),
      ...(council.sheets ? { sheets: council.sheets } : {}),
    };
  }

  async readInputs(review: TypedReview): Promise<RunInputs> {
    const { set, date, inputs, outputs, io } = this.o;
    const { files, missing, skipped } = inputs;
    const failed = this.fail;
    for (const e of this.notApplied) failed(e);
    for (const p of missing) failed({ file: shown(p, io.cwd), message: `Không tìm thấy tệp hoặc thư mục ${shown(p, io.cwd)}.` });
    for (const s of skipped) failed({ file: shown(s.path, io.cwd), message: `Bỏ qua ${shown(s.path, io.cwd)}: ${s.reason}.` });
    if (files.length === 0 && missing.length === 0) failed({ file: this.o.asked, message: 'Không tìm thấy tệp .xlsx nào để chấm.' });
    // The council's decided figures held against the copies it decided on (a figure edited since, or not compared, is held).
    const runs = review.decisions.length > 0 ? decisionsByRun(review.decisions, this.decidedRuns) : [];
    const lastCopies = await Promise.all(runs.map(async (r) => decidedCopies(await withKeptCells(r.folder, r.copies, r.decided), r.decided)));
    const job: FileJob = { set, date, decisions: review.decisions, unread: review.unread, cwd: io.cwd, ...(this.o.indicators ? { indicators: this.o.indicators } : {}), ...(lastCopies.length > 0 ? { lastCopies } : {}) };
    // The units' answers taken from the «Rà soát» of their returned copies, sent in as reports: tong-hop.xlsx shows them.
    const explained: CouncilDecision[] = [];
    const edited: UnreadDecision[] = [];
    this.tasks = files.map((path) => {
      const output = outputs.get(path)!;
      // Its copy's name in the last run's record only where the council's decided figures are held against one (worker-steps.ts).
      return { path, name: shown(path, io.cwd), output, shownOutput: shown(output, io.cwd), ...(lastCopies.length > 0 ? { copyName: relative(this.o.outDir, output) } : {}) };
    });
    const tasks = this.tasks;
    this.pool = new ScorePool(job, tasks.length);
    // Each file read and scored; its progress line and messages in input order (threads finish in any order).
    // The cards the worker sends are kept for the run: their strings shared again, the file's name first, so each
    // card's `file` is the task's string rather than another copy of its path.
    const strings = new StringPool();
    await this.pool.run(tasks, (i, result) => {
      const task = tasks[i]!;
      strings.share(task.name);
      strings.share(result.cards);
      explained.push(...(result.explained ?? []));
      edited.push(...(result.edited ?? []));
      if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${oneLine(task.name)}`);
      for (const e of result.errors) failed(e);
      // A report made for another set is said in one line, before anything else about it.
      for (const c of result.cards) {
        const wrongSet = c.flags.find(isWrongSetFlag);
        if (wrongSet) io.err(`Lưu ý: ${task.name}, trang «${c.sheet}»: ${wrongSet.message}`);
      }
      this.written.set(task.name, { file: task.name, output: null, units: 0 });
      // Most files leave nothing out: they share one empty list rather than each holding its own to the end.
      const problems = result.errors.length > 0 ? result.errors.map(omittedLine) : NOTHING_LEFT_OUT;
      if (result.cards.length > 0) this.read.push({ task, cards: result.cards, problems, ...(result.mtime !== undefined ? { fileTime: result.mtime } : {}) });
    });
    return {
      read: this.read,
      explained,
      edited,
      problems: this.errors.map(omittedLine),
    };
  }

  closed(last: ClosedRound, changesWith: (found: readonly FoundDigest[]) => Said[]): boolean {
    if (this.o.reopen) return true;
    const { outDir, io } = this.o;
    // The folder as it is (a sheet of tong-hop.xlsx edited by hand, a copy changed, gone, added, unreadable) and
    // what this run would change of the closed result.
    const changes = changesWith(folderCopies(outDir));
    io.err(
      changes.length === 0
        ? `Kết quả đã chốt (${describeRound(last)}); lần chấm này không thay đổi gì: không ghi lại thư mục ${shown(outDir, io.cwd)}.`
        : [`Kết quả đã chốt (${describeRound(last)}); lần chấm này khác:`, ...changes.map((c) => `  - ${oneLine(c.text)}`), `Không ghi gì. Để chấm lại sau khi đã chốt, thêm --reopen "<lý do>"; rồi chốt lần mới bằng «thidua close».`].join('\n'),
    );
    this.heldExit = changes.length === 0 ? EXIT.ok : EXIT.inputsFailed;
    // Nothing changed: the folder's copies the round covers, and its tong-hop.xlsx, hold this run's figures.
    if (changes.length === 0) {
      const covered = new Set(last.files.map((f) => f.name));
      for (const { task, cards } of this.read) {
        if (covered.has(relative(outDir, task.output))) this.written.set(task.name, { file: task.name, output: task.shownOutput, units: cards.length });
      }
      this.summaryFile = shown(this.o.summaryPath, io.cwd);
    }
    return false;
  }

  async writeCopies(run: Run, shareOf: (index: number) => RunShare): Promise<(string | CopyDigest | NotWritten)[]> {
    const { outDir, io } = this.o;
    const fail = this.fail;
    const read = this.read;
    const pool = this.pool!;
    // Each copy is planned and made by the worker from its share (core/run/worker-steps.ts, as on the page), from the
    // workbook it kept open or, past its budget, read again; the share is handed over with the task (pool.run's `prepare`).
    const copies = read.map((r) => r.task);
    const prepare = (i: number): FileTask => ({ ...read[i]!.task, share: shareOf(i) });
    // The worker makes each copy, and zips it when the run's workers take every core (zipsInWorker), and this thread
    // (zips and) writes it while the worker goes on to the next: the disk is not the worker's. Copies are written as
    // they come and said in input order. A copy waiting to be written is held by the pool (the write's promise, given
    // back to it): while COPIES_IN_WORKER wait, the worker is handed no more, so what waits here is bounded (900 files
    // left 354 waiting).
    let said = Promise.resolve();
    // By the copy's index: a key a copy (its file's name, a slice holding its whole path) was one more string held to the end.
    // Each named once the copies are written, built field by field: one spread from the write's answer and the cells
    // had a hidden class of its own in V8, ~150 B a copy more held through the copies (heap snapshots at 90 % of the
    // copies: 3.54 → 3.29 MB at 1,800 workbooks).
    const digests = new Map<number, CopyDigest>();
    // Copies the worker declined to make (one thidua could not read again, a file changed meanwhile): said and left
    // out, and the record says why; every other copy is still written.
    const declined = new Map<number, string>();
    // Each copy's cells are kept for the record to the end of the run: their texts, cloned across the thread, shared
    // again («Điểm tự chấm», «= 100%», a long text's digest): on 900 example workbooks the strings this thread held
    // as tong-hop.xlsx was written went from 10.2 MB (5.7 MB of them copies of another) to 6.7 MB.
    const strings = new StringPool();
    const progress = copyProgress(copies.length, this.tasks.length, io.err);
    try {
      await pool.run(
        copies,
        (i, result) => {
          const task = copies[i]!;
          const copy = result.copy;
          const write = copy ? settled(writeCopy(stagedPath(outDir, task.output), copy, task.output)) : undefined;
          said = said.then(async () => {
            progress(i);
            for (const e of result.errors) fail(e);
            if (!write) {
              if (result.errors.length > 0) declined.set(i, result.errors.map((e) => e.message).join(' '));
              return;
            }
            const done = await write;
            if (done.ok) {
              this.written.set(task.name, { file: task.name, output: task.shownOutput, units: result.units, ...(result.reviewSheet ? { reviewSheet: result.reviewSheet } : {}) });
              this.staged.push(basename(task.output));
              const digest: CopyDigest = { name: '', sha256: done.value.sha256, size: done.value.size };
              if (result.cells) digest.cells = strings.share(result.cells);
              if (result.reviewWritten?.length) digest.reviewWritten = result.reviewWritten;
              digests.set(i, digest);
            } else this.unwritten.push(unwritten(task.shownOutput, done.error));
          });
          return write;
        },
        COPIES_IN_WORKER,
        prepare,
      );
      await said;
    } finally {
      // tong-hop.xlsx once the copies are written and the worker is gone, not beside the copies: planned beside them, its
      // plan and its sheets' bytes were held with the copies in flight, and the command's heap grew to hold both for the
      // rest of the run (1,800 files peaked at ~265 MB; ~215 MB after, ~200 with 32 copies in hand; 300 took the same time).
      await this.close();
    }
    for (const g of run.groups) io.err(oneLine(`Báo cáo trùng: ${g.dropped.map((d) => `${g.unitName} (${whereReported(d)})`).join('; ')} — chỉ xếp hạng bản ở ${whereReported(g.kept)} (${g.why}).`));
    return read.map((r, i) => {
      const name = relative(outDir, r.task.output);
      const digest = digests.get(i);
      const why = declined.get(i);
      if (digest) digest.name = name;
      return digest ?? (why !== undefined ? { name, notWritten: why } : name);
    });
  }

  async writeSummary(summary: RunSummaryPlan): Promise<void> {
    const { summaryPath, outDir, io } = this.o;
    // A folder where tong-hop.xlsx goes is said with the copies that cannot be written.
    try {
      refuseFolderAt(summaryPath);
    } catch (e) {
      this.unwritten.push(unwritten(shown(summaryPath, io.cwd), e));
    }
    // A copy not written: nothing of the run is moved into place, so no summary is made for it.
    if (this.unwritten.length > 0) return;
    if (this.tasks.length > 1) io.err(`Đang ghi ${shown(summaryPath, io.cwd)}…`);
    const written = await writeSummary(stagedPath(outDir, summaryPath), summary, this.base);
    const last = this.closedRounds.at(-1);
    if (last) io.err(reopenedLine(last, written.record, this.o.reopen!));
    if ('error' in written) this.unwritten.push(unwritten(shown(summaryPath, io.cwd), written.error));
    else {
      this.staged.push(SUMMARY_FILE);
      this.summaryFile = shown(summaryPath, io.cwd);
    }
  }

  say(lines: readonly Said[]): void {
    for (const line of lines) this.o.io.err(line.text);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * The previous result in --out, read before anything is scored: none on a first run. One that is there but cannot
 * be opened stops the run (its decisions would be lost: docs/huong-dan/dong-lenh.md «tong-hop.xlsx không đọc được»); one whose record or
 * closing does not read or hold its seal is damage, never «chưa chốt»: the run stops and writes nothing.
 */
async function previousResult(summaryPath: string, io: Io): Promise<SummaryFile | undefined> {
  // Only a regular file holds one: a folder, a FIFO or a link to a device there is none (writing replaces it, or says why not).
  if (!(await isFile(summaryPath))) return undefined;
  const read = await readSummaryFile(summaryPath, io.cwd);
  if (read === undefined) return undefined;
  if ('ok' in read) {
    throw new UsageError(
      `Không đọc được quyết định của Hội đồng trong ${shown(summaryPath, io.cwd)}, tệp tổng hợp lượt chấm này sẽ ghi lại: ${read.message} Để không mất các quyết định ấy, chưa chấm tệp nào. Cách xử lý: tệp đang mở trong Excel thì đóng lại rồi chạy lại; tệp đã hỏng thì đổi tên nó (ví dụ tong-hop-cu.xlsx) rồi chạy lại (quyết định cũ không còn, ghi lại ở trang «Rà soát»); hoặc chọn --out khác.`,
    );
  }
  stopOnDamage(summaryPath, read.summary, io.cwd, 'Chưa chấm tệp nào, không ghi gì.');
  stopOnCut(summaryPath, read.summary, io.cwd, 'Chưa chấm tệp nào, không ghi gì.');
  stopOnConflicts(summaryPath, read.summary, io.cwd, 'Chưa chấm tệp nào, không ghi gì.');
  if (read.summary.rounds.length === 0 && read.summary.edited.length > 0) {
    io.err([`Lưu ý: ${shown(summaryPath, io.cwd)} đã bị sửa tay sau khi chấm; lần chấm này ghi lại từ các báo cáo:`, ...read.summary.edited.map((l) => `  - ${oneLine(l)}`)].join('\n'));
  }
  return read;
}

/**
 * What the council typed, as the run carries it: its review, its vote and the names of its sheets, and the workbook holding the sheets it added.
 * `listed`: the days the runs read first listed their nominees (first-listed.ts), held to the vote they carry.
 */
type CouncilRead = { review: TypedReview; votes?: VoteSheet; sheets?: PreviousSheets; listed?: ListedBefore; base?: EditablePort; notApplied: ScoreRunError[]; decidedRuns: DecidedRun[] };

/** A run the council's decisions were read from: its decisions, its copies as its record keeps them, and the folder holding them. */
type DecidedRun = { decisions: readonly CouncilDecision[]; copies: readonly CopyDigest[]; folder: string };

/**
 * What the council typed: that of --out's tong-hop.xlsx (the folder's own), then that of --decisions when it is a run's
 * tong-hop.xlsx (its hidden store holds the run's record) — its decisions, its vote and meeting, the names it gave its
 * sheets, the sheets it added, however the file is called (core/run/council-work.ts combines the two; the run stops on
 * what they hold differently). Any other workbook given with --decisions is a unit's (its returned scored copy): its
 * «Rà soát» gives only the unit's answers to the flags the council asked it to explain (core/run/unit-review.ts); what
 * else it shows is never applied and is said (`notApplied`). A flag whose rows cannot be read is named by its cell and
 * held as typed.
 */
async function councilRead(folder: SummaryFile | undefined, summaryPath: string, given: string | undefined, io: Io): Promise<CouncilRead> {
  const said = (summary: PreviousSummary, name: string) => {
    for (const p of summary.problems) io.err(`Lỗi: ${name}, trang «${p.sheet}», ${p.cell}: ${p.message}`);
    io.err(`Đã đọc ${summary.review.decisions.length} quyết định của Hội đồng từ ${name}.`);
  };
  const previous = folder?.summary;
  const folderName = shown(summaryPath, io.cwd);
  if (previous) said(previous, folderName);
  const council = previous?.review ?? { decisions: [], unread: [] };
  // The runs the council's decisions were read from, latest first: the folder's last run, then a run given with --decisions.
  const decidedRuns: DecidedRun[] = previous ? [{ decisions: council.decisions, copies: previous.record?.copies ?? [], folder: dirname(summaryPath) }] : [];
  const own: CouncilRead = {
    review: council,
    notApplied: [],
    decidedRuns,
    ...(previous ? { votes: previous.votes, sheets: previousSheets(previous), ...(previous.added.length > 0 ? { base: folder.workbook } : {}) } : {}),
    ...(previous?.record ? { listed: listedBefore(previous.record) } : {}),
  };
  if (given === undefined) return own;
  const path = resolve(io.cwd, given);
  const name = shown(path, io.cwd);
  // Named on the command line: one that is not there or cannot be read is wrong usage, as --units and --indicators.
  const read = inputFileProblem(path, name) === undefined ? await readSummaryFile(path, io.cwd) : undefined;
  if (read === undefined || 'ok' in read) throw new UsageError(`Không đọc được tệp --decisions: ${read?.message ?? inputFileProblem(path, name)}`);
  if (read.summary.damage.length > 0) throw new UsageError([`Tệp --decisions ${name} bị hỏng:`, ...read.summary.damage.map((d) => `  - ${d}`)].join('\n'));
  if (read.summary.cut.length > 0) throw new UsageError([`Tệp --decisions ${name}: không đọc hết được điều Hội đồng đã ghi:`, ...read.summary.cut.map((d) => `  - ${d}`), `Chưa chấm tệp nào. ${CUT_REMEDY}`].join('\n'));
  if (read.summary.conflicts.length > 0) throw new UsageError([`Tệp --decisions ${name}: điều Hội đồng đã ghi có chỗ mâu thuẫn, thidua không tự chọn:`, ...read.summary.conflicts.map((d) => `  - ${d}`), `Chưa chấm tệp nào. ${CONFLICT_REMEDY}`].join('\n'));
  const taken = reviewWithPrevious(council, read.summary);
  if (taken.as === 'run') {
    said(read.summary, name);
    // Its closing stays with its folder: a folder never closed gets the council's work, not its seal.
    const closed = read.summary.rounds.at(-1);
    if (closed && !previous?.rounds.length) {
      io.err(`Lưu ý: ${name} là kết quả Hội đồng đã chốt (${describeRound(closed)}); lần chấm này ghi vào ${shown(summaryPath, io.cwd)} như một lượt chấm mới, chưa chốt — lần chốt ấy vẫn ở ${name}, không theo sang. Chốt lại bằng «thidua close» trước khi lập hồ sơ khen thưởng.`);
    }
    const work = councilWork(previous && { name: folderName, summary: previous }, { name, summary: read.summary });
    if (work.conflicts.length > 0) {
      throw new UsageError([`${folderName} và tệp --decisions ${name} đều ghi việc của Hội đồng, khác nhau ở:`, ...work.conflicts.map((c) => `  - ${c}`), `Chưa chấm tệp nào: thidua không tự chọn. ${TWO_FILES_REMEDY}`].join('\n'));
    }
    for (const line of work.said) io.err(line);
    const base = work.base === 'given' ? read.workbook : work.base === 'folder' ? folder?.workbook : undefined;
    const listed = listedEither(own.listed, read.summary.record && listedBefore(read.summary.record));
    return { review: taken.review, votes: work.votes, sheets: work.sheets, ...(listed ? { listed } : {}), ...(base ? { base } : {}), notApplied: [], decidedRuns: [...decidedRuns, { decisions: read.summary.review.decisions, copies: read.summary.record?.copies ?? [], folder: dirname(path) }] };
  }
  io.err(`Đã đọc ${name} như bản của đơn vị (không phải tong-hop.xlsx của một lượt chấm): ghi nhận ${taken.explained} giải trình; quyết định ghi trong đó không được áp — chỉ Hội đồng quyết định.`);
  return { ...own, review: taken.review, notApplied: taken.said.map((line) => ({ file: name, message: `${name} (bản của đơn vị), trang «${councilSheetNamesOf(read.summary).review}»: ${line}` })) };
}

/** What to do when the folder's tong-hop.xlsx and --decisions hold the council's work differently. */
const TWO_FILES_REMEDY = 'Cách xử lý: sửa ở một tệp cho giống tệp kia (hoặc xóa ở tệp không dùng), lưu lại rồi chạy lại; hoặc chấm vào thư mục kết quả khác (--out) chỉ với tệp --decisions.';

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects: its failure is held until the run is ready to say it (or throw it). */
function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

/**
 * A scored copy written, zipped here when its worker gave back its parts (zipsInWorker); its zip let go once written.
 * Resolves the content written, for the record to vouch for.
 */
async function writeCopy(path: string, copy: ZipPart[] | ZippedCopy, finalPath: string): Promise<{ sha256: string; size: number }> {
  refuseFolderAt(finalPath);
  const { zip, sha256 } = Array.isArray(copy) ? zipCopy(copy) : copy;
  try {
    await writeOutput(path, zip);
    return { sha256, size: zip.byteLength };
  } finally {
    letGo([zip.buffer as ArrayBuffer]);
  }
}

/**
 * tong-hop.xlsx written as planned, and the record it holds; a write that fails is given back (why), to be said in its place. `base`: the
 * previous one, when it holds sheets the council added: thidua's own sheets taken out of it, the plan written in.
 */
async function writeSummary(path: string, tongHop: RunSummaryPlan, base?: OoxmlWorkbook): Promise<{ record: RunRecord; error?: unknown }> {
  const summary = base ?? OoxmlWorkbook.create();
  if (base) base.removeSheets((await base.listSheets()).filter((name) => !tongHop.kept.includes(name)));
  summary.compressSheets(nodeGzip, nodeDeflatePieces);
  // One sheet at a time, each planned only once the last is written and let go once written (planSummaryWorkbook).
  let next = tongHop.sheets.next();
  for (; !next.done; next = tongHop.sheets.next()) await summary.apply({ sheets: [next.value] });
  const { store, record } = next.value;
  for (const [key, value] of Object.entries(store)) await summary.writeStore(key, value);
  try {
    await saveWorkbook(summary, path);
    return { record };
  } catch (error) {
    return { record, error };
  }
}

/**
 * A file of the run not written: its line, and why — the disk was full (the officer frees room rather than asks for
 * rights), or thidua declined it (tong-hop.xlsx past what it reads again: a run of fewer folders is the way out).
 */
export type Unwritten = { line: string; diskFull: boolean; declined: boolean };

const unwritten = (name: string, e: unknown): Unwritten => ({
  line: `${name}: ${e instanceof Error ? e.message : String(e)}`,
  diskFull: e instanceof OutputError && e.diskFull,
  declined: e instanceof PackageRefused,
});

/** An input's problems when it has none. */
const NOTHING_LEFT_OUT: readonly Omitted[] = Object.freeze([]);

/** An input left out in whole or in part, as `Tổng hợp` lists it. */
function omittedLine(e: ScoreRunError): Omitted {
  return { what: e.file + (e.sheet ? `, trang «${e.sheet}»` : ''), why: e.message };
}

/**
 * What --reopen did, said as it is: the closed rounds stay. A run that gives the record as closed (same result, same
 * day, the same copies) has written the folder back as it was closed — hand edits undone, the round holds; otherwise
 * what was written is not the closed result until the council closes a new round.
 */
function reopenedLine(last: ClosedRound, now: RunRecord, reason: string): string {
  const head = `Đã ghi lại thư mục đã chốt (${describeRound(last)}), lý do: ${oneLine(reason)}. Các lần chốt vẫn giữ nguyên.`;
  if (now.seal === last.record.seal) return `${head} Thư mục nay đúng như lúc chốt (tệp hay trang sửa tay đã được ghi lại như lần chấm): lần chốt vẫn có hiệu lực, không cần chốt lại; kiểm tra bằng «thidua verify».`;
  const what = changesSinceClosing(last, now, last.files).length === 0 ? 'Kết quả chấm không đổi nhưng bản ghi lần chấm này (ngày chấm, các tệp) khác bản đã chốt' : 'Kết quả mới khác lần chốt và chưa được chốt';
  return `${head} ${what}: Hội đồng chốt lần mới bằng «thidua close --reason "<lý do>"» trước khi kiểm tra hay lập hồ sơ.`;
}

/* Made for: `thidua score` writing a commune's or a province's folder: the run's I/O on disk, crash-safe, apart from the command's words. */
