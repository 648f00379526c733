// A rate typed where the points go: walking Tiền Giang's DiemChuan.xlsx (the real table, every criterion scored by
// hand), an office typed «90%» for «Phần C3» (1.3.3, at most 5). The criterion was scored 0 and said («là tỷ lệ %,
// tiêu chí cần điểm»), but the self-scores' total counted it as 90 points (178,5 of 100 on the scored sheet) and a
// second flag at the same cell said «điểm tự chấm 90 vượt điểm tối đa 5», so the minutes and the achievement report
// carried two decisions on one cell. Held here on the command line, with «90%» typed as text and as Excel keeps it
// (0,9 formatted as a percent).
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { score } from '../../core/checks/run.js';
import { pathToNextBand } from '../../core/ranking/what-it-takes.js';
import { importCorpusCopy } from '../helpers/corpus-copy.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

let output: ScoreRunOutput;
let dir: string;

/** Every criterion at its maximum, 1.3.3's cell as `typed` gives it. */
async function fill(template: string, out: string, typed: (cell: ExcelJS.Cell) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const ws = book.worksheets[0]!;
  ws.eachRow((row) => {
    const code = row.getCell(2).value;
    const max = row.getCell(6).value;
    if (typeof code !== 'string' || typeof max !== 'number') return;
    if (code === '1.3.3') typed(row.getCell(11));
    else row.getCell(11).value = max;
  });
  await book.xlsx.writeFile(out);
}

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(CORPUS, 'tnmt-tien-giang-DiemChuan.xlsx'), join(dir, 'DiemChuan.xlsx'));
  expect((await runInProcess(['criteria', 'import', 'DiemChuan.xlsx', '--out', 'bo.json'], dir)).code).toBe(0);
  await mkdir(join(dir, 'bao-cao'));
  for (const [unit, file, typed] of [
    ['Phòng TN&MT huyện Châu Thành', 'chau-thanh', (c: ExcelJS.Cell) => (c.value = '90%')],
    // A style of its own: ExcelJS shares a column's style object, so setting numFmt alone would format every K cell.
    ['Phòng TN&MT huyện Cái Bè', 'cai-be', (c: ExcelJS.Cell) => ((c.value = 0.9), (c.style = { ...c.style, numFmt: '0%' }))],
  ] as const) {
    expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', unit, '--kind', 'Cơ quan', '--out', `mau-${file}.xlsx`], dir)).code).toBe(0);
    await fill(join(dir, `mau-${file}.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`), typed);
  }
  output = JSON.parse((await runInProcess(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir)).stdout) as ScoreRunOutput;
}, 300_000);

describe('a rate typed as a self-score on the real Tiền Giang table', () => {
  it('scores 1.3.3 0 and says it once at K29; the self-scores add to 95, not 185', () => {
    expect(output.cards.map((c) => c.unitName).sort()).toEqual(['Phòng TN&MT huyện Châu Thành', 'Phòng TN&MT huyện Cái Bè']);
    for (const card of output.cards) {
      const c3 = card.criteria.find((c) => c.code === '1.3.3')!;
      expect([c3.points, c3.selfScore]).toEqual([0, null]);
      expect([card.total, card.selfTotal]).toEqual([95, 95]);
      expect(card.flags.map((f) => [f.code, f.cell])).toEqual([['unparseable-value', 'K29']]);
      expect(card.flags[0]!.message).toMatch(/^Ô K29: ".+" là tỷ lệ %, tiêu chí cần điểm → 0 điểm \(tiêu chí «Phần C3»\)$/);
    }
  });

  it('writes 95 as the scored sheet’s «Điểm tự chấm»', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'ket-qua', 'chau-thanh.cham-diem.xlsx'));
    const totals = new Map<string, unknown>();
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell, col) => typeof cell.value === 'string' && totals.set(cell.value, row.getCell(col + 1).value)));
    expect(totals.get('Điểm tự chấm')).toBe(95);
  });
});

describe('a rate typed as the self-score of a row scored from its «Kết quả»', () => {
  it('is said at the self-score’s cell as a rate, not as «không phải là số»', () => {
    const set = makeSet({ criteria: [criterion({ code: 'R', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 100 } })] });
    const report = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'R', result: '80%', selfScore: '90%' }] });
    const flags = flagsOf('unparseable-value', set, report);
    expect(flags.map((f) => f.message)).toEqual([`Ô ${flags[0]?.cell}: điểm tự chấm "90%" là tỷ lệ %, không phải điểm (tiêu chí «Tiêu chí R»)`]);
    expect(score(set, report).selfTotal).toBeNull();
  });
});

describe('«Còn thiếu gì» beside a rate typed as a self-score', () => {
  it('says 1.3.3’s «90%» as a figure not read, not as none sent', async () => {
    const { set: table } = await importCorpusCopy('tnmt-tien-giang-DiemChuan.xlsx');
    const set = makeSet({ criteria: table.criteria.filter((c) => c.code === '1.3.3').map((c) => ({ ...c, group: 'G1' })) });
    const steps = pathToNextBand(set, score(set, makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: '1.3.3', selfScore: '90%' }] })))!.steps;
    expect(steps.map((s) => [s.code, s.from])).toEqual([['1.3.3', 'số liệu không đọc được']]);
  });
});

// Made for the walk of Tiền Giang's DiemChuan.xlsx through the year: «90%» typed as a self-score counted as 90 points
// in the self-scores' total and flagged twice at one cell.
