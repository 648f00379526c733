// thidua score: every report sheet of the given workbooks scored; a scored copy of each workbook and
// `tong-hop.xlsx` across all units written in the output folder. Inputs are only ever read.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { IndicatorExport, type IndicatorSnapshot } from '../../core/indicators/schema.js';
import { AWARD_ROUND_TITLES, type AwardRound, type CriteriaSet } from '../../core/criteria/schema.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { combineDecisions } from '../../core/council/merge.js';
import { readReviewDecisions } from '../../core/council/read-review.js';
import { proposeAwards } from '../../core/ranking/awards.js';
import { DUPLICATE_REPORT, UNLISTED_UNIT } from '../../core/checks/run-flags.js';
import { markDuplicates, whereReported } from '../../core/ranking/duplicates.js';
import { notSubmitted } from '../../core/ranking/not-submitted.js';
import { flagUnlisted, missingLine, missingReports, readRoster, ROSTER_SHEET, type RosterUnit } from '../../core/ranking/roster.js';
import { isForReport } from '../../core/scoring/score.js';
import { defaultRound, readRound, roundsOf } from '../../core/ranking/rounds.js';
import { rank } from '../../core/ranking/rank.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import type { Flag } from '../../core/checks/flag.js';
import { cellText, formatNumberVi } from '../../core/values.js';
import { isNamedAfter } from '../../core/workbook/own-sheets.js';
import { planAwardList } from '../../core/workbook/plan-award-list.js';
import { planReview, REVIEW_SHEET, REVIEW_TITLE } from '../../core/workbook/plan-review.js';
import { planSummary, todayIso } from '../../core/workbook/plan-summary.js';
import { ScoreRunOutput, type ScoreRunError } from '../../core/workbook/score-run.js';
import { omittedUnits } from '../../core/workbook/score-workbook.js';
import { collectInputs, criteriaFromInputs, isFile, loadCriteriaArg, openWorkbookFile, shown } from '../files.js';
import type { FileJob, FileTask } from '../score-file.js';
import { ScorePool } from '../score-pool.js';
import { OutputError, pathKey, saveWorkbook, scoredCopyPath, SUMMARY_FILE } from '../outputs.js';
import { EXIT, parseCommandArgs, UsageError, type Command, type Io } from '../command.js';

