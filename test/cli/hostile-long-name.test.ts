// A unit named with 32,767 characters (Excel's most for one cell; issue 48: it closed, then its own verify failed
// «dòng 4: đã sửa» and papers refused, the name cut on writing). Refused at the door with its cell, the other reports
// scored, the folder closing and verifying on its own.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from './helpers.js';

const examples = new URL('../../examples/', import.meta.url).pathname;

describe('a unit name longer than any cell it is written to', () => {
  it('is refused naming its cell; the others are scored, closed and verified', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'bc'));
    for (const f of ['ban-hua-ca.xlsx', 'ban-ta-ma.xlsx']) await copyFile(join(examples, 'bao-cao', f), join(dir, 'bc', f));
    await copyFile(join(examples, 'tieu-chi-ta-ma-2025.xlsx'), join(dir, 'tc.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'bc', 'ban-hua-ca.xlsx'));
    const sheet = wb.worksheets.find((ws) => ws.getCell('C6').value === 'Bản Hua Ca')!;
    sheet.getCell('C6').value = `Bản Hua Ca ${'x'.repeat(32_767 - 11)}`;
    await wb.xlsx.writeFile(join(dir, 'bc', 'ban-hua-ca.xlsx'));

    const scored = await runInProcess(['score', 'bc', '--criteria', 'tc.xlsx', '--out', 'kq'], dir);
    expect(scored.code).toBe(1);
    expect(scored.stderr).toContain('Ô C6: tên đơn vị dài 32.767 ký tự, quá 300 ký tự: hãy ghi tên ngắn gọn rồi chấm lại.');
    expect(scored.stderr).not.toContain('x'.repeat(400));
    expect(scored.stdout).toContain('Bản Ta Ma');
    const closed = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
    expect(closed.code, closed.stderr).toBe(0);
    const verified = await runInProcess(['verify', 'kq'], dir);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('Khớp');
  }, 300_000);
});
