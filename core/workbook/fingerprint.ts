// Dấu vân tay (fingerprint) of a report sheet's inputs, stored when it is scored. Checking it later
// names every input cell changed since (`Đã sửa sau khi chấm`): the council then knows the score in
// the sheet no longer matches what the unit reports. It detects accidental or casual edits, not a
// determined forger: the hash is short and unkeyed and sits in the workbook, so whoever edits a figure
// and the fingerprint, or deletes the hidden sheet, hides the change (a missing fingerprint is warned).
// Cells are hashed as read (a date is the same day whether the page wrote a Date or Excel a serial). Whether a council
// decision still applies is not judged by these hashes — a note in «Ghi chú» changes them — but by the figures the
// task pane keeps beside them, by the rule every face uses (core/run/edited-cells.ts).
import { z } from 'zod';
import type { Flag } from '../flags/flag.js';
import { CHANGED_AFTER_SCORING } from '../flags/run-flags.js';
import type { ReportCell } from '../sheet/cell.js';
import type { CellValue } from '../cell.js';
import type { UnitReport } from '../report/schema.js';
import { parseAddress } from '../text.js';


export const SheetFingerprint = z.object({
  sheet: z.string(),
  unitName: z.string(),
  /** When it was scored (ISO date-time). */
  scoredAt: z.string(),
  /** Hash over every input cell, to tell "unchanged" in one comparison. */
  hash: z.string(),
  /** Input cell address → hash of what it held. */
  cells: z.record(z.string(), z.string()),
  /** How cells were hashed: as read (`value`, since 2026) or as stored (`raw`, fingerprints made before). */
  scheme: z.enum(['raw', 'value']).default('raw'),
});
export type SheetFingerprint = z.infer<typeof SheetFingerprint>;

/** FNV-1a, 32 bits, as 8 hex digits: small, fast, deterministic in every runtime. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

type Scheme = SheetFingerprint['scheme'];

function cellHash(cell: ReportCell, scheme: Scheme): string {
  if (scheme === 'value') return fnv1a(JSON.stringify(cell.value));
  const raw: CellValue = cell.raw;
  return fnv1a(raw instanceof Date ? `d:${raw.toISOString()}` : `${typeof raw}:${String(raw)}`);
}

/** The cells the unit typed: the header fields and every table cell the reader found. */
export function inputCells(report: UnitReport): ReportCell[] {
  const header = [report.unitName, report.unitKind, report.period, report.submittedAt, report.criteriaSetRef];
  const rows = report.rows.flatMap((r) => [r.code, r.result, r.numerator, r.denominator, r.evidence, r.selfScore, r.note]);
  return [...header, ...rows].filter((c): c is ReportCell => c !== undefined);
}

function byAddress(a: string, b: string): number {
  const p = parseAddress(a);
  const q = parseAddress(b);
  return p && q ? p.row - q.row || p.col - q.col : a.localeCompare(b);
}

export function fingerprintReport(report: UnitReport, unitName: string, scoredAt: string, scheme: Scheme = 'value'): SheetFingerprint {
  const cells: Record<string, string> = {};
  for (const c of inputCells(report)) cells[c.address] = cellHash(c, scheme);
  const hash = fnv1a(
    Object.keys(cells)
      .sort(byAddress)
      .map((a) => `${a}=${cells[a]}`)
      .join(';'),
  );
  return { sheet: report.sheet, unitName, scoredAt, hash, cells, scheme };
}

/** Input cells whose content differs from the fingerprint, or that appeared or vanished, in sheet order. */
export function changedCells(before: SheetFingerprint, now: SheetFingerprint): string[] {
  if (before.hash === now.hash) return [];
  const addresses = new Set([...Object.keys(before.cells), ...Object.keys(now.cells)]);
  return [...addresses].filter((a) => before.cells[a] !== now.cells[a]).sort(byAddress);
}

const LISTED_CELLS = 12;

/** The `Đã sửa sau khi chấm` flag for a sheet as it reads now, or undefined when nothing changed. */
export function changedAfterScoringFlag(before: SheetFingerprint, report: UnitReport): Flag | undefined {
  const cells = changedCells(before, fingerprintReport(report, before.unitName, before.scoredAt, before.scheme));
  if (cells.length === 0) return undefined;
  const shown = cells.slice(0, LISTED_CELLS).join(', ');
  const more = cells.length > LISTED_CELLS ? ` và ${cells.length - LISTED_CELLS} ô khác` : '';
  return {
    code: CHANGED_AFTER_SCORING,
    severity: 'warning',
    message: `Đã sửa sau khi chấm (chấm lúc ${before.scoredAt.slice(0, 16).replace('T', ' ')}): ô ${shown}${more}.`,
    sheet: before.sheet,
    ...(cells[0] ? { cell: cells[0] } : {}),
    details: { cells, scoredAt: before.scoredAt },
  };
}

/** A sheet that carries scored columns but no fingerprint: whether it was edited after scoring cannot be told. */
export function fingerprintMissingFlag(sheet: string): Flag {
  return {
    code: CHANGED_AFTER_SCORING,
    severity: 'warning',
    sheet,
    message: `Không còn dấu vân tay của lần chấm trước cho trang «${sheet}» (trang ẩn của thidua đã bị xóa hoặc sửa): không biết trang có bị sửa sau khi chấm hay không.`,
  };
}
