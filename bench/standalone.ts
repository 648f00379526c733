// The standalone page (dist/thidua-doc-lap.html): its size, and its throughput scoring a folder in
// Debian's Chromium (opened from file://, «Chấm cả xã», built-in set ta-ma-2025) against the built
// `thidua score` on the same folder, alternated, medians of RUNS (goal: the page at least 0.8 of the
// command line's rate, issue 49). Then a folder where each unit appears many times (300 workbooks, every example
// unit 25 times over in one folder: every report a duplicate) against the ExcelJS floor, which took 2.1×
// when copies that gained run flags were written twice.
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findBuiltin } from '../core/criteria/builtin/index.js';
import { CHROMIUM } from '../scripts/chromium.js';
import { STANDALONE_PAGE } from '../scripts/standalone-page.js';
import { buildCli, builtAddin, copyExamples, exampleFiles, load, median, ROOT, runNode, runScore, seconds, sized, withTempDir, type ChildRun } from './child.js';

const RUNS = sized(3, 1);
const PAGE_COPIES = sized(5, 1);
const DUPLICATE_COPIES = sized(25, 2);
const FLOOR = join(ROOT, 'bench/exceljs-floor.mjs');

/**
 * Put in the page before «Chấm»: `window.offered`, the ms from the click to the download button drawn. A script, not a
 * function: the function form, as vitest transforms it for the smoke test, never resolved there. It ends in
 * `undefined` so that evaluate does not wait for the promise.
 */
const OFFERED = `window.offered = new Promise((resolve) => {
  let clicked = 0;
  document.addEventListener('click', () => (clicked ||= performance.now()), { capture: true });
  new MutationObserver((_, seen) => {
    if (![...document.querySelectorAll('button')].some((b) => /^\\s*Tải kết quả: /.test(b.textContent ?? ''))) return;
    seen.disconnect();
    resolve(performance.now() - clicked);
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
});
undefined`;

/** One run of the page on `folder`: from «Chấm» to the download offered, in ms. */
async function pageRun(browser: import('playwright-core').Browser, dist: string, folder: string, files: number): Promise<number> {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(pathToFileURL(join(dist, STANDALONE_PAGE)).href);
  await page.getByLabel('Bộ tiêu chí có sẵn cho cả xã').click();
  // Built-in sets are listed by their title, not their id.
  await page.getByRole('option', { name: findBuiltin('ta-ma-2025')!.title, exact: true }).click();
  await page.getByLabel('Thư mục báo cáo').setInputFiles(folder);
  const start = page.getByRole('button', { name: `Chấm ${files} tệp` });
  await start.waitFor();
  // Timed in the page, from the click to the download button drawn: Playwright's waitFor polls every 500 ms once
  // past its first few tries, which rounded every run up to its next poll (1.0 s and 1.5 s runs alike read 1.5 s).
  await page.evaluate(OFFERED);
  await start.click();
  await page.getByRole('button', { name: /^Tải kết quả: / }).waitFor({ timeout: 600_000 });
  const ms = (await page.evaluate('window.offered')) as number;
  await page.close();
  return ms;
}

export async function run(): Promise<void> {
  buildCli();
  const dist = await builtAddin();
  const html = await readFile(join(dist, STANDALONE_PAGE));
  console.log('\n## Trang độc lập / standalone page');
  console.log(`size: ${(html.length / 1024 / 1024).toFixed(2)} MB (${(gzipSync(html).length / 1024).toFixed(0)} KB gzip), one file`);
  const files = await exampleFiles();
  await withTempDir('standalone', async (dir) => {
    const folder = join(dir, 'bao-cao');
    const n = files.length * PAGE_COPIES;
    await copyExamples(folder, Array.from({ length: PAGE_COPIES }, (_, c) => files.map((f) => ({ from: f, to: `xa-${c + 1}/${f}` }))).flat());
    const browser = await chromium.launch(CHROMIUM);
    const pageMs: number[] = [];
    const cliMs: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        pageMs.push(await pageRun(browser, dist, folder, n));
        const out = join(dir, 'out');
        cliMs.push((await runScore([folder], out)).ms);
        await rm(out, { recursive: true, force: true });
      }
    } finally {
      await browser.close();
    }
    const rate = (ms: number) => (n / (ms / 1000)).toFixed(1);
    const p = median(pageMs);
    const c = median(cliMs);
    console.log(`${n} workbooks (${files.length} examples × ${PAGE_COPIES} folders), median of ${RUNS}:`);
    console.log(`  page in Chromium (Web Worker, .zip)    ${seconds(p).padStart(8)}  ${rate(p).padStart(6)} workbooks/s  (runs: ${pageMs.map(seconds).join(', ')})`);
    console.log(`  thidua score (built)                   ${seconds(c).padStart(8)}  ${rate(c).padStart(6)} workbooks/s  (runs: ${cliMs.map(seconds).join(', ')})`);
    console.log(`  page rate / command line rate: ${(c / p).toFixed(2)} (goal ≥ 0.8, issue 49)   ${load()}`);
  });

  await withTempDir('duplicates', async (dir) => {
    const folder = join(dir, 'bao-cao');
    const n = files.length * DUPLICATE_COPIES;
    await copyExamples(folder, Array.from({ length: DUPLICATE_COPIES }, (_, c) => files.map((f) => ({ from: f, to: `${c + 1}-${f}` }))).flat());
    const floor: ChildRun[] = [];
    const cli: ChildRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const out = join(dir, 'out');
      floor.push(await runNode([FLOOR, folder, out]));
      await rm(out, { recursive: true, force: true });
      // Every report is a duplicate: the run says so (exit 1) and still writes every copy once.
      cli.push(await runScore([folder], out, { expectCode: 1 }));
      const written = (await stat(join(out, 'tong-hop.xlsx'))).size;
      if (written === 0) throw new Error('no tong-hop.xlsx');
      await rm(out, { recursive: true, force: true });
    }
    const f = median(floor.map((r) => r.ms));
    const s = median(cli.map((r) => r.ms));
    console.log(`\n${n} workbooks in one folder, each unit ${DUPLICATE_COPIES} times (every report a duplicate), median of ${RUNS}:`);
    console.log(`  ExcelJS floor ${seconds(f)}, thidua score ${seconds(s)}: ${(s / f).toFixed(2)}× (was 2.1× with copies written twice; distinct units 1.2×)   ${load()}`);
  });
}
