// The officer's whole year on the standalone page (thidua-doc-lap.html from disk, Debian's chromium) with a Tây Ninh
// commune's DTI table as its tracking app's CSV keeps it (test/fixtures/real/criteria-corpus: dti-xa-tay-ninh, opened
// and saved as .xlsx by LibreOffice): the table opened in the one-workbook tabs, its own sheet taken and confirmed, five
// communes' templates made on «Mẫu báo cáo» and filled by openpyxl (the table's own «Tự đánh giá»; its «Thẩm định»,
// saved again by LibreOffice; two self-scores above their maximum; a group left blank; one template sent back blank)
// → «Chấm cả xã» on the same page → the council's decisions typed on «Rà soát», renamed by the council, given back →
// the posting list → the vote → «Chốt kết quả» → «Tạo hồ sơ khen thưởng» → printed by LibreOffice, read back with
// pdftotext. Every figure the page shows is held to the hand count below (from the table's own cells) and to
// `thidua score --json` / `close` / `papers` on the same files.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { formatDateVi, formatNumberVi, officerDay } from '../../core/values.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { typeDecisions } from '../council/council-meeting.js';
import { readPrinted } from '../papers/pdf-layout.js';
import { runInProcess, runOk, type Run } from '../cli/helpers.js';
import { fillByOpenpyxl } from '../helpers/fill-by-openpyxl.js';
import { pageWithTable, papersAsCommandLine, unzipInto } from '../helpers/page-year.js';
import { runVerdicts } from '../helpers/run-verdicts.js';
import { offline, openStandalonePage } from '../helpers/standalone-page.js';
import { leaveWorkerChromium } from '../helpers/worker-chromium.js';

const ENTRY = 'dti-xa-tay-ninh';
/** The table as the province sends it to its communes, the year in its name. */
const TABLE = 'bo-chi-so-dti-xa-2025.xlsx';
const COMMUNES = ['UBND xã Cần Giuộc', 'UBND xã Phước Lý', 'UBND xã Mỹ Lộc', 'UBND xã Long Cang', 'UBND xã Rạch Kiến'] as const;
type Commune = (typeof COMMUNES)[number];
const BLANK: Commune = 'UBND xã Rạch Kiến';
const SLOW = { timeout: 120_000 };
const RENAMED = 'Rà soát của Hội đồng';

/** The table's rows as openpyxl reads them: Mã (A), Nhóm (C), Điểm tối đa (D), Tự đánh giá (E), Thẩm định (F). */
const TABLE_ROWS = `
import sys, json
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps([[r] + [ws.cell(r, k).value for k in (1, 3, 4, 5, 6)] for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value is not None]))
`;
type Row = { row: number; code: string; group: string; max: number; self: number; appraised: number };

let browser: Browser;
let dir: string;
let page: Page;
let requests: string[];
/** The table's 62 rows (2–63), in order. */
let rows: Row[];
let tabSaid: string;
let template: string[][];
let imported: { id: string; version: string; period: { from: string; to: string }; criteria: { code: string; maxPoints: number }[] };
let cli: ScoreRunOutput;
let firstRun: { said: string; counts: string; council: Locator; verdicts: Awaited<ReturnType<typeof runVerdicts>> };
let againSaid: string;
let cliAgain: Run;
let closedCli: Run;
let papersCli: string;
let printed: Map<string, string>;
let pagePapers: Record<string, Buffer>;
let posting: { name: string; bytes: Buffer };
let nominees: Commune[];
let asked: string;
let closedSaid: string[];
let closedText: string;
let papersSaid: string[];

/** Waits in beforeAll (expect.poll is a test's) until `read` gives what `ok` accepts. */
async function expect_<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (ok(await read())) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('not seen in 60 s');
}

