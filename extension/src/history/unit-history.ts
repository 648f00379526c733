// Lịch sử theo đơn vị (history per unit): one table a unit and kind of period — its indicators as rows, grouped
// by the 766 group, the captures as columns in period order — with the change since the previous capture, the
// officer's own commune first, and the filters of the history page.
import { indicatorName } from '../../../core/indicators/codes.js';
import { GROUPS_766 } from '../../../core/indicators/groups-766.js';
import { RESPONSES_PAGE } from '../../../core/indicators/page-766.js';
import type { IndicatorSnapshot, IndicatorValue } from '../../../core/indicators/schema.js';
import { sameUnit } from '../../../core/indicators/units.js';
import type { StoredSnapshot } from '../storage/store.js';
import { seriesOrder, seriesPeriod, unitKey, type SeriesPeriod } from './identity.js';

/** One capture of the unit: a column. */
export type CaptureColumn = {
  /** The stored snapshot (deleting it deletes the whole capture of that unit). */
  snapshotId: string;
  capturedAt: string;
  /** The capture's own period ("Tháng 9/2026", "Từ ngày 01/01/2026 đến ngày 31/10/2026"). */
  period: string;
  url: string;
  /** The portal's host, as the snapshot records it. */
  portal: string;
  pageType: string;
  unit: IndicatorSnapshot['unit'];
  /** Groups the page had not received: the capture is partial. */
  missingGroups?: string[];
};

/** A figure of one capture, as the portal gave it, and its change since the row's previous figure. */
export type HistoryCell = Pick<IndicatorValue, 'value' | 'computed' | 'max' | 'numerator' | 'denominator' | 'ratio'> & {
  /** Absent on the first figure, and from or to no data. */
  delta?: number;
};

/** One indicator across the captures; `cells[i]` belongs to `columns[i]` (undefined: that capture lacks it). */
export type HistoryRow = {
  code: string;
  /** The portal's Vietnamese name (codes are for files). */
  label: string;
  measure: IndicatorValue['unit'];
  cells: (HistoryCell | undefined)[];
};

/** Rows of one 766 group (`group` empty: figures of no group), the group's own score first when captured. */
export type RowGroup = { group: string; title: string; rows: HistoryRow[] };

export type UnitHistory = {
  key: string;
  unitKey: string;
  unitName: string;
  /** Xã/phường set in Cài đặt. */
  own: boolean;
  /** Kinds stay apart so that a change compares like with like (a month with the month before). */
  period: SeriesPeriod;
  pageTypes: string[];
  columns: CaptureColumn[];
  groups: RowGroup[];
};

/**
 * The 766 responses keep a metric's ratio twice, in the metric (shown in its details) and as a `_TY_LE` companion
 * the criteria compare with: the companion is no row of its own.
 */
export function isRatioCompanion(i: Pick<IndicatorValue, 'code' | 'unit'>, pageType: string, codes: ReadonlySet<string>): boolean {
  return pageType === RESPONSES_PAGE.id && i.unit === 'percent' && i.code.endsWith('_TY_LE') && codes.has(i.code.slice(0, -'_TY_LE'.length));
}

/** The name officers read: the portal's own on the 766 page, thidua's catalogue name elsewhere. */
function rowLabel(s: IndicatorSnapshot, i: IndicatorValue): string {
  return s.pageType === RESPONSES_PAGE.id ? i.label : indicatorName(i.code, i.label);
}

const GROUP_ORDER = new Map<string, number>(GROUPS_766.map((g, i) => [g, i]));
/** A unit's tables: by year, then quarter, month, year to date, other ranges. */
const KIND_ORDER: SeriesPeriod['kind'][] = ['year', 'quarter', 'month', 'cumulative', 'range', 'unknown'];

