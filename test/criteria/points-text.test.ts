// Points as offices write them in a points cell (core/criteria/sheet/points-text.ts), each form read to what it says.
import { describe, expect, it } from 'vitest';
import { bonusInWords, capInText, deductionInWords, largestNumberIn, pointsInWords, readPointsText } from '../../core/criteria/sheet/points-text.js';

describe('readPointsText', () => {
  it.each([
    ['1 đ/lần', { kind: 'each', points: 1, unit: 'lần' }],
    ['2 điểm/tiết', { kind: 'each', points: 2, unit: 'tiết' }],
    ['-3 đ/lần/lớp (tối đa -10 đ/kỳ)', { kind: 'each', points: -3, unit: 'lần/lớp', cap: 10 }],
    ['mỗi trường hợp +1, tối đa 5', { kind: 'each', points: 1, unit: 'trường hợp', cap: 5 }],
    ['tối đa 10', { kind: 'points', points: 10 }],
    ['Tối đa 15 điểm', { kind: 'points', points: 15 }],
    ['Tối đa: 10 điểm', { kind: 'points', points: 10 }],
    ['từ 5 đến 10', { kind: 'range', min: 5, max: 10 }],
    ['5 - 10 điểm', { kind: 'range', min: 5, max: 10 }],
    ['5 điểm (tối đa)', { kind: 'points', points: 5 }],
    ['0,5', { kind: 'points', points: 0.5 }],
    ['2 điểm 4 điểm', { kind: 'levels', points: [2, 4] }],
    ['(không xếp loại)', { kind: 'note', text: '(không xếp loại)' }],
    // The occurrence named after the points, alternatives with their unit written once, a signed range per term.
    ['-10 điểm (mỗi lần vi phạm)', { kind: 'each', points: -10, unit: 'lần vi phạm' }],
    ['5 điểm mỗi lần, tối đa 10', { kind: 'each', points: 5, unit: 'lần', cap: 10 }],
    ['+10 hoặc +20 đ/GV', { kind: 'levels', points: [10, 20], unit: 'GV' }],
    ['+2 đến +5 đ/kỳ', { kind: 'range', min: 2, max: 5 }],
    // A conduct form's «Khung điểm»: a range from below zero; up to nothing, a deduction as «-5» is (read as levels
    // −5 / −0, then unreadable, «tối đa 5 điểm (số lớn nhất ghi trong ô)», before).
    ['0 – 3', { kind: 'range', min: 0, max: 3 }],
    ['-4 – 4', { kind: 'range', min: -4, max: 4 }],
    ['-5 – 0', { kind: 'points', points: -5 }],
    ['từ -10 đến 0 điểm', { kind: 'points', points: -10 }],
    // An academy's conduct form: «0 ÷ 20 điểm» a range; «0 điểm/lần» nothing each time, a level of 0 (unreadable before).
    ['0 ÷ 20 điểm', { kind: 'range', min: 0, max: 20 }],
    ['0 điểm/lần', { kind: 'points', points: 0 }],
    // A bank's quarterly form: the occurrence counted «/1 …» or «/mỗi …» (unreadable before).
    ['3 điểm/1 đơn vị', { kind: 'each', points: 3, unit: 'đơn vị' }],
    ['Cộng 2 điểm/01 đơn vị', { kind: 'each', points: 2, unit: 'đơn vị' }],
    ['-2 điểm/mỗi biên bản kết luận', { kind: 'each', points: -2, unit: 'biên bản kết luận' }],
  ])('«%s»', (text, read) => {
    expect(readPointsText(text)).toEqual(read);
  });

  it('reads words naming another criterion in a points cell as a note: its number is a code, no points', () => {
    // A part's workbook (nguyenthang13dev/ON-DRL «ATTT.xlsx»): taken as 1 point, the data row replaced its indicator.
    expect(readPointsText('Được kê khai tại tiêu chí 1.b: Tổng số hệ thống thông tin đã được phê duyệt cấp độ')).toEqual({ kind: 'note', text: 'Được kê khai tại tiêu chí 1.b: Tổng số hệ thống thông tin đã được phê duyệt cấp độ' });
    expect(readPointsText('Theo mục 3 và 5 điểm')).toBeUndefined();
  });

  it('leaves what it cannot read to the caller, which keeps it as written', () => {
    expect(readPointsText('mười')).toBeUndefined();
    expect(readPointsText('Đạt: 5; chưa đạt: 0')).toBeUndefined();
    expect(largestNumberIn('Đạt: 5; chưa đạt: 0')).toBe(5);
    expect(largestNumberIn('mười')).toBeUndefined();
  });

  it('reads a cap written in words, its sign dropped', () => {
    expect(capInText('trừ 2 điểm/lần, tối đa -10 đ/kỳ')).toBe(10);
    expect(capInText('không quá 5 điểm')).toBe(5);
    expect(capInText('2 điểm/lần')).toBeUndefined();
  });
});

