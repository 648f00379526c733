// An item's own bonus and deduction lines (Criterion.own, issue 55): a set saved before the field still loads, one with
// it survives JSON; the unit types each line on its own row under the item (the template writes them there), and the
// card counts them with their item, up to the caps the table's note rows give, outside the base points.
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { CriteriaSet, type Criterion } from '../../core/criteria/schema.js';
import { ScoreCard } from '../../core/scoring/score-card.js';
import { planTemplate } from '../../core/workbook/plan-template.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

// Tiền Giang's a1 (3 points; deductions a1.1, a1.2 «mỗi trường hợp … 0,5», «Tổng điểm trừ của mục a1 không quá 1,5
// điểm») and d1 (3 points; bonus d1.4 «1», d1.5 «2», deduction d1.1 «3»), with a plain item beside them.
const item = (code: string, own: NonNullable<Criterion['own']>) => criterion({ code, measure: 'points', maxPoints: 3, rule: { kind: 'manual' }, own });
const set = makeSet({
  criteria: [
    item('a1', {
      lines: [
        { code: 'a1.1', title: 'Mỗi trường hợp chậm triển khai', kind: 'deduction', maxPoints: 0.5 },
        { code: 'a1.2', title: 'Mỗi trường hợp không phối hợp', kind: 'deduction', maxPoints: 0.5 },
      ],
      deductionCap: 1.5,
    }),
    item('d1', {
      lines: [
        { code: 'd1.1', title: 'Không thực hiện kế hoạch', kind: 'deduction', maxPoints: 3 },
        { code: 'd1.4', title: 'Vượt chỉ tiêu dưới 20%', kind: 'bonus', maxPoints: 1 },
        { code: 'd1.5', title: 'Vượt chỉ tiêu từ 20% trở lên', kind: 'bonus', maxPoints: 2 },
      ],
      bonusCap: 2,
    }),
    criterion({ code: 'b1', measure: 'points', maxPoints: 4, rule: { kind: 'manual' } }),
  ],
});

const unit = (rows: Parameters<typeof makeReport>[0]['rows']) => makeReport({ unitName: 'Phòng TN&MT Cai Lậy', unitKind: 'Cơ quan', rows });

describe('an item’s own bonus and deduction lines', () => {
  it('are optional: a set saved before them loads, and one with them survives JSON unchanged', () => {
    const earlier = JSON.parse(JSON.stringify(makeSet({ criteria: [criterion({ code: 'b1', measure: 'points', maxPoints: 4, rule: { kind: 'manual' } })] })));
    expect(CriteriaSet.parse(earlier).criteria[0]!.own).toBeUndefined();
    const again = CriteriaSet.parse(JSON.parse(JSON.stringify(set)));
    expect(again).toEqual(set);
    expect(again.criteria[1]!.own).toMatchObject({ bonusCap: 2, lines: [{ code: 'd1.1' }, { code: 'd1.4', kind: 'bonus' }, { code: 'd1.5', kind: 'bonus' }] });
  });

  it('are written on their own rows under the item in the report template, with no STT of their own', () => {
    const rows = planTemplate(set, { name: 'Phòng TN&MT Cai Lậy', kindId: 'co-quan' }).blocks[0]!.values;
    const coded = rows.filter((r) => typeof r[1] === 'string' && /^[abd]\d/.test(r[1] as string)).map((r) => [r[0], r[1], r[2], r[5]]);
    expect(coded).toEqual([
      [1, 'a1', expect.any(String), 3],
      [null, 'a1.1', 'Điểm trừ: Mỗi trường hợp chậm triển khai', 0.5],
      [null, 'a1.2', 'Điểm trừ: Mỗi trường hợp không phối hợp', 0.5],
      [2, 'd1', expect.any(String), 3],
      [null, 'd1.1', 'Điểm trừ: Không thực hiện kế hoạch', 3],
      [null, 'd1.4', 'Điểm thưởng: Vượt chỉ tiêu dưới 20%', 1],
      [null, 'd1.5', 'Điểm thưởng: Vượt chỉ tiêu từ 20% trở lên', 2],
      [3, 'b1', expect.any(String), 4],
    ]);
  });

  it('take the item’s deductions typed on their own rows, up to the item’s cap', () => {
    // Four cases under a1 (−0,5 each, typed −1 and 1): 2 taken, the note row's cap 1,5 taken.
    const card = score(set, unit([{ code: 'a1', selfScore: 3 }, { code: 'a1.1', selfScore: -1 }, { code: 'a1.2', selfScore: 1 }, { code: 'b1', selfScore: 4 }]));
    expect(ScoreCard.parse(card)).toEqual(card);
    expect(card).toMatchObject({ base: 7, bonus: 0, deduction: 1.5, total: 5.5, applicableMax: 10, selfTotal: 5 });
    const a1 = card.criteria.find((c) => c.code === 'a1')!;
    expect(a1.points).toBe(3);
    expect(a1.own).toMatchObject({ bonus: 0, deduction: 1.5, lines: [{ code: 'a1.1', points: 1 }, { code: 'a1.2', points: 1 }] });
    expect(a1.own!.reason).toBe(
      'Điểm trừ của mục: a1.1 −1 (dòng ghi 0,5 điểm, tính theo số ghi); a1.2 −1 (dòng ghi 0,5 điểm, tính theo số ghi) → trừ 2, vượt mức không quá 1,5 → trừ 1,5',
    );
    // The lines are the item's: no row of the report is left unknown.
    expect(card.flags.map((f) => f.code)).not.toContain('unknown-criterion');
  });

  it('add the item’s bonus, its lines and its points typed above its maximum («d1: 3 + 2 = 5»), up to its cap, outside the base', () => {
    const card = score(set, unit([{ code: 'a1', selfScore: 3 }, { code: 'd1', selfScore: 5 }, { code: 'd1.4', selfScore: 1 }, { code: 'b1', selfScore: 4 }]));
    const d1 = card.criteria.find((c) => c.code === 'd1')!;
    expect([d1.points, d1.max]).toEqual([3, 3]);
    expect(d1.own).toMatchObject({ bonus: 2, deduction: 0 });
    expect(d1.reason).toMatch(/^Chấm 5 vượt tối đa 3 → tính 3 điểm \(theo điểm tự chấm\); Điểm thưởng của mục: d1 ghi vượt/);
    expect(d1.own!.reason).toBe('Điểm thưởng của mục: d1 ghi vượt tối đa 3: +2; d1.4 +1 → cộng 3, vượt mức không quá 2 → cộng 2');
    expect(card).toMatchObject({ base: 10, bonus: 2, deduction: 0, total: 12, applicableMax: 10 });
    // The warning at the typed cell says where the points above the maximum went.
    expect(card.flags.find((f) => f.code === 'self-score-over-max')!.message).toContain('vượt điểm tối đa 3 → tính 3, phần vượt tính là điểm thưởng của mục');
    // Without bonus lines an item's points stay within its maximum.
    expect(score(set, unit([{ code: 'b1', selfScore: 6 }])).total).toBe(4);
  });
});

// Made for issue 55: Tiền Giang's department table, whose items carry numbered «Thưởng» / «Trừ» lines with caps.
