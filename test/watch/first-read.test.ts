// The week before a day with no capture, said alike by «Bản tin» of the extension's store and `thidua watch` over its
// export when the captures begin with another period's: Phú Thọ's season (season-days.ts), 9/9 (September's figures),
// then 14/10, 19/10 and 20/10. Before, the captures read as a folder said 13/10 lay «ở trước lần chụp đầu tiên đọc được
// (14/10/2026)» — 9/9 had been read — where the store's «Bản tin» said «Không có lần chụp ngày 13/10/2026».
import { describe, expect, it } from 'vitest';
import { digestOf, digestReadingBack } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { createStore } from '../../extension/src/storage/store.js';
import { memoryArea } from '../extension/memory-area.js';
import { seasonSaves } from './season-days.js';

const DAYS = ['2026-09-09', '2026-10-14', '2026-10-19', '2026-10-20'];
const captures = seasonSaves('2026-10-20', (d) => DAYS.includes(d)).map((s) => s.capture);
const NONE = 'Không có lần chụp ngày 13/10/2026: chưa đủ số liệu để so sánh với 7 ngày trước.';

describe('the week before, after another period’s capture', () => {
  it('is a day not captured, from a folder of the captures as from the store', async () => {
    const store = createStore(memoryArea());
    for (const c of captures) await store.save(c.snapshots);
    const stored = (await digestReadingBack(await store.days(), async (which) => (await store.captures(which)).captures))!.digest;
    const read = digestOf(captures)!;
    expect(read.lastWeek).toEqual({ day: '2026-10-13', captured: false });
    expect(digestText(read).split('\n')).toContain(NONE);
    expect(digestText(read)).toBe(digestText(stored));
  });

  it('lies before the first capture read when none of any period is read before it', () => {
    const read = digestOf(captures.slice(1))!;
    expect(digestText(read).split('\n')).toContain('Ngày 13/10/2026 ở trước lần chụp đầu tiên đọc được (14/10/2026): chưa so sánh được với 7 ngày trước.');
  });
});

/* Made for: «Bản tin» and `thidua watch` over the history's export saying alike a week before with no capture, when the captures read begin with another period's. */
