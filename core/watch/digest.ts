// Bản tin (the digest): the latest data day of the officer's province or commune — each unit against the previous
// capture (whatever the gap) and the week before, communes and provincial agencies apart and ranked within their own
// level (and within their emulation cluster when a cluster list is given), the officer's own unit first; then, per
// level, the news in its order: every unit fallen past the threshold (largest first), those entering or leaving red,
// the rises, and the units still red; the province's own metrics apart. Plain data; digest-text.ts words it.
import { sameUnit } from '../indicators/units.js';
import type { IndicatorSnapshot, RefusedListStatus } from '../indicators/schema.js';
import { addDays, daysBetween } from './data-day.js';
import type { Capture, WatchDay, WatchSeries } from './captures.js';
import { notBegun, periodBegins, watchKey, watchSeries } from './captures.js';
import { clusterDoubts, competitionRank, rankInClusters, type ClusterList } from './clusters.js';
import { LEVELS, type UnitLevel } from './level.js';
import { dragsOf } from './drags.js';
import { procedureName } from '../indicators/procedures.js';
import { provinceCost, provinceMetrics, type ProvinceMetric } from './province-work.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';
import { capturesBefore, freshDelta, olderCaptures, watchUnit, type DayIndex, type UnitWatch } from './units.js';
import { totalMeasure } from './scores.js';
import { totalMismatches, type TotalMismatch } from './total-sum.js';
import { redCountWords, shortName, unseenFallWords, type RedCountKind } from './words.js';
import { changedBy, verdictOf, type JudgedUnit, type VerdictState } from './verdict.js';

export interface DigestOptions {
  thresholds?: Thresholds;
  /** The officer's own unit (a commune, an agency or the province), matched as officers read names. */
  own?: string;
  clusters?: ClusterList;
  /** The period to read, by its label («Năm 2026»); the latest captured when omitted. */
  period?: string;
  /**
   * The first data day the captures hold, when fewer are read (the extension's store, read a window at a time): a day
   * before it was never captured by them; one after it, not read, may be. The first day read, of any period, when omitted.
   */
  firstStored?: string;
}

export interface LevelStanding {
  level: UnitLevel;
  title: string;
  /** Every unit of the level on the day, best first (units without a headline score last), each with its verdict. */
  units: JudgedUnit[];
  /** Units fallen by the threshold or more since the previous capture, the largest fall first: every one. */
  fallers: JudgedUnit[];
  /** Units falling on `declineDays` captures in a row (each fall however small) that did not fall past the threshold. */
  sliders: JudgedUnit[];
  /** Units red now and not at the previous capture, and the other way. */
  intoRed: JudgedUnit[];
  outOfRed: JudgedUnit[];
  /** Units risen by the threshold or more since the previous capture, most first. */
  risers: JudgedUnit[];
  /** Units whose slide or red at the previous capture lies in a score today's capture does not hold. */
  unseen: JudgedUnit[];
  /** Units red at both captures (fallen or not). */
  stillRed: JudgedUnit[];
  /** Units red with nothing to compare with (new since the previous capture, or no previous figure). */
  redUncompared: JudgedUnit[];
  /** Units without a total that day whose worst group is red: another rule than the total's, listed apart (verdict.ts). */
  redByGroups: JudgedUnit[];
  /** Units the portal gives no figure that day: in no colour's count and no rank, named with their last figure. */
  noFigure: JudgedUnit[];
}

export interface ClusterStanding {
  cluster: string;
  /** Members present that day, best first, with their place in the cluster. */
  units: JudgedUnit[];
}

