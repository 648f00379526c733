// Chuỗi theo dõi (history series): per unit, period and indicator, the captures in date order with the
// change since the previous one, and the filters of the history page.
import type { IndicatorValue } from '../../../core/indicators/schema.js';
import type { StoredSnapshot } from '../storage/store.js';
import { periodKey, unitKey } from './identity.js';

export type SeriesPoint = {
  /** The stored snapshot the value comes from (deleting it deletes the whole capture of that unit). */
  snapshotId: string;
  capturedAt: string;
  value: number;
  /** Change since the previous point; absent on the first. */
  delta?: number;
  url: string;
  /** The portal's host, as the snapshot records it. */
  portal: string;
};

/**
 * One indicator of one unit for one period. Periods stay apart so that a change compares like with
 * like ("Năm 2025" with "Năm 2025", not with "Quý 3/2025").
 */
export type IndicatorSeries = {
  key: string;
  unitKey: string;
  unitName: string;
  code: string;
  label: string;
  measure: IndicatorValue['unit'];
  period: string;
  pageTypes: string[];
  points: SeriesPoint[];
};

export function buildSeries(stored: readonly StoredSnapshot[]): IndicatorSeries[] {
  const byKey = new Map<string, IndicatorSeries>();
  const ordered = [...stored].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  for (const snapshot of ordered) {
    for (const indicator of snapshot.indicators) {
      const key = [unitKey(snapshot.unit), periodKey(snapshot.period.label), indicator.code].join('|');
      let series = byKey.get(key);
      if (!series) {
        series = {
          key,
          unitKey: unitKey(snapshot.unit),
          unitName: snapshot.unit.name,
          code: indicator.code,
          label: indicator.label,
          measure: indicator.unit,
          period: snapshot.period.label,
          pageTypes: [],
          points: [],
        };
        byKey.set(key, series);
      }
      if (!series.pageTypes.includes(snapshot.pageType)) series.pageTypes.push(snapshot.pageType);
      const previous = series.points.at(-1);
      series.points.push({
        snapshotId: snapshot.id,
        capturedAt: snapshot.capturedAt,
        value: indicator.value,
        url: snapshot.url,
        portal: snapshot.portal,
        ...(previous ? { delta: indicator.value - previous.value } : {}),
      });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.unitName.localeCompare(b.unitName, 'vi') || a.period.localeCompare(b.period, 'vi') || a.code.localeCompare(b.code),
  );
}

/** Bộ lọc: each field empty = no filter. */
export type SeriesFilter = { unit?: string; indicator?: string; period?: string; pageType?: string };

export function filterSeries(series: readonly IndicatorSeries[], filter: SeriesFilter): IndicatorSeries[] {
  return series.filter(
    (s) =>
      (!filter.unit || s.unitKey === filter.unit) &&
      (!filter.indicator || s.code === filter.indicator) &&
      (!filter.period || s.period === filter.period) &&
      (!filter.pageType || s.pageTypes.includes(filter.pageType)),
  );
}

/** The choices each filter offers, from what is stored. */
export function filterChoices(series: readonly IndicatorSeries[]) {
  const units = new Map<string, string>();
  const indicators = new Map<string, string>();
  for (const s of series) {
    units.set(s.unitKey, s.unitName);
    indicators.set(s.code, s.label);
  }
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'vi'));
  return {
    units: [...units].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    indicators: [...indicators].map(([value, label]) => ({ value, label })).sort((a, b) => a.value.localeCompare(b.value)),
    periods: sorted(series.map((s) => s.period)),
    pageTypes: sorted(series.flatMap((s) => s.pageTypes)),
  };
}

/** The stored captures behind the series shown: what an export of the filtered history contains. */
export function snapshotsOf(series: readonly IndicatorSeries[], stored: readonly StoredSnapshot[]): StoredSnapshot[] {
  const ids = new Set(series.flatMap((s) => s.points.map((p) => p.snapshotId)));
  return stored.filter((s) => ids.has(s.id));
}
