// The real Tiền Giang department table through the command line, end to end, with its C3, C4, C5 each one item of the
// document scored by its parts (Criterion.partOf): `criteria import` shows each item over its parts and counts it once,
// `criteria export` → `import` gives the same set, `template` heads each item's parts with a row of its own, and a
// unit's report filled on the parts (C3.1 «2», C3.2 «3», C4.1 «2», C5.2 «1») scores them, the heading rows passed over,
// the scored sheet's «Tổng điểm» the --json total.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { tienGiangTyped } from '../helpers/tien-giang-typed.js';
import { openXlsx, runInProcess } from './helpers.js';

let dir: string;
let output: ScoreRunOutput;
beforeAll(async () => {
  ({ dir, output } = await tienGiangTyped({ 'C3.1': 2, 'C3.2': 3, 'C4.1': 2, 'C5.2': 1 }));
}, 300_000);

describe('Tiền Giang’s C3, C4, C5 on the command line', () => {
  it('are shown each on one line over its parts and counted once; export → import gives the same set', async () => {
    const run = await runInProcess(['criteria', 'import', 'bang-diem.docx', '--out', 'lai.json'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(31 tiêu chí, 5 nhóm; mục C3, C4, C5 gồm 8 phần chấm riêng)');
    const lines = run.stdout.split('\n');
    const under = (code: string) => {
      const at = lines.findIndex((l) => l.startsWith(`    ${code}  `));
      const item = lines[at]!.match(/ — (\d+ điểm, cộng các phần:)$/)?.[1];
      const parts: string[] = [];
      for (let i = at + 1; lines[i]!.startsWith('        '); i++) parts.push(lines[i]!.trim().split('  ')[0]!);
      return [item, parts];
    };
    expect([under('C3'), under('C4'), under('C5')]).toEqual([
      ['5 điểm, cộng các phần:', ['C3.1', 'C3.2', 'C3.3']],
      ['4 điểm, cộng các phần:', ['C4.1', 'C4.2']],
      ['5 điểm, cộng các phần:', ['C5.1', 'C5.2', 'C5.3']],
    ]);
    expect((await runInProcess(['criteria', 'export', 'bo.json', '--out', 'bo.xlsx'], dir)).code).toBe(0);
    expect((await runInProcess(['criteria', 'import', 'bo.xlsx', '--out', 'bo-lai.json'], dir)).code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'bo-lai.json'), 'utf8'))).toEqual(JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')));
  });

  it('are headed each by a row of its own in the template, right over its first part, nothing to type on it', async () => {
    const [template] = await (await openXlsx(join(dir, 'mau.xlsx'))).readSheets(['Phòng TN&MT Cai Lậy']);
    const rows = template!.values;
    const heading = (code: string) => rows.findIndex((r) => typeof r[2] === 'string' && r[2].startsWith(`${code} `) && r[1] === null);
    for (const [code, points, first] of [['C3', 5, 'C3.1'], ['C4', 4, 'C4.1'], ['C5', 5, 'C5.1']] as const) {
      const at = heading(code);
      // The item's name as the document writes it, its lines kept (a Word cell's paragraphs), as the template's cell wraps them.
      expect(rows[at]![2], code).toMatch(new RegExp(`^${code} .* \\(${points} điểm\\)$`, 's'));
      expect(rows[at]!.filter((v) => v !== null), code).toEqual([rows[at]![2]]);
      expect(rows[at + 1]![1], code).toBe(first);
    }
  });

  it('score the unit’s report on the parts, the heading rows passed over, the scored sheet’s total the --json one', async () => {
    const card = output.cards[0]!;
    const points = Object.fromEntries(card.criteria.filter((c) => /^C[345]\./.test(c.code)).map((c) => [c.code, c.points]));
    expect(points).toEqual({ 'C3.1': 2, 'C3.2': 3, 'C3.3': 0, 'C4.1': 2, 'C4.2': 0, 'C5.1': 0, 'C5.2': 1, 'C5.3': 0 });
    expect(card.total).toBe(8);
    expect(card.flags.filter((f) => f.code === 'unknown-criterion' || /C[345] /.test(f.message))).toEqual([]);
    const [scored] = await (await openXlsx(join(dir, 'ket-qua', 'don-vi.cham-diem.xlsx'))).readSheets([card.sheet]);
    const total = scored!.values.find((r) => r.includes('Tổng điểm'))!;
    expect(total[total.indexOf('Tổng điểm') + 1]).toBe(card.total);
    for (const code of ['C3', 'C4', 'C5']) {
      const row = scored!.values.find((r) => typeof r[2] === 'string' && r[2].startsWith(`${code} `) && r[1] === null)!;
      expect(row.filter((v) => typeof v === 'number'), code).toEqual([]);
    }
  });
});

// Made for issue 55: Tiền Giang's C3, C4, C5, each one item of the document scored by its parts, shown and kept as one
// from the Word table to the scored sheet.
