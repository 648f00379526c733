// The vote form of the standalone page and the task pane (VoteList) refuses the counts «Biểu quyết» refuses, in the
// same words: a count left blank, a fraction, a negative, two counts in one field, counts contradicting each other.
import { describe, expect, it } from 'vitest';
import { typedTallyProblem } from '../../excel-addin/shared/VoteList.js';

const typed = (members: string, present: string, inFavour: string) => typedTallyProblem({ members, present, inFavour });

describe('the vote form’s counts, as «Biểu quyết» reads them', () => {
  it('refuses what «Biểu quyết» refuses, naming the count', () => {
    expect(typed('7', '7', '8')).toBe('số đồng ý (8) lớn hơn số có mặt (7)');
    expect(typed('7', '8', '5')).toBe('số có mặt (8) lớn hơn tổng số thành viên (7)');
    expect(typed('7', '-1', '0')).toBe('số có mặt «-1» là số âm (ghi một số nguyên, từ 0)');
    expect(typed('7', '7', '5,5')).toBe('số đồng ý «5,5» không phải số nguyên (ghi một số nguyên)');
    expect(typed('7', '7', '5/7')).toBe('không hiểu số đồng ý «5/7» (ghi một số nguyên)');
    expect(typed('7', '', '5')).toBe('chưa ghi số có mặt');
    expect(typed('0', '0', '0')).toBe('tổng số thành viên phải lớn hơn 0');
  });

  it('takes counts that agree', () => {
    expect(typed('7', '6', '4')).toBe('');
    expect(typed(' 9 ', '9', '9')).toBe('');
  });
});

// Made for stop 93: the page's and the pane's vote inputs held to the words of «Biểu quyết».
