// `thidua verify` tells content from bytes: the example commune scored and closed, then one scored copy opened and
// saved again by openpyxl (and by LibreOffice) with no cell changed, and in other folders the same copy with one
// score of its «Tổng hợp» changed, or the «Điểm tối đa» of its report sheet. The first is said «lưu lại, không ô nào
// đổi» from the cells the run's record keeps of the copy — not «đã khác bản đã chốt», the words of tampering —; the
// others name the sheet and cell with its value then and now, in Vietnamese numbers (84,29, never 84.29).
import { execFileSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closedWithBuiltin } from '../council/example-commune.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { runInProcess, tempDir } from './helpers.js';

const root = resolve(import.meta.dirname, '../..');
const COPY = 'ban-hua-ca.cham-diem.xlsx';
let closed: string;

/** openpyxl loads and saves the copy, changing the cell of «Tổng hợp» that holds `from` to `to` when given, or the cell `cell` of the report sheet. */
function openpyxl(path: string, change?: { from: number; to: number } | { cell: string; to: number }): void {
  const edit = !change
    ? ''
    : 'cell' in change
      ? `\nwb.worksheets[0]['${change.cell}'] = ${change.to}`
      : `\nfor row in wb['Tổng hợp'].iter_rows():\n    for c in row:\n        if c.value == ${change.from} and c.column == 4: c.value = ${change.to}`;
  execFileSync('/usr/bin/python3', ['-c', `import sys\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])${edit}\nwb.save(sys.argv[1])`, path]);
}

beforeAll(async () => {
  // The example commune scored with the built-in set and closed (made once a run), in this file's own copy.
  const made = await closedWithBuiltin();
  closed = join(made.dir, 'kq');
  expect([made.run.code, made.closed.code]).toEqual([0, 0]);
}, 120_000);

describe('verify tells content from bytes', () => {
  it('says a copy saved again by openpyxl with no cell changed: «lưu lại, không ô nào đổi»', async () => {
    const folder = join(await tempDir(), 'luu-lai');
    await cp(closed, folder, { recursive: true });
    openpyxl(join(folder, COPY));
    const run = await runInProcess(['verify', folder], root);
    expect(run.stderr).toMatch(new RegExp(`Tệp ${COPY.replace(/\./g, '\\.')} lưu lại, không ô nào đổi: khác bản đã chốt từng byte \\(mã SHA-256; .*\\) nhưng \\d+ ô đã chấm ở trang «Bản Hua Ca» và kết quả ở trang «Tổng hợp» vẫn như lúc chốt`));
    expect(run.stderr).not.toContain('đã khác bản đã chốt.');
    expect(run.stderr).not.toContain('đã khác bản đã chốt:');
  });

  it('says the same of a copy saved again by LibreOffice', async () => {
    const folder = join(await tempDir(), 'libreoffice');
    await cp(closed, folder, { recursive: true });
    await savedByLibreOffice(join(folder, COPY));
    const run = await runInProcess(['verify', folder], root);
    expect(run.stderr).toContain(`Tệp ${COPY} lưu lại, không ô nào đổi`);
    expect(run.stderr).not.toContain('đã khác bản đã chốt:');
  }, 120_000);

  it('names a cell of the report sheet changed after closing, «Điểm tối đa» 10 → 11, with its sheet', async () => {
    const folder = join(await tempDir(), 'diem-toi-da');
    await cp(closed, folder, { recursive: true });
    // O14: thidua's «Điểm tối đa» of the copy's first criterion (10).
    openpyxl(join(folder, COPY), { cell: 'O14', to: 11 });
    const run = await runInProcess(['verify', folder], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Tệp ${COPY} đã khác bản đã chốt: trang «Bản Hua Ca», ô O14: 10 → 11.`);
    expect(run.stderr).not.toContain('không ô nào đổi');
  });

  it('names a changed cell with its value before and after, in Vietnamese numbers', async () => {
    const folder = join(await tempDir(), 'sua');
    await cp(closed, folder, { recursive: true });
    openpyxl(join(folder, COPY), { from: 98, to: 84.29 });
    const run = await runInProcess(['verify', folder], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`Tệp ${COPY.replace(/\./g, '\\.')} đã khác bản đã chốt: trang «Tổng hợp», ô D\\d+: 98 → 84,29\\.`));
    expect(run.stderr).not.toContain('84.29');
  });
});

// Made for issue 46 item 5: a copy saved again is not said to be tampered with; a changed cell is named.