describe('points written only in a row’s words', () => {
  it('reads a bonus per occurrence and its cap («được + 0,1 điểm … tối đa không quá 0,5 điểm»), each phrase it read', () => {
    expect(bonusInWords('Tỷ lệ … đạt trên 92% được + 0,1 điểm (luỹ kế cứ tăng 1% được cộng 0,1 điểm nhưng điểm cộng tối đa không quá 0,5 điểm).')).toEqual({
      words: { kind: 'each', points: 0.1, unit: 'lần', cap: 0.5 },
      read: ['được + 0,1 điểm', 'được cộng 0,1 điểm'],
    });
    // Words naming a bonus without its points, or a deduction, are no bonus.
    expect(bonusInWords('Điểm thưởng được thực hiện đối với một trong các trường hợp sau đây')).toBeUndefined();
    expect(bonusInWords('Mỗi hành vi vi phạm thì bị trừ 01 điểm/lần vi phạm')).toBeUndefined();
  });

  it('reads a deduction as before, negative', () => {
    expect(deductionInWords('Mỗi hành vi vi phạm thì bị trừ 01 điểm/lần vi phạm')).toEqual({ words: { kind: 'each', points: -1, unit: 'lần vi phạm' }, read: ['trừ 01 điểm/lần vi phạm'] });
  });
});

describe('pointsInWords (every «trừ/cộng N điểm» words write, per occurrence or once)', () => {
  const each = (text: string) => pointsInWords(text).find((w) => w.each);
  it.each([
    ['Không để hồ sơ quá hạn (mỗi hồ sơ quá hạn trừ 2 điểm)', { points: -2, verb: 'takes', each: true, phrase: 'mỗi hồ sơ quá hạn trừ 2 điểm', read: 'trừ 2 điểm' }],
    ['Giải quyết đúng hạn. Nếu có vi phạm trừ 1 điểm/lần. Điểm trừ tối đa không vượt quá thang điểm chuẩn', { points: -1, verb: 'takes', each: true, unit: 'lần', phrase: 'Nếu có vi phạm trừ 1 điểm/lần', read: 'trừ 1 điểm/lần' }],
    ['Có sáng kiến được áp dụng, cộng 1 điểm cho mỗi sáng kiến', { points: 1, verb: 'adds', each: true, phrase: 'Có sáng kiến được áp dụng, cộng 1 điểm cho mỗi sáng kiến', read: 'cộng 1 điểm' }],
    // Once, not per occurrence; a total; no points.
    ['Để xảy ra sai sót nghiêm trọng trừ 5 điểm', undefined],
    ['Tổng cộng 10 điểm cho mỗi nhóm', undefined],
    ['Mỗi hồ sơ được giải quyết đúng hạn', undefined],
  ])('%s', (text, read) => expect(each(text)).toEqual(read));

  it('reads points written once as such, the same words a row is scored by', () => {
    expect(pointsInWords('Để xảy ra sai sót nghiêm trọng trừ 5 điểm')).toEqual([{ points: -5, verb: 'takes', each: false, phrase: 'Để xảy ra sai sót nghiêm trọng trừ 5 điểm', read: 'trừ 5 điểm' }]);
    expect(pointsInWords('Tổng cộng 10 điểm')).toEqual([]);
  });
});
