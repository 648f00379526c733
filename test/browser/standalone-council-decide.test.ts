// The council decides on the standalone page (file://, Debian's chromium), as an officer does after «Chấm cả xã»:
// step 4 offers each flag its decisions; a «Bác số liệu» on the nursery school's ratio withdraws that figure's points
// and says so at once (points withdrawn, the new total), the flag then reads which decision, why and by whom; the
// downloaded tong-hop.xlsx carries the decisions in «Rà soát», and the command line given that tong-hop.xlsx scores
// the unit alike; the one-workbook tabs point to step 4; after «Chốt» the closed result's download sits beside the
// message, in view.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { cellText } from '../../core/values.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { runVerdicts } from '../helpers/run-verdicts.js';
import { readSummary } from '../council/council-meeting.js';
import { openStandalonePage, scoreWithBuiltin } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'test/.tmp/screenshots');
const REPORTS = join(root, 'examples/bao-cao');
const SLOW = { timeout: 120_000 };
const NURSERY = 'Trường Mầm non Ta Ma';
const YOUTH = 'Đoàn Thanh niên xã Ta Ma';

let browser: Browser;
let dir: string;
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
  await mkdir(shots, { recursive: true });
  dir = await tempDir();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

/** The unit's line in the ranking of step 4 and the line of its flags. */
const flagItem = (page: Page, unit: string, cell: string) => page.locator(`ul[aria-label="Cảnh báo của ${unit}"] > li[data-cell="${cell}"]`);
const pointsOf = async (page: Page, unit: string) => (await page.locator(`tr[data-unit="${unit}"] td`).nth(2).textContent())!;

