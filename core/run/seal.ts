// Niêm phong (the seal): what makes a closed round and the run's record inside tong-hop.xlsx tell on a hand edit.
// A record is sealed with the SHA-256 of its canonical JSON (keys sorted at every level, so the same record gives the
// same text whichever face wrote or read it); a round's seal is chained to the round before it. A sheet the council
// closed («Tổng hợp», «Xét khen thưởng») is sealed row by row as it reads, so the row an officer edited is named.
import { z } from 'zod';
import type { CellValue } from '../cell.js';
import type { SheetGrid } from '../sheet/cell.js';
import { cellText, formatNumberVi } from '../values.js';
import { columnLetter } from '../text.js';
import { EXCEL_CELL_MAX, safeText } from '../safe-text.js';
import { jsonPieces } from '../json-pieces.js';
import { newPieceHash, sha256Text } from './sha256.js';

const HEX64 = /^[0-9a-f]{64}$/;
export const Seal = z.string().regex(HEX64);

/** JSON with its keys sorted at every level and undefined left out: one text for one value. */
export function canonicalJson(value: unknown): string {
  // JSON.stringify itself below the first levels, each object handed on with its keys in order (written out by hand to
  // the last level, it took four times longer).
  return [...jsonPieces(value, true)].join('') || 'null';
}

/** Pieces joined before they are hashed: a few kilobytes, so the hash is not called for every comma. */
const HASHED_PIECES = 16_384;

/**
 * The seal of `value` (its `seal` field left out, and a `signature`, which signs the seal: signature.ts), chained to
 * the seal of what came before it: the SHA-256 of its canonical JSON, a line break and `previous`, hashed as it is written.
 */
export function sealOf(value: Record<string, unknown>, previous = ''): string {
  const { seal: _own, signature: _signs, ...rest } = value;
  const hash = newPieceHash();
  let pending = '';
  for (const piece of jsonPieces(rest, true)) {
    pending += piece;
    if (pending.length >= HASHED_PIECES) {
      hash.add(pending);
      pending = '';
    }
  }
  hash.add(`${pending}\n${previous}`);
  return hash.digest();
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand is not misread. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A seal as printed on the paper the council signs: its first 80 bits as 16 letters and digits in groups of four
 * («7K3M-Q9TX-2B8R-WZ4D»), short enough to read aloud and type, long enough that no folder can be made to match a
 * printed code by trial (2^80 tries).
 */
export function sealCode(seal: string): string {
  let bits = '';
  for (const h of seal.slice(0, 20)) bits += parseInt(h, 16).toString(2).padStart(4, '0');
  let code = '';
  for (let i = 0; i < 80; i += 5) code += CODE_ALPHABET[parseInt(bits.slice(i, i + 5), 2)];
  return code.match(/.{4}/g)!.join('-');
}

/** Whether `typed` has the form of a seal code or a full SHA-256 (case, spaces and dashes aside). */
export function isSealCode(typed: string): boolean {
  const plain = typed.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-F]{64}$/.test(plain) || /^[0-9A-HJKMNP-TV-Z]{16}$/.test(plain.replace(/O/g, '0').replace(/[IL]/g, '1'));
}

/**
 * What is wrong with the form of a code typed from the paper, said as a slip of the hand (a letter missed, one the
 * code never uses), never as a forged folder; undefined for a code of the right form.
 */
export function sealMistyped(typed: string): string | undefined {
  if (isSealCode(typed)) return undefined;
  const plain = typed.replace(/[\s-]/g, '');
  return `Mã niêm phong «${typed.trim()}» gõ chưa đúng dạng (${plain.length} ký tự): cần 16 chữ và số như in trên biên bản (ví dụ 7K3M-Q9TX-2B8R-WZ4D; không có chữ U) hoặc mã SHA-256 đầy đủ (64 ký tự). Hãy đọc lại mã trên giấy đã ký.`;
}

/**
 * Whether what an officer typed from the paper is this seal: its code (case, spaces and dashes aside, O read as 0,
 * I and L as 1) or its full SHA-256.
 */
