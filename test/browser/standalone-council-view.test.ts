// The council's work on the standalone page after «Chấm cả xã», opened from disk (file://) in Debian's chromium, on
// the example commune: the counts at the top (flags not decided, errors, units awaiting an explanation), the ranking
// under one heading per kind, each unit with its points out of its maximum and its Xếp loại, its flags — errors first,
// each with its cell and message — and its proposal or «đủ điều kiện, Hội đồng quyết định»; each file's row with its
// flags. Every expected figure is the command line's own run of the same folder (`thidua score --json`).
// And the page as numbered steps: each open when its turn comes and, before, saying why not (no greyed button without
// a reason); one criteria state; built-in sets by their Vietnamese name; a unit's report chosen as the criteria said
// to be a report; the check against a closed result kept out of the first screen; the download named a draft until closed.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { builtinSets } from '../../core/criteria/builtin/index.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { formatNumberVi } from '../../core/values.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');
const CRITERIA = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');

let browser: Browser;
let reports: string[];
let cli: ScoreRunOutput;
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  reports = (await readdir(join(EXAMPLES, 'bao-cao'))).sort().map((f) => join(EXAMPLES, 'bao-cao', f));
  const run = await runInProcess(['score', join(EXAMPLES, 'bao-cao'), '--criteria', CRITERIA, '--out', await tempDir(), '--json'], root);
  cli = JSON.parse(run.stdout) as ScoreRunOutput;
  browser = await workerChromium();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

const base = (path: string | undefined) => (path ?? '').split('/').pop()!;

describe('the council’s work on the standalone page', () => {
  it('counts, kind headings, points of their maximum, Xếp loại, every flag with its cell (errors first) and the eligible unit named', async () => {
    const { page } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(CRITERIA);
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toContain('tieu-chi-ta-ma-2025.xlsx');
    await page.getByLabel('Tệp báo cáo').setInputFiles(reports);
    await scoreAndDownload(page, 12);
    await page.screenshot({ path: '/tmp/council-view-page.png', fullPage: true });

    const flags = cli.cards.flatMap((c) => c.flags.map((f) => ({ card: c, flag: f })));
    const errors = flags.filter((x) => x.flag.severity === 'error');
    expect(errors.length).toBe(4);
    expect(flags.length).toBe(20);

    // The counts, above the first ranking.
    const counts = page.getByLabel('Việc Hội đồng còn phải làm');
    expect(await counts.textContent()).toBe(`Cảnh báo chưa quyết định: ${flags.length} · Lỗi: ${errors.length} (${errors.length} chưa rà soát) · Đơn vị chờ giải trình: 0`);
    const headings = page.getByLabel('Việc của Hội đồng').locator('h3');
    expect(await headings.allTextContents()).toEqual(cli.ranking.map((g) => `Xếp hạng — ${g.kindLabel}`));
    expect((await counts.boundingBox())!.y).toBeLessThan((await headings.first().boundingBox())!.y);

    // Each unit under its kind, in the command line's order, with its points of its maximum and its Xếp loại.
    for (const group of cli.ranking) {
      const table = page.getByRole('table', { name: group.kindLabel, exact: true });
      expect(await table.locator('tr[data-unit]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')))).toEqual(group.entries.map((e) => e.unitName));
      for (const e of group.entries) {
        const card = cli.cards.find((c) => c.file === e.file && c.sheet === e.sheet)!;
        const row = table.locator(`tr[data-unit="${e.unitName}"]`);
        expect(await row.locator('td').nth(2).textContent()).toBe(`${formatNumberVi(e.total)} / ${formatNumberVi(card.applicableMax)}${formatNumberVi(e.percent)}%`);
        expect(await row.locator('td').nth(3).textContent()).toBe(e.classification);
        // Its flags, errors first, each with its cell and core's message.
        const listed = table.locator(`tr[data-unit-detail="${e.unitName}"] li`);
        const shown = await listed.evaluateAll((items) => items.map((li) => ({ severity: li.getAttribute('data-severity'), cell: li.getAttribute('data-cell'), text: li.textContent ?? '' })));
        expect(shown.map((x) => x.severity)).toEqual([...card.flags].sort((a, b) => rankOf(a.severity) - rankOf(b.severity)).map((f) => f.severity));
        for (const f of card.flags) expect(shown.some((x) => x.cell === (f.cell ?? '') && x.text.includes(withoutCell(f.message, f.cell))), `${e.unitName}: ${f.message}`).toBe(true);
      }
    }

    // The four errors, each visible with its cell.
    for (const { card, flag } of errors) {
      const item = page.locator(`tr[data-unit-detail="${card.unitName}"] li[data-severity="error"][data-cell="${flag.cell}"]`);
      await expect.poll(() => item.isVisible()).toBe(true);
      expect(await item.textContent()).toContain(`Lỗi · ô ${flag.cell} — `);
      expect(await item.textContent()).toContain(withoutCell(flag.message, flag.cell));
    }

    // The proposals, and the units the plan leaves to the council named as such (Công an xã among them).
    const eligible = cli.proposals.filter((p) => p.eligible);
    expect(eligible.map((p) => p.unitName)).toContain('Công an xã Ta Ma');
    for (const p of eligible) {
      expect(await page.locator(`tr[data-unit-detail="${p.unitName}"] [data-proposal="du-dieu-kien"]`).allTextContents()).toContain(`${p.formLabel}: đủ điều kiện, Hội đồng quyết định`);
    }
    for (const p of cli.proposals.filter((x) => x.proposed)) {
      expect(await page.locator(`tr[data-unit-detail="${p.unitName}"] [data-proposal="de-xuat"]`).allTextContents()).toContain(`Đề xuất: ${p.formLabel}`);
    }

    // Each file's row says its flags.
    for (const file of cli.files) {
      const own = cli.cards.filter((c) => c.file === file.file).flatMap((c) => c.flags);
      const nErrors = own.filter((f) => f.severity === 'error').length;
      const said = own.length === 0 ? 'không có cảnh báo' : `${own.length} cảnh báo${nErrors > 0 ? `, ${nErrors} lỗi` : ''}`;
      expect(await page.locator(`tr[data-file="${base(file.file)}"] td[data-state]`).textContent(), file.file).toContain(said);
    }
  }, 240_000);
});

