// The example commune copied into a new folder for a council test to change: bao-cao/ (the 12 reports) and
// tieu-chi.xlsx (the criteria workbook), so the examples themselves are never touched; and the same commune scored,
// made once per test run and copied to each file that starts from it.
import { copyFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { builtForRun } from '../../scripts/harness/builds.js';
import { runChild, tempDir, type Run } from '../cli/helpers.js';

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
 * The example commune with kq/ as `thidua score bao-cao --criteria tieu-chi.xlsx --out kq` (the built command line, a
 * program) wrote it, in a new folder; and that run's exit code and words, for the test to hold. The run is made once
 * per test run (scripts/harness/builds.ts) and copied: a dozen files began with this same score of the same workbooks.
 * Nothing the run writes names its folder, so a copy is what a run in the copy would have written.
 */
export async function scoredCommune(): Promise<{ dir: string; run: Run }> {
  const made = await builtForRun('scored-commune', async (into) => {
    await communeInto(join(into, 'commune'));
    const run = await runChild(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], join(into, 'commune'));
    await writeFile(join(into, 'run.json'), JSON.stringify(run));
  });
  return { dir: await copiedForTest(join(made, 'commune')), run: JSON.parse(await readFile(join(made, 'run.json'), 'utf8')) as Run };
}

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
