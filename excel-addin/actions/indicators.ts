// Chỉ số cổng DVC: the extension's export file, kept in the workbook (a sheet for people, the store
// for scoring) and passed to scoring as `indicators` for the portal cross-check.
import { figureName } from '../../core/indicators/page-766.js';
import { INDICATOR_EXPORT_LABELS } from '../../core/indicators/labels.js';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import type { IndicatorExport, IndicatorSnapshot } from '../../core/indicators/schema.js';
import { parseJsonText } from '../../core/indicators/json-text.js';
import { parseWithMessages } from '../../core/schema-messages.js';
import type { CellValue } from '../../core/cell.js';
import type { SheetEdit, WorkbookPort } from '../../core/sheet/port.js';
import { FILL } from '../../core/workbook/plan-scored-sheet.js';
import { fileTotalDoubts, totalMismatchFigures, totalMismatchWords, type TotalDoubt } from '../../core/watch/total-sum.js';
import { dataDay, vietnamDateTime } from '../../core/watch/data-day.js';
import { NO_DATA, partialCaptureWords, renamedRowWords } from '../../core/watch/words.js';
import { renamedInFile, renameKey } from '../../core/indicators/renamed-in-file.js';
import { writeStored } from './store.js';
import { INDICATORS_HEADERS, INDICATORS_SHEET } from '../../core/indicators/own-sheet.js';

const UNIT_LABEL = { points: 'điểm', percent: '%', count: 'số lượng' } as const;

/** A unit whose captured total its groups do not add up to (core/watch/total-sum.ts), with the «Ghi chú» cell of its total's row. */
export type MismatchNote = { text: string; sheet: string; cell: string };

/**
 * `totalMismatches`: the units whose total does not add up — the tab lists them with the import, each a link to its
 * note in the sheet (said too on the rows of every group); `fileDoubts`: where the file's own list of them says
 * otherwise than its figures (core/watch/total-sum.ts fileTotalDoubts), each a link to its total's note.
 */
export type ImportResult = { ok: true; snapshots: number; values: number; totalMismatches?: MismatchNote[]; fileDoubts?: MismatchNote[] } | { ok: false; message: string };

/** The «Ghi chú» column, after the fourteen of the figures. */
const NOTE_COLUMN = 'O';

/** Parses the export file; a wrong file is refused with what is wrong, nothing written. */
export function parseIndicatorFile(text: string): ({ ok: true } & IndicatorExport) | { ok: false; message: string } {
  const json = parseJsonText(text, 'Tệp');
  if (!json.ok) return { ok: false, message: `${json.message} Hãy chọn tệp xuất từ tiện ích (thidua-indicators…json).` };
  const parsed = parseWithMessages(IndicatorExportFile, json.value, INDICATOR_EXPORT_LABELS);
  if (!parsed.ok) return { ok: false, message: `Tệp không đúng định dạng xuất của tiện ích: ${parsed.errors.join('; ')}.` };
  return { ok: true, ...parsed.data };
}

/**
 * What a capture's «Ghi chú» says: its total its groups do not add up to (on the rows of the total and each group, as
 * the extension's export says it) and the file's word on its total that its figures do not give (on the total's row).
 */
interface TotalNote {
  mismatch?: string;
  doubt?: string;
  codes: ReadonlySet<string>;
}

/** Each snapshot's note, checked once a capture (totalMismatchFigures, fileTotalDoubts); the sheet and the tab say the same. */
function totalNotes(file: IndicatorExport): { notes: (TotalNote | undefined)[]; elsewhere: string[] } {
  const doubts = fileTotalDoubts(file);
  const placed = new Set<TotalDoubt>();
  const notes = file.snapshots.map((s): TotalNote | undefined => {
    const found = totalMismatchFigures(s);
    const doubt = doubts.find((d) => d.unit === s.unit.name && d.day === dataDay(s.capturedAt));
    if (doubt) placed.add(doubt);
    if (!found && !doubt) return undefined;
    return { ...(found ? { mismatch: totalMismatchWords(found.mismatch) } : {}), ...(doubt ? { doubt: doubt.words } : {}), codes: found?.codes ?? new Set(['TONG_SCORE']) };
  });
  // A unit the file's list names and its figures do not hold has no row: said with the import, at the notes' heading.
  return { notes, elsewhere: doubts.filter((d) => !placed.has(d)).map((d) => d.words) };
}