const HELP = `thidua score <tệp hoặc thư mục…> [--criteria <bộ tiêu chí>] [--out THƯ_MỤC] [--json] [--indicators <tệp.json>]
             [--round hang-nam | so-ket | tong-ket] [--decisions <tệp.xlsx có trang Rà soát>]
             [--units <tệp.xlsx có trang Danh sách đơn vị>]

Chấm điểm mọi trang báo cáo của đơn vị trong các tệp .xlsx (một tệp mỗi đơn vị, hoặc nhiều trang
trong một tệp; thư mục được quét tìm .xlsx). Tệp gốc không bao giờ bị sửa: trong THƯ_MỤC (mặc định
./thidua-out) ghi bản đã chấm <tên>.cham-diem.xlsx của từng tệp (cột Điểm thẩm định, Điểm tối đa,
Cảnh báo, ghi chú ở ô có cảnh báo, trang «Tổng hợp» và «Rà soát»), và tong-hop.xlsx cho mọi đơn vị.

  --criteria   mã bộ tiêu chí có sẵn (xem: thidua criteria list), tệp .json, hoặc tệp .xlsx có trang tiêu chí;
               không ghi: bảng chấm điểm gộp (STT | Tên tiêu chí | Điểm tối đa | Điểm tự chấm…) của tệp đầu tiên có
               bảng đó là bộ tiêu chí, các tệp khác được đối chiếu với nó
  --out        thư mục ghi kết quả (mặc định ./thidua-out)
  --json       in kết quả (phiếu điểm, cảnh báo, xếp hạng, đề xuất) dạng JSON ra stdout
  --indicators tệp chỉ số cổng DVC do tiện ích Chrome xuất, để đối chiếu số liệu
  --decisions  sổ tính có trang «Rà soát» mà Hội đồng đã ghi quyết định (gõ tay hay từ add-in); quyết định
               trong tong-hop.xlsx sẵn có ở THƯ_MỤC cũng luôn được đọc trước khi ghi lại, không bao giờ mất
  --units      sổ tính có trang «Danh sách đơn vị» (Tên đơn vị | Loại đơn vị): đơn vị có tên mà không có báo cáo
               là «Chưa nộp», đơn vị báo cáo mà không có tên bị gắn cờ. Không ghi: lấy trang đó trong tệp --criteria .xlsx nếu có
  --round      đợt xét khen thưởng: hang-nam (hằng năm), so-ket (sơ kết giai đoạn), tong-ket (tổng kết
               giai đoạn); chỉ hình thức và chỉ tiêu của đợt đó được áp dụng. Mặc định: hằng năm nếu bộ
               tiêu chí có, nếu không thì đợt đầu tiên của bộ.

Mã thoát: 0 xong; 1 có tệp hoặc trang không đọc được (các tệp khác vẫn được chấm); 2 sai cách dùng.

English: scores every unit report sheet in the given .xlsx files and folders. Never modifies an input:
writes a scored copy of each (<name>.cham-diem.xlsx: points, max, flags columns, notes on flagged
cells, "Tổng hợp" summary and "Rà soát" review sheets) and tong-hop.xlsx across all units into --out
(default ./thidua-out). --criteria: a built-in set id, a criteria .json, or an .xlsx with a criteria
sheet; without it, the first input's all-in-one scoring sheet is the set the others are held to. --json prints one document (schema ScoreRunOutput in core/workbook/score-run.ts) to stdout;
progress goes to stderr. --indicators: the Chrome extension's export, used by the portal cross-check.
--round: the review round whose award forms and quotas apply (yearly by default). --decisions: a workbook
whose «Rà soát» sheet holds council decisions; those in --out's existing tong-hop.xlsx are always read first.
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
    });
    if (positionals.length === 0) throw new UsageError('Chưa nêu tệp hoặc thư mục báo cáo nào. / No input files or folders given.');
    const outDir = resolve(io.cwd, values.out ?? 'thidua-out');
    const clash = positionals.find((p) => pathKey(resolve(io.cwd, p)) === pathKey(outDir));
    if (clash !== undefined) throw new UsageError(`Thư mục kết quả --out trùng với đầu vào «${clash}»; hãy chọn thư mục khác. / --out is one of the inputs.`);
    const { files, missing, skipped } = await collectInputs(positionals, io.cwd, outDir);
    // Without --criteria, all-in-one scoring sheets carry their own: the first one found is the form the others are held to.
    const set = values.criteria
      ? await loadCriteriaArg(values.criteria, io.cwd, (t) => io.err(t))
      : await criteriaFromInputs(files, io.cwd, (t) => io.err(t));
    const round = chooseRound(set, values.round);
    const indicators = values.indicators ? await loadIndicators(resolve(io.cwd, values.indicators), io) : undefined;

    // Every output is fixed up front and checked against every input, so none can land on one.
    const inputKeys = new Set(files.map(pathKey));
    const summaryPath = join(outDir, SUMMARY_FILE);
    if (inputKeys.has(pathKey(summaryPath))) {
      throw new UsageError(`Tệp tổng hợp ${shown(summaryPath, io.cwd)} sẽ ghi đè một tệp đầu vào; hãy chọn --out khác.`);
    }
    const taken = new Set([...inputKeys, pathKey(summaryPath)]);
    const outputs = new Map(files.map((f) => [f, scoredCopyPath(f, outDir, taken)]));
    await checkWritable(outDir, io);
    const roster = await unitRoster(set, values.units ?? (values.criteria && extname(values.criteria).toLowerCase() === '.xlsx' ? values.criteria : undefined), values.units !== undefined, io);
    const decisions = await councilDecisions([summaryPath, ...(values.decisions ? [resolve(io.cwd, values.decisions)] : [])], io);

    const errors: ScoreRunError[] = [];
    // Errors show as they happen, beside the progress line of their file.
    const fail = (e: ScoreRunError) => {
      errors.push(e);
      io.err(`Lỗi: ${e.message}`);
    };
    for (const p of missing) fail({ file: shown(p, io.cwd), message: `Không tìm thấy tệp hoặc thư mục ${shown(p, io.cwd)}.` });
    for (const s of skipped) fail({ file: shown(s.path, io.cwd), message: `Bỏ qua ${shown(s.path, io.cwd)}: ${s.reason}.` });
    if (files.length === 0 && missing.length === 0) fail({ file: positionals.join(' '), message: 'Không tìm thấy tệp .xlsx nào để chấm.' });

    const date = todayIso();
    const cards: ScoreCard[] = [];
    const fileTimes = new Map<string, number>();
    const written: ScoreRunOutput['files'] = [];
    const job: FileJob = { set, date, round, decisions, cwd: io.cwd, ...(indicators ? { indicators } : {}) };
    const tasks = files.map((path) => ({ path, name: shown(path, io.cwd), output: outputs.get(path)!, shownOutput: shown(outputs.get(path)!, io.cwd) }));
    const pool = new ScorePool(job, tasks.length);
    let marked: ReturnType<typeof markDuplicates>;
    try {
      // Each file's progress line and messages, in input order (worker threads finish in any order).
      await pool.run(tasks, (i, result) => {
        const { name } = tasks[i]!;
        if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${name}`);
        for (const e of result.errors) fail(e);
        cards.push(...result.cards);
        if (result.mtime !== undefined) fileTimes.set(name, result.mtime);
        written.push({ file: name, output: result.output, units: result.units });
      });

      // Across files: a unit reported twice is flagged and ranked once (the later Ngày nộp, else the file saved
      // last); a blank template is «Chưa nộp». Each file's own duplicates were flagged in its scored copy already.
      marked = markDuplicates(
        flagUnlisted(roster, cards.map((c) => ({ ...c, flags: c.flags.filter((f) => f.code !== DUPLICATE_REPORT && f.code !== UNLISTED_UNIT) }))),
        (c) => (c.file === undefined ? undefined : fileTimes.get(c.file)),
        communeFolder(cards),
      );
      await rewriteWithRunFlags(pool, tasks, cards, marked.cards, fail);
    } finally {
      await pool.close();
    }
    const toRank = marked.ranked.filter((c) => !notSubmitted(c));
    const ranking = rank(set, toRank);
    const proposals = proposeAwards(set, toRank, { round, decisions });
    for (const g of marked.groups) io.err(`Báo cáo trùng: ${g.dropped.map((d) => `${g.unitName} (${whereReported(d)})`).join('; ')} — chỉ xếp hạng bản ở ${whereReported(g.kept)} (${g.why}).`);
    const units = [...omittedUnits(marked.cards, marked.groups), ...missingReports(roster, marked.cards).map(missingLine)];
    const omitted = [...errors.map((e) => ({ what: e.file + (e.sheet ? `, trang «${e.sheet}»` : ''), why: e.message })), ...units];
    let summaryFile: string | null = null;
    if (cards.length > 0) {
      const summary = ExcelJsWorkbook.create();
      await summary.apply({ sheets: [planSummary(set, marked.cards, ranking, proposals, { date, round, omitted }), planReview(marked.cards, decisions), planAwardList(proposals)] });
      try {
        await saveWorkbook(summary, summaryPath);
        summaryFile = shown(summaryPath, io.cwd);
      } catch (e) {
        fail({ file: shown(summaryPath, io.cwd), message: e instanceof OutputError ? e.message : `Không ghi được ${shown(summaryPath, io.cwd)}: ${String(e)}` });
      }
    }

    if (decisions.length > 0) {
      const applied = decisions.filter((d) => marked.cards.some((c) => isForReport(d, c, c.unitName) && c.flags.some((f) => f.code === d.flagCode && (f.cell ?? '') === (d.cell ?? ''))));
      const kept = decisions.length - applied.length;
      io.err(`Đã áp dụng ${applied.length} quyết định của Hội đồng${kept > 0 ? `; ${kept} quyết định không còn cảnh báo, vẫn giữ trong «Rà soát»` : ''}.`);
    }
    const run = ScoreRunOutput.parse({
      format: 'thidua-score-run',
      version: 1,
      criteriaSet: { id: set.id, version: set.version, title: set.title },
      round,
      files: written,
      summaryFile,
      cards: marked.cards,
      ranking,
      proposals,
      errors,
      omitted: units,
    });
    io.out(values.json ? JSON.stringify(run, null, 2) : report(run));
    // Anything left out (a file, a sheet, a duplicate report) shows in the exit code; «Chưa nộp» is not an input fault.
    return errors.length > 0 || marked.groups.length > 0 ? EXIT.inputsFailed : EXIT.ok;
  },
};

