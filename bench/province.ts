// Province scale: 100 communes × 25 units, one workbook per unit, scored by one built `thidua score` run
// over the commune folders; its time and peak memory at 250, 1,000 and 2,500 workbooks, and how each grows
// per workbook. A commune's 25 units are the example commune's single-unit reports, each reused under a
// new unit name («Bản Ta Ma 2»…) so no commune reports a unit twice; those 25 workbooks are written once
// with ExcelJS and copied byte for byte into every commune folder (xa-001/xa-001-ban-ta-ma-2.xlsx …):
// generating 2,500 takes a second, not minutes of ExcelJS.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readReport } from '../core/report/read.js';
import { ExcelJsWorkbook } from '../adapters/exceljs/exceljs-workbook.js';
import { buildCli, EXAMPLES, exampleFiles, load, mb, runScore, seconds, sized, withTempDir, type ChildRun } from './child.js';

const COMMUNES = sized(100, 2);
const UNITS = sized(25, 4);
const SIZES = sized([250, 1000, 2500], [4, 8]);

/** The example workbooks holding one unit's report each (one sheet), so workbooks = units. */
async function singleUnitExamples(): Promise<string[]> {
  const single: string[] = [];
  for (const f of await exampleFiles()) {
    const wb = await ExcelJsWorkbook.fromBuffer(await readFile(join(EXAMPLES, f)));
    if ((await wb.listSheets()).length === 1) single.push(f);
  }
  return single;
}

/** A commune's UNITS workbooks in `dir`, cycling through the examples; a unit used again gets a number after its name. */
async function writeCommuneUnits(dir: string, examples: string[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    Array.from({ length: UNITS }, async (_, u) => {
      const from = examples[u % examples.length]!;
      const copy = Math.floor(u / examples.length);
      const name = `${from.replace(/\.xlsx$/, '')}${copy ? `-${copy + 1}` : ''}.xlsx`;
      if (copy === 0) {
        await copyFile(join(EXAMPLES, from), join(dir, name));
        return name;
      }
      const wb = await ExcelJsWorkbook.fromBuffer(await readFile(join(EXAMPLES, from)));
      const [sheet] = await wb.listSheets();
      const read = readReport((await wb.readSheets([sheet!]))[0]!);
      if (!read.ok || !read.report.unitName) throw new Error(`${from}: no Tên đơn vị to rename`);
      const cell = wb.workbook.getWorksheet(sheet!)!.getCell(read.report.unitName.address);
      cell.value = `${String(cell.value)} ${copy + 1}`;
      await writeFile(join(dir, name), await wb.toBuffer());
      return name;
    }),
  );
}

/** Commune folders xa-001… each with the UNITS workbooks under the commune's prefix; their paths. */
async function writeProvince(dir: string, examples: string[]): Promise<string[]> {
  const units = await writeCommuneUnits(join(dir, '.don-vi'), examples);
  const communes = Array.from({ length: COMMUNES }, (_, c) => `xa-${String(c + 1).padStart(3, '0')}`);
  for (const commune of communes) {
    await mkdir(join(dir, commune), { recursive: true });
    await Promise.all(units.map((u) => copyFile(join(dir, '.don-vi', u), join(dir, commune, `${commune}-${u}`))));
  }
  return communes.map((c) => join(dir, c));
}

export async function run(): Promise<void> {
  buildCli();
  console.log(`\n## Cấp tỉnh / province: ${COMMUNES} communes × ${UNITS} units, one thidua score run per size`);
  await withTempDir('province', async (dir) => {
    const t = performance.now();
    const communes = await writeProvince(join(dir, 'bao-cao'), await singleUnitExamples());
    console.log(`${COMMUNES * UNITS} workbooks written in ${seconds(performance.now() - t)}; at start: ${load()}`);
    const runs: { size: number; run: ChildRun }[] = [];
    for (const size of SIZES) {
      const out = join(dir, 'out');
      // Every unit once per commune, every workbook read: exit 0 (runScore fails the bench otherwise).
      const run = await runScore(communes.slice(0, size / UNITS), out);
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
