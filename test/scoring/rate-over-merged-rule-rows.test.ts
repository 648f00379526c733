// A rate whose rule a workbook writes a line a row, beside the indicator's one maximum merged down over those rows
// (the departments' DTI part as a workbook, cds-so-ban-nganh-bo-chi-so.xlsx: «a= … / b= … / - Tỷ lệ = a/b. / - Điểm=Tỷ
// lệ* Điểm tối đa» in D24:D27 beside B24:B27 merged), is read from all its lines, as the same table in Word
// (cds-so-ban-nganh-hoat-dong-cds.docx, the lines in one cell) is; and a rate the words give full points from a figure
// below 100% is scored as written or left to the officer, never as a rate of 100%; so is the workbook written again with
// its merges split, each line of the rule alone on its row. The real tables imported by the command line, the
// workbook's template filled as a department fills it, scored.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { CORPUS, loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { typeInTemplate } from '../helpers/type-in-template.js';

let imported: { code: number; stdout: string };
let workbook: CriteriaSet;
let word: CriteriaSet;
let output: ScoreRunOutput;

beforeAll(async () => {
  const dir = await tempDir();
  await copyFile(join(CORPUS, 'cds-so-ban-nganh-bo-chi-so.xlsx'), join(dir, 'bo-chi-so.xlsx'));
  await copyFile(join(CORPUS, 'cds-so-ban-nganh-hoat-dong-cds.docx'), join(dir, 'hoat-dong.docx'));
  imported = await runInProcess(['criteria', 'import', 'bo-chi-so.xlsx', '--out', 'bo.json'], dir);
  expect((await runInProcess(['criteria', 'import', 'hoat-dong.docx', '--out', 'word.json'], dir)).code).toBe(0);
  workbook = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
  word = JSON.parse(await readFile(join(dir, 'word.json'), 'utf8')) as CriteriaSet;
  expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', 'Sở Tư pháp', '--kind', 'Cơ quan', '--out', 'mau.xlsx'], dir)).code).toBe(0);
  // The department gives itself every maximum; it declares 1.4 as 3 of 4 applications (75%), 1.6 as 60% of its
  // dossiers handled online (full from 80%), 1.10 as 95% (full from 90%, which it gave itself: 10) and 1.15 as 85%
  // (full from 80%: 10).
  await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'a.xlsx'), 'Điểm tự chấm', Object.fromEntries(workbook.criteria.map((c) => [c.code, c.maxPoints])));
  await typeInTemplate(join(dir, 'a.xlsx'), join(dir, 'b.xlsx'), 'Kết quả', { '1.5': '100%', '1.6': '60%', '1.10': '95%', '1.11': '100%', '1.15': '85%' });
  await typeInTemplate(join(dir, 'b.xlsx'), join(dir, 'c.xlsx'), 'Tử số', { '1.4': 3 });
  await typeInTemplate(join(dir, 'c.xlsx'), join(dir, 'bao-cao.xlsx'), 'Mẫu số', { '1.4': 4 });
  output = JSON.parse((await runInProcess(['score', 'bao-cao.xlsx', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir)).stdout) as ScoreRunOutput;
}, 300_000);

const rules = (set: CriteriaSet) => set.criteria.map((c) => [c.code.replace(/^6\./, '1.'), c.rule.kind, c.target?.value]);