export interface Digest {
  /** The province (or the unit) the figures are of. */
  scope: string;
  /** The province's own row, ranked among the provinces of the national list when the view held it. */
  province?: JudgedUnit;
  period: string;
  day: string;
  capturedAt: string;
  /** The capture compared with (the latest before the day, whatever the gap) and how many days before it is. */
  previous?: { day: string; daysBefore: number };
  /**
   * Without a previous capture of this period, the latest capture before the day of another period (a month's first
   * day after the last of the month before): said as such, never «no capture before» when one is stored.
   */
  previousOther?: { day: string; periods: string[] };
  /** The period was not read (responses saved without their request): compared only within a month of data days (captures.ts). */
  periodUnread?: true;
  /** The period asked begins after the day (captures.ts notBegun): the period as the page named it, and its first day. */
  periodNotBegun?: { asked: string; from: string };
  /** The day a week before, and whether it was captured (LastWeek). */
  lastWeek: LastWeek;
  /** Days from a week before to the day with no capture of this period. */
  gaps: string[];
  /** The first data day read: a run of falls going back to it may have begun before (runsFromFirstWords). */
  firstDay: string;
  /** Earlier captures of the day whose lists the latest lacked, kept (captures.ts): their times. */
  filledFrom: string[];
  /** The groups the day's capture lacked (a partial view). */
  missingGroups: string[];
  /**
   * The lists the portal refused that day, with their status (the rest of missingGroups the page did not load);
   * undefined when a capture lacking lists was saved before refusals were kept (which is which not known).
   */
  refusedLists?: RefusedListStatus[];
  /** Of those, the groups whose score some unit still has, from the «Tổng điểm» list (without their metrics). */
  groupsFromTotal: string[];
  /** Other periods captured in the week to the day (or by the capture before it), not compared (captures.ts). */
  otherPeriods: string[];
  own?: JudgedUnit;
  levels: LevelStanding[];
  clusters: ClusterStanding[];
  /** Units placed in two clusters or more on the day, each with the clusters and their dates (clusters.ts). */
  clusterDoubts: string[];
  /** The metrics no unit can move (the province's figures everywhere): said once, never among a unit's drags. */
  provinceWork: ProvinceMetric[];
  /** Present on the day, absent from the previous capture (which exists): «chưa đủ số liệu để so sánh». */
  newSincePrevious: JudgedUnit[];
  /** In the previous capture, not in the day's (units renamed apart). */
  missingToday: string[];
  /**
   * Units the portal renamed since the previous capture: gone under one name, present under another with the same code
   * (mã đơn vị) — said as renamed, never as a unit gone from the lists beside a new one (a commune renamed on 16/9 read
   * «Không có trong lần chụp ngày 16/9/2026: UBND xã Bình Phú» and «Chưa đủ số liệu để so sánh …: UBND xã Tân Bình»).
   */
  renamed: Renamed[];
  /**
   * Units whose captured total is not their captured groups added up that day (total-sum.ts), every level's: said by
   * every face, neither figure replaced.
   */
  totalMismatches: TotalMismatch[];
  /** The procedures the page was filtered by that day (their names as the officer reads them). */
  procedures: string[];
  /** For the officer's unit, the procedures pulling one of its metrics down: «Tiến độ giải quyết: «…»: 34/281 …». */
  ownPulledBy: string[];
  thresholds: Thresholds;
}

/**
 * The day a week before; `beforeFirst`: it lies before the first capture the captures hold (that capture's day) — not
 * read, never said as a day without a capture (an export of the days shown left out a day the store holds);
 * `otherPeriods`: captured, of those periods only — not comparable, never said as a day without a capture either.
 */
export type LastWeek = { day: string; captured: boolean; beforeFirst?: string; otherPeriods?: string[] };

/** A unit renamed on the portal: its name at the previous capture, its name on the day, and the code both carry. */
export interface Renamed {
  from: string;
  to: string;
  code: string;
}

/**
 * The levels whose news the digest says and the brief counts: the province's agencies and communes (the province, the
 * country have a line of their own); a capture of the national list alone holds neither, and its provinces are the
 * news (provincesOnly) — else «Bản tin» said not a word of a province fallen 2 points, and the popup nothing at all.
 */
export function newsLevels(d: Pick<Digest, 'levels'>): LevelStanding[] {
  const own = d.levels.filter((l) => l.level === 'provincial-agency' || l.level === 'commune');
  return own.length > 0 ? own : d.levels.filter((l) => l.level === 'province');
}

/** The provinces' level when the capture holds the national list and no province's own units (every face says so). */
export function provincesOnly(d: Pick<Digest, 'levels'>): LevelStanding | undefined {
  const news = newsLevels(d);
  return news.length === 1 && news[0]!.level === 'province' ? news[0] : undefined;
}

