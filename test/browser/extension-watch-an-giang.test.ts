// An Giang's mornings walked in Debian's chromium with the built extension, day after day: each morning's capture of the
// portal's ranking of the province (the saved answer as it stood that day: test/watch/an-giang-days.ts — a day missed, a
// slide, falls into red and out, an agency gone from one answer, units without a figure) taken into the store as the
// officer restores a capture (the history page's «Nhập bản sao lưu»; after the first, by the extension's reader and
// store without the page), then «Bản tin» read against the digest of the captures so far, the history page's verdict
// and the one-page brief on the morning a red agency had no figure; then the popup's counts that morning, opened by
// the icon's click over the 766 page — the communes' level titled as the
// history page names it, its rise counted as «Bản tin» counts it —, and both titled in English once the officer
// switches the language; then the history page's JSON export of
// every stored day and `thidua watch` over it. Every number read is the answer's own.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { buildBrief } from '../../core/watch/brief.js';
import { watchSeries } from '../../core/watch/captures.js';
import { buildDigest, type Digest } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { briefCells, restoreBackup, startExtensionBrowser, storageContents, storedSnapshots, storeBackup, verdictPopup, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { runChild, tempDir } from '../cli/helpers.js';
import { AG, AN_GIANG_STORY, anGiangAnswer, anGiangCaptures } from '../watch/an-giang-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-an-giang-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const captures = anGiangCaptures();
/** The digest of the story's first `n` mornings. */
const digestUpTo = (n: number): Digest => buildDigest(watchSeries(captures.slice(0, n))!);

const historyPage = async (tab: 'ban-tin' | 'lich-su'): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#${tab}`);
  await page.getByTestId(tab === 'ban-tin' ? 'digest-text' : 'unit-history').first().waitFor();
  return page;
};

