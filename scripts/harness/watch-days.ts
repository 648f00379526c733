// Days of a province with every group (the stand-in province of province-766.ts, DOMAIN §6 field lists), each day's
// answers a little different from the day before: every unit's group scores move by a small amount that depends on
// the unit and the day, some units sit in the red, one in seven falls by more than half a point on a day. Shared by
// the watch's tests (a brief with every group) and the bench (a year of daily captures).
import { captureResponses, type SeenResponse } from '../../core/indicators/responses/index.js';
import type { Capture } from '../../core/watch/captures.js';
import { addDays } from '../../core/watch/data-day.js';
import { API, provinceView } from './province-766.js';

export const WATCH_ENDPOINTS = ['transparency', 'handling-satisfaction', 'dossier-digitized', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree'] as const;

function requestOf(endpoint: string, year: number) {
  const root = { rootDepartmentId: 'p', currentPage: 1, pageSize: 200 };
  return endpoint === 'handling-satisfaction' ? { fromDate: `${year}-01-01`, toDate: `${year}-12-31`, ...root } : { timeType: 'year', year, ...root };
}

/** A unit's score on day `d`: lower for one unit in eleven (the red ones), down 0,6 on one day in seven. */
function moved(score: number, unit: number, d: number, max: number): number {
  const red = unit % 11 === 5 ? 0.4 : 1;
  const wobble = (((unit * 7 + d * 3) % 9) - 4) * 0.001 * max;
  const fall = (unit + d) % 7 === 0 ? -0.6 : 0;
  return Math.round(Math.max(0, Math.min(max, score * red + wobble + fall)) * 100) / 100;
}

type Row = Record<string, unknown>;

/** The answers of one day (0-based) for a province of `units`, the year's view. */
export function provinceDay(day: number, units: number, year = 2026): SeenResponse[] {
  return WATCH_ENDPOINTS.map((endpoint, seq) => {
    const request = requestOf(endpoint, year);
    const body = structuredClone(provinceView(endpoint, request, units)) as { data: { evaluation?: Row[]; children?: Row[] } };
    const rows = body.data.evaluation ?? body.data.children ?? [];
    rows.forEach((r, i) => {
      for (const [field, maxField] of [['totalScore', 'totalMaxScore'], ['score', 'maxScore']] as const) {
        if (typeof r[field] === 'number') r[field] = moved(r[field] as number, i, day, Number(r[maxField] ?? 20));
      }
    });
    return { url: API + endpoint, request, body, seq };
  });
}

/** When day `d` (from `first`) was captured: 04:10 in Vietnam the next morning. */
export function capturedOn(first: string, d: number): string {
  return new Date(`${addDays(first, d + 1)}T04:10:00+07:00`).toISOString();
}

/**
 * `days` daily captures of a province of `units`, the first of data day `first`: the first day's answers read as the
 * extension reads them, each later day those snapshots with every score moved as `provinceDay` moves it (reading a
 * year of answers would take minutes; what is measured is what is kept and compared).
 */
export function provinceCaptures(days: number, units: number, first = '2026-01-01'): Capture[] {
  const read = captureResponses(provinceDay(0, units, Number(first.slice(0, 4))), { capturedAt: capturedOn(first, 0) });
  if (!read.ok) throw new Error(read.error.message);
  return Array.from({ length: days }, (_, d) => {
    const capturedAt = capturedOn(first, d);
    return {
      capturedAt,
      snapshots: read.snapshots.map((s, unit) => ({
        ...s,
        capturedAt,
        contentHash: `${s.contentHash}-${d}`,
        indicators: s.indicators.map((i) => (i.unit === 'points' && typeof i.value === 'number' && i.max ? { ...i, value: moved(i.value, unit, d, i.max) } : i)),
      })),
    };
  });
}
