// Điểm không phải điểm của một mức: Sơn Trà's Mẫu 03 (the real ccvc-son-tra-mau-03.xlsx) chooses one level of B.1
// (a 20 / b 15 / c 10 / d 5 / đ 1 / e 0), and its own words multiply the level by the rate done («95 % X 15 = 14,25
// điểm»). A teacher who types 14,25 as B.1's self-score is scored the level below, 10, and this is said at her cell for
// the council — imported, its template filled and scored by the command line; a level's own points, or its letter, say
// nothing; a table's levels reached by a figure (a rate, a count) are not levels typed as points and are left alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';
import { sonTraTyped } from '../helpers/son-tra-typed.js';
import { oneLine } from '../../core/text.js';

let output: ScoreRunOutput;

beforeAll(async () => {
  output = await sonTraTyped('Võ Thị Hoa', 'Cá nhân', 'Điểm tự chấm', { 'B.1': '14,25', 'B.2': 20, 'B.3': 25 });
}, 300_000);

describe('between-levels on the real Mẫu 03', () => {
  it('says B.1’s 14,25 at its cell with the levels, scored the level below, 10; B.2’s 20 and B.3’s 25 are levels', () => {
    const card = output.cards[0]!;
    const b1 = card.criteria.find((c) => c.code === 'B.1')!;
    expect([b1.status, b1.points]).toEqual(['scored', 10]);
    const flags = card.flags.filter((f) => f.code === 'between-levels');
    expect(flags.map((f) => [f.severity, f.criterion, f.cell])).toEqual([['warning', 'B.1', 'K40']]);
    expect(flags[0]!.message).toBe(
      `Ô K40: điểm 14,25 không phải điểm của mức nào của tiêu chí B.1 (các mức: a 20 điểm; b 15 điểm; c 10 điểm; d 5 điểm; đ 1 điểm; e 0 điểm) → tính mức thấp hơn, 10 điểm (tiêu chí «${oneLine(b1.title)}»)`,
    );
  });
});

describe('between-levels on levels that are not points', () => {
  const set = makeSet({
    criteria: [
      criterion({ code: 'P', measure: 'points', maxPoints: 20, rule: { kind: 'tiers', tiers: [{ min: 20, points: 20 }, { min: 15, points: 15 }, { min: 10, points: 10 }] } }),
      criterion({ code: 'R', measure: 'percent', maxPoints: 10, rule: { kind: 'tiers', tiers: [{ min: 80, points: 10 }, { min: 60, points: 5 }] } }),
    ],
  });
  it('says 17 typed for unnamed levels 20 / 15 / 10 by their points; a rate of 70% between two levels is no such figure', () => {
    const flags = flagsOf('between-levels', set, makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'P', selfScore: 17 }, { code: 'R', result: '70%' }] }));
    expect(flags.map((f) => f.message)).toEqual(['Ô G9: điểm 17 không phải điểm của mức nào của tiêu chí P (các mức: 20 điểm; 15 điểm; 10 điểm) → tính mức thấp hơn, 15 điểm (tiêu chí «Tiêu chí P»)']);
    expect(flagsOf('between-levels', set, makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'P', selfScore: 15 }, { code: 'R', result: '70%' }] }))).toEqual([]);
  });
});

// Made for an officer's walk of Sơn Trà's Mẫu 03: Võ Thị Hoa's B.1 self-score 14,25 (95% × 15, as the form's own
// example computes it) was scored 10 with no word where the council acts, her 94,25 shown as 90.
