// Nhận định về một đơn vị (one verdict per unit for a day): red / yellow now, fallen past the threshold, sliding (a run
// of small falls), entering or leaving red, new since the previous capture — computed once here from the officer's
// thresholds and read by every face (the digest and its text, the brief, the popup, the history page, `--json`), so
// no two faces count a unit two ways.
//
// The score judged is the unit's headline (its total, or the one group held) as the portal gives it: a unit below the
// red line on the portal is red, the province's share of the loss said beside it. A unit captured with some groups and
// no total is judged by each group, a group red only by the province's own figures (every unit's) not counted red —
// else every unit of a province would be red for the province's work. Such a red is another rule than the total's:
// compared only with a capture that coloured the unit by its groups too; after a capture that coloured it by its total
// it is «đỏ theo nhóm», never read as «vẫn đỏ», «vào» or «ra khỏi vùng đỏ» (a day the portal refused the ranking made
// every commune «vẫn đỏ» by its «Số hóa hồ sơ» the day after none was red).
import { definedIndicator } from '../indicators/codes.js';
import { GROUPS_766 } from '../indicators/model-766/index.js';
import { colourOf, type Colour, type Thresholds } from './thresholds.js';
import type { IndicatorSnapshot } from '../indicators/schema.js';
import { headlineMeasure, totalMeasure } from './scores.js';
import { freshDelta, type MeasureWatch, type RunGaps, type UnitWatch } from './units.js';

/** What calls for attention, in the order the digest says it. */
export type VerdictState = 'fell' | 'slid' | 'unseen' | 'into-red' | 'left-red' | 'red' | 'group-red' | 'yellow' | 'rose' | 'new' | 'no-figure';

/** A run of falls on consecutive captures (across gaps): how many falls, their total, the values oldest first. */
export interface Slide {
  falls: number;
  total: number;
  values: number[];
  /** The group that slid, as officers name it, when not the unit's headline (a total rising while one group slides). */
  group?: string;
  /** The run goes back to the first capture read: it may have begun before (a folder of the last days' export). */
  fromFirst?: true;
  /** The days inside the run it passed over (units.ts declineOf). */
  gaps?: RunGaps;
}

export interface Verdict {
  /** The colour now; undefined without a figure. */
  colour?: Colour;
  /** Coloured by its groups (no total that day): its worst group's colour, the province's share given back. */
  byGroups: boolean;
  /** Coloured by its groups after a previous capture that coloured it by its total: its colour not comparable. */
  ruleChanged: boolean;
  /** Red at the previous capture by the same rule (undefined: not comparable, or coloured by another rule then). */
  wasRed?: boolean;
  /** Fell by the day's threshold or more since the previous capture. */
  fell: boolean;
  rose: boolean;
  /** Fell on `declineDays` captures in a row or more, each fall however small. */
  slide?: Slide;
  /** Present today, absent from the previous capture (which exists). */
  new: boolean;
  /**
   * A fall of the total that the groups captured on both days do not hold: it lies in the groups not captured that
   * day (`groups`, as officers name them), said as such — never «nothing fell».
   */
  unseenFall?: { points: number; groups: string[] };
  /** A slide or a red of the previous capture in a score today's capture does not hold: not known today. */
  unseen?: Unseen;
  /**
   * Groups red by the unit's own work under a total not red at an earlier capture (`day`), not captured today: said
   * at the unit, as that red was («chưa chụp hôm nay; lần chụp 13/9/2026: đỏ»), never dropped for a quiet line.
   */
  redNotCaptured?: { day: string; groups: string[] };
  /**
   * Groups red by the unit's own work under a unit not red (a yellow total with a red «Số hóa hồ sơ»), captured today:
   * said at the unit by every face, as the digest's line says them — and carried as redNotCaptured by the next capture
   * that lacks them, never said only the morning after.
   */
  redGroups?: string[];
  /** Red now only because of the province's metrics: red on the portal, not by the unit's own work. */
  redByProvince: boolean;
  /**
   * No figure today (the portal's empty total): the previous capture's figure and colour, when it had one — a unit red
   * yesterday with no figure today is said with that red, never dropped from the reds without a word.
   */
  lastFigure?: { day: string; value: number; colour: Colour };
  /** Every state that applies, in the order of VerdictState. */
  states: VerdictState[];
}

