// Bản tin (the digest): the latest data day of the officer's province or commune — each unit against the day before
// and the week before, communes and provincial agencies apart and ranked within their own level (and within their
// emulation cluster when a cluster list is given), the officer's own unit first, and for leaders the few units that
// need attention: at most 3 agencies and 10 communes. Plain data; digest-text.ts words it, the brief prints it.
import { sameUnit } from '../indicators/units.js';
import { addDays } from './data-day.js';
import type { Capture, WatchSeries } from './captures.js';
import { watchKey, watchSeries } from './captures.js';
import { competitionRank, rankInClusters, type ClusterList } from './clusters.js';
import { LEVELS, type UnitLevel } from './level.js';
import { dragsOf } from './drags.js';
import { procedureName } from '../indicators/procedures.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';
import { watchUnit, type MeasureWatch, type UnitWatch } from './units.js';

export interface DigestOptions {
  thresholds?: Thresholds;
  /** The officer's own unit (a commune, an agency or the province), matched as officers read names. */
  own?: string;
  clusters?: ClusterList;
  /** The period to read, by its label («Năm 2026»); the latest captured when omitted. */
  period?: string;
  /** The leaders' part: at most this many agencies and communes. */
  leaders?: { agencies: number; communes: number };
}

export interface LevelStanding {
  level: UnitLevel;
  title: string;
  /** Every unit of the level on the day, best first (units without a headline score last). */
  units: UnitWatch[];
  /** The units leaders are told about: those needing attention first, then the largest moves. */
  leaders: UnitWatch[];
  /** Units that rose by the daily threshold or more since the day before, most first. */
  risers: UnitWatch[];
}

export interface ClusterStanding {
  cluster: string;
  /** Members present that day, best first, with their place in the cluster. */
  units: UnitWatch[];
}

export interface Digest {
  /** The province (or the unit) the figures are of. */
  scope: string;
  /** The province's own row, ranked among the provinces of the national list when the view held it. */
  province?: UnitWatch;
  period: string;
  day: string;
  capturedAt: string;
  yesterday: { day: string; captured: boolean };
  lastWeek: { day: string; captured: boolean };
  /** Days from a week before to the day with no capture of this period. */
  gaps: string[];
  /** The groups the day's capture lacked (a partial view). */
  missingGroups: string[];
  otherPeriods: string[];
  own?: UnitWatch;
  levels: LevelStanding[];
  clusters: ClusterStanding[];
  /** Present on the day, absent from the day before's capture (which exists): «chưa đủ số liệu để so sánh». */
  newSinceYesterday: UnitWatch[];
  /** In the day before's capture, not in the day's. */
  missingToday: string[];
  /** The procedures the page was filtered by that day (their names as the officer reads them). */
  procedures: string[];
  /** For the officer's unit, the procedures pulling one of its metrics down: «Tiến độ giải quyết: «…»: 34/281 …». */
  ownPulledBy: string[];
  thresholds: Thresholds;
}

const LEADERS = { agencies: 3, communes: 10 };

/** How much a unit needs attention (lower first): red, a daily fall, a run of falls, a rate fall, yellow. */
export function attention(u: UnitWatch, t: Thresholds): number {
  const h = u.headline;
  const measures = [h, ...u.groups].filter((m): m is MeasureWatch => m !== undefined);
  if (h?.colour === 'red') return 0;
  if (measures.some((m) => fell(m, t))) return 1;
  if (measures.some((m) => m.decline)) return 2;
  if (u.rateDrops.length > 0) return 3;
  if (measures.some((m) => m.colour === 'red')) return 4;
  if (h?.colour === 'yellow') return 5;
  return 9;
}

/** Fell by the daily threshold or more since the day before. */
export function fell(m: MeasureWatch, t: Thresholds): boolean {
  return m.day.kind === 'change' && m.day.delta <= -t.dayDrop + 1e-9;
}

export function rose(m: MeasureWatch, t: Thresholds): boolean {
  return m.day.kind === 'change' && m.day.delta >= t.dayDrop - 1e-9;
}

/** The size of the day's move of a unit's headline (0 when not comparable). */
function move(u: UnitWatch): number {
  return u.headline?.day.kind === 'change' ? Math.abs(u.headline.day.delta) : 0;
}

/**
 * The province the units belong to, among the provinces of the day (the page's view also holds the national list):
 * the one whose code heads the units' codes (H44 for H44.123), else whose name the units carry after « - Tỉnh …»,
 * else the only one.
 */
function provinceOf(units: readonly UnitWatch[]): UnitWatch | undefined {
  const provinces = units.filter((u) => u.level === 'province');
  if (provinces.length <= 1) return provinces[0];
  const members = units.filter((u) => u.level === 'provincial-agency' || u.level === 'commune');
  const count = (p: UnitWatch) => {
    const code = p.snapshot.unit.code;
    const key = watchKey(p.name);
    return members.filter((m) => (code && m.snapshot.unit.code?.startsWith(`${code}.`)) || watchKey(m.name).endsWith(` - ${key.replace(/^(tinh|thanh pho|ubnd tinh|ubnd thanh pho) /, '')}`)).length;
  };
  const best = [...provinces].sort((a, b) => count(b) - count(a))[0]!;
  return count(best) > 0 ? best : undefined;
}

