// «Tổng hợp» is titled with the set's own movement, as the report template and the papers are: a ward primary school's
// Mẫu 03 (the real ccvc-son-tra-mau-03.xlsx) whose office wrote its plan in «Trích yếu» — «Phát động phong trào thi
// đua «Dạy tốt, học tốt» năm học 2025 - 2026» — had its template headed with that movement and its tong-hop.xlsx headed
// «… THI ĐUA CHUYỂN ĐỔI SỐ». Imported, exported, «Trích yếu» typed, template, one teacher's report, scored twice by the
// command line into one folder: the summary is titled with the movement and is known as thidua's own on the second run
// (written again as «Tổng hợp», never «Tổng hợp (2)» beside it); a set naming no movement keeps the title it had.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_TITLE } from '../../core/workbook/plan-summary.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { openXlsx, runInProcess, tempDir } from '../cli/helpers.js';
import { typeInTemplate } from '../helpers/type-in-template.js';

const MOVEMENT = 'PHONG TRÀO THI ĐUA «DẠY TỐT, HỌC TỐT» NĂM HỌC 2025 - 2026';
let dir: string;

/** A1 of each sheet of a workbook, by sheet name. */
async function titles(path: string): Promise<Record<string, unknown>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return Object.fromEntries(book.worksheets.map((ws) => [ws.name, ws.getCell('A1').value]));
}

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx'), join(dir, 'mau-03.xlsx'));
  expect((await runInProcess(['criteria', 'import', 'mau-03.xlsx', '--out', 'bo.json'], dir)).code).toBe(0);
  expect((await runInProcess(['criteria', 'export', 'bo.json', '--out', 'bo.xlsx'], dir)).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'bo.xlsx'));
  const ws = book.getWorksheet('Tiêu chí')!;
  ws.eachRow((row) => {
    if (row.getCell(2).value === 'Trích yếu') row.getCell(3).value = 'Phát động phong trào thi đua «Dạy tốt, học tốt» năm học 2025 - 2026';
  });
  await book.xlsx.writeFile(join(dir, 'bo-truong.xlsx'));
  expect((await runInProcess(['template', '--criteria', 'bo-truong.xlsx', '--unit', 'Lê Thị Mai', '--kind', 'Cá nhân', '--out', 'mau.xlsx'], dir)).code).toBe(0);
  await mkdir(join(dir, 'bao-cao'));
  await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'bao-cao', 'le-thi-mai.xlsx'), 'Kết quả', { 'B.1': 'a', 'B.2': 'a', 'B.3': 'b' });
  for (let run = 0; run < 2; run++) expect((await runInProcess(['score', 'bao-cao', '--criteria', 'bo-truong.xlsx', '--out', 'ket-qua'], dir)).code).toBe(0);
}, 300_000);

describe('the summary’s title', () => {
  it('names the movement the template names, on the sheet thidua writes again run after run', async () => {
    const [template] = await (await openXlsx(join(dir, 'mau.xlsx'))).readSheets(['Lê Thị Mai']);
    expect(template!.values[1]![0]).toBe(`BÁO CÁO KẾT QUẢ THỰC HIỆN ${MOVEMENT}`);
    const sheets = await titles(join(dir, 'ket-qua', 'tong-hop.xlsx'));
    expect(sheets['Tổng hợp']).toBe(`TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM ${MOVEMENT}`);
    expect(Object.keys(sheets).filter((name) => name.startsWith('Tổng hợp'))).toEqual(['Tổng hợp']);
  });

  it('keeps the title it had for a set naming no movement', async () => {
    await mkdir(join(dir, 'bao-cao-2'));
    await copyFile(join(dir, 'bao-cao', 'le-thi-mai.xlsx'), join(dir, 'bao-cao-2', 'le-thi-mai.xlsx'));
    expect((await runInProcess(['score', 'bao-cao-2', '--criteria', 'bo.json', '--out', 'ket-qua-2'], dir)).code).toBe(0);
    expect((await titles(join(dir, 'ket-qua-2', 'tong-hop.xlsx')))['Tổng hợp']).toBe(SUMMARY_TITLE);
  });
});

// Made for an officer's walk of Sơn Trà's Mẫu 03: the school's tong-hop.xlsx was titled with the digital movement
// while its template and papers named «Dạy tốt, học tốt».