/**
 * A level's red units as its lists hold them — red at both captures, entering red, red with nothing to compare, red by
 * its groups on a day without its total: the one count of red the digest says, the brief counts and lists.
 */
export function redOf(l: LevelStanding): JudgedUnit[] {
  return [...l.stillRed, ...l.intoRed, ...l.redUncompared, ...l.redByGroups];
}

/** A level's units of one red count, by one rule, with its words (redCountWords). */
export interface RedCount {
  kind: RedCountKind;
  /** Coloured by the groups captured (no total that day). */
  byGroups: boolean;
  words: string;
  units: JudgedUnit[];
}

/**
 * A level's reds and changes of band as every face counts and says them — entering red, leaving it, still red, red
 * with nothing to compare, red by its groups the morning after its total — each kind apart by the rule that coloured
 * its units, by the total first: the digest's heading and lists, the brief's standing, the popup and `--json` read it.
 */
export function redCounts(l: LevelStanding): RedCount[] {
  const lists: [RedCountKind, JudgedUnit[]][] = [['into-red', l.intoRed], ['left-red', l.outOfRed], ['still-red', l.stillRed], ['red-uncompared', l.redUncompared], ['red-by-groups', l.redByGroups]];
  return lists.flatMap(([kind, units]) =>
    [false, true].flatMap((byGroups) => {
      const of = units.filter((u) => u.verdict.byGroups === byGroups);
      return of.length > 0 ? [{ kind, byGroups, words: redCountWords(kind, byGroups), units: of }] : [];
    }),
  );
}

/**
 * The unit's change since the previous capture: its headline's, else its groups' added up (0 when not comparable) —
 * less what captures of fewer lists passed over already showed (freshDelta): the one change every face sorts and says.
 */
export function changeOf(u: UnitWatch): number {
  return changedBy(u).reduce((a, m) => a + (m.day.kind === 'change' ? freshDelta(m.day) : 0), 0);
}

/**
 * The province the units belong to, among the provinces of the day (the page's view also holds the national list):
 * the one whose code heads the units' codes (H44 for H44.123), else whose name the units carry after « - Tỉnh …»,
 * else the only one.
 */
function provinceOf<U extends UnitWatch>(units: readonly U[]): U | undefined {
  const provinces = units.filter((u) => u.level === 'province');
  if (provinces.length <= 1) return provinces[0];
  // Members are counted by what they carry (every code prefix, every name after « - »), never compared with every
  // province: linear in the units, however many provinces share a code or a name (a backup of 20,000 provinces took
  // minutes compared pairwise). A member matching a province by code and by name counts once.
  const nameKey = (p: UnitWatch) => watchKey(p.name).replace(/^(tinh|thanh pho|ubnd tinh|ubnd thanh pho) /, '');
  const byCode = new Map<string, number>();
  const byName = new Map<string, number>();
  const byBoth = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => void map.set(key, (map.get(key) ?? 0) + 1);
  for (const m of units) {
    if (m.level !== 'provincial-agency' && m.level !== 'commune') continue;
    const code = m.snapshot.unit.code ?? '';
    const codes = new Set<string>();
    for (let dot = code.indexOf('.'); dot > 0; dot = code.indexOf('.', dot + 1)) codes.add(code.slice(0, dot));
    const key = watchKey(m.name);
    const names = new Set<string>();
    for (let at = key.indexOf(' - '); at >= 0; at = key.indexOf(' - ', at + 1)) names.add(key.slice(at + 3));
    for (const c of codes) bump(byCode, c);
    for (const n of names) bump(byName, n);
    for (const c of codes) for (const n of names) bump(byBoth, `${c}\u0000${n}`);
  }
  const count = (p: UnitWatch) => {
    const code = p.snapshot.unit.code;
    const name = nameKey(p);
    return (code ? (byCode.get(code) ?? 0) - (byBoth.get(`${code}\u0000${name}`) ?? 0) : 0) + (byName.get(name) ?? 0);
  };
  let best = provinces[0]!;
  let most = count(best);
  for (const p of provinces) {
    const c = count(p);
    if (c > most) [best, most] = [p, c];
  }
  return most > 0 ? best : undefined;
}

