// Workbooks opened and saved again by LibreOffice, in place, as offices without Excel keep them: what thidua reads
// next is LibreOffice's file. The workbooks of one step are saved side by side, in one conversion.
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { sofficeAll } from '../../scripts/harness/office-html.js';

/** Each of `paths` (under names of their own) saved by LibreOffice (`soffice --convert-to xlsx`) in its place. */
export async function savedByLibreOffice(...paths: string[]): Promise<void> {
  expect(new Set(paths.map((p) => basename(p))).size, 'one conversion writes each name once').toBe(paths.length);
  const made = await sofficeAll(paths, await mkdtemp(join(tmpdir(), 'thidua-lo-saved-')), 'xlsx');
  for (const [i, path] of made.entries()) {
    const app = await (await JSZip.loadAsync(await readFile(path))).file('docProps/app.xml')!.async('string');
    expect(app, `${basename(path)} saved by LibreOffice`).toMatch(/<Application>LibreOffice/);
    await copyFile(path, paths[i]!);
  }
}

// Made for issue 59 item 4 (the test command in ten minutes): the council's four copies of this in one, the workbooks
// of a step saved in one start.
