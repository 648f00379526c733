// Ô Hội đồng tự gõ trong bảng của thidua (the council's own cells in the tables thidua writes again): a formula typed
// in a cell thidua writes (=TODAY() in «Ngày», =B5 copying a decision, a SUM of votes), and the columns the council
// inserted among thidua's («Ghi chú riêng», «Ý kiến thành viên»). Each is found again by the row it stands on — the
// flag of a unit and its step, the nominee, the field's label — not by its address, since the next run plans its rows
// anew (sorted, a flag gone, a nominee added): the formula goes back into its cell with the result the file stored,
// the column back in its place with the same header, each value on its row. A value whose row the run no longer
// writes is copied word for word under the tables, with its column and its cell, never dropped.
import type { CellValue } from '../cell.js';
import type { SheetGrid } from '../sheet/cell.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { cellAddress, columnLetter, parseAddress } from '../text.js';
import { cellText } from '../values.js';
import { applyEditToValues } from './apply-grid.js';
import { formulaOnRow, rowsRead } from './formula-rows.js';
import { AWARD_LIST_SHEET } from './plan-award-list.js';
import { REVIEW_SHEET } from './plan-review.js';
import { SUMMARY_SHEET } from './plan-summary.js';
import { VOTE_SHEET } from './plan-votes.js';
import { isPartOf } from './table-sheet.js';

/** How one of the council's sheets lays out its table: what tells its header, its columns and its rows. */
export type TableLayout = {
  /** thidua's header a header cell reads as, undefined for none of thidua's. */
  headerOf: (v: CellValue) => string | undefined;
  /** Whether a row is a header row of the sheet's tables. */
  header: (row: readonly CellValue[]) => boolean;
  /** The row's key (its flag of a unit and step, its nominee), from its cells by thidua's header; undefined for a row of none. */
  keyOf: (at: (header: string) => CellValue) => string | undefined;
  /** How a row of it is named to the officer, from its cells: «Hội Phụ nữ — Điểm tự chấm…, Lần 1». */
  label: (at: (header: string) => CellValue) => string;
};

/**
 * A column the council inserted: its header, thidua's header it stands right of (none: left of them all), its width, and
 * its cells by row key — each its value as the file stored it, its formula when it holds one, its cell, its row named.
 */
export type KeptColumn = { header: CellValue; after?: string; width?: number; cells: Record<string, { value: CellValue; formula?: string; at: string; row: string; read?: RowsRead }> };

/** The rows of its sheet a formula reads (rowsRead) that held something, each as the file had it (rowId): whether it is still there when the formula is laid again; a row absent was blank. */
export type RowsRead = Record<number, string>;

/** What one of the council's sheets holds beyond thidua's plan: formulas by row key and thidua's header (or by a field's label), and its own columns. */
export type KeptCells = { formulas: Record<string, { value: CellValue; formula: string; at: string; read: RowsRead }>; columns: KeptColumn[] };

export const NO_KEPT_CELLS: KeptCells = { formulas: {}, columns: [] };

/** The key of a cell of a table's row: the row's key and thidua's header. */
const cellKey = (row: string, header: string) => `${row}\u0000${header}`;
/** The key of a field's cell: the label left of it. */
const fieldKey = (label: string) => `\u0001${label}`;
/** What a row is, to tell whether a formula's row still holds it: its key, else its words (a header, a field, a blank line) — the council's own columns left aside. */
const rowId = (key: string | undefined, row: readonly CellValue[], own: (c: number) => boolean = () => false) =>
  key !== undefined ? `\u0002${key}` : row.filter((_, c) => !own(c)).map((v) => cellText(v ?? null)).filter((t) => t !== '').join('\u0003');
/** The sheets thidua writes anew each run (and their parts): a formula reading them may read another row next time. */
const rewritten = (sheet: string) => [SUMMARY_SHEET, REVIEW_SHEET, AWARD_LIST_SHEET, VOTE_SHEET].some((s) => isPartOf(s, sheet));

/**
 * What the council typed in `grid` that thidua's plan does not carry; `kept`, the cells it keeps so (the readers do not
 * say them as words typed outside).
 */
