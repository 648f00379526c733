// The council's decisions and sheets on the standalone page (file://, Debian's chromium), dated and named as the
// council has them (an officer walk found both silently wrong):
// - step 4: a decision takes the date shown above the list — the meeting's day once it is recorded, else today, said
//   which — or the day the officer types, said again beside the button; one that does not read takes none. The
//   download's «Rà soát» carries each decision's date. In the one-workbook tabs (the task pane's face), the date field
//   of «Rà soát» starts at the meeting day recorded under «Tổng hợp»;
// - the council renamed «Rà soát» and «Biểu quyết» in its tong-hop.xlsx, chosen again with the reports: every line of
//   step 4 and of «Chốt» names them by their new names, never by thidua's own; the same in the one-workbook tabs for
//   the scored workbook with its council sheets renamed.
// - what the command line says of the same run after it, the page says too: at «Chốt», a decision or the vote's meeting
//   dated after the closing day; of a posting list, its first day already past (naming the page's field, not a flag).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { formatDateVi, officerDay } from '../../core/values.js';
import { postingBefore } from '../../core/papers/nominee-list.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { scoredWithBuiltin } from '../council/example-commune.js';
import { runChild, tempDir } from '../cli/helpers.js';
import { reviewCol, reviewRows } from '../helpers/review-rows.js';
import { openStandalonePage, scoreWithBuiltin } from '../helpers/standalone-page.js';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';

const root = resolve(import.meta.dirname, '../..');
const REPORTS = join(root, 'examples/bao-cao');
const SLOW = { timeout: 120_000 };
/** The names the council gave its two sheets. */
const RENAMED = { review: 'Rà soát HĐ', votes: 'Biểu quyết HĐ' };
/** thidua's own names, as a line on the page would say them. */
const OWN_NAMES = new RegExp(`«(${REVIEW_SHEET}|${VOTE_SHEET})»`);
const NURSERY = 'Trường Mầm non Ta Ma';
const YOUTH = 'Đoàn Thanh niên xã Ta Ma';
const DATE_BOX = { name: 'Ngày quyết định (dd/mm/yyyy)' };
/** What the date field says of a meeting day it took. */
const FROM_MEETING = 'Ngày họp của Hội đồng (mục «Cuộc họp xét khen thưởng»); sửa nếu Hội đồng quyết định vào ngày khác.';

let browser: Browser;
let dir: string;
let dist: string;
let reports: string[];
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
  dir = await tempDir();
  reports = (await readdir(REPORTS)).sort().map((f) => join(REPORTS, f));
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

const flagItem = (page: Page, unit: string, cell: string) => page.locator(`ul[aria-label="Cảnh báo của ${unit}"] > li[data-cell="${cell}"]`);

/** The meeting's day typed in «Cuộc họp xét khen thưởng» under `where` and recorded. */
async function recordMeeting(where: Locator, day: string): Promise<void> {
  const meeting = where.getByRole('region', { name: 'Cuộc họp của Hội đồng' });
  await meeting.getByRole('textbox', { name: 'Ngày họp' }).fill(day);
  await meeting.getByRole('button', { name: 'Ghi thông tin cuộc họp' }).click();
}

/** `sheets` renamed in the workbook `bytes`, as the council renames a tab in Excel; the workbook saved as `path`. */
async function renamed(bytes: Uint8Array, sheets: Record<string, string>, path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const [from, to] of Object.entries(sheets)) wb.getWorksheet(from)!.name = to;
  await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

/** The page's run of the example commune scored, and the meeting `days` after today recorded in step 4 (its day, YYYY-MM-DD). */
async function scoredMeetingAhead(days: number): Promise<{ page: Page; step4: Locator; meeting: string }> {
  const { page } = await openStandalonePage(browser, dist);
  await scoreWithBuiltin(page, 'ta-ma-2025', reports);
  const step4 = page.getByRole('region', { name: 'Bước 4: Rà soát' });
  return { page, step4, meeting: await meetingAhead(page, step4, days) };
}

/** The meeting `days` after today recorded in `step4` (its day, YYYY-MM-DD), once the page says its day is the field's. */
async function meetingAhead(page: Page, step4: Locator, days: number): Promise<string> {
  const ahead = new Date();
  ahead.setDate(ahead.getDate() + days);
  const meeting = officerDay(ahead);
  await recordMeeting(step4, formatDateVi(meeting));
  await expect.poll(() => page.getByRole('status', { name: 'Quyết định vừa ghi' }).textContent(), SLOW).toBe('Đã ghi thông tin cuộc họp vào trang «Biểu quyết».');
  return meeting;
}

