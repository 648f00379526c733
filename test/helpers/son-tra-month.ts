// A ward primary school's monthly round on its real Mẫu 03 (the corpus's ccvc-son-tra-mau-03.xlsx), made ready as its
// office makes it: the table imported and exported by the command line, the plan «Phát động phong trào thi đua «Dạy tốt,
// học tốt» năm học 2025 - 2026», the period «Tháng 4/2026» (01/04 – 30/04/2026) and a Giấy khen for two teachers typed
// on «Tiêu chí»; three teachers fill the template — part A at its maxima, B's levels and C's bonus in «Kết quả».
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { typeInTemplate } from './type-in-template.js';

export const SON_TRA_MOVEMENT = 'phong trào thi đua «Dạy tốt, học tốt» năm học 2025 - 2026';

/**
 * Phương and Mai equal on the total (100), Phương with the bonus 1 + 1 the table records beside it; Lan 95 with 2.
 * By hand: Phương 100 (bonus 2), Mai 100, Lan 20 + 15 + 30 + 30 = 95 (bonus 2); the two at 100 told apart by name.
 */
export const SON_TRA_TEACHERS: [string, string, Record<string, string | number>][] = [
  ['Bùi Nguyên Phương', 'bui-nguyen-phuong', { 'B.1': 'a', 'B.2': 'a', 'B.3': 'a', 'C.I.1': 1, 'C.I.2': 1 }],
  ['Lê Thị Mai', 'le-thi-mai', { 'B.1': 'a', 'B.2': 'a', 'B.3': 'a' }],
  ['Nguyễn Thị Lan', 'nguyen-thi-lan', { 'B.1': 'a', 'B.2': 'b', 'B.3': 'a', 'C.I.3': 2 }],
];

/** The folder: bo-thang-4.xlsx (the set as the office typed it) and bao-cao/ (the three teachers' reports). */
export async function sonTraMonth(): Promise<{ dir: string; set: string; reports: string[] }> {
  const dir = await tempDir();
  const thidua = async (...args: string[]) => expect((await runInProcess(args, dir)).code, args.join(' ')).toBe(0);
  await copyFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx'), join(dir, 'mau-03.xlsx'));
  await thidua('criteria', 'import', 'mau-03.xlsx', '--out', 'bo.json');
  await thidua('criteria', 'export', 'bo.json', '--out', 'bo.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'bo.xlsx'));
  const typed: Record<string, string> = { 'Trích yếu': `Phát động ${SON_TRA_MOVEMENT}`, Kỳ: 'Tháng 4/2026', 'Từ ngày': '01/04/2026', 'Đến ngày': '30/04/2026' };
  book.getWorksheet('Tiêu chí')!.eachRow((row) => {
    const label = String(row.getCell(2).value ?? '');
    if (label in typed) row.getCell(3).value = typed[label]!;
    if (label.startsWith('Giấy khen')) {
      row.getCell(2).value = 'Giấy khen của Chủ tịch UBND phường';
      row.getCell(5).value = 'Hoàn thành xuất sắc nhiệm vụ';
      row.getCell(7).value = 'cá nhân: 2';
    }
  });
  await book.xlsx.writeFile(join(dir, 'bo-thang-4.xlsx'));
  const set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as { criteria: { code: string; group: string | null; maxPoints: number }[] };
  const partA = Object.fromEntries(set.criteria.filter((c) => c.group === 'A').map((c) => [c.code, c.maxPoints]));
  await mkdir(join(dir, 'bao-cao'));
  const reports: string[] = [];
  for (const [name, file, results] of SON_TRA_TEACHERS) {
    await thidua('template', '--criteria', 'bo-thang-4.xlsx', '--unit', name, '--kind', 'Cá nhân', '--out', `mau-${file}.xlsx`);
    await typeInTemplate(join(dir, `mau-${file}.xlsx`), join(dir, `tu-cham-${file}.xlsx`), 'Điểm tự chấm', partA);
    reports.push(join(dir, 'bao-cao', `${file}.xlsx`));
    await typeInTemplate(join(dir, `tu-cham-${file}.xlsx`), reports.at(-1)!, 'Kết quả', results);
  }
  return { dir, set: join(dir, 'bo-thang-4.xlsx'), reports };
}

// Made for the tests of Sơn Trà's month (its papers naming the month; the bonus recorded beside the total where the
// teachers are ranked and proposed), on the command line and the standalone page alike.
