// Vietnam's day on the extension's faces when Chromium's clock is another's (CI runs it with TZ=UTC): officers capture
// at 06:30–08:00 in Vietnam, 23:30–01:00 UTC, so a morning's capture falls on the day before in UTC. Phú Thọ's season
// (test/watch/season-days.ts): 9/10's figures captured at 06:45 on 10/10 (Vietnam) stored, then 10/10's captured through
// the popup at 07:05 on 11/10 over the stand-in 766 page. Run with TZ=UTC and with TZ=Asia/Ho_Chi_Minh: the same words.
// Then the files the history page and the popup save at 06:30 on 12/10 (Vietnam), each page set on UTC's clock: named
// by Vietnam's day.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/watch/data-day.js';
import { createStore } from '../../extension/src/storage/store.js';
import { csvRows, previewAsked, startExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { memoryArea } from '../extension/memory-area.js';
import { API } from '../watch/real-days.js';
import { seasonAsked } from '../watch/season-days.js';
import { captureOf } from '../watch/six-lists-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-vietnam-day-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** A data day's morning captured at `time` in Vietnam the next day. */
const morning = (day: string, time: string) => new Date(`${addDays(day, 1)}T${time}:00+07:00`).toISOString();
const BEFORE = '2026-10-09';
const DAY = '2026-10-10';

describe('a morning captured at 06:45 in Vietnam, Chromium on another clock', () => {
  it('the popup’s preview and the history’s export say the capture’s time and day in Vietnam, as «Bản tin» does', async () => {
    const earlier = morning(BEFORE, '06:45');
    expect(earlier).toBe('2026-10-09T23:45:00.000Z');
    const area = memoryArea();
    await createStore(area).save(captureOf(BEFORE, seasonAsked(BEFORE), earlier).snapshots);
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), Object.fromEntries([...area.raw].map(([k, v]) => [k, JSON.parse(v) as unknown])));
    console.log(`Chromium's clock: ${await browser.worker.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)}`);

    // The preview's changes against 9/10's capture say when it was taken: 06:45 on 10/10 in Vietnam (before, in UTC:
    // «ghi ngày 23:45 09/10/2026», a day and a time the officer never captured at).
    const { popup, portal } = await previewAsked(browser, API, seasonAsked(DAY), morning(DAY, '07:05'));
    const changed = await popup.locator('td.change.changed').allInnerTexts();
    expect(changed.length).toBeGreaterThan(0);
    expect.soft(changed.filter((c) => !c.endsWith('ghi ngày 06:45 10/10/2026)'))).toEqual([]);
    await popup.getByRole('button', { name: 'Chọn tất cả' }).click();
    await popup.getByRole('button', { name: /^Lưu \(\d+\)/ }).click();
    await popup.getByTestId('saved').waitFor();
    await Promise.all([popup.close(), portal.close()]);

    // The history's export: each row's time of capture beside its data day, in Vietnam's time (before, in UTC:
    // «2026-10-09 23:45» beside «Số liệu ngày» 9/10, «2026-10-11 00:05» beside 10/10).
    const history = await browser.context.newPage();
    await history.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#lich-su`);
    await history.getByTestId('unit-history').first().waitFor();
    await history.locator('input[name=export-all-days]').check();
    const [file] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'Xuất CSV' }).click()]);
    const [head, ...rows] = csvRows(await readFile((await file.path())!, 'utf8'), ';');
    const [day, at] = [head!.indexOf('Số liệu ngày'), head!.indexOf('Thời điểm ghi nhận')];
    const pairs = new Set(rows.filter((r) => r.length > 1).map((r) => `${r[day]} ${r[at]}`));
    expect([...pairs].sort()).toEqual(['2026-10-09 2026-10-10 06:45', '2026-10-10 2026-10-11 07:05']);
    await history.close();
  }, 240_000);

  it('names the files it saves by Vietnam’s day: the history’s exports and the popup’s responses at 06:30 on 12/10', async () => {
    // 23:30 UTC on 11/10 is 06:30 on 12/10 in Vietnam: each page on UTC's clock whatever the machine's (before, the
    // exports were named «chi-so-2026-10-11.*», the day the officer's calendar had left).
    const at = new Date(`2026-10-12T06:30:00+07:00`);
    expect(at.toISOString()).toBe('2026-10-11T23:30:00.000Z');
    const onUtc = async (page: Page) => {
      await (await browser.context.newCDPSession(page)).send('Emulation.setTimezoneOverride', { timezoneId: 'UTC' });
      expect(await page.evaluate(() => new Date().getDate())).toBe(11);
    };
    const history = await browser.context.newPage();
    await history.clock.setFixedTime(at);
    await history.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#lich-su`);
    await history.getByTestId('unit-history').first().waitFor();
    await onUtc(history);
    const names: string[] = [];
    for (const button of ['Xuất Excel (.xlsx)', 'Xuất CSV', 'Xuất JSON (cho chấm điểm)']) {
      const [file] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: button }).click()]);
      names.push(file.suggestedFilename());
    }
    expect.soft(names).toEqual(['chi-so-2026-10-12.xlsx', 'chi-so-2026-10-12.csv', 'chi-so-2026-10-12.json']);
    await history.close();

    const { popup, portal } = await previewAsked(browser, API, seasonAsked(DAY), at.toISOString());
    await onUtc(popup);
    const [responses] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Lưu phản hồi số liệu (JSON, cho thidua capture)' }).click()]);
    expect(responses.suggestedFilename()).toBe('phan-hoi-766-2026-10-12.json');
    await Promise.all([popup.close(), portal.close()]);
  }, 240_000);
});

/* Made for: Vietnam's day on every face — the popup's preview and the history's export read a capture's time in UTC+7 (core/watch/data-day.ts), whatever Chromium's clock; the files they save named by Vietnam's day. */