/** The run as the page downloads it now, unzipped into `folder` as an officer unzips it: the command line's output folder. */
async function downloadedRun(page: Page, folder: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Tải kết quả: / }).click()]);
  const zip = await JSZip.loadAsync(await readFile((await d.path())!));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), await entry.async('uint8array'));
  }
  return folder;
}

describe('the council’s decisions and sheets on the standalone page, dated and named as the council has them', () => {
  it('dates each decision in step 4 with the date shown: today, said so, until the meeting is recorded; then the meeting’s day, or the one typed; the download’s «Rà soát» carries it', async () => {
    const { page } = await openStandalonePage(browser, dist);
    await scoreWithBuiltin(page, 'ta-ma-2025', reports);
    const step4 = page.getByRole('region', { name: 'Bước 4: Rà soát' });
    const dateBox = step4.getByRole('textbox', DATE_BOX);
    // No meeting recorded: today, shown and said to be today.
    expect(await dateBox.inputValue()).toBe(formatDateVi(officerDay(new Date())));
    expect(await step4.textContent()).toContain('Hôm nay, vì chưa ghi ngày họp ở mục «Cuộc họp xét khen thưởng»: sửa thành ngày Hội đồng quyết định.');

    // The meeting of 15/12/2025 recorded: decisions take its day.
    const said = page.getByRole('status', { name: 'Quyết định vừa ghi' });
    await recordMeeting(step4, '15/12/2025');
    await expect.poll(() => said.textContent(), SLOW).toBe('Đã ghi thông tin cuộc họp vào trang «Biểu quyết».');
    await expect.poll(() => dateBox.inputValue()).toBe('15/12/2025');
    expect(await step4.textContent()).toContain(FROM_MEETING);
    await step4.getByRole('textbox', { name: 'Người rà soát của Hội đồng' }).fill('Lò Văn Thành');
    const ratio = flagItem(page, NURSERY, 'G15');
    await ratio.getByRole('button', { name: /^Quyết định: / }).click();
    await ratio.getByRole('radio', { name: 'Bác số liệu' }).check();
    // Beside the button, the date it takes: the field may be screens above.
    expect(await ratio.getByLabel('Ngày ghi cho quyết định').textContent()).toBe('Ghi với ngày 15/12/2025 (ô «Ngày quyết định» ở trên).');
    await ratio.getByRole('button', { name: 'Ghi quyết định' }).click();
    await expect.poll(() => said.textContent(), SLOW).toMatch(/^Đã ghi quyết định «Bác số liệu» cho Trường Mầm non Ta Ma/);
    expect(await flagItem(page, NURSERY, 'G15').textContent()).toContain('Hội đồng: Bác số liệu — Lò Văn Thành, 15/12/2025');

    // A date that does not read: no decision is taken with it.
    const youth = flagItem(page, YOUTH, 'B9');
    await youth.getByRole('button', { name: /^Quyết định: / }).click();
    await youth.getByRole('radio', { name: 'Chấp nhận' }).check();
    await dateBox.fill('32/12/2025');
    expect(await youth.getByRole('button', { name: 'Ghi quyết định' }).isDisabled()).toBe(true);
    expect(await youth.getByLabel('Ngày ghi cho quyết định').textContent()).toBe('Hãy ghi ngày quyết định dạng dd/mm/yyyy ở ô «Ngày quyết định» ở trên.');
    expect(await step4.textContent()).toContain('Ngày «32/12/2025» không đọc được');
    // The day the officer types stands, over the meeting's.
    await dateBox.fill('16/12/2025');
    await youth.getByRole('button', { name: 'Ghi quyết định' }).click();
    await expect.poll(() => said.textContent(), SLOW).toMatch(/^Đã ghi quyết định «Chấp nhận» cho Đoàn Thanh niên xã Ta Ma/);
    expect(await flagItem(page, YOUTH, 'B9').textContent()).toContain('Hội đồng: Chấp nhận — Lò Văn Thành, 16/12/2025');

    // tong-hop.xlsx's «Rà soát»: each decision with the date it was shown with.
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Tải kết quả: / }).click()]);
    const zip = await JSZip.loadAsync(await readFile((await d.path())!));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file('tong-hop.xlsx')!.async('uint8array')) as unknown as ArrayBuffer);
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    const dated = (unit: string, code: string) => reviewRows(review, unit, code)[0]!.getCell(reviewCol('Ngày')).text;
    expect(dated(NURSERY, 'ratio-mismatch')).toBe('15/12/2025');
    expect(dated(YOUTH, 'missing-metadata')).toBe('16/12/2025');
  }, 600_000);

  // One scoring of the example for both (two alike before): the posting list with the meeting two days ahead, then the
  // meeting recorded ten days ahead and the result closed.
  it('says of a posting list whose first day has passed what `thidua papers --posting-list` says of the same run, naming the page’s field for the day really posted; then at «Chốt», says what `thidua close` says after sealing the same run: the decision and the meeting dated after the closing day, the papers waiting for the vote', async () => {
    // The meeting two days ahead: its five working days of posting began before today.
    const { page, step4, meeting } = await scoredMeetingAhead(2);
    const meetingDay = formatDateVi(meeting);
    const posting = postingBefore(meeting);
    const said = page.getByRole('status', { name: 'Danh sách niêm yết' });
    const [download] = await Promise.all([page.waitForEvent('download', SLOW), page.getByRole('button', { name: 'Lập danh sách niêm yết' }).click()]);
    expect(download.suggestedFilename()).toBe('danh-sach-cong-khai.docx');
    // The passed first day, then the nominees' flags the council has not decided yet (their points posted as scored).
    await expect.poll(() => said.getByRole('note').count(), SLOW).toBe(2);
    const begun = `Danh sách phải niêm yết từ ${formatDateVi(posting.from)} (5 ngày làm việc trước phiên họp ngày ${meetingDay}), ngày ấy đã qua (hôm nay ${formatDateVi(officerDay(new Date()))}): niêm yết từ hôm nay thì chưa đủ 5 ngày làm việc — dời ngày họp, hoặc `;
    const [first, undecided] = await said.getByRole('note').allTextContents();
    expect(first).toBe(`${begun}ghi ngày đã niêm yết thật ở ô «Niêm yết từ ngày» rồi lập lại danh sách.`);
    expect(undecided).toMatch(/^Danh sách ghi điểm như đã chấm, khi Hội đồng chưa quyết định \d+ mục của người có tên: .* — .*\. Hội đồng quyết định ở trang «Rà soát», chấm lại rồi lập lại danh sách nếu kết quả đổi\.$/);

    // The command line over the same run: the same words, its own way to give the day really posted.
    const folder = await downloadedRun(page, join(dir, 'niem-yet-da-qua'));
    const papers = await runChild(['papers', folder, '--out', join(dir, 'niem-yet-da-qua-ds'), '--posting-list'], dir);
    expect(papers.code).toBe(0);
    expect(papers.stderr).toBe(`Lưu ý: ${begun}ghi ngày đã niêm yết thật bằng --posting-from <dd/mm/yyyy>.\nLưu ý: ${undecided}\n`);

    // The first day typed in the field: the passed day is no longer said; but five working days from today end after
    // the meeting two days ahead, and that is said (the minutes would record a list still posted after the meeting).
    await step4.getByRole('textbox', { name: 'Niêm yết từ ngày' }).fill(formatDateVi(officerDay(new Date())));
    await Promise.all([page.waitForEvent('download', SLOW), page.getByRole('button', { name: 'Lập danh sách niêm yết' }).click()]);
    await expect.poll(() => said.getByRole('note').allTextContents(), SLOW).toEqual([expect.stringContaining(`chưa hết thời gian niêm yết trước phiên họp ngày ${meetingDay}`), undecided]);
    expect((await said.getByRole('note').allTextContents()).join(' ')).not.toContain('ngày ấy đã qua');

    // Then the meeting recorded again, ten days ahead (a slip for a meeting already held, or closed too early): the
    // decision takes its day.
    const closing = await meetingAhead(page, step4, 10);
    const closingDay = formatDateVi(closing);
    const recorded = page.getByRole('status', { name: 'Quyết định vừa ghi' });
    await expect.poll(() => step4.getByRole('textbox', DATE_BOX).inputValue()).toBe(closingDay);
    await step4.getByRole('textbox', { name: 'Người rà soát của Hội đồng' }).fill('Lò Văn Thành');
    const ratio = flagItem(page, NURSERY, 'G15');
    await ratio.getByRole('button', { name: /^Quyết định: / }).click();
    await ratio.getByRole('radio', { name: 'Bác số liệu' }).check();
    await ratio.getByRole('button', { name: 'Ghi quyết định' }).click();
    await expect.poll(() => recorded.textContent(), SLOW).toMatch(/^Đã ghi quyết định «Bác số liệu» cho Trường Mầm non Ta Ma/);

    // The run as it stands, for the command line to close too.
    const toClose = await downloadedRun(page, join(dir, 'chot-sau-ngay-hop'));

    // «Chốt» on the page, the open items accepted.
    const step5 = page.getByRole('region', { name: 'Bước 5: Chốt' });
    await step5.getByRole('textbox', { name: 'Người chốt' }).fill('Lò Văn Thành');
    await step5.getByRole('button', { name: 'Chốt kết quả' }).click();
    const status = page.getByRole('status', { name: 'Chốt kết quả' });
    await expect.poll(() => status.textContent(), SLOW).toMatch(/^Chưa chốt: /);
    await step5.getByRole('button', { name: /^Vẫn chốt khi còn \d+ mục mở$/ }).click();
    await expect.poll(() => status.textContent(), SLOW).toMatch(/^Đã chốt kết quả lần 1, /);
    const lines = await status.getByRole('listitem').allTextContents();
    const today = formatDateVi(officerDay(new Date()));
    expect(lines).toEqual([
      expect.stringMatching(/^Chốt khi còn \d+ trường hợp chưa có kết quả biểu quyết thì chưa lập được hồ sơ khen thưởng: /),
      expect.stringMatching(new RegExp(`^1 quyết định ở tệp tong-hop\\.xlsx, trang «Rà soát» ghi ngày sau ngày chốt ${today} \\(Trường Mầm non Ta Ma: «[^»]+», ô G15, ngày ${closingDay}\\): kiểm tra lại ngày đã ghi, hoặc chốt lại sau ngày ấy\\.$`)),
      `Cuộc họp biểu quyết ở tệp tong-hop.xlsx, trang «Biểu quyết», ô B3 («Ngày họp») ghi ngày ${closingDay}, sau ngày chốt ${today}: giấy tờ sẽ ghi kết quả được chốt trước cuộc họp đã biểu quyết; kiểm tra lại ngày họp, hoặc chốt lại sau cuộc họp.`,
    ]);
    // The command line closing the same run says the very same lines, naming tong-hop.xlsx by its path in the folder.
    const closed = await runChild(['close', toClose, '--by', 'Lò Văn Thành', '--accept-open'], dir);
    expect(closed.code).toBe(0);
    const notes = closed.stderr.split('\n').filter((l) => l.startsWith('Lưu ý: ')).map((l) => l.slice('Lưu ý: '.length));
    expect(notes).toEqual(lines.map((l) => l.replaceAll('tệp tong-hop.xlsx', 'tệp chot-sau-ngay-hop/tong-hop.xlsx')));
  }, 600_000);

  it('names «Rà soát» and «Biểu quyết» by the names the council gave them in the tong-hop.xlsx chosen again, in step 4 and at «Chốt»', async () => {
    // The command line's run (made once a run), its two council sheets renamed by the council.
    const scored = await scoredWithBuiltin();
    expect(scored.run.code).toBe(0);
    const summary = await renamed(await readFile(join(scored.dir, 'kq', 'tong-hop.xlsx')), { [REVIEW_SHEET]: RENAMED.review, [VOTE_SHEET]: RENAMED.votes }, join(dir, 'tong-hop.xlsx'));

    const { page } = await openStandalonePage(browser, dist);
    await scoreWithBuiltin(page, 'ta-ma-2025', [...reports, summary]);
    const step4 = page.getByRole('region', { name: 'Bước 4: Rà soát' });
    const text = (await step4.textContent())!;
    expect(text).toContain(`quyết định được ghi vào trang «${RENAMED.review}» của tong-hop.xlsx`);
    expect(text).toContain(`ở cột «Ngày» của trang «${RENAMED.review}»`);
    expect(text).toContain(`Kết quả được ghi vào trang «${RENAMED.votes}» của tong-hop.xlsx.`);
    expect(text).not.toMatch(OWN_NAMES);
    const said = page.getByRole('status', { name: 'Quyết định vừa ghi' });
    await recordMeeting(step4, '15/12/2025');
    await expect.poll(() => said.textContent(), SLOW).toBe(`Đã ghi thông tin cuộc họp vào trang «${RENAMED.votes}».`);

    // «Chốt» with flags undecided and nominees not voted on: each named where the council types it.
    const step5 = page.getByRole('region', { name: 'Bước 5: Chốt' });
    await step5.getByRole('textbox', { name: 'Người chốt' }).fill('Lò Văn Thành');
    await step5.getByRole('button', { name: 'Chốt kết quả' }).click();
    const asked = page.getByRole('status', { name: 'Chốt kết quả' });
    await expect.poll(() => asked.textContent(), SLOW).toContain(`cảnh báo chưa quyết định ở «${RENAMED.review}»: `);
    const lines = (await asked.textContent())!;
    expect(lines).toContain(`trường hợp chưa có kết quả biểu quyết ở trang «${RENAMED.votes}»: `);
    expect(lines).toContain(`Hội đồng biểu quyết, ghi ở trang «${RENAMED.votes}», rồi chốt lần mới`);
    expect(lines).not.toMatch(OWN_NAMES);

    // The download keeps the council's names.
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Tải kết quả: / }).click()]);
    const zip = await JSZip.loadAsync(await readFile((await d.path())!));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file('tong-hop.xlsx')!.async('uint8array')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining([RENAMED.review, RENAMED.votes]));
  }, 600_000);

  // One scoring of the example in the one-workbook tabs (two alike before): its download taken at once, as the council
  // renames its sheets in it; then the meeting day recorded under «Tổng hợp»; then the renamed workbook opened.
  it('in the one-workbook tabs: starts the decision’s date of «Rà soát» at the meeting day recorded under «Tổng hợp»; and the council sheets renamed in the open workbook are named so under «Tổng hợp» and «Rà soát»', async () => {
    const { page } = await openStandalonePage(browser, dist);
    await page.getByRole('button', { name: 'Mở sổ tính ví dụ' }).click();
    await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
    const status = page.getByRole('status').first();
    await expect.poll(() => page.getByText(/^Bộ tiêu chí để chấm: /).textContent()).toMatch(/trang «Tiêu chí»/);
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await expect.poll(() => page.getByText(/Đã chấm 15 đơn vị/).count(), SLOW).toBeGreaterThan(0);
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về sổ tính đã chấm' }).click()]);
    const edited = await renamed(await readFile((await d.path())!), { [REVIEW_SHEET]: RENAMED.review, [VOTE_SHEET]: RENAMED.votes }, join(dir, 'hoi-dong.xlsx'));

    // The decision's date of «Rà soát» starts at today, then at the meeting day recorded under «Tổng hợp».
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    const review = page.getByRole('tabpanel', { name: 'Rà soát' });
    // The tab's one date field (it had one before this face's decisions took the meeting's day).
    const dateBox = review.getByPlaceholder('dd/mm/yyyy');
    expect(await dateBox.inputValue()).toBe(formatDateVi(officerDay(new Date())));
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await recordMeeting(page.getByRole('tabpanel', { name: 'Tổng hợp' }), '15/12/2025');
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    await expect.poll(() => dateBox.inputValue(), SLOW).toBe('15/12/2025');
    expect(await review.textContent()).toContain(FROM_MEETING);

    // The council's workbook, its sheets renamed, opened again and scored.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
    await chooser.setFiles(edited);
    await expect.poll(() => page.getByText(/^Sổ tính đang mở: /).textContent()).toBe('Sổ tính đang mở: «hoi-dong.xlsx»');
    await page.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
    await expect.poll(() => status.textContent(), SLOW).toMatch(/Đã chấm 15 đơn vị/);

    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const summary = page.getByRole('tabpanel', { name: 'Tổng hợp' });
    await expect.poll(() => summary.textContent()).toContain(`Kết quả được ghi vào trang «${RENAMED.votes}» của sổ tính này`);
    expect(await summary.textContent()).not.toMatch(OWN_NAMES);
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    await expect.poll(() => review.textContent()).toContain(`ở cột «Ngày» của trang «${RENAMED.review}»`);
    expect(await review.textContent()).not.toMatch(OWN_NAMES);
  }, 600_000);
});

// Made for the officer walk's two findings on the page: a decision the council took at its meeting on 15/12/2025, typed
// on the page on 20/12, recorded as 20/12 with no date shown; and step 4 naming «Rà soát» after the council renamed it.
