// Lịch sử theo đơn vị (history per unit): one table a unit and kind of period — its indicators as rows, grouped
// by the 766 group, the captures as columns in period order — with the change since the previous capture, the
// officer's own commune first, and the filters of the history page.
import { indicatorName } from '../../../core/indicators/codes.js';
import { GROUPS_766 } from '../../../core/indicators/model-766/index.js';
import { RESPONSES_PAGE } from '../../../core/indicators/page-766.js';
import type { IndicatorSnapshot, IndicatorValue } from '../../../core/indicators/schema.js';
import { sameUnit } from '../../../core/indicators/units.js';
import { codesApart } from '../../../core/watch/captures.js';
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
  /** Of the lists it lacked, those the portal refused (with their status): said apart from the groups never loaded. */
  refusedLists?: IndicatorSnapshot['refusedLists'];
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
  /**
   * Set on a table of the name's earlier code (mã đơn vị): another unit of the portal than the one the name now comes
   * with, never compared with it (core/watch/captures.ts codesApart, the watch's rule), said beside the name.
   */
  code?: string;
  /** Xã/phường set in Cài đặt. */
  own: boolean;
  /** Kinds stay apart so that a change compares like with like (a month with the month before). */
  period: SeriesPeriod;
  pageTypes: string[];
  columns: CaptureColumn[];
  /** The captures behind the columns, in their order: the rows are built from them when the table is drawn. */
  captures: StoredSnapshot[];
  /** Set by the indicator filter: the table keeps that row only. */
  only?: string;
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

/** A capture's figures that are rows (not ratio companions). */
function rowFigures(s: IndicatorSnapshot): IndicatorValue[] {
  const codes = new Set(s.indicators.map((i) => i.code));
  return s.indicators.filter((i) => !isRatioCompanion(i, s.pageType, codes));
}

/** Built once: a comparison that names its locale builds a collator each time (a province's units are sorted here). */
const VI = new Intl.Collator('vi');
const GROUP_ORDER = new Map<string, number>(GROUPS_766.map((g, i) => [g, i]));
/** A unit's tables: by year, then quarter, month, year to date, other ranges. */
const KIND_ORDER: SeriesPeriod['kind'][] = ['year', 'quarter', 'month', 'cumulative', 'range', 'unknown', 'not-begun'];

/** The table a capture belongs to: its unit and kind of period. */
const tableKey = (unit: IndicatorSnapshot['unit'], period: SeriesPeriod): string => `${unitKey(unit)}|${period.key}`;

/**
 * The order the page lists tables in: the officer's own unit first, then by name, kind of period and period; of one
 * name, the table of its current code before those of its earlier codes (apartByCode), the unit the name now is.
 */
const tableOrder = (a: UnitHistory, b: UnitHistory): number =>
  Number(b.own) - Number(a.own) || VI.compare(a.unitName, b.unitName) || KIND_ORDER.indexOf(a.period.kind) - KIND_ORDER.indexOf(b.period.kind) || a.period.key.localeCompare(b.period.key) || Number(a.code !== undefined) - Number(b.code !== undefined);

/**
 * The tables — a unit and kind of period each, its captures as columns in period order — the officer's own unit
 * first. Their rows are built by historyRows when a table is drawn: a week of a province is two hundred tables and
 * some sixty thousand figures, and the page draws twenty.
 */
export function buildUnitHistories(stored: readonly StoredSnapshot[], commune = ''): UnitHistory[] {
  const byKey = new Map<string, UnitHistory>();
  const ordered = stored.map((s) => ({ s, order: seriesOrder(s) })).sort((a, b) => a.order.localeCompare(b.order)).map(({ s }) => s);
  for (const s of ordered) {
    const period = seriesPeriod(s);
    const key = tableKey(s.unit, period);
    let history = byKey.get(key);
    if (!history) byKey.set(key, (history = { key, unitKey: unitKey(s.unit), unitName: s.unit.name, own: commune !== '' && sameUnit(s.unit.name, commune), period, pageTypes: [], columns: [], captures: [] }));
    if (!history.pageTypes.includes(s.pageType)) history.pageTypes.push(s.pageType);
    history.captures.push(s);
    history.columns.push({
      snapshotId: s.id, capturedAt: s.capturedAt, period: s.period.label, url: s.url, portal: s.portal, pageType: s.pageType, unit: s.unit,
      ...(s.missingGroups?.length ? { missingGroups: s.missingGroups } : {}),
      ...(s.refusedLists ? { refusedLists: s.refusedLists } : {}),
    });
  }
  return [...byKey.values()].flatMap(apartByCode).sort(tableOrder);
}

