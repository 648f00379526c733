// The council's work on the standalone page after «Chấm cả xã», opened from disk (file://) in Debian's chromium, on
// the example commune: the counts at the top (flags not decided, errors, units awaiting an explanation), the ranking
// under one heading per kind, each unit with its points out of its maximum and its Xếp loại, its flags — errors first,
// each with its cell and message — and its proposal or «đủ điều kiện, Hội đồng quyết định»; each file's row with its
// flags. Every expected figure is the command line's own run of the same folder (`thidua score --json`).
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../scripts/chromium.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { formatNumberVi } from '../../core/values.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');
const CRITERIA = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');

let browser: Browser;
let reports: string[];
let cli: ScoreRunOutput;
beforeAll(async () => {
  if (!process.env.THIDUA_SKIP_BUILD) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  reports = (await readdir(join(EXAMPLES, 'bao-cao'))).sort().map((f) => join(EXAMPLES, 'bao-cao', f));
  const run = await runInProcess(['score', join(EXAMPLES, 'bao-cao'), '--criteria', CRITERIA, '--out', await tempDir(), '--json'], root);
  cli = JSON.parse(run.stdout) as ScoreRunOutput;
  browser = await chromium.launch(CHROMIUM);
}, 240_000);
afterAll(async () => browser?.close());

const base = (path: string | undefined) => (path ?? '').split('/').pop()!;

describe('the council’s work on the standalone page', () => {
  it('counts, kind headings, points of their maximum, Xếp loại, every flag with its cell (errors first) and the eligible unit named', async () => {
    const { page } = await openStandalonePage(browser, root);
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
    expect(await counts.textContent()).toBe(`Cảnh báo chưa quyết định: ${flags.length} · Lỗi: ${errors.length} (${errors.length} chưa xem xét) · Đơn vị chờ giải trình: 0`);
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
    await page.close();
  }, 240_000);
});

/** The message as the page says it after its cell: core's «Ô G17: » not said twice. */
const withoutCell = (message: string, cell: string | undefined) => (cell ? message.replace(`Ô ${cell}: `, '') : message);
const rankOf = (severity: string) => ['error', 'warning', 'info'].indexOf(severity);
