// A document's item scored by its parts (Criterion.partOf, issue 55: Tiền Giang's «C3 … 5 điểm» over C3.1 and C3.2
// chosen by level and C3.3 a bonus), on every face the command line drives: the confirmation shows the item on one
// line with its parts under it and counts it once; the criteria sheet keeps it in each part's «Ghi chú» through a
// workbook written by thidua, by ExcelJS and saved again by LibreOffice; the template heads the parts with the item,
// a row the report reader passes over, and the filled report scores as the parts add up.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { criteriaSetToGrid, itemCount, planCriteriaSheet, readCriteriaSheet, understoodLines, understoodSet } from '../../core/criteria/sheet/index.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { partOfSet } from '../helpers/part-of-set.js';
import { typeInTemplate } from '../helpers/type-in-template.js';
import { openXlsx, runInProcess, tempDir } from './helpers.js';

const set = partOfSet;
const WHOLE_LINE = '  C3  Công tác bảo vệ môi trường nông thôn — 5 điểm, cộng các phần:';

describe('the confirmation', () => {
  it('shows the item on one line, its parts indented under it, and counts it as one item', () => {
    expect(understoodLines(understoodSet(set))).toEqual([
      '1. Thực hiện nhiệm vụ chuyên môn — 10 điểm',
      '  C2  Thẩm định hồ sơ đúng hạn — tối đa 5 điểm, chấm thủ công',
      WHOLE_LINE,
      '      C3.1  Tham mưu chỉ đạo các xã có kế hoạch — tối đa 2 điểm, chọn mức: 2',
      '      C3.2  Tổ chức thu gom bao gói thuốc bảo vệ thực vật — tối đa 3 điểm, chọn mức: 3',
      '      C3.3  Thu gom ở 100% số xã — cộng tối đa 1 [điểm thưởng]',
      'Chấm trên tổng 10 điểm (điểm thưởng cộng thêm tối đa 1).',
    ]);
    expect(itemCount(set)).toEqual({ items: 2, parts: '; mục C3 gồm 3 phần chấm riêng' });
    // A set without parts is counted and shown as before.
    const plain = { ...set, criteria: set.criteria.map(({ partOf: _, ...c }) => c) };
    expect(itemCount(plain)).toEqual({ items: 4, parts: '' });
    expect(understoodLines(understoodSet(plain)).filter((l) => l.includes('cộng các phần'))).toEqual([]);
  });
});

describe('the criteria sheet', () => {
  it('says the item at the head of each part’s «Ghi chú», before the part’s own note, and reads it back', () => {
    const grid = criteriaSetToGrid(set);
    const header = grid.findIndex((r) => r[0] === 'Mã' && r.includes('Ghi chú'));
    const note = grid[header]!.indexOf('Ghi chú');
    const notes = Object.fromEntries(grid.slice(header + 1, header + 5).map((r) => [r[0], r[note]]));
    expect(notes).toEqual({
      C2: null,
      'C3.1': 'Phần của mục C3 «Công tác bảo vệ môi trường nông thôn» (mục ghi 5 điểm). Chọn một mức, không cộng: có báo cáo (2 điểm); không có (0 điểm).',
      'C3.2': 'Phần của mục C3 «Công tác bảo vệ môi trường nông thôn» (mục ghi 5 điểm)',
      'C3.3': 'Phần của mục C3 «Công tác bảo vệ môi trường nông thôn» (mục ghi 5 điểm)',
    });
    expect(readCriteriaSheet({ name: 'Tiêu chí', values: grid })).toEqual({ ok: true, set, notices: [], reconciliation: expect.objectContaining({ agrees: true }) });
  });
});