/**
 * The units of `day` with their verdicts, against the capture before it; `before`: that capture's units judged, for a
 * slide or a red in a score the day's capture does not hold.
 */
function judgeDay(days: DayIndex, day: WatchDay, opts: DigestOptions, t: Thresholds, before?: { day: string; units: ReadonlyMap<string, JudgedUnit>; cost: ReadonlyMap<string, number> }) {
  const units = [...day.units].map(([key, s]) => watchUnit(days, day.day, key, s, opts.own !== undefined && opts.own !== '' && sameUnit(s.unit.name, opts.own), t));
  const provinceWork = provinceMetrics(day.units.values());
  const cost = provinceCost(provinceWork);
  const previousDay = capturesBefore(days, day.day)[0];
  const previous = previousDay === undefined ? undefined : days.get(previousDay);
  // One verdict per unit, from the thresholds: every list below, and every face, reads it.
  const judged: JudgedUnit[] = units.map((u) => {
    const then = before?.units.get(u.key);
    const verdict = verdictOf(u, cost, t, previous !== undefined && !previous.units.has(u.key), previous?.units.get(u.key), then && { day: before!.day, unit: then, cost: before!.cost });
    // A slide of the capture before, told when today's capture lacks its score, is read as far back as today's own —
    // only when told: else a run of partial mornings would read the whole store back for nothing it says.
    if (then?.readsBack && verdict.unseen?.slide) u.readsBack = true;
    return Object.assign(u, { verdict });
  });
  return { judged, provinceWork, cost, previousDay, previous };
}

/**
 * The lists the portal refused on a day, each once; undefined when a snapshot lacking groups does not say (saved
 * before refusals were kept): its missing groups may be refused or never loaded, said as neither.
 */
function refusedOf(snapshots: readonly IndicatorSnapshot[]): RefusedListStatus[] | undefined {
  if (snapshots.some((s) => (s.missingGroups?.length ?? 0) > 0 && !s.refusedLists)) return undefined;
  const all = snapshots.flatMap((s) => s.refusedLists ?? []);
  return all.filter((r, i) => all.findIndex((o) => o.list === r.list && o.status === r.status) === i);
}

/** Whether a day's capture lacks lists (fewer groups opened, or a list refused): some unit without its total. */
const isPartial = (day: WatchDay): boolean => [...day.units.values()].some((s) => (s.missingGroups?.length ?? 0) > 0 || totalMeasure(s) === undefined);

/**
 * The units of the capture before a day of fewer lists, judged — themselves against the capture before them when it
 * too lacked lists, so a slide or a red seen before a run of such mornings is carried through it (verdict.ts).
 */
function judgedBefore(days: DayIndex, day: WatchDay, opts: DigestOptions, t: Thresholds): Parameters<typeof judgeDay>[4] {
  const lastDay = capturesBefore(days, day.day)[0];
  if (!isPartial(day) || lastDay === undefined) return undefined;
  const last = days.get(lastDay)!;
  const earlier = judgeDay(days, last, opts, t, judgedBefore(days, last, opts, t));
  return { day: lastDay, units: new Map(earlier.judged.map((u) => [u.key, u])), cost: earlier.cost };
}

