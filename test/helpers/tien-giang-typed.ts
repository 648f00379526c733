// The real Tiền Giang department table imported by the command line, its template filled by one unit with the points
// given (in «Điểm tự chấm», by item code) and scored from a folder, as --json and plainly into the same «ket-qua».
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { typeInTemplate } from './type-in-template.js';

/** The run's folder (bo.json, bao-cao/don-vi.xlsx, ket-qua/), its --json document and its plain output. */
export async function tienGiangTyped(values: Record<string, number | string>): Promise<{ dir: string; output: ScoreRunOutput; plain: string }> {
  const dir = await tempDir();
  await copyFile(join(CORPUS, 'tnmt-tien-giang-bang-diem-chuan.docx'), join(dir, 'bang-diem.docx'));
  expect((await runInProcess(['criteria', 'import', 'bang-diem.docx', '--out', 'bo.json'], dir)).code).toBe(0);
  expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', 'Phòng TN&MT Cai Lậy', '--kind', 'co-quan', '--out', 'mau.xlsx'], dir)).code).toBe(0);
  await mkdir(join(dir, 'bao-cao'));
  await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'bao-cao', 'don-vi.xlsx'), 'Điểm tự chấm', values);
  const output = JSON.parse((await runInProcess(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir)).stdout) as ScoreRunOutput;
  const plain = (await runInProcess(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua'], dir)).stdout;
  return { dir, output, plain };
}

// Made for issue 55: the tests of a unit's figures on the Tiền Giang table said at their cells (lines typed two of one
// group, a word typed on levels without names), each held to the scored sheet, «Rà soát» and the plain output.