async function loadIndicators(path: string, io: Io): Promise<IndicatorSnapshot[]> {
  const name = shown(path, io.cwd);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`Không đọc được tệp chỉ số ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = IndicatorExport.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`Tệp chỉ số ${name} không đúng định dạng xuất của tiện ích thidua (trường ${issue.path.join('.') || '(gốc)'}: ${issue.message}).`);
  }
  return parsed.data.snapshots;
}

/** The run in a few lines for the officer: files written, ranking per kind, proposals. */
function report(run: ScoreRunOutput): string {
  const lines = [`Bộ tiêu chí: ${run.criteriaSet.title} (${run.criteriaSet.id}@${run.criteriaSet.version})`, ''];
  for (const f of run.files) if (f.output) lines.push(`✓ ${f.file}: ${f.units} đơn vị → ${f.output}`);
  const flags = new Map(run.cards.map((c) => [`${c.file}\u0000${c.sheet}`, c.flags.length]));
  for (const group of run.ranking) {
    lines.push('', `Xếp hạng — ${group.kindLabel}`);
    for (const e of group.entries) {
      const n = flags.get(`${e.file}\u0000${e.sheet}`) ?? 0;
      lines.push(
        `  ${String(e.rank).padStart(2)}. ${e.unitName}: ${formatNumberVi(e.total)} điểm (${formatNumberVi(e.percent)}%) — ${e.classification ?? 'chưa xếp loại'}${n > 0 ? ` · ${n} cảnh báo` : ''}`,
      );
    }
  }
  const proposed = run.proposals.filter((p) => p.proposed);
  const forCouncil = run.proposals.filter((p) => p.eligible);
  if (run.proposals.length > 0) {
    lines.push('', `Đề xuất khen thưởng — ${AWARD_ROUND_TITLES[run.round]} (${proposed.length}):`);
    for (const p of proposed) lines.push(`  ${p.formLabel}: ${p.unitName}`);
    if (forCouncil.length > 0) {
      lines.push('', `Đủ điều kiện, Hội đồng quyết định — kế hoạch không nêu số lượng (${forCouncil.length}):`);
      for (const p of forCouncil) lines.push(`  ${p.formLabel}: ${p.unitName}`);
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
 * The council's decisions typed (or recorded by the add-in) in the `Rà soát` sheet of each workbook given,
 * the later file winning for the same flag; a missing file is simply not there yet (the first run).
 */
async function councilDecisions(paths: string[], io: Io): Promise<CouncilDecision[]> {
  let decisions: CouncilDecision[] = [];
  for (const path of paths) {
    if (!(await isFile(path))) continue;
    const opened = await openWorkbookFile(path, io.cwd);
    if (!opened.ok) throw new UsageError(`Không đọc được quyết định của Hội đồng: ${opened.message}`);
    const names = await opened.workbook.listSheets();
    const grids = await opened.workbook.readSheets(names.filter((n) => isNamedAfter(REVIEW_SHEET, n)));
    const review = grids.find((g) => cellText(g.values[0]?.[0] ?? null) === REVIEW_TITLE);
    if (!review) continue;
    const read = readReviewDecisions(review);
    for (const p of read.problems) io.err(`Lỗi: ${shown(path, io.cwd)}, trang «${review.name}», ${p.cell}: ${p.message}`);
    io.err(`Đã đọc ${read.decisions.length} quyết định của Hội đồng từ ${shown(path, io.cwd)}.`);
    decisions = combineDecisions(decisions, read.decisions);
  }
  return decisions;
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

/**
 * Which reports can duplicate each other. A province run has one folder per commune, and hamlets of
 * two communes may share a name; but a commune's own folder may hold its whole-commune workbook beside
 * a subfolder of unit files (examples/ and examples/bao-cao/). So a report belongs to the highest folder
 * above it (or its own) that itself holds reports: sibling folders stay apart, nested ones are one commune.
 */
function communeFolder(cards: readonly ScoreCard[]): (card: ScoreCard) => string {
  const folders = new Set(cards.flatMap((c) => (c.file === undefined ? [] : [dirname(c.file)])));
  return (card) => {
    if (card.file === undefined) return '';
    let commune = dirname(card.file);
    for (let up = dirname(commune); ; up = dirname(up)) {
      if (folders.has(up)) commune = up;
      if (dirname(up) === up) return commune;
    }
  };
}

/**
 * The scored copies are written file by file, before the run has seen every file: a copy whose units the
 * whole run flags (a duplicate of another file's report, a unit missing from the roster) is written again
 * with those flags, so the copy says what `Tổng hợp` says. Few files ever need it.
 */
async function rewriteWithRunFlags(pool: ScorePool, tasks: readonly FileTask[], before: readonly ScoreCard[], after: readonly ScoreCard[], fail: (e: ScoreRunError) => void): Promise<void> {
  const runFlags = new Map<string, Flag[]>();
  after.forEach((card, i) => {
    const known = before[i]!.flags;
    const late = card.flags.filter((f) => (f.code === DUPLICATE_REPORT || f.code === UNLISTED_UNIT) && !known.some((k) => k.code === f.code && k.message === f.message));
    if (late.length > 0 && card.file !== undefined) runFlags.set(card.file, [...(runFlags.get(card.file) ?? []), ...late]);
  });
  const again = tasks.flatMap((task) => (runFlags.has(task.name) ? [{ ...task, runFlags: runFlags.get(task.name)! }] : []));
  await pool.run(again, (i, result) => {
    const task = again[i]!;
    if (result.output === null) fail({ file: task.name, message: `Không ghi lại được ${task.shownOutput} cùng cảnh báo của cả lượt chấm (báo cáo trùng, đơn vị ngoài danh sách): ${result.errors.map((e) => e.message).join('; ')}` });
  });
}
