// Prizes of the day: the base salary of the decision's date from a dated table, rounded as the setting says, the
// officer's base salary winning over the table's; and the draft decision says what its prizes rest on, dated in the
// year of that day.
import { describe, expect, it } from 'vitest';
import { baseSalaryOn, prizeAmount, prizeTerms, prizeText, termsText } from '../../core/papers/prizes.js';
import { draftDecisions } from '../../core/papers/decision.js';
import { defaultPaperOptions } from '../../core/papers/index.js';
import { closedFixture, paperText } from './closed-fixture.js';

describe('prizes of the day', () => {
  it('the base salary is the one in force on the day of the decision', () => {
    expect(baseSalaryOn('2025-12-31').amount).toBe(2_340_000);
    expect(baseSalaryOn('2026-06-30').amount).toBe(2_340_000);
    expect(baseSalaryOn('2026-07-01').amount).toBe(2_530_000);
    expect(baseSalaryOn('2026-11-26').source).toContain('161/2026/NĐ-CP');
  });

  it('rounded up to ten thousand đồng by default, to the đồng when set so; exact in hundredths', () => {
    const day = prizeTerms('2026-11-26', 'up-ten-thousand');
    // 0,6 × 2.530.000 = 1.518.000 → 1.520.000; 0,3 × 2.530.000 = 759.000 → 760.000; 1,5 × … = 3.795.000 → 3.800.000.
    expect(prizeAmount(0.6, day)).toBe(1_520_000);
    expect(prizeAmount(0.3, day)).toBe(760_000);
    expect(prizeAmount(1.5, day)).toBe(3_800_000);
    expect(prizeAmount(2, day)).toBe(5_060_000);
    // The official Q&A's example: 834.000 → 840.000; an amount already whole stays.
    expect(prizeAmount(1, { amount: 834_000, rounding: 'up-ten-thousand' })).toBe(840_000);
    expect(prizeAmount(0.6, { amount: 2_350_000, rounding: 'up-ten-thousand' })).toBe(1_410_000);
    expect(prizeAmount(0.6, prizeTerms('2026-11-26', 'none'))).toBe(1_518_000);
    expect(prizeText(0.6, day)).toBe('0,6 lần mức lương cơ sở (1.520.000 đồng)');
  });

  it("the officer's base salary wins, and every terms text says its source and that Decree 152 is not checked", () => {
    const own = prizeTerms('2026-11-26', 'up-ten-thousand', 2_340_000);
    expect(prizeAmount(0.6, own)).toBe(1_410_000);
    expect(termsText(own)).toContain('mức do cán bộ nhập');
    const table = termsText(prizeTerms('2026-11-26', 'up-ten-thousand'));
    expect(table).toBe(
      'mức lương cơ sở 2.530.000 đồng/tháng (Nghị định số 161/2026/NĐ-CP ngày 15 tháng 5 năm 2026, áp dụng từ 01/07/2026); tiền thưởng làm tròn lên hàng chục nghìn đồng (khoản 2 Điều 68 Nghị định số 91/2017/NĐ-CP; chưa kiểm chứng với Nghị định 152/2025/NĐ-CP)',
    );
  });
});

describe('a decision to be signed in the year after the closing', () => {
  it('is dated, with its list, in the year of its day, the day its prizes are computed for', () => {
    const closed = closedFixture();
    expect(closed.closedAt.slice(0, 4)).toBe('2026');
    const text = paperText(draftDecisions(closed, { ...defaultPaperOptions(closed), decisionDate: '2027-01-05' })[0]!);
    expect(text).toMatch(/Ta Ma, ngày\s+tháng\s+năm 2027\n/);
    expect(text).toMatch(/\(Kèm theo Quyết định số\s+\/QĐ-UBND ngày\s+tháng\s+năm 2027 của Chủ tịch /);
    expect(text).not.toContain('năm 2026 của Chủ tịch');
  });
});
