// thidua score: every report sheet of the given workbooks scored; a scored copy of each workbook and
// `tong-hop.xlsx` across all units written in the output folder. Inputs are only ever read.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { parseWithMessages } from '../../core/schema-messages.js';
import { AWARD_ROUND_TITLES, type AwardRound, type CriteriaSet } from '../../core/criteria/schema.js';
import { readRoster, ROSTER_SHEET, type RosterUnit } from '../../core/ranking/roster.js';
import type { AwardProposal, Shortfall } from '../../core/ranking/schema.js';
import { defaultRound, formsOfRound, readRound, roundsOf } from '../../core/ranking/rounds.js';
import { planFormsNotes } from '../../core/ranking/plan-forms.js';
import { shortfalls } from '../../core/ranking/what-it-takes.js';
import { SHORTFALL_SHEET } from '../../core/workbook/plan-shortfall.js';
import { capLine, cardKey, type ScoreCard } from '../../core/scoring/score-card.js';
import { rankedBandText } from '../../core/ranking/rank.js';
import { runHeldElsewhere } from '../../core/ranking/held-elsewhere.js';
import { recordedText, totalText } from '../../core/scoring/total-text.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { formatNumberVi, officerDay } from '../../core/values.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { rankInClusters, type ClusterList } from '../../core/watch/clusters.js';
import { readClusterFile } from '../clusters.js';
import { collectInputs, criteriaFromInputs, isFile, openWorkbookFile, readCriteriaArg, readTextFile, shown, type CriteriaArg, type Inputs } from '../files.js';
import { scoreIntoFolder, type Unwritten } from '../folder-run.js';
import { CriteriaReader } from '../score-pool.js';
import { DEFAULT_OUT, SCORE_OPTIONS } from '../score-options.js';
import { pathKey, planOutputs, realPathOf, whyNotWritten } from '../outputs.js';
import { EXIT, parseCommandArgs, UsageError, type Command, type Io } from '../command.js';
import { oneLine } from '../terminal-text.js';
import { FLAGS_SHOWN, flagLines, INDENT, outputWidth, wrap } from '../flag-lines.js';

