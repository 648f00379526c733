// A cap is points (core/criteria/sheet/points-text.ts capInText): «không quá 30 ngày», «tối đa không quá 05 tập thể» are
// a deadline and a quota the real texts write, not a cap of 30 or 5 points; «tối đa 5 lần» caps a rate per occurrence at
// five times it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { capInText, deductionInWords, readPointsText } from '../../core/criteria/sheet/points-text.js';

const corpus = new URL('../fixtures/real/criteria-corpus/', import.meta.url);

/** The line of a kept text holding `words`, as the source writes it. */
async function lineOf(file: URL, words: string): Promise<string> {
  return (await readFile(file, 'utf8')).split(/\\n|\n/).find((l) => l.includes(words))!.trim();
}

describe('capInText on the real wordings of a deadline and a quota', () => {
  it('reads no cap in Khánh Hòa’s Resolution 57 level «(không quá 30 ngày kể từ …): 03 điểm» (nq57-xa-cong-hai-ca-nam, I.1)', async () => {
    const level = await lineOf(new URL('nq57-xa-cong-hai-QD11_ANNUAL_DATA.js.txt', corpus), 'không quá 30 ngày');
    expect(level).toContain('(không quá 30 ngày kể từ ngày kế hoạch của Tỉnh ủy');
    expect(capInText(level)).toBeUndefined();
    const late = await lineOf(new URL('nq57-xa-cong-hai-QD11_ANNUAL_DATA.js.txt', corpus), 'không quá 60 ngày');
    expect(capInText(late.slice(late.indexOf('- Trễ hạn')))).toBeUndefined();
  });

  it('reads no cap in Ta Ma’s plan «đề xuất khen thưởng cho tối đa không quá 05 tập thể» (seeds 001, IV.3.2)', async () => {
    const quota = await lineOf(new URL('file:///work/shared/seeds/001_86d237c86e977ca5.txt'), 'tối đa không quá 05 tập thể');
    expect(quota).toBe('xuất khen thưởng cho tối đa không quá 05 tập thể tiêu biểu dẫn đầu Phong trào thi đua');
    expect(capInText(quota)).toBeUndefined();
  });

  it('reads the points cap after a deadline, and a deduction’s rate without the deadline as its cap', () => {
    expect(capInText('Nộp chậm không quá 5 ngày làm việc: trừ 0,5 điểm/lần, tối đa trừ 2 điểm')).toBe(2);
    expect(deductionInWords('Gửi báo cáo chậm (không quá 5 ngày làm việc) bị trừ 0,5 điểm/báo cáo')?.words).toEqual({ kind: 'each', points: -0.5, unit: 'báo cáo' });
  });

  it('reads a cap in occurrences of the rate’s own unit as so many times the rate, in points', () => {
    expect(readPointsText('2 đ/lần, tối đa 5 lần')).toEqual({ kind: 'each', points: 2, unit: 'lần', cap: 10 });
    expect(readPointsText('mỗi trường hợp +1, tối đa 5')).toEqual({ kind: 'each', points: 1, unit: 'trường hợp', cap: 5 });
  });
});

// Made for the reader's cap words (capInText): a deadline or a quota is no cap of points.
