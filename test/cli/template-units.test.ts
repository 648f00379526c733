// The blank list of units the command line writes (`thidua template --units`): its sheet «Danh sách đơn vị» heads the
// columns readRoster reads — the name and kind, and the four a person's achievement report is filled from (sex, birth
// date, post, unit of work) — with the set's kinds named above; filled in as an officer does (a birth date typed as a
// date cell), it reads back with each person's details. The help of `score --units` and of `template` names the columns.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { readRoster, ROSTER_SHEET } from '../../core/ranking/roster.js';
import { openXlsx, runInProcess, tempDir } from './helpers.js';

const COLUMNS = ['Tên đơn vị', 'Loại đơn vị', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Đơn vị công tác'];
let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('thidua template --units', () => {
  it('writes the blank list with the optional columns, which read back as a person’s details once filled in', async () => {
    const run = await runInProcess(['template', '--criteria', 'ta-ma-2025', '--units', '--out', 'danh-sach-don-vi.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Đã tạo danh sách đơn vị trống (trang «${ROSTER_SHEET}»: ${COLUMNS.join(' | ')}): danh-sach-don-vi.xlsx\n`);

    const path = join(dir, 'danh-sach-don-vi.xlsx');
    const port = await openXlsx(path);
    expect(await port.listSheets()).toEqual([ROSTER_SHEET]);
    const ws = port.workbook.getWorksheet(ROSTER_SHEET)!;
    const set = findBuiltin('ta-ma-2025')!;
    const headerRow = set.subjectKinds.length + 5;
    expect((ws.getRow(headerRow).values as unknown[]).slice(1)).toEqual(COLUMNS);
    const notes = Array.from({ length: headerRow - 2 }, (_, i) => String(ws.getCell(i + 2, 1).value)).join(' ');
    for (const kind of set.subjectKinds) expect(notes).toContain(kind.label);
    expect(notes).toContain('Nghị định 152/2025/NĐ-CP');
    expect(ws.getCell(headerRow + 1, 4).numFmt).toBe('dd/mm/yyyy');
    expect(ws.pageSetup.paperSize).toBe(9); // A4
    // Blank, it lists no unit (the notes above the header are not read as units).
    expect(readRoster(set, (await port.readSheets([ROSTER_SHEET]))[0]!)).toEqual([]);

    // Filled in as an officer does: a unit, and a person with the birth date typed as a date.
    ws.getRow(headerRow + 1).values = ['Bản Nà Pen', 'Bản'];
    ws.getRow(headerRow + 2).values = ['Lò Văn Minh (công chức Văn hóa - Xã hội)', 'Cá nhân', 'Nam', new Date(Date.UTC(1985, 2, 15)), 'Công chức Văn hóa - Xã hội', 'Ủy ban nhân dân xã Ta Ma'];
    await port.workbook.xlsx.writeFile(path);
    const [grid] = await (await openXlsx(path)).readSheets([ROSTER_SHEET]);
    expect(readRoster(set, grid!)).toEqual([
      { name: 'Bản Nà Pen', kind: 'ban' },
      { name: 'Lò Văn Minh (công chức Văn hóa - Xã hội)', kind: 'ca-nhan', details: { sex: 'Nam', birthDate: '15/03/1985', post: 'Công chức Văn hóa - Xã hội', workUnit: 'Ủy ban nhân dân xã Ta Ma' } },
    ]);
  });

  it('takes no --unit or --kind', async () => {
    const run = await runInProcess(['template', '--criteria', 'ta-ma-2025', '--units', '--unit', 'Bản Nà Pen', '--out', 'x.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--units lập danh sách mọi đơn vị: bỏ --unit, --kind.');
  });

  it('is named, with every column, in the help of `score --units` and of `template`', async () => {
    const score = await runInProcess(['score', '--help'], dir);
    expect(score.stdout.replace(/\s+/g, ' ')).toContain('«Danh sách đơn vị» (Tên đơn vị | Loại đơn vị, thêm nếu có: Giới tính | Ngày sinh | Chức vụ | Đơn vị công tác');
    expect(score.stdout).toContain('thidua template --criteria <bộ> --units --out <tệp.xlsx>');
    const template = await runInProcess(['template', '--help'], dir);
    expect(template.stdout).toContain(`thidua template --criteria <bộ tiêu chí> --units --out <tệp.xlsx>`);
    expect(template.stdout).toContain(COLUMNS.join(' | '));
  });
});

// Made for issue 57 item 4: the unit list's template and help with the columns a person's achievement report is filled from.
