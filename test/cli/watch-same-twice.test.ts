// A morning captured twice with the same figures (Phú Thọ's season, season-days.ts: 4/11 captured whole at 04:10 on
// 5/11 and whole again at 15:00): the extension stores it once, the first time, so its «Bản tin» and its export say
// «chụp lúc 04:10 ngày 5/11/2026»; `thidua watch` over the two saved HAR files says the same time, the later identical
// capture adding nothing — before, it said 15:00.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestReadingBack } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { createStore } from '../../extension/src/storage/store.js';
import { memoryArea } from '../extension/memory-area.js';
import { seasonSaves, WHOLE_TWICE } from '../watch/season-days.js';
import { harOfAsked } from '../watch/six-lists-days.js';
import { runInProcess, tempDir, type Run } from './helpers.js';

const OWN = 'Xã Đoan Hùng';
// November's mornings up to 4/11 (the page shows the data day's month): 1/11 to 3/11, then 4/11 twice.
const saves = seasonSaves(WHOLE_TWICE).filter((s) => s.day >= '2026-11-01');
let run: Run;

beforeAll(async () => {
  const dir = await tempDir();
  await mkdir(join(dir, 'lan-chup'));
  for (const s of saves) await writeFile(join(dir, 'lan-chup', `${s.capturedAt.replace(/:/g, '-')}.har`), JSON.stringify(harOfAsked(s.day, s.asked, s.capturedAt)));
  run = await runInProcess(['watch', 'lan-chup', '--unit', OWN], dir);
}, 120_000);

describe('thidua watch over a morning captured twice with the same figures', () => {
  it('dates the morning by its first capture, as the extension’s «Bản tin» over the same saves does (before: 15:00)', async () => {
    expect(saves.filter((s) => s.day === WHOLE_TWICE).map((s) => s.capturedAt)).toEqual(['2026-11-04T21:10:00.000Z', '2026-11-05T08:00:00.000Z']);
    // The extension: each save as the popup saves it, «Bản tin» read back from its store.
    const store = createStore(memoryArea());
    for (const s of saves) await store.save(s.capture.snapshots);
    const read = (await digestReadingBack(await store.days(), async (which) => (await store.captures(which)).captures, { own: OWN }))!;
    const shown = digestText(read.digest);
    expect(shown).toContain('số liệu ngày 4/11/2026 (chụp lúc 04:10 ngày 5/11/2026)');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n').find((l) => l.includes('số liệu ngày'))).toBe(shown.split('\n').find((l) => l.includes('số liệu ngày')));
    expect(run.stdout.trimEnd()).toBe(shown);
  });
});

/* Made for: the watch audit of 4/11 — one morning captured twice with the same figures, one capture time on every face. */
