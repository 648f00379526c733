// The export table (bảng xuất): one row per unit, period and indicator. CSV, the copied table and the
// .xlsx file are all written from it, so they always carry the same columns.
import type { IndicatorSnapshot, IndicatorValue } from '../../../core/indicators/schema.js';
import { formulaNote } from '../../../core/indicators/formulas-766.js';
import { figureName } from '../../../core/indicators/page-766.js';
import { listsLacking } from '../../../core/watch/words.js';
import { renamedInFile, renameKey } from '../../../core/indicators/renamed-in-file.js';
import { dataDay, vietnamClock, vietnamDateTime } from '../../../core/watch/data-day.js';
import { groupNames } from '../../../core/indicators/groups-766.js';
import { totalMismatchFigures } from '../../../core/watch/total-sum.js';
import { type MessageKey, type Translate } from '../i18n.js';
import { pageTypeName } from '../page-names.js';
import { capturePeriodName } from '../history/period-name.js';
import { lackingNotes, rankText, totalMismatchText } from '../ui/format.js';

export type ExportColumn = {
  header: MessageKey;
  /** `date`: a day, "2026-10-12". */
  kind: 'text' | 'number' | 'datetime' | 'date';
  /** Width in characters, for the .xlsx file. */
  width: number;
  pick: (s: IndicatorSnapshot, i: IndicatorValue) => string | number | undefined;
};

export const MEASURE_LABEL: Record<IndicatorValue['unit'], MessageKey> = {
  points: 'measure.points',
  percent: 'measure.percent',
  count: 'measure.count',
};

export type ExportTable = { columns: ExportColumn[]; headers: string[]; rows: (string | number | undefined)[][] };

export function exportTable(snapshots: readonly IndicatorSnapshot[], t: Translate): ExportTable {
  const renamed = renames(snapshots, t);
  // A total its groups do not add up to, on the rows of the figures in question: the total and every group.
  const mismatches = new Map(snapshots.flatMap((s) => {
    const found = totalMismatchFigures(s);
    return found ? [[s, { note: totalMismatchText(found.mismatch, t), codes: found.codes }] as const] : [];
  }));
  const mismatchNote = (s: IndicatorSnapshot, i: IndicatorValue) => {
    const m = mismatches.get(s);
    return m?.codes.has(i.code) ? m.note : undefined;
  };
  const columns: ExportColumn[] = [
    { header: 'column.unit', kind: 'text', width: 32, pick: (s) => s.unit.name },
    { header: 'column.unitCode', kind: 'text', width: 16, pick: (s) => s.unit.code },
    { header: 'column.group', kind: 'text', width: 20, pick: (s) => s.unit.group },
    { header: 'column.rank', kind: 'text', width: 24, pick: (s) => (s.unit.rank === undefined ? undefined : rankText(s.unit, s.period.label, t)) },
    // Asked before it began said as «Bản tin» says it, beside the day its figures are of.
    { header: 'column.period', kind: 'text', width: 18, pick: (s) => capturePeriodName(s, t) },
    // The day «Bản tin», the history and `thidua watch` name the figures by (a capture at 04:10 holds the day before's).
    { header: 'column.dataDay', kind: 'date', width: 12, pick: (s) => dataDay(s.capturedAt) },
    // Officers read the indicator's Vietnamese name; its code stays in the JSON export.
    { header: 'column.indicator', kind: 'text', width: 40, pick: (s, i) => figureName(s.pageType, i) },
    // No data is said in words, never left blank or written 0.
    { header: 'column.value', kind: 'number', width: 10, pick: (_, i) => i.value ?? t('preview.noData') },
    { header: 'column.computed', kind: 'number', width: 10, pick: (_, i) => i.computed },
    { header: 'column.measure', kind: 'text', width: 10, pick: (_, i) => t(MEASURE_LABEL[i.unit]) },
    { header: 'column.numerator', kind: 'number', width: 10, pick: (_, i) => i.numerator },
    { header: 'column.denominator', kind: 'number', width: 10, pick: (_, i) => i.denominator },
    { header: 'column.max', kind: 'number', width: 10, pick: (_, i) => i.max },
    { header: 'column.note', kind: 'text', width: 30, pick: (s, i) => [formulaNote(i), partialNote(s, t), mismatchNote(s, i), renamed.get(renameKey(s))].filter(Boolean).join('; ') || undefined },
    { header: 'column.capturedAt', kind: 'datetime', width: 18, pick: (s) => s.capturedAt },
    { header: 'column.pageType', kind: 'text', width: 30, pick: (s) => pageTypeName(s.pageType, t) },
    { header: 'column.url', kind: 'text', width: 50, pick: (s) => s.url },
  ];
  return {
    columns,
    headers: columns.map((c) => t(c.header)),
    rows: snapshots.flatMap((s) => s.indicators.map((i) => columns.map((c) => c.pick(s, i)))),
  };
}

/**
 * What a capture left out, said on each of its rows in the officer's language: the lists lacking (core's listsLacking,
 * each name as groupNames says it), then which of them the portal refused and which the page never loaded, each its own
 * note (lackingNotes) — in Vietnamese core's partialCaptureWords, which the add-in's sheet writes.
 */
function partialNote(s: IndicatorSnapshot, t: Translate): string | undefined {
  const missing = listsLacking(s);
  return missing.length > 0 ? [`${t('history.partial')}: ${groupNames(missing)}`, ...lackingNotes(s, t)].join('; ') : undefined;
}

/** Each renamed unit's note, by renameKey (core's renamedInFile), in the officer's language. */
function renames(snapshots: readonly IndicatorSnapshot[], t: Translate): Map<string, string> {
  return new Map([...renamedInFile(snapshots)].map(([key, r]) => [key, t('export.renamed', { code: r.code, names: r.names.join(' → ') })]));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The same instant in Vietnam's time with its offset ("2026-11-24T09:05:00+07:00"), for the JSON file: what the
 * officer saw, and still one exact instant for every reader of ISO 8601.
 */
export function vietnamIso(iso: string): string {
  const local = vietnamClock(iso);
  return local ? `${vietnamDateTime(iso).replace(' ', 'T')}:${pad(local.getUTCSeconds())}+07:00` : iso;
}

/* Made for: one export table (a row per unit, period and indicator) that CSV, the copied table and the .xlsx are all written from, so they never differ in columns. */
