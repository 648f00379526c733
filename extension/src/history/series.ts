// Chuỗi theo dõi (history series): per unit, kind of period and indicator, the captures in period order with the
// change since the previous one, and the filters of the history page.
import { indicatorName } from '../../../core/indicators/codes.js';
import type { IndicatorValue } from '../../../core/indicators/schema.js';
import type { StoredSnapshot } from '../storage/store.js';
import { seriesOrder, seriesPeriod, unitKey, type SeriesPeriod } from './identity.js';

export type SeriesPoint = {
  /** The stored snapshot the value comes from (deleting it deletes the whole capture of that unit). */
  snapshotId: string;
  capturedAt: string;
  /** null: the portal had no data. */
  value: number | null;
  /** Change since the previous point; absent on the first, and from or to no data. */
  delta?: number;
  url: string;
  /** The portal's host, as the snapshot records it. */
  portal: string;
  /** The point's own period ("Tháng 9/2026", "Từ ngày 01/01/2026 đến ngày 31/10/2026"). */
  period: string;
};

/**
 * One indicator of one unit for one kind of period. Kinds stay apart so that a change compares like with like
 * (a month with the month before, not with a quarter); a cumulative report (01/01–30/09, then 01/01–31/10) is one line.
 */
export type IndicatorSeries = {
  key: string;
  unitKey: string;
  unitName: string;
  code: string;
  /** The Vietnamese name of the indicator (codes are for files). */
  label: string;
  measure: IndicatorValue['unit'];
  period: SeriesPeriod;
  pageTypes: string[];
  points: SeriesPoint[];
};

export function buildSeries(stored: readonly StoredSnapshot[]): IndicatorSeries[] {
  const byKey = new Map<string, IndicatorSeries>();
  const ordered = stored.map((s) => ({ s, order: seriesOrder(s) })).sort((a, b) => a.order.localeCompare(b.order)).map(({ s }) => s);
  for (const snapshot of ordered) {
    const period = seriesPeriod(snapshot.period);
    for (const indicator of snapshot.indicators) {
      const key = [unitKey(snapshot.unit), period.key, indicator.code].join('|');
      let series = byKey.get(key);
      if (!series) {
        series = {
          key,
          unitKey: unitKey(snapshot.unit),
          unitName: snapshot.unit.name,
          code: indicator.code,
          label: indicatorName(indicator.code, indicator.label),
          measure: indicator.unit,
          period,
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
        period: snapshot.period.label,
        ...(previous && previous.value !== null && indicator.value !== null ? { delta: indicator.value - previous.value } : {}),
      });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.unitName.localeCompare(b.unitName, 'vi') || a.period.key.localeCompare(b.period.key) || a.label.localeCompare(b.label, 'vi'),
  );
}

/** Bộ lọc: each field empty = no filter; `period` is a series period's key. */
export type SeriesFilter = { unit?: string; indicator?: string; period?: string; pageType?: string };

export function filterSeries(series: readonly IndicatorSeries[], filter: SeriesFilter): IndicatorSeries[] {
  return series.filter(
    (s) =>
      (!filter.unit || s.unitKey === filter.unit) &&
      (!filter.indicator || s.code === filter.indicator) &&
      (!filter.period || s.period.key === filter.period) &&
      (!filter.pageType || s.pageTypes.includes(filter.pageType)),
  );
}

/** The choices each filter offers, from what is stored. */
export function filterChoices(series: readonly IndicatorSeries[]) {
  const units = new Map<string, string>();
  const indicators = new Map<string, string>();
  const periods = new Map<string, SeriesPeriod>();
  for (const s of series) {
    units.set(s.unitKey, s.unitName);
    indicators.set(s.code, s.label);
    periods.set(s.period.key, s.period);
  }
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'vi'));
  return {
    units: [...units].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    indicators: [...indicators].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    periods: [...periods.values()].sort((a, b) => a.key.localeCompare(b.key)),
    pageTypes: sorted(series.flatMap((s) => s.pageTypes)),
  };
}

/** The stored captures behind the series shown: what an export of the filtered history contains. */
export function snapshotsOf(series: readonly IndicatorSeries[], stored: readonly StoredSnapshot[]): StoredSnapshot[] {
  const ids = new Set(series.flatMap((s) => s.points.map((p) => p.snapshotId)));
  return stored.filter((s) => ids.has(s.id));
}