/**
 * What each commune types in «Điểm tự chấm», row by row of the table (undefined: left blank): Cần Giuộc the table's own
 * «Tự đánh giá» (E), Phước Lý its «Thẩm định» (F), Mỹ Lộc every maximum (D) but 1.4 typed 25 of its 20 (D5) and
 * 4.22.10 35 of its 30 (D61), Long Cang every maximum but group 5 (rows 52–55) blank; Rạch Kiến sends its template back blank.
 */
const typedBy = (unit: Commune): (number | undefined)[] =>
  rows.map((r) =>
    unit === 'UBND xã Cần Giuộc' ? r.self
    : unit === 'UBND xã Phước Lý' ? r.appraised
    : unit === 'UBND xã Mỹ Lộc' ? (r.code === '1.4' ? 25 : r.code === '4.22.10' ? 35 : r.max)
    : unit === 'UBND xã Long Cang' ? (r.group === 'Hoạt động Kinh tế số' ? undefined : r.max)
    : undefined,
  );

/** The hand count: each row at what the commune typed, at most the row's «Điểm tối đa» (D), a blank at 0; of D's 960. */
const counted = (unit: Commune) => Math.round(typedBy(unit).reduce<number>((s, v, i) => s + Math.min(v ?? 0, rows[i]!.max), 0) * 100) / 100;
const percentOf = (unit: Commune) => Math.round((counted(unit) / 960) * 10000) / 100;
const band = (unit: Commune) => (percentOf(unit) >= 90 ? 'Xuất sắc' : percentOf(unit) >= 80 ? 'Tốt' : percentOf(unit) >= 60 ? 'Đạt' : 'Chưa đạt');
const ranked = () => COMMUNES.filter((u) => u !== BLANK).sort((a, b) => counted(b) - counted(a));

async function download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', SLOW), button.click()]);
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}
const report = (unit: Commune) => join(dir, 'bao-cao', `${unit}.xlsx`);

