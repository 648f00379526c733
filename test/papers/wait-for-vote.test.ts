// What closing with nominees not voted on says of the papers (core/papers/index.ts papersWaitFor), where the council
// closes on every face: the papers wait for the vote, and the nominees are named a few at a time, not a province's all.
import { describe, expect, it } from 'vitest';
import { papersWaitFor } from '../../core/papers/index.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';

const nominees = (n: number) => Array.from({ length: n }, (_, i) => `Bản ${i + 1} (Giấy khen của Chủ tịch UBND xã)`);

describe('papersWaitFor', () => {
  it('says nothing when every nominee has a vote', () => {
    expect(papersWaitFor({ unvoted: [] }, COUNCIL_SHEET_NAMES)).toBeUndefined();
    expect(papersWaitFor(undefined, COUNCIL_SHEET_NAMES)).toBeUndefined();
  });

  it('names every nominee of a short list', () => {
    expect(papersWaitFor({ unvoted: nominees(3) }, COUNCIL_SHEET_NAMES)).toEqual({
      text:
      'Chốt khi còn 3 trường hợp chưa có kết quả biểu quyết thì chưa lập được hồ sơ khen thưởng: Hội đồng biểu quyết, ghi ở trang «Biểu quyết», rồi chốt lần mới (có lý do) mới lập hồ sơ. Chưa biểu quyết: Bản 1 (Giấy khen của Chủ tịch UBND xã); Bản 2 (Giấy khen của Chủ tịch UBND xã); Bản 3 (Giấy khen của Chủ tịch UBND xã).',
    });
  });

  it('names eight of a long list, then how many more, on one line of a readable length', () => {
    const line = papersWaitFor({ unvoted: nominees(1200) }, COUNCIL_SHEET_NAMES)!.text;
    expect(line).toMatch(/^Chốt khi còn 1200 trường hợp chưa có kết quả biểu quyết/);
    expect(line.endsWith('Chưa biểu quyết: ' + nominees(8).join('; ') + '; và 1192 trường hợp khác.')).toBe(true);
    expect(line.length).toBeLessThan(700);
  });
});