/** The message as the page says it after its cell: core's «Ô G17: » not said twice. */
const withoutCell = (message: string, cell: string | undefined) => (cell ? message.replace(`Ô ${cell}: `, '') : message);
const rankOf = (severity: string) => ['error', 'warning', 'info'].indexOf(severity);

/** Each step's number, whether its turn has come, and what it says when it has not. */
const steps = (page: Page) =>
  page.locator('section[data-step]').evaluateAll((all) =>
    all.map((el) => ({ n: Number(el.getAttribute('data-step')), ready: el.getAttribute('data-ready') === 'san-sang', why: el.querySelector('[aria-label$="chưa làm được"]')?.textContent ?? '' })),
  );

describe('«Chấm cả xã» step by step', () => {
  it('opens each step in its turn, says why a later one waits, and names the download a draft', async () => {
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
  }, 240_000);

  it('says a unit’s report chosen as the criteria file is a report, naming the unit', async () => {
    const { page } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(join(EXAMPLES, 'bao-cao', 'ban-ta-ma.xlsx'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(
      'Tệp ban-ta-ma.xlsx: đây là báo cáo của Bản Ta Ma, không phải bộ tiêu chí. Hãy chọn tệp bộ tiêu chí (có trang «Tiêu chí») hoặc một bộ có sẵn; báo cáo chọn ở bước 2.',
    );
    expect(await page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe('chưa chọn');
  }, 120_000);

  it('one criteria state: a set chosen for the open workbook is the commune’s too', async () => {
    const { page } = await openStandalonePage(browser, dist);
    await page.getByRole('button', { name: 'Mở sổ tính ví dụ' }).click();
    await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toMatch(/^Ta Ma — .* — trang «Tiêu chí» của tệp xa-ta-ma-2025\.xlsx$/);
    expect(await page.getByText(/^Bộ tiêu chí để chấm: /).textContent()).toContain('xa-ta-ma-2025.xlsx');
  }, 120_000);
});
