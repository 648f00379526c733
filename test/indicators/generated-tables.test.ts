// Tables nobody hand-wrote: a generator crosses the wordings of DOMAIN §7 (with and without marks, Tỷ/Tỉ, kỳ/kì)
// with the structures the platforms draw (1, 2 or 3 header rows; <th> or <td><strong>; title and numbering rows
// inside the table; a «Tổng số» footer; multi-line «Số lượng: / Tỷ lệ:» cells; Vietnamese numbers) and checks that
// every figure of every unit is read under the code its header means.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../core/indicators/pages/index.js';
import { sameUnit } from '../../core/indicators/units.js';
import { buildOneStopPage, oneStopTable, TTHC } from '../../scripts/harness/one-stop-tables.js';
import { AT, MOTCUA, parsePage } from './load.js';

describe('generated one-stop tables (DOMAIN §7 wordings × header structures)', () => {
  it('reads every figure of every unit under the code its header path means', () => {
    fc.assert(
      fc.property(oneStopTable, (t) => {
        const { html, truth } = buildOneStopPage(t);
        const r = capturePage(parsePage(html), MOTCUA, { capturedAt: AT });
        if (!r.ok) throw new Error(`${r.error.message}\n${html}`);
        const codeOf = (code: string) => (r.pageType === 'province-tthc-stats' ? (TTHC[code] ?? code) : code);
        const unread = truth.filter((f) => {
          const s = r.snapshots.find((x) => sameUnit(x.unit.name, f.unit));
          return !s?.indicators.some((i) => i.code === codeOf(f.code) && i.value !== null && Math.abs(i.value - f.value) < 1e-9);
        });
        expect(unread, html).toEqual([]);
        // Exactly the units of the table: the title, numbering and footer rows are not units.
        expect(r.snapshots).toHaveLength(t.units.length);
      }),
      {
        numRuns: 200,
        examples: [
          // Columns of two page types («Rút hồ sơ» beside a «Số lượng / Tỷ lệ» online cell): read by the one that loses none.
          [{ columns: [{ group: 0, leaf: 3, groupWord: 0, leafWord: 0 }, { group: -1, leaf: 1, groupWord: 0, leafWord: 1 }], headerRows: 3, cell: 'th', thead: false, titleRows: 0, numbering: false, footer: false, multiLine: true, marks: false, comma: false, unitHeader: 0, units: [0], seed: 0 }],
        ],
      },
    );
  });
});
