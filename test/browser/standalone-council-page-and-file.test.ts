// The council's entries on the standalone page against the tong-hop.xlsx it downloaded, corrected since in Excel and
// saved by LibreOffice (file://, Debian's chromium): Bản Hua Ca voted 9/8/7 on the page, 9/8/4 in the file; the youth
// union's flag «Chấp nhận» on the page, «Bác số liệu» in the file. Chosen again, neither is chosen by thidua: the run
// stops, naming the unit, both entries, the file, sheet and cells, and the officer keeps one of each — what was kept is
// then the record, said with the run.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { examplePageRun, openStandalonePage, scoreWithBuiltin } from '../helpers/standalone-page.js';

const run = examplePageRun();
const SLOW = { timeout: 120_000 };
const HUA_CA = 'Bản Hua Ca';
const YOUTH = 'Đoàn Thanh niên xã Ta Ma';

/** On step 4: the youth union's missing-information flag accepted, Bản Hua Ca voted 9 members, 8 present, 7 in favour. */
async function councilOnPage(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Người rà soát của Hội đồng' }).fill('Lò Văn Thành');
  const info = page.locator(`ul[aria-label="Cảnh báo của ${YOUTH}"] > li[data-cell="B9"]`);
  await info.getByRole('button', { name: /^Quyết định: / }).click();
  await info.getByRole('radio', { name: 'Chấp nhận' }).check();
  await info.getByRole('button', { name: 'Ghi quyết định' }).click();
  const said = page.getByRole('status', { name: 'Quyết định vừa ghi' });
  await expect.poll(() => said.textContent(), SLOW).toMatch(/^Đã ghi quyết định «Chấp nhận» cho Đoàn Thanh niên/);
  const votes = page.getByRole('table', { name: 'Biểu quyết từng trường hợp' });
  for (const [label, value] of [['Tổng số thành viên', '9'], ['Số có mặt', '8'], ['Số đồng ý', '7']] as const) await votes.getByRole('textbox', { name: `${label}: ${HUA_CA}`, exact: true }).fill(value);
  await votes.getByRole('button', { name: `Ghi biểu quyết: ${HUA_CA}`, exact: true }).click();
  await expect.poll(() => said.textContent(), SLOW).toMatch(/^Đã ghi biểu quyết cho Bản Hua Ca .*: đạt\.$/);
}

/** The council corrects the downloaded tong-hop.xlsx: Bản Hua Ca's in favour 4, the youth union's flag «Bác số liệu». Its cells. */
async function correctedInFile(path: string): Promise<{ vote: string; review: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let vote = '';
  wb.getWorksheet(VOTE_SHEET)!.eachRow((row) => {
    if (row.getCell(2).value !== HUA_CA || row.getCell(7).value !== 7) return;
    row.getCell(7).value = 4;
    vote = `${row.getCell(5).address}:${row.getCell(7).address}`;
  });
  let review = '';
  wb.getWorksheet(REVIEW_SHEET)!.eachRow((row) => {
    if (row.getCell(2).value !== YOUTH || row.getCell(4).value !== 'B9' || !String(row.getCell(8).value).startsWith('Lần 1')) return;
    row.getCell(9).value = 'Bác số liệu';
    row.getCell(12).value = 'Không có minh chứng';
    review = row.getCell(9).address;
  });
  await wb.xlsx.writeFile(path);
  return { vote, review };
}

