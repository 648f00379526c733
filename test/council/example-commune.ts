// The example commune copied into a new folder for a council test to change: bao-cao/ (the 12 reports) and
// tieu-chi.xlsx (the criteria workbook), so the examples themselves are never touched.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../cli/helpers.js';

const root = resolve(import.meta.dirname, '../..');

export async function exampleCommune(): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'bao-cao'));
  for (const f of await readdir(join(root, 'examples/bao-cao'))) await copyFile(join(root, 'examples/bao-cao', f), join(dir, 'bao-cao', f));
  await copyFile(join(root, 'examples/tieu-chi-ta-ma-2025.xlsx'), join(dir, 'tieu-chi.xlsx'));
  return dir;
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
