// A posting worked back from the meeting day whose first day has passed (an officer's walk: run on 28/11 for a meeting on
// 04/12, the list dated 27/11 without a word) is said, not moved.
import { describe, expect, it } from 'vitest';
import { postingBefore, postingBegun } from '../../core/papers/nominee-list.js';

describe('a posting whose first day has passed', () => {
  it('is said with the days it needed and what to do; a posting still ahead is not', () => {
    const posting = postingBefore('2026-12-04');
    expect(postingBegun(posting, '2026-12-04', posting.from, 'ghi ngày đã niêm yết thật bằng --posting-from <dd/mm/yyyy>')).toBeUndefined();
    expect(postingBegun(posting, '2026-12-04', '2026-11-28', 'ghi ngày đã niêm yết thật bằng --posting-from <dd/mm/yyyy>')).toBe(
      `Danh sách phải niêm yết từ ${posting.from.split('-').reverse().join('/')} (5 ngày làm việc trước phiên họp ngày 04/12/2026), ngày ấy đã qua (hôm nay 28/11/2026): niêm yết từ hôm nay thì chưa đủ 5 ngày làm việc — dời ngày họp, hoặc ghi ngày đã niêm yết thật bằng --posting-from <dd/mm/yyyy>.`,
    );
  });
});