describe('the council decides on the standalone page', () => {
  it('records a decision per flag with its effect, writes it into tong-hop.xlsx as the command line reads it, closes, and downloads in view', async () => {
    const reports = (await readdir(REPORTS)).map((f) => join(REPORTS, f));
    const { page } = await openStandalonePage(browser, dist);
    await scoreWithBuiltin(page, 'ta-ma-2025', reports);

    // The one-workbook tabs agree with step 4: no «Chưa có cảnh báo nào» while it lists 20 flags.
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    const reviewTab = page.getByRole('tabpanel', { name: 'Rà soát' });
    await expect.poll(() => reviewTab.textContent()).toContain('Lượt chấm cả xã ở trên có 20 cảnh báo, 20 chưa quyết định');
    expect(await reviewTab.textContent()).not.toContain('Chưa có cảnh báo nào');
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await expect.poll(() => page.getByRole('tabpanel', { name: 'Tổng hợp' }).textContent()).toContain('đã xếp hạng 15 đơn vị');

    // Each flag offers the decisions; none is taken without a reviewer's name.
    const ratio = flagItem(page, NURSERY, 'G15');
    expect(await ratio.textContent()).toContain('điểm chấm theo tử số/mẫu số');
    expect(await ratio.textContent()).toContain('chưa quyết định');
    const before = await pointsOf(page, NURSERY);
    expect(before).toMatch(/^73,52 \/ 100/);
    await ratio.getByRole('button', { name: /^Quyết định: / }).click();
    await ratio.getByRole('radio', { name: 'Bác số liệu' }).check();
    await ratio.getByRole('textbox', { name: 'Lý do' }).fill('Tỷ lệ ghi 90% không có hồ sơ chứng minh');
    const save = ratio.getByRole('button', { name: 'Ghi quyết định' });
    expect(await save.isDisabled()).toBe(true);
    await page.getByRole('textbox', { name: 'Người rà soát của Hội đồng' }).fill('Lò Văn Thành');
    await save.click();

    // Said at once: the points withdrawn, the new total; the flag reads which decision, why and by whom.
    const said = page.getByRole('status', { name: 'Quyết định vừa ghi' });
    await expect.poll(() => said.textContent(), SLOW).toMatch(/^Đã ghi quyết định «Bác số liệu» cho Trường Mầm non Ta Ma — Tỷ lệ không khớp tử số\/mẫu số \(ô G15\)\. Rút ([\d,]+) điểm của tiêu chí «[^»]+» \(\1 → 0\/[\d,]+\); tổng nay ([\d,]+)\/100 điểm/);
    const [, withdrawn, total] = /Rút ([\d,]+) điểm.*tổng nay ([\d,]+)\/100/.exec((await said.textContent())!)!;
    const vi = (s: string) => Number(s.replace(',', '.'));
    expect(vi(total!)).toBeCloseTo(73.52 - vi(withdrawn!), 2);
    expect(await pointsOf(page, NURSERY)).toMatch(new RegExp(`^${total} / 100`));
    const decided = flagItem(page, NURSERY, 'G15');
    expect(await decided.getAttribute('data-flag')).toBe('ratio-mismatch');
    const text = (await decided.textContent())!;
    expect(text).toMatch(/Hội đồng: Bác số liệu — Lò Văn Thành, \d\d\/\d\d\/\d{4}; lý do: Tỷ lệ ghi 90% không có hồ sơ chứng minh/);
    expect(text).not.toContain('điểm chấm theo tử số/mẫu số');
    expect(text).not.toContain('(đã quyết định)');
    expect(text).toContain(`Rút ${withdrawn} điểm`);

    // A second flag accepted: it says so, and that the score stays.
    const info = flagItem(page, YOUTH, 'B9');
    await info.getByRole('button', { name: /^Quyết định: / }).click();
    await info.getByRole('radio', { name: 'Chấp nhận' }).check();
    await info.getByRole('button', { name: 'Ghi quyết định' }).click();
    await expect.poll(() => said.textContent(), SLOW).toMatch(/^Đã ghi quyết định «Chấp nhận» cho Đoàn Thanh niên xã Ta Ma — Thiếu thông tin đơn vị \(ô B9\)\. Giữ số liệu đơn vị báo cáo; tổng 78,67\/80 điểm/);
    expect(await flagItem(page, YOUTH, 'B9').textContent()).toMatch(/Hội đồng: Chấp nhận — Lò Văn Thành/);
    expect(await page.getByRole('status', { name: 'Việc Hội đồng còn phải làm' }).textContent()).toMatch(/^Cảnh báo chưa quyết định: 18 /);
    await ratio.screenshot({ path: join(shots, 'standalone-council-decide.png') });

    // The vote on a nominee: members, present, in favour, and what it does, said at once.
    const votes = page.getByRole('table', { name: 'Biểu quyết từng trường hợp' });
    await votes.getByRole('textbox', { name: 'Tổng số thành viên: Bản Hua Ca' }).fill('9');
    await votes.getByRole('textbox', { name: 'Số có mặt: Bản Hua Ca' }).fill('7');
    await votes.getByRole('textbox', { name: 'Số đồng ý: Bản Hua Ca' }).fill('6');
    await votes.getByRole('button', { name: 'Ghi biểu quyết: Bản Hua Ca' }).click();
    await expect.poll(() => said.textContent(), SLOW).toMatch(/^Đã ghi biểu quyết cho Bản Hua Ca \(.+\): 07\/09 thành viên có mặt; 06\/09 thành viên Hội đồng đồng ý \(66,67 %\): đạt\.$/);
    expect(await votes.getByLabel('Kết quả biểu quyết: Bản Hua Ca').textContent()).toMatch(/: đạt$/);
    await page.getByRole('region', { name: 'Biểu quyết của Hội đồng' }).screenshot({ path: join(shots, 'standalone-council-vote.png') });

    // The download's tong-hop.xlsx keeps both in «Rà soát», as the council's own record.
    const zip = await download(page, page.getByRole('button', { name: /^Tải kết quả: / }));
    const files = await JSZip.loadAsync(zip.bytes);
    const summary = Buffer.from(await files.file('tong-hop.xlsx')!.async('uint8array'));
    const [review] = await (await ExcelJsWorkbook.fromBuffer(summary)).readSheets([REVIEW_SHEET]);
    const rows = review!.values.map((r) => r.map((v) => cellText(v ?? null)));
    expect(rows.find((r) => r[1] === NURSERY && r[3] === 'G15')?.slice(7, 12)).toEqual(['Lần 1', 'Bác số liệu', 'Lò Văn Thành', expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/), 'Tỷ lệ ghi 90% không có hồ sơ chứng minh']);
    expect(rows.find((r) => r[1] === YOUTH && r[3] === 'B9')?.slice(8, 10)).toEqual(['Chấp nhận', 'Lò Văn Thành']);
    const [voteSheet] = await (await ExcelJsWorkbook.fromBuffer(summary)).readSheets([VOTE_SHEET]);
    expect(voteSheet!.values.map((r) => r.map((v) => cellText(v ?? null))).find((r) => r.includes('Bản Hua Ca'))).toEqual(expect.arrayContaining(['9', '7', '6']));
    // The command line given that tong-hop.xlsx with the reports scores the school as the page did.
    const out = join(dir, 'cli');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'tong-hop.xlsx'), summary);
    await runInProcess(['score', ...reports, '--criteria', 'ta-ma-2025', '--out', out], root);
    const cli = await runVerdicts(await readFile(join(out, 'tong-hop.xlsx')));
    const onPage = await runVerdicts(summary);
    expect(cli.ranks.get(NURSERY)).toBe(onPage.ranks.get(NURSERY));
    expect(onPage.ranks.get(NURSERY)).toContain(total!.replace(',', '.'));

    // Closing: the closed result's download is beside the message and scrolled into view.
    const step5 = page.getByRole('region', { name: 'Bước 5: Chốt' });
    await step5.getByRole('textbox', { name: 'Người chốt' }).fill('Lò Văn Thành');
    await step5.getByRole('button', { name: 'Chốt kết quả' }).click();
    // Before the second click, as «thidua close» says it: sealing with nominees not voted on leaves the papers waiting.
    const asked = page.getByRole('status', { name: 'Chốt kết quả' });
    await expect.poll(() => asked.textContent(), SLOW).toMatch(/Chốt khi còn \d+ trường hợp chưa có kết quả biểu quyết thì chưa lập được hồ sơ khen thưởng: Hội đồng biểu quyết, ghi ở trang «Biểu quyết», rồi chốt lần mới/);
    await step5.getByRole('button', { name: /^Vẫn chốt khi còn \d+ mục mở$/ }).click();
    const closedButton = page.getByRole('button', { name: /^Tải kết quả đã chốt: .*-da-chot-lan-1\.zip$/ });
    await closedButton.waitFor(SLOW);
    const status = page.getByRole('status', { name: 'Chốt kết quả' });
    expect(await status.getByRole('button').count()).toBe(1);
    await expect.poll(() => closedButton.evaluate((b) => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })).toBe(true);
    await page.screenshot({ path: join(shots, 'standalone-council-closed-download.png') });
    const closed = await download(page, closedButton);
    expect(closed.name).toMatch(/-da-chot-lan-1\.zip$/);
    const closedSummary = Buffer.from(await (await JSZip.loadAsync(closed.bytes)).file('tong-hop.xlsx')!.async('uint8array'));
    const closedReview = await (await ExcelJsWorkbook.fromBuffer(closedSummary)).readSheets([REVIEW_SHEET]);
    expect(closedReview[0]!.values.some((r) => cellText(r[1] ?? null) === NURSERY && cellText(r[8] ?? null) === 'Bác số liệu')).toBe(true);
    // The vote typed on the page is sealed in the round, as «thidua close» seals it; the nominees without one stay open.
    const closedFolder = join(dir, 'da-chot');
    await mkdir(closedFolder, { recursive: true });
    await writeFile(join(closedFolder, 'tong-hop.xlsx'), closedSummary);
    const sealed = (await readSummary(closedFolder)).rounds.at(-1)!;
    expect(sealed.votes?.votes.map((v) => [v.unitName, v.tally])).toEqual([['Bản Hua Ca', { members: 9, present: 7, inFavour: 6 }]]);
    expect(sealed.open?.unvoted?.length).toBeGreaterThan(0);
    expect(sealed.open?.unvoted?.some((n) => n.startsWith('Bản Hua Ca'))).toBe(false);
  }, 600_000);
});

// Made for issue 46 item 1: the council decides on the page, the effect said, the decisions in tong-hop.xlsx.
