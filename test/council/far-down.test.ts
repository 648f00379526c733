// A decision the council typed far down «Rà soát» (issue 48: on row 100,040 it was read as «Đã đọc 1 quyết định» and
// deleted from the rewritten sheet without a word). The example commune scored, the decision typed past the 20,000
// rows thidua reads, the workbook saved by LibreOffice as an office without Excel keeps it: `score` and `close` refuse,
// naming the file, the sheet, the cell and its row in Vietnamese numbers, and write nothing; the page's run refuses
// alike; a scored workbook whose own «Rà soát» runs that far (the task pane's) keeps that sheet as typed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import { REVIEW_HEADERS, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { hashes, runInProcess } from '../cli/helpers.js';
import { scoredCommune } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

const FAR = 100_040;
const col = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h) + 1;
let dir: string;

/** A decision on row FAR of «Rà soát»: the unit, the sheet, the flag and «Bác số liệu», as the council types it. */
async function typeFarDown(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const review = wb.getWorksheet(REVIEW_SHEET)!;
  const row = review.getRow(FAR);
  row.getCell(col('Đơn vị')).value = 'Hội Nông dân xã Ta Ma';
  row.getCell(col('Trang')).value = 'Hội Nông dân';
  row.getCell(col('Ô')).value = 'G16';
  row.getCell(col('Cảnh báo')).value = 'Số liệu ngoài phạm vi';
  row.getCell(col('Quyết định')).value = 'Bác số liệu';
  row.getCell(col('Người rà soát')).value = 'Lò Văn Thành';
  row.getCell(col('Ngày')).value = '20/11/2025';
  await wb.xlsx.writeFile(path);
}

/** The first cell typed down there: the unit's name (column B). */
const CELL = `${String.fromCharCode(64 + col('Đơn vị'))}${FAR}`;
const WHERE = `Trang «${REVIEW_SHEET}» có dữ liệu ở ô ${CELL} (dòng 100.040), ngoài vùng đọc 20.000 dòng`;

beforeAll(async () => {
  // The example commune scored (made once a run), in this file's own copy.
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  await typeFarDown(join(dir, 'kq', 'tong-hop.xlsx'));
  await savedByLibreOffice(join(dir, 'kq', 'tong-hop.xlsx'));
}, 600_000);

describe('a decision typed past the rows thidua reads', () => {
  it('score refuses, naming the file, the sheet, the cell and its row, and writes nothing', async () => {
    const before = await hashes(join(dir, 'kq'));
    const run = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('kq/tong-hop.xlsx: không đọc hết được điều Hội đồng đã ghi:');
    expect(run.stderr).toContain(WHERE);
    expect(run.stderr).toContain('Chưa chấm tệp nào, không ghi gì. Cách xử lý: chuyển các dòng ấy lên trong 20.000 dòng đầu của trang');
    expect(run.stderr).not.toContain('Đã đọc');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(await hashes(join(dir, 'kq'))).toEqual(before);
  }, 300_000);

  it('close refuses alike: nothing sealed without it', async () => {
    const before = await hashes(join(dir, 'kq'));
    const run = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(WHERE);
    expect(run.stderr).toContain('Không chốt.');
    expect(await hashes(join(dir, 'kq'))).toEqual(before);
  }, 300_000);

  it('the page’s run refuses alike, before scoring any file', async () => {
    const criteria = await readCriteriaFile(new Blob([await readFile(join(dir, 'tieu-chi.xlsx'))]), 'tieu-chi.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    const thread: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };
    const files = [{ name: 'kq/tong-hop.xlsx', file: new Blob([await readFile(join(dir, 'kq', 'tong-hop.xlsx'))]) }, { name: 'bao-cao/doan-the-xa-ta-ma.xlsx', file: new Blob([await readFile(join(dir, 'bao-cao', 'doan-the-xa-ta-ma.xlsx'))]) }];
    await expect(runCommune(files, { set: criteria.set, roster: criteria.roster, date: '2025-11-27', thread })).rejects.toThrow(WHERE);
  }, 300_000);

  it('a workbook whose own «Rà soát» runs that far keeps it as typed and writes its review beside it, saying so', async () => {
    const path = join(dir, 'kq', 'tong-hop.xlsx');
    const criteria = await readCriteriaFile(new Blob([await readFile(join(dir, 'tieu-chi.xlsx'))]), 'tieu-chi.xlsx');
    if (!criteria.ok) throw new Error(criteria.message);
    // The unit's own workbook with thidua's «Rà soát» copied in, as the task pane keeps it.
    const unit = new ExcelJS.Workbook();
    await unit.xlsx.readFile(join(dir, 'kq', 'doan-the-xa-ta-ma.cham-diem.xlsx'));
    const council = new ExcelJS.Workbook();
    await council.xlsx.readFile(path);
    const from = council.getWorksheet(REVIEW_SHEET)!;
    const into = unit.getWorksheet(REVIEW_SHEET)!;
    from.eachRow((row, r) => row.eachCell((cell, c) => void (into.getCell(r, c).value = cell.value)));
    const port = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await unit.xlsx.writeBuffer()));
    const result = await scoreWorkbook(port, criteria.set, { date: '2025-11-27' });
    expect(result.councilSheets.review).toBe(`${REVIEW_SHEET} (2)`);
    expect(result.errors.map((e) => e.message)).toContainEqual(expect.stringContaining(`${WHERE}`));
    expect(result.errors.map((e) => e.message)).toContainEqual(expect.stringContaining(`kết quả rà soát lần này ghi ở trang «${REVIEW_SHEET} (2)»`));
    const kept = (await port.readSheets([REVIEW_SHEET]))[0]!;
    expect(kept.clipped?.[0]?.cell).toBe(CELL);
  }, 300_000);
});
