// «Còn thiếu gì» for a criterion at a level that takes points, on the real Tiền Giang department table: C3.2 (3 điểm)
// has the levels «Có tổ chức 3» and «Không tổ chức | 0 | | -3». A unit at −3 that reaches 3 gains 6 — the walk's
// Gò Công Tây went 68,5 → 74,5 — where the gain was counted from 0 (+3), so the route to a band named more criteria
// than it needs. Scored by the command line; its tong-hop.xlsx «Còn thiếu gì» is what the page and the pane show
// (one function, core/ranking/what-it-takes.ts), and the route is held to the scorer by typing it in.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { SHORTFALL_HEADERS, SHORTFALL_SHEET } from '../../core/workbook/plan-shortfall.js';
import { openXlsx } from '../cli/helpers.js';
import { importCorpusCopy } from '../helpers/corpus-copy.js';
import { tienGiangTyped } from '../helpers/tien-giang-typed.js';

/**
 * Every criterion at its top, bonuses at 0, except C3.2 at its level of −3 and a1–a6, a8 lowered by 20 points, no one
 * of them by 6 or more: 100 − 6 − 20 = 74, 6 short of «Tốt» (80 %), which C3.2 alone gives.
 */
let values: Record<string, number>;
let output: ScoreRunOutput;
let dir: string;
let c32Title: string;

beforeAll(async () => {
  const { set } = await importCorpusCopy('tnmt-tien-giang-bang-diem-chuan.docx');
  const lowered: Record<string, number> = { a1: 0, a2: 0, a3: 0, a4: 0, a5: 0, a6: 0, a8: 2, 'C3.2': -3 };
  values = Object.fromEntries(set.criteria.map((c) => [c.code, lowered[c.code] ?? (c.rule.kind === 'bonus' ? 0 : c.maxPoints)]));
  c32Title = set.criteria.find((c) => c.code === 'C3.2')!.title;
  ({ dir, output } = await tienGiangTyped(values));
}, 300_000);

describe('«Còn thiếu gì» for a level that takes points', () => {
  it('counts C3.2 from −3 to 3 as +6, and the route to «Tốt» is C3.2 alone', async () => {
    const card = output.cards[0]!;
    expect([card.total, card.classification?.label]).toEqual([74, 'Đạt']);
    const [sheet] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([SHORTFALL_SHEET]);
    const rows = sheet!.values;
    const header = rows.findIndex((r) => r[0] === SHORTFALL_HEADERS[0] && r[4] === SHORTFALL_HEADERS[4]);
    expect(header).toBeGreaterThan(0);
    const band = rows.slice(header + 1).find((r) => r[2] === 'Tốt')!;
    expect(band.slice(1, 5)).toEqual([card.unitName, 'Tốt', 6, `${c32Title} -3 điểm → 3 điểm: +6 điểm`]);
  });

  it('is what the scorer gives: C3.2 typed at 3 adds 6 and makes the unit «Tốt»', async () => {
    const { output: after } = await tienGiangTyped({ ...values, 'C3.2': 3 });
    expect([after.cards[0]!.total, after.cards[0]!.classification?.label]).toEqual([80, 'Tốt']);
  });
});

// Made for a helper's officer-style walk: Gò Công Tây's «Còn thiếu gì» said «-3 điểm → 3 điểm: +3 điểm» where
// rescoring gave +6, and its route to «Tốt» (+11,5) listed five criteria where four do.
