// A decision changed on «Rà soát» after closing, on the standalone page (file://, Debian's chromium): the example
// commune scored by the built command line with the built-in set, every flag accepted on «Rà soát», voted and closed
// by `thidua close`; the closed tong-hop.xlsx chosen again with the reports, «Tạo hồ sơ khen thưởng» says nothing of
// decisions. Then the council retypes Đoàn Thanh niên xã Ta Ma's «Thiếu thông tin đơn vị» «Bác số liệu» and LibreOffice
// saves the file: chosen again, the page's run lists the change where the officer closes again, as `thidua score` says
// it, and the page's «Tạo hồ sơ» says it in the very words `thidua papers` says it; its
// «Kiểm tra», given the file with the scored copies, says it as `thidua verify` does (before, both answered «Khớp»).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChild, type Run } from '../cli/helpers.js';
import { retypeDecision, retypedAfterClosingWithBuiltin } from '../council/council-meeting.js';
import { checkedOnPage, examplePageRun, openStandalonePage, runDiffers, scoreWithBuiltin } from '../helpers/standalone-page.js';

const run = examplePageRun();
const UNIT = 'Đoàn Thanh niên xã Ta Ma';
const FLAG = 'Thiếu thông tin đơn vị';

let unchangedFile: string;
let changedFile: string;
let papersCli: Run;
let verifyCli: Run;
let copies: string[];

beforeAll(async () => {
  const made = await retypedAfterClosingWithBuiltin((summary) => retypeDecision(summary, UNIT, FLAG, 'Bác số liệu', 'Không ghi ngày nộp'));
  ({ unchangedFile, changedFile, copies } = made);
  papersCli = await runChild(['papers', 'kq', '--out', 'ho-so'], made.dir);
  verifyCli = await runChild(['verify', 'kq'], made.dir);
}, 600_000);

/**
 * The closed tong-hop.xlsx `summary` chosen again with the reports: what the run says differs from the closed round,
 * and what «Tạo hồ sơ khen thưởng» says once the papers download.
 */
async function papersOnPage(summary: string): Promise<{ differs: string[]; papers: string[] }> {
  const { page } = await openStandalonePage(run.browser, run.dist);
  await scoreWithBuiltin(page, 'ta-ma-2025', [...run.reports, summary]);
  const differs = await runDiffers(page);
  const papers = await papersSaid(page);
  await page.close();
  return { differs, papers };
}

async function papersSaid(page: Page): Promise<string[]> {
  await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Tạo hồ sơ khen thưởng' }).click()]);
  const status = page.getByRole('status', { name: 'Chốt kết quả' });
  await status.waitFor({ timeout: 60_000 });
  expect(await status.textContent()).toMatch(/^Đã tạo hồ sơ khen thưởng/);
  return status.getByRole('listitem').allTextContents();
}

const changedLines = (lines: readonly string[]) => lines.filter((l) => l.includes('đã khác lần chốt'));

describe('«Tạo hồ sơ khen thưởng» on the standalone page after a decision changed on «Rà soát» since closing', () => {
  it('says nothing of decisions when none changed since the seal', async () => {
    const said = await papersOnPage(unchangedFile);
    expect(changedLines(said.papers)).toEqual([]);
    expect(said.differs).toEqual([]);
  }, 600_000);

  it('lists the decision typed since where the officer closes again, as `thidua score` says it, and the papers say it in the words of `thidua papers`', async () => {
    expect(papersCli.code, papersCli.stderr).toBe(0);
    const cli = papersCli.stderr.split('\n').filter((l) => l.includes('đã khác lần chốt')).map((l) => l.replace(/^Lưu ý: /, ''));
    expect(cli).toEqual([`Trang «Rà soát», quyết định về cảnh báo «${FLAG}» của ${UNIT} (trang «${UNIT}», ô B9) đã khác lần chốt: «Chấp nhận» (Lò Văn Thành, 20/11/2026) → «Bác số liệu» (Lò Văn Thành, 20/11/2026) — Không ghi ngày nộp. Giấy tờ in quyết định đã chốt; chốt lại (có lý do) để in quyết định mới.`]);
    const said = await papersOnPage(changedFile);
    expect(changedLines(said.papers)).toEqual(cli);
    // The run itself lists the change where the officer closes again, as `thidua score` says it (before: nothing).
    expect(said.differs).toEqual([cli[0]!.replace(/ Giấy tờ in quyết định đã chốt.*$/, '')]);
  }, 600_000);
});

const checked = (summary: string) => checkedOnPage(run, [summary, ...copies]);

describe('«Kiểm tra» on the standalone page after a decision changed on «Rà soát» since closing', () => {
  it('matches the closed round while nothing changed', async () => {
    expect(await checked(unchangedFile)).toEqual({ verdict: 'khop', lines: [] });
  }, 600_000);

  it('says the decision typed since in the words of `thidua verify`, which no longer answers «Khớp»', async () => {
    const line = `Trang «Rà soát», quyết định về cảnh báo «${FLAG}» của ${UNIT} (trang «${UNIT}», ô B9) đã khác lần chốt: «Chấp nhận» (Lò Văn Thành, 20/11/2026) → «Bác số liệu» (Lò Văn Thành, 20/11/2026) — Không ghi ngày nộp.`;
    expect(await checked(changedFile)).toEqual({ verdict: 'khong-khop', lines: [line] });
    expect(verifyCli.code).toBe(1);
    expect(verifyCli.stderr.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4))).toEqual([line]);
  }, 600_000);
});

// Made for the hunt of 30/11/2026: the page's «Tạo hồ sơ» printed the sealed «Chấp nhận» over a «Bác số liệu» typed
// since, without the word `thidua papers` says; its «Kiểm tra» and `thidua verify` answered «Khớp» over it.
