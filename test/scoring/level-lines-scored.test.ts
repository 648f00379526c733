// An item's lines of levels scored as its minutes key them (issue 55): on the real Tiền Giang department table,
// imported, its template filled by a unit that typed its level's points on the line's row — «3.3.2.1»: 2 (under 1000
// files, 10 % or more before time, level d), as the department's minutes write it — and a deduction level on
// «3.3.3.2», and scored by the command line: 3.3 counts its 6 with the line's bonus and the deduction.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { typeInTemplate } from '../helpers/type-in-template.js';

const UNIT = 'Phòng TN&MT Cai Lậy';
let output: ScoreRunOutput;

beforeAll(async () => {
  const dir = await tempDir();
  await copyFile(join(CORPUS, 'tnmt-tien-giang-bang-diem-chuan.docx'), join(dir, 'bang-diem.docx'));
  expect((await runInProcess(['criteria', 'import', 'bang-diem.docx', '--out', 'bo.json'], dir)).code).toBe(0);
  expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', UNIT, '--kind', 'co-quan', '--out', 'mau.xlsx'], dir)).code).toBe(0);
  await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'bao-cao.xlsx'), 'Điểm tự chấm', { '3.1': 2, '3.1.2': 0.5, '3.3': 6, '3.3.2.1': 2, '3.3.3.2': 1 });
  const run = await runInProcess(['score', 'bao-cao.xlsx', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir);
  output = JSON.parse(run.stdout) as ScoreRunOutput;
}, 300_000);

describe('a unit’s level typed on an item’s line of levels', () => {
  it('counts 3.3’s 6 with the 2 of line 3.3.2.1 and the 1 taken on 3.3.3.2, and 3.1’s 2 less its 0,5', () => {
    const card = output.cards[0]!;
    const c = (code: string) => card.criteria.find((x) => x.code === code)!;
    expect(c('3.3').own).toMatchObject({ bonus: 2, deduction: 1 });
    expect(c('3.1').own).toMatchObject({ deduction: 0.5 });
    expect(card.total).toBe(8.5);
  });
});

// Made for issue 55: 3.3's sub-tables of levels read as lines of the item, scored as the minutes key them.
