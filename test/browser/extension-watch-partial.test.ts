// The province watch in Debian's chromium with the built extension, over an officer's ten mornings with every list
// (test/watch/six-lists-days.ts) restored from a backup (the first test through the history page as the officer
// does, the others by the extension's reader and store without the page): on the morning the portal refused «Mức độ
// hài lòng» and the ranking the popup says the officer's commune is red by a group, not red as by its total; «Bản tin» reads back as far
// as a run of falls goes, and says what `thidua watch` says over the same captures; a morning of two lists after days
// of falls says the falls are not known today; the history page exports every stored day, not only the week it shows,
// and `thidua watch` reads that file as the extension reads its store.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import type { Capture } from '../../core/watch/captures.js';
import { dataDay, shortDate } from '../../core/watch/data-day.js';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { BLANK_766, openPortalAndPopup, restoreBackup, servePortalPage, startExtensionBrowser, storeBackup, verdictPopup, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { buildExport } from '../../extension/src/export/backup.js';
import { buildUnitHistories, filterHistories, snapshotsOf, type HistoryFilter } from '../../extension/src/history/unit-history.js';
import { createStore } from '../../extension/src/storage/store.js';
import { askedOn, captureOf, walkCaptures } from '../watch/six-lists-days.js';
import { memoryArea } from '../extension/memory-area.js';
import { runChild, tempDir } from '../cli/helpers.js';

let browser: ExtensionBrowser & { close(): Promise<void> };
const OWN = 'Xã Đoan Hùng';

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-partial-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** The popup's verdicts over the blank 766 page, as drawn: the officer's unit's line and each level's. */
async function popupVerdicts(): Promise<{ own: string; levels: string[] }> {
  const { popup, portal } = await verdictPopup(browser, PAGE_766_URL);
  const shown = { own: await popup.getByTestId('verdict-own').innerText(), levels: await popup.getByTestId('verdict-level').allInnerTexts() };
  await Promise.all([popup.close(), portal.close()]);
  return shown;
}

/**
 * The officer's line as «Bản tin» says it over `captures` (the popup said its states alone: «vàng; «Số hóa hồ sơ»:
 * đỏ»); a unit not known today, what «Bản tin» lists of it among such units after it.
 */
function ownNews(captures: readonly Capture[]): string {
  const lines = digestText(digestOf(captures, { own: OWN })!).split('\n');
  const line = `Đơn vị của tôi: ${lines.find((l) => l.startsWith('Đơn vị của tôi — '))!.slice('Đơn vị của tôi — '.length)}`;
  const unseen = lines.find((l) => l.startsWith('Chưa biết hôm nay (') && l.includes('UBND xã Đoan Hùng '));
  return unseen ? `${line}; ${/UBND xã Đoan Hùng [^;]* — chưa biết hôm nay \([^)]*\)/.exec(unseen)![0]}` : line;
}

/** Captures restored as the officer restores a backup («Nhập bản sao lưu»), on the history page. */
const restore = (captures: readonly Capture[]) => restoreBackup(browser, captures);
/** The later mornings' backups, taken in by the extension's reader and store without the page (the first test restores through it). */
const store = (captures: readonly Capture[]) => storeBackup(browser, captures);

// The walk's mornings built once for the file (each build reads every answer as the extension does: some 3 s of
// processor time, seven times over before), each test restoring or comparing the days it is about.
const walk = walkCaptures();
/** The walk's mornings up to `last`, as walkCaptures(last) builds them. */
const walkTo = (last: string) => walk.filter((c) => dataDay(c.capturedAt)! <= last);
const twoLists = { opened: ['transparency', 'dvc-progress-tree'], observeOnly: true };
/** 22/9 and 23/9, mornings of the two lists the page had loaded. */
const mornings = ['2026-09-22', '2026-09-23'].map((d) => captureOf(d, askedOn(d, twoLists)));

/** An export's file as downloaded, with how many stored days each read of chrome.storage.local asked for meanwhile. */
type Exported = { text: string; exportedAt: string; reads: number[] };

/** The history page («Lịch sử»), every read of chrome.storage.local counted by the stored days it asks for from the page's first script on, and its «Xuất JSON». */
async function countedHistoryPage(): Promise<{ page: Page; exportJson: () => Promise<Exported> }> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const local = chrome.storage.local;
    const get = local.get.bind(local) as (keys: string[]) => Promise<unknown>;
    const asked: number[] = ((globalThis as { dayReads?: number[] }).dayReads = []);
    Object.assign(local, { get: (keys: string[]) => (asked.push(([] as string[]).concat(keys ?? []).filter((k) => k.startsWith('day:')).length), get(keys)) });
  });
  await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#lich-su`);
  await page.getByTestId('unit-history').first().waitFor();
  const exportJson = async (): Promise<Exported> => {
    await page.evaluate(() => void ((globalThis as { dayReads?: number[] }).dayReads!.length = 0));
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất JSON (cho chấm điểm)' }).click()]);
    const text = await readFile((await file.path())!, 'utf8');
    return { text, exportedAt: (JSON.parse(text) as { exportedAt: string }).exportedAt, reads: await page.evaluate(() => (globalThis as { dayReads?: number[] }).dayReads!) };
  };
  return { page, exportJson };
}