export function matchesSeal(typed: string, seal: string): boolean {
  const plain = typed.replace(/[\s-]/g, '').toUpperCase();
  if (/^[0-9A-F]{64}$/.test(plain)) return plain.toLowerCase() === seal;
  return plain.replace(/O/g, '0').replace(/[IL]/g, '1') === sealCode(seal).replace(/-/g, '');
}

/** A sheet as closed: each row's digest (16 hex digits of its SHA-256; the round's own seal covers them all). */
export const SealedSheet = z.object({ name: z.string(), rows: z.array(z.string()) });
export type SealedSheet = z.infer<typeof SealedSheet>;

/**
 * A cell as the seal reads it, the same whether planned or read back from the file, saved again by Excel or
 * LibreOffice: a number to 15 significant digits, text as a document holds it (safe-text.ts; line ends as XML reads them).
 */
export function cellSealed(v: CellValue): string {
  if (v === null || v === '') return '';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') {
    // Most text holds no carriage return nor character a document cannot carry, and fits a cell: it reads as typed,
    // trimmed (every cell of every copy comes here, mostly in code not yet optimised).
    const text = v.trim();
    if (text.length <= EXCEL_CELL_MAX && !SEALED_OTHERWISE.test(text)) return text;
  }
  return safeText(cellText(v).replace(/\r\n?/g, '\n'), EXCEL_CELL_MAX).text.trim();
}

/** What cellSealed's full path may change in a trimmed text: a carriage return, a character safeText replaces (safe-text.ts). */
const SEALED_OTHERWISE = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** A cell as an officer reads it in a message: numbers the Vietnamese way (84,29), text as sealed. */
function cellShown(v: CellValue): string {
  return typeof v === 'number' ? formatNumberVi(v) : cellSealed(v);
}

/** One row as the seal reads it: `column=value` of every cell not empty, from column 1 (`left`: the columns before `values`). */
function rowText(values: readonly CellValue[], left = 0): string {
  let text = '';
  for (let c = 0; c < values.length; c++) {
    const cell = cellSealed(values[c]!);
    if (cell !== '') text += `${text ? '\t' : ''}${left + c + 1}=${cell}`;
  }
  return text;
}

/** Each row of the sheet from row 1, as the seal reads it ('' for an empty row), with its cells from column 1 and as shown. */
function sheetRows(grid: SheetGrid): { text: string; shown: string; cells: CellValue[] }[] {
  const top = (grid.origin?.row ?? 1) - 1;
  const left = (grid.origin?.col ?? 1) - 1;
  const rows: { text: string; shown: string; cells: CellValue[] }[] = Array.from({ length: top }, () => ({ text: '', shown: '', cells: [] }));
  for (const values of grid.values) {
    const shown = values.filter((v) => cellSealed(v) !== '').map(cellShown).join(' | ');
    rows.push({ text: rowText(values, left), shown, cells: [...Array<CellValue>(left).fill(null), ...values] });
  }
  while (rows.length > 0 && rows.at(-1)!.text === '') rows.pop();
  return rows;
}

const rowDigest = (text: string) => sha256Text(text).slice(0, 16);

/**
 * Each row's digest from its seal text alone: sheetRows also makes what a message shows of every row, which a seal
 * never shows (tong-hop.xlsx's sheets are sealed on every run, each cell was read three times for it).
 */
export function sealSheet(grid: SheetGrid): SealedSheet {
  const left = (grid.origin?.col ?? 1) - 1;
  const texts: string[] = Array.from({ length: (grid.origin?.row ?? 1) - 1 }, () => '');
  for (const values of grid.values) texts.push(rowText(values, left));
  while (texts.length > 0 && texts.at(-1) === '') texts.pop();
  return { name: grid.name, rows: texts.map(rowDigest) };
}

/** What sealed the sheet a change is said against: the council's closing, or only the run that wrote it. */
export type SealedBy = 'closing' | 'run';

/** Rows named at most, then how many more. */
const NAMED_ROWS = 5;