/** What the previous capture (`day`) said of a unit that today's cannot tell: its slide, its red, and the scores lacking. */
export interface Unseen {
  day: string;
  slide?: Slide;
  red: boolean;
  /** The scores today's capture lacks of those: the total, and the groups as officers name them. */
  total: boolean;
  groups: string[];
}

/** The unit judged at the previous capture, with the province's costs of that day: what unseenOf compares with. */
export type Judged = { day: string; unit: JudgedUnit; cost: ReadonlyMap<string, number> };

const EPSILON = 1e-9;
const ORDER: readonly VerdictState[] = ['fell', 'slid', 'unseen', 'into-red', 'left-red', 'red', 'group-red', 'yellow', 'rose', 'new', 'no-figure'];

/** A unit of the day with its verdict: what the digest's lists hold and every face reads. */
export type JudgedUnit = UnitWatch & { verdict: Verdict };

/** The measures a unit is judged by: its headline, else each group (a unit is never left out for lacking a total). */
export function judged(u: UnitWatch): MeasureWatch[] {
  return u.headline ? [u.headline] : u.groups;
}

/**
 * The measures a unit's change is judged by: its headline when compared with an earlier capture, else each group
 * (a total first captured today beside groups captured before: their falls are the unit's, never unsaid).
 */
export function changedBy(u: UnitWatch): MeasureWatch[] {
  return u.headline && (u.headline.day.kind === 'change' || !u.groups.some((g) => g.day.kind === 'change')) ? [u.headline] : u.groups;
}

/** Points the province's metrics take from a measure (from province-work.ts's costs by group). */
function owedTo(m: MeasureWatch, cost: ReadonlyMap<string, number>): number {
  return m.measure.code === 'TONG_SCORE' ? [...cost.values()].reduce((a, b) => a + b, 0) : (cost.get(m.measure.code) ?? 0);
}

/** A colour of `value` for `m`; for a group judged without a total, the province's loss given back first. */
function colourAt(m: MeasureWatch, value: number, headline: boolean, cost: ReadonlyMap<string, number>, t: Thresholds): Colour {
  return colourOf(headline ? value : Math.min(m.measure.max, value + owedTo(m, cost)), m.measure.max, t);
}

/** The colour of a measure by the unit's own work: the province's loss given back (undefined without a figure). */
export function ownWorkColour(m: MeasureWatch, cost: ReadonlyMap<string, number>, t: Thresholds): Colour | undefined {
  return m.measure.value === null ? undefined : colourAt(m, m.measure.value, false, cost, t);
}

const RANK: Readonly<Record<Colour, number>> = { red: 0, yellow: 1, green: 2 };
const worst = (colours: readonly Colour[]): Colour | undefined => [...colours].sort((a, b) => RANK[a] - RANK[b])[0];

/**
 * The part of a total's fall that the groups captured today do not hold, and the groups not captured today — only when
 * each group captured today is compared with the capture the total is (a group compared further back holds other days).
 */
function unseenFallOf(u: UnitWatch): Verdict['unseenFall'] {
  const h = u.headline;
  if (!h || h.measure.code !== 'TONG_SCORE' || h.day.kind !== 'change' || h.day.delta >= 0) return undefined;
  const since = h.day.day;
  if (!u.groups.every((g) => g.day.kind === 'change' && g.day.day === since)) return undefined;
  const seen = u.groups.reduce((a, g) => a + (g.day.kind === 'change' ? g.day.delta : 0), 0);
  const unseen = Math.round((seen - h.day.delta) * 100) / 100;
  if (unseen < 0.005) return undefined;
  const codes = new Set(u.groups.map((g) => g.measure.code));
  return { points: unseen, groups: GROUPS_766.filter((c) => !codes.has(c)).map((c) => definedIndicator(c).label) };
}

/**
 * A slide or a red the previous capture said of the unit, in a score today's capture does not hold (fewer lists
 * opened): not known today, said so — never left to read as «không giảm» (a morning of two lists dropped a commune's
 * six falls in a row and a red commune without a word). A score held today says for itself.
 */
