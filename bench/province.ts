// Province scale: 100 communes × 25 units, one workbook per unit, scored by one built `thidua score` run
// over the commune folders; its time and peak memory at 250, 1,000 and 2,500 workbooks, and how each grows
// per workbook. The workbooks are the example commune's single-unit reports copied byte for byte under
// new names (xa-001/xa-001-ban-ta-ma.xlsx …): generating 2,500 takes a second, not minutes of ExcelJS.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ExcelJsWorkbook } from '../excel-addin/workbook/exceljs-workbook.js';
import { buildCli, copyExamples, EXAMPLES, exampleFiles, load, mb, runScore, seconds, withTempDir, type ChildRun } from './child.js';

const COMMUNES = 100;
const UNITS = 25;
const SIZES = [250, 1000, 2500];

/** The example workbooks holding one unit's report each (one sheet), so workbooks = units. */
async function singleUnitExamples(): Promise<string[]> {
  const single: string[] = [];
  for (const f of await exampleFiles()) {
    const wb = await ExcelJsWorkbook.fromBuffer(await readFile(join(EXAMPLES, f)));
    if ((await wb.listSheets()).length === 1) single.push(f);
  }
  return single;
}

/** Commune folders xa-001… each with UNITS workbooks cycling through the examples; their paths. */
async function writeProvince(dir: string, examples: string[]): Promise<string[]> {
  const communes = Array.from({ length: COMMUNES }, (_, c) => `xa-${String(c + 1).padStart(3, '0')}`);
  for (const commune of communes) {
    const files = Array.from({ length: UNITS }, (_, u) => {
      const from = examples[u % examples.length]!;
      const copy = Math.floor(u / examples.length);
      return { from, to: `${commune}-${from.replace(/\.xlsx$/, '')}${copy ? `-${copy + 1}` : ''}.xlsx` };
    });
    await copyExamples(join(dir, commune), files);
  }
  return communes.map((c) => join(dir, c));
}

export async function run(): Promise<void> {
  buildCli();
  console.log(`\n## Cấp tỉnh / province: ${COMMUNES} communes × ${UNITS} units, one thidua score run per size`);
  await withTempDir('province', async (dir) => {
    const t = performance.now();
    const communes = await writeProvince(join(dir, 'bao-cao'), await singleUnitExamples());
    console.log(`${COMMUNES * UNITS} workbooks copied in ${seconds(performance.now() - t)}; at start: ${load()}`);
    const runs: { size: number; run: ChildRun }[] = [];
    for (const size of SIZES) {
      const out = join(dir, 'out');
      // 25 units cycle through 11 example units, so each commune reports some unit twice: exit 1, duplicates only.
      const run = await runScore(communes.slice(0, size / UNITS), out, { expectCode: 1 });
      if (/^Lỗi:/m.test(run.stderr)) throw new Error(`province run reported errors beyond duplicates:\n${run.stderr.slice(0, 2000)}`);
      await rm(out, { recursive: true, force: true });
      runs.push({ size, run });
      console.log(
        `${String(size).padStart(5)} workbooks: ${seconds(run.ms).padStart(8)}  ${(run.ms / size).toFixed(1).padStart(5)} ms/workbook  peak ${mb(run.peakKb).padStart(7)}   ${load()}`,
      );
    }
    const base = runs[0]!;
    for (const { size, run } of runs.slice(1)) {
      console.log(
        `${base.size} → ${size} (${size / base.size}× the workbooks): time ×${(run.ms / base.run.ms).toFixed(2)} (per workbook ×${(run.ms / size / (base.run.ms / base.size)).toFixed(2)}), ` +
          `peak memory ×${(run.peakKb / base.run.peakKb).toFixed(2)} (${((run.peakKb - base.run.peakKb) / (size - base.size)).toFixed(1)} KB per added workbook)`,
      );
    }
  });
}
