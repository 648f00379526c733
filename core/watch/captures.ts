// Lần chụp theo ngày (captures by data day): what the officer saved, each save with its time, arranged as the days
// of one period — per day, per unit, the latest figures of that day. Days without a capture stay gaps; a unit
// missing from a day's capture is missing that day, never given the figures of another.
import { GROUPS_766 } from '../indicators/model-766/index.js';
import type { IndicatorSnapshot, Period } from '../indicators/schema.js';
import { withDays } from '../indicators/period.js';
import { unitKey } from '../indicators/units.js';
import { RANKING_LIST } from '../indicators/view-766.js';
import { normalizeLabel } from '../text.js';
import { dataDay, notBegunLabel, unreadPeriodLabel } from './data-day.js';
import type { ProcedureCapture } from '../indicators/procedures.js';

/** One save: the units' figures as the page showed them at `capturedAt`, and the procedures filtered then. */
export interface Capture {
  capturedAt: string;
  snapshots: readonly IndicatorSnapshot[];
  procedures?: readonly ProcedureCapture[];
}

/** A data day of the series: each unit's latest figures of that day. */
export interface WatchDay {
  day: string;
  /** The latest capture of the day. */
  capturedAt: string;
  /**
   * Earlier captures of the day whose groups or total the latest lacks and are kept from them (laterOver), their times:
   * said where the day is read, never a morning told as partial when a whole capture of it is stored.
   */
  filledFrom?: string[];
  units: ReadonlyMap<string, IndicatorSnapshot>;
  procedures: readonly ProcedureCapture[];
  /**
   * The first capture of its period, captures of another period read before it (a month's figures from the 1st): a run
   * of falls or a score passed over stops here — nothing of this period lies before it, reading further back finds none.
   */
  periodBegins?: true;
}

export interface WatchSeries {
  period: Period;
  /** Oldest first; only days with a capture of this period. */
  days: WatchDay[];
  /**
   * The data days holding captures of other periods (not compared with this one), oldest first, with those periods'
   * labels: a day holding only those is a captured day, never said as one without a capture (on 1/10, a month's first,
   * «Bản tin» read «Không có lần chụp ngày 24/9/2026» of a morning captured whole, its figures September's).
   */
  otherDays: { day: string; periods: string[] }[];
}

/**
 * The period a figure compares within: yearly and monthly figures add up over their period, so two days compare
 * only in the same period (DOMAIN §10); a year-to-date range is one series whatever day it ends.
 */
export function periodKey(period: Period): string {
  // A month an earlier version saved without its days is the month of the captures that carry them.
  const p = withDays(period);
  if (p.kind === 'range' && p.from && p.to && (p.cumulative ?? p.from.endsWith('-01-01'))) return `luy-ke|${p.to.slice(0, 4)}`;
  return p.from && p.to ? `${p.kind}|${p.from}|${p.to}` : `${p.kind}|${normalizeLabel(p.label)}`;
}

/**
 * The period a snapshot of data day `day` is compared within: its own (periodKey); one not read (a response saved
 * without its request) only within the calendar month of its data day, named so (unreadPeriodLabel) — no month,
 * quarter or year begins inside a month, and across one a month's or a quarter's figures begin again: `thidua watch`
 * over bodies saved on 31/10 and 1/11 said «giảm 1,28 so với hôm trước; vì hồ sơ giải quyết đúng hạn giảm 342 (353 →
 * 11)» of a commune whose November had begun.
 */
export function seriesOf(p: Period, day: string): { key: string; period: Period } {
  if (notBegun(p, day)) return { key: `chua-sang-ky|${periodKey(p)}|${day}`, period: { ...p, label: notBegunLabel(p.label, day) } };
  if (p.kind !== 'unknown') return { key: periodKey(p), period: p };
  return { key: `unknown|${normalizeLabel(p.label)}|${day.slice(0, 7)}`, period: { ...p, label: unreadPeriodLabel(day) } };
}

/**
 * Whether a capture's figures are of a data day before its period begins: asked for «Tháng 11/2026» on 1/11 while the
 * portal still gave 31/10's figures (its data day), they are no day of November — perhaps October's last, perhaps
 * not, the portal does not say — so compared with neither month (seriesOf: a series of its own, said as such by every
 * face); `thidua watch` compared 1/11 with it as November's first day.
 */
