// thidua score: every report sheet of the given workbooks scored; a scored copy of each workbook and
// `tong-hop.xlsx` across all units written in the output folder. Inputs are only ever read.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, extname, join, relative, resolve } from 'node:path';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { writeZip, type ZipPart } from '../../adapters/ooxml/write/zip-writer.js';
import { nodeGzip } from '../node-zlib.js';
import { INDICATOR_EXPORT_LABELS } from '../../core/indicators/labels.js';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import type { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { parseWithMessages } from '../../core/schema-messages.js';
import { AWARD_ROUND_TITLES, type AwardRound, type CriteriaSet } from '../../core/criteria/schema.js';
import type { TypedReview } from '../../core/council/merge.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { whereReported } from '../../core/ranking/duplicates.js';
import { readRoster, ROSTER_SHEET, type RosterUnit } from '../../core/ranking/roster.js';
import { defaultRound, readRound, roundsOf } from '../../core/ranking/rounds.js';
import { cardKey, type ScoreCard } from '../../core/scoring/score-card.js';
import { formatNumberVi } from '../../core/values.js';
import { todayIso, type Omitted } from '../../core/workbook/plan-summary.js';
import { isWrongSetFlag } from '../../core/checks/criterion-missing.js';
import type { Run } from '../../core/run/decide-run.js';
import type { RunShare } from '../../core/run/plan-copy.js';
import { runInOrder, type RunInputs, type RunOutcome, type RunPort, type RunPrevious, type RunSummaryPlan } from '../../core/run/run-order.js';
import { ScoreRunOutput, type ScoreRunError } from '../../core/workbook/score-run.js';
import { rankInClusters, type ClusterList } from '../../core/watch/clusters.js';
import { readClusterFile } from '../clusters.js';
import { collectInputs, criteriaFromInputs, type Inputs, inputFileProblem, isFile, loadCriteriaArg, openWorkbookFile, readTextFile, shown } from '../files.js';
import type { FileJob, FileTask } from '../score-file.js';
import { COPIES_IN_WORKER, CriteriaReader, ScorePool } from '../score-pool.js';
import { SUMMARY_FILE, commitStaging, discardStaging, lockFolder, OutputError, planOutputs, refuseFolderAt, saveWorkbook, stagedPath, startStaging, writeOutput } from '../outputs.js';
import { changesSinceClosing, describeRound, type ClosedRound, type CopyDigest, type FoundDigest, type RunRecord } from '../../core/run/closing.js';
import type { PreviousSummary } from '../../core/run/previous-summary.js';
import { reviewWithPrevious } from '../../core/run/previous-review.js';
import { folderCopies, readSummaryFile, stopOnCut, stopOnDamage } from '../closed-rounds.js';
import { CUT_REMEDY } from '../../core/workbook/limits.js';
import { parseJsonText } from '../../core/indicators/json-text.js';
import { EXIT, parseCommandArgs, UsageError, type Command, type Io } from '../command.js';
import { oneLine } from '../terminal-text.js';
import { StringPool } from '../string-pool.js';
import { letGo, ownBuffers } from '../let-go.js';

const HELP = `thidua score <tệp hoặc thư mục…> [--criteria <bộ tiêu chí>] [--out THƯ_MỤC] [--json] [--indicators <tệp.json>]
             [--round hang-nam | so-ket | tong-ket] [--decisions <tệp.xlsx có trang Rà soát>]
             [--units <tệp.xlsx có trang Danh sách đơn vị>] [--reopen "<lý do>"] [--clusters <cụm.xlsx>]

Chấm điểm mọi trang báo cáo của đơn vị trong các tệp .xlsx (một tệp mỗi đơn vị, hoặc nhiều trang
trong một tệp; thư mục được quét tìm .xlsx). Tệp gốc không bao giờ bị sửa: trong THƯ_MỤC (mặc định
./thidua-out) ghi bản đã chấm <tên>.cham-diem.xlsx của từng tệp (cột Điểm thẩm định, Điểm tối đa,
Cảnh báo, ghi chú ở ô có cảnh báo, trang «Tổng hợp» và «Rà soát»), và tong-hop.xlsx cho mọi đơn vị.

  --criteria   mã bộ tiêu chí có sẵn (xem: thidua criteria list), tệp .json, tệp .xlsx có trang tiêu chí, hoặc
               văn bản Word .docx (hay .doc cũ, chuyển bằng LibreOffice nếu máy có) có bảng điểm (dùng bảng là bảng
               tiêu chí, nói rõ bảng nào);
               không ghi: bảng chấm điểm gộp (STT | Tên tiêu chí | Điểm tối đa | Điểm tự chấm…) của tệp đầu tiên có
               bảng đó là bộ tiêu chí, các tệp khác được đối chiếu với nó
  --out        thư mục ghi kết quả (mặc định ./thidua-out)
  --json       in kết quả (phiếu điểm, cảnh báo, xếp hạng, đề xuất) dạng JSON ra stdout
  --indicators tệp chỉ số cổng DVC do tiện ích Chrome xuất, để đối chiếu số liệu
  --decisions  sổ tính có trang «Rà soát»: tong-hop.xlsx của một lượt chấm (Hội đồng quyết định), hoặc bản đã chấm
               đơn vị gửi lại (chỉ đọc giải trình của đơn vị; quyết định ghi trong đó không được áp). Quyết định
               trong tong-hop.xlsx sẵn có ở THƯ_MỤC luôn được đọc trước khi ghi lại, không bao giờ mất
  --units      sổ tính có trang «Danh sách đơn vị» (Tên đơn vị | Loại đơn vị): đơn vị có tên mà không có báo cáo
               là «Chưa nộp», đơn vị báo cáo mà không có tên bị gắn cờ. Không ghi: lấy trang đó trong tệp --criteria .xlsx nếu có
  --reopen     ghi lại THƯ_MỤC mà Hội đồng đã chốt kết quả (thidua close), với lý do: các lần chốt cũ vẫn giữ
               nguyên; kết quả ghi lại chỉ thay lần chốt khi Hội đồng chốt lần mới (thidua close --reason). Không có:
               lần chấm thay đổi kết quả đã chốt thì không ghi gì và in những gì khác; không thay đổi thì giữ nguyên thư mục
  --clusters   danh sách cụm thi đua (.xlsx: Cụm thi đua | Đơn vị | Từ ngày | Đến ngày): xếp hạng cả trong từng cụm
  --round      đợt xét khen thưởng: hang-nam (hằng năm), so-ket (sơ kết giai đoạn), tong-ket (tổng kết
               giai đoạn); chỉ hình thức và chỉ tiêu của đợt đó được áp dụng. Mặc định: hằng năm nếu bộ
               tiêu chí có, nếu không thì đợt đầu tiên của bộ.

Mã thoát: 0 xong; 1 có tệp hoặc trang không đọc được (các tệp khác vẫn được chấm); 2 sai cách dùng.

English: scores every unit report sheet in the given .xlsx files and folders. Never modifies an input:
writes a scored copy of each (<name>.cham-diem.xlsx: points, max, flags columns, notes on flagged
cells, "Tổng hợp" summary and "Rà soát" review sheets) and tong-hop.xlsx across all units into --out
(default ./thidua-out). --criteria: a built-in set id, a criteria .json, an .xlsx with a criteria
sheet, or a Word .docx (or an old .doc, converted by LibreOffice when installed) holding a scoring table; without it, the first input's all-in-one scoring sheet is the set the others are held to. --json prints one document (schema ScoreRunOutput in core/workbook/score-run.ts) to stdout;
progress goes to stderr. --indicators: the Chrome extension's export, used by the portal cross-check.
--round: the review round whose award forms and quotas apply (yearly by default). --decisions: a run's
tong-hop.xlsx whose «Rà soát» holds council decisions, or a unit's returned scored copy (only the unit's
explanations are read from it, never a decision); those in --out's existing tong-hop.xlsx are always read first.
--reopen "<reason>": write a folder whose result the council closed again (its rounds are kept; what is written
takes their place only once the council closes a new round); without it a run that would change a closed result
writes nothing and prints what differs.
Exit codes: 0 ok, 1 some inputs failed (others still scored), 2 usage error.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      criteria: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      indicators: { type: 'string' },
      round: { type: 'string' },
      decisions: { type: 'string' },
      units: { type: 'string' },
      reopen: { type: 'string' },
      clusters: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('Chưa nêu tệp hoặc thư mục báo cáo nào. / No input files or folders given.');
    const outDir = resolve(io.cwd, values.out ?? 'thidua-out');
    const inputs = await collectInputs(positionals, io.cwd, outDir);
    const { files } = inputs;
    for (const group of inputs.lookalikes) io.err(lookalikeLine(group.map((p) => shown(p, io.cwd))));
    // Every output is fixed up front and checked against every input by real path, so none can land on one.
    const { outputs, summaryPath } = planOutputs(inputs, outDir, (p) => shown(p, io.cwd));
    // Without --criteria, all-in-one scoring sheets carry their own: the first one found is the form the others are held to.
    const set = values.criteria
      ? await loadCriteriaArg(values.criteria, io.cwd, (t) => io.err(t))
      : await criteriaOfInputs(files, io);
    const round = chooseRound(set, values.round);
    const clusters = values.clusters ? await readClusterFile(resolve(io.cwd, values.clusters), io) : undefined;
    const indicators = values.indicators ? await loadIndicators(resolve(io.cwd, values.indicators), io) : undefined;

    await checkWritable(outDir, io);
    const roster = await unitRoster(set, values.units ?? (values.criteria && extname(values.criteria).toLowerCase() === '.xlsx' ? values.criteria : undefined), values.units !== undefined, io);
    const date = todayIso();
    // One run writes the folder at a time; the previous result is read under the lock, so no other run changes it meanwhile.
    const lock = await lockFolder(outDir, 'score', shown(outDir, io.cwd));
    let outcome: RunOutcome;
    let folder: FolderRun;
    try {
      if (lock.recovered) io.err(lock.recovered);
      await startStaging(outDir);
      folder = new FolderRun({ set, date, inputs, outputs, asked: positionals.join(' '), outDir, summaryPath, decisionsFile: values.decisions, reopen: values.reopen?.trim(), io, ...(indicators ? { indicators } : {}) });
      try {
        outcome = await runInOrder(set, folder, { date, round, roster });
      } finally {
        await folder.close();
      }
      // Every file whole, or none moved: a write that failed (a full disk) leaves the previous result as it was.
      if (!outcome.written || folder.unwritten.length > 0) await discardStaging(outDir);
      else await commitStaging(outDir, folder.staged);
    } catch (e) {
      await discardStaging(outDir);
      throw e;
    } finally {
      await lock.release();
    }
    // A run held by a closed result: nothing written, what differs said (none differing: the folder kept as it is).
    if (!outcome.written) return folder.heldExit;
    if (folder.unwritten.length > 0) {
      io.err(
        [
          `Không ghi được kết quả vào ${shown(outDir, io.cwd)}:`,
          ...folder.unwritten.map((l) => `  - ${oneLine(l)}`),
          `Không tệp nào của lần chấm này được ghi; kết quả trước trong thư mục giữ nguyên. Hãy ${folder.unwritten.some((l) => l.includes('hết chỗ')) ? 'giải phóng chỗ trên đĩa' : 'kiểm tra quyền ghi vào thư mục'} (hoặc chọn --out khác) rồi chạy lại.`,
        ].join('\n'),
      );
      return EXIT.inputsFailed;
    }
    const { run } = outcome;
    const { errors } = folder;
    const output = ScoreRunOutput.parse({
      format: 'thidua-score-run',
      version: 1,
      criteriaSet: { id: set.id, version: set.version, title: set.title },
      round,
      files: [...folder.written.values()],
      summaryFile: folder.summaryFile,
      cards: run.cards,
      ranking: run.ranking,
      proposals: run.proposals,
      errors,
      omitted: run.omittedUnits,
    });
    io.out(values.json ? JSON.stringify(output, null, 2) : report(output, clusters));
    // Anything left out (a file, a sheet, a duplicate report) shows in the exit code; «Chưa nộp» is not an input fault.
    return errors.length > 0 || run.groups.length > 0 ? EXIT.inputsFailed : EXIT.ok;
  },
};

type FolderRunOptions = {
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
 * written beside the inputs' thread, tong-hop.xlsx written once the workers are gone, every line said on stderr.
 */
class FolderRun implements RunPort {
  /** Every input, sheet or file left out, in the order said. */
  readonly errors: ScoreRunError[] = [];

  readonly written = new Map<string, ScoreRunOutput['files'][number]>();

  summaryFile: string | null = null;

  /** The exit code of a run a closed result held. */
  heldExit: number = EXIT.ok;

  /** Every file written whole in the staging folder, by name: what is moved into place. */
  readonly staged: string[] = [];

  /** Each write that failed: then nothing of the run is moved into place. */
  readonly unwritten: string[] = [];

  private notApplied: ScoreRunError[] = [];

  private closedRounds: readonly ClosedRound[] = [];

  private pool: ScorePool | undefined;

  private tasks: FileTask[] = [];

  private readonly read: { task: FileTask; cards: ScoreCard[]; mtime?: number; problems: Omitted[] }[] = [];

  constructor(private readonly o: FolderRunOptions) {}

  /** Errors show as they happen, beside the progress line of their file. */
  private readonly fail = (e: ScoreRunError) => {
    this.errors.push(e);
    this.o.io.err(`Lỗi: ${oneLine(e.message)}`);
  };

  async readPrevious(): Promise<RunPrevious> {
    const { summaryPath, io } = this.o;
    const previous = await previousResult(summaryPath, io);
    const council = await councilDecisions(previous, summaryPath, this.o.decisionsFile, io);
    this.notApplied = council.notApplied;
    this.closedRounds = previous?.rounds ?? [];
    return {
      review: { decisions: council.decisions, unread: council.unread },
      rounds: previous?.rounds ?? [],
      edited: previous?.edited ?? [],
      ...(previous ? { votes: previous.votes } : {}),
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
    const job: FileJob = { set, date, decisions: review.decisions, unread: review.unread, cwd: io.cwd, ...(this.o.indicators ? { indicators: this.o.indicators } : {}) };
    // The units' answers taken from the «Rà soát» of their returned copies, sent in as reports: tong-hop.xlsx shows them.
    const explained: CouncilDecision[] = [];
    this.tasks = files.map((path) => ({ path, name: shown(path, io.cwd), output: outputs.get(path)!, shownOutput: shown(outputs.get(path)!, io.cwd) }));
    const tasks = this.tasks;
    this.pool = new ScorePool(job, tasks.length);
    // Each file read and scored; its progress line and messages in input order (threads finish in any order).
    // The cards the worker sends are kept for the run: their strings shared again.
    const strings = new StringPool();
    await this.pool.run(tasks, (i, result) => {
      const task = tasks[i]!;
      strings.share(result.cards);
      explained.push(...(result.explained ?? []));
      if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${oneLine(task.name)}`);
      for (const e of result.errors) failed(e);
      // A report made for another set is said in one line, before anything else about it.
      for (const c of result.cards) {
        const wrongSet = c.flags.find(isWrongSetFlag);
        if (wrongSet) io.err(`Lưu ý: ${task.name}, trang «${c.sheet}»: ${wrongSet.message}`);
      }
      this.written.set(task.name, { file: task.name, output: null, units: 0 });
      const problems = result.errors.map(omittedLine);
      if (result.cards.length > 0) this.read.push({ task, cards: result.cards, problems, ...(result.mtime !== undefined ? { mtime: result.mtime } : {}) });
    });
    return {
      read: this.read.map((r) => ({ cards: r.cards, problems: r.problems, ...(r.mtime !== undefined ? { fileTime: r.mtime } : {}) })),
      explained,
      problems: this.errors.map(omittedLine),
    };
  }

  closed(last: ClosedRound, changesWith: (found: readonly FoundDigest[]) => string[]): boolean {
    if (this.o.reopen) return true;
    const { outDir, io } = this.o;
    // The folder as it is (a sheet of tong-hop.xlsx edited by hand, a copy changed, gone, added, unreadable) and
    // what this run would change of the closed result.
    const changes = changesWith(folderCopies(outDir));
    io.err(
      changes.length === 0
        ? `Kết quả đã chốt (${describeRound(last)}); lần chấm này không thay đổi gì: không ghi lại thư mục ${shown(outDir, io.cwd)}.`
        : [`Kết quả đã chốt (${describeRound(last)}); lần chấm này khác:`, ...changes.map((c) => `  - ${oneLine(c)}`), `Không ghi gì. Để chấm lại sau khi đã chốt, thêm --reopen "<lý do>"; rồi chốt lần mới bằng «thidua close».`].join('\n'),
    );
    this.heldExit = changes.length === 0 ? EXIT.ok : EXIT.inputsFailed;
    return false;
  }

  async writeCopies(run: Run, shareOf: (index: number) => RunShare): Promise<(string | CopyDigest)[]> {
    const { outDir, io } = this.o;
    const fail = this.fail;
    const read = this.read;
    const pool = this.pool!;
    // Each copy is planned and made by the worker from its share (core/run/worker-steps.ts, as on the page), from the
    // workbook it kept open or, past its budget, read again; the share is handed over with the task (pool.run's `prepare`).
    const copies = read.map((r) => r.task);
    const prepare = (i: number): FileTask => ({ ...read[i]!.task, share: shareOf(i) });
    // The worker makes each copy and this thread zips and writes it while the worker goes on to the next:
    // compressing (~0.6 ms a copy) and the disk are not the worker's. Copies are written side by side (each
    // write waits on the disk several times: one after the other, the worker waited on them) and said in input
    // order. A copy waiting to be written is held by the pool (the write's promise, given back to it): while
    // COPIES_IN_WORKER wait, the worker is handed no more, so what waits here is bounded (900 files left 354 waiting).
    let said = Promise.resolve();
    const digests = new Map<string, { sha256: string; size: number }>();
    try {
      await pool.run(
        copies,
        (i, result) => {
          const task = copies[i]!;
          const copy = result.copy;
          const write = copy ? settled(zipAndWrite(stagedPath(outDir, task.output), copy, task.output)) : undefined;
          said = said.then(async () => {
            for (const e of result.errors) fail(e);
            if (!write) return;
            const done = await write;
            if (done.ok) {
              this.written.set(task.name, { file: task.name, output: task.shownOutput, units: result.units });
              this.staged.push(basename(task.output));
              digests.set(basename(task.output), done.value);
            } else this.unwritten.push(`${task.shownOutput}: ${done.error instanceof Error ? done.error.message : String(done.error)}`);
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
    return read.map((r) => {
      const name = relative(outDir, r.task.output);
      const digest = digests.get(basename(r.task.output));
      return digest ? { name, ...digest } : name;
    });
  }

  async writeSummary(summary: RunSummaryPlan): Promise<void> {
    const { summaryPath, outDir, io } = this.o;
    // A folder where tong-hop.xlsx goes is said with the copies that cannot be written.
    try {
      refuseFolderAt(summaryPath);
    } catch (e) {
      this.unwritten.push(`${shown(summaryPath, io.cwd)}: ${(e as Error).message}`);
    }
    // A copy not written: nothing of the run is moved into place, so no summary is made for it.
    if (this.unwritten.length > 0) return;
    const failed = await writeSummary(stagedPath(outDir, summaryPath), summary);
    const last = this.closedRounds.at(-1);
    if (last) io.err(reopenedLine(last, summary.record, this.o.reopen!));
    if (failed) this.unwritten.push(`${shown(summaryPath, io.cwd)}: ${failed}`);
    else {
      this.staged.push(SUMMARY_FILE);
      this.summaryFile = shown(summaryPath, io.cwd);
    }
  }

  say(lines: readonly string[]): void {
    for (const line of lines) this.o.io.err(line);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/** The set carried by the inputs' own scoring sheets, read in a worker like every input. */
async function criteriaOfInputs(files: readonly string[], io: Io): Promise<CriteriaSet> {
  const reader = new CriteriaReader(io.cwd);
  try {
    return await criteriaFromInputs(files, io.cwd, (t) => io.err(t), reader.read);
  } finally {
    await reader.close();
  }
}

async function loadIndicators(path: string, io: Io): Promise<IndicatorSnapshot[]> {
  const name = shown(path, io.cwd);
  const read = readTextFile(path, name);
  if (!read.ok) throw new UsageError(`Không đọc được tệp chỉ số --indicators: ${read.message}`);
  // Bounded before it is parsed, and said in Vietnamese (never the engine's English).
  const data = parseJsonText(read.text, name);
  if (!data.ok) throw new UsageError(`Không đọc được tệp chỉ số --indicators: ${data.message}`);
  const parsed = parseWithMessages(IndicatorExportFile, data.value, INDICATOR_EXPORT_LABELS);
  if (!parsed.ok) throw new UsageError(`Tệp chỉ số ${name} không đúng định dạng xuất của tiện ích thidua: ${parsed.errors.join('; ')}.`);
  return parsed.data.snapshots;
}

/** The run in a few lines for the officer: files written, ranking per kind, proposals. */
function report(run: ScoreRunOutput, clusters?: ClusterList): string {
  const lines = [`Bộ tiêu chí: ${run.criteriaSet.title} (${run.criteriaSet.id}@${run.criteriaSet.version})`, ''];
  for (const f of run.files) if (f.output) lines.push(`✓ ${oneLine(f.file)}: ${f.units} đơn vị → ${oneLine(f.output)}`);
  const cards = new Map(run.cards.map((c) => [cardKey(c), c]));
  for (const group of run.ranking) {
    lines.push('', `Xếp hạng — ${group.kindLabel}`);
    for (const e of group.entries) {
      const card = cards.get(cardKey(e));
      const n = card?.flags.length ?? 0;
      // Points of the unit's own maximum: units of one kind can have different maxima (a criterion not assigned).
      const points = card ? `${formatNumberVi(e.total)}/${formatNumberVi(card.applicableMax)}` : formatNumberVi(e.total);
      lines.push(
        `  ${String(e.rank).padStart(2)}. ${oneLine(e.unitName)}: ${points} điểm (${formatNumberVi(e.percent)}%) — ${e.classification ?? 'chưa xếp loại'}${n > 0 ? ` · ${n} cảnh báo` : ''}`,
      );
    }
    // Within each cluster, in the kind's own order (ties there stay ties), members as on the day of the run.
    for (const { cluster, placed } of clusters ? rankInClusters(clusters, todayIso(), group.entries, (e) => e.unitName, (e) => -e.rank) : []) {
      lines.push(`  ${oneLine(cluster)}: ${placed.map((p) => `${p.rank}. ${oneLine(p.item.unitName)}`).join('; ')}`);
    }
  }
  const proposed = run.proposals.filter((p) => p.proposed);
  const forCouncil = run.proposals.filter((p) => p.eligible);
  if (run.proposals.length > 0) {
    lines.push('', `Đề xuất khen thưởng — ${AWARD_ROUND_TITLES[run.round]} (${proposed.length}):`);
    for (const p of proposed) lines.push(`  ${p.formLabel}: ${oneLine(p.unitName)}`);
    if (forCouncil.length > 0) {
      lines.push('', `Đủ điều kiện, Hội đồng quyết định — kế hoạch không nêu số lượng (${forCouncil.length}):`);
      for (const p of forCouncil) lines.push(`  ${p.formLabel}: ${oneLine(p.unitName)}`);
    }
  }
  if (run.summaryFile) lines.push('', `Tổng hợp và rà soát: ${run.summaryFile}`);
  return lines.join('\n');
}

/** --round as typed, checked against the rounds the set has forms for. */
function chooseRound(set: CriteriaSet, typed: string | undefined): AwardRound {
  if (typed === undefined) return defaultRound(set);
  const round = readRound(typed);
  const offered = roundsOf(set);
  const list = offered.map((r) => `${r} (${AWARD_ROUND_TITLES[r]})`).join(', ') || 'không có hình thức khen thưởng nào';
  if (!round) throw new UsageError(`Không hiểu đợt xét «${typed}»; bộ ${set.id} có: ${list}.`);
  if (offered.length > 0 && !offered.includes(round)) throw new UsageError(`Bộ ${set.id} không có hình thức khen thưởng cho đợt «${AWARD_ROUND_TITLES[round]}»; có: ${list}.`);
  return round;
}

/** An --out that cannot be written is one clear line before any work, not one failure per input. */
async function checkWritable(outDir: string, io: Io): Promise<void> {
  if (await isFile(outDir)) throw new UsageError(`--out ${shown(outDir, io.cwd)} là một tệp, không phải thư mục.`);
  const probe = join(outDir, `.thidua-ghi-thu-${process.pid}`);
  try {
    await mkdir(outDir, { recursive: true });
    await writeFile(probe, '', { flag: 'wx' });
    await rm(probe, { force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'không có quyền ghi' : (code ?? String(e));
    throw new UsageError(`Không ghi được vào thư mục kết quả --out ${shown(outDir, io.cwd)} (${why}); hãy chọn thư mục khác.`);
  }
}

/**
 * The previous result in --out, read before anything is scored: none on a first run. One that is there but cannot
 * be opened stops the run (its decisions would be lost: docs/huong-dan/dong-lenh.md «tong-hop.xlsx không đọc được»); one whose record or
 * closing does not read or hold its seal is damage, never «chưa chốt»: the run stops and writes nothing.
 */
async function previousResult(summaryPath: string, io: Io): Promise<PreviousSummary | undefined> {
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
  if (read.summary.rounds.length === 0 && read.summary.edited.length > 0) {
    io.err([`Lưu ý: ${shown(summaryPath, io.cwd)} đã bị sửa tay sau khi chấm; lần chấm này ghi lại từ các báo cáo:`, ...read.summary.edited.map((l) => `  - ${oneLine(l)}`)].join('\n'));
  }
  return read.summary;
}

/**
 * The council's decisions: those of --out's tong-hop.xlsx (the folder's own), then those of --decisions when it is
 * a run's tong-hop.xlsx (its hidden store holds the run's record), the later winning for the same flag. Any other
 * workbook given with --decisions is a unit's (its returned scored copy): its «Rà soát» gives only the unit's
 * answers to the flags the council asked it to explain (core/run/unit-review.ts); what else it shows is never
 * applied and is said (`notApplied`). A flag whose rows cannot be read is named by its cell and held as typed.
 */
async function councilDecisions(previous: PreviousSummary | undefined, summaryPath: string, given: string | undefined, io: Io): Promise<TypedReview & { notApplied: ScoreRunError[] }> {
  const said = (summary: PreviousSummary, name: string) => {
    for (const p of summary.problems) io.err(`Lỗi: ${name}, trang «${p.sheet}», ${p.cell}: ${p.message}`);
    io.err(`Đã đọc ${summary.review.decisions.length} quyết định của Hội đồng từ ${name}.`);
  };
  if (previous) said(previous, shown(summaryPath, io.cwd));
  const council = previous?.review ?? { decisions: [], unread: [] };
  if (given === undefined) return { ...council, notApplied: [] };
  const path = resolve(io.cwd, given);
  const name = shown(path, io.cwd);
  // Named on the command line: one that is not there or cannot be read is wrong usage, as --units and --indicators.
  const read = inputFileProblem(path, name) === undefined ? await readSummaryFile(path, io.cwd) : undefined;
  if (read === undefined || 'ok' in read) throw new UsageError(`Không đọc được tệp --decisions: ${read?.message ?? inputFileProblem(path, name)}`);
  if (read.summary.damage.length > 0) throw new UsageError([`Tệp --decisions ${name} bị hỏng:`, ...read.summary.damage.map((d) => `  - ${d}`)].join('\n'));
  if (read.summary.cut.length > 0) throw new UsageError([`Tệp --decisions ${name}: không đọc hết được điều Hội đồng đã ghi:`, ...read.summary.cut.map((d) => `  - ${d}`), `Chưa chấm tệp nào. ${CUT_REMEDY}`].join('\n'));
  const taken = reviewWithPrevious(council, read.summary);
  if (taken.as === 'run') {
    said(read.summary, name);
    return { ...taken.review, notApplied: [] };
  }
  io.err(`Đã đọc ${name} như bản của đơn vị (không phải tong-hop.xlsx của một lượt chấm): ghi nhận ${taken.explained} giải trình; quyết định ghi trong đó không được áp — chỉ Hội đồng quyết định.`);
  return { ...taken.review, notApplied: taken.said.map((line) => ({ file: name, message: `${name} (bản của đơn vị), trang «Rà soát»: ${line}` })) };
}

/** Files whose names differ only by case or Unicode composition: each is scored, and the officer told which is which. */
function lookalikeLine(names: readonly string[]): string {
  const form = (n: string) => (n === n.normalize('NFC') ? '' : ' (dấu ghi tách rời, NFD)');
  return `Lưu ý: ${names.length} tệp có tên chỉ khác nhau ở chữ hoa/thường hoặc cách ghi dấu: ${names.map((n) => `«${oneLine(n)}»${form(n)}`).join(', ')} — mỗi tệp được chấm riêng, bản chấm mang tên riêng.`;
}

/** The commune's list of units (`Danh sách đơn vị`) from --units, or from the criteria workbook when it has one. */
async function unitRoster(set: CriteriaSet, file: string | undefined, required: boolean, io: Io): Promise<RosterUnit[]> {
  if (file === undefined) return [];
  const opened = await openWorkbookFile(resolve(io.cwd, file), io.cwd);
  if (!opened.ok) throw new UsageError(opened.message);
  if (!(await opened.workbook.listSheets()).includes(ROSTER_SHEET)) {
    if (required) throw new UsageError(`Tệp ${file} không có trang «${ROSTER_SHEET}» (cột Tên đơn vị, Loại đơn vị).`);
    return [];
  }
  const [grid] = await opened.workbook.readSheets([ROSTER_SHEET]);
  const roster = readRoster(set, grid!);
  io.err(`Danh sách đơn vị: ${roster.length} đơn vị (trang «${ROSTER_SHEET}» của ${file}).`);
  return roster;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects: its failure is held until the run is ready to say it (or throw it). */
function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

/**
 * A scored copy zipped and written; its parts (the worker's, transferred) and its zip are let go once used. Resolves
 * the content written, for the record to vouch for.
 */
async function zipAndWrite(path: string, parts: ZipPart[], finalPath: string): Promise<{ sha256: string; size: number }> {
  refuseFolderAt(finalPath);
  const zipped = writeZip(parts, { gzip: nodeGzip });
  letGo(ownBuffers(parts));
  try {
    await writeOutput(path, zipped);
    return { sha256: createHash('sha256').update(zipped).digest('hex'), size: zipped.byteLength };
  } finally {
    letGo([zipped.buffer as ArrayBuffer]);
  }
}

/** tong-hop.xlsx written as planned; a write that fails is given back (why), to be said in its place. */
async function writeSummary(path: string, tongHop: RunSummaryPlan): Promise<string | undefined> {
  const summary = OoxmlWorkbook.create();
  // One sheet at a time, each plan let go once written: what is held is the sheets written, as bytes, and the rest planned.
  const { sheets } = tongHop.edit;
  for (let sheet = sheets.shift(); sheet; sheet = sheets.shift()) await summary.apply({ sheets: [sheet] });
  for (const [key, value] of Object.entries(tongHop.store)) await summary.writeStore(key, value);
  try {
    await saveWorkbook(summary, path);
    return undefined;
  } catch (e) {
    return e instanceof OutputError ? e.message : String(e);
  }
}

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

/* Made for: `thidua score`: every report of the given workbooks scored, a scored copy of each and tong-hop.xlsx written, inputs only ever read. */
