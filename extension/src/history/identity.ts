// Which captures make one series (a unit's figures over one kind of period), and where a capture sits in it: shared by
// the preview and the history. When two captures are the same capture is the watch's rule (core/watch/captures.ts,
// captureKey), which the store keeps.
import { isYearToDate, withDays } from '../../../core/indicators/period.js';
import type { IndicatorSnapshot, Period } from '../../../core/indicators/schema.js';
import { unitKey as unitNameKey } from '../../../core/indicators/units.js';
import { normalizeLabel } from '../../../core/text.js';
import { notBegun, seriesOf } from '../../../core/watch/captures.js';
import { dataDay } from '../../../core/watch/data-day.js';

/** Names and period labels repeat across every capture of a history: normalise each text once. */
function memo(normalize: (text: string) => string): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let key = seen.get(text);
    if (key === undefined) seen.set(text, (key = normalize(text)));
    return key;
  };
}
const unitNameKeyOnce = memo(unitNameKey);
/** The period label without diacritics or case ("Quý II năm 2025" = "quý ii năm 2025"). */
const periodKey = memo(normalizeLabel);

/**
 * One unit across pages, by name as officers read it ("UBND xã Ta Ma" = "Xã Ta Ma"). Not the code
 * (mã định danh): the national ranking shows none while provincial tables do.
 */
export function unitKey(unit: IndicatorSnapshot['unit']): string {
  return unitNameKeyOnce(unit.name);
}

/**
 * Which captures a figure is compared with (the series it belongs to): the same kind of period — month with month,
 * quarter with quarter, year with year — and a cumulative range (01/01 → a day of one year) as one line whatever
 * its end. Another range only with itself; a period not read only within the month of its data day, and a period asked
 * before it began with nothing, as the watch compares them (core/watch/captures.ts seriesOf): the page drew 31/10 and
 * a new month's 1/11 as one line and its fall.
 */
export type SeriesPeriod = {
  key: string;
  kind: 'cumulative' | 'year' | 'quarter' | 'month' | 'range' | 'unknown' | 'not-begun';
  year?: number;
  /** The watch's name of the series (core/watch/captures.ts seriesOf). */
  label: string;
  /** `not-begun`: the period the page named. */
  asked?: string;
  /** `not-begun`: the data day before it began; `unknown`: a data day of its month. */
  day?: string;
};

export function seriesPeriod({ period, capturedAt }: Pick<IndicatorSnapshot, 'period' | 'capturedAt'>): SeriesPeriod {
  // A period an earlier version saved without its days, with the days it names, as the watch reads it (periodKey).
  const p = withDays(period);
  const day = dataDay(capturedAt);
  // A period asked before it began (the portal not yet turned over) is no day of it, compared with none.
  if (notBegun(p, day)) {
    const of = seriesOf(p, day!);
    return { key: of.key, kind: 'not-begun', label: of.period.label, asked: p.label, day: day! };
  }
  if (p.kind === 'unknown') {
    const of = seriesOf(p, day ?? '');
    return { key: of.key, kind: 'unknown', label: of.period.label, ...(day && { day }) };
  }
  if (isCumulative(p)) return { key: `cumulative|${p.to!.slice(0, 4)}`, kind: 'cumulative', year: Number(p.to!.slice(0, 4)), label: p.label };
  const kind = p.kind === 'range' ? calendarKind(p.from, p.to) : p.kind;
  if (kind === 'year' || kind === 'quarter' || kind === 'month') return { key: kind, kind, label: p.label };
  return { key: `${p.kind}|${periodKey(p.label)}`, kind: 'range', label: p.label };
}

/** A range that is exactly one calendar month or quarter ("01/09/2026 – 30/09/2026") compares as that kind. */
function calendarKind(from: string | undefined, to: string | undefined): Period['kind'] {
  if (!from || !to || !from.endsWith('-01') || from.slice(0, 4) !== to.slice(0, 4)) return 'range';
  const first = Number(from.slice(5, 7));
  const last = Number(to.slice(5, 7));
  const lastDay = new Date(Date.UTC(Number(to.slice(0, 4)), last, 0)).getUTCDate();
  if (Number(to.slice(8, 10)) !== lastDay) return 'range';
  if (first === last) return 'month';
  return last - first === 2 && first % 3 === 1 ? 'quarter' : 'range';
}

/** Older captures carry no `cumulative`: a range from 1 January of its year is. */
function isCumulative(p: Period): boolean {
  return p.kind === 'range' && p.from !== undefined && p.to !== undefined && (p.cumulative ?? isYearToDate(p.from, p.to));
}

/** Where a capture sits in its series: the period's last day, then when it was captured. */
export function seriesOrder(s: Pick<IndicatorSnapshot, 'period' | 'capturedAt'>): string {
  return `${periodEnd(s.period)}|${s.capturedAt}`;
}

function periodEnd(period: Period): string {
  const p = withDays(period);
  if (p.to) return p.to;
  const pad = (n: number) => String(n).padStart(2, '0');
  // Captures saved before periods carried their last day.
  if (p.year === undefined) return '';
  if (p.kind === 'month' && p.month) return `${p.year}-${pad(p.month)}-31`;
  if (p.kind === 'quarter' && p.quarter) return `${p.year}-${pad(p.quarter * 3)}-31`;
  return `${p.year}-12-31`;
}

/* Made for: the history and the preview comparing like with like: which captures make one series (month with month, a cumulative range as one line) and where a capture sits in it. */