beforeAll(async () => {
  let dist: string;
  ({ dist, browser, dir } = await pageWithTable(ENTRY, TABLE));
  rows = (JSON.parse(execFileSync('/usr/bin/python3', ['-c', TABLE_ROWS, join(dir, TABLE)], { encoding: 'utf8' })) as [number, unknown, string, number, number, number][]).map(([row, code, group, max, self, appraised]) => ({ row, code: String(code), group, max, self, appraised }));
  await runOk(['criteria', 'import', TABLE, '--out', 'bo.json'], dir);
  imported = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8'));

  // The one-workbook tabs: the table opened, its own sheet taken, confirmed; the five communes' templates.
  ({ page, requests } = await openStandalonePage(browser, dist));
  const [opened] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Mở tệp .xlsx' }).click()]);
  await opened.setFiles(join(dir, TABLE));
  await page.getByRole('button', { name: 'Dùng bộ tiêu chí của sổ tính (trang «Sheet1»)' }).click();
  await page.getByRole('tab', { name: 'Tiêu chí' }).click();
  const criteriaTab = page.getByRole('tabpanel', { name: 'Tiêu chí' });
  await criteriaTab.getByRole('button', { name: 'Xác nhận bộ tiêu chí để chấm' }).click();
  tabSaid = (await criteriaTab.textContent())!;
  await page.getByRole('tab', { name: 'Mẫu báo cáo' }).click();
  const pane = page.getByRole('tabpanel', { name: 'Mẫu báo cáo' });
  for (const [i, name] of COMMUNES.entries()) {
    if (i > 0) await pane.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await pane.getByRole('textbox', { name: `Tên đơn vị ${i + 1}` }).fill(name);
  }
  await pane.getByRole('textbox', { name: /^Kỳ báo cáo/ }).fill('Năm 2025');
  await unzipInto((await download(pane.getByRole('button', { name: 'Tải về mỗi đơn vị một tệp (.zip)' }))).bytes, join(dir, 'mau'));
  template = JSON.parse(execFileSync('/usr/bin/python3', ['-c', 'import sys,json\nfrom openpyxl import load_workbook\nws=load_workbook(sys.argv[1]).worksheets[0]\nprint(json.dumps([[str(c.value) for c in r if c.value is not None] for r in ws.iter_rows(max_row=11)]))', join(dir, 'mau', `Mẫu báo cáo - ${COMMUNES[0]}.xlsx`)], { encoding: 'utf8' }));

  // The communes fill them in; Phước Lý's saved again by LibreOffice; Rạch Kiến's comes back as sent.
  await mkdir(join(dir, 'bao-cao'));
  for (const unit of COMMUNES) {
    const typed = Object.fromEntries(typedBy(unit).flatMap((v, k) => (v === undefined ? [] : [[imported.criteria[k]!.code, v]])));
    const blank = join(dir, 'mau', `Mẫu báo cáo - ${unit}.xlsx`);
    if (Object.keys(typed).length === 0) await copyFile(blank, report(unit));
    else fillByOpenpyxl(blank, report(unit), typed, '2025-12-10');
  }
  await savedByLibreOffice(report('UBND xã Phước Lý'));

  // «Chấm cả xã» on the same page: the same table, the five files.
  await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(join(dir, TABLE));
  await page.getByLabel('Bộ tiêu chí đang dùng').filter({ hasText: TABLE }).waitFor();
  await page.getByLabel('Tệp báo cáo').setInputFiles(COMMUNES.map(report));
  await page.getByRole('button', { name: 'Chấm 5 tệp' }).click();
  const first = await download(page.getByRole('button', { name: /^Tải kết quả: / }));
  await unzipInto(first.bytes, join(dir, 'trang-lan-1'));
  const council = page.getByLabel('Việc của Hội đồng');
  firstRun = { said: (await page.getByLabel('Kết quả lượt chấm').textContent())!, counts: (await page.getByLabel('Việc Hội đồng còn phải làm').textContent())!, council, verdicts: await runVerdicts(await readFile(join(dir, 'trang-lan-1', 'tong-hop.xlsx'))) };
  cli = JSON.parse((await runOk(['score', 'bao-cao', '--criteria', TABLE, '--out', 'kq', '--json'], dir)).stdout) as ScoreRunOutput;

  // The council decides every flag of the ranked communes on its copy of «Rà soát», dated 20/11/2026 (before the run
  // that listed them, today), and renames the sheet; given back to the page with the reports, and to the command line.
  const decided = join(dir, 'hoi-dong', 'tong-hop.xlsx');
  await mkdir(dirname(decided));
  await copyFile(join(dir, 'trang-lan-1', 'tong-hop.xlsx'), decided);
  await typeDecisions(decided, (unit) => (unit === BLANK ? '' : 'Chấp nhận'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(decided);
  wb.getWorksheet('Rà soát')!.name = RENAMED;
  await wb.xlsx.writeFile(decided);
  ({ page } = await openStandalonePage(browser, dist));
  await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(join(dir, TABLE));
  await page.getByRole('button', { name: 'Xác nhận bộ tiêu chí để chấm' }).first().click();
  await page.getByLabel('Tệp báo cáo').setInputFiles([...COMMUNES.map(report), decided]);
  await page.getByRole('button', { name: 'Chấm 6 tệp' }).click();
  await page.getByRole('button', { name: /^Tải kết quả: / }).waitFor(SLOW);
  againSaid = (await page.getByLabel('Kết quả lượt chấm').textContent())!;
  cliAgain = await runOk(['score', 'bao-cao', '--criteria', TABLE, '--out', 'kq', '--decisions', decided], dir);

  // Step 4: the meeting today, the posting list; each nominee voted 9 / 7 / 6.
  const step4 = page.getByRole('region', { name: 'Bước 4: Rà soát' });
  const meeting = step4.getByRole('region', { name: 'Cuộc họp của Hội đồng' });
  for (const [label, value] of [['Ngày họp', formatDateVi(officerDay())], ['Địa điểm', 'Hội trường UBND xã Cần Giuộc'], ['Chủ trì', 'Nguyễn Văn An'], ['Thư ký', 'Trần Thị Bình']]) await meeting.getByRole('textbox', { name: label, exact: true }).fill(value!);
  await meeting.getByRole('button', { name: 'Ghi thông tin cuộc họp' }).click();
  await expect_(() => page.getByRole('status', { name: 'Quyết định vừa ghi' }).textContent(), (t) => t?.startsWith('Đã ghi thông tin cuộc họp') ?? false);
  posting = await download(page.getByRole('button', { name: 'Lập danh sách niêm yết' }));
  const votes = page.getByRole('table', { name: 'Biểu quyết từng trường hợp' });
  nominees = await votes.locator('tbody tr').evaluateAll((trs) => trs.map((r) => r.getAttribute('data-nominee')! as Commune));
  for (const unit of nominees) {
    for (const [label, value] of [['Tổng số thành viên', '9'], ['Số có mặt', '7'], ['Số đồng ý', '6']] as const) await votes.getByRole('textbox', { name: `${label}: ${unit}` }).fill(value);
    await votes.getByRole('button', { name: `Ghi biểu quyết: ${unit}` }).click();
    await votes.getByLabel(`Kết quả biểu quyết: ${unit}`).filter({ hasText: /: đạt$/ }).waitFor(SLOW);
  }
  // The run as it stands for `thidua close`; then «Chốt kết quả» on the page, the open flags accepted.
  await unzipInto((await download(page.getByRole('button', { name: /^Tải kết quả: / }))).bytes, join(dir, 'truoc-khi-chot'));
  const step5 = page.getByRole('region', { name: 'Bước 5: Chốt' });
  await step5.getByRole('textbox', { name: 'Người chốt' }).fill('Nguyễn Văn An');
  await step5.getByRole('button', { name: 'Chốt kết quả' }).click();
  const status = page.getByRole('status', { name: 'Chốt kết quả' });
  await status.filter({ hasText: /^Chưa chốt: / }).waitFor(SLOW);
  asked = (await status.textContent())!;
  await step5.getByRole('button', { name: /^Vẫn chốt khi còn \d+ mục mở$/ }).click();
  await status.filter({ hasText: /^Đã chốt kết quả lần 1, / }).waitFor(SLOW);
  closedSaid = await status.getByRole('listitem').allTextContents();
  closedText = (await status.textContent())!;
  closedCli = await runInProcess(['close', 'truoc-khi-chot', '--by', 'Nguyễn Văn An', '--accept-open'], dir);
  await unzipInto((await download(page.getByRole('button', { name: /^Tải kết quả: / }))).bytes, join(dir, 'da-chot'));
  pagePapers = await unzipInto((await download(page.getByRole('button', { name: 'Tạo hồ sơ khen thưởng' }))).bytes, join(dir, 'ho-so'));
  await status.filter({ hasText: /^Đã tạo hồ sơ/ }).waitFor(SLOW);
  papersSaid = [(await status.locator(':scope > span, :scope > p').first().textContent())!, ...(await status.getByRole('listitem').allTextContents())];
  papersCli = (await runOk(['papers', 'da-chot', '--out', 'ho-so-dong-lenh'], dir)).stderr;
  const docs = ['to-trinh', 'bien-ban', 'danh-sach-cong-khai', 'du-thao-quyet-dinh'];
  await sofficeAll(docs.map((d) => join(dir, 'ho-so', `${d}.docx`)), join(dir, 'ho-so'), 'pdf');
  printed = new Map();
  for (const d of docs) printed.set(d, (await readPrinted(join(dir, 'ho-so', `${d}.pdf`))).lines.map((l) => l.text).join(' '));
}, 600_000);
afterAll(async () => leaveWorkerChromium(browser));

describe('a Tây Ninh commune’s DTI table through the year on the standalone page', () => {
  it('reads the table as its cells state it: 62 indicators in 6 groups, 80 / 100 / 100 / 520 / 80 / 80 = 960', () => {
    // The «Nhóm» column (C2:C63) names six groups, in the order of their codes; «Điểm tối đa» (D2:D63) adds up so.
    const groups = [...new Set(rows.map((r) => r.group))].map((g) => rows.filter((r) => r.group === g).reduce((s, r) => s + r.max, 0));
    expect(rows.length).toBe(62);
    expect(groups).toEqual([80, 100, 100, 520, 80, 80]);
    expect(tabSaid).toContain('Chấm trên tổng 960 điểm');
    // Row by row, the criteria the import reads (their codes filled in by the communes' templates) and their maxima.
    expect(imported.criteria.map((c) => c.maxPoints)).toEqual(rows.map((r) => r.max));
  });

  it('names the set read from the open table by its file, as «Chấm cả xã» and `thidua criteria import` do: the templates it makes are the table’s, and score', () => {
    // Before: «Bộ tiêu chí trang «Sheet1»», «bo-tieu-chi-trang-sheet1@1» on every template — which «Chấm cả xã» on the
    // same table then refused, each report «lập theo bộ tiêu chí khác».
    expect(imported.id).toBe('bo-chi-so-dti-xa-2025');
    expect(tabSaid).toContain(`Đang dùng: ${imported.id} (phiên bản 1)`);
    expect(template).toContainEqual(['Mã bộ tiêu chí:', `${imported.id}@${imported.version}`]);
    // The year in the file's name is the set's period on every face.
    expect(imported.period).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(firstRun.said).toBe('Đã chấm 5 đơn vị, xếp hạng 4, đề xuất 0 lượt khen thưởng, 3 lượt đủ điều kiện chờ Hội đồng quyết định (kế hoạch không nêu số lượng).');
    expect(cli.cards.flatMap((c) => c.flags).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('scores each commune as the hand count does, the same as `thidua score --json`, on the page and in its download', async () => {
    // Cần Giuộc: E2:E63 add to 787,84 (none above its D); Phước Lý: F2:F63 add to 606,27; Mỹ Lộc: 960 with 1.4 (25 of
    // D5's 20) and 4.22.10 (35 of D61's 30) at their maxima; Long Cang: 960 − group 5's 4 × 20 (D52:D55) = 880.
    expect(COMMUNES.filter((u) => u !== BLANK).map((u) => [counted(u), percentOf(u), band(u)])).toEqual([[787.84, 82.07, 'Tốt'], [606.27, 63.15, 'Đạt'], [960, 100, 'Xuất sắc'], [880, 91.67, 'Xuất sắc']]);
    const table = firstRun.council.getByRole('table', { name: 'UBND xã', exact: true });
    const shown = await table.locator('tr[data-unit]').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll(':scope > td')].map((td) => td.textContent)));
    expect(shown).toEqual(ranked().map((u, k) => [String(k + 1), `${u}${u}.xlsx`, `${formatNumberVi(counted(u))} / 960${formatNumberVi(percentOf(u))}%`, band(u)]));
    expect(cli.ranking.flatMap((g) => g.entries.map((e) => [e.rank, e.unitName, e.total, e.percent, e.classification]))).toEqual(ranked().map((u, k) => [k + 1, u, counted(u), percentOf(u), band(u)]));
    const cliVerdicts = await runVerdicts(await readFile(join(dir, 'kq', 'tong-hop.xlsx')));
    expect(firstRun.verdicts).toEqual(cliVerdicts);
    expect(cli.omitted).toEqual([{ what: `${BLANK} (tệp bao-cao/${BLANK}.xlsx, trang «${BLANK}»)`, why: 'Chưa nộp: báo cáo còn để trống, không xếp hạng, không đề xuất' }]);
  });

  it('lists every flag it counts as undecided, the blank template’s under «Không xếp hạng», as `thidua score` lists them', async () => {
    // 2 (Mỹ Lộc) + 4 (Long Cang) + 1 (Rạch Kiến's blank template, said once; before: 62, one a row).
    const flags = cli.cards.flatMap((c) => c.flags.map((f) => [c.unitName, f.cell ?? '']));
    // The page marks a flag of the whole sheet with an empty data-cell.
    expect(flags.length).toBe(7);
    expect(firstRun.counts).toBe('Cảnh báo chưa quyết định: 7 · Lỗi: 0 (0 chưa rà soát) · Đơn vị chờ giải trình: 0');
    // Before: the blank template's flags counted, none shown — the ranking lists ranked units only.
    const listed = await firstRun.council.locator('ul[aria-label^="Cảnh báo của "] > li').evaluateAll((items) => items.map((li) => [li.closest('ul')!.getAttribute('aria-label')!.replace('Cảnh báo của ', ''), li.getAttribute('data-cell')]));
    expect(listed.sort()).toEqual(flags.sort());
    const unranked = firstRun.council.getByRole('table', { name: 'Không xếp hạng (1)' });
    expect(await unranked.locator('tr[data-unranked]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unranked')))).toEqual([BLANK]);
    expect(await unranked.locator('li').first().textContent()).toContain('Cảnh báo — Đơn vị chưa nộp báo cáo: mẫu gửi lại chưa điền số liệu nào (62 tiêu chí để trống)');
  });

  it('says each council decision dated before its flag was first listed, as `thidua score --decisions` says it, naming «Rà soát» as the council renamed it', () => {
    // The run that listed the six flags is today's; the council's hand dated them 20/11/2026.
    const lines = (text: string) => text.split('\n').filter((l) => /^(Đã áp dụng|Trang «Rà soát)/.test(l));
    const page = lines(againSaid);
    expect(page).toEqual(lines(cliAgain.stderr));
    expect(page[0]).toBe('Đã áp dụng 6 quyết định của Hội đồng.');
    const today = formatDateVi(officerDay());
    const early = page.slice(1).map((l) => /^Trang «Rà soát của Hội đồng», cột «Ngày» dòng «Lần 1» của cảnh báo «[^»]+» \(trang «([^»]+)», ô (K\d+), \1\): quyết định «Chấp nhận», Lò Văn Thành ghi ngày 20\/11\/2026, trước ngày thidua lần đầu ghi cảnh báo này \(([\d/]+)\)/.exec(l)?.slice(1));
    // Each decision said once, whatever the order «Rà soát» lists them in (the lists' order: core/ranking/list-order.ts).
    expect([...early].sort()).toEqual(cli.cards.flatMap((c) => c.flags.map((f) => [c.unitName, f.cell, today])).filter(([unit]) => unit !== BLANK).sort());
    // Nothing the council decided changes a total: «Chấp nhận» keeps each figure.
    expect(againSaid.split('\n')[0]).toBe(firstRun.said);
  });

  it('votes on the nominees the hand count makes (Tốt and above), and closes as `thidua close` closes the same run', () => {
    expect(nominees).toEqual(ranked().filter((u) => percentOf(u) >= 80));
    expect(posting.name).toBe('danh-sach-cong-khai.docx');
    // The first click lists what is open — Rạch Kiến's one flag (before: 62, one a row) — and closes nothing;
    // `thidua close --accept-open` records the same one in its line. The page's line after the second click leaves them out: it asked first.
    expect(asked).toContain('Chưa chốt: còn 1 cảnh báo chưa quyết định.');
    expect(asked).toContain(`1 cảnh báo chưa quyết định ở «${RENAMED}»: ${BLANK}: 1.`);
    expect(closedCli.code).toBe(0);
    const round = /^Đã chốt kết quả lần 1, (\d\d\/\d\d\/\d{4}) \d\d:\d\d, Nguyễn Văn An: 5 tệp, ghi trong /;
    expect(closedText).toMatch(round);
    expect(closedCli.stdout).toMatch(round);
    expect(closedCli.stdout).toContain('Khi chốt còn 1 cảnh báo chưa quyết định.');
    expect(closedSaid).toEqual([]);
  });

  it('writes the papers the command line writes from the folder the page closed, and says what `thidua papers` says', async () => {
    const cliNotes = await papersAsCommandLine(pagePapers, join(dir, 'ho-so-dong-lenh'), papersCli, papersSaid);
    // The fifth: the table has no awards section, so the Giấy khen the papers print is the software's, said on both faces.
    expect(cliNotes.length).toBe(5);
    expect(cliNotes.filter((n) => n.startsWith('Hình thức «Giấy khen của Chủ tịch UBND xã» trên giấy tờ không do kế hoạch nêu mà là mặc định của phần mềm'))).toHaveLength(1);
    expect(offline(requests)).toEqual([]);
  });

  it('prints each nominee with the hand count’s figures, rank of 4 and criteria met in full, and the minutes with the council’s six decisions and the blank template’s one left open', () => {
    // Criteria met in full: rows typed at their D or above (Cần Giuộc: E = D on 39 rows; Long Cang all but group 5's 4).
    const full = (u: Commune) => typedBy(u).filter((v, i) => (v ?? 0) >= rows[i]!.max).length;
    expect(nominees.map(full)).toEqual([62, 58, 39]);
    for (const [name, text] of printed) {
      for (const [k, u] of nominees.entries()) {
        // The name and its row's figures, the table's header or a page break between them where LibreOffice puts one
        // (a row split over two pages: its number, the header repeated, then the row).
        expect(text, `${name}: ${u}`).toMatch(new RegExp(`${k + 1} (STT ${k + 1} Tập thể )?${u} (Thành tích )?(Kết quả biểu quyết )?Xếp loại ${band(u)}, ${formatNumberVi(counted(u))}/960 điểm \\(${formatNumberVi(percentOf(u))}%\\), hạng ${k + 1}/4 trong bảng xếp hạng UBND xã; hoàn thành đầy đủ ${full(u)}/62 tiêu chí`));
      }
    }
    const minutes = printed.get('bien-ban')!;
    expect(minutes).toContain('Quyết định của Hội đồng trên các cảnh báo (6 quyết định, ghi gộp thành 2 dòng theo đơn vị, cảnh báo và lý do)');
    expect(minutes).toContain(`Chấp nhận (Lò Văn Thành, 20/11/2026) giữ nguyên ${formatNumberVi(counted('UBND xã Long Cang'))} điểm`);
    expect(minutes).toContain(`Chấp nhận (Lò Văn Thành, 20/11/2026) giữ nguyên ${formatNumberVi(counted('UBND xã Mỹ Lộc'))} điểm`);
    expect(minutes).toContain('Những nội dung còn mở khi Hội đồng chốt kết quả (1)');
    // The results the council considered: the four communes ranked; Rạch Kiến sent nothing (before: «của 05 tập thể»).
    expect(minutes).toContain(`Hội đồng xem xét kết quả chấm điểm năm 2025 của 04 tập thể, đã được Hội đồng chốt ngày ${formatDateVi(officerDay())}; 01 tập thể chưa nộp báo cáo: ${BLANK}.`);
    expect(minutes).toContain('07/09 thành viên có mặt; 06/09 thành viên Hội đồng đồng ý');
    // The seal's code the page showed at closing is the one printed on the minutes the council signs.
    const code = /Mã niêm phong: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}) — in trên biên bản/.exec(closedText)?.[1];
    expect(minutes).toContain(`Mã niêm phong kết quả đã chốt lần 1: ${code}`);
    expect(printed.get('du-thao-quyet-dinh')).toContain('Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 03 tập thể');
  });
});

// Made for an engineer's walk of a commune's DTI table (dti-xa-tay-ninh) on the standalone page through the year: the
// set read from the table open in the one-workbook tabs was named «Bộ tiêu chí trang «Sheet1»», and the templates made
// from it were refused by «Chấm cả xã» on the same table («lập theo bộ tiêu chí khác»); the page counted a blank
// template's 62 flags as undecided and showed none of them, where the command line lists them under «Không xếp hạng»;
// and the minutes counted that template's commune among the «05 tập thể» whose results the council considered.
