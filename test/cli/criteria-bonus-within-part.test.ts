// A bonus row closing a part, through the command line: a commune's table as its officer types it (ExcelJS) —
// «II. Kết quả thực hiện (30 điểm)» over items of 20 and 10, then «* Điểm thưởng (tối đa 5 điểm): – Có sáng kiến cấp
// xã: 2 điểm; – Có sáng kiến cấp tỉnh: 5 điểm» — imported, its template filled for two units, scored. The bonus is read
// as part II's (never words of item 4), its own cap 5, and raises the part at most to its 30: 28 + 5 counts 30, said
// where the points are listed; 20 + 2 counts 22. The table does not say whether the bonus may pass the part's 30: said
// at its cell, the reading that holds the table's total of 100.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { typeInTemplate } from '../helpers/type-in-template.js';
import { openXlsx, runOk, tempDir, type Run } from './helpers.js';

const [FULL, HALF] = ['UBND xã Tà Xùa', 'UBND xã Háng Đồng'];
const LINE = '«II. Kết quả thực hiện (30 điểm)» cộng 33 điểm, tính tối đa 30 điểm';

let dir: string;
let imported: Run;
let set: CriteriaSet;
let json: ScoreRunOutput;

/** The commune's table as its officer typed it: the bonus row starred, its levels on lines of the name cell. */
async function writeTable(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Bảng điểm');
  ws.addRows([
    ['BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA CÁC XÃ NĂM 2025'],
    [],
    ['STT', 'Tiêu chuẩn thi đua', 'Điểm', 'Ghi chú'],
    ['I', 'Công tác chỉ đạo, điều hành (70 điểm)', 70],
    [1, 'Ban hành kế hoạch thi đua năm', 30],
    [2, 'Tổ chức phát động phong trào thi đua', 40],
    ['II', 'Kết quả thực hiện (30 điểm)', 30],
    [3, 'Hoàn thành chỉ tiêu kinh tế - xã hội được giao', 20],
    [4, 'Sơ kết, tổng kết phong trào thi đua', 10],
    ['*', 'Điểm thưởng (tối đa 5 điểm):\n– Có sáng kiến cấp xã: 2 điểm;\n– Có sáng kiến cấp tỉnh: 5 điểm'],
    [null, 'Tổng cộng', 100],
  ]);
  ws.getCell('B10').alignment = { wrapText: true };
  await book.xlsx.writeFile(path);
}

