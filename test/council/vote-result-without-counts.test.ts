// «Đạt» typed in «Kết quả» of a nominee's row with no count (as minutes say «nhất trí»): the example commune reviewed,
// every other nominee voted 9/8/7, Bản Ta Ma's row holding only «Đạt» and «Nhất trí 100%», saved by LibreOffice. thidua
// writes «Kết quả» from the counts, so the word is no vote — but before, a run wrote the cell over with nothing kept
// (one line said, then «Đạt» gone), and the closing said only «Bản Ta Ma chưa có kết quả biểu quyết». Now the closing
// names the row and its cell, and every run keeps «Đạt» word for word under the tables with its cell.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { reviewedCommune, typeVotes } from './council-meeting.js';
import { copiedForTest } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

/** The rows of «Biểu quyết» as text, by row number. */
async function rowsOf(summary: string): Promise<Map<number, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const rows = new Map<number, string[]>();
  wb.getWorksheet('Biểu quyết')!.eachRow((r, n) => rows.set(n, Array.from(r.values as unknown[], (v) => (v === null || v === undefined ? '' : String(v))).slice(1)));
  return rows;
}

describe('«Đạt» typed in «Kết quả» with no count', () => {
  let row: number;
  let refused: Run;
  let scored: Run[];
  let after: Map<number, string[]>;

  beforeAll(async () => {
    const dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    await typeVotes(summary, (unit) => (unit === 'Bản Ta Ma' ? undefined : [9, 8, 7]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    wb.getWorksheet('Biểu quyết')!.eachRow((r, n) => {
      if (r.getCell(2).value !== 'Bản Ta Ma') return;
      row = n;
      [r.getCell(8).value, r.getCell(9).value] = ['Đạt', 'Nhất trí 100%'];
    });
    await wb.xlsx.writeFile(summary);
    await savedByLibreOffice(summary);
    const again = await copiedForTest(dir);
    refused = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
    scored = [];
    for (const _ of [1, 2]) scored.push(await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], again));
    after = await rowsOf(join(again, 'kq', 'tong-hop.xlsx'));
  }, 240_000);

  it('the closing names the row and its cell beside Bản Ta Ma not voted', () => {
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      `  - Trang «Biểu quyết», dòng ${row} (ô H${row}): Bản Ta Ma (Giấy khen của Chủ tịch UBND xã) đã ghi «Đạt» ở cột «Kết quả» nhưng chưa ghi tổng số thành viên / số có mặt / số đồng ý (ô E${row}, F${row}, G${row}) — chưa tính là đã biểu quyết; chép nguyên văn «Đạt» xuống bảng «Ghi chép của Hội đồng ngoài bảng biểu quyết»: ghi đủ các số của dòng này, lưu rồi chốt lại.`,
    );
  });

  it('every run keeps «Đạt» under the tables with its cell, the note on its row, and says so', () => {
    expect(scored.map((s) => s.code)).toEqual([0, 0]);
    expect(scored[0]!.stderr).toContain(`H${row}: Bản Ta Ma: «Đạt» ở cột «Kết quả» mà chưa ghi số biểu quyết (ô E${row}, F${row}, G${row}): cột này do thidua tính từ các số, trường hợp này tính là chưa biểu quyết;`);
    for (const s of scored) expect(s.stderr).toContain('1 dòng Hội đồng ghi ngoài bảng biểu quyết: giữ nguyên văn ở bảng «Ghi chép của Hội đồng ngoài bảng biểu quyết» cuối trang «Biểu quyết», không tính là biểu quyết.');
    expect(after.get(row)!.slice(1, 9)).toEqual(['Bản Ta Ma', 'Bản Ta Ma', 'Giấy khen của Chủ tịch UBND xã', '', '', '', '', 'Nhất trí 100%']);
    expect([...after.values()].some((r) => r[1] === 'Đạt' && r[2] === `H${row}`)).toBe(true);
  });
});