/**
 * The sheet's rows, a snapshot's figures in turn, each as the extension's export writes it (its name, the portal's
 * null in words); «Ghi chú»: what the capture left out on every row, its total that does not add up, the unit renamed.
 */
export function planIndicatorsSheet(snapshots: readonly IndicatorSnapshot[], notes: readonly (TotalNote | undefined)[]): SheetEdit {
  const renamed = renamedInFile(snapshots);
  const rows: CellValue[][] = snapshots.flatMap((s, k) => {
    const note = notes[k];
    const partial = partialCaptureWords(s);
    const r = renamed.get(renameKey(s));
    const rename = r && renamedRowWords(r.code, r.names.join(' → '));
    return s.indicators.map((v) => [
      s.unit.name,
      s.unit.code ?? '',
      s.period.label,
      v.code,
      figureName(s.pageType, v),
      v.value ?? NO_DATA,
      UNIT_LABEL[v.unit],
      v.numerator ?? null,
      v.denominator ?? null,
      v.max ?? null,
      s.portal,
      s.url,
      // When the morning was captured, in Vietnam's time as the extension's export writes it (never the UTC of a HAR).
      vietnamDateTime(s.capturedAt),
      // The day «Bản tin» and the export name the figures by: a capture at 04:10 on 16/9 holds 15/9's.
      dataDay(s.capturedAt) ?? null,
      [partial, note?.codes.has(v.code) ? [note.mismatch, v.code === 'TONG_SCORE' ? note.doubt : undefined].filter(Boolean).join(' ') : undefined, rename].filter(Boolean).join('; ') || null,
    ]);
  });
  return {
    sheet: INDICATORS_SHEET,
    mode: 'replace',
    blocks: [
      { address: 'A1', values: [[...INDICATORS_HEADERS]], format: { bold: true, fill: FILL.header, wrap: true } },
      ...(rows.length > 0 ? [{ address: 'A2', values: rows }] : []),
    ],
    columnWidths: [{ column: 'A', width: 28 }, { column: 'E', width: 40 }, { column: 'L', width: 40 }, { column: NOTE_COLUMN, width: 60 }],
    freeze: { rows: 1, columns: 1 },
  };
}

export async function importIndicators(port: WorkbookPort, text: string): Promise<ImportResult> {
  const parsed = parseIndicatorFile(text);
  if (!parsed.ok) return parsed;
  const { notes, elsewhere } = totalNotes(parsed);
  await writeStored(port, 'indicators', parsed.snapshots);
  await port.apply({ sheets: [planIndicatorsSheet(parsed.snapshots, notes)] });
  const listed = noteLinks(parsed.snapshots, notes);
  const mismatches = listed.flatMap((n) => (n.mismatch ? [{ text: n.mismatch, sheet: INDICATORS_SHEET, cell: n.cell }] : []));
  const doubts = [...listed.flatMap((n) => (n.doubt ? [{ text: n.doubt, sheet: INDICATORS_SHEET, cell: n.cell }] : [])), ...elsewhere.map((text) => ({ text, sheet: INDICATORS_SHEET, cell: `${NOTE_COLUMN}1` }))];
  return {
    ok: true,
    snapshots: parsed.snapshots.length,
    values: parsed.snapshots.reduce((n, s) => n + s.indicators.length, 0),
    ...(mismatches.length > 0 ? { totalMismatches: mismatches } : {}),
    ...(doubts.length > 0 ? { fileDoubts: doubts } : {}),
  };
}

/** Each noted snapshot with the «Ghi chú» cell of its total's row (the sheet's rows: a snapshot's figures in turn, from row 2). */
function noteLinks(snapshots: readonly IndicatorSnapshot[], notes: readonly (TotalNote | undefined)[]): (TotalNote & { cell: string })[] {
  let row = 2;
  return snapshots.flatMap((s, k) => {
    const at = row + s.indicators.findIndex((v) => v.code === 'TONG_SCORE');
    row += s.indicators.length;
    const note = notes[k];
    return note ? [{ ...note, cell: `${NOTE_COLUMN}${at}` }] : [];
  });
}

/* Made for: the portal cross-check in Excel: the extension's export file kept in the workbook (a sheet for people, the store for scoring) and given to scoring. */
