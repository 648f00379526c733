// The table's sanctions on a unit whose deduction was taken (core/scoring/sanction.ts): its band capped, lowered or kept
// from awards as the table writes, why said beside the band and on the deduction's row; nothing where none was taken.
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { classificationText } from '../../core/scoring/sanction.js';
import { sanctionReport, sanctionSet } from '../helpers/sanction-set.js';

const card = (base: number, taken: Record<string, number> = {}) => score(sanctionSet, sanctionReport('HĐND xã Thọ Xuân', base, taken));

describe('a sanction taken', () => {
  it('caps the band its percentage reached: 94% with IX.1 taken is «Tốt», why said beside it and on IX.1’s row', () => {
    const c = card(99, { 'IX.1': 5 });
    expect([c.percent, c.classification]).toEqual([94, { id: 'tot', label: 'Tốt' }]);
    expect(c.sanction).toEqual({
      reached: { id: 'xuat-sac', label: 'Xuất sắc' },
      by: [{ code: 'IX.1', text: 'Chế tài: Không xếp loại Xuất sắc trong năm đánh giá.', cap: 'tot' }],
      why: 'không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng',
    });
    expect(classificationText(c)).toBe('Tốt (không xếp loại Xuất sắc vì bị trừ điểm mục IX.1, chế tài của bảng)');
    expect(c.criteria.find((s) => s.code === 'IX.1')!.reason).toMatch(/; chế tài của bảng: không được xếp loại Xuất sắc$/);
  });

  it('holds the lowest of two caps, says it alone, then lowers: IX.7 and IX.9 at 85% is «Chưa đạt»', () => {
    const c = card(100, { 'IX.7': 10, 'IX.9': 5 });
    expect([c.percent, c.classification?.label]).toEqual([85, 'Chưa đạt']);
    expect(c.sanction?.why).toBe('không xếp loại từ Tốt trở lên vì bị trừ điểm mục IX.7; hạ 1 mức xếp loại vì bị trừ điểm mục IX.9, chế tài của bảng');
    expect(c.sanction?.by.map((s) => [s.code, s.rest ?? null])).toEqual([['IX.7', null], ['IX.9', 'Trừ toàn bộ điểm của tiêu chí liên quan; tái phạm thì xếp loại Yếu']]);
  });

  it('lowers no further than the lowest band, and keeps a unit from awards where the table says so', () => {
    expect(card(40, { 'IX.9': 5 }).classification?.label).toBe('Chưa đạt');
    const c = card(100, { 'IX.10': 5 });
    expect([c.classification?.label, c.sanction?.noAward, c.sanction?.why]).toEqual(['Xuất sắc', true, 'không xét khen thưởng vì bị trừ điểm mục IX.10, chế tài của bảng']);
  });
});

describe('no sanction taken', () => {
  it('leaves the band as its percentage reached, the card as before: no deduction, one typed 0, one without a sanction', () => {
    for (const c of [card(99), card(99, { 'IX.1': 0 }), card(99, { 'IX.2': 3 })]) {
      expect(c.classification?.label).toBe('Xuất sắc');
      expect(c.sanction).toBeUndefined();
      expect(classificationText(c)).toBe('Xuất sắc');
    }
  });
});