export function buildDigest(series: WatchSeries, opts: DigestOptions = {}): Digest {
  const t = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const days = new Map(series.days.map((d) => [d.day, d]));
  const today = series.days.at(-1)!;
  const { judged: judgedUnits, provinceWork, previousDay, previous: before } = judgeDay(days, today, opts, t, judgedBefore(days, today, opts, t));
  const units = judgedUnits;
  const levels: LevelStanding[] = LEVELS.flatMap(({ level, title }) => {
    const members = judgedUnits.filter((u) => u.level === level);
    if (members.length === 0) return [];
    const ranked = competitionRank(members, (u) => u.headline?.measure.value ?? undefined);
    const placed = new Set(ranked.map((p) => p.item));
    // A level of one unit (the province of its own view, without the national list) ranks nothing: never «thứ 1/1».
    if (members.length > 1) for (const p of ranked) p.item.place = { rank: p.rank, of: p.of, among: p.among, tied: p.tied };
    const ordered = [...placed, ...members.filter((u) => !placed.has(u))];
    const has = (state: VerdictState) => ordered.filter((u) => u.verdict.states.includes(state));
    const red = has('red');
    return [{
      level,
      title,
      units: ordered,
      fallers: has('fell').sort((a, b) => changeOf(a) - changeOf(b)),
      sliders: has('slid').filter((u) => !u.verdict.fell),
      intoRed: has('into-red'),
      outOfRed: has('left-red'),
      unseen: has('unseen'),
      risers: has('rose').sort((a, b) => changeOf(b) - changeOf(a)),
      stillRed: red.filter((u) => u.verdict.wasRed === true),
      redUncompared: red.filter((u) => u.verdict.wasRed === undefined),
      redByGroups: has('group-red'),
      noFigure: has('no-figure'),
    }];
  });

  const clusters: ClusterStanding[] = opts.clusters
    ? rankInClusters(opts.clusters, today.day, judgedUnits, (u) => u.name, (u) => u.headline?.measure.value ?? undefined).map(({ cluster, placed }) => {
        for (const p of placed) p.item.cluster = { name: cluster, rank: p.rank, of: p.of, among: p.among, tied: p.tied };
        return { cluster, units: placed.map((p) => p.item) };
      })
    : [];

  const lastWeek = addDays(today.day, -7);
  for (const u of levels.flatMap((l) => l.fallers)) {
    // A fall the groups captured do not hold is said where it lies, never left without a cause.
    const cause = dragsOf(u.snapshot, before?.units.get(u.key), [], provinceWork, olderCaptures(days, today.day, u.key)).find((d) => d.cause)?.cause ?? (u.verdict.unseenFall && unseenFallWords(u.verdict.unseenFall));
    if (cause) u.cause = cause;
  }
  const own = judgedUnits.find((u) => u.own);
  const province = provinceOf(judgedUnits);
  const missingGroups = [...new Set([...today.units.values()].flatMap((s) => s.missingGroups ?? []))];
  const refusedLists = refusedOf([...today.units.values()]);
  const firstDay = series.days[0]!.day;
  const elsewhere = series.otherDays;
  const lastWeekElsewhere = days.has(lastWeek) ? undefined : elsewhere.find((o) => o.day === lastWeek)?.periods;
  // The first capture read, of any period: `thidua watch` over an export holding 9/9 (September's) then 14/10 said 13/10
  // lay «ở trước lần chụp đầu tiên đọc được (14/10/2026)» where «Bản tin» said, as the store holds, no capture that day.
  const firstRead = opts.firstStored ?? (elsewhere[0] && elsewhere[0].day < firstDay ? elsewhere[0].day : firstDay);
  const previousOther = previousDay === undefined ? elsewhere.filter((o) => o.day < today.day).at(-1) : undefined;
  const gone = before ? [...before.units].filter(([k]) => !today.units.has(k)).map(([, s]) => s.unit) : [];
  const fresh = judgedUnits.filter((u) => u.verdict.new);
  const renamed = gone.flatMap((g) => {
    const to = g.code === undefined ? undefined : fresh.find((u) => u.snapshot.unit.code === g.code);
    return to ? [{ from: g.name, to: to.name, code: g.code! }] : [];
  });
  return {
    scope: province?.name ?? own?.name ?? units[0]?.name ?? '',
    ...(province ? { province } : {}),
    period: series.period.label,
    day: today.day,
    capturedAt: today.capturedAt,
    ...(previousDay !== undefined ? { previous: { day: previousDay, daysBefore: daysBetween(previousDay, today.day) } } : {}),
    ...(previousOther ? { previousOther } : {}),
    ...(series.period.kind === 'unknown' && { periodUnread: true as const }),
    ...(notBegun(series.period, today.day) && { periodNotBegun: { asked: today.units.values().next().value!.period.label, from: periodBegins(series.period)! } }),
    lastWeek: { day: lastWeek, captured: days.has(lastWeek), ...(lastWeekElsewhere ? { otherPeriods: lastWeekElsewhere } : lastWeek < firstRead && { beforeFirst: firstRead }) },
    // Only since the first day captured: before it there is no history to miss.
    gaps: Array.from({ length: 7 }, (_, i) => addDays(lastWeek, i)).filter((d) => d >= firstDay && !days.has(d)),
    firstDay,
    filledFrom: today.filledFrom ?? [],
    missingGroups,
    ...(refusedLists ? { refusedLists } : {}),
    groupsFromTotal: missingGroups.filter((g) => judgedUnits.some((u) => u.groups.some((m) => m.measure.label === g))),
    // Those of the week read and of the capture before it, which every face reads (the extension a window of its store,
    // `thidua watch` every file): «Bản tin» named September on 3/11 from the command line, not from the extension.
    otherPeriods: [...new Set([...elsewhere.filter((o) => o.day >= lastWeek && o.day <= today.day), ...(previousOther ? [previousOther] : [])].flatMap((o) => o.periods))],
    ...(own ? { own } : {}),
    levels,
    clusters,
    clusterDoubts: opts.clusters ? clusterDoubts(opts.clusters, today.day, units.map((u) => u.name)) : [],
    provinceWork,
    newSincePrevious: fresh,
    // One gone under its old code, another under its name today (captures.ts apartByCode): named with the code.
    missingToday: gone.filter((g) => !renamed.some((r) => r.from === g.name)).map((g) => (g.code !== undefined && today.units.has(watchKey(g.name)) ? `${shortName(g.name)} (mã ${g.code})` : g.name)),
    renamed,
    totalMismatches: totalMismatches(today.units.values()),
    procedures: today.procedures.map((p) => procedureName(p.procedure)),
    ownPulledBy: own ? dragsOf(own.snapshot, before?.units.get(own.key), today.procedures, provinceWork, olderCaptures(days, today.day, own.key)).flatMap((d) => d.procedures.map((p) => `${d.label}: ${p}`)) : [],
    thresholds: t,
  };
}