// One history page for the two export tests: the first's export of every stored day is the second's, read once.
let history: Awaited<ReturnType<typeof countedHistoryPage>> | undefined;
let everyDay: Exported | undefined;

describe('the watch over partial mornings, in the extension', () => {
  it('on a morning of two lists (14/9), says quiet only of the groups captured, for the officer’s commune and each level, and carries the commune’s red group not captured', async () => {
    await servePortalPage(browser.context, PAGE_766_URL, BLANK_766);
    const { popup, portal } = await openPortalAndPopup(browser, PAGE_766_URL);
    await popup.getByRole('button', { name: 'Cài đặt' }).click();
    await popup.getByLabel('Xã/phường của tôi').fill(OWN);
    await popup.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await Promise.all([popup.close(), portal.close()]);

    // The morning before, its «Số hóa hồ sơ» red under a yellow total is said in the popup as in «Bản tin» («vàng» alone before).
    await restore(walkTo('2026-09-13'));
    expect((await popupVerdicts()).own).toBe(ownNews(walkTo('2026-09-13')));
    // The morning itself taken in by the store: the page's restore is the one above, opened again it would only read the stored days once more.
    await store(walkTo('2026-09-14').slice(-1));
    const shown = await popupVerdicts();
    // Its «Số hóa hồ sơ», red on 13/9 under a yellow total, is not captured this morning: carried, never dropped.
    expect(shown.own).toBe(ownNews(walkTo('2026-09-14')));
    expect(shown.own).toContain('«Số hóa hồ sơ»: chưa chụp hôm nay; lần chụp 13/9/2026: đỏ');
    expect(shown.levels).toContain('UBND cấp xã (148 đơn vị): không đơn vị nào giảm, đổi vùng hay đỏ ở các nhóm đã chụp (chưa biết các nhóm chưa chụp)');
  }, 240_000);

  it('says the officer’s commune is «đỏ theo nhóm» on the day without a total, as the digest does', async () => {
    const captures = walkTo('2026-09-17');
    await store(captures.filter((c) => dataDay(c.capturedAt)! > '2026-09-14'));
    const digest = digestOf(captures, { own: OWN })!;
    expect(digest.own!.verdict.states).toEqual(['group-red']);
    const shown = await popupVerdicts();
    expect(shown.own).toBe(ownNews(captures));
    expect(shown.levels).toContain('UBND cấp xã (148 đơn vị): giảm từ 0,5 điểm 1, giảm 3 lần liên tiếp trở lên 1, đỏ theo nhóm (không có tổng điểm hôm nay) 148 — cả 148 đơn vị xếp màu theo các nhóm đã chụp, chưa biết màu theo tổng điểm');
  }, 240_000);

  it('«Bản tin» tells a run of falls longer than a week whole, as `thidua watch` does', async () => {
    await store(walk.filter((c) => dataDay(c.capturedAt)! > '2026-09-17'));
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#ban-tin`);
    const text = await page.getByTestId('digest-text').innerText();
    expect(text).toBe(digestText(digestOf(walk, { own: OWN })!));
    expect(text).toContain('UBND xã Đoan Hùng giảm 6 lần liên tiếp, tổng −0,7 điểm');
    await page.close();
  }, 240_000);

  it('a morning of two lists says the officer’s sliding commune is not known today, in the popup and «Bản tin»', async () => {
    const partial = mornings[0]!;
    await store([partial]);
    const shown = await popupVerdicts();
    expect(shown.own).toBe(ownNews([...walk, partial]));
    expect(shown.own).toContain('— chưa biết hôm nay (');
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#ban-tin`);
    const text = await page.getByTestId('digest-text').innerText();
    expect(text).toBe(digestText(digestOf([...walk, partial], { own: OWN })!));
    expect(text).toContain('UBND cấp xã (148 đơn vị) — chưa biết hôm nay 3:');
    await page.close();
  }, 240_000);

  it('a second morning of two lists (23/9) still says the slides of 21/9 not known today, in the popup and «Bản tin»', async () => {
    await store(mornings.slice(1));
    const shown = await popupVerdicts();
    expect(shown.own).toBe(ownNews([...walk, ...mornings]));
    expect(shown.own).toContain('— chưa biết hôm nay (');
    // Every unit coloured by the two groups captured, as the brief's standing says; the six agencies red by them the
    // morning before too are «vẫn đỏ theo nhóm», in the words of «Bản tin» and the brief (before: «đỏ 6»).
    expect(shown.levels).toEqual([
      'Sở, ban, ngành (15 đơn vị): chưa biết hôm nay 1, vẫn đỏ theo nhóm 6 — cả 15 đơn vị xếp màu theo các nhóm đã chụp, chưa biết màu theo tổng điểm',
      'UBND cấp xã (148 đơn vị): chưa biết hôm nay 3 — cả 148 đơn vị xếp màu theo các nhóm đã chụp, chưa biết màu theo tổng điểm',
    ]);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#ban-tin`);
    const text = await page.getByTestId('digest-text').innerText();
    expect(text).toBe(digestText(digestOf([...walk, ...mornings], { own: OWN })!));
    expect(text).toContain('UBND xã Đoan Hùng giảm 6 lần liên tiếp, tổng −0,7 điểm (không chụp 15/9/2026 và lần chụp 14, 17/9/2026 không có điểm này), «Số hóa hồ sơ» đỏ ở lần chụp 21/9/2026 — chưa biết hôm nay');
    expect(text).toContain('Sở, ban, ngành (15 đơn vị) — chưa biết hôm nay 1, vẫn đỏ theo nhóm 6:');
    await page.close();
  }, 240_000);

  it('exports every stored day (12, the page showing 7), says what it exported, and `thidua watch` reads the file as «Bản tin» reads the store', async () => {
    const all = [...walk, ...mornings];
    const records = (from: string) => all.filter((c) => dataDay(c.capturedAt)! >= from).reduce((n, c) => n + c.snapshots.length, 0);
    history = await countedHistoryPage();
    const page = history.page;
    // The days shown: the file says it holds the week, and how many older days it left out.
    const week = IndicatorExportFile.parse(JSON.parse((await history.exportJson()).text));
    expect(week.snapshots).toHaveLength(records('2026-09-17'));
    expect(await page.getByRole('status').innerText()).toBe(`Đã xuất ${records('2026-09-17').toLocaleString('vi-VN')} bản ghi của 7 ngày số liệu (17/9/2026 – 23/9/2026), theo bộ lọc. Chỉ các ngày đang hiện: 5 ngày cũ hơn đã lưu không có trong tệp (đánh dấu «Xuất mọi ngày đã lưu» để xuất cả).`);
    await page.getByLabel('Xuất mọi ngày đã lưu (12 ngày), theo bộ lọc').check();
    everyDay = await history.exportJson();
    const every = IndicatorExportFile.parse(JSON.parse(everyDay.text));
    expect(every.snapshots).toHaveLength(records('2026-09-11'));
    expect(await page.getByRole('status').innerText()).toBe(`Đã xuất ${records('2026-09-11').toLocaleString('vi-VN')} bản ghi của 12 ngày số liệu (11/9/2026 – 23/9/2026), theo bộ lọc.`);

    const dir = await tempDir();
    await mkdir(join(dir, 'xuat'));
    await writeFile(join(dir, 'xuat', 'chi-so.json'), JSON.stringify(every));
    await mkdir(join(dir, 'tuan'));
    await writeFile(join(dir, 'tuan', 'chi-so.json'), JSON.stringify(week));
    // The two `thidua watch` runs side by side (neither reads what the other writes), not one waiting on the other.
    const [run, shown] = await Promise.all([runChild(['watch', 'xuat', '--unit', OWN], dir), runChild(['watch', 'tuan', '--unit', OWN], dir)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(digestText(digestOf(all, { own: OWN })!));
    // The run of falls told whole from 11/9, not cut at the week's first day.
    expect(run.stdout).not.toContain('kéo dài đến lần chụp đầu tiên đọc được (17/9/2026)');
    // The file of the days shown: 16/9, a week before 23/9, is stored but not in it — said as before the first
    // capture the file holds, never «Không có lần chụp ngày 16/9/2026» (what it said before), as «Bản tin» reads the store.
    expect(shown.code, shown.stderr).toBe(0);
    const first = dataDay(week.snapshots.map((s) => s.capturedAt).sort()[0]!)!;
    expect(all.some((c) => dataDay(c.capturedAt) === '2026-09-16')).toBe(true);
    expect(first > '2026-09-16').toBe(true);
    expect(shown.stdout).toContain(`Ngày 16/9/2026 ở trước lần chụp đầu tiên đọc được (${shortDate(first)}): chưa so sánh được với 7 ngày trước.`);
    expect(shown.stdout).not.toContain('Không có lần chụp ngày 16/9/2026');
  }, 240_000);

  it('exports every stored day a day at a time, the file byte for byte the file built at once, filtered or not', async () => {
    // The page and the export of every stored day of the test before (the same export, the same store), its reads counted.
    const { page, exportJson } = history!;
    // What the store holds, read back in Node by the store's own code: the file every export built at once would be.
    const area = memoryArea();
    await area.set(await page.evaluate(() => chrome.storage.local.get(null)));
    const store = createStore(area);
    const stored = (await store.snapshots()).snapshots;
    const atOnce = (filter: HistoryFilter, exportedAt: string) => JSON.stringify(buildExport(snapshotsOf(filterHistories(buildUnitHistories(stored), filter), stored), new Date(exportedAt).toISOString()));
    const every = everyDay!;
    expect(every.text).toBe(atOnce({}, every.exportedAt));
    // Never the year at once: each read asks one stored day (twelve before, in one read).
    expect(Math.max(...every.reads)).toBe(1);
    expect(every.reads.filter((n) => n === 1)).toHaveLength(12);
    // «Số hóa hồ sơ»: its tables keep 14/9, the morning of two lists that lacks it, as the tables shown do.
    await page.locator('select[name=indicator]').selectOption({ label: 'Số hóa hồ sơ' });
    const indicator = await page.locator('select[name=indicator]').inputValue();
    const filtered = await exportJson();
    expect(filtered.text).toBe(atOnce({ indicator }, filtered.exportedAt));
    expect(Math.max(...filtered.reads)).toBe(1);
    expect(await page.getByRole('status').innerText()).toMatch(/^Đã xuất [\d.]+ bản ghi của 12 ngày số liệu \(11\/9\/2026 – 23\/9\/2026\), theo bộ lọc\.$/);
    await page.close();
  }, 240_000);

  it('says how many stored days an export has read while it runs, and a second click starts no second export', async () => {
    const page = await browser.context.newPage();
    // A store as slow as a year's (some 40 s from click to file): once held, the day reads after the third wait for the test.
    await page.addInitScript(() => {
      const local = chrome.storage.local;
      const get = local.get.bind(local) as (keys: string[]) => Promise<unknown>;
      const g = globalThis as { hold?: boolean; dayReads?: number; release?: () => void };
      const held = new Promise<void>((open) => (g.release = open));
      g.dayReads = 0;
      Object.assign(local, {
        get: async (keys: string[]) => {
          if (g.hold && ([] as string[]).concat(keys ?? []).some((k) => k.startsWith('day:')) && ++g.dayReads! > 3) await held;
          return get(keys);
        },
      });
    });
    await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#lich-su`);
    await page.getByTestId('unit-history').first().waitFor();
    await page.getByLabel('Xuất mọi ngày đã lưu (12 ngày), theo bộ lọc').check();
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.evaluate(() => void ((globalThis as { hold?: boolean }).hold = true));
    const json = page.getByRole('button', { name: 'Xuất JSON (cho chấm điểm)' });
    await json.click();
    // Said while it runs (nothing was, for the ~40 s of a year), with the bar beside it.
    const progress = page.getByTestId('export-progress');
    await progress.filter({ hasText: '3/12' }).waitFor({ timeout: 15_000 });
    expect(await progress.innerText()).toBe('Đang xuất: đã đọc 3/12 ngày đã lưu. Chờ đến khi xong, không cần bấm lại.');
    expect(await progress.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([3, 12]);
    // The officer, thinking it hung, clicks again: no second export starts.
    expect(await json.isDisabled()).toBe(true);
    await json.click({ force: true });
    await page.evaluate(() => (globalThis as { release?: () => void }).release!());
    await page.getByRole('status').filter({ hasText: 'Đã xuất' }).waitFor();
    expect(await page.getByRole('status').innerText()).toMatch(/^Đã xuất [\d.]+ bản ghi của 12 ngày số liệu \(11\/9\/2026 – 23\/9\/2026\), theo bộ lọc\.$/);
    await page.waitForTimeout(1_500);
    expect(downloads).toHaveLength(1);
    expect(await page.evaluate(() => (globalThis as { dayReads?: number }).dayReads)).toBe(12);
    expect(await json.isDisabled()).toBe(false);
    await page.close();
  }, 240_000);
});