export function keptCellsOf(grid: SheetGrid, layout: TableLayout): KeptCells & { kept: Set<string> } {
  const top = grid.origin?.row ?? 1;
  const left = grid.origin?.col ?? 1;
  const address = (r: number, c: number) => cellAddress(top + r, left + c);
  const formulaAt = (r: number, c: number) => grid.formulas?.[address(r, c)];
  const formulas: KeptCells['formulas'] = {};
  const kept = new Set<string>();
  let heads: Map<string, number> | undefined;
  let columns: (KeptColumn & { c: number })[] | undefined;
  /** Each row's rowId, by its index; the formulas whose rows read are filled from them once all are known. */
  const ids: string[] = [];
  const reading: { read: RowsRead; formula: string }[] = [];
  const reads = (formula: string) => {
    const read: RowsRead = {};
    reading.push({ read, formula });
    return read;
  };
  const own = (c: number) => columns?.some((col) => col.c === c) ?? false;
  grid.values.forEach((row, r) => {
    if (layout.header(row)) {
      heads = new Map();
      const ours = new Set<number>();
      row.forEach((v, c) => {
        const h = layout.headerOf(v);
        if (h !== undefined && !heads!.has(h)) {
          heads!.set(h, c);
          ours.add(c);
        }
      });
      // The council's columns are those of the first header: inserted in Excel or LibreOffice, a column runs through every table of the sheet.
      if (!columns) {
        const last = Math.max(...ours);
        const body = grid.values.slice(r + 1);
        columns = [];
        for (let c = 0; c < Math.max(row.length, last + 1); c++) {
          if (ours.has(c)) continue;
          const headed = cellText(row[c] ?? null) !== '';
          // Inside the table, a column with a header or a word under it; right of it, only a column with a header (a word alone there is a note beside the table).
          if (!headed && (c > last || !body.some((b) => cellText(b[c] ?? null) !== ''))) continue;
          const before = [...heads].filter(([, at]) => at < c).sort((a, b) => b[1] - a[1])[0];
          const width = grid.columnWidths?.[c];
          columns.push({ c, header: row[c] ?? null, ...(before ? { after: before[0] } : {}), ...(width !== undefined ? { width } : {}), cells: {} });
        }
      }
      for (const col of columns) if (cellText(row[col.c] ?? null) !== '') kept.add(address(r, col.c));
      ids[r] = rowId(undefined, row, own);
      return;
    }
    const at = (h: string) => (heads?.has(h) ? (row[heads.get(h)!] ?? null) : null);
    const key = heads && layout.keyOf(at);
    ids[r] = rowId(key, row, own);
    if (key === undefined) {
      // Above the tables: a formula in a field's cell, by the label left of it.
      if (!heads) {
        row.forEach((_, c) => {
          const formula = formulaAt(r, c);
          const label = c > 0 ? cellText(row[c - 1] ?? null) : '';
          if (formula !== undefined && label !== '') formulas[fieldKey(label)] ??= { value: row[c] ?? null, formula, at: address(r, c), read: reads(formula) };
        });
      }
      return;
    }
    for (const [h, c] of heads!) {
      const formula = formulaAt(r, c);
      if (formula !== undefined) formulas[cellKey(key, h)] ??= { value: row[c] ?? null, formula, at: address(r, c), read: reads(formula) };
    }
    for (const col of columns ?? []) {
      const value = row[col.c] ?? null;
      const formula = formulaAt(r, col.c);
      // A row typed twice keeps its first value in place; the other is the reader's to keep as words outside.
      if ((cellText(value) === '' && formula === undefined) || col.cells[key]) continue;
      col.cells[key] = { value, ...(formula !== undefined ? { formula, read: reads(formula) } : {}), at: address(r, col.c), row: layout.label(at) };
      kept.add(address(r, col.c));
    }
  });
  // Only rows that hold something are kept: a row not kept was blank (blank rows past the sheet's end among them).
  for (const { read, formula } of reading) {
    for (const row of rowsRead(formula, grid.name, top + grid.values.length - 1)) if (ids[row - top]) read[row] = ids[row - top]!;
  }
  return { formulas, columns: (columns ?? []).filter((c) => cellText(c.header) !== '' || Object.keys(c.cells).length > 0).map(({ c: _c, ...col }) => col), kept };
}

