// Màn hình đang xem (the view): what the 766 page shows at one moment is the responses of one period and one
// province — whatever form the period was asked in (satisfaction by fromDate/toDate, the others by timeType:
// compared by their first and last day). The newest request sent decides the view (a period switch wins even when
// a response of the old period arrives late); requests sent and not answered are the groups still on the way.
import type { ViewGroups } from './capture.js';
import { definedIndicator } from './codes.js';
import { MODEL_766 } from './model-766/index.js';
import { periodDays } from './period.js';
import type { Period } from './schema.js';
import { isObject, periodOfRequest } from './responses/shared.js';

/** The six groups in the portal's order, each with its endpoint. */
export const GROUP_ENDPOINTS: readonly (readonly [group: string, endpoint: string])[] = MODEL_766.map((g) => [g.code, g.endpoint]);
const GROUP_OF = new Map(GROUP_ENDPOINTS.map(([g, e]) => [e, g]));
/** The national list holds every group's score of every province. */
const NATIONAL = 'service-results';

/** A request the page sent: answered (with its body) or still on its way. `seq` orders the sending. */
export interface Sent<T> {
  endpoint: string;
  request?: unknown;
  seq: number;
  item: T;
}

export interface View<T> {
  period: Period;
  /** The answered requests of the view. */
  answered: Sent<T>[];
  groups: ViewGroups;
  /** Whether a request belongs to the view: its period and province (the national list: its period). */
  holds(s: { endpoint: string; request?: unknown }): boolean;
}

function keyOf(request: unknown): { days: string; root: string; period: Period | undefined } {
  const r = isObject(request) ? request : {};
  const period = periodOfRequest(r);
  return { period, days: period ? periodDays(period) : '', root: typeof r.rootDepartmentId === 'string' ? r.rootDepartmentId : '' };
}

/**
 * The view of the newest request sent: its period; the province of the newest provincial request of that period.
 * The national list of the same period belongs to it (it gives the province's national rank).
 */
export function currentView<T>(answered: readonly Sent<T>[], waiting: readonly Sent<unknown>[]): View<T> | undefined {
  const all = [...answered, ...waiting];
  if (all.length === 0) return undefined;
  const newest = all.reduce((a, b) => (b.seq >= a.seq ? b : a));
  const { days } = keyOf(newest.request);
  const sameDays = all.filter((s) => keyOf(s.request).days === days);
  const provincial = sameDays.filter((s) => s.endpoint !== NATIONAL).reduce<Sent<unknown> | undefined>((a, b) => (!a || b.seq >= a.seq ? b : a), undefined);
  const root = provincial ? keyOf(provincial.request).root : '';
  const inView = (s: { endpoint: string; request?: unknown }) => {
    const k = keyOf(s.request);
    return k.days === days && (s.endpoint === NATIONAL || k.root === root);
  };
  const mine = answered.filter(inView);
  const pending = waiting.filter(inView);
  const period = [...mine, ...pending].map((s) => keyOf(s.request).period).find((p) => p !== undefined && p.kind !== 'range')
    ?? keyOf(newest.request).period
    ?? { kind: 'unknown', label: '' };
  const title = (g: string) => definedIndicator(g).label;
  const held = new Set(mine.flatMap((s) => (s.endpoint === NATIONAL && !provincial ? GROUP_ENDPOINTS.map(([g]) => g) : GROUP_OF.has(s.endpoint) ? [GROUP_OF.get(s.endpoint)!] : [])));
  const onTheWay = new Set(pending.flatMap((s) => (GROUP_OF.has(s.endpoint) ? [GROUP_OF.get(s.endpoint)!] : [])));
  const groups: ViewGroups = {
    period: period.label,
    held: GROUP_ENDPOINTS.filter(([g]) => held.has(g) && !onTheWay.has(g)).map(([g]) => title(g)),
    waiting: GROUP_ENDPOINTS.filter(([g]) => onTheWay.has(g)).map(([g]) => title(g)),
    // A province's view (the request names it) without a group the page never asked for is not whole either.
    missing: root !== '' ? GROUP_ENDPOINTS.filter(([g]) => !held.has(g) && !onTheWay.has(g)).map(([g]) => title(g)) : [],
  };
  return { period, answered: mine, groups, holds: inView };
}

/** The group an endpoint's list ranks by (its title), or «Tổng điểm» for the national list. */
export function listTitle(endpoint: string): string {
  return definedIndicator(GROUP_OF.get(endpoint) ?? 'TONG_SCORE').label;
}

/**
 * A list as the officer is told it was asked for or refused, on every face (the popup's asking, a capture's notes, `thidua
 * capture` of a HAR): a group by its title, the ranking «Tổng điểm của mọi đơn vị» («Tổng điểm» alone reads as one
 * unit's score).
 */
export function askedListTitle(endpoint: string): string {
  return endpoint === NATIONAL ? 'Tổng điểm của mọi đơn vị' : listTitle(endpoint);
}

/** The ranking as a refused list is named (a snapshot's refusedLists). */
export const RANKING_LIST = askedListTitle(NATIONAL);

/*
Made for: the 766 page's views (DOMAIN §6 «one view, one period»: satisfaction asked by fromDate/toDate, the others
by timeType), a period switch while a response of the old one is on its way, and a group still loading at the click.
*/
