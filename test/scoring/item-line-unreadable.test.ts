// A figure the unit cannot have meant on a line of an item's own (Criterion.own, issue 55): on the real Tiền Giang
// department table, imported, its template filled by a unit that typed «x» on a1's deduction line a1.1, and scored by
// the command line. The line counts 0 with the reason in a1's line, and raises the flag an unreadable criterion's figure
// raises, at the cell: on the scored sheet, in «Rà soát» and in the command line's output, which agree on every figure.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { flagTitle } from '../../core/checks/titles.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { notesOf, openXlsx, runInProcess, tempDir } from '../cli/helpers.js';
import { typeInTemplate } from '../helpers/type-in-template.js';

const UNIT = 'Phòng TN&MT Cai Lậy';
let dir: string;
let output: ScoreRunOutput;

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(CORPUS, 'tnmt-tien-giang-bang-diem-chuan.docx'), join(dir, 'bang-diem.docx'));
  expect((await runInProcess(['criteria', 'import', 'bang-diem.docx', '--out', 'bo.json'], dir)).code).toBe(0);
  expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', UNIT, '--kind', 'co-quan', '--out', 'mau.xlsx'], dir)).code).toBe(0);
  // The unit's hand: 3 on a1, «x» on a1.1, 0,5 on a1.2, in «Điểm tự chấm».
  await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'bao-cao.xlsx'), 'Điểm tự chấm', { a1: 3, 'a1.1': 'x', 'a1.2': 0.5 });
  const run = await runInProcess(['score', 'bao-cao.xlsx', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir);
  output = JSON.parse(run.stdout) as ScoreRunOutput;
}, 300_000);

describe('an unreadable figure on an item’s own line', () => {
  it('counts 0 with the reason in the item’s line, and raises «Số liệu không đọc được» at the cell in the command line’s output', () => {
    const card = output.cards[0]!;
    const a1 = card.criteria.find((c) => c.code === 'a1')!;
    expect(a1.own).toMatchObject({ deduction: 0.5, lines: [{ code: 'a1.1', points: 0 }, { code: 'a1.2', points: 0.5 }] });
    expect(a1.reason).toContain('a1.1: ô K15: "x" không đọc được thành điểm → 0');
    expect(card.total).toBe(2.5);
    const flags = card.flags.filter((f) => f.cell === 'K15');
    expect(flags.map((f) => [f.code, f.severity, f.criterion, f.message])).toEqual([
      ['unparseable-value', 'error', 'a1.1', 'Ô K15: "x" không đọc được thành điểm → chưa trừ điểm, đơn vị giữ điểm cho đến khi Hội đồng quyết định (tiêu chí «Mỗi trường hợp không triển khai hoặc chậm triển khai so với kế hoạch (nếu có): trừ 0,5 điểm.»)'],
    ]);
  });

  it('is on the unit’s scored sheet beside the line, with a note at the cell, and in «Rà soát» under its Vietnamese title', async () => {
    const file = join(dir, 'ket-qua', 'bao-cao.cham-diem.xlsx');
    const port = await openXlsx(file);
    const [sheet] = await port.readSheets([UNIT]);
    const row = sheet!.values[14]!;
    expect(row[1]).toBe('a1.1');
    expect(row.some((v) => typeof v === 'string' && v.startsWith(`[${flagTitle('unparseable-value')}]`))).toBe(true);
    expect((await notesOf(file, UNIT)).get('K15')).toContain('"x" không đọc được thành điểm');
    // The sheet's total is the command line's.
    const total = sheet!.values.find((r) => r.includes('Tổng điểm'))!;
    expect(total[total.indexOf('Tổng điểm') + 1]).toBe(output.cards[0]!.total);

    const [review] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Rà soát']);
    const flagged = review!.values.filter((r) => r[3] === 'K15').map((r) => [r[2], r[3], r[4]]);
    expect(flagged).toEqual([[UNIT, 'K15', flagTitle('unparseable-value')]]);
  });
});

// Made for issue 55: a line of an item's own with an unreadable figure raised no flag of its own.
