// Whatever a cell holds — huge or tiny numbers, Infinity and NaN, control characters, formula-looking
// text, dates of any year — reading and scoring never throw, every number they produce is finite, and
// every flag about a criterion names its cell on the criterion's row, in words that say the cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { readReport } from '../../core/report/read.js';
import type { CellValue } from '../../core/cell.js';
import { ScoreCard } from '../../core/scoring/score-card.js';
import { score } from '../../core/checks/run.js';
import { gridFromCells } from '../../core/workbook/sparse-grid.js';
import { VIETNAMESE } from '../helpers/vietnamese.js';
import { oneLine } from '../../core/text.js';

const set = findBuiltin('ta-ma-2025')!;
const CODES = set.criteria.map((c) => c.code);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer(),
  fc.constantFrom(9e307, -9e307, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN, 0.855, 45_964),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('=HYPERLINK("x")', '+1', '-', '@x', '\u001b[31m', '85,5%', '1.234,5', '4/5', 'Có', 'Không được giao', '#DIV/0!', '05/11/2025', '31/02/2025'),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

const SHEET = 'Bản Thử 2025';

function grid(rows: CellValue[][]) {
  return {
    name: SHEET,
    values: [
      ['Tên đơn vị:', 'Bản Thử'],
      ['Loại đơn vị:', 'Bản'],
      ['Ngày nộp:', rows[0]?.[0] ?? null],
      [],
      ['Mã tiêu chí', 'Nội dung', 'Kết quả', 'Tử số', 'Mẫu số', 'Minh chứng', 'Điểm tự chấm'],
      ...rows.map((r, i) => [CODES[i % CODES.length]!, 'Tiêu chí', ...r]),
    ],
  };
}

function finiteEverywhere(value: unknown, path = 'card'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => finiteEverywhere(v, `${path}[${i}]`));
  // `raw` echoes what the cell held, as it held it; everything computed from it must be finite.
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'raw') finiteEverywhere(v, `${path}.${k}`);
}

describe('reading and scoring any cell values', () => {
  it('never throw, produce only finite numbers, and name the cell of every flag about a criterion', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 12 }), (rows) => {
        const sheet = grid(rows);
        const read = readReport(sheet);
        if (!read.ok) return;
        const card = score(set, read.report);
        expect(ScoreCard.safeParse(card).success).toBe(true);
        finiteEverywhere(card);
        for (const f of card.flags) {
          expect(f.sheet, f.code).toBe(SHEET);
          expect(f.message, f.code).toMatch(VIETNAMESE);
          if (f.cell === undefined) {
            expect(f.criterion, `${f.code}: a flag about a criterion names its cell — ${f.message}`).toBeUndefined();
            continue;
          }
          // «Ô D12: …», a cell of the sheet; about a criterion, a cell of its row, the criterion named.
          const at = /^([A-Z]{1,3})([1-9]\d*)$/.exec(f.cell);
          expect(at, `${f.code}: ${f.cell}`).not.toBeNull();
          expect(Number(at![2]), `${f.code}: ${f.cell}`).toBeLessThanOrEqual(sheet.values.length);
          expect(f.message.startsWith(`Ô ${f.cell}: `), `${f.code}: ${f.message}`).toBe(true);
          if (f.criterion) {
            expect(sheet.values[Number(at![2]) - 1]![0], `${f.code}: ${f.cell} is on the row of ${f.criterion}`).toBe(f.criterion);
            // Named by its title, as officers know it, never by the set's code.
            expect(f.message, f.code).toContain(`(tiêu chí «${oneLine(set.criteria.find((c) => c.code === f.criterion)!.title)}»)`);
            expect(f.message, f.code).not.toContain(`tiêu chí ${f.criterion}`);
          }
        }
      }),
      { numRuns: Number(process.env.THIDUA_FUZZ_RUNS ?? 300) },
    );
  });

  it('a denominator next to zero gives no rate, even where the rounded rate would pass the largest number', () => {
    // Found by the property above: 7882561 / -4.38e-300 × 100 is finite, rounded to 15 digits it is -Infinity.
    const read = readReport(grid([[0, 7_882_561, -4.3848201047970966e-300, null, null]]));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const card = score(set, read.report);
    expect(ScoreCard.safeParse(card).success).toBe(true);
    finiteEverywhere(card);
    expect(card.flags.find((f) => f.code === 'ratio-mismatch')).toBeUndefined();
  });

  it('a sparse grid built from any cells stays within its limits', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ row: fc.integer({ min: 1, max: 1_048_576 }), col: fc.integer({ min: 1, max: 16_384 }), value: cell }), { maxLength: 30 }), (cells) => {
        const g = gridFromCells('S', cells);
        expect(g.values.length).toBeLessThanOrEqual(20_000);
        for (const r of g.values) expect(g.values.length * r.length).toBeLessThanOrEqual(5_120_000);
        // Every column used in the rows read is known, read or not: writers add theirs after it.
        const used = cells.filter((c) => c.value !== null && c.row <= 20_000).map((c) => c.col);
        expect(g.lastColumn).toBe(used.length > 0 ? Math.max(...used) : undefined);
      }),
      { numRuns: Number(process.env.THIDUA_FUZZ_RUNS ?? 300) },
    );
  });
});