describe('An Giang’s mornings in the extension', () => {
  it('takes each morning in, «Bản tin» the digest of the captures so far; on 19/11 the red agency without a figure said by «Bản tin», the history page and the brief', async () => {
    for (const [i, plan] of AN_GIANG_STORY.entries()) {
      // The first morning restored through the history page as the officer does; the others taken in by the
      // extension's reader and store without the page, which reads every stored day and the day's verdicts first.
      await (i === 0 ? restoreBackup : storeBackup)(browser, [captures[i]!]);
      const digest = digestUpTo(i + 1);
      const page = await historyPage('ban-tin');
      expect(await page.getByTestId('digest-text').innerText(), plan.day).toBe(digestText(digest));
      if (plan.day === '2026-11-19') {
        expect(digestText(digest)).toContain('Không có điểm trên cổng (2 đơn vị, không xếp màu, không xếp hạng): Sở Dân tộc và Tôn giáo; Thanh tra tỉnh An Giang (lần chụp 18/11/2026: 16 điểm, đỏ).');
        const cells = await briefCells(page);
        for (const line of buildBrief(digest, watchSeries(captures.slice(0, i + 1))!).standing) expect(cells).toContain(line);
        expect(cells).toContain('Sở, ban, ngành: 15 đơn vị — đỏ 2 (vẫn đỏ 2), vàng 11, xanh 0, không có điểm trên cổng 2.');
        const history = await historyPage('lich-su');
        const thanhTra = history.getByTestId('unit-history').filter({ hasText: 'Thanh tra tỉnh An Giang' }).first();
        await thanhTra.getByTestId('verdict').waitFor();
        expect(await thanhTra.getByTestId('verdict').textContent()).toBe('Nhận định ngày số liệu 19/11/2026: không có điểm trên cổng');
        // The history page names a commune's level as «Bản tin» titles it («UBND cấp xã (102 đơn vị)»), a special zone too.
        await history.locator('select[name=unit]').selectOption({ label: 'UBND Đặc khu Phú Quốc - tỉnh An Giang' });
        await history.getByTestId('unit-history').filter({ hasText: 'UBND Đặc khu Phú Quốc' }).first().waitFor();
        // Polled: a unit's table is laid out only once on screen (content-visibility: auto), its title empty until then.
        await expect.poll(() => history.getByTestId('unit-history').locator('h2').allInnerTexts()).toEqual(['UBND Đặc khu Phú Quốc - tỉnh An Giang · UBND cấp xã — Theo năm']);
        expect(digestText(digest)).toContain('UBND cấp xã (102 đơn vị) — ra khỏi vùng đỏ 1, tăng 1, vẫn đỏ 1:');
        await history.close();
        // The popup counts them as «Bản tin» does: the agencies' line, its reds and the units without a figure; the
        // communes' line with the rise «Bản tin» counts, under the same title.
        const { popup, portal } = await verdictPopup(browser, PAGE_766_URL);
        expect(await popup.getByTestId('verdict-level').allInnerTexts()).toEqual(['Sở, ban, ngành (15 đơn vị): vẫn đỏ 2, không có điểm trên cổng 2', 'UBND cấp xã (102 đơn vị): ra khỏi vùng đỏ 1, tăng 1, vẫn đỏ 1']);
        // Switched to English (Cài đặt › Ngôn ngữ), the levels are titled in English too, in the popup and on the
        // history page (before: «Sở, ban, ngành (15 units): …», «… · UBND cấp xã — By year»); the stored group stays.
        await popup.getByRole('button', { name: 'Cài đặt' }).click();
        await popup.getByLabel('Ngôn ngữ').selectOption('en');
        await popup.getByRole('button', { name: 'Lưu cài đặt' }).click();
        await popup.getByRole('button', { name: 'Capture indicators' }).waitFor();
        await expect.poll(() => popup.getByTestId('verdict-level').allInnerTexts()).toEqual(['Provincial departments and agencies (15 units): still red 2, no figure on the portal 2', 'Commune-level People’s Committees (102 units): out of red 1, rose 1, still red 1']);
        const english = await historyPage('lich-su');
        await english.locator('select[name=unit]').selectOption({ label: 'UBND Đặc khu Phú Quốc - tỉnh An Giang' });
        await english.getByTestId('unit-history').filter({ hasText: 'UBND Đặc khu Phú Quốc' }).first().waitFor();
        await expect.poll(() => english.getByTestId('unit-history').locator('h2').allInnerTexts()).toEqual(['UBND Đặc khu Phú Quốc - tỉnh An Giang · Commune-level People’s Committees — By year']);
        expect((await storedSnapshots(browser)).find((s) => s.unit.name === 'UBND Đặc khu Phú Quốc - tỉnh An Giang')?.unit.group).toBe('UBND cấp xã');
        await english.getByLabel('Language').selectOption('vi');
        await expect.poll(async () => (await storageContents(browser)).settings).toMatchObject({ language: 'vi' });
        await Promise.all([popup.close(), portal.close(), english.close()]);
      }
      await page.close();
    }
    const days = Object.keys(await storageContents(browser)).filter((k) => k.startsWith('day:')).sort();
    expect(days).toEqual(AN_GIANG_STORY.map((p) => `day:${p.day}`));
  }, 600_000);

  it('the last morning: «Bản tin» and the brief give the answer’s own figures and places', async () => {
    const digest = digestUpTo(AN_GIANG_STORY.length);
    const saved = (anGiangAnswer(AN_GIANG_STORY.at(-1)!) as { data: { evaluation: { departmentName: string; totalScore: number; childGroup: string }[] } }).data.evaluation;
    const page = await historyPage('ban-tin');
    const text = await page.getByTestId('digest-text').innerText();
    expect(text).toBe(digestText(digest));
    // The red units' totals and places are the answer's, by the answer's order within their level.
    for (const name of ['Thanh tra tỉnh An Giang', 'Sở Tài chính - tỉnh An Giang', 'UBND Đặc khu Phú Quốc - tỉnh An Giang']) {
      const row = saved.find((e) => e.departmentName === name)!;
      const level = saved.filter((e) => e.childGroup === row.childGroup);
      const unit = digest.levels.flatMap((l) => l.units).find((u) => u.name === name)!;
      expect([unit.headline?.measure.value, unit.place?.rank, unit.place?.of]).toEqual([row.totalScore, 1 + level.filter((e) => e.totalScore > row.totalScore).length, level.length]);
    }
    const cells = await briefCells(page);
    const brief = buildBrief(digest, watchSeries(captures)!);
    for (const line of brief.standing) expect(cells).toContain(line);
    for (const row of brief.red.rows) expect(cells).toContain(row[1]);
    expect(brief.standing).toContain('Sở, ban, ngành: 15 đơn vị — đỏ 3 (vẫn đỏ 3), vàng 12, xanh 0.');
    expect(brief.red.rows.map((r) => r.slice(0, 2))).toEqual([['Thanh tra tỉnh An Giang', '16 điểm (đỏ)'], ['Sở Tài chính', '43,72 điểm (đỏ)'], ['Sở Nông nghiệp và Môi trường', '47,17 điểm (đỏ)'], ['UBND Đặc khu Phú Quốc', '49,01 điểm (đỏ)']]);
    expect(AG.thanhTra.saved).toBe(16);
    await page.close();
  }, 240_000);

  it('exports every stored day, and `thidua watch` over the file prints «Bản tin»', async () => {
    const page = await historyPage('lich-su');
    await page.getByLabel('Xuất mọi ngày đã lưu (10 ngày), theo bộ lọc').check();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất JSON (cho chấm điểm)' }).click()]);
    const exported = IndicatorExportFile.parse(JSON.parse(await readFile((await file.path())!, 'utf8')));
    const records = captures.reduce((n, c) => n + c.snapshots.length, 0);
    expect(exported.snapshots).toHaveLength(records);
    expect(await page.getByRole('status').innerText()).toBe(`Đã xuất ${records.toLocaleString('vi-VN')} bản ghi của 10 ngày số liệu (11/11/2026 – 21/11/2026), theo bộ lọc.`);
    await page.close();

    const dir = await tempDir();
    await mkdir(join(dir, 'xuat'));
    await writeFile(join(dir, 'xuat', 'chi-so.json'), JSON.stringify(exported));
    const run = await runChild(['watch', 'xuat'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(digestText(digestUpTo(AN_GIANG_STORY.length)));
  }, 240_000);
});

/* Made for: the walk of An Giang's mornings — every face's numbers against the portal's answer and each other. */
