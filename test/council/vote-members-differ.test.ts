// One meeting, one council: the example commune reviewed and every nominee voted 9/8/7 at the meeting of 20/11/2026,
// but on Công an xã Ta Ma's row the council's members typed 90 (for 9). Before, that nominee alone was judged over
// 90 members — «Không đạt», sealed by the closing without a word. Now the two numbers are a conflict named at their
// cells: the run writes nothing, the closing stops even when the council confirms what is open.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { reviewedCommune, typeVotes } from './council-meeting.js';
import { copiedForTest } from './example-commune.js';

const CONFLICT =
  'Trang «Biểu quyết», ô E8, E13: tổng số thành viên Hội đồng ghi khác nhau giữa các trường hợp của một cuộc họp: 9 ở 7 dòng (ô E8, E9, E10, E11, E12, E14, E15); 90 ở 1 dòng (ô E13); thidua không chọn số nào, chưa tính đạt hay không đạt theo số ấy. Hãy ghi cùng một tổng số thành viên Hội đồng ở mọi dòng.';

describe('a row typing another number of the council’s members', () => {
  let scored: Run;
  let closing: Run;

  beforeAll(async () => {
    const dir = await reviewedCommune();
    await typeVotes(join(dir, 'kq', 'tong-hop.xlsx'), (unit) => (unit === 'Công an xã Ta Ma' ? [90, 8, 7] : [9, 8, 7]));
    const again = await copiedForTest(dir);
    scored = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], again);
    closing = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
  }, 240_000);

  it('the run names both numbers at their cells and writes nothing', () => {
    expect(scored.code).not.toBe(0);
    expect(scored.stderr).toContain(`  - ${CONFLICT}`);
  });

  it('the closing stops on it, even with --accept-open', () => {
    expect(closing.code).not.toBe(0);
    expect(closing.stderr).toContain(`Mâu thuẫn, không chốt được kể cả khi Hội đồng xác nhận: ${CONFLICT}`);
  });
});