function unseenOf(u: UnitWatch, colour: Colour | undefined, before: Judged | undefined, t: Thresholds): Unseen | undefined {
  if (!before) return undefined;
  const then = before.unit;
  const held = new Set([...(u.headline ? [u.headline.measure.code] : []), ...u.groups.map((g) => g.measure.code)]);
  const fresh = lostAt(before, held, colour, t);
  // What the capture before already did not know, in scores today's capture still lacks, is not known today either,
  // told with the capture that saw it: a second morning of two lists lost a commune's six falls in a row.
  return fresh ?? stillUnseen(then.verdict.unseen, held, colour);
}

/** A slide or a red `before` judged the unit by, in a score `held` (today's scores) lacks. */
function lostAt(before: Judged, held: ReadonlySet<string>, colour: Colour | undefined, t: Thresholds): Unseen | undefined {
  const then = before.unit;
  const slide = then.verdict.slide;
  const slid = slide && (slide.group === undefined ? then.headline : then.groups.find((g) => g.measure.label === slide.group))?.measure.code;
  const reds = then.verdict.colour === 'red' ? judged(then).filter((m) => m.measure.value !== null && colourAt(m, m.measure.value, then.headline !== undefined, before.cost, t) === 'red').map((m) => m.measure.code) : [];
  const slideLost = slid !== undefined && !held.has(slid);
  const redLost = colour !== 'red' && reds.some((c) => !held.has(c));
  if (!slideLost && !redLost) return undefined;
  const lost = new Set([...(slideLost ? [slid] : []), ...(redLost ? reds.filter((c) => !held.has(c)) : [])]);
  // A total not held is told with every group not held: the lists the officer opens to know.
  const total = lost.has('TONG_SCORE');
  const groups = GROUPS_766.filter((c) => (total ? !held.has(c) : lost.has(c))).map((c) => definedIndicator(c).label);
  return { day: before.day, ...(slideLost && { slide }), red: redLost, total, groups };
}

const CODE_OF_LABEL = new Map(GROUPS_766.map((c) => [definedIndicator(c).label, c]));

/** An earlier capture's unseen slide or red, kept while today's capture still lacks its scores, its groups those still lacking. */
function stillUnseen(unseen: Unseen | undefined, held: ReadonlySet<string>, colour: Colour | undefined): Unseen | undefined {
  if (!unseen) return undefined;
  const groups = unseen.groups.filter((g) => !held.has(CODE_OF_LABEL.get(g) ?? g));
  const total = unseen.total && !held.has('TONG_SCORE');
  const slide = unseen.slide && (unseen.slide.group === undefined ? total || groups.length > 0 : groups.includes(unseen.slide.group)) ? unseen.slide : undefined;
  const red = unseen.red && colour !== 'red' && (total || groups.length > 0);
  return slide || red ? { day: unseen.day, ...(slide && { slide }), red, total, groups } : undefined;
}

/**
 * The groups `before` saw red under a unit not red (its redGroups), in scores today's capture does not hold; else those
 * the capture before it carried, still not held.
 */
function redNotCapturedOf(u: UnitWatch, before: Judged | undefined): Verdict['redNotCaptured'] {
  if (!before) return undefined;
  const then = before.unit;
  const held = new Set(u.groups.map((g) => g.measure.code));
  const red = then.verdict.redGroups?.filter((g) => !held.has(CODE_OF_LABEL.get(g) ?? g)) ?? [];
  if (red.length > 0) return { day: before.day, groups: red };
  const carried = then.verdict.redNotCaptured?.groups.filter((g) => !held.has(CODE_OF_LABEL.get(g) ?? g)) ?? [];
  return carried.length > 0 ? { day: then.verdict.redNotCaptured!.day, groups: carried } : undefined;
}

/** Whether a unit's figures of a capture colour it by its groups: it has no total there (scores.ts). */
const colouredByGroups = (s: IndicatorSnapshot): boolean => totalMeasure(s) === undefined;

/**
 * The verdict of a unit for its day; `previous`: the unit in the previous capture (undefined: absent from it),
 * `isNew`: absent from a previous capture that exists; `before`: the unit judged at the previous capture, when today's
 * capture may lack what it was judged by.
 */
