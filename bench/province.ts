// Province scale (issue 59 item 3, issue 56 item 3): 350 communes' folders, each the example commune's 12 workbooks
// copied byte for byte (15 units a commune: 4,200 workbooks, 5,250 units; a commune's folder keeps its units apart
// from the next one's), scored by one built `thidua score` run; beside it, in the same run, 25 of those folders (300
// workbooks). Printed: each run's time per workbook and their ratio (goal ≤ 1.5×: linear), the peak memory (goal
// ≤ 600 MB), that every file was written; then, on the province's folder, `thidua close` and `thidua verify` (their
// time and peak memory), and its tong-hop.xlsx opened by openpyxl and by LibreOffice.
import { execFile } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { BIN, buildCli, copyExamples, exampleFiles, load, mb, runNode, runScore, seconds, sized, withTempDir, type ChildRun } from './child.js';

/** Commune folders scored in one run each: 300 workbooks, then the province's 4,200. */
const COMMUNES = sized([25, 350], [1, 2]);
/** LibreOffice and openpyxl read the province's tong-hop.xlsx (a few minutes each on a loaded machine): not in a smoke run. */
const OPENERS = sized(true, false);

/** `thidua <args>` with its time and peak memory; an exit other than `code` fails the bench. */
async function thidua(args: string[], code = 0): Promise<ChildRun> {
  const run = await runNode([BIN, ...args]);
  if (run.code !== code) throw new Error(`thidua ${args[0]} exited ${run.code} (expected ${code}):\n${run.stderr.slice(-2000)}`);
  return run;
}

/** How long `file` takes to open in another program, or why it did not. */
async function opens(what: string, command: string, args: string[]): Promise<string> {
  const t = performance.now();
  try {
    await promisify(execFile)(command, args, { maxBuffer: 64 * 1024 * 1024, timeout: 900_000 });
    return `${what} opens it in ${seconds(performance.now() - t)}`;
  } catch (e) {
    throw new Error(`${what} did not open tong-hop.xlsx: ${(e as Error).message.slice(0, 2000)}`);
  }
}

export async function run(): Promise<void> {
  buildCli();
  const files = await exampleFiles();
  const largest = COMMUNES.at(-1)!;
  console.log(`\n## Cấp tỉnh / province: ${largest} communes' folders × ${files.length} workbooks, one thidua score run each of ${COMMUNES.map((c) => c * files.length).join(' and ')} workbooks`);
  await withTempDir('province', async (dir) => {
    const t = performance.now();
    const communes = Array.from({ length: largest }, (_, c) => `xa-${String(c + 1).padStart(3, '0')}`);
    await copyExamples(join(dir, 'bao-cao'), communes.flatMap((c) => files.map((f) => ({ from: f, to: `${c}/${f}` }))));
    console.log(`${largest * files.length} workbooks copied in ${seconds(performance.now() - t)}; at start: ${load()}`);
    const runs: { size: number; run: ChildRun }[] = [];
    const out = join(dir, 'out');
    for (const n of COMMUNES) {
      const size = n * files.length;
      await rm(out, { recursive: true, force: true });
      // Every workbook read and written: exit 0 (runScore fails the bench otherwise), and every file in the folder.
      const run = await runScore(communes.slice(0, n).map((c) => join(dir, 'bao-cao', c)), out);
      const written = (await readdir(out)).filter((f) => f.endsWith('.xlsx')).length;
      if (written !== size + 1) throw new Error(`${size} workbooks: ${written} files written, not ${size + 1}`);
      runs.push({ size, run });
      console.log(
        `${String(size).padStart(5)} workbooks: ${seconds(run.ms).padStart(8)}  ${(run.ms / size).toFixed(1).padStart(5)} ms/workbook  peak ${mb(run.peakKb).padStart(7)}  every file written (${written})   ${load()}`,
      );
    }
    const [base, province] = [runs[0]!, runs.at(-1)!];
    const perWorkbook = province.run.ms / province.size / (base.run.ms / base.size);
    console.log(
      `${base.size} → ${province.size} (${province.size / base.size}× the workbooks): time per workbook ×${perWorkbook.toFixed(2)} (goal ≤ 1.5), peak memory ${mb(province.run.peakKb)} (goal ≤ 600 MB), ×${(province.run.peakKb / base.run.peakKb).toFixed(2)}`,
    );
    // The province's folder closed (what is still open accepted: the examples carry flags) and verified.
    const closed = await thidua(['close', out, '--by', 'Chủ tịch UBND', '--accept-open']);
    const verified = await thidua(['verify', out]);
    console.log(`close: ${seconds(closed.ms)}, peak ${mb(closed.peakKb)}; verify: ${seconds(verified.ms)}, peak ${mb(verified.peakKb)}   ${load()}`);
    if (OPENERS) {
      const summary = join(out, 'tong-hop.xlsx');
      const openpyxl = await opens('openpyxl', '/usr/bin/python3', ['-c', 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1])', summary]);
      const calc = await opens('LibreOffice', 'soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'csv', '--outdir', join(dir, 'lo-out'), summary]);
      console.log(`tong-hop.xlsx of ${province.size} workbooks: ${openpyxl}; ${calc}   ${load()}`);
    }
  });
}
