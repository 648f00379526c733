// Tiêu chí: which criteria set scores the workbook — a built-in one, or the workbook's own
// `Tiêu chí` sheet (read with its errors, each naming its cell, and what it left out and was inferred)
// — and inserting a built-in set as an editable sheet.
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { CriteriaSheetChoice, CriteriaSheetError, CriteriaSheetNotice, Reconciliation } from '../../core/criteria/sheet/index.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import { sha256Text } from '../../core/run/sha256.js';
import { OWN_SHEETS } from '../../core/run/workbook-reports.js';
import { readStored, writeStored, type CriteriaChoice } from './store.js';

// The built-in sets' texts and the sheet reader/writer load on first use: drawing the pane needs neither.
const builtins = () => import('../../core/criteria/builtin/index.js');
const criteriaSheets = () => import('../../core/criteria/sheet/index.js');

/** The built-in criteria sets, for the pane's list. */
export async function builtinSets(): Promise<readonly CriteriaSet[]> {
  return (await builtins()).builtinSets();
}

/**
 * `confirmed`: the set may score as it is — nothing in it was inferred and the figures its table states agree, or the
 * officer confirmed this very set before (the workbook keeps the confirmation with its choice). `reconciliation`: a set
 * read from a sheet, held to the figures the sheet states. `sheets`: the workbook's sheets holding a criteria table, when
 * more than one, each with what it holds (the officer takes another, as `--sheet` does).
 */
export type LoadedCriteria =
  | { ok: true; set: CriteriaSet; choice: CriteriaChoice; sheet?: string; sheets?: CriteriaSheetChoice[]; notices: CriteriaSheetNotice[]; reconciliation?: Reconciliation; confirmed: boolean }
  | { ok: false; reason: 'no-sheet' | 'unknown-builtin' }
  | { ok: false; reason: 'sheet-errors'; sheet: string; errors: CriteriaSheetError[]; notices: CriteriaSheetNotice[] };

/** The line added where a workbook holds criteria on other sheets too: how to take one of them instead. */
export const OTHER_SHEET_HINT = 'Muốn chấm theo trang khác: chọn trang ấy trong danh sách «Trang có bảng tiêu chí».';

/**
 * The workbook's own criteria: the sheet `sheet` the officer chose, else its `Tiêu chí` sheet or an all-in-one scoring
 * sheet (every sheet but the add-in's own, in one read). A chosen sheet no longer in the workbook is `gone`.
 */
async function criteriaGrid(port: WorkbookPort, sheet?: string) {
  const { findCriteriaSheet } = await criteriaSheets();
  const names = (await port.listSheets()).filter((n) => !OWN_SHEETS.includes(n) || n === 'Tiêu chí');
  const grids = await port.readSheets(names);
  const chosen = sheet === undefined ? undefined : grids.find((g) => g.name === sheet);
  return { grid: chosen ?? findCriteriaSheet(grids), grids, gone: sheet !== undefined && !chosen };
}

/**
 * The sheet holding the workbook's own criteria, if it has one — the pane then offers it first (two syncs) — and, when
 * several sheets hold a criteria table, each with what it holds.
 */
export async function workbookCriteriaSheets(port: WorkbookPort): Promise<{ sheet: string; choices: CriteriaSheetChoice[] } | undefined> {
  const { criteriaSheetChoices } = await criteriaSheets();
  const { grid, grids } = await criteriaGrid(port);
  return grid && { sheet: grid.name, choices: criteriaSheetChoices(grids, grid) };
}

/**
 * Reads the criteria sheet — `sheet`, the one the officer chose among several, else the one found — and, when it reads,
 * remembers the choice (the sheet with it when the workbook holds several). `fileName`: the workbook's (View.fileName).
 */