export function verdictOf(u: UnitWatch, cost: ReadonlyMap<string, number>, t: Thresholds, isNew: boolean, previous?: IndicatorSnapshot, before?: Judged): Verdict {
  const headline = u.headline !== undefined;
  const byGroups = colouredByGroups(u.snapshot);
  const measures = judged(u).filter((m) => m.measure.max > 0);
  const colour = worst(measures.flatMap((m) => (m.measure.value === null ? [] : [colourAt(m, m.measure.value, headline, cost, t)])));
  const compared = measures.filter((m) => m.day.kind === 'change');
  // Like with like: a total compares with the last capture holding a total (units.ts passes the others over); a unit
  // coloured by its groups only with a previous capture that coloured it so.
  const ruleChanged = byGroups && previous !== undefined && !colouredByGroups(previous);
  const wasRed = compared.length === 0 || ruleChanged ? undefined : compared.some((m) => m.day.kind === 'change' && colourAt(m, m.day.from, headline, cost, t) === 'red');
  const changes = changedBy(u).filter((m) => m.measure.max > 0 && m.day.kind === 'change');
  // A fall is judged by what it brings new: a total's fall already told on a morning of fewer lists by its group is
  // not told again as the total's the next full morning (freshDelta, units.ts).
  const fell = changes.some((m) => m.day.kind === 'change' && freshDelta(m.day) <= -t.dayDrop + EPSILON);
  const rose = !fell && changes.some((m) => m.day.kind === 'change' && freshDelta(m.day) >= t.dayDrop - EPSILON);
  // The headline's run of falls, else a group's: a group sliding under a total that does not is said, by its name.
  const sliding = [...measures, ...(headline ? u.groups : [])].find((m) => m.decline !== undefined && m.measure.max > 0);
  const run = sliding?.decline;
  const slide = run ? { falls: run.length - 1, total: Math.round((run.at(-1)! - run[0]!) * 100) / 100, values: run, ...(sliding !== u.headline && { group: sliding!.measure.label }), ...(sliding!.declineFromFirst && { fromFirst: true as const }), ...(sliding!.declineGaps && { gaps: sliding!.declineGaps }) } : undefined;
  const ownRed = headline && colour === 'red' && measures.every((m) => ownWorkColour(m, cost, t) !== 'red');
  const unseenFall = unseenFallOf(u);
  const unseen = unseenOf(u, colour, before, t);
  const redNotCaptured = redNotCapturedOf(u, before);
  const redGroups = colour === 'red' ? [] : u.groups.filter((g) => ownWorkColour(g, cost, t) === 'red').map((g) => g.measure.label);
  const states = new Set<VerdictState>();
  if (fell) states.add('fell');
  if (slide) states.add('slid');
  if (unseen) states.add('unseen');
  if (colour === 'red' && wasRed === false) states.add('into-red');
  if (colour !== 'red' && colour !== undefined && wasRed === true) states.add('left-red');
  if (colour === 'red') states.add(ruleChanged ? 'group-red' : 'red');
  if (colour === 'yellow') states.add('yellow');
  if (rose) states.add('rose');
  if (isNew) states.add('new');
  // No colour: the portal gave no figure for what the capture holds of the unit — counted and named, never left out.
  if (colour === undefined) states.add('no-figure');
  const last = colour === undefined && u.headline?.day.kind === 'no-data' && previous ? headlineMeasure(previous) : undefined;
  const lastFigure = last && last.value !== null && last.max > 0 ? { day: u.headline!.day.day, value: last.value, colour: colourOf(last.value, last.max, t) } : undefined;
  return {
    ...(colour ? { colour } : {}),
    byGroups,
    ruleChanged,
    ...(wasRed !== undefined ? { wasRed } : {}),
    fell,
    rose,
    ...(slide ? { slide } : {}),
    new: isNew,
    ...(unseenFall ? { unseenFall } : {}),
    ...(unseen ? { unseen } : {}),
    ...(redNotCaptured ? { redNotCaptured } : {}),
    ...(redGroups.length > 0 ? { redGroups } : {}),
    redByProvince: ownRed,
    ...(lastFigure ? { lastFigure } : {}),
    states: ORDER.filter((s) => states.has(s)),
  };
}

/*
Made for: issue 58 item 2 — «each unit's state for a day — red / yellow / fell / slid / left red / new — computed once
in core from the thresholds the officer set and read by the digest, the brief, the popup, the history page and
--json»; item 3 — a slide counted by capture, each fall however small.
*/
