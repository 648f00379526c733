// thidua score: every report sheet of the given workbooks scored; a scored copy of each workbook and
// `tong-hop.xlsx` across all units written in the output folder. Inputs are only ever read.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ExcelJsWorkbook } from '../../excel-addin/workbook/exceljs-workbook.js';
import { IndicatorExport, type IndicatorSnapshot } from '../../core/indicators/schema.js';
import { proposeAwards } from '../../core/ranking/awards.js';
import { rank } from '../../core/ranking/rank.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import { formatNumberVi } from '../../core/values.js';
import { planReview } from '../../core/workbook/plan-review.js';
import { planSummary, todayIso } from '../../core/workbook/plan-summary.js';
import { ScoreRunOutput, type ScoreRunError } from '../../core/workbook/score-run.js';
import { scoreWorkbook } from '../../core/workbook/score-workbook.js';
import { collectInputs, isFile, loadCriteriaArg, openWorkbookFile, saveWorkbook, scoredCopyPath, shown, SUMMARY_FILE } from '../files.js';
import { EXIT, parseCommandArgs, UsageError, type Command, type Io } from '../main.js';

const HELP = `thidua score <tệp hoặc thư mục…> --criteria <bộ tiêu chí> [--out THƯ_MỤC] [--json] [--indicators <tệp.json>]

Chấm điểm mọi trang báo cáo của đơn vị trong các tệp .xlsx (một tệp mỗi đơn vị, hoặc nhiều trang
trong một tệp; thư mục được quét tìm .xlsx). Tệp gốc không bao giờ bị sửa: trong THƯ_MỤC (mặc định
./thidua-out) ghi bản đã chấm <tên>.cham-diem.xlsx của từng tệp (cột Điểm thẩm định, Điểm tối đa,
Cảnh báo, ghi chú ở ô có cảnh báo, trang «Tổng hợp» và «Rà soát»), và tong-hop.xlsx cho mọi đơn vị.

  --criteria   mã bộ tiêu chí có sẵn (xem: thidua criteria list), tệp .json, hoặc tệp .xlsx có trang tiêu chí
  --out        thư mục ghi kết quả (mặc định ./thidua-out)
  --json       in kết quả (phiếu điểm, cảnh báo, xếp hạng, đề xuất) dạng JSON ra stdout
  --indicators tệp chỉ số cổng DVC do tiện ích Chrome xuất, để đối chiếu số liệu

Mã thoát: 0 xong; 1 có tệp hoặc trang không đọc được (các tệp khác vẫn được chấm); 2 sai cách dùng.

English: scores every unit report sheet in the given .xlsx files and folders. Never modifies an input:
writes a scored copy of each (<name>.cham-diem.xlsx: points, max, flags columns, notes on flagged
cells, "Tổng hợp" summary and "Rà soát" review sheets) and tong-hop.xlsx across all units into --out
(default ./thidua-out). --criteria: a built-in set id, a criteria .json, or an .xlsx with a criteria
sheet. --json prints one document (schema ScoreRunOutput in core/workbook/score-run.ts) to stdout;
progress goes to stderr. --indicators: the Chrome extension's export, used by the portal cross-check.
Exit codes: 0 ok, 1 some inputs failed (others still scored), 2 usage error.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      criteria: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      indicators: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('Chưa nêu tệp hoặc thư mục báo cáo nào. / No input files or folders given.');
    if (!values.criteria) throw new UsageError('Thiếu --criteria (bộ tiêu chí). / --criteria is required.');
    const set = await loadCriteriaArg(values.criteria, io.cwd);
    const indicators = values.indicators ? await loadIndicators(resolve(io.cwd, values.indicators), io) : undefined;
    const outDir = resolve(io.cwd, values.out ?? 'thidua-out');

    const clash = positionals.find((p) => resolve(io.cwd, p) === outDir);
    if (clash !== undefined) throw new UsageError(`Thư mục kết quả --out trùng với đầu vào «${clash}»; hãy chọn thư mục khác. / --out is one of the inputs.`);
    const { files, missing } = await collectInputs(positionals, io.cwd, outDir);

    const errors: ScoreRunError[] = [];
    // Errors show as they happen, beside the progress line of their file.
    const fail = (e: ScoreRunError) => {
      errors.push(e);
      io.err(`Lỗi: ${e.message}`);
    };
    for (const p of missing) fail({ file: shown(p, io.cwd), message: `Không tìm thấy tệp hoặc thư mục ${shown(p, io.cwd)}.` });
    if (files.length === 0 && missing.length === 0) fail({ file: positionals.join(' '), message: 'Không tìm thấy tệp .xlsx nào để chấm.' });

    if (await isFile(outDir)) throw new UsageError(`--out ${shown(outDir, io.cwd)} là một tệp, không phải thư mục.`);
    // Names of the scored copies, fixed up front so that none can land on an input.
    const taken = new Set<string>();
    const outputs = new Map(files.map((f) => [f, scoredCopyPath(f, outDir, taken)]));
    const clobbered = files.find((f) => taken.has(f));
    if (clobbered) throw new UsageError(`Bản đã chấm sẽ ghi đè tệp đầu vào ${shown(clobbered, io.cwd)}; hãy chọn --out khác.`);

    const date = todayIso();
    const cards: ScoreCard[] = [];
    const written: ScoreRunOutput['files'] = [];
    for (const [i, path] of files.entries()) {
      const name = shown(path, io.cwd);
      if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${name}`);
      let units = 0;
      let output: string | null = null;
      try {
        const opened = await openWorkbookFile(path, io.cwd);
        if (!opened.ok) {
          fail({ file: name, message: opened.message });
        } else {
          const result = await scoreWorkbook(opened.workbook, set, { file: name, date, ...(indicators ? { indicators } : {}) });
          for (const e of result.errors) {
            fail({ file: name, sheet: e.sheet, ...(e.cell ? { cell: e.cell } : {}), message: `${name}, trang «${e.sheet}»: ${e.message}` });
          }
          if (result.cards.length === 0 && result.errors.length === 0) {
            fail({ file: name, message: `Tệp ${name} không có trang báo cáo nào (không thấy bảng có cột «Mã tiêu chí» và «Kết quả»).` });
          }
          if (result.cards.length > 0) {
            await saveWorkbook(opened.workbook, outputs.get(path)!);
            output = shown(outputs.get(path)!, io.cwd);
            units = result.cards.length;
            cards.push(...result.cards);
          }
        }
      } catch (e) {
        // One bad file must not stop the others.
        fail({ file: name, message: `Không chấm được tệp ${name}: ${e instanceof Error ? e.message : String(e)}` });
      }
      written.push({ file: name, output, units });
    }

    const ranking = rank(set, cards);
    const proposals = proposeAwards(set, cards);
    let summaryFile: string | null = null;
    if (cards.length > 0) {
      const summary = ExcelJsWorkbook.create();
      await summary.apply({ sheets: [planSummary(set, cards, ranking, proposals, { date }), planReview(cards)] });
      const path = join(outDir, SUMMARY_FILE);
      await saveWorkbook(summary, path);
      summaryFile = shown(path, io.cwd);
    }

    const run = ScoreRunOutput.parse({
      format: 'thidua-score-run',
      version: 1,
      criteriaSet: { id: set.id, version: set.version, title: set.title },
      files: written,
      summaryFile,
      cards,
      ranking,
      proposals,
      errors,
    });
    io.out(values.json ? JSON.stringify(run, null, 2) : report(run));
    return errors.length > 0 ? EXIT.inputsFailed : EXIT.ok;
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
  if (run.proposals.length > 0) {
    lines.push('', `Đề xuất khen thưởng (${proposed.length}):`);
    for (const p of proposed) lines.push(`  ${p.formLabel}: ${p.unitName}`);
  }
  if (run.summaryFile) lines.push('', `Tổng hợp và rà soát: ${run.summaryFile}`);
  return lines.join('\n');
}
