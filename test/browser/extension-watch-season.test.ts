// The season in the extension, in Debian's chromium: September's last fortnight and the first of October of Phú Thọ's season
// (test/watch/season-days.ts) stored as the popup stores them, then the morning of 2/10 — the first whole morning of
// October's figures — captured through the popup over a stand-in 766 page asking October's lists. «Bản tin», its
// brief, the history page and its «Xuất JSON» read by `thidua watch` say what the core says of that day: the capture a
// week before (25/9) is September's, never «Không có lần chụp»; the history's days and size as chrome.storage.local
// counts them. The day-by-day figures of the whole season are test/watch/season.test.ts's (no browser).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestReadingBack } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { createStore } from '../../extension/src/storage/store.js';
import { formatBytes } from '../../extension/src/ui/format.js';
import { briefCells, captureAsked, startExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { runChildOk, tempDir } from '../cli/helpers.js';
import { memoryArea } from '../extension/memory-area.js';
import { API, capturedAtOf } from '../watch/real-days.js';
import { seasonAsked, seasonSaves } from '../watch/season-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-season-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const DAY = '2026-10-02';
/** September's last fortnight and 1/10: past the week «Bản tin» compares with and the month's turn (the whole of September stored: 20.8 s of the fresh-clone run against 8.2 s, nothing more asserted). */
const saves = seasonSaves(DAY).filter((s) => s.day >= '2026-09-18');
const before = saves.filter((s) => s.day < DAY);
const asked = seasonAsked(DAY);

describe('the season’s first October morning, in the extension', () => {
  it('captures 2/10 over September’s last fortnight stored; «Bản tin», the brief, the history and `thidua watch` over its export say 25/9 was September’s, as the core does', async () => {
    // September's last fortnight and 1/10 stored by the store's own code, written to chrome.storage.local as they are.
    const area = memoryArea();
    const store = createStore(area);
    for (const s of before) await store.save(s.capture.snapshots);
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), Object.fromEntries([...area.raw].map(([k, v]) => [k, JSON.parse(v) as unknown])));
    // The in-memory area of the tests counts what Chrome counts, byte for byte.
    const stored = [...area.raw.keys()];
    expect(await browser.worker.evaluate((keys) => chrome.storage.local.getBytesInUse(keys), stored)).toBe(await area.bytesInUse(stored));

    expect(await captureAsked(browser, API, asked, capturedAtOf(DAY))).toContain('Đã lưu 164 bản ghi.');

    // What the core says of the same saves, read from a store as the history page reads it (no unit of the officer's set).
    for (const s of saves.filter((x) => x.day === DAY)) await store.save(s.capture.snapshots);
    const days = await store.days();
    const core = (await digestReadingBack(days, async (which) => (await store.captures(which)).captures))!;
    const said = 'Lần chụp ngày 25/9/2026 là số liệu Tháng 9/2026 (kỳ khác, không so sánh): chưa so sánh được với 7 ngày trước.';

    const history = await browser.context.newPage();
    await history.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#ban-tin`);
    const text = await history.getByTestId('digest-text').innerText();
    expect(text).toBe(digestText(core.digest));
    expect(text.split('\n')).toContain(said);
    expect(text).not.toContain('Không có lần chụp ngày 25/9/2026');
    expect(await briefCells(history)).toContain(said);

    await history.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#lich-su`);
    await history.getByTestId('unit-history').first().waitFor();
    const usage = await history.getByText(/^Đang lưu \d+ ngày số liệu/).innerText();
    expect(usage).toContain(`Đang lưu ${days.length} ngày số liệu`);
    // What the page says the days take is what Chrome counts of them (before: their text in characters, «5,93 MB» of
    // 6,336,310 bytes, 6,04 MB).
    const inUse = await browser.worker.evaluate((keys) => chrome.storage.local.getBytesInUse(keys), days.map((d) => `day:${d}`));
    console.log(`season in chromium: ${days.length} days; the page says «${usage}»; chrome.storage.local.getBytesInUse of the days ${inUse} B (${formatBytes(inUse, 'vi')}), of all ${await browser.worker.evaluate(() => chrome.storage.local.getBytesInUse(null))} B`);
    expect(usage).toContain(`Đang lưu ${days.length} ngày số liệu (${formatBytes(inUse, 'vi')})`);

    await history.locator('input[name=export-all-days]').check();
    const [file] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'Xuất JSON (cho chấm điểm)' }).click()]);
    const exported = await readFile((await file.path())!, 'utf8');
    await history.close();
    const dir = await tempDir();
    await mkdir(join(dir, 'xuat'));
    await writeFile(join(dir, 'xuat', 'chi-so.json'), exported);
    const run = await runChildOk(['watch', 'xuat'], dir);
    expect(run.stdout.trimEnd()).toBe(text);
  }, 240_000);
});

/* Made for: the watch through a season in the extension — a month's first whole morning captured over September's stored days, every face saying the capture a week before is another period's, alike. */
