// The posting list made on the standalone page (file://, Debian's chromium) right after «Chấm cả xã», before any vote
// or closing: refused, naming where to type it, while no meeting day is recorded; once the meeting is recorded in
// step 4 (its day, chair, where the list is posted) and a first posting day typed, «Lập danh sách niêm yết» downloads
// danh-sach-cong-khai.docx — the very document `thidua papers --posting-list --posting-from` writes for the same
// reports, criteria and meeting (every part of the .docx the same; only its «created» time differs).
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { runChild, tempDir } from '../cli/helpers.js';
import { readSummary, typeVotes } from '../council/council-meeting.js';
import { openStandalonePage, scoreWithBuiltin } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const REPORTS = join(root, 'examples/bao-cao');
const SLOW = { timeout: 120_000 };
/** The meeting, as `typeVotes` types it on «Biểu quyết» for the command line, and where the list is posted. */
const MEETING = { date: '20/11/2026', place: 'Hội trường Ủy ban nhân dân xã Ta Ma', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải', postedAt: 'Nhà văn hóa xã Ta Ma' };
const FROM = '12/11/2026';

let browser: Browser;
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

/** Every part of a .docx by name; the «created»/«modified» times of docProps/core.xml (the moment it was written) left out. */
async function docxParts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const text = await zip.file(name)!.async('string');
    parts[name] = name === 'docProps/core.xml' ? text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1') : text;
  }
  return parts;
}

describe('the posting list on the standalone page, before the vote', () => {
  it('is refused without a meeting day, then downloads the document `thidua papers --posting-list` writes for the same meeting', async () => {
    const reports = (await readdir(REPORTS)).map((f) => join(REPORTS, f));
    const { page } = await openStandalonePage(browser, dist);
    await scoreWithBuiltin(page, 'ta-ma-2025', reports);

    const make = page.getByRole('button', { name: 'Lập danh sách niêm yết' });
    const said = page.getByRole('status', { name: 'Danh sách niêm yết' });
    // No meeting day: the command line's words, naming where the page takes it.
    await make.click();
    await expect.poll(() => said.textContent(), SLOW).toBe(
      'Chưa lập danh sách niêm yết: chưa có ngày họp của Hội đồng: ghi «Ngày họp» để tính 5 ngày làm việc niêm yết trước phiên họp (ô «Ngày họp» ở mục «Cuộc họp xét khen thưởng», rồi bấm «Ghi thông tin cuộc họp»), hoặc ghi «Niêm yết từ ngày».',
    );

    // The meeting typed but not recorded: the list waits for it, so that it and the minutes name one meeting.
    const meeting = page.getByRole('region', { name: 'Cuộc họp của Hội đồng' });
    await meeting.getByRole('textbox', { name: 'Ngày họp' }).fill(MEETING.date);
    await meeting.getByRole('textbox', { name: 'Địa điểm' }).fill(MEETING.place);
    await meeting.getByRole('textbox', { name: 'Chủ trì' }).fill(MEETING.chair);
    await meeting.getByRole('textbox', { name: 'Thư ký' }).fill(MEETING.secretary);
    await meeting.getByRole('textbox', { name: 'Nơi niêm yết danh sách' }).fill(MEETING.postedAt);
    await make.click();
    await expect.poll(() => said.textContent(), SLOW).toMatch(/^Chưa lập danh sách niêm yết: thông tin cuộc họp vừa gõ chưa ghi/);
    await meeting.getByRole('button', { name: 'Ghi thông tin cuộc họp' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Quyết định vừa ghi' }).textContent(), SLOW).toBe('Đã ghi thông tin cuộc họp vào trang «Biểu quyết».');

    await meeting.getByRole('textbox', { name: 'Niêm yết từ ngày' }).fill(FROM);
    const [download] = await Promise.all([page.waitForEvent('download', SLOW), make.click()]);
    expect(download.suggestedFilename()).toBe('danh-sach-cong-khai.docx');
    const onPage = await readFile((await download.path())!);
    await expect.poll(() => said.textContent(), SLOW).toBe(
      `Danh sách niêm yết công khai (niêm yết tại ${MEETING.postedAt} từ 12/11/2026 đến hết 18/11/2026, trước phiên họp ngày 20/11/2026): danh-sach-cong-khai.docx`,
    );

    // The command line: the same reports and criteria scored, the same meeting typed on «Biểu quyết», no vote.
    const dir = await tempDir();
    expect((await runChild(['score', ...reports, '--criteria', 'ta-ma-2025', '--out', 'kq'], dir)).code).toBe(0);
    await typeVotes(join(dir, 'kq', 'tong-hop.xlsx'), () => undefined, { B3: MEETING.date, D3: MEETING.place, B4: MEETING.chair, D4: MEETING.secretary, F4: MEETING.postedAt });
    const cli = await runChild(['papers', 'kq', '--out', 'niem-yet', '--posting-list', '--posting-from', FROM], dir);
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toBe(`Danh sách niêm yết công khai (niêm yết tại ${MEETING.postedAt} từ 12/11/2026 đến hết 18/11/2026, trước phiên họp ngày 20/11/2026): niem-yet/danh-sach-cong-khai.docx\n`);
    expect((await readSummary(join(dir, 'kq'))).rounds).toEqual([]);
    const written = await readFile(join(dir, 'niem-yet', 'danh-sach-cong-khai.docx'));
    const [pageParts, cliParts] = [await docxParts(onPage), await docxParts(written)];
    expect(pageParts['word/document.xml']).toContain('Lò Văn Thành');
    expect(pageParts['word/document.xml']).toContain(MEETING.postedAt);
    expect(Object.keys(pageParts)).toEqual(Object.keys(cliParts));
    for (const [name, part] of Object.entries(cliParts)) expect(pageParts[name], name).toBe(part);
  }, 600_000);
});

// Made for issue 57 item 3 on the standalone page: the list posted before the meeting, the command line's own.
