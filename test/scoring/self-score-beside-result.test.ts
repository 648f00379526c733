// A bonus typed in «Điểm tự chấm» beside a «Kết quả» left blank (issue 55's finding): every template has a «Kết quả»
// column, and a unit writes its bonus where it writes its other points. On a real table of the corpus (a power
// company's leaders' scoring table, its part C «ĐIỂM THƯỞNG» at most 5), end to end on the command line: `criteria
// import` → `template` → the report filled as a unit fills it → `score`, the hand-counted 95 (29 + 63 + bonus 3).
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess } from '../cli/helpers.js';

describe('a bonus typed in «Điểm tự chấm», «Kết quả» left blank', () => {
  let dir: string;
  let example: { unit: string; values: Record<string, number | string>; score: number };
  beforeAll(async () => {
    const entry = (await loadCorpus()).find((e) => e.id === 'lanh-dao-pcvt')!;
    example = entry.example!;
    dir = await mkdtemp(join(tmpdir(), 'thidua-self-score-'));
    const table = (await renderCorpus([entry], join(dir, 'bang'))).get(entry.id)!;
    expect((await runInProcess(['criteria', 'import', table, '--out', 'bo.json'], dir)).code).toBe(0);
    expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', example.unit, '--kind', 'Cơ quan', '--out', 'mau.xlsx'], dir)).code).toBe(0);
  }, 300_000);

  /** The template filled as the unit fills it, in «Điểm tự chấm», into `folder`; the codes in `blank` left as they are. */
  async function fill(folder: string, blank: readonly string[] = []): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'mau.xlsx'));
    const ws = wb.worksheets[0]!;
    let header = 0;
    ws.eachRow((row, i) => {
      if (header === 0 && (row.values as unknown[]).includes('Mã tiêu chí')) header = i;
    });
    const titles = ws.getRow(header).values as unknown[];
    const [code, self, result] = ['Mã tiêu chí', 'Điểm tự chấm', 'Kết quả'].map((t) => titles.indexOf(t));
    expect(result).toBeGreaterThan(0);
    ws.eachRow((row, i) => {
      const typed = String(row.getCell(code!).value);
      const value = i > header && !blank.includes(typed) ? example.values[typed] : undefined;
      if (value !== undefined) row.getCell(self!).value = value;
    });
    await mkdir(join(dir, folder));
    await wb.xlsx.writeFile(join(dir, folder, 'van-phong.xlsx'));
  }

  it('is read as the unit’s points and added: the hand-counted 95, not 92 with the bonus said missing', async () => {
    await fill('bao-cao');
    const scored = await runInProcess(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir);
    expect(scored.code, scored.stderr).toBe(0);
    const [card] = JSON.parse(scored.stdout).cards as { total: number; criteria: { code: string; status: string; points: number; reason: string }[] }[];
    const bonus = card!.criteria.find((c) => c.code === 'C')!;
    expect([card!.total, bonus.status, bonus.points]).toEqual([example.score, 'scored', 3]);
    expect(bonus.reason).toMatch(/theo điểm tự chấm/);
  }, 120_000);

  // An officer walk's bank form: every bonus and deduction row left blank was flagged «Thiếu số liệu → 0 điểm» (95
  // flags for five units, each decided by the council before it could close). Blank there is none.
  it('left blank, both cells, is no bonus and no flag: a blank there means nothing happened', async () => {
    await fill('bao-cao-trong', ['C']);
    const scored = await runInProcess(['score', 'bao-cao-trong', '--criteria', 'bo.json', '--out', 'ket-qua-trong', '--json'], dir);
    expect(scored.code, scored.stderr).toBe(0);
    const [card] = JSON.parse(scored.stdout).cards as { total: number; criteria: { code: string; status: string; points: number }[]; flags: { check: string; criterion?: string }[] }[];
    const bonus = card!.criteria.find((c) => c.code === 'C')!;
    expect([card!.total, bonus.status, bonus.points]).toEqual([example.score - Number(example.values.C), 'scored', 0]);
    expect(card!.flags.filter((f) => f.criterion === 'C')).toEqual([]);
  }, 120_000);
});

// Made for issue 55's finding: a unit's bonus typed in «Điểm tự chấm» scored 0, «Chưa nhập kết quả», beside the
// template's blank «Kết quả».
