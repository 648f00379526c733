// A report's flags in sheet order: by row (sheet-level flags first), then code, stable otherwise. The row is read off
// each flag's cell by hand for the addresses checks write (rowOf), as parseAddress reads any other: the two must agree.
import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../core/checks/define.js';
import { rowOf, runChecks } from '../../core/checks/run.js';
import type { CheckContext } from '../../core/checks/define.js';
import { parseAddress } from '../../core/text.js';
import { seededRandom } from '../helpers/seeded-random.js';


const PARTS = ['A', 'b', 'Z', 'AA', 'xfd', 'ABCD', '$', '1', '0', '12', '007', '999999999999999', '9999999999999999', '1'.repeat(320), ' ', '\u00a0', '\t', 'Đ', '.', '-', '１', ''];

describe('flags in sheet order', () => {
  it('reads a flag cell’s row as parseAddress does, whatever the cell says', () => {
    const next = seededRandom(59);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    const cells = ['G19', 'A1', '$B$2', ' C3 ', 'a0', 'XFD1048576', 'AB', 'G', '19', ''];
    for (let i = 0; i < 20_000; i++) cells.push(Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(PARTS)).join(''));
    for (const cell of cells) expect([cell, rowOf(cell)]).toEqual([cell, parseAddress(cell)?.row ?? 0]);
  });

  it('orders by row, sheet-level flags first, then by code, keeping each check’s order otherwise', () => {
    const check = (id: string, cells: (string | undefined)[]) =>
      defineCheck({ id, severity: 'warning', title: id, titleEn: id, description: id, run: () => cells.map((cell, i) => ({ message: `${id} ${i}`, ...(cell ? { cell } : {}) })) });
    const context = { set: {}, report: { sheet: 'Bản A' }, scores: [], options: {} } as unknown as CheckContext;
    const flags = runChecks(context, [check('z-check', ['C12', undefined, 'B3', 'C12']), check('a-check', ['D12', 'A100', undefined, '$E$3'])]);
    expect(flags.map((f) => f.message)).toEqual(['a-check 2', 'z-check 1', 'a-check 3', 'z-check 2', 'a-check 0', 'z-check 0', 'z-check 3', 'a-check 1']);
  });
});

// Made for issue 59 item 2: flags ordered without parseAddress's pattern on every flag, and the hand reading held to it.
