// One officer's «Chấm cả xã» on the standalone page (file://, Debian's chromium), walked once (three walks of the
// same scoring before, in three files: the steps, the posting list, the council's decisions), each stage asserting
// what it did on its own walk:
// - the page as numbered steps: each open when its turn comes and, before, saying why not (no greyed button without a
//   reason); built-in sets by their Vietnamese name; the check against a closed result kept out of the first screen;
//   the download named a draft until closed;
// - the posting list right after scoring, before any vote or closing: refused, naming where to type it, while no
//   meeting day is recorded; once the meeting is recorded in step 4 (its day, chair, where the list is posted) and a
//   first posting day typed, «Lập danh sách niêm yết» downloads danh-sach-cong-khai.docx — the very document
//   `thidua papers --posting-list --posting-from` writes for the same reports, criteria and meeting (every part of the
//   .docx the same; only its «created» time differs);
// - the council decides: step 4 offers each flag its decisions; a «Bác số liệu» on the nursery school's ratio
//   withdraws that figure's points and says so at once (points withdrawn, the new total), the flag then reads which
//   decision, why and by whom; the downloaded tong-hop.xlsx carries the decisions in «Rà soát», and the command line
//   given that tong-hop.xlsx scores the unit alike; the one-workbook tabs point to step 4; after «Chốt» the closed
//   result's download sits beside the message, in view.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { builtinSets } from '../../core/criteria/builtin/index.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { cellText } from '../../core/values.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { runChild, runInProcess, tempDir } from '../cli/helpers.js';
import { runVerdicts } from '../helpers/run-verdicts.js';
import { readSummary, typeVotes } from '../council/council-meeting.js';
import { openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';
import { scoredWithBuiltin } from '../council/example-commune.js';

const root = resolve(import.meta.dirname, '../..');
const REPORTS = join(root, 'examples/bao-cao');
const SLOW = { timeout: 120_000 };
const NURSERY = 'Trường Mầm non Ta Ma';
const YOUTH = 'Đoàn Thanh niên xã Ta Ma';
/** The meeting, as `typeVotes` types it on «Biểu quyết» for the command line, and where the list is posted. */
const MEETING = { date: '20/11/2026', place: 'Hội trường Ủy ban nhân dân xã Ta Ma', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải', postedAt: 'Nhà văn hóa xã Ta Ma' };
const FROM = '12/11/2026';

let browser: Browser;
let dir: string;
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
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

/** Each step's number, whether its turn has come, and what it says when it has not. */
const steps = (page: Page) =>
  page.locator('section[data-step]').evaluateAll((all) =>
    all.map((el) => ({ n: Number(el.getAttribute('data-step')), ready: el.getAttribute('data-ready') === 'san-sang', why: el.querySelector('[aria-label$="chưa làm được"]')?.textContent ?? '' })),
  );

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

describe('the council decides on the standalone page', () => {
  it('opens each step in its turn, says why a later one waits, and names the download a draft; makes the posting list before the vote, refused without a meeting day, then the document `thidua papers --posting-list` writes for the same meeting; records a decision per flag with its effect, writes it into tong-hop.xlsx as the command line reads it, closes, and downloads in view', async () => {
    const reports = (await readdir(REPORTS)).sort().map((f) => join(REPORTS, f));
    const { page } = await openStandalonePage(browser, dist);
    // Nothing chosen: criteria and reports open; scoring waits for the criteria; the council's steps for a result.
    let now = await steps(page);
    expect(now.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(now.map((x) => x.ready)).toEqual([true, true, false, false, false, false]);
    expect(now[2]!.why).toMatch(/^Chọn bộ tiêu chí ở bước 1/);
    expect(now[3]!.why).toMatch(/^Chấm ở bước 3 trước/);
    expect(now[5]!.why).toMatch(/chỉ lập từ kết quả đã chốt/);
    // No button greyed on the page's steps: a step not open draws its reason instead.
    expect(await page.locator('section[data-step] button[disabled]').count()).toBe(0);
    // Below, the open workbook's «Tiêu chí» tab: its buttons greyed with no workbook open, and the line saying why.
    expect(await page.getByRole('button', { name: 'Dùng bộ này' }).isDisabled()).toBe(true);
    expect(await page.getByText(/^Các nút dưới đây dùng cho sổ tính đang mở: /).isVisible()).toBe(true);
    // The check against a closed result is not on the first screen before anything is scored.
    const verify = page.getByRole('region', { name: 'Kiểm tra với kết quả đã chốt' });
    expect((await verify.boundingBox())!.y).toBeGreaterThan(page.viewportSize()!.height);

    // The built-in sets by their Vietnamese names, never their ids; choosing one is the page's one criteria state.
    await page.getByLabel('Bộ tiêu chí có sẵn cho cả xã').click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).toEqual(builtinSets().map((b) => b.title));
    const set = builtinSets().find((b) => b.id === 'ta-ma-2025')!;
    await page.getByRole('option', { name: set.title, exact: true }).click();
    expect(await page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe(`${set.title} (bộ có sẵn)`);
    expect(await page.getByText(/^Bộ tiêu chí để chấm: /).textContent()).toContain(set.title);
    now = await steps(page);
    expect(now[2]).toEqual({ n: 3, ready: false, why: 'Chọn ít nhất một tệp báo cáo .xlsx ở bước 2.' });

    // Reports chosen: scoring opens; scored, the council's steps open but papers wait for the closing.
    await page.getByLabel('Tệp báo cáo').setInputFiles(reports);
    await expect.poll(async () => (await steps(page))[2]!.ready).toBe(true);
    const { name } = await scoreAndDownload(page, 12);
    expect(name).toMatch(/^Kết quả chấm điểm - Ta Ma - \d\d-\d\d-\d{4}-ban-nhap\.zip$/);
    now = await steps(page);
    expect(now.map((x) => x.ready)).toEqual([true, true, true, true, true, false]);
    // «Chốt kết quả» is greyed only beside the line saying what it needs.
    expect(await page.getByRole('button', { name: 'Chốt kết quả' }).isDisabled()).toBe(true);
    expect(await page.getByText('Ghi tên người chốt để bấm «Chốt kết quả».').isVisible()).toBe(true);

    // The posting list, right after scoring: before any vote or closing.
    {
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
      // Under it, the nominees' flags not yet decided: their points posted as scored, said as the command line says it.
      await expect.poll(() => said.getByRole('note').count(), SLOW).toBe(1);
      const [undecided] = await said.getByRole('note').allTextContents();
      expect(undecided).toMatch(/^Danh sách ghi điểm như đã chấm, khi Hội đồng chưa quyết định \d+ mục của người có tên: /);
      expect(await said.textContent()).toBe(
        `Danh sách niêm yết công khai (niêm yết tại ${MEETING.postedAt} từ 12/11/2026 đến hết 18/11/2026, trước phiên họp ngày 20/11/2026): danh-sach-cong-khai.docx${undecided}`,
      );

      // The command line: the same reports and criteria scored (made once a run), the same meeting typed on «Biểu quyết», no vote.
      const { dir: cliDir, run: scored } = await scoredWithBuiltin();
      expect(scored.code).toBe(0);
      await typeVotes(join(cliDir, 'kq', 'tong-hop.xlsx'), () => undefined, { B3: MEETING.date, D3: MEETING.place, B4: MEETING.chair, D4: MEETING.secretary, F4: MEETING.postedAt });
      const papers = await runChild(['papers', 'kq', '--out', 'niem-yet', '--posting-list', '--posting-from', FROM], cliDir);
      expect(papers.stderr).toBe(`Lưu ý: ${undecided}\n`);
      expect(papers.stdout).toBe(`Danh sách niêm yết công khai (niêm yết tại ${MEETING.postedAt} từ 12/11/2026 đến hết 18/11/2026, trước phiên họp ngày 20/11/2026): niem-yet/danh-sach-cong-khai.docx\n`);
      expect((await readSummary(join(cliDir, 'kq'))).rounds).toEqual([]);
      const written = await readFile(join(cliDir, 'niem-yet', 'danh-sach-cong-khai.docx'));
      const [pageParts, cliParts] = [await docxParts(onPage), await docxParts(written)];
      expect(pageParts['word/document.xml']).toContain('Lò Văn Thành');
      expect(pageParts['word/document.xml']).toContain(MEETING.postedAt);
      expect(Object.keys(pageParts)).toEqual(Object.keys(cliParts));
      for (const [name, part] of Object.entries(cliParts)) expect(pageParts[name], name).toBe(part);
    }

    // The council decides on the same run.

    // The one-workbook tabs agree with step 4: no «Chưa có cảnh báo nào» while it lists 24 flags.
    await page.getByRole('tab', { name: 'Rà soát' }).click();
    const reviewTab = page.getByRole('tabpanel', { name: 'Rà soát' });
    await expect.poll(() => reviewTab.textContent()).toContain('Lượt chấm cả xã ở trên có 24 cảnh báo, 24 chưa quyết định');
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
    expect(await page.getByRole('status', { name: 'Việc Hội đồng còn phải làm' }).textContent()).toMatch(/^Cảnh báo chưa quyết định: 22 /);

    // The vote on a nominee: members, present, in favour, and what it does, said at once.
    const votes = page.getByRole('table', { name: 'Biểu quyết từng trường hợp' });
    await votes.getByRole('textbox', { name: 'Tổng số thành viên: Bản Hua Ca' }).fill('9');
    await votes.getByRole('textbox', { name: 'Số có mặt: Bản Hua Ca' }).fill('7');
    await votes.getByRole('textbox', { name: 'Số đồng ý: Bản Hua Ca' }).fill('6');
    await votes.getByRole('button', { name: 'Ghi biểu quyết: Bản Hua Ca' }).click();
    await expect.poll(() => said.textContent(), SLOW).toMatch(/^Đã ghi biểu quyết cho Bản Hua Ca \(.+\): 07\/09 thành viên có mặt; 06\/09 thành viên Hội đồng đồng ý \(66,67%\): đạt\.$/);
    expect(await votes.getByLabel('Kết quả biểu quyết: Bản Hua Ca').textContent()).toMatch(/: đạt$/);

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

// Made for issue 46 item 1: the council decides on the page, the effect said, the decisions in tong-hop.xlsx; and
// issue 57 item 3 on the standalone page: the list posted before the meeting, the command line's own.
