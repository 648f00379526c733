// The «Tiêu chí» workbook of a set no face may score with: the real district DTI table's part 5
// (cds-cap-huyen-bo-chi-tieu.xlsx, sheet «Hoạt động chính quyền số») imported by `thidua criteria import` into its
// «Tiêu chí» sheet, then the «Chỉ tiêu» of its rate 5.2 cleared by openpyxl, as an officer clears a cell: a rate
// without its target. The command line's tests, the page's (Chromium) and the pane's (Office.js fake) open the same file.
import { execFile } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, type Run } from '../cli/helpers.js';

const run = promisify(execFile);

/** Why the set is refused, as a set file holding it is refused (check-set.ts through describeSetProblems). */
export const NO_TARGET = 'tiêu chí thứ 2 (mã «5.2»), trường «Chỉ tiêu»: cách tính «Tỷ lệ» cần có chỉ tiêu';

/** Clears the «Chỉ tiêu» cell of criterion `code` on the «Tiêu chí» sheet, found by the column's title and the row's code; prints the cell and what it held. */
const CLEAR_TARGET = `
import openpyxl, sys
book = openpyxl.load_workbook(sys.argv[1]); sheet = book['Tiêu chí']
rows = list(sheet.iter_rows())
header = next(r for r in rows if r[0].value == 'Mã' and any(c.value == 'Chỉ tiêu' for c in r))
column = next(c.column for c in header if c.value == 'Chỉ tiêu')
row = next(r for r in rows if r[0].row > header[0].row and r[0].value == sys.argv[3])
cell = sheet.cell(row[0].row, column)
print(cell.coordinate + '\\t' + str(cell.value)); cell.value = None; book.save(sys.argv[2])
`;

/**
 * In `dir`: bo-chi-tieu.xlsx (the corpus table), bo.xlsx (its import) and bo-sua.xlsx (bo.xlsx with 5.2's «Chỉ tiêu»
 * cleared). `imported`: the import's run; `cell`, `was`: the cell cleared and what it held.
 */
export async function clearedTarget(dir: string): Promise<{ imported: Run; path: string; cell: string; was: string }> {
  await copyFile(join(CORPUS, 'cds-cap-huyen-bo-chi-tieu.xlsx'), join(dir, 'bo-chi-tieu.xlsx'));
  const imported = await runInProcess(['criteria', 'import', 'bo-chi-tieu.xlsx', '--sheet', 'Hoạt động chính quyền số', '--out', 'bo.xlsx'], dir);
  const path = join(dir, 'bo-sua.xlsx');
  const [cell, was] = (await run('/usr/bin/python3', ['-c', CLEAR_TARGET, join(dir, 'bo.xlsx'), path, '5.2'])).stdout.trim().split('\t') as [string, string];
  return { imported, path, cell, was };
}

// Made for: the rate whose «Chỉ tiêu» an officer cleared on the «Tiêu chí» sheet, refused by the command line and taken
// by the standalone page and the task pane — one workbook for the three faces' tests.
