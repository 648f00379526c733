// A rate whose scoring-method words state it («Tỷ lệ = a/b / Điểm = Tỷ lệ% x Điểm tối đa», a district DTI part's
// «Cách xác định và tính điểm») is scored from the figures the unit declares, as the table says, not from the points
// the unit gives itself. The real table (cds-cap-huyen-bo-chi-tieu.xlsx, its sheet «Hoạt động chính quyền số»)
// imported by the command line, its template filled as a district fills it, scored.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { typeInTemplate } from '../helpers/type-in-template.js';

const SHEET = 'Hoạt động chính quyền số';
let imported: { code: number; stdout: string };
let exported: number;
let output: ScoreRunOutput;

beforeAll(async () => {
  const dir = await tempDir();
  await copyFile(join(CORPUS, 'cds-cap-huyen-bo-chi-tieu.xlsx'), join(dir, 'bo-chi-tieu.xlsx'));
  imported = await runInProcess(['criteria', 'import', 'bo-chi-tieu.xlsx', '--sheet', SHEET, '--out', 'bo.json'], dir);
  // The set written is one the command line loads again (a rate needs its target: 100%).
  exported = (await runInProcess(['criteria', 'export', 'bo.json', '--out', 'bo.xlsx'], dir)).code;
  const set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
  expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', 'UBND huyện Đức Trọng', '--kind', 'Cơ quan', '--out', 'mau.xlsx'], dir)).code).toBe(0);
  // Every criterion at its maximum by the district's own hand; every rate declared whole («Kết quả» 100%) but 5.2,
  // whose figures are 950 of 1.000 records (95%).
  await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'a.xlsx'), 'Điểm tự chấm', Object.fromEntries(set.criteria.map((c) => [c.code, c.maxPoints])));
  const whole = set.criteria.filter((c) => c.rule.kind === 'ratio' && c.code !== '5.2').map((c) => [c.code, '100%']);
  await typeInTemplate(join(dir, 'a.xlsx'), join(dir, 'a2.xlsx'), 'Kết quả', Object.fromEntries(whole));
  await typeInTemplate(join(dir, 'a2.xlsx'), join(dir, 'b.xlsx'), 'Tử số', { '5.2': 950 });
  await typeInTemplate(join(dir, 'b.xlsx'), join(dir, 'bao-cao.xlsx'), 'Mẫu số', { '5.2': 1000 });
  output = JSON.parse((await runInProcess(['score', 'bao-cao.xlsx', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir)).stdout) as ScoreRunOutput;
}, 300_000);

describe('a district DTI part whose method words state a rate', () => {
  it('is read as that rate, said at the column, and the set loads again', () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('5.2  Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng — tối đa 30 điểm, theo tỷ lệ');
    expect(imported.stdout).toContain(
      'Lời của 15 tiêu chí nói rõ một cách tính, đọc thành cách tính ấy — Tỷ lệ: 5.1, 5.2, 5.4, 5.5, 5.6, 5.7, 5.8, 5.11, 5.12, 5.13, 5.14, 5.19, 5.22, 5.23, 5.27: chấm từ số liệu đơn vị ghi',
    );
    expect(exported).toBe(0);
  });

  it('scores 5.2 from 950 / 1.000 as the table says (95% × 30 = 28,5), not the 30 the district gave itself', () => {
    const card = output.cards[0]!;
    const rate = card.criteria.find((c) => c.code === '5.2')!;
    expect([rate.points, rate.selfScore]).toEqual([28.5, 30]);
    expect(rate.reason).toContain('950/1.000');
    expect(card.total).toBe(538.5);
  });
});

// Made for an officer's walk of the district DTI part 5 (five districts through the year): UBND huyện Đức Trọng's
// 5.2, declared 950 of 1.000 and self-scored 30, was scored 30 «theo điểm tự chấm» and 540/540 with nothing said,
// where the table's own rule gives 28,5 and 538,5.