export function buildDigest(series: WatchSeries, opts: DigestOptions = {}): Digest {
  const t = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const caps = opts.leaders ?? LEADERS;
  const days = new Map(series.days.map((d) => [d.day, d]));
  const today = series.days.at(-1)!;
  const units = [...today.units.values()].map((s) => watchUnit(days, today.day, s, opts.own !== undefined && opts.own !== '' && sameUnit(s.unit.name, opts.own), t));

  const levels: LevelStanding[] = LEVELS.flatMap(({ level, title }) => {
    const members = units.filter((u) => u.level === level);
    if (members.length === 0) return [];
    const ranked = competitionRank(members, (u) => u.headline?.measure.value ?? undefined);
    for (const p of ranked) p.item.place = { rank: p.rank, of: p.of, tied: p.tied };
    const ordered = [...ranked.map((p) => p.item), ...members.filter((u) => u.place === undefined)];
    const cap = level === 'commune' ? caps.communes : level === 'provincial-agency' ? caps.agencies : 0;
    const needing = ordered
      .map((u, i) => ({ u, i, a: attention(u, t) }))
      .filter((x) => x.a < 9)
      .sort((a, b) => a.a - b.a || move(b.u) - move(a.u) || b.i - a.i)
      .map((x) => x.u);
    const movers = ordered.filter((u) => !needing.includes(u) && move(u) > 0).sort((a, b) => move(b) - move(a));
    return [{
      level,
      title,
      units: ordered,
      leaders: [...needing, ...movers].slice(0, cap),
      risers: ordered.filter((u) => u.headline && rose(u.headline, t)).sort((a, b) => move(b) - move(a)),
    }];
  });

  const clusters: ClusterStanding[] = opts.clusters
    ? rankInClusters(opts.clusters, today.day, units, (u) => u.name, (u) => u.headline?.measure.value ?? undefined).map(({ cluster, placed }) => {
        for (const p of placed) p.item.cluster = { name: cluster, rank: p.rank, of: p.of, tied: p.tied };
        return { cluster, units: placed.map((p) => p.item) };
      })
    : [];

  const yesterday = addDays(today.day, -1);
  const lastWeek = addDays(today.day, -7);
  const before = days.get(yesterday);
  const own = units.find((u) => u.own);
  const province = provinceOf(units);
  const firstDay = series.days[0]!.day;
  return {
    scope: province?.name ?? own?.name ?? units[0]?.name ?? '',
    ...(province ? { province } : {}),
    period: series.period.label,
    day: today.day,
    capturedAt: today.capturedAt,
    yesterday: { day: yesterday, captured: days.has(yesterday) },
    lastWeek: { day: lastWeek, captured: days.has(lastWeek) },
    // Only since the first day captured: before it there is no history to miss.
    gaps: Array.from({ length: 7 }, (_, i) => addDays(lastWeek, i)).filter((d) => d >= firstDay && !days.has(d)),
    missingGroups: [...new Set([...today.units.values()].flatMap((s) => s.missingGroups ?? []))],
    otherPeriods: series.otherPeriods,
    ...(own ? { own } : {}),
    levels,
    clusters,
    newSinceYesterday: before ? units.filter((u) => !before.units.has(u.key)) : [],
    missingToday: before ? [...before.units].filter(([k]) => !today.units.has(k)).map(([, s]) => s.unit.name) : [],
    procedures: today.procedures.map((p) => procedureName(p.procedure)),
    ownPulledBy: own ? dragsOf(own.snapshot, before?.units.get(own.key), today.procedures).flatMap((d) => d.procedures.map((p) => `${d.label}: ${p}`)) : [],
    thresholds: t,
  };
}

/**
 * Of stored data days (oldest first), those a digest reads: the week before the last (every day of it, to tell a gap
 * from a capture), and as far back as a run of falls counts — a year stored costs it no more than a week.
 */
export function digestWindow(days: readonly string[], t: Thresholds): string[] {
  const last = days.at(-1);
  if (!last) return [];
  const from = addDays(last, -Math.max(7, t.declineDays));
  return days.filter((d) => d >= from);
}

/** The digest of saved captures (the extension's store, a folder of saved files): undefined when none is scored. */
export function digestOf(captures: readonly Capture[], opts: DigestOptions = {}): Digest | undefined {
  const series = watchSeries(captures, opts.period ? { period: opts.period } : {});
  return series && buildDigest(series, opts);
}

/*
Made for: issue 39 item 2 — the digest of the officer's province or commune, shared by the extension («Bản tin»)
and `thidua watch`.
*/
