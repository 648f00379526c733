// «Chấm cả xã» on the standalone page, opened from disk (file://) in Debian's chromium: many files in, one run, one
// download — the same totals, ranks and proposals as `thidua score` on the same files. On the example commune: the
// progress line N/M and «Hủy», which leaves nothing to download, then the run again to the end; the council's work
// under it (the counts, the ranking under one heading per kind, each unit with its points of its maximum, its Xếp loại
// and its flags — errors first, each with its cell —, its proposal or «đủ điều kiện, Hội đồng quyết định», each file's
// row with its flags); and the download's tong-hop.xlsx given to the council, who type their decisions into «Rà soát»
// (ExcelJS, then saved again by LibreOffice, as an office without Excel would) and give it back to the page with the
// reports: the decisions read, shown, applied (a «Bác» withdraws the figure's points), said as the command line says
// them, and kept in the next download. A plain criteria table typed in LibreOffice with two unit workbooks; a folder
// with a duplicate and a blank template. No request ever leaves the page.
import { madeOf } from '../../core/scoring/total-text.js';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { flagCodeOf } from '../../core/checks/titles.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { formatNumberVi } from '../../core/values.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { goodHamlet, runInProcess, tempDir, writeReportWorkbook, type UnitSheet } from '../cli/helpers.js';
import { reviewCol as col, reviewRows, typeCouncilDecisions } from '../helpers/review-rows.js';
import { runVerdicts, type Verdicts } from '../helpers/run-verdicts.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { confirmUnderstood, cspViolations, offline, openStandalonePage, scoreAndDownload } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(root, 'examples');
const CRITERIA = join(EXAMPLES, 'tieu-chi-ta-ma-2025.xlsx');
const SCHOOL = 'Trường PTDTBT Tiểu học Ta Ma';

let browser: Browser;
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  browser = await workerChromium();
}, 240_000);
afterAll(async () => leaveWorkerChromium(browser));

const openPage = () => openStandalonePage(browser, dist);

/** The run of `thidua score` on the same files, as its tong-hop.xlsx says. */
async function commandLine(args: string[], cwd = root): Promise<{ verdicts: Verdicts; code: number }> {
  const out = await tempDir();
  const run = await runInProcess(['score', ...args, '--out', out], cwd);
  return { verdicts: await runVerdicts(await readFile(join(out, 'tong-hop.xlsx'))), code: run.code };
}

/** tong-hop.xlsx of a downloaded .zip. */
async function summaryOf(zip: Buffer): Promise<Buffer> {
  return Buffer.from(await (await JSZip.loadAsync(zip)).file('tong-hop.xlsx')!.async('uint8array'));
}