describe('the council’s entries on the standalone page and in the tong-hop.xlsx chosen again', () => {
  it('are never chosen silently: where they differ the run waits, naming both, and the officer keeps one of each', async () => {
    const { browser, dist, dir, reports } = run;
    const { page } = await openStandalonePage(browser, dist);
    await scoreWithBuiltin(page, 'ta-ma-2025', reports);
    await councilOnPage(page);
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Tải kết quả: / }).click()]);
    const summary = await (await JSZip.loadAsync(await readFile((await d.path())!))).file('tong-hop.xlsx')!.async('uint8array');
    await mkdir(join(dir, 'hoi-dong'));
    const path = join(dir, 'hoi-dong', 'tong-hop.xlsx');
    await writeFile(path, summary);
    const cells = await correctedInFile(path);
    expect(cells.vote).toMatch(/^E\d+:G\d+$/);
    expect(cells.review).toMatch(/^I\d+$/);
    await savedByLibreOffice(path);

    // Chosen again with the reports: the run waits, each difference said with both entries and where the file holds its own.
    await page.getByLabel('Tệp báo cáo').setInputFiles([path]);
    await page.getByRole('button', { name: `Chấm ${reports.length + 1} tệp` }).click();
    const status = page.getByRole('status', { name: 'Kết quả lượt chấm' });
    await expect.poll(() => status.textContent(), SLOW).toContain('Điều Hội đồng ghi trên trang khác điều ghi trong tong-hop.xlsx chọn lại; thidua không tự chọn, chưa chấm tệp nào:');
    const said = (await status.textContent())!;
    expect(said).toMatch(new RegExp(`Bản Hua Ca \\(Bằng khen .+\\): 2 kết quả biểu quyết khác nhau \\(ghi trên trang: 9/8/7; tong-hop\\.xlsx, trang «${VOTE_SHEET}», ô ${cells.vote}: 9/8/4\\); thidua không chọn, chưa áp kết quả biểu quyết nào\\.`));
    expect(said).toContain(`${YOUTH} — cảnh báo «Thiếu thông tin đơn vị» ô B9: 2 quyết định khác nhau (ghi trên trang: «Chấp nhận»; tong-hop.xlsx, trang «${REVIEW_SHEET}», ô ${cells.review}: «Bác số liệu»); thidua không chọn, chưa áp quyết định nào.`);
    expect(await page.getByRole('button', { name: /^Tải kết quả: / }).count()).toBe(0);

    // The officer keeps the file's vote and the page's decision: the run is scored with them, each choice said.
    const choose = page.getByRole('list', { name: 'Chọn bản giữ lại' });
    await choose.getByRole('button', { name: new RegExp(`^Giữ bản trong tệp: ${HUA_CA} \\(`) }).click();
    await expect.poll(() => choose.getByRole('listitem').count(), SLOW).toBe(1);
    await choose.getByRole('button', { name: `Giữ bản ghi trên trang: ${YOUTH} — cảnh báo «Thiếu thông tin đơn vị» ô B9` }).click();
    await page.getByRole('button', { name: /^Tải kết quả: / }).waitFor(SLOW);
    const done = (await status.textContent())!;
    expect(done).toMatch(new RegExp(`Bản Hua Ca \\(Bằng khen .+\\): cán bộ chọn giữ bản trong tong-hop\\.xlsx, trang «${VOTE_SHEET}», ô ${cells.vote} \\(9/8/4\\), không áp bản ghi trên trang \\(9/8/7\\)\\.`));
    expect(done).toContain(`${YOUTH} — cảnh báo «Thiếu thông tin đơn vị» ô B9: cán bộ chọn giữ bản ghi trên trang («Chấp nhận»), không áp bản trong tong-hop.xlsx, trang «${REVIEW_SHEET}», ô ${cells.review} («Bác số liệu»).`);
    const votes = page.getByRole('table', { name: 'Biểu quyết từng trường hợp' });
    expect(await votes.getByLabel(`Kết quả biểu quyết: ${HUA_CA}`, { exact: true }).textContent()).toMatch(/08\/09 thành viên có mặt; 04\/09 thành viên Hội đồng đồng ý .*: không đạt$/);
    expect(await page.locator(`ul[aria-label="Cảnh báo của ${YOUTH}"] > li[data-cell="B9"]`).textContent()).toMatch(/Hội đồng: Chấp nhận — Lò Văn Thành/);
  }, 600_000);
});

// Made for: nothing the council typed is lost or chosen silently between the standalone page and its tong-hop.xlsx.