/** The cells kept of a sheet in parts (or of two files' sheets), one set: what the first holds for a key stands. */
export function joinKept(all: readonly KeptCells[]): KeptCells {
  const columns: KeptColumn[] = [];
  for (const k of all) {
    for (const col of k.columns) {
      const same = columns.find((c) => cellText(c.header) === cellText(col.header) && c.after === col.after);
      if (same) same.cells = { ...col.cells, ...same.cells };
      else columns.push({ ...col, cells: { ...col.cells } });
    }
  }
  return { formulas: Object.assign({}, ...[...all].reverse().map((k) => k.formulas)) as KeptCells['formulas'], columns };
}

/**
 * What could not be kept as it stood, at its sheet and the cell the officer checks (the message names it too); no cell
 * for a whole part of the council's sheet not written again (summary-sheets.ts partsNotWritten).
 */
export type KeptSaid = { sheet: string; cell?: string; message: string };

/** Title of the block under the tables that keeps a column's values whose row the run no longer writes. */
export const UNPLACED_TITLE = 'Chữ Hội đồng ghi ở cột riêng trên dòng nay không còn (chép nguyên văn để không mất)';

/**
 * `edit` (a council sheet as planned, before its heights and print layout) with what the council typed kept: each
 * formula in the cell its row and header land in, when thidua writes there the result the file stored (else the value
 * written is thidua's, and `said` names the formula); each of its columns inserted where it stood, its header on every
 * table's header row, its cells on their rows. `placed`: the row keys written (by earlier parts too); `last`: the sheet's
 * last part, which lists under its tables the values whose row no part writes.
 */
