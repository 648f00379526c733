// A real money table refused for being money (issue 55 item 3): Văn Bàn district's summary of its schools' budget,
// laid out like a scoring table (STT · Chỉ tiêu · Dự toán giao năm 2024 · Dự toán giao năm 2025 · Ghi chú, rows I,
// 2, 2.6, 2.6.1 …) with its amounts in millions of đồng (525 469; 824,4; 586) — too few in the tens of thousands
// for the figures' size alone to say money. Kept byte-exact in test/fixtures/real/not-scoring (README there).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../cli/helpers.js';

const REAL = fileURLToPath(new URL('../fixtures/real/not-scoring/van-ban-du-toan-khoi-truong.xlsx', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  const bytes = await readFile(REAL);
  expect(createHash('sha256').update(bytes).digest('hex')).toBe('cfc8eef5451b936d99362fe4821b16af9b1db23cbd5500d411d0bc6a345960a5');
  await writeFile(join(dir, 'van-ban.xlsx'), bytes);
  // The same document with its header words changed to ours: content under «Nội dung», the 2024 budget under
  // «Điểm chuẩn» — what an officer gets who renames columns to make a table import.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('MauGoc')!;
  sheet.getCell('B2').value = 'Nội dung';
  sheet.getCell('C2').value = 'Điểm chuẩn';
  await wb.xlsx.writeFile(join(dir, 'doi-ten.xlsx'));
  // And with its header words changed to words no layout knows: no header row at all; its title still says money.
  const unknown = new ExcelJS.Workbook();
  await unknown.xlsx.load(bytes as unknown as ArrayBuffer);
  const renamed = unknown.getWorksheet('MauGoc')!;
  for (const [col, word] of [['A', 'Cột 1'], ['B', 'Cột 2'], ['C', 'Cột 3'], ['D', 'Cột 4'], ['E', 'Cột 5']]) for (const row of [2, 3]) renamed.getCell(`${col}${row}`).value = word;
  await unknown.xlsx.writeFile(join(dir, 'la.xlsx'));
});

describe('criteria import of a real budget table', () => {
  it('refuses it as money, naming the money column at its header cell before the columns its header lacks', async () => {
    const run = await runInProcess(['criteria', 'import', 'van-ban.xlsx', '--out', 'bo.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      'Tệp van-ban.xlsx không có trang tiêu chí:',
      '  trang «MauGoc»: cột «Dự toán giao năm 2024» (ô C2) ghi số tiền, không phải điểm: đây không phải bảng chấm điểm (dòng tiêu đề ở dòng 2 thiếu cột «Nội dung» (tên tiêu chí), «Điểm chuẩn» / «Điểm tối đa»)',
    ]);
  });

  it('refuses it with its header renamed to a scoring table’s, by the money column beside', async () => {
    const run = await runInProcess(['criteria', 'import', 'doi-ten.xlsx', '--out', 'bo.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'Trang «MauGoc» của tệp doi-ten.xlsx có lỗi:',
      '  ô C2: Cột «Điểm chuẩn» ghi số tiền (như 525.469; cột «Dự toán giao năm 2025» (ô D2) bên cạnh cũng ghi số tiền), không phải điểm: bảng này không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị.',
    ]);
  });

  it('refuses it as money by its title when its header names no column the reader knows, naming sheet and cell', async () => {
    const run = await runInProcess(['criteria', 'import', 'la.xlsx', '--out', 'bo.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      'Tệp la.xlsx không có trang tiêu chí:',
      '  trang «MauGoc»: ô A1 ghi «Biểu tổng hợp dự toán khối trường»: các số của bảng (như 525.469 ở ô C4) là số tiền, không phải điểm: đây không phải bảng chấm điểm (không có dòng tiêu đề cột nào có «STT», «Nội dung» (tên tiêu chí), «Điểm chuẩn» / «Điểm tối đa»)',
    ]);
  });
});

// Made for issue 55 item 3 and its «Done when»: a money table held by a test from a real document.