export function buildUnitHistories(stored: readonly StoredSnapshot[], commune = ''): UnitHistory[] {
  const byKey = new Map<string, { history: UnitHistory; rows: Map<string, HistoryRow & { group: string }> }>();
  const ordered = stored.map((s) => ({ s, order: seriesOrder(s) })).sort((a, b) => a.order.localeCompare(b.order)).map(({ s }) => s);
  for (const s of ordered) {
    const period = seriesPeriod(s.period);
    const key = `${unitKey(s.unit)}|${period.key}`;
    let entry = byKey.get(key);
    if (!entry) {
      const history: UnitHistory = { key, unitKey: unitKey(s.unit), unitName: s.unit.name, own: commune !== '' && sameUnit(s.unit.name, commune), period, pageTypes: [], columns: [], groups: [] };
      byKey.set(key, (entry = { history, rows: new Map() }));
    }
    const { history, rows } = entry;
    if (!history.pageTypes.includes(s.pageType)) history.pageTypes.push(s.pageType);
    const column = history.columns.push({
      snapshotId: s.id, capturedAt: s.capturedAt, period: s.period.label, url: s.url, portal: s.portal, pageType: s.pageType, unit: s.unit,
      ...(s.missingGroups?.length ? { missingGroups: s.missingGroups } : {}),
    }) - 1;
    const codes = new Set(s.indicators.map((i) => i.code));
    for (const i of s.indicators) {
      if (isRatioCompanion(i, s.pageType, codes)) continue;
      let row = rows.get(i.code);
      if (!row) rows.set(i.code, (row = { code: i.code, label: rowLabel(s, i), measure: i.unit, group: i.group ?? '', cells: [] }));
      const previous = row.cells.findLast((c) => c !== undefined);
      const { value, computed, max, numerator, denominator, ratio } = i;
      row.cells[column] = {
        value, computed, max, numerator, denominator, ratio,
        ...(previous && previous.value !== null && value !== null ? { delta: value - previous.value } : {}),
      };
    }
  }
  const histories = [...byKey.values()].map(({ history, rows }) => {
    const width = history.columns.length;
    const groups = new Map<string, RowGroup>();
    // Groups and rows in the order the captures give them (the portal's own order).
    for (const { group, ...row } of rows.values()) {
      const cells = Array.from({ length: width }, (_, i) => row.cells[i]);
      const g = groups.get(group) ?? { group, title: group ? indicatorName(group, group) : '', rows: [] };
      groups.set(group, g);
      // The group's own score heads its rows.
      if (row.code === group) g.rows.unshift({ ...row, cells });
      else g.rows.push({ ...row, cells });
    }
    // Figures of no group (the total, the rank) first, then the six groups in the portal's order, then any other.
    const place = (g: RowGroup) => (g.group === '' ? -1 : (GROUP_ORDER.get(g.group) ?? GROUP_ORDER.size));
    return { ...history, groups: [...groups.values()].sort((a, b) => place(a) - place(b)) };
  });
  return histories.sort(
    (a, b) => Number(b.own) - Number(a.own) || a.unitName.localeCompare(b.unitName, 'vi') || KIND_ORDER.indexOf(a.period.kind) - KIND_ORDER.indexOf(b.period.kind) || a.period.key.localeCompare(b.period.key),
  );
}

/** Bộ lọc: each field empty = no filter; `period` is a series period's key; `indicator` keeps only that row. */
export type HistoryFilter = { unit?: string; indicator?: string; period?: string; pageType?: string };

export function filterHistories(histories: readonly UnitHistory[], filter: HistoryFilter): UnitHistory[] {
  return histories.flatMap((h) => {
    if ((filter.unit && h.unitKey !== filter.unit) || (filter.period && h.period.key !== filter.period) || (filter.pageType && !h.pageTypes.includes(filter.pageType))) return [];
    if (!filter.indicator) return [h];
    const groups = h.groups.flatMap((g) => {
      const rows = g.rows.filter((r) => r.code === filter.indicator);
      return rows.length ? [{ ...g, rows }] : [];
    });
    return groups.length ? [{ ...h, groups }] : [];
  });
}

/** The choices each filter offers, from what is stored. */
export function filterChoices(histories: readonly UnitHistory[]) {
  const units = new Map<string, string>();
  const indicators = new Map<string, string>();
  const periods = new Map<string, SeriesPeriod>();
  for (const h of histories) {
    units.set(h.unitKey, h.unitName);
    periods.set(h.period.key, h.period);
    for (const r of h.groups.flatMap((g) => g.rows)) indicators.set(r.code, r.label);
  }
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'vi');
  return {
    units: [...units].map(([value, label]) => ({ value, label })).sort(byLabel),
    indicators: [...indicators].map(([value, label]) => ({ value, label })).sort(byLabel),
    periods: [...periods.values()].sort((a, b) => a.key.localeCompare(b.key)),
    pageTypes: [...new Set(histories.flatMap((h) => h.pageTypes))].sort((a, b) => a.localeCompare(b, 'vi')),
  };
}

/** The stored captures behind the tables shown: what an export of the filtered history contains. */
export function snapshotsOf(histories: readonly UnitHistory[], stored: readonly StoredSnapshot[]): StoredSnapshot[] {
  const ids = new Set(histories.flatMap((h) => h.columns.map((c) => c.snapshotId)));
  return stored.filter((s) => ids.has(s.id));
}

/*
Made for: issue 21 item 7 — the history page shows one table a unit and kind of period (indicators as rows by
766 group, captures as columns, a trend on demand), not one block per indicator.
*/
