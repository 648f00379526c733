// A sheet of a workbook holding a table laid out as a criteria table that cannot be used is offered beside the set with
// why, at its cell, as a Word table left aside is said: the commune's own criteria workbook (examples/tieu-chi-ta-ma-2025.xlsx)
// with the rewards for each title beside it on «Mức thưởng», amounts in đồng, added by openpyxl as an officer keeps them.
// Before, every face said «trang «Mức thưởng»: có bảng tiêu chí nhưng đọc có 1 lỗi» and never which.
import { execFileSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { useCriteriaSheet, workbookCriteriaSheets } from '../../excel-addin/actions/criteria.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { REWARDS } from './fixtures/rewards.js';

const ROOT = join(import.meta.dirname, '..', '..');
const WHY =
  'trang «Mức thưởng»: có cột như bảng tiêu chí nhưng không dùng được (ô C3: Cột «Thưởng (đồng)» ghi số tiền (như 3.510.000), không phải điểm: bảng này không phải bảng chấm điểm, không dùng để chấm và xếp hạng đơn vị)';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await tempDir();
  file = join(dir, 'tieu-chi.xlsx');
  await copyFile(join(ROOT, 'examples', 'tieu-chi-ta-ma-2025.xlsx'), file);
  execFileSync('/usr/bin/python3', ['-c', 'import sys, json\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\nws = wb.create_sheet("Mức thưởng")\nfor row in json.loads(sys.argv[2]): ws.append(row)\nwb.save(sys.argv[1])', file, JSON.stringify(REWARDS)]);
});

describe('a sheet with a criteria table that cannot be used, beside the set', () => {
  it('is said with its first error at its cell on the command line, importing and scoring', async () => {
    const imported = await runOk(['criteria', 'import', 'tieu-chi.xlsx', '--out', 'bo.json'], dir);
    expect(imported.stdout).toContain(`; ${WHY}. Nhập riêng một trang khác: --sheet «tên trang».`);
    // The line before the list does not call it a criteria table too (to be joined with the set's sheet).
    expect(imported.stdout).toContain('Dùng trang «Tiêu chí» của tệp tieu-chi.xlsx làm bảng tiêu chí; trang «Mức thưởng» có cột như bảng tiêu chí nhưng không dùng được, không vào bộ này.');
    expect(imported.stdout).not.toContain('«Mức thưởng» cũng có bảng tiêu chí');
    const scored = await runOk(['score', join(ROOT, 'examples', 'bao-cao'), '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
    expect(scored.stderr).toContain(`; ${WHY}.`);
  });

  it('is said alike on the standalone page and in the pane', async () => {
    const page = await readCriteriaFile(new Blob([await readFile(file)]), 'tieu-chi.xlsx');
    if (!page.ok) throw new Error(page.message);
    expect(page.sheets?.map((c) => c.holds)[1]).toBe(WHY);
    const book = OoxmlWorkbook.open(new Uint8Array(await readFile(file)));
    expect((await workbookCriteriaSheets(book))?.choices[1]?.holds).toBe(WHY);
    const pane = await useCriteriaSheet(book);
    if (!pane.ok) throw new Error(JSON.stringify(pane));
    expect(pane.sheets?.[1]?.holds).toBe(WHY);
  });
});

// Made for the workbook's refusal of a sheet it offers: «có bảng tiêu chí nhưng đọc có 1 lỗi», the error never named,
// where a Word table's was (adapters/docx/criteria.ts): the two worded once, in core (unusableTable).