describe('on the command line', () => {
  let dir: string;
  const readSet = async (name: string) => CriteriaSet.parse(JSON.parse(await readFile(join(dir, name), 'utf8')));
  beforeAll(async () => {
    dir = await tempDir();
    await writeFile(join(dir, 'bo.json'), `${JSON.stringify(set, null, 2)}\n`);
  });

  it('shows, exports and imports the set unchanged, through thidua’s workbook, ExcelJS’s and LibreOffice’s, the item shown over its parts', async () => {
    const exported = await runInProcess(['criteria', 'export', 'bo.json', '--out', 'bo.xlsx'], dir);
    expect([exported.code, exported.stdout]).toEqual([0, `Đã xuất bộ tiêu chí thu-nghiem@1 (2 tiêu chí; mục C3 gồm 3 phần chấm riêng): bo.xlsx\n`]);
    const show = await runInProcess(['criteria', 'show', 'bo.json'], dir);
    expect(show.stdout.split('\n').filter((l) => l.includes('Phần của mục')).map((l) => l.trim().split(' · ')[0])).toEqual(
      Array(3).fill('Phần của mục C3 «Công tác bảo vệ môi trường nông thôn» (mục ghi 5 điểm)'),
    );
    const excelJs = new ExcelJsWorkbook(new ExcelJS.Workbook());
    await excelJs.apply({ sheets: [planCriteriaSheet(set)] });
    await excelJs.workbook.xlsx.writeFile(join(dir, 'exceljs.xlsx'));
    await mkdir(join(dir, 'lo'));
    await copyFile(join(dir, 'bo.xlsx'), join(dir, 'lo', 'libreoffice.xlsx'));
    await savedByLibreOffice(join(dir, 'lo', 'libreoffice.xlsx'));
    for (const [from, out] of [['bo.xlsx', 'lai.json'], ['exceljs.xlsx', 'exceljs.json'], [join('lo', 'libreoffice.xlsx'), 'libreoffice.json']] as const) {
      const again = await runInProcess(['criteria', 'import', from, '--out', out], dir);
      expect(again.code, from).toBe(0);
      expect(again.stdout, from).toContain('(2 tiêu chí, 1 nhóm; mục C3 gồm 3 phần chấm riêng)');
      const lines = again.stdout.split('\n');
      const whole = lines.indexOf(`  ${WHOLE_LINE}`);
      expect(lines.slice(whole, whole + 4).map((l) => l.trim().split('  ')[0]), from).toEqual(['C3', 'C3.1', 'C3.2', 'C3.3']);
      expect(await readSet(out), from).toEqual(set);
    }
  }, 300_000);

  it('heads the parts with the item in the template, a row with nothing to type that the report reader passes over', async () => {
    expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', 'Phòng TN&MT Cai Lậy', '--kind', 'co-quan', '--out', 'mau.xlsx'], dir)).code).toBe(0);
    const [template] = await (await openXlsx(join(dir, 'mau.xlsx'))).readSheets(['Phòng TN&MT Cai Lậy']);
    const coded = template!.values.filter((r) => r[1] !== null || (typeof r[2] === 'string' && r[2].startsWith('C3 '))).slice(1).map((r) => [r[0], r[1], r[2], r[5]]);
    expect(coded).toEqual([
      [1, 'C2', 'Thẩm định hồ sơ đúng hạn', 5],
      [null, null, 'C3 Công tác bảo vệ môi trường nông thôn (5 điểm)', null],
      [2, 'C3.1', 'Tham mưu chỉ đạo các xã có kế hoạch', 2],
      [3, 'C3.2', 'Tổ chức thu gom bao gói thuốc bảo vệ thực vật', 3],
      [4, 'C3.3', 'Thu gom ở 100% số xã', 1],
    ]);

    await mkdir(join(dir, 'bao-cao'));
    await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'bao-cao', 'don-vi.xlsx'), 'Điểm tự chấm', { C2: 4, 'C3.1': 2, 'C3.2': 3, 'C3.3': 1 });
    const run = await runInProcess(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir);
    expect(run.code).toBe(0);
    const card = (JSON.parse(run.stdout) as ScoreRunOutput).cards[0]!;
    // C3 counts its parts: 2 + 3 in the base, C3.3's 1 a bonus; no row left unknown, none missing.
    expect([card.base, card.bonus, card.total, card.applicableMax]).toEqual([9, 1, 10, 10]);
    expect(card.criteria.map((c) => [c.code, c.points])).toEqual([['C2', 4], ['C3.1', 2], ['C3.2', 3], ['C3.3', 1]]);
    expect(card.flags).toEqual([]);
    const [scored] = await (await openXlsx(join(dir, 'ket-qua', 'don-vi.cham-diem.xlsx'))).readSheets([card.sheet]);
    const total = scored!.values.find((r) => r.includes('Tổng điểm'))!;
    expect(total[total.indexOf('Tổng điểm') + 1]).toBe(card.total);
    // The heading row is given no score.
    const heading = scored!.values.find((r) => r[2] === 'C3 Công tác bảo vệ môi trường nông thôn (5 điểm)')!;
    expect(heading.filter((v) => typeof v === 'number')).toEqual([]);
  }, 300_000);
});

// Made for issue 55: Tiền Giang's C3, C4, C5, each one item of the document scored by its parts, shown and kept as one.
