// Sơn Trà's Mẫu 03 (the real ccvc-son-tra-mau-03.xlsx) imported by the command line, its template filled by one person
// with the values given (in the column titled `column`, by item code) and scored, as --json.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { typeInTemplate } from './type-in-template.js';

export async function sonTraTyped(unit: string, kind: string, column: string, values: Record<string, number | string>): Promise<ScoreRunOutput> {
  const dir = await tempDir();
  await copyFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx'), join(dir, 'mau-03.xlsx'));
  expect((await runInProcess(['criteria', 'import', 'mau-03.xlsx', '--out', 'bo.json'], dir)).code).toBe(0);
  expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', unit, '--kind', kind, '--out', 'mau.xlsx'], dir)).code).toBe(0);
  await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'bao-cao.xlsx'), column, values);
  return JSON.parse((await runInProcess(['score', 'bao-cao.xlsx', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], dir)).stdout) as ScoreRunOutput;
}

// Made for the tests of a teacher's figures on Sơn Trà's Mẫu 03 (a level worth 0, «d» and «đ», points between two
// levels), each filling the real table's template as a teacher would.