export async function useCriteriaSheet(port: WorkbookPort, sheet?: string, fileName?: string): Promise<LoadedCriteria> {
  const { readCriteriaSheet, otherCriteriaSheets, criteriaSheetChoices } = await criteriaSheets();
  const { grid, grids, gone } = await criteriaGrid(port, sheet);
  if (!grid) return { ok: false, reason: 'no-sheet' };
  const sheetRead = readCriteriaSheet(grid, { fileName });
  if (!sheetRead.ok) return { ok: false, reason: 'sheet-errors', sheet: grid.name, errors: sheetRead.errors, notices: sheetRead.notices };
  // Other sheets holding criteria tables are named at the sheet taken, and offered: said, so the set is confirmed knowingly.
  const choices = criteriaSheetChoices(grids, grid, sheetRead.set);
  const others = otherCriteriaSheets(choices, grid.name, 'sổ tính này');
  const said = [
    ...(gone ? [{ cell: 'A1', message: `Trang «${sheet}» đã chọn làm bảng tiêu chí không còn trong sổ tính; dùng trang «${grid.name}».` }] : []),
    ...(others ? [{ cell: 'A1', message: `${others} ${OTHER_SHEET_HINT}` }] : []),
  ];
  const read = said.length > 0 ? { ...sheetRead, notices: [...said, ...sheetRead.notices] } : sheetRead;
  // The store was read with the sheet names (no round trip of its own). A confirmation of other content is dropped.
  const before = (await readStored(port, 'criteria')).value;
  const key = understoodKey(read.set);
  const kept = before?.source === 'sheet' && before.confirmed === key;
  const choice: CriteriaChoice = { source: 'sheet', ...(choices.length > 1 && { sheet: grid.name }), ...(kept && { confirmed: key }) };
  await writeStored(port, 'criteria', choice);
  return {
    ok: true, set: read.set, choice, sheet: grid.name, ...(choices.length > 1 && { sheets: choices }), notices: read.notices, reconciliation: read.reconciliation,
    confirmed: (read.notices.length === 0 && read.reconciliation.agrees) || kept,
  };
}

/**
 * What identifies a set the officer confirmed as understood: a digest of everything it scores with. Its id and title
 * are left out: read from a table that names neither, they come from the file's name, and a renamed copy of the same
 * table is the same set.
 */
export function understoodKey(set: CriteriaSet): string {
  return sha256Text(JSON.stringify({ ...set, id: '', title: '' }));
}

/** The officer confirmed the workbook's own criteria as understood: kept with the choice (its sheet kept), the same sheet is not asked again. */
export async function confirmCriteriaSheet(port: WorkbookPort, key: string): Promise<void> {
  const before = (await readStored(port, 'criteria')).value;
  await writeStored(port, 'criteria', { source: 'sheet', ...(before?.source === 'sheet' && before.sheet !== undefined && { sheet: before.sheet }), confirmed: key });
}

export async function useBuiltin(port: WorkbookPort, id: string): Promise<LoadedCriteria> {
  const set = (await builtins()).findBuiltin(id);
  if (!set) return { ok: false, reason: 'unknown-builtin' };
  const choice: CriteriaChoice = { source: 'builtin', id };
  await writeStored(port, 'criteria', choice);
  return { ok: true, set, choice, notices: [], confirmed: true };
}

/** The set the workbook was last scored with, when it still reads. */
export async function rememberedCriteria(port: WorkbookPort, fileName?: string): Promise<LoadedCriteria | undefined> {
  const { value } = await readStored(port, 'criteria');
  if (!value) return undefined;
  return value.source === 'builtin' ? useBuiltin(port, value.id) : useCriteriaSheet(port, value.sheet, fileName);
}

/** Writes the set as the `Tiêu chí` sheet (replacing it), for the officer to adjust. */
export async function insertCriteriaSheet(port: WorkbookPort, set: CriteriaSet): Promise<string> {
  const edit = (await criteriaSheets()).planCriteriaSheet(set);
  await port.apply({ sheets: [edit] });
  return edit.sheet;
}

/**
 * The set written as the workbook's new «Tiêu chí» sheet, for the officer to correct there; nothing is written, and
 * undefined returned, when the workbook has one already (the officer may have typed in it).
 */
export async function insertCriteriaSheetIfNone(port: WorkbookPort, set: CriteriaSet): Promise<string | undefined> {
  const { CRITERIA_SHEET_NAME } = await criteriaSheets();
  if ((await port.listSheets()).includes(CRITERIA_SHEET_NAME)) return undefined;
  return insertCriteriaSheet(port, set);
}

/** The set written as a criteria workbook (its «Tiêu chí» sheet), for the officer to correct and choose again. */
export async function criteriaWorkbook(set: CriteriaSet): Promise<Uint8Array> {
  const [{ OoxmlWorkbook }, { planCriteriaSheet }] = await Promise.all([import('../../adapters/ooxml/workbook.js'), criteriaSheets()]);
  const workbook = OoxmlWorkbook.create();
  await workbook.apply({ sheets: [planCriteriaSheet(set)] });
  return workbook.toBuffer();
}

/* Made for: the pane's choice of criteria set — a built-in one or the workbook's own «Tiêu chí» sheet with its errors and what was inferred — and a built-in set inserted as an editable sheet. */