beforeAll(async () => {
  dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  await writeTable(join(dir, 'bang.xlsx'));
  imported = await thidua('criteria', 'import', 'bang.xlsx', '--out', 'tieu-chi.json');
  set = JSON.parse(await readFile(join(dir, 'tieu-chi.json'), 'utf8')) as CriteriaSet;
  await mkdir(join(dir, 'bao-cao'));
  for (const [unit, file, values] of [[FULL, 'ta-xua.xlsx', { 1: 30, 2: 40, 3: 18, 4: 10, 5: 5 }], [HALF, 'hang-dong.xlsx', { 1: 30, 2: 40, 3: 12, 4: 8, 5: 2 }]] as const) {
    await thidua('template', '--criteria', 'tieu-chi.json', '--unit', unit, '--kind', 'ubnd-xa', '--out', `mau-${file}`);
    await typeInTemplate(join(dir, `mau-${file}`), join(dir, 'bao-cao', file), 'Kết quả', values);
  }
  json = JSON.parse((await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.json', '--out', 'thu', '--json')).stdout) as ScoreRunOutput;
}, 300_000);

describe('a bonus row closing a part, read and scored within the part', () => {
  it('is read as part II\'s bonus, its cap 5, its levels in its note — not words of item 4', () => {
    expect(set.criteria.map((c) => [c.code, c.group, c.maxPoints, c.rule.kind])).toEqual([
      ['1', 'I', 30, 'manual'], ['2', 'I', 40, 'manual'], ['3', 'II', 20, 'manual'], ['4', 'II', 10, 'manual'], ['5', 'II', 5, 'bonus'],
    ]);
    expect(set.criteria.find((c) => c.code === '4')?.note ?? '').not.toContain('Điểm thưởng');
    expect(set.criteria.find((c) => c.code === '5')?.note).toBe('Các mức ghi trong ô: Có sáng kiến cấp xã 2 điểm; Có sáng kiến cấp tỉnh 5 điểm.');
  });

  it('says at the row\'s cell what it read, and that the table does not say whether the bonus may pass the part\'s 30', () => {
    const said = imported.stdout + imported.stderr;
    expect(said).toContain('ô A10: Dòng «Điểm thưởng (tối đa 5 điểm)» trong phần II: đọc là điểm thưởng của phần II (mục 5), tối đa 5 điểm. Các mức ghi trong ô: Có sáng kiến cấp xã 2 điểm; Có sáng kiến cấp tỉnh 5 điểm — đơn vị ghi tổng điểm thưởng đạt ở dòng 5. Bảng không ghi điểm thưởng có được cộng vượt 30 điểm của phần II không: thidua tính phần II cả điểm thưởng tối đa 30 điểm');
    expect(said).toContain('Chấm trên tổng 100 điểm.');
  });

  it('scores 28 + 5 as the part\'s 30, the cap said, and 20 + 2 as 22', () => {
    const card = (unit: string) => json.cards.find((c) => c.unitName === unit)!;
    expect([card(FULL).base, card(FULL).bonus, card(FULL).total]).toEqual([98, 2, 100]);
    expect(card(FULL).caps).toEqual([{ group: 'II', title: 'Kết quả thực hiện (30 điểm)', part: 'bonus', summed: 33, counted: 30 }]);
    expect([card(HALF).base, card(HALF).bonus, card(HALF).total, card(HALF).caps]).toEqual([90, 2, 92, undefined]);
  });

  it('keeps it the part\'s own bonus through the set\'s workbook: «Cộng điểm (trong điểm tối đa của nhóm)», imported again alike', async () => {
    await runOk(['criteria', 'import', 'bang.xlsx', '--out', 'tieu-chi.xlsx'], dir);
    await runOk(['criteria', 'import', 'tieu-chi.xlsx', '--out', 'lai.json'], dir);
    const again = JSON.parse(await readFile(join(dir, 'lai.json'), 'utf8')) as CriteriaSet;
    expect(again.criteria.find((c) => c.code === '5')?.rule).toEqual({ kind: 'bonus', withinPart: true });
  });

  it('says the cap in the scored copy, where the points are listed, the listed points and the line making the total', async () => {
    const [sheet] = await (await openXlsx(join(dir, 'thu', 'ta-xua.cham-diem.xlsx'))).readSheets([FULL]);
    const values = sheet!.values;
    const header = values.find((r) => r.includes('Điểm thẩm định'))!;
    const [code, points, said] = [header.indexOf('Mã tiêu chí'), header.indexOf('Điểm thẩm định'), header.indexOf('Diễn giải')];
    const listed = values.filter((r) => typeof r[code] === 'string' && /^\d+$/.test(r[code] as string)).map((r) => r[points] as number);
    expect(listed).toEqual([30, 40, 18, 10, 5]);
    const cap = values.find((r) => r[said] === LINE)!;
    expect(cap.slice(points, points + 2)).toEqual(['Vượt tối đa', -3]);
    const total = values.find((r) => r.includes('Tổng điểm'))!;
    expect(listed.reduce((a, b) => a + b, 0) + (cap[points + 1] as number)).toBe(total[total.indexOf('Tổng điểm') + 1]);
  });
});

// Made for: the Đồng Tháp conduct form's «* Điểm thưởng» rows (ren-luyen-dthu-xem-phieu), until 2026-11-30 read as
// words of the row above them, and a commune's bonus in a part added past the part's maximum.