/** A table's captures under the name's earlier codes, each code's a table of its own. */
function apartByCode(history: UnitHistory): UnitHistory[] {
  const apart = codesApart(history.captures.map((s) => s.unit.code));
  if (apart.every((code) => code === undefined)) return [history];
  const tables = new Map<string | undefined, UnitHistory>();
  history.captures.forEach((s, i) => {
    const code = apart[i];
    let table = tables.get(code);
    if (!table) tables.set(code, (table = { ...history, key: code === undefined ? history.key : `${history.key}\u0000${code}`, ...(code === undefined ? {} : { code }), pageTypes: [], columns: [], captures: [] }));
    if (!table.pageTypes.includes(s.pageType)) table.pageTypes.push(s.pageType);
    table.captures.push(s);
    table.columns.push(history.columns[i]!);
  });
  return [...tables.values()];
}

/** A table's rows under their 766 group, each figure with its change since the row's figure before. */
export function historyRows(history: UnitHistory): RowGroup[] {
  const rows = new Map<string, HistoryRow & { group: string; last?: HistoryCell }>();
  history.captures.forEach((s, column) => {
    for (const i of rowFigures(s)) {
      if (history.only !== undefined && i.code !== history.only) continue;
      let row = rows.get(i.code);
      if (!row) rows.set(i.code, (row = { code: i.code, label: rowLabel(s, i), measure: i.unit, group: i.group ?? '', cells: [] }));
      const { value, computed, max, numerator, denominator, ratio } = i;
      const cell: HistoryCell = { value, computed, max, numerator, denominator, ratio };
      if (row.last && row.last.value !== null && value !== null) cell.delta = value - row.last.value;
      row.cells[column] = row.last = cell;
    }
  });
  const width = history.columns.length;
  const groups = new Map<string, RowGroup>();
  // Groups and rows in the order the captures give them (the portal's own order).
  for (const { group, last: _last, ...row } of rows.values()) {
    const cells = Array.from({ length: width }, (_, i) => row.cells[i]);
    const g = groups.get(group) ?? { group, title: group ? indicatorName(group, group) : '', rows: [] };
    groups.set(group, g);
    // The group's own score heads its rows.
    if (row.code === group) g.rows.unshift({ ...row, cells });
    else g.rows.push({ ...row, cells });
  }
  // Figures of no group (the total, the rank) first, then the six groups in the portal's order, then any other.
  const place = (g: RowGroup) => (g.group === '' ? -1 : (GROUP_ORDER.get(g.group) ?? GROUP_ORDER.size));
  return [...groups.values()].sort((a, b) => place(a) - place(b));
}

/** Bộ lọc: each field empty = no filter; `period` is a series period's key; `indicator` keeps only that row. */
export type HistoryFilter = { unit?: string; indicator?: string; period?: string; pageType?: string };

/** What the filters read of a table: its unit, its kind of period, the page types and row codes of its captures. */
type TableTraits = { unitKey: string; period: string; hasPageType(type: string): boolean; has(code: string): boolean };

/** Whether a table stays under the filters: each filter judges the whole table, every capture of it kept or none. */
const kept = (h: TableTraits, filter: HistoryFilter): boolean =>
  !(filter.unit && h.unitKey !== filter.unit) && !(filter.period && h.period !== filter.period) && !(filter.pageType && !h.hasPageType(filter.pageType)) && !(filter.indicator && !h.has(filter.indicator));