/**
 * Of stored data days (oldest first), those a digest reads first: the week before the last (every day of it, to tell a
 * gap from a capture), and as many captures back as a run of falls counts — a year stored costs it no more than a week.
 */
export function digestWindow(days: readonly string[], t: Thresholds): string[] {
  const last = days.at(-1);
  if (!last) return [];
  // The week, and the captures a run of falls is counted over (the previous capture however far back).
  const byCapture = days[Math.max(0, days.length - 1 - t.declineDays)]!;
  const from = [addDays(last, -7), byCapture].sort()[0]!;
  return days.filter((d) => d >= from);
}

/**
 * The digest of stored days (oldest first) read by `read`: from digestWindow, then twice as many days back each time a
 * unit's run of falls, or a score passed over to the capture holding it, reaches the first day read — so it says what
 * the digest of every stored day says (`thidua watch` over the same captures: a run of six falls was told as four,
 * cut at the week read), at the cost of the days it needs.
 */
export async function digestReadingBack(days: readonly string[], read: (days: readonly string[]) => Promise<readonly Capture[]>, opts: DigestOptions = {}): Promise<{ digest: Digest; series: WatchSeries } | undefined> {
  let from = days.length - digestWindow(days, opts.thresholds ?? DEFAULT_THRESHOLDS).length;
  for (;;) {
    const series = watchSeries(await read(days.slice(from)), opts.period ? { period: opts.period } : {});
    if (!series) return undefined;
    const digest = buildDigest(series, { ...opts, ...(days[0] !== undefined && { firstStored: days[0] }) });
    if (from === 0 || !digest.levels.some((l) => l.units.some((u) => u.readsBack))) return { digest, series };
    from = Math.max(0, from - (days.length - from));
  }
}

/** The digest of saved captures (the extension's store, a folder of saved files): undefined when none is scored. */
export function digestOf(captures: readonly Capture[], opts: DigestOptions = {}): Digest | undefined {
  const series = watchSeries(captures, opts.period ? { period: opts.period } : {});
  return series && buildDigest(series, opts);
}

/*
Made for: issue 39 item 2 — the digest of the officer's province or commune, shared by the extension («Bản tin»)
and `thidua watch`; issue 47 items 2 and 3 — the news in its order, against the previous capture, the province's
work apart.
*/
