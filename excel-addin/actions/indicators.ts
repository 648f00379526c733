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
import { writeStored } from './store.js';

export const INDICATORS_SHEET = 'Chỉ số cổng DVC';
const HEADERS = ['Đơn vị', 'Mã định danh', 'Kỳ', 'Mã chỉ số', 'Chỉ số', 'Giá trị', 'Đơn vị tính', 'Tử số', 'Mẫu số', 'Tối đa', 'Cổng', 'Địa chỉ trang', 'Thời điểm lấy'] as const;
const UNIT_LABEL = { points: 'điểm', percent: '%', count: 'số lượng' } as const;

export type ImportResult = { ok: true; snapshots: number; values: number } | { ok: false; message: string };

/** Parses the export file; a wrong file is refused with what is wrong, nothing written. */
export function parseIndicatorFile(text: string): { ok: true; snapshots: IndicatorSnapshot[] } | { ok: false; message: string } {
  const json = parseJsonText(text, 'Tệp');
  if (!json.ok) return { ok: false, message: `${json.message} Hãy chọn tệp xuất từ tiện ích (thidua-indicators…json).` };
  const parsed = parseWithMessages(IndicatorExportFile, json.value, INDICATOR_EXPORT_LABELS);
  if (!parsed.ok) return { ok: false, message: `Tệp không đúng định dạng xuất của tiện ích: ${parsed.errors.join('; ')}.` };
  return { ok: true, snapshots: parsed.data.snapshots };
}

export function planIndicatorsSheet(snapshots: readonly IndicatorSnapshot[]): SheetEdit {
  const rows: CellValue[][] = snapshots.flatMap((s) =>
    s.indicators.map((v) => [
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
    ]),
  );
  return {
    sheet: INDICATORS_SHEET,
    mode: 'replace',
    blocks: [
      { address: 'A1', values: [[...HEADERS]], format: { bold: true, fill: FILL.header, wrap: true } },
      ...(rows.length > 0 ? [{ address: 'A2', values: rows }] : []),
    ],
    columnWidths: [{ column: 'A', width: 28 }, { column: 'E', width: 40 }, { column: 'L', width: 40 }],
    freeze: { rows: 1, columns: 1 },
  };
}

export async function importIndicators(port: WorkbookPort, text: string): Promise<ImportResult> {
  const parsed = parseIndicatorFile(text);
  if (!parsed.ok) return parsed;
  await writeStored(port, 'indicators', parsed.snapshots);
  await port.apply({ sheets: [planIndicatorsSheet(parsed.snapshots)] });
  return { ok: true, snapshots: parsed.snapshots.length, values: parsed.snapshots.reduce((n, s) => n + s.indicators.length, 0) };
}

/* Made for: the portal cross-check in Excel: the extension's export file kept in the workbook (a sheet for people, the store for scoring) and given to scoring. */