/**
 * What differs in `grid` from the sheet as sealed, one Vietnamese line a row (the first few, then how many more).
 * `asClosed`: the row as it was closed, when the record can say it from what the row still names (a unit's ranking
 * row): trusted only when it gives the sealed row's digest, and then each changed cell is named with its value
 * before and after.
 */
export function sheetChanges(sealed: SealedSheet, grid: SheetGrid | undefined, asClosed?: (row: readonly CellValue[]) => readonly CellValue[] | undefined, since: SealedBy = 'closing'): string[] {
  const after = since === 'closing' ? 'sau khi chốt' : 'sau khi chấm';
  if (!grid) return [`Trang «${sealed.name}» ${since === 'closing' ? 'đã chốt' : 'lần chấm trước đã ghi'} nay không còn.`];
  const now = sheetRows(grid);
  const lines: string[] = [];
  for (let i = 0; i < Math.max(now.length, sealed.rows.length); i++) {
    const row = now[i];
    if (row !== undefined && i < sealed.rows.length && rowDigest(row.text) === sealed.rows[i]) continue;
    // A blank row past the sealed ones was not there to delete (rows left blank above a line typed under the sheet).
    if ((row === undefined || row.text === '') && i >= sealed.rows.length) continue;
    if (row === undefined || row.text === '') lines.push(`Trang «${sealed.name}», dòng ${i + 1}: đã xoá ${after}.`);
    else {
      const was = i < sealed.rows.length ? asClosed?.(row.cells) : undefined;
      const cells = was && rowDigest(rowText(was)) === sealed.rows[i] ? changedCells(was, row.cells, i + 1) : [];
      if (cells.length > 0) lines.push(`Trang «${sealed.name}», dòng ${i + 1}: đã sửa ${after} — ${cells.join('; ')}.`);
      else lines.push(`Trang «${sealed.name}», dòng ${i + 1}: ${i < sealed.rows.length ? 'đã sửa' : 'đã thêm'} ${after} (nay: ${row.shown}).`);
    }
  }
  return lines.length > NAMED_ROWS ? [...lines.slice(0, NAMED_ROWS), `Trang «${sealed.name}»: và ${lines.length - NAMED_ROWS} dòng khác đã khác bản ${since === 'closing' ? 'đã chốt' : 'lần chấm trước ghi'}.`] : lines;
}

/**
 * Each cell of `grid` that differs from its row as closed, «ô D12: 74,29 → 84,29», over the rows `asClosed` can say
 * (the others are not compared): what a scored copy's «Tổng hợp» says against the record of the round.
 */
export function cellsChangedFrom(grid: SheetGrid, asClosed: (row: readonly CellValue[]) => readonly CellValue[] | undefined): string[] {
  return sheetRows(grid).flatMap((row, i) => {
    const was = row.text === '' ? undefined : asClosed(row.cells);
    return was ? changedCells(was, row.cells, i + 1) : [];
  });
}

/** «ô D12: 74,29 → 84,29»: each cell of a row that differs from the row as closed. */
function changedCells(was: readonly CellValue[], now: readonly CellValue[], row: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < Math.max(was.length, now.length); c++) {
    const before = was[c] ?? null;
    const after = now[c] ?? null;
    if (cellSealed(before) === cellSealed(after)) continue;
    const shown = (v: CellValue) => (cellSealed(v) === '' ? '(trống)' : cellShown(v));
    out.push(`ô ${columnLetter(c + 1)}${row}: ${shown(before)} → ${shown(after)}`);
  }
  return out;
}

/** What differs in `grid` from the values a sheet was planned with (the «Chốt kết quả» sheet against its record), by row. */
export function plannedChanges(name: string, planned: readonly (readonly CellValue[])[], grid: SheetGrid | undefined): string[] {
  return sheetChanges(sealSheet({ name, values: planned.map((r) => [...r]) }), grid);
}

// Made for issue 35 item 2: a closed round covers the record it was closed on and the sheets it was shown in.
