// Every section of `npm run bench` runs here on a tiny input (BENCH_SMOKE=1, read by bench/child.ts), so a bench
// that no longer runs — a label the page renamed, a file moved — fails the suite instead of rotting until the next
// time someone measures. What is asserted is that each completes and prints its figures, never what they are.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SECTIONS, type Section } from '../bench/sections.js';
import { builtAddin, builtExtension } from '../scripts/harness/builds.js';

/** What each section prints when it has measured: its figure lines, with a number where a figure goes. */
const FIGURES: Record<Section, RegExp[]> = {
  scoring: [/^readReport \+ score, first pass\s+\d+ ms/m, /^read with ExcelJS \(load \+ readSheets\)\s+\d+ ms/m],
  batch: [
    /^ExcelJS floor: .* \d+\.\d\d s .* ms\/workbook {2}processor \d+\.\d\d s {2}peak \d+ MB/m,
    /^package floor: .* \d+\.\d\d s .* ms\/workbook {2}processor \d+\.\d\d s {2}peak \d+ MB/m,
    /^thidua score \/ ExcelJS floor: wall \d+\.\d\d× \(medians\).*; processor \d+\.\d\d× \(medians\)/m,
    /^thidua score \/ package floor: wall \d+\.\d\d× \(medians\).*; processor \d+\.\d\d× \(medians\)/m,
    /^peak memory for 12 \/ 12 \/ 12 \/ 24 workbooks \(goal: flat\): thidua \d+ MB/m,
    /^ {2}added per workbook from 12 to 24, 1 alternated pair: thidua median -?\d+\.\d KB \(pairs .*; spread -?\d+\.\d to -?\d+\.\d, goal ≤ 2 KB /m,
    /^ {4}ExcelJS floor median -?\d+\.\d KB .* load /m,
    /^ {2}scoring alone \(score on the read reports\)\s+\d+ ms/m,
    /^ {4}the same, back to back after the pass \(warm\)\s+\d+ ms/m,
  ],
  standalone: [/^size: \d+\.\d\d MB/m, /^ {2}page rate \/ command line rate: \d+\.\d\d/m, /^ {2}ExcelJS floor \d+\.\d\d s, thidua score \d+\.\d\d s: \d+\.\d\d×/m],
  province: [
    /^ {3}24 workbooks: +\d+\.\d\d s .* peak +\d+ MB {2}every file written \(25\)/m,
    /^12 → 24 \(2× the workbooks\): time per workbook ×\d+\.\d\d \(goal ≤ 1\.5\), peak memory \d+ MB/m,
    /^close: \d+\.\d\d s, peak \d+ MB; verify: \d+\.\d\d s, peak \d+ MB/m,
  ],
  hostile: [/^thidua score: \d+\.\d\d s {2}peak \d+ MB {2}\(of \d+ files \d+ scored/m, /^tham-chieu\.docx \(reference\): \d+\.\d\d s/m, /^\S+\.docx \(\d+ KB, refused\): \d+\.\d\d s/m, /^\S+\.docx \(\d+ KB, read\): \d+\.\d\d s/m, /^nhieu-trang\.xlsx: \d+\.\d\d s/m],
  'addin-sync': [/1 trang × 200 dòng/, /3 trang × 20 dòng/],
  extension: [/^capturePage \(30 units\): +\d+\.\d ms/m, /^chromium, click → preview drawn, officer's commune picked: +\d+\.\d ms/m, /^dist-extension\.zip: \d+\.\d KB/m],
  taskpane: [/^ {2}first load, total +\d+\.\d KB/m],
  'responses-766': [
    /^captureResponses \+ warningsFor, one response of 400 units: \d+\.\d ms/m,
    /^ {2}5,001 units \(refused\): exit \d, \d+\.\d\d s, peak \d+ MB/m,
    /^chromium, 766 page of a 163-unit province, .*: \d+\.\d ms/m,
    /^chromium, colspan=1000 page \(5 × 300 rows\), click → refusal drawn: \d+\.\d ms/m,
  ],
  seal: [/^ {2}planning tong-hop\.xlsx's sheets \(reference\): \d+ ms/m, /^ {2}check a closed round’s seals \(brokenSeals\): \d+ ms/m],
  tables: [/^ {2}imported \d+, refused \d+/m, /^ {2}stated figures \(of the imported\): reproduced \d+, said as different \d+ \(\d+ of them only in a notice, not in the reconciliation\), silently different \d+ \(must be 0\)/m, /^ {2}doubts the manifest records \(said before the figures, which cannot settle them\): said \d+ of \d+$/m, /^ {2}columns of words not read into the set, said in one line of the reconciliation: \d+ of \d+ tables$/m, /^ {2}hand-counted example scores: \d+ of \d+ reproduced exactly/m, /^ {2}time per table: median \d+ ms/m],
  rankings: [/^ {2}digest, N provinces \+ N communes tied: \d+ ms \/ \d+ ms \/ \d+ ms; ×\d+\.\d\d then ×\d+\.\d\d/m, /^ {2}one commune in N clusters \(overlap notes\): \d+ ms/m],
  'watch-export': [/^written \(buildExport\): \d+\.\d ms, ×\d+\.\d\d of JSON\.stringify/m, /^read back as `thidua watch` reads it .*: \d+\.\d ms, ×\d+\.\d\d of JSON\.parse of the file \(reference, \d+\.\d ms\) {3}load /m],
  watch: [/^kept by the store: \d+\.\d MB/m, /^chromium, history page to its first 20 tables .*: a year stored \d+\.\d ms/m, /^chromium, «Bản tin» opened to the digest drawn: +a year stored \d+\.\d ms/m, /^chromium, the history page's «Xuất JSON» of every stored day .*: \d+\.\d ms, .*the extension's process \d+\.\d MB/m, /^ {2}the status line meanwhile, read each second: \d+ readings/m],
};

async function inThisProcess(section: Section): Promise<string> {
  vi.stubEnv('BENCH_SMOKE', '1');
  const printed: string[] = [];
  const keep = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
  vi.spyOn(console, 'log').mockImplementation(keep);
  vi.spyOn(console, 'table').mockImplementation((rows: unknown) => keep(JSON.stringify(rows)));
  await (await SECTIONS[section]()).run();
  return printed.join('\n');
}

// The run's builds of the add-in and the extension started at once, while the first sections (which need neither)
// wait on the programs they measure; the sections that open them take them as built (scripts/harness/builds.ts). A
// failed build fails the first section that asks for it.
beforeAll(() => {
  for (const build of [builtAddin, builtExtension]) build().catch(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('bench smoke runs (BENCH_SMOKE=1: tiny inputs)', () => {
  it('every section of the bench has its smoke run', () => {
    expect(Object.keys(FIGURES).sort()).toEqual(Object.keys(SECTIONS).sort());
  });

  // One section after the other: the chromium ones share one build of the extension and of the add-in.
  for (const section of Object.keys(SECTIONS) as Section[]) {
    it(`${section} completes and prints its figures`, async () => {
      const text = await inThisProcess(section);
      for (const figure of FIGURES[section]) expect(text, `${section} printed:\n${text}`).toMatch(figure);
    }, 600_000);
  }
});
