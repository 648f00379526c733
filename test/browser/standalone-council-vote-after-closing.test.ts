// A count changed on «Biểu quyết» after closing, on the standalone page (file://, Debian's chromium): the example
// commune scored by the built command line with the built-in set, every flag accepted on «Rà soát», each nominee voted
// 9/8/7 and closed by `thidua close`; then the council retypes Công an xã Ta Ma's «Đồng ý» 4 (no longer over half of
// nine) and LibreOffice saves the file. Chosen again with the reports, the page's run lists the vote changed where the
// officer closes again, as `thidua score` says it; its «Kiểm tra», given the file with the scored copies, says it as
// `thidua verify` does (test/council/vote-after-closing.test.ts), and matches while nothing changed.
import { beforeAll, describe, expect, it } from 'vitest';
import { runChild, type Run } from '../cli/helpers.js';
import { retypeInFavour, retypedAfterClosingWithBuiltin } from '../council/council-meeting.js';
import { checkedOnPage, examplePageRun, openStandalonePage, runDiffers, scoreWithBuiltin } from '../helpers/standalone-page.js';

const run = examplePageRun();
const UNIT = 'Công an xã Ta Ma';
/** The closing's words for a vote typed since the seal. */
const CHANGED = 'Kết quả biểu quyết ở trang «Biểu quyết» đã khác lần chốt.';

let unchangedFile: string;
let changedFile: string;
let scoreCli: Run;
let verifyCli: Run;
let copies: string[];

beforeAll(async () => {
  const made = await retypedAfterClosingWithBuiltin((summary) => retypeInFavour(summary, UNIT, 4));
  ({ unchangedFile, changedFile, copies } = made);
  verifyCli = await runChild(['verify', 'kq'], made.dir);
  scoreCli = await runChild(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'kq'], made.dir);
}, 600_000);

/** What the page's run of the closed tong-hop.xlsx `summary` with the reports lists as differing from the closed round. */
async function runOf(summary: string): Promise<string[]> {
  const { page } = await openStandalonePage(run.browser, run.dist);
  await scoreWithBuiltin(page, 'ta-ma-2025', [...run.reports, summary]);
  const said = await runDiffers(page);
  await page.close();
  return said;
}

const checked = (summary: string) => checkedOnPage(run, [summary, ...copies]);

describe('the standalone page after a count changed on «Biểu quyết» since closing', () => {
  it('lists nothing and matches the closed round while nothing changed', async () => {
    expect(await runOf(unchangedFile)).toEqual([]);
    expect(await checked(unchangedFile)).toEqual({ verdict: 'khop', lines: [] });
  }, 600_000);

  it('its run lists the vote changed where the officer closes again, as `thidua score` says it', async () => {
    expect(scoreCli.code).toBe(1);
    expect(scoreCli.stderr.split('\n')).toContain(`  - ${CHANGED}`);
    expect(await runOf(changedFile)).toContain(CHANGED);
  }, 600_000);

  it('its «Kiểm tra» says it in the words of `thidua verify`, which does not answer «Khớp»', async () => {
    expect(verifyCli.code).toBe(1);
    expect(verifyCli.stderr.split('\n')).toContain(`  - ${CHANGED}`);
    const said = await checked(changedFile);
    expect(said.verdict).toBe('khong-khop');
    expect(said.lines).toContain(CHANGED);
  }, 600_000);
});

// Made for the hunt of 30/11/2026: a vote retyped after closing, said by the command line, held on the page too.
