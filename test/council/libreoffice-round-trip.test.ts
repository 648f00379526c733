// The council's year through workbooks saved by LibreOffice, as offices without Excel keep them: «Giải trình» typed
// into tong-hop.xlsx's «Rà soát», the unit's answer typed into its own returned copy, the second decision typed
// into tong-hop.xlsx again — each workbook saved by LibreOffice (`soffice --convert-to xlsx`) before thidua reads
// it — then the round closed and verified, a report corrected by the unit (saved by LibreOffice) refused without
// --reopen with what it changes and nothing written, and the papers converted to PDF by LibreOffice and read back.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_HEADERS, REVIEW_SHEET, REVIEW_STEP } from '../../core/workbook/plan-review.js';
import { runInProcess } from '../cli/helpers.js';
import { typeVotes } from './council-meeting.js';
import { nameAndTitle } from '../../core/papers/proposed.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { exampleCommune } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

const run = promisify(execFile);
let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
const score = (...extra: string[]) => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', ...extra);
const col = (name: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(name) + 1;

/** Types into the «Rà soát» row of `step` for the flag of `unit` at `cell`, as an officer fills the cells. */
async function typeReview(path: string, where: { unit: string; cell: string }, step: string, cells: Partial<Record<(typeof REVIEW_HEADERS)[number], string>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(REVIEW_SHEET)!;
  let typed = false;
  ws.eachRow((row) => {
    if (typed || row.getCell(col('Đơn vị')).text !== where.unit || row.getCell(col('Ô')).text !== where.cell || !row.getCell(col('Bước')).text.startsWith(step)) return;
    for (const [header, value] of Object.entries(cells)) row.getCell(col(header as (typeof REVIEW_HEADERS)[number])).value = value;
    typed = true;
  });
  expect(typed, `${path}: row «${step}» of ${where.unit} ${where.cell}`).toBe(true);
  await wb.xlsx.writeFile(path);
}

/** The rows of a flag in a workbook's «Rà soát», from the first review down, as officers read them. */
async function trail(path: string, where: { unit: string; cell: string }): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: string[][] = [];
  wb.getWorksheet(REVIEW_SHEET)!.eachRow((row) => {
    if (row.getCell(col('Đơn vị')).text === where.unit && row.getCell(col('Ô')).text === where.cell) rows.push(['Bước', 'Quyết định', 'Người rà soát', 'Ngày', 'Ý kiến'].map((h) => row.getCell(col(h as (typeof REVIEW_HEADERS)[number])).text));
  });
  return rows;
}

const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

beforeAll(async () => {
  dir = await exampleCommune();
}, 60_000);