export const notBegun = (p: Period, day: string | undefined): boolean => {
  const from = periodBegins(p);
  return from !== undefined && day !== undefined && /^\d{4}-\d\d-\d\d$/.test(day) && day < from;
};

/**
 * The first day of a period, the one it names where it carries none (withDays): a «Tháng 11/2026» saved by an earlier
 * version without its days, of data day 31/10, was filed as November's, its first day not known to be 1/11.
 */
export const periodBegins = (p: Period): string | undefined => withDays(p).from;

const SCORED: ReadonlySet<string> = new Set([...GROUPS_766, 'DVCTT', 'TONG_SCORE']);

/** A snapshot the watch can read: it carries a score of the index (a group's or the total). */
export function hasScore(s: IndicatorSnapshot): boolean {
  return s.indicators.some((i) => SCORED.has(i.code) && i.unit === 'points');
}

/** The key one unit is known by across days: its name as officers read it (worked out once a name, within bounds). */
export function watchKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 20_000) keys.clear();
    keys.set(name, (key = unitKey(name, { keepProvince: true })));
  }
  return key;
}
const keys = new Map<string, string>();

/**
 * The captures of one period arranged by data day: the period asked for (by its label), else the period of the
 * latest capture. Within a day a later capture of a unit replaces an earlier one; the same figures captured again add
 * nothing (the first capture is when they were seen).
 */
export function watchSeries(captures: readonly Capture[], opts: { period?: string } = {}): WatchSeries | undefined {
  const scored = scoredCaptures(captures);
  if (scored.length === 0) return undefined;
  const wanted = opts.period ? normalizeLabel(opts.period) : undefined;
  const last = scored.at(-1)!;
  // Asked by the name the watch gives its series, «Kỳ không rõ (ngày số liệu tháng 11/2026)» too.
  const chosen = wanted ? seriesIn(scored).find((of) => normalizeLabel(of.period.label) === wanted) : seriesOf(last.snapshots.at(-1)!.period, last.day);
  if (!chosen) return undefined;
  const { key } = chosen;
  const days = new Map<string, { day: string; capturedAt: string; units: Map<string, IndicatorSnapshot>; procedures: ProcedureCapture[]; filledFrom?: string[] }>();
  const elsewhere = new Map<string, Set<string>>();
  const seen = new Map<string, Set<string>>();
  for (const c of scored) {
    if (repeats(c, seen)) continue;
    for (const s of c.snapshots) {
      const of = seriesOf(s.period, c.day);
      if (of.key !== key) {
        elsewhere.set(c.day, (elsewhere.get(c.day) ?? new Set()).add(of.period.label));
        continue;
      }
      let d = days.get(c.day);
      if (!d) days.set(c.day, (d = { day: c.day, capturedAt: c.capturedAt, units: new Map(), procedures: [] }));
      d.capturedAt = c.capturedAt;
      const known = watchKey(s.unit.name);
      const had = d.units.get(known);
      // The unit's figures seen again: still seen when first seen, as the extension's store keeps them.
      if (had && captureKey(had) === captureKey(s)) continue;
      const kept = had && had.capturedAt !== s.capturedAt ? laterOver(had, s) : undefined;
      d.units.set(known, kept ?? s);
      if (kept && !(d.filledFrom ??= []).includes(had!.capturedAt)) d.filledFrom.push(had!.capturedAt);
    }
    const d = days.get(c.day);
    // Within a day a later capture of a procedure replaces an earlier one, as a unit's does: a file and its forwarded
    // copy name the procedure once.
    for (const p of (c.procedures ?? []).filter((p) => p.snapshots.some((s) => seriesOf(s.period, c.day).key === key))) {
      if (!d) continue;
      const at = d.procedures.findIndex((q) => q.procedure.id === p.procedure.id);
      if (at >= 0) d.procedures[at] = p;
      else d.procedures.push(p);
    }
  }
  const ordered = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  apartByCode(ordered);
  const otherDays = [...elsewhere].sort(([a], [b]) => a.localeCompare(b)).map(([day, periods]) => ({ day, periods: [...periods] }));
  const first: WatchDay | undefined = ordered[0];
  const begins = first && otherDays.some((o) => o.day < first.day) ? [{ ...first, periodBegins: true as const }] : [];
  return { period: chosen.period, days: [...begins, ...ordered.slice(begins.length)], otherDays };
}