const HELP = `thidua score <tệp hoặc thư mục…> [--criteria <bộ tiêu chí>] [--out THƯ_MỤC] [--json] [--indicators <tệp.json>]
             [--round hang-nam | so-ket | tong-ket] [--decisions <tệp.xlsx có trang Rà soát>]
             [--units <tệp.xlsx có trang Danh sách đơn vị>] [--reopen "<lý do>"] [--clusters <cụm.xlsx>]

Chấm điểm mọi trang báo cáo của đơn vị trong các tệp .xlsx (một tệp mỗi đơn vị, hoặc nhiều trang
trong một tệp; thư mục được quét tìm .xlsx). Tệp gốc không bao giờ bị sửa: trong THƯ_MỤC (mặc định
./thidua-out) ghi bản đã chấm <tên>.cham-diem.xlsx của từng tệp (cột Điểm thẩm định, Điểm tối đa,
Cảnh báo, ghi chú ở ô có cảnh báo, trang «Tổng hợp» và «Rà soát»), và tong-hop.xlsx cho mọi đơn vị.
In ra: bảng xếp hạng; dưới đơn vị có nhóm (phần) mà các tiêu chí cộng quá điểm tối đa của nhóm là một dòng mỗi nhóm
(«III. Điểm thưởng» cộng 14 điểm, tính tối đa 10 điểm); dưới mỗi đơn vị có cảnh báo là tệp, trang và từng cảnh báo một dòng (mức độ, ô, tên cảnh báo,
nội dung; lỗi trước), tối đa ${FLAGS_SHOWN} cảnh báo mỗi đơn vị, số còn lại ghi «… và K cảnh báo khác» kèm bản đã chấm có đủ;
cuối cùng một dòng «Còn thiếu gì» (số đơn vị có cách lên mức kế tiếp hoặc được đề xuất, trang ghi từng cách);
dòng dài xuống dòng theo bề rộng màn hình (100 ký tự khi in ra tệp), chỉ ngắt giữa hai từ.

  --criteria   mã bộ tiêu chí có sẵn (xem: thidua criteria list), tệp .json, tệp .xlsx có trang tiêu chí, hoặc
               văn bản Word .docx (hay .doc cũ, chuyển bằng LibreOffice nếu máy có) có bảng điểm (dùng bảng là bảng
               tiêu chí, nói rõ bảng nào);
               không ghi: bảng chấm điểm gộp (STT | Tên tiêu chí | Điểm tối đa | Điểm tự chấm…) của tệp đầu tiên có
               bảng đó là bộ tiêu chí, các tệp khác được đối chiếu với nó
  --out        thư mục ghi kết quả (mặc định ./thidua-out)
  --json       in kết quả (phiếu điểm, cảnh báo, xếp hạng, đề xuất, còn thiếu gì) dạng JSON ra stdout, cả khi kết quả đã chốt
               và lần chấm không ghi gì (thêm «closed»: lần chốt, những gì khác)
  --indicators tệp chỉ số cổng DVC do tiện ích Chrome xuất, để đối chiếu số liệu
  --decisions  sổ tính có trang «Rà soát»: tong-hop.xlsx của một lượt chấm (Hội đồng quyết định), hoặc bản đã chấm
               đơn vị gửi lại (chỉ đọc giải trình của đơn vị; quyết định ghi trong đó không được áp). Quyết định
               trong tong-hop.xlsx sẵn có ở THƯ_MỤC luôn được đọc trước khi ghi lại, không bao giờ mất; tệp tổng hợp
               (dù đặt tên gì) mang theo cả biểu quyết, cuộc họp, tên trang Hội đồng đặt
  --units      sổ tính có trang «Danh sách đơn vị» (Tên đơn vị | Loại đơn vị, thêm nếu có: Giới tính | Ngày sinh |
               Chức vụ | Đơn vị công tác, để báo cáo thành tích cá nhân theo mẫu Nghị định 152/2025/NĐ-CP điền sẵn):
               đơn vị có tên mà không có báo cáo là «Chưa nộp», đơn vị báo cáo mà không có tên bị gắn cờ. Không ghi:
               lấy trang đó trong tệp --criteria .xlsx nếu có. Mẫu trống: thidua template --criteria <bộ> --units --out <tệp.xlsx>
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
progress goes to stderr; its «whatItTakes» holds tong-hop.xlsx's «Còn thiếu gì», each way's steps as data beside the sheet's words. Without --json it prints the ranking, under a unit whose group's criteria add past the group's
maximum a line for each such group (what they add, what counts: the card's «caps» in --json), and under each unit with flags its file and sheet and
each flag on a line (severity, cell, title, words; errors first), at most ${FLAGS_SHOWN} a unit, then how many more and the
scored copy that holds them all, and one line counting the units «Còn thiếu gì» gives a way up; a long one wraps at the terminal's width (100 into a file or pipe), between words only. --indicators: the Chrome extension's export, used by the portal cross-check.
--units: a workbook whose «Danh sách đơn vị» lists the units (name and kind; optionally sex, birth date, post and
unit of work, which fill a person's achievement report; a blank one: thidua template --units).
--round: the review round whose award forms and quotas apply (yearly by default). --decisions: a run's
tong-hop.xlsx whose «Rà soát» holds council decisions, or a unit's returned scored copy (only the unit's
explanations are read from it, never a decision); those in --out's existing tong-hop.xlsx are always read first.
A run's tong-hop.xlsx, whatever its name, carries its vote, meeting and sheet names too (core/run/council-work.ts).
--reopen "<reason>": write a folder whose result the council closed again (its rounds are kept; what is written
takes their place only once the council closes a new round); without it a run that would change a closed result
writes nothing and prints what differs (--json still prints the document, with «closed»: the round and what differs).
Exit codes: 0 ok, 1 some inputs failed (others still scored), 2 usage error.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, SCORE_OPTIONS);
    if (positionals.length === 0) throw new UsageError('Chưa nêu tệp hoặc thư mục báo cáo nào. / No input files or folders given.');
    const outDir = resolve(io.cwd, values.out ?? DEFAULT_OUT);
    const inputs = await collectInputs(positionals, io.cwd, outDir);
    const { files } = inputs;
    for (const group of inputs.lookalikes) io.err(lookalikeLine(group.map((p) => shown(p, io.cwd))));
    // Every output is fixed up front and checked against every input by real path, so none can land on one.
    const { outputs, summaryPath } = planOutputs(inputs, outDir, (p) => shown(p, io.cwd));
    // Without --criteria, all-in-one scoring sheets carry their own: the first one found is the form the others are held to.
    const named = values.criteria ? await readCriteriaArg(values.criteria, io.cwd, (t) => io.err(t)) : undefined;
    const set = named ? named.set : await criteriaOfInputs(files, io);
    const round = chooseRound(set, values.round);
    const clusters = values.clusters ? await readClusterFile(resolve(io.cwd, values.clusters), io) : undefined;
    const indicators = values.indicators ? await loadIndicators(resolve(io.cwd, values.indicators), io) : undefined;

    await checkWritable(outDir, io);
    const roster = await unitRoster(set, values.units ?? (values.criteria && extname(values.criteria).toLowerCase() === '.xlsx' ? values.criteria : undefined), values.units !== undefined, io);
    const date = officerDay();
    const { outcome, folder } = await scoreIntoFolder(
      { set, date, inputs: withoutSetWorkbook(inputs, named, io), outputs, asked: positionals.join(' '), outDir, summaryPath, decisionsFile: values.decisions, reopen: values.reopen?.trim(), io, ...(indicators ? { indicators } : {}) },
      { round, roster },
    );
    if (folder.unwritten.length > 0) {
      io.err(
        [
          `Không ghi được kết quả vào ${shown(outDir, io.cwd)}:`,
          ...folder.unwritten.map((u) => `  - ${oneLine(u.line)}`),
          `Không tệp nào của lần chấm này được ghi; kết quả trước trong thư mục giữ nguyên. ${remedy(folder.unwritten)}`,
        ].join('\n'),
      );
      return EXIT.inputsFailed;
    }
    const { run, rounds } = outcome;
    const { errors } = folder;
    const last = rounds.at(-1);
    // Made here from the run's own data, typed: checked by the compiler, not parsed again (a parse copied every card).
    const output: ScoreRunOutput = {
      format: 'thidua-score-run',
      version: 1,
      criteriaSet: { id: set.id, version: set.version, title: set.title },
      round,
      files: [...folder.written.values()],
      summaryFile: folder.summaryFile,
      cards: run.cards,
      ranking: run.ranking,
      proposals: run.proposals,
      // tong-hop.xlsx's «Còn thiếu gì», the same ways (worked out here only for a run the council's closing held, unwritten):
      // a province aggregating --json reads each unit's way.
      whatItTakes: outcome.whatItTakes ?? shortfalls(set, run.cards, run.proposals, outcome.decisions, run.round, date),
      errors,
      omitted: run.omittedUnits,
      ...(!outcome.written && last ? { closed: { number: last.number, closedAt: last.closedAt, closedBy: last.closedBy, changes: outcome.changes.map((c) => c.text) } } : {}),
    };
    // A run held by a closed result writes nothing and says on stderr what differs (nothing: the folder kept as it is);
    // given --json it still prints the run's figures, for a script never an empty stdout.
    if (values.json) io.out(JSON.stringify(output, null, 2));
    else if (outcome.written) io.out(report(set, output, outcome.decisions, date, outcome.names.review, clusters, outcome.record?.shown.find((s) => s.name.startsWith(SHORTFALL_SHEET))?.name));
    if (!outcome.written) return folder.heldExit;
    // Anything left out (a file, a sheet, a duplicate report) shows in the exit code; «Chưa nộp» is not an input fault.
    return errors.length > 0 || run.groups.length > 0 ? EXIT.inputsFailed : EXIT.ok;
  },
};

/** What the officer can do when the run wrote nothing: free the disk, check the rights, or score fewer folders at a time. */
function remedy(unwritten: readonly Unwritten[]): string {
  if (unwritten.some((u) => u.declined)) return 'tong-hop.xlsx của lần chấm này vượt giới hạn thidua đọc lại được: hãy chấm ít thư mục hơn mỗi lần (ví dụ từng huyện, mỗi lần một thư mục --out).';
  return `Hãy ${unwritten.some((u) => u.diskFull) ? 'giải phóng chỗ trên đĩa' : 'kiểm tra quyền ghi vào thư mục'} (hoặc chọn --out khác) rồi chạy lại.`;
}

/**
 * The inputs without the workbook --criteria names when it sits among them holding no unit's report — the folder an
 * officer hands over often keeps the set beside the reports, and the page takes such a file as the set, not a report:
 * said once as the page's line says it, never «không có trang báo cáo nào» as an input that failed.
 */
function withoutSetWorkbook(inputs: Inputs, named: CriteriaArg | undefined, io: Io): Inputs {
  const book = named?.workbook;
  if (!book || book.holdsReports) return inputs;
  const key = pathKey(realPathOf(book.path));
  const files = inputs.files.filter((f) => pathKey(inputs.real.get(f)!) !== key);
  if (files.length === inputs.files.length) return inputs;
  io.err(`${shown(book.path, io.cwd)}: bộ tiêu chí (không chấm) — tệp --criteria nằm cùng các báo cáo, không có trang báo cáo nào của đơn vị.`);
  return { ...inputs, files };
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
  // The portal's readers (35 modules) are loaded only for a run given --indicators.
  const [{ parseJsonText }, { IndicatorExportFile }, { INDICATOR_EXPORT_LABELS }] = await Promise.all([
    import('../../core/indicators/json-text.js'),
    import('../../core/indicators/export-file.js'),
    import('../../core/indicators/labels.js'),
  ]);
  // Bounded before it is parsed, and said in Vietnamese (never the engine's English).
  const data = parseJsonText(read.text, name);
  if (!data.ok) throw new UsageError(`Không đọc được tệp chỉ số --indicators: ${data.message}`);
  const parsed = parseWithMessages(IndicatorExportFile, data.value, INDICATOR_EXPORT_LABELS);
  if (!parsed.ok) throw new UsageError(`Tệp chỉ số ${name} không đúng định dạng xuất của tiện ích thidua: ${parsed.errors.join('; ')}.`);
  return parsed.data.snapshots;
}

/**
 * The run in a few lines for the officer: files written, ranking per kind, proposals (and who reaches a form but is
 * listed for another); `reviewSheet`, the name tong-hop.xlsx's «Rà soát» has (the council's, where it renamed it);
 * `shortfallSheet`, where tong-hop.xlsx has «Còn thiếu gì».
 */
function report(set: CriteriaSet, run: ScoreRunOutput, decisions: readonly CouncilDecision[], date: string, reviewSheet: string, clusters?: ClusterList, shortfallSheet?: string): string {
  const lines = [`Bộ tiêu chí: ${run.criteriaSet.title} (phiên bản ${run.criteriaSet.version})`, ''];
  for (const f of run.files) if (f.output) lines.push(`✓ ${oneLine(f.file)}: ${f.units} đơn vị → ${oneLine(f.output)}`);
  const cards = new Map(run.cards.map((c) => [cardKey(c), c]));
  // A unit's flags point at its scored copy, where they all are, its «Rà soát» by the name it has there (the run's tong-hop.xlsx, its «Rà soát» by its name there, when no copy was written).
  const copies = new Map(run.files.map((f) => [f.file, f]));
  const width = outputWidth();
  const flagsOf = (card: ScoreCard) => {
    const copy = card.file === undefined ? undefined : copies.get(card.file);
    return flagLines(card, copy?.output ? { file: copy.output, review: copy.reviewSheet } : { file: run.summaryFile ?? '', review: reviewSheet }, width, decisions);
  };
  const ranked = new Set<string>();
  for (const group of run.ranking) {
    lines.push('', `Xếp hạng — ${group.kindLabel}`);
    for (const e of group.entries) {
      const card = cards.get(cardKey(e));
      ranked.add(cardKey(e));
      const n = card?.flags.length ?? 0;
      // Points of the unit's own maximum (units of one kind can have different maxima: a criterion not assigned), with
      // the bonus and deductions outside it said apart.
      const points = card ? totalText(card) : `${formatNumberVi(e.total)} điểm (${formatNumberVi(e.percent)}%)`;
      lines.push(
        `  ${String(e.rank).padStart(2)}. ${oneLine(e.unitName)}: ${points} — ${rankedBandText(e)}${n > 0 ? ` · ${n} cảnh báo` : ''}`,
        // A group counted at its maximum, below what its criteria add: said under the total it made.
        ...(card?.caps ?? []).flatMap((cap) => wrap(oneLine(capLine(cap)), INDENT, width)),
        ...(card ? flagsOf(card) : []),
      );
    }
    // Within each cluster, in the kind's own order (ties there stay ties), members as on the day of the run.
    for (const { cluster, placed } of clusters ? rankInClusters(clusters, date, group.entries, (e) => e.unitName, (e) => -e.rank) : []) {
      lines.push(`  ${oneLine(cluster)}: ${placed.map((p) => `${p.rank}. ${oneLine(p.item.unitName)}`).join('; ')}`);
    }
  }
  // Units scored but not ranked (a duplicate left out, «Chưa nộp», a listed unit without a report), with their flags.
  const unranked = run.cards.filter((c) => !ranked.has(cardKey(c)) && c.flags.length > 0);
  if (run.omitted.length > 0 || unranked.length > 0) {
    lines.push('', `Không xếp hạng (${run.omitted.length}):`);
    for (const o of run.omitted) lines.push(`  ${oneLine(o.what)}: ${oneLine(o.why)}`);
    for (const card of unranked) lines.push(`  ${oneLine(card.unitName)}: không xếp hạng · ${card.flags.length} cảnh báo`, ...flagsOf(card));
  }
  const proposed = run.proposals.filter((p) => p.proposed);
  const forCouncil = run.proposals.filter((p) => p.eligible);
  if (run.proposals.length > 0) {
    // No empty «Đề xuất … (0):» above units eligible and left to the council: read as «no one», beside «03 tập thể» on the list.
    if (proposed.length > 0 || forCouncil.length === 0) lines.push('', `Đề xuất khen thưởng — ${AWARD_ROUND_TITLES[run.round]} (${proposed.length}):`);
    // A bonus the set records beside the total, said beside each name the council reads, as in the ranking above.
    const award = (p: AwardProposal) => {
      const card = cards.get(cardKey(p));
      const beside = card && recordedText(card);
      return `  ${p.formLabel}: ${oneLine(p.unitName)}${beside ? ` (${beside})` : ''}`;
    };
    lines.push(...proposed.map(award));
    if (forCouncil.length > 0) {
      lines.push('', `Đủ điều kiện, Hội đồng quyết định — kế hoạch không nêu số lượng (${forCouncil.length}):`, ...forCouncil.map(award));
    }
    const held = runHeldElsewhere(set, run.proposals, oneLine);
    if (held.length > 0) lines.push('', ...held.map((l) => `${l}.`));
  }
  // A plan's form the lists above leave out, or one the software chose: said here, before the council reads the lists.
  const plan = planFormsNotes({ forms: formsOfRound(set, run.round), scoredOn: date });
  if (plan.length > 0) lines.push('', ...plan.map((l) => `Lưu ý: ${oneLine(l)}`));
  if (run.summaryFile) lines.push('', ...(shortfallSheet ? [shortfallLine(run.whatItTakes, shortfallSheet, run.summaryFile)] : []), `Tổng hợp và rà soát: ${run.summaryFile}`);
  return lines.join('\n');
}

/**
 * «Còn thiếu gì» in one line, never unit by unit (a province's thousands would flood the screen): how many units have
 * a way up and how many none yet, and the sheet of tong-hop.xlsx holding each way with its figures.
 */
function shortfallLine(units: readonly Shortfall[], sheet: string, file: string): string {
  const ways = units.filter((u) => u.band?.reachable || u.award?.reachable).length;
  const none = units.length - ways;
  const counts = [...(ways > 0 ? [`${formatNumberVi(ways)} đơn vị có cách lên mức xếp loại kế tiếp hoặc được đề xuất khen thưởng, kèm số liệu cần đạt`] : []), ...(none > 0 ? [`${formatNumberVi(none)} đơn vị chưa có cách nào (có nêu lý do)`] : [])];
  return `Còn thiếu gì: ${counts.join('; ')} — trang «${oneLine(sheet)}» của ${oneLine(file)}.`;
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
    throw new UsageError(`Không ghi được vào thư mục kết quả --out ${shown(outDir, io.cwd)} (${whyNotWritten(e)}); hãy chọn thư mục khác.`);
  }
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







/* Made for: `thidua score`: every report of the given workbooks scored, a scored copy of each and tong-hop.xlsx written, inputs only ever read. */