describe('the council year through LibreOffice-saved workbooks', () => {
  it('explanation, second decision, closing, a refused change, verify and the papers', async () => {
    expect((await score()).code).toBe(0);
    const summary = join(dir, 'kq', 'tong-hop.xlsx');

    // The figure a unit will correct once the round is closed, typed now into a copy of its report, aside: the copy is
    // saved by LibreOffice in the same start as the council's first decision.
    const report = join(dir, 'bao-cao', 'ban-hua-ca.xlsx');
    await mkdir(join(dir, 'sua'));
    const corrected = join(dir, 'sua', 'ban-hua-ca.xlsx');
    const edit = new ExcelJS.Workbook();
    await edit.xlsx.readFile(report);
    expect(edit.worksheets[0]!.getCell('B14').value).toBe('HTS1');
    edit.worksheets[0]!.getCell('G14').value = 0.2; // 72% against «≥ 50%» becomes 20%
    await edit.xlsx.writeFile(corrected);

    // The council picks the first flag of «Rà soát» and asks for an explanation, in a tong-hop.xlsx LibreOffice saves.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    let where: { unit: string; cell: string; sheet: string } | undefined;
    wb.getWorksheet(REVIEW_SHEET)!.eachRow((row) => {
      if (!where && row.getCell(col('Bước')).text === REVIEW_STEP.first && row.getCell(col('Ô')).text) where = { unit: row.getCell(col('Đơn vị')).text, cell: row.getCell(col('Ô')).text, sheet: row.getCell(col('Trang')).text };
    });
    expect(where).toBeDefined();
    await typeReview(summary, where!, REVIEW_STEP.first, { 'Quyết định': 'Giải trình', 'Người rà soát': 'Lò Văn Minh', Ngày: '20/11/2025', 'Ý kiến': 'Đề nghị nêu rõ nguồn số liệu' });
    await savedByLibreOffice(summary, corrected);
    const asked = await score();
    expect(asked.code).toBe(0);
    expect(asked.stderr).toContain('Rà soát: 1 chờ giải trình.');
    expect((await trail(summary, where!)).map((r) => r[0])).toEqual(['Lần 1 · chờ giải trình', REVIEW_STEP.explanation, REVIEW_STEP.second]);

    // The unit answers in the «Rà soát» of its own scored copy, saved by LibreOffice, and sends it back.
    let copy: string | undefined;
    for (const f of (await readdir(join(dir, 'kq'))).filter((n) => n.endsWith('.cham-diem.xlsx'))) {
      if ((await trail(join(dir, 'kq', f), where!)).some((r) => r[0] === REVIEW_STEP.explanation)) copy = f;
    }
    expect(copy, `the copy holding ${where!.unit}`).toBeDefined();
    await mkdir(join(dir, 'tra-lai'));
    const returned = join(dir, 'tra-lai', copy!);
    await copyFile(join(dir, 'kq', copy!), returned);
    await typeReview(returned, where!, REVIEW_STEP.explanation, { 'Người rà soát': 'Trưởng bản', Ngày: '22/11/2025', 'Ý kiến': 'Số liệu lấy từ sổ theo dõi của bản, đã bổ sung minh chứng' });
    await savedByLibreOffice(returned);
    const explained = await score('--decisions', returned);
    expect(explained.code).toBe(0);
    expect(explained.stderr).toContain('Rà soát: 1 đã giải trình, chờ quyết định lần 2.');

    // The council's second decision, typed into tong-hop.xlsx and saved by LibreOffice again; every step is kept.
    await typeReview(summary, where!, REVIEW_STEP.second, { 'Quyết định': 'Chấp nhận', 'Người rà soát': 'Lò Văn Minh', Ngày: '25/11/2025', 'Ý kiến': 'Giải trình hợp lý' });
    await savedByLibreOffice(summary);
    const decided = await score('--json');
    expect(decided.code).toBe(0);
    const proposed = [...new Set((JSON.parse(decided.stdout) as { proposals: { unitName: string; proposed: boolean }[] }).proposals.filter((p) => p.proposed).map((p) => p.unitName))];
    expect(decided.stderr).toContain('Rà soát: 1 đã quyết định lần 2.');
    expect(await trail(summary, where!)).toEqual([
      ['Lần 1 · đã quyết định lần 2', 'Giải trình', 'Lò Văn Minh', '20/11/2025', 'Đề nghị nêu rõ nguồn số liệu'],
      [REVIEW_STEP.explanation, '', 'Trưởng bản', '22/11/2025', 'Số liệu lấy từ sổ theo dõi của bản, đã bổ sung minh chứng'],
      [REVIEW_STEP.second, 'Chấp nhận', 'Lò Văn Minh', '25/11/2025', 'Giải trình hợp lý'],
    ]);

    // Each nominee's vote typed into «Biểu quyết» and saved by LibreOffice; then closed and verified.
    await typeVotes(summary, () => [9, 8, 7]);
    await savedByLibreOffice(summary);
    const closed = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    expect(closed.stdout).toMatch(/^Đã chốt kết quả lần 1, \d\d\/\d\d\/\d{4} \d\d:\d\d, Lò Văn Thành: 12 tệp/);
    expect((await thidua('verify', 'kq')).code).toBe(0);

    // The unit's corrected report, saved by LibreOffice, sent: the run says what it changes and writes nothing.
    await copyFile(corrected, report);
    const before = await sha(summary);
    const refused = await score();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Kết quả đã chốt (lần 1');
    expect(refused.stderr).toMatch(/Bản Hua Ca: điểm [\d,]+ → [\d,]+/);
    expect(refused.stderr).toContain('Không ghi gì');
    expect(await sha(summary)).toBe(before);
    expect((await thidua('verify', 'kq')).code).toBe(0);

    // The papers of the closed round, converted to PDF by LibreOffice and read back.
    expect((await thidua('papers', 'kq', '--out', 'ho-so')).code).toBe(0);
    const papers = ['to-trinh', 'bien-ban', 'du-thao-quyet-dinh'];
    await sofficeAll(papers.map((p) => join(dir, 'ho-so', `${p}.docx`)), join(dir, 'ho-so'), 'pdf');
    const text = new Map<string, string>();
    for (const p of papers) {
      const { stdout } = await run('pdftotext', ['-raw', join(dir, 'ho-so', `${p}.pdf`), '-']);
      text.set(p, stdout.replace(/\s+/g, ' '));
    }
    expect(proposed.length).toBeGreaterThan(0);
    for (const p of papers) {
      const t = text.get(p)!;
      expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(t).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    }
    const letter = text.get('to-trinh')!;
    expect(letter).toContain('TỜ TRÌNH');
    expect(letter).toMatch(/đã được Hội đồng chốt ngày \d\d\/\d\d\/\d{4} và kết quả biểu quyết/);
    // Every unit the closed round proposed, named once: the papers follow the closed round, not the later correction.
    // (A person by the name alone: the title the name cell carried stands in a column of its own.)
    for (const unit of proposed) expect(letter.split(nameAndTitle(unit).name).length - 1, unit).toBe(1);
  }, 600_000);
});