/** The captures the watch reads (a data day, a score), oldest first, each with its data day. */
function scoredCaptures(captures: readonly Capture[]): (Capture & { day: string })[] {
  return captures
    .map((c) => ({ ...c, snapshots: c.snapshots.filter(hasScore), day: dataDay(c.capturedAt) }))
    .filter((c): c is typeof c & { day: string } => c.day !== undefined && c.snapshots.length > 0)
    .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
}

/** Every series of the captures (seriesOf), once each, in the order their first capture was taken. */
function seriesIn(scored: readonly (Capture & { day: string })[]): { key: string; period: Period }[] {
  const all = new Map<string, { key: string; period: Period }>();
  for (const c of scored) for (const s of c.snapshots) {
    const of = seriesOf(s.period, c.day);
    if (!all.has(of.key)) all.set(of.key, of);
  }
  return [...all.values()];
}

/**
 * The periods the captures can be watched in, by the names `watchSeries` is asked them by (`thidua watch --period`):
 * said when the period asked is not among them.
 */
export const watchPeriods = (captures: readonly Capture[]): string[] => [...new Set(seriesIn(scoredCaptures(captures)).map((of) => of.period.label))];

/**
 * A unit's figures under another code (mã đơn vị) than its name had before, both read, are another unit of the portal
 * under that name (a commune of 2025's reorganisation taking the name of one it merged): the earlier days keep theirs
 * apart, under the old code, never compared with the new — `thidua watch` said «UBND xã Xuân Lũng … giảm 8,09 so với
 * hôm trước» of a commune whose code changed from H44.105 to H44.905 overnight. The days oldest first.
 */
function apartByCode(days: readonly { units: Map<string, IndicatorSnapshot> }[]): void {
  const held = new Map<string, number[]>();
  for (const [i, d] of days.entries()) for (const key of d.units.keys()) held.set(key, [...(held.get(key) ?? []), i]);
  for (const [key, at] of held) {
    const apart = codesApart(at.map((i) => days[i]!.units.get(key)!.unit.code));
    at.forEach((i, n) => {
      const code = apart[n];
      if (code === undefined) return;
      const old = days[i]!.units.get(key)!;
      days[i]!.units.delete(key);
      days[i]!.units.set(`${key}\u0000${code}`, old);
    });
  }
}

/**
 * Of one name's figures oldest first (their codes, undefined where not read), the code each earlier one stands apart
 * under when the name later comes with another code (undefined: in the series of the latest) — the watch's days and
 * the extension's history tables alike.
 */
export function codesApart(codes: readonly (string | undefined)[]): (string | undefined)[] {
  const apart: (string | undefined)[] = codes.map(() => undefined);
  let was: string | undefined;
  let from = 0;
  for (const [i, code] of codes.entries()) {
    if (code === undefined) continue;
    if (was !== undefined && code !== was) {
      for (let j = from; j < i; j++) apart[j] = codes[j] ?? was;
      from = i;
    }
    was = code;
  }
  return apart;
}

/**
 * When two snapshots are the same capture, kept once: the same data day, page, period, unit (its name as officers read
 * it) and content. Another day's capture of unchanged figures is that day's observation, kept, so an unchanged day is
 * no gap. The one rule of the watch's days and of the extension's store (its key) and preview («đã lưu»).
 */
export function captureKey(s: Pick<IndicatorSnapshot, 'capturedAt' | 'pageType' | 'period' | 'unit' | 'contentHash'>): string {
  return [dataDay(s.capturedAt) ?? '', s.pageType, periodKey(s.period), watchKey(s.unit.name), s.contentHash].join('|');
}

/**
 * Whether a capture repeats what its data day already holds (each of its units' figures seen that day, no procedure):
 * it adds nothing, the day stays dated by the capture that first held them — as the extension's store keeps a morning
 * saved again (4/11 captured whole at 04:10 and again at 15:00: the store, «Bản tin» and the export said 04:10,
 * `thidua watch` over the two files 15:00). `seen` (by data day) takes the capture's units.
 */
