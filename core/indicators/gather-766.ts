// Hỏi đủ các nhóm (gather every group): the requests one click on the 766 page makes so that a capture holds every
// evaluation list of the province the officer is looking at — the six groups of the 766 model (the digitisation
// group's metrics come in its own list) and `service-results` with the province's id (every unit's total at once,
// DOMAIN §12). Built only from what the page itself was seen to send: its address, its province's id, its period
// and page size — satisfaction asked by fromDate/toDate, the others by timeType (DOMAIN §6). Pure: the extension
// sends them, one at a time.
import { MODEL_766 } from './model-766/index.js';
import { periodDays } from './period.js';
import { procedureOf } from './responses/formalities.js';
import { isObject, periodOfRequest } from './responses/shared.js';
import type { Period } from './schema.js';
import { listTitle } from './view-766.js';

/** At most this many requests per click: the six groups and the province's totals are seven. */
export const GATHER_MAX = 7;

/** Between two requests: the portal is asked no faster than an officer clicking through the groups. */
export const GATHER_PAUSE_MS = 1500;

/** A request the page sent (answered or on its way). */
export interface SentRequest {
  url: string;
  request?: unknown;
}

/** One request to send: its address, its body, and the list it asks for in the officer's words. */
export interface PlannedRequest {
  endpoint: string;
  url: string;
  body: Record<string, unknown>;
  title: string;
}

export type GatherPlan = { ok: true; period: string; requests: PlannedRequest[] } | { ok: false; message: string };

const TOTALS = 'service-results';
/** The page's lists: the six groups in the portal's order, then every unit's total. */
const ENDPOINTS = [...MODEL_766.map((g) => g.endpoint), TOTALS];
const SATISFACTION = 'handling-satisfaction';
const EVALUATION = /^(https:\/\/[^/]+\/api\/v1\/reporting\/evaluation\/)([a-z0-9-]+)\/?$/i;
const PERIOD_KEYS = ['timeType', 'year', 'quarter', 'month', 'fromDate', 'toDate'];

/** The period as the satisfaction list asks it and as the others do: the same first and last day. */
function periodBodies(p: Period): { dated: Record<string, unknown>; timed: Record<string, unknown> } | undefined {
  if (!p.from || !p.to) return undefined;
  const dated = { fromDate: p.from, toDate: p.to };
  if (p.kind === 'year') return { dated, timed: { timeType: 'year', year: p.year } };
  if (p.kind === 'quarter') return { dated, timed: { timeType: 'quarter', year: p.year, quarter: p.quarter } };
  if (p.kind === 'month') return { dated, timed: { timeType: 'month', year: p.year, month: p.month } };
  return undefined;
}

const viewKey = (request: unknown) => {
  const p = periodOfRequest(request);
  const root = isObject(request) && typeof request.rootDepartmentId === 'string' ? request.rootDepartmentId : '';
  return p ? `${periodDays(p)}|${root}` : undefined;
};

/**
 * The lists of the province and period the page asked for last that the page has not asked for itself (answered or on
 * its way: never asked twice): at most `max`,
 * in the portal's order. Refused (with why, in Vietnamese) when the page has not yet asked for a province's list.
 */
export function planGather(sent: readonly SentRequest[], max = GATHER_MAX): GatherPlan {
  const own = sent.filter((s) => procedureOf(s.request) === undefined);
  const provincial = own.findLast((s) => EVALUATION.test(s.url) && isObject(s.request) && typeof s.request.rootDepartmentId === 'string');
  if (!provincial || !isObject(provincial.request)) {
    return { ok: false, message: 'Trang chưa hỏi số liệu của tỉnh nào: chọn tỉnh (hoặc xã) và kỳ trên trang đánh giá, chờ trang tải xong rồi bấm «Ghi nhận chỉ số» lại.' };
  }
  const period = periodOfRequest(provincial.request);
  const bodies = period && periodBodies(period);
  if (!period || !bodies) {
    return { ok: false, message: `Trang đang xem kỳ «${period?.label ?? 'không rõ'}», không phải một năm, quý hay tháng: chỉ ghi nhận được các nhóm trang đã tải. Chọn năm, quý hoặc tháng trên trang để hỏi đủ các nhóm.` };
  }
  const [, base] = EVALUATION.exec(provincial.url)!;
  const rest = Object.fromEntries(Object.entries(provincial.request).filter(([k]) => !PERIOD_KEYS.includes(k)));
  const key = viewKey(provincial.request);
  const had = new Set(own.filter((s) => viewKey(s.request) === key).map((s) => EVALUATION.exec(s.url)?.[2]));
  const requests = ENDPOINTS.filter((e) => !had.has(e)).slice(0, max).map((endpoint) => ({
    endpoint,
    url: `${base}${endpoint}`,
    body: { ...(endpoint === SATISFACTION ? bodies.dated : bodies.timed), ...rest },
    title: endpoint === TOTALS ? 'Tổng điểm của mọi đơn vị' : listTitle(endpoint),
  }));
  return { ok: true, period: period.label, requests };
}

/* Made for: «Ghi nhận chỉ số» on the 766 page gathering every group of the officer's province in one click (issue 58 item 1): the page's own requests, nothing else asked. */
