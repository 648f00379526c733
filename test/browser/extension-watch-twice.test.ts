// A morning captured twice in the extension, in Debian's chromium: Phú Thọ's mornings (test/watch/six-lists-days.ts)
// restored from a backup, 23/9 captured whole at 03:30 and again at 04:10 with the two lists the page had loaded. The
// popup, «Bản tin» and `thidua watch` over the export of every stored day read the whole morning, and say it was
// captured twice — before, every face told 23/9 as a morning of two lists, its agencies «đỏ theo nhóm».
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import type { Capture } from '../../core/watch/captures.js';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { levelCounts, levelCountWords } from '../../extension/src/history/verdicts.js';
import { translator } from '../../extension/src/i18n.js';
import { openPortalAndPopup, servePortalPage, startExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { askedOn, captureOf, walkCaptures } from '../watch/six-lists-days.js';
import { runChild, tempDir } from '../cli/helpers.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-twice-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const twoLists = { opened: ['transparency', 'dvc-progress-tree'], observeOnly: true };
/** 23/9's answers saved at `time` of 24/9 (after the portal's 02:00 refresh: data day 23/9). */
const savedAt = (time: string, asked: ReturnType<typeof askedOn>): Capture => captureOf('2026-09-23', asked, new Date(`2026-09-24T${time}:00+07:00`).toISOString());
const before = [...walkCaptures(), captureOf('2026-09-22', askedOn('2026-09-22', twoLists))];
const whole = savedAt('03:30', askedOn('2026-09-23', {}));
const again = savedAt('04:10', askedOn('2026-09-23', twoLists));
const t = translator('vi');

describe('a morning captured twice, in the extension', () => {
  it('the popup, «Bản tin» and `thidua watch` over the export read the whole morning, and say it was captured twice', async () => {
    const snapshots = [...before, whole, again].flatMap((c) => c.snapshots.map((s) => ({ ...s, capturedAt: c.capturedAt })));
    const history = await browser.context.newPage();
    await history.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#lich-su`);
    await history.locator('input[type=file]').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-09-30T00:00:00.000Z', snapshots })) });
    await history.getByRole('status').filter({ hasText: 'Đã nhập' }).waitFor();

    // The popup: each level as over the whole morning alone — none coloured by the two groups of 04:10.
    await servePortalPage(browser.context, PAGE_766_URL, '<!DOCTYPE html><html lang="vi"><body><h1>Đánh giá chất lượng phục vụ</h1></body></html>');
    const { popup, portal } = await openPortalAndPopup(browser, PAGE_766_URL);
    await popup.getByTestId('verdict-level').first().waitFor();
    const levels = await popup.getByTestId('verdict-level').allInnerTexts();
    await Promise.all([popup.close(), portal.close()]);
    const wholeAlone = digestOf([...before, whole])!;
    expect(levels).toEqual(levelCounts(wholeAlone, t).map((l) => t('verdict.level', { title: l.title, units: l.units, counts: levelCountWords(l, t) })));
    expect(levels.join('\n')).not.toContain('xếp màu theo các nhóm đã chụp');

    // «Bản tin»: the digest of what is stored, the morning's two captures said.
    const digest = await browser.context.newPage();
    await digest.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#ban-tin`);
    const text = await digest.getByTestId('digest-text').innerText();
    await digest.close();
    expect(text).toBe(digestText(digestOf([...before, whole, again])!));
    expect(text).toContain('Ngày số liệu 23/9/2026 chụp nhiều lần: lấy số liệu lần chụp lúc 04:10; nhóm và tổng điểm lần ấy không có lấy từ lần chụp lúc 03:30 cùng ngày số liệu (số liệu chung của các lần như nhau).');
    expect(text).not.toContain('Lần chụp chưa đủ nhóm');

    // Every stored day exported, read back by `thidua watch`: the same words.
    await history.reload();
    await history.getByTestId('unit-history').first().waitFor();
    await history.getByLabel('Xuất mọi ngày đã lưu').check();
    const [file] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'Xuất JSON (cho chấm điểm)' }).click()]);
    const dir = await tempDir();
    await mkdir(join(dir, 'xuat'));
    await writeFile(join(dir, 'xuat', 'chi-so.json'), await readFile((await file.path())!));
    await history.close();
    const run = await runChild(['watch', 'xuat'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(text);
  }, 240_000);
});