function repeats(c: Capture & { day: string }, seen: Map<string, Set<string>>): boolean {
  let held = seen.get(c.day);
  if (!held) seen.set(c.day, (held = new Set()));
  const keys = c.snapshots.map(captureKey);
  const repeat = !c.procedures?.length && keys.every((k) => held.has(k));
  for (const k of keys) held.add(k);
  return repeat;
}

/** The figures an indicator is compared by: two captures of one data day agree when these do. */
const figuresOf = (i: IndicatorSnapshot['indicators'][number]) => `${i.value}|${i.numerator}|${i.denominator}`;

/**
 * A unit's later snapshot of a day over its earlier one, when the later lacks indicators the earlier holds (a morning
 * captured whole at 04:10, then again at 09:00 with two lists, was told as a morning of two lists — «chưa đủ nhóm»,
 * «đỏ theo nhóm», falls «chưa biết hôm nay» — though the whole capture of that data day was stored): the later's
 * figures, and those only the earlier holds kept, for the portal gives one data day's figures all day. Only when the
 * figures both hold agree: figures that moved between them make the earlier's total another day's, and the later
 * stands alone. Undefined when nothing is kept.
 */
function laterOver(earlier: IndicatorSnapshot, later: IndicatorSnapshot): IndicatorSnapshot | undefined {
  const held = new Map(later.indicators.map((i) => [i.code, i]));
  const only = earlier.indicators.filter((i) => !held.has(i.code));
  if (only.length === 0) return undefined;
  if (earlier.indicators.some((i) => held.has(i.code) && figuresOf(held.get(i.code)!) !== figuresOf(i))) return undefined;
  // A group is missing only when neither capture held it.
  const missing = later.missingGroups?.filter((g) => earlier.missingGroups?.includes(g));
  const indicators = [...later.indicators, ...only];
  const { missingGroups: _missing, refusedLists: _refused, ...rest } = later;
  return { ...rest, unit: { ...earlier.unit, ...later.unit }, indicators, ...(missing && missing.length > 0 ? { missingGroups: missing } : {}), ...stillRefused(later, missing ?? [], indicators) };
}

/**
 * Of the lists the later capture's portal refused, those still lacking once the earlier's are kept (a group neither
 * holds; the ranking when no total is kept): a list an earlier capture of the day gave is not said as refused that day.
 */
function stillRefused(later: IndicatorSnapshot, missing: readonly string[], indicators: IndicatorSnapshot['indicators']): Pick<IndicatorSnapshot, 'refusedLists'> {
  if (!later.refusedLists) return {};
  const noTotal = !indicators.some((i) => i.code === 'TONG_SCORE');
  const refused = later.refusedLists.filter((r) => missing.includes(r.list) || (noTotal && r.list === RANKING_LIST));
  return missing.length > 0 || refused.length > 0 ? { refusedLists: refused } : {};
}

/**
 * Capture times that sources (files) give different figures for: the times, each with the sources that disagree.
 * The same figures saved twice (a file and its copy) are no conflict.
 */
export function conflictingTimes(sources: readonly { name: string; captures: readonly Capture[] }[]): { at: string; names: string[] }[] {
  const byTime = new Map<string, Map<string, string>>();
  for (const { name, captures } of sources) {
    for (const c of captures) {
      const figures = JSON.stringify(
        c.snapshots.map((s) => [watchKey(s.unit.name), periodKey(s.period), s.indicators]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      const seen = byTime.get(c.capturedAt) ?? new Map<string, string>();
      seen.set(name, (seen.get(name) ?? '') + figures);
      byTime.set(c.capturedAt, seen);
    }
  }
  return [...byTime]
    .filter(([, seen]) => new Set(seen.values()).size > 1)
    .map(([at, seen]) => ({ at, names: [...seen.keys()] }));
}

/*
Made for: issue 39 items 2 and 7 — the extension's stored captures and a folder of saved ones read the same way:
by data day, like with like (one period), gaps kept as gaps, a capture repeated kept once by one key (captureKey, the
store's too); issue 48 item 3 — two captures of one time with
different figures are found, so neither is chosen silently.
*/