export function withKeptCells(edit: SheetEdit, kept: KeptCells, layout: TableLayout, placed: Set<string>, last: boolean, said: KeptSaid[], councilNames: readonly string[] = []): SheetEdit {
  if (Object.keys(kept.formulas).length === 0 && kept.columns.length === 0) return edit;
  const planned = applyEditToValues([], edit);
  // The planned rows: each header row's columns, each keyed row's key.
  let heads: Map<string, number> | undefined;
  let firstHeads: Map<string, number> | undefined;
  const keys = new Map<number, string>();
  const headerRows = new Set<number>();
  /** The formulas kept in planned cells, with the row each names: laid once every planned row is known. */
  const keeping: { row: number; col: number; f: KeptCells['formulas'][string]; name: string }[] = [];
  /** Each planned row's rowId, by its index. */
  const ids: string[] = [];
  planned.forEach((row, r) => {
    if (layout.header(row)) {
      ids[r] = rowId(undefined, row);
      heads = new Map();
      row.forEach((v, c) => {
        const h = layout.headerOf(v);
        if (h !== undefined && !heads!.has(h)) heads!.set(h, c);
      });
      firstHeads ??= heads;
      headerRows.add(r);
      return;
    }
    const at = (h: string) => (heads?.has(h) ? (row[heads.get(h)!] ?? null) : null);
    const key = heads && layout.keyOf(at);
    ids[r] = rowId(key, row);
    if (key === undefined) {
      if (!heads) row.forEach((v, c) => c + 1 < row.length && cellText(v) !== '' && keep(fieldKey(cellText(v)), r, c + 1, `«${cellText(v)}»`));
      return;
    }
    keys.set(r, key);
    placed.add(key);
    for (const [h, c] of heads!) keep(cellKey(key, h), r, c, layout.label(at));
  });
  type Doubt = { at: string; typed: string; row: string; from: number; to: number; doubts: string[] };
  /** The formula `f` as laid on planned row `r` (of the row named `row`): its own row followed, and what may now read another row. */
  const laid = (f: { formula: string; at: string; read?: RowsRead }, r: number, row: string): { formula: string; doubt?: Doubt } => {
    const from = parseAddress(f.at)!.row;
    const unmoved = (n: number) => (ids[n - 1] ?? '') === (f.read?.[n] ?? '');
    const { formula, doubts } = formulaOnRow({ formula: f.formula, sheet: edit.sheet, from, to: r + 1, unmoved, rewritten: (name) => rewritten(name) || councilNames.some((n) => isPartOf(n, name)) });
    return { formula, ...(doubts.length > 0 ? { doubt: { at: f.at, typed: f.formula, row, from, to: r + 1, doubts } } : {}) };
  };
  /** What a formula kept as typed may now read, at the cell it is laid in. */
  const doubtSaid = (d: Doubt, cell: string) =>
    said.push({
      sheet: edit.sheet,
      cell,
      message: `ô ${d.at}: công thức =${d.typed} của dòng ${d.row} ghi lại ở ô ${cell}, ${d.from !== d.to ? `dòng ấy đã chuyển từ dòng ${d.from} sang dòng ${d.to}` : `dòng ấy vẫn ở dòng ${d.to}`}; công thức tham chiếu ${d.doubts.join('; ')}: có thể nay đọc dòng khác, thidua giữ nguyên như đã gõ — kiểm tra lại.`,
    });
  const formulas = keeping.map(({ row, col, f, name }) => ({ row, col, ...laid(f, row, name) }));
  /** The formula kept for `key` into planned cell (r, c) of the row named `row`, when thidua writes there what the file stored. */
  function keep(key: string, r: number, c: number, row: string): void {
    const f = kept.formulas[key];
    if (!f) return;
    if (sameValue(planned[r]?.[c] ?? null, f.value)) keeping.push({ row: r, col: c, f, name: row });
    else said.push({ sheet: edit.sheet, cell: f.at, message: `ô ${f.at}: công thức =${f.formula} cho «${cellText(f.value)}», nhưng lần chấm này ghi «${cellText(planned[r]?.[c] ?? null)}» ở ô ấy: ghi giá trị thidua tính, công thức không giữ được; hãy gõ lại nếu vẫn cần.` });
  }

  // Where each column goes: right of its thidua header as planned (left of them all without one), in the order the council had them.
  const inserts = kept.columns.map((col) => ({ col, at: col.after !== undefined && firstHeads?.has(col.after) ? firstHeads.get(col.after)! + 1 : 0 }));
  const shift = (c: number) => c + inserts.filter((i) => i.at <= c).length;
  const place = inserts.map((ins, n) => ({ ...ins, final: ins.at + inserts.filter((o, m) => o.at < ins.at || (o.at === ins.at && m < n)).length }));

  // Only the tables' blocks (those holding a header row) make room for the columns: the lines above and the blocks under
  // them (the meeting's fields, the words kept) stay where their readers find them.
  const tableRows = new Set<number>();
  const blocks = edit.blocks.map((block) => {
    const at = parseAddress(block.address)!;
    if (!block.values.some((_, i) => headerRows.has(at.row - 1 + i))) return block;
    block.values.forEach((_, i) => tableRows.add(at.row - 1 + i));
    const width = block.values.reduce((w, r) => Math.max(w, r.length), 0);
    const from = shift(at.col - 1);
    const spread = <T>(row: readonly T[], empty: T) => {
      const out: T[] = new Array<T>(shift(at.col - 1 + width - 1) - from + 1).fill(empty);
      row.forEach((v, j) => (out[shift(at.col - 1 + j) - from] = v));
      return out;
    };
    return {
      ...block,
      address: cellAddress(at.row, from + 1),
      values: block.values.map((r) => spread<CellValue>(r, null)),
      ...(block.cellFormats ? { cellFormats: block.cellFormats.map((r) => spread<CellFormat | null>(r, null)) } : {}),
    };
  });
  /** A planned cell's final place: moved right only in the tables' rows. */
  const moved = (address: string) => {
    const at = parseAddress(address)!;
    return tableRows.has(at.row - 1) ? cellAddress(at.row, shift(at.col - 1) + 1) : address;
  };
  // The council's header as thidua's header left of it is written.
  const headerFormat = (after: string | undefined): CellFormat => {
    const r = Math.min(...headerRows);
    const c = after !== undefined ? firstHeads?.get(after) : undefined;
    const block = edit.blocks.find((b) => {
      const at = parseAddress(b.address)!;
      return r >= at.row - 1 && r < at.row - 1 + b.values.length;
    });
    const at = block && parseAddress(block.address)!;
    return (block && c !== undefined && block.cellFormats?.[r - at!.row + 1]?.[c - at!.col + 1]) || { bold: true };
  };
  /** The formulas of the council's own columns, where their cells go. */
  const ownFormulas: { address: string; formula: string }[] = [];
  const columnBlocks = place.flatMap(({ col, final }) => {
    const cells: { row: number; value: CellValue; formula?: string; header?: boolean }[] = [];
    for (const r of headerRows) cells.push({ row: r, value: col.header, header: true });
    for (const [r, key] of keys) {
      const cell = col.cells[key];
      if (!cell) continue;
      const on = cell.formula !== undefined ? laid({ ...cell, formula: cell.formula }, r, cell.row) : undefined;
      if (on?.doubt) doubtSaid(on.doubt, cellAddress(r + 1, final + 1));
      cells.push({ row: r, value: cell.value, ...(on ? { formula: on.formula } : {}) });
    }
    for (const c of cells) if (c.formula !== undefined) ownFormulas.push({ address: cellAddress(c.row + 1, final + 1), formula: c.formula });
    const format = headerFormat(col.after);
    return cells.map((c) => ({ address: cellAddress(c.row + 1, final + 1), values: [[c.value]], ...(c.header ? { format } : {}) }));
  });

  // A value whose row no part writes: under the tables of the last part, word for word, with its column and cell.
  const unplaced = last ? kept.columns.flatMap((col) => Object.entries(col.cells).filter(([key]) => !placed.has(key)).map(([, cell]) => ({ col, cell }))) : [];
  for (const { col, cell } of unplaced) said.push({ sheet: edit.sheet, cell: cell.at, message: `ô ${cell.at}: «${cellText(cell.value)}» ở cột «${cellText(col.header)}» của dòng ${cell.row}, dòng này lần chấm này không còn: chép nguyên văn xuống bảng «${UNPLACED_TITLE}» cuối trang để không mất.` });
  const below = planned.length + 3;
  const unplacedBlocks =
    unplaced.length > 0
      ? [
          { address: `A${below}`, values: [[UNPLACED_TITLE]], format: { bold: true } },
          { address: `A${below + 1}`, values: unplaced.map(({ col, cell }) => [`${cellText(col.header) || '(cột không tiêu đề)'} — ${cell.row} (ô ${cell.at}): ${cellText(cell.value)}`]) },
        ]
      : [];

  for (const f of formulas) if (f.doubt) doubtSaid(f.doubt, moved(cellAddress(f.row + 1, f.col + 1)));
  const columnOf = (letter: string) => parseAddress(`${letter}1`)!.col - 1;
  return {
    ...edit,
    blocks: [...blocks, ...columnBlocks, ...unplacedBlocks],
    ...(edit.notes ? { notes: edit.notes.map((n) => ({ ...n, address: moved(n.address) })) } : {}),
    formulas: [
      ...(edit.formulas ?? []).map((f) => ({ ...f, address: moved(f.address) })),
      ...formulas.map((f) => ({ address: moved(cellAddress(f.row + 1, f.col + 1)), formula: f.formula })),
      ...ownFormulas,
    ],
    ...(edit.columnWidths
      ? { columnWidths: [...edit.columnWidths.map((w) => ({ ...w, column: columnLetter(shift(columnOf(w.column)) + 1) })), ...place.map(({ col, final }) => ({ column: columnLetter(final + 1), width: col.width ?? 14 }))] }
      : {}),
  };
}

/** Whether thidua writes what the file stored: the same date, the same number, the same words. */
function sameValue(written: CellValue, stored: CellValue): boolean {
  if (written instanceof Date || stored instanceof Date) return written instanceof Date && stored instanceof Date && written.getTime() === stored.getTime();
  return cellText(written) === cellText(stored);
}

/** A council sheet's parts as planned, each with what the council typed kept (withKeptCells); `said`, what could not be kept as it stood. */
export function keptInParts(parts: readonly SheetEdit[], kept: KeptCells | undefined, layout: TableLayout, said: KeptSaid[], councilNames: readonly string[] = []): SheetEdit[] {
  if (!kept) return [...parts];
  const placed = new Set<string>();
  return parts.map((part, p) => withKeptCells(part, kept, layout, placed, p + 1 === parts.length, said, councilNames));
}

// Made for: nothing the council typed is lost — a formula it typed in «Rà soát» or «Biểu quyết» (saved by Excel or
// LibreOffice with its result) stays a formula, and a column it inserted stays in its place, run after run.
