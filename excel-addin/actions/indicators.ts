// Chỉ số cổng DVC: the extension's export file, kept in the workbook (a sheet for people, the store
// for scoring) and passed to scoring as `indicators` for the portal cross-check.
import { indicatorName } from '../../core/indicators/codes.js';
import { INDICATOR_EXPORT_LABELS } from '../../core/indicators/labels.js';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import type { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { parseJsonText } from '../../core/indicators/json-text.js';
import { parseWithMessages } from '../../core/schema-messages.js';
import type { CellValue } from '../../core/cell.js';
import type { SheetEdit, WorkbookPort } from '../../core/sheet/port.js';
import { FILL } from '../../core/workbook/plan-scored-sheet.js';
import { totalMismatchFigures, totalMismatchWords } from '../../core/watch/total-sum.js';
import { writeStored } from './store.js';

export const INDICATORS_SHEET = 'Chỉ số cổng DVC';
const HEADERS = ['Đơn vị', 'Mã định danh', 'Kỳ', 'Mã chỉ số', 'Chỉ số', 'Giá trị', 'Đơn vị tính', 'Tử số', 'Mẫu số', 'Tối đa', 'Cổng', 'Địa chỉ trang', 'Thời điểm lấy', 'Ghi chú'] as const;
const UNIT_LABEL = { points: 'điểm', percent: '%', count: 'số lượng' } as const;

/** A unit whose captured total its groups do not add up to (core/watch/total-sum.ts), with the «Ghi chú» cell of its total's row. */
export type MismatchNote = { text: string; sheet: string; cell: string };

/**
 * `totalMismatches`: the units whose total does not add up — the tab lists them with the import, each a link to its
 * note in the sheet (said too on the rows of every group).
 */
export type ImportResult = { ok: true; snapshots: number; values: number; totalMismatches?: MismatchNote[] } | { ok: false; message: string };

/** The «Ghi chú» column, after the thirteen of the figures. */
const NOTE_COLUMN = 'N';

/** Parses the export file; a wrong file is refused with what is wrong, nothing written. */
export function parseIndicatorFile(text: string): { ok: true; snapshots: IndicatorSnapshot[] } | { ok: false; message: string } {
  const json = parseJsonText(text, 'Tệp');
  if (!json.ok) return { ok: false, message: `${json.message} Hãy chọn tệp xuất từ tiện ích (thidua-indicators…json).` };
  const parsed = parseWithMessages(IndicatorExportFile, json.value, INDICATOR_EXPORT_LABELS);
  if (!parsed.ok) return { ok: false, message: `Tệp không đúng định dạng xuất của tiện ích: ${parsed.errors.join('; ')}.` };
  return { ok: true, snapshots: parsed.data.snapshots };
}

export function planIndicatorsSheet(snapshots: readonly IndicatorSnapshot[]): SheetEdit {
  const rows: CellValue[][] = snapshots.flatMap((s) => {
    // A total its groups do not add up to, on the row of the total and of each group (as the extension's export says it).
    const found = totalMismatchFigures(s);
    const note = found && totalMismatchWords(found.mismatch);
    return s.indicators.map((v) => [
      s.unit.name,
      s.unit.code ?? '',
      s.period.label,
      v.code,
      // The Vietnamese name officers know, the same whichever page the figure came from.
      indicatorName(v.code, v.label),
      v.value,
      UNIT_LABEL[v.unit],
      v.numerator ?? null,
      v.denominator ?? null,
      v.max ?? null,
      s.portal,
      s.url,
      s.capturedAt,
      note && found.codes.has(v.code) ? note : null,
    ]);
  });
  return {
    sheet: INDICATORS_SHEET,
    mode: 'replace',
    blocks: [
      { address: 'A1', values: [[...HEADERS]], format: { bold: true, fill: FILL.header, wrap: true } },
      ...(rows.length > 0 ? [{ address: 'A2', values: rows }] : []),
    ],
    columnWidths: [{ column: 'A', width: 28 }, { column: 'E', width: 40 }, { column: 'L', width: 40 }, { column: NOTE_COLUMN, width: 60 }],
    freeze: { rows: 1, columns: 1 },
  };
}

export async function importIndicators(port: WorkbookPort, text: string): Promise<ImportResult> {
  const parsed = parseIndicatorFile(text);
  if (!parsed.ok) return parsed;
  await writeStored(port, 'indicators', parsed.snapshots);
  await port.apply({ sheets: [planIndicatorsSheet(parsed.snapshots)] });
  const mismatches = mismatchNotes(parsed.snapshots);
  return { ok: true, snapshots: parsed.snapshots.length, values: parsed.snapshots.reduce((n, s) => n + s.indicators.length, 0), ...(mismatches.length > 0 ? { totalMismatches: mismatches } : {}) };
}

/** Each unit whose total does not add up, at the note of its total's row (the sheet's rows: a snapshot's figures in turn, from row 2). */
function mismatchNotes(snapshots: readonly IndicatorSnapshot[]): MismatchNote[] {
  let row = 2;
  return snapshots.flatMap((s) => {
    const at = row + s.indicators.findIndex((v) => v.code === 'TONG_SCORE');
    row += s.indicators.length;
    const found = totalMismatchFigures(s);
    return found ? [{ text: totalMismatchWords(found.mismatch), sheet: INDICATORS_SHEET, cell: `${NOTE_COLUMN}${at}` }] : [];
  });
}

/* Made for: the portal cross-check in Excel: the extension's export file kept in the workbook (a sheet for people, the store for scoring) and given to scoring. */