export function filterHistories(histories: readonly UnitHistory[], filter: HistoryFilter): UnitHistory[] {
  return histories.flatMap((h) => {
    const traits = { unitKey: h.unitKey, period: h.period.key, hasPageType: (type: string) => h.pageTypes.includes(type), has: (code: string) => h.captures.some((s) => rowFigures(s).some((i) => i.code === code)) };
    if (!kept(traits, filter)) return [];
    return filter.indicator ? [{ ...h, only: filter.indicator }] : [h];
  });
}

/**
 * The tables the filters leave, learnt from captures given a part at a time (a stored day each): the export of every
 * stored day reads them twice, never holding a year. `keeps(s)` once every part is seen: whether `s`'s table stays —
 * the same tables filterHistories leaves over all the parts at once (a table is a unit across days, so a filter of an
 * indicator or a page type keeps a day of its table that lacks them; a name's earlier code is a table of its own,
 * apartByCode's, once the codes of every part are known).
 */
export function tablesKept(filter: HistoryFilter) {
  // Per unit and kind of period, each capture with what the filters ask of it (the page type, the indicator).
  type Seen = { order: string; code: string | undefined; pageType: boolean; indicator: boolean };
  const seen = new Map<string, { unitKey: string; period: string; captures: Seen[] }>();
  let tables: Map<string, TableTraits> | undefined;
  const captureAt = (key: string, order: string, code: string | undefined) => `${key}\u0000${order}\u0000${code ?? ''}`;
  /** Each capture's table, a table's captures split by code as apartByCode splits them. */
  function split(): Map<string, TableTraits> {
    const byCapture = new Map<string, TableTraits>();
    for (const [key, { unitKey, period, captures }] of seen) {
      captures.sort((a, b) => a.order.localeCompare(b.order));
      const apart = codesApart(captures.map((c) => c.code));
      const parts = new Map<string | undefined, { pageType: boolean; indicator: boolean }>();
      captures.forEach((c, i) => {
        const part = parts.get(apart[i]) ?? { pageType: false, indicator: false };
        parts.set(apart[i], part);
        part.pageType ||= c.pageType;
        part.indicator ||= c.indicator;
        byCapture.set(captureAt(key, c.order, c.code), { unitKey, period, hasPageType: () => part.pageType, has: () => part.indicator });
      });
    }
    return byCapture;
  }
  return {
    add(snapshots: readonly IndicatorSnapshot[]): void {
      tables = undefined;
      for (const s of snapshots) {
        const period = seriesPeriod(s);
        const key = tableKey(s.unit, period);
        let table = seen.get(key);
        if (!table) seen.set(key, (table = { unitKey: unitKey(s.unit), period: period.key, captures: [] }));
        table.captures.push({ order: seriesOrder(s), code: s.unit.code, pageType: s.pageType === filter.pageType, indicator: filter.indicator !== undefined && rowFigures(s).some((i) => i.code === filter.indicator) });
      }
    },
    keeps(s: IndicatorSnapshot): boolean {
      tables ??= split();
      const t = tables.get(captureAt(tableKey(s.unit, seriesPeriod(s)), seriesOrder(s), s.unit.code));
      return t !== undefined && kept(t, filter);
    },
  };
}

/** The choices each filter offers, from what is stored. */
export function filterChoices(histories: readonly UnitHistory[]) {
  const units = new Map<string, string>();
  const indicators = new Map<string, string>();
  const periods = new Map<string, SeriesPeriod>();
  for (const h of histories) {
    units.set(h.unitKey, h.unitName);
    periods.set(h.period.key, h.period);
    for (const s of h.captures) for (const i of rowFigures(s)) if (!indicators.has(i.code)) indicators.set(i.code, rowLabel(s, i));
  }
  const byLabel = (a: { label: string }, b: { label: string }) => VI.compare(a.label, b.label);
  return {
    units: [...units].map(([value, label]) => ({ value, label })).sort(byLabel),
    indicators: [...indicators].map(([value, label]) => ({ value, label })).sort(byLabel),
    periods: [...periods.values()].sort((a, b) => a.key.localeCompare(b.key)),
    pageTypes: [...new Set(histories.flatMap((h) => h.pageTypes))].sort(VI.compare),
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
