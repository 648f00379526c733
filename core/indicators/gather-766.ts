// Hỏi đủ các nhóm (gather every group): the requests one click on the 766 page makes so that a capture holds every
// evaluation list of the province the officer is looking at — the six groups of the 766 model (the digitisation
// group's metrics come in its own list) and `service-results` with the province's id (every unit's total at once,
// DOMAIN §12). Built only from what the page itself was seen to send: its address, its province's id, its period
// and page size — satisfaction asked by fromDate/toDate, the others by timeType (DOMAIN §6) — and, once a list's first
// page is answered, from what the answer says: its further pages. Pure: the extension sends them, one at a time.
import { MODEL_766 } from './model-766/index.js';
import { periodDays } from './period.js';
import { procedureOf } from './responses/formalities.js';
import { isObject, pageInfo, pageOf, pageSizeOf, periodOfRequest } from './responses/shared.js';
import type { Period } from './schema.js';
import { askedListTitle } from './view-766.js';

/**
 * At most this many requests per click: the six groups and the province's totals are seven, and a province of more
 * units than a page holds needs their further pages (two pages of 100 for each of the seven: fourteen).
 */
export const GATHER_MAX = 16;

/** A list's pages asked for at most (10,000 units: MAX_VIEW_UNITS), whatever its answer says it has. */
const MAX_LIST_PAGES = 100;

/** Between two requests: the portal is asked no faster than an officer clicking through the groups. */
export const GATHER_PAUSE_MS = 1500;

/** A request the page sent (answered or on its way), and once answered, the answer's body. */
export interface SentRequest {
  url: string;
  request?: unknown;
  body?: unknown;
}

/** One request to send: its address, its body, and the list (and page, after the first) it asks for in the officer's words. */
export interface PlannedRequest {
  endpoint: string;
  url: string;
  body: Record<string, unknown>;
  title: string;
}

/** `cut`: the lists (in the officer's words) with pages left to ask that this click's bound leaves out. */
export type GatherPlan = { ok: true; period: string; requests: PlannedRequest[]; cut: string[] } | { ok: false; message: string };

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
 * The further pages a list's answers say it has that nobody asked for: every page up to the count the answer gives
 * (`pagination`), or — when it gives none — the next page after a page that came back exactly full.
 */
function furtherPages(asked: readonly SentRequest[]): number[] {
  const had = new Set(asked.map((s) => pageOf(s.request)));
  const wanted = new Set<number>();
  for (const s of asked) {
    const data = isObject(s.body) && isObject(s.body.data) ? s.body.data : undefined;
    if (!data) continue;
    const pages = pageInfo(data)?.pages;
    const rows = Array.isArray(data.evaluation) ? data.evaluation.length : Array.isArray(data.children) ? data.children.length : 0;
    const size = pageSizeOf(s.request);
    if (pages !== undefined) for (let p = 1; p <= Math.min(pages, MAX_LIST_PAGES); p++) wanted.add(p);
    // More rows than asked: the list ignores paging (the trees give every unit at once) — whole.
    else if (size !== undefined && rows === size && pageOf(s.request) < MAX_LIST_PAGES) wanted.add(pageOf(s.request) + 1);
  }
  return [...wanted].filter((p) => !had.has(p)).sort((a, b) => a - b);
}

/** A request body asking for another page of the same list. */
function onPage(request: Record<string, unknown>, page: number): Record<string, unknown> {
  return 'page' in request && !('currentPage' in request) ? { ...request, page } : { ...request, currentPage: page };
}

/**
 * The lists of the province and period the page asked for last that the page has not asked for itself (answered or on
 * its way: never asked twice), then the further pages the answers of the view say their lists have: at most `max`,
 * first pages before further ones, each in the portal's order; the lists left beyond `max` named in `cut`. Refused
 * (with why, in Vietnamese) when the page has not yet asked for a province's list.
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
  const inView = own.filter((s) => viewKey(s.request) === key);
  const first: PlannedRequest[] = [];
  const further: PlannedRequest[] = [];
  for (const endpoint of ENDPOINTS) {
    const asked = inView.filter((s) => EVALUATION.exec(s.url)?.[2] === endpoint);
    const title = askedListTitle(endpoint);
    const url = `${base}${endpoint}`;
    if (asked.length === 0) {
      first.push({ endpoint, url, title, body: { ...(endpoint === SATISFACTION ? bodies.dated : bodies.timed), ...rest } });
      continue;
    }
    const listBody = asked.find((s) => isObject(s.request))!.request as Record<string, unknown>;
    for (const page of furtherPages(asked)) further.push({ endpoint, url, title: `${title}, trang ${page}`, body: onPage(listBody, page) });
  }
  const all = [...first, ...further];
  const cut = [...new Set(all.slice(max).map((r) => askedListTitle(r.endpoint)))];
  return { ok: true, period: period.label, requests: all.slice(0, max), cut };
}

/* Made for: «Ghi nhận chỉ số» on the 766 page gathering every group of the officer's province in one click (issue 58 item 1): the page's own requests, nothing else asked. */