describe('the departments’ DTI part as a workbook, its rules written a line a row', () => {
  it('reads the rates from all the lines of their rule, as the same table in Word reads', () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Tỷ lệ: 1.4, 1.5, 1.11; Tỷ lệ (đủ điểm từ 80%): 1.6; Tỷ lệ × điểm tối đa, đủ điểm từ 90%: 1.10; Tỷ lệ × điểm tối đa, đủ điểm từ 80%: 1.15; Min-Max giữa các đơn vị: 1.16, 1.17: chấm từ số liệu đơn vị ghi');
    const rates = workbook.criteria.filter((c) => c.rule.kind === 'ratio').map((c) => [c.code, c.target?.value]);
    expect(rates).toEqual([['1.4', 100], ['1.5', 100], ['1.6', 80], ['1.10', 90], ['1.11', 100], ['1.15', 80]]);
    expect(rules(workbook)).toEqual(rules(word));
  });

  it('reads a rate full from 90% and the rate itself below it (1.10, 1.15) as written, in the workbook and in Word', () => {
    for (const set of [workbook, word]) for (const code of ['10', '15']) expect(set.criteria.find((c) => c.code.endsWith(`.${code}`))!.rule).toEqual({ kind: 'ratio', fullFrom: code === '10' ? 90 : 80 });
  });

  it('scores 1.4 from 3 of 4 (3,75 of 5) and 1.6 at 60% of its 80% (15 of 20), not the maxima the department gave itself', () => {
    const card = output.cards[0]!;
    const at = (code: string) => card.criteria.find((c) => c.code === code)!;
    expect([at('1.4').points, at('1.4').selfScore]).toEqual([3.75, 5]);
    expect([at('1.6').points, at('1.6').selfScore]).toEqual([15, 20]);
    expect([at('1.10').points, at('1.15').points]).toEqual([10, 10]);
    // 1.16 and 1.17, placed between the units by their rates (Min-Max), have none typed: no figure, 0 and flagged, as
    // any rate without one — never the maxima typed beside them.
    expect([at('1.16').status, at('1.16').points, at('1.17').status, at('1.17').points]).toEqual(['missing', 0, 'missing', 0]);
    expect(card.flags.filter((f) => f.code === 'missing-value').map((f) => f.criterion)).toEqual(['1.16', '1.17']);
    expect(card.total).toBe(160 - 1.25 - 5 - 5 - 10);
  });
});

describe('the same workbook written again with its merges split, as an office saves its copy (cds-so-ban-nganh-bo-chi-so-viet-lai)', () => {
  let split: { code: number; stdout: string; set: CriteriaSet };
  beforeAll(async () => {
    const dir = await tempDir();
    const entry = (await loadCorpus()).find((e) => e.id === 'cds-so-ban-nganh-bo-chi-so-viet-lai')!;
    await copyFile((await renderCorpus([entry], dir)).get(entry.id)!, join(dir, 'ban-sao.xlsx'));
    const run = await runInProcess(['criteria', 'import', 'ban-sao.xlsx', '--out', 'bo.json'], dir);
    split = { ...run, set: JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet };
  }, 300_000);

  it('reads each rule from its lines, each alone on a row under the indicator with nothing merged over them: the rates and Min-Max as the workbook reads them, not «chấm thủ công»', () => {
    expect(split.code).toBe(0);
    expect(split.stdout).toContain('Tỷ lệ: 1.4, 1.5, 1.11; Tỷ lệ (đủ điểm từ 80%): 1.6; Tỷ lệ × điểm tối đa, đủ điểm từ 90%: 1.10; Tỷ lệ × điểm tối đa, đủ điểm từ 80%: 1.15; Min-Max giữa các đơn vị: 1.16, 1.17: chấm từ số liệu đơn vị ghi');
    expect(rules(split.set)).toEqual(rules(workbook));
    expect(split.set.criteria.map((c) => c.rule)).toEqual(workbook.criteria.map((c) => c.rule));
  });
});

// Made for an officer's walk of the departments' DTI part (cds-so-ban-nganh-bo-chi-so.xlsx) through the year: the
// workbook's 17 indicators were all «chấm thủ công» — a department declaring 3 of 4 applications on LGSP scored the 5
// it gave itself — while the same table in Word read five rates, two of them (6.10, 6.15: «Tỷ lệ ≥ 90%: Điểm tối đa;
// Tỷ lệ < 90%: Tỷ lệ *Điểm tối đa») as rates of 100% that give 9,5 where the words give 10.
