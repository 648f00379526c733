// The example commune copied into a new folder for a council test to change: bao-cao/ (the 12 reports) and
// tieu-chi.xlsx (the criteria workbook), so the examples themselves are never touched; and the same commune scored, or
// scored and closed, made once per test run and copied to each file that starts from it.
import { copyFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { builtForRun } from '../../scripts/harness/builds.js';
import { runInProcess, tempDir, type Run } from '../cli/helpers.js';

const root = resolve(import.meta.dirname, '../..');

/** The example commune's 12 reports (as they are in examples/bao-cao). */
export const EXAMPLE_REPORTS = join(root, 'examples/bao-cao');

async function communeInto(dir: string): Promise<void> {
  await mkdir(join(dir, 'bao-cao'), { recursive: true });
  for (const f of await readdir(EXAMPLE_REPORTS)) await copyFile(join(EXAMPLE_REPORTS, f), join(dir, 'bao-cao', f));
  await copyFile(join(root, 'examples/tieu-chi-ta-ma-2025.xlsx'), join(dir, 'tieu-chi.xlsx'));
}

export async function exampleCommune(): Promise<string> {
  const dir = await tempDir();
  await communeInto(dir);
  return dir;
}

/** A new folder holding a copy of `folder` (a folder made for the run, which a test never changes). */
export async function copiedForTest(folder: string): Promise<string> {
  const dir = await tempDir();
  await cp(folder, dir, { recursive: true });
  return dir;
}

/**
 * `thidua <args>` (the command line's main, in-process: what it writes and says is the program's, without a Node started
 * for it) run in the example commune once per test run (scripts/harness/builds.ts), and the commune with what it wrote
 * copied into a new folder for the file that asks; and the run's exit code and words, for the test to hold. Nothing the run writes names its folder (the reports are named
 * as `bao-cao/…`), so a copy is what a run in the copy would have written.
 */
async function scoredOnce(name: string, args: string[]): Promise<{ dir: string; run: Run }> {
  const made = await builtForRun(name, async (into) => {
    await communeInto(join(into, 'commune'));
    const run = await runInProcess(args, join(into, 'commune'));
    await writeFile(join(into, 'run.json'), JSON.stringify(run));
  });
  return { dir: await copiedForTest(join(made, 'commune')), run: JSON.parse(await readFile(join(made, 'run.json'), 'utf8')) as Run };
}

/**
 * The example commune with kq/ as `thidua score bao-cao --criteria tieu-chi.xlsx --out kq` wrote it, in a new folder:
 * a dozen files began with this same score of the same workbooks.
 */
export const scoredCommune = (): Promise<{ dir: string; run: Run }> => scoredOnce('scored-commune', ['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq']);

/**
 * The example commune with kq/ as `thidua score bao-cao --criteria ta-ma-2025 --out kq --json` wrote it (the built-in
 * Ta Ma set, the one the standalone page's council walks choose), in a new folder, and the run's --json on its stdout:
 * the standalone page's council files each began their command line's side with this same score.
 */
export const scoredWithBuiltin = (): Promise<{ dir: string; run: Run }> => scoredOnce('scored-builtin', ['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'kq', '--json']);

/**
 * `scored`'s folder with kq/ closed as `thidua close kq --by 'Lò Văn Thành' --accept-open` closes it, made once per
 * test run from `scored`'s own copy and copied like it; and the score's and the close's exit code and words.
 */
async function closedOnce(name: string, scored: () => Promise<{ dir: string; run: Run }>): Promise<{ dir: string; run: Run; closed: Run }> {
  const made = await builtForRun(name, async (into) => {
    const { dir, run } = await scored();
    const closed = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
    await cp(dir, join(into, 'commune'), { recursive: true });
    await writeFile(join(into, 'run.json'), JSON.stringify({ run, closed }));
  });
  const { run, closed } = JSON.parse(await readFile(join(made, 'run.json'), 'utf8')) as { run: Run; closed: Run };
  return { dir: await copiedForTest(join(made, 'commune')), run, closed };
}

/** The example commune scored (scoredCommune) and closed, in a new folder: several files began with this same closing. */
export const closedCommune = (): Promise<{ dir: string; run: Run; closed: Run }> => closedOnce('closed-commune', scoredCommune);

/** The example commune scored with the built-in set (scoredWithBuiltin) and closed, in a new folder. */
export const closedWithBuiltin = (): Promise<{ dir: string; run: Run; closed: Run }> => closedOnce('closed-builtin', scoredWithBuiltin);

/**
 * Bản Hua Ca corrects a figure, saved as an officer would: HTS1's Kết quả, 72% against «≥ 50%», becomes 20%, short of
 * its target — a result unlike the first. `reports`: the folder holding its report.
 */
export async function correctHuaCa(reports: string): Promise<void> {
  const file = join(reports, 'ban-hua-ca.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  if (ws.getCell('B14').value !== 'HTS1') throw new Error(`${file}: B14 is no longer HTS1`);
  ws.getCell('G14').value = 0.2;
  await wb.xlsx.writeFile(file);
}