describe('the standalone page scores a whole commune', () => {
  // The example commune's run, walked once (four walks alike before, in four files) by the first test that asks (a
  // poll is a test's): first stopped with «Hủy», then run again to the end. The first two tests read the page it
  // leaves and its download, neither changing them; the third gives its tong-hop.xlsx back in a page of its own.
  describe('the example commune: 12 report files and the criteria workbook chosen in one go', () => {
    const reports = async () => (await readdir(join(EXAMPLES, 'bao-cao'))).map((f) => join(EXAMPLES, 'bao-cao', f));
    let walked: Promise<{ page: Page; requests: string[]; name: string; bytes: Buffer }> | undefined;
    const example = () => (walked ??= (async () => {
      const { page, requests } = await openPage();
      await page.getByLabel('Tệp báo cáo').setInputFiles([...(await reports()), CRITERIA]);
      await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toContain('tieu-chi-ta-ma-2025.xlsx');
      await expect.poll(() => page.locator('[data-state="tieu-chi"]').count()).toBe(1);
      // The progress line N/M; «Hủy» stops with nothing to download, and the run again goes to the end.
      // «Hủy» clicked from within the page the moment the line shows a file scored, by an observer of the page's changes
      // set before the run starts: it sees every line the page shows, where a poll (even each frame) could miss a run
      // scored between two looks, and a click sent from the test after one could land after the run's end.
      await page.evaluate(() => {
        const seen = new Promise<string>((resolve) => {
          const look = () => {
            const status = document.querySelector('[aria-label="Tiến độ"] [role="status"]')?.textContent ?? '';
            const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Hủy');
            if (!cancel || !/^Đang chấm [1-9]\d*\/12 tệp$/.test(status)) return;
            observer.disconnect();
            cancel.click();
            resolve(status);
          };
          const observer = new MutationObserver(look);
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
        (window as unknown as { cancelledAt: Promise<string> }).cancelledAt = seen;
      });
      await page.getByRole('button', { name: 'Chấm 12 tệp' }).click();
      expect(await page.evaluate(() => (window as unknown as { cancelledAt: Promise<string> }).cancelledAt)).toMatch(/^Đang chấm [1-9]\d*\/12 tệp$/);
      await expect.poll(() => page.getByLabel('Kết quả lượt chấm').textContent()).toBe('Đã hủy lượt chấm; chưa có gì được tải về.');
      expect(await page.getByRole('button', { name: /^Tải kết quả: / }).count()).toBe(0);
      expect(await page.getByLabel('Tiến độ').count()).toBe(0);
      return { page, requests, ...(await scoreAndDownload(page, 12)) };
    })());
    /** The command line's run of the same files: its JSON and its tong-hop.xlsx. */
    let cli: { json: ScoreRunOutput; verdicts: Verdicts };
    beforeAll(async () => {
      const out = await tempDir();
      const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', out, '--json'], root);
      cli = { json: JSON.parse(run.stdout) as ScoreRunOutput, verdicts: await runVerdicts(await readFile(join(out, 'tong-hop.xlsx'))) };
    });

    it('progress N/M, «Hủy» stops with nothing to download, and the run again goes to the end, as `thidua score` ranks them', async () => {
      const { page, requests, name, bytes } = await example();
      expect(name).toMatch(/^Kết quả chấm điểm - Ta Ma - \d\d-\d\d-\d{4}-ban-nhap\.zip$/);
      expect(await page.locator('[data-state="da-cham"]').count()).toBe(12);

      const zip = await JSZip.loadAsync(bytes);
      const entries = Object.keys(zip.files).sort();
      expect(entries).toEqual([...(await reports()).map((r) => r.split('/').pop()!.replace(/\.xlsx$/, '.cham-diem.xlsx')), 'tong-hop.xlsx'].sort());
      const page15 = await runVerdicts(await zip.file('tong-hop.xlsx')!.async('uint8array'));
      expect(page15.ranks.size).toBe(15);
      expect(page15.ranks).toEqual(cli.verdicts.ranks);
      expect(page15.proposals).toEqual(cli.verdicts.proposals);
      // Each copy in the .zip says the run's word on its units.
      for (const entry of entries.filter((e) => e !== 'tong-hop.xlsx')) {
        const copy = await runVerdicts(await zip.file(entry)!.async('uint8array'));
        for (const [unit, row] of copy.ranks) expect(row, `${entry}: ${unit}`).toBe(page15.ranks.get(unit));
      }
      expect(offline(requests)).toEqual([]);
    }, 240_000);

    it('the council’s work under it: counts, kind headings, points of their maximum, Xếp loại, every flag with its cell (errors first) and the eligible unit named, each figure the command line’s', async () => {
      const { page } = await example();
      const flags = cli.json.cards.flatMap((c) => c.flags.map((f) => ({ card: c, flag: f })));
      const errors = flags.filter((x) => x.flag.severity === 'error');
      expect(errors.length).toBe(4);
      expect(flags.length).toBe(20);

      // The counts, above the first ranking.
      const counts = page.getByLabel('Việc Hội đồng còn phải làm');
      expect(await counts.textContent()).toBe(`Cảnh báo chưa quyết định: ${flags.length} · Lỗi: ${errors.length} (${errors.length} chưa rà soát) · Đơn vị chờ giải trình: 0`);
      const headings = page.getByLabel('Việc của Hội đồng').locator('h3');
      expect(await headings.allTextContents()).toEqual(cli.json.ranking.map((g) => `Xếp hạng — ${g.kindLabel}`));
      expect((await counts.boundingBox())!.y).toBeLessThan((await headings.first().boundingBox())!.y);

      // Each unit under its kind, in the command line's order, with its points of its maximum and its Xếp loại.
      for (const group of cli.json.ranking) {
        const table = page.getByRole('table', { name: group.kindLabel, exact: true });
        expect(await table.locator('tr[data-unit]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')))).toEqual(group.entries.map((e) => e.unitName));
        for (const e of group.entries) {
          const card = cli.json.cards.find((c) => c.file === e.file && c.sheet === e.sheet)!;
          const row = table.locator(`tr[data-unit="${e.unitName}"]`);
          // With bonus or deductions, the points as what they are made of (madeOf, the words the command line and papers print).
          const parts = madeOf(card);
          expect(await row.locator('td').nth(2).textContent()).toBe(parts ? `${formatNumberVi(e.total)}${parts}` : `${formatNumberVi(e.total)} / ${formatNumberVi(card.applicableMax)}${formatNumberVi(e.percent)}%`);
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
      const eligible = cli.json.proposals.filter((p) => p.eligible);
      expect(eligible.map((p) => p.unitName)).toContain('Công an xã Ta Ma');
      for (const p of eligible) {
        expect(await page.locator(`tr[data-unit-detail="${p.unitName}"] [data-proposal="du-dieu-kien"]`).allTextContents()).toContain(`${p.formLabel}: đủ điều kiện, Hội đồng quyết định`);
      }
      for (const p of cli.json.proposals.filter((x) => x.proposed)) {
        expect(await page.locator(`tr[data-unit-detail="${p.unitName}"] [data-proposal="de-xuat"]`).allTextContents()).toContain(`Đề xuất: ${p.formLabel}`);
      }

      // Each file's row says its flags.
      for (const file of cli.json.files) {
        const own = cli.json.cards.filter((c) => c.file === file.file).flatMap((c) => c.flags);
        const nErrors = own.filter((f) => f.severity === 'error').length;
        const said = own.length === 0 ? 'không có cảnh báo' : `${own.length} cảnh báo${nErrors > 0 ? `, ${nErrors} lỗi` : ''}`;
        expect(await page.locator(`tr[data-file="${base(file.file)}"] td[data-state]`).textContent(), file.file).toContain(said);
      }
    }, 240_000);

    it('the council’s decisions typed into its tong-hop.xlsx, given back with the reports: read, shown, applied, said as the command line says them, and kept in the next download', async () => {
      const beforeZip = await summaryOf((await example()).bytes);
      const before = await runVerdicts(beforeZip);

      // The council types into «Rà soát»: the school's ratio «bác bỏ», its late submission «CHAP NHAN», a dd/mm/yyyy date.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(beforeZip as unknown as ArrayBuffer);
      const review = wb.getWorksheet(REVIEW_SHEET)!;
      const { ratio, late, date } = typeCouncilDecisions(review, SCHOOL);
      const work = await mkdtemp(join(tmpdir(), 'thidua-hoi-dong-'));
      await mkdir(join(work, 'hoi-dong'));
      // Named as the run named it, and saved again by LibreOffice (the worker's own).
      const edited = join(work, 'hoi-dong', 'tong-hop.xlsx');
      await wb.xlsx.writeFile(edited);
      await savedByLibreOffice(edited);
      const editedBytes = await readFile(edited);

      // The command line, given the same tong-hop.xlsx in --out.
      const out = await tempDir();
      await writeFile(join(out, 'tong-hop.xlsx'), editedBytes);
      const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'examples/tieu-chi-ta-ma-2025.xlsx', '--out', out], root);
      const cliSaid = run.stderr.split('\n').filter((l) => l.startsWith('Đã áp dụng'));
      expect(cliSaid).toEqual(['Đã áp dụng 2 quyết định của Hội đồng.']);
      const cliVerdicts = await runVerdicts(await readFile(join(out, 'tong-hop.xlsx')));

      const { page, requests } = await openPage();
      await page.getByLabel('Tệp báo cáo').setInputFiles([...(await reports()), CRITERIA, edited]);
      await expect.poll(() => page.locator('[data-state="tieu-chi"]').count()).toBe(1);
      const { bytes } = await scoreAndDownload(page, 13);
      // Read: its line says how many; shown one row each; said as the command line says it.
      const row = page.locator('tr[data-file="tong-hop.xlsx"] td[data-state]');
      expect([await row.getAttribute('data-state'), await row.textContent()]).toEqual(['quyet-dinh', 'quyết định Hội đồng: đọc 2 quyết định']);
      expect((await page.getByLabel('Kết quả lượt chấm').textContent())!.split('\n').slice(1)).toEqual(cliSaid);
      const shown = page.getByRole('table', { name: 'Quyết định của Hội đồng đã đọc' }).getByRole('row');
      expect(await shown.count()).toBe(3);
      expect(await shown.filter({ hasText: 'Bác số liệu' }).textContent()).toMatch(new RegExp(`^${SCHOOL}.*Bác số liệuLò Văn Minh${date}$`));
      expect(await shown.filter({ hasText: 'Chấp nhận' }).textContent()).toMatch(new RegExp(`^${SCHOOL}.*Chấp nhậnLò Văn Minh${date}$`));

      // Applied: the rejected figure's points are withdrawn; the same run as the command line's.
      const after = await runVerdicts(await summaryOf(bytes));
      expect(after.ranks.get(SCHOOL)).not.toBe(before.ranks.get(SCHOOL));
      expect(after).toEqual(cliVerdicts);

      // Kept: the next download's «Rà soát» carries both decisions with who and when, the date as typed.
      const again = new ExcelJS.Workbook();
      await again.xlsx.load((await summaryOf(bytes)) as unknown as ArrayBuffer);
      const sheet = again.getWorksheet(REVIEW_SHEET)!;
      const cells = (r: ExcelJS.Row) => [r.getCell(col('Quyết định')).text, r.getCell(col('Người rà soát')).text, r.getCell(col('Ngày')).text];
      // Each decision in the council's own word as typed («CHAP NHAN», «bác bỏ»), applied as «Chấp nhận» and «Bác số liệu».
      expect(cells(reviewRows(sheet, SCHOOL, flagCodeOf(late.getCell(col('Cảnh báo')).text)!)[0]!)).toEqual(['CHAP NHAN', 'Lò Văn Minh', date]);
      expect(cells(reviewRows(sheet, SCHOOL, flagCodeOf(ratio.getCell(col('Cảnh báo')).text)!)[0]!)).toEqual(['bác bỏ', 'Lò Văn Minh', date]);
      // The file given back is never changed.
      expect((await readFile(edited)).equals(editedBytes)).toBe(true);
      expect(offline(requests)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    }, 300_000);
  });

  it('a plain criteria table typed in LibreOffice with two unit workbooks', async () => {
    const dir = await tempDir();
    const table = join(root, 'test/criteria/fixtures/plain-table.xlsx');
    const units: UnitSheet[] = [
      { sheet: 'Báo cáo', name: 'Cơ quan A', kind: 'Cơ quan', submitted: '01/11/2025', lines: [['CQS1', null, 45, 50, 'Sổ theo dõi', 9], ['CQS2', 3, null, null, 'Báo cáo', 10], ['CQS9', 0, null, null, null, null]] },
      { sheet: 'Báo cáo', name: 'Thôn B', kind: 'Thôn', submitted: '02/11/2025', lines: [['CQS2', 2, null, null, 'Báo cáo', 5], ['XHS1', 'Có', null, null, 'Ảnh', 10], ['XHS2', null, 30, 60, 'Danh sách', 5]] },
    ];
    const files = [join(dir, 'co-quan-a.xlsx'), join(dir, 'thon-b.xlsx')];
    for (const [i, u] of units.entries()) await writeReportWorkbook(files[i]!, [u]);
    const { page, requests } = await openPage();
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(table);
    await expect.poll(() => page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toContain('XÃ NÀ PEN');
    // Its defaults and inferred groups are seen and confirmed before it scores.
    await confirmUnderstood(page);
    await page.getByLabel('Tệp báo cáo').setInputFiles(files);
    const { bytes } = await scoreAndDownload(page, 2);
    const zip = await JSZip.loadAsync(bytes);
    const scored = await runVerdicts(await zip.file('tong-hop.xlsx')!.async('uint8array'));
    const cli = await commandLine([...files, '--criteria', table]);
    expect(scored.ranks.size).toBe(2);
    expect(scored).toEqual(cli.verdicts);
    expect(offline(requests)).toEqual([]);
  }, 240_000);

  it('a folder with a duplicate report and a blank template: trùng, chưa nộp, the rest scored', async () => {
    const dir = join(await tempDir(), 'bao-cao');
    await mkdir(dir);
    await writeReportWorkbook(join(dir, 'ban-a.xlsx'), [{ ...goodHamlet('Báo cáo', 'Bản A'), submitted: '01/11/2025' }]);
    await writeReportWorkbook(join(dir, 'ban-a (1).xlsx'), [{ ...goodHamlet('Báo cáo', 'BẢN A'), submitted: '03/11/2025' }]);
    await writeReportWorkbook(join(dir, 'ban-c.xlsx'), [goodHamlet('Báo cáo', 'Bản C')]);
    const blank: UnitSheet = { ...goodHamlet('Báo cáo', 'Bản Trống'), lines: goodHamlet('x', 'x').lines.map(([code]) => [code, null, null, null, null, null]) };
    await writeReportWorkbook(join(dir, 'ban-trong.xlsx'), [blank]);
    const { page, requests } = await openPage();
    await page.getByLabel('Bộ tiêu chí có sẵn cho cả xã').click();
    await page.getByRole('option', { name: findBuiltin('ta-ma-2025')!.title, exact: true }).click();
    await page.getByLabel('Thư mục báo cáo').setInputFiles(dir);
    const { bytes } = await scoreAndDownload(page, 4);
    const state = (file: string) => page.locator(`tr[data-file="bao-cao/${file}"] td[data-state]`).getAttribute('data-state');
    expect(await state('ban-a.xlsx')).toBe('trung');
    expect(await state('ban-a (1).xlsx')).toBe('da-cham');
    expect(await state('ban-trong.xlsx')).toBe('chua-nop');
    expect(await state('ban-c.xlsx')).toBe('da-cham');
    const scored = await runVerdicts((await (await JSZip.loadAsync(bytes)).file('tong-hop.xlsx')!.async('uint8array')));
    expect([...scored.ranks.keys()].sort()).toEqual(['BẢN A', 'Bản C']);
    const cli = await commandLine([dir, '--criteria', 'ta-ma-2025']);
    expect(scored.ranks).toEqual(cli.verdicts.ranks);
    expect(offline(requests)).toEqual([]);
  }, 240_000);
});

const base = (path: string | undefined) => (path ?? '').split('/').pop()!;
/** The message as the page says it after its cell: core's «Ô G17: » not said twice. */
const withoutCell = (message: string, cell: string | undefined) => (cell ? message.replace(`Ô ${cell}: `, '') : message);
const rankOf = (severity: string) => ['error', 'warning', 'info'].indexOf(severity);
