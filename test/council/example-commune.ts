// The example commune copied into a new folder for a council test to change: bao-cao/ (the 12 reports) and
// tieu-chi.xlsx (the criteria workbook), so the examples themselves are never touched.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tempDir } from '../cli/helpers.js';

const root = resolve(import.meta.dirname, '../..');

export async function exampleCommune(): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'bao-cao'));
  for (const f of await readdir(join(root, 'examples/bao-cao'))) await copyFile(join(root, 'examples/bao-cao', f), join(dir, 'bao-cao', f));
  await copyFile(join(root, 'examples/tieu-chi-ta-ma-2025.xlsx'), join(dir, 'tieu-chi.xlsx'));
  return dir;
}
