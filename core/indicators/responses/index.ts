// Phản hồi số liệu của trang 766 (the 766 page's own API responses, DOMAIN §6): one line per response type in
// this folder. captureResponses reads what the officer is looking at — the responses of the latest period and
// province the page asked for, every page of each list — into one snapshot per unit, the province included.
// captureView uses them on the 766 page and falls back to the drawn tables when none was seen, saying which.
import { captureFailure, portalOf, type CaptureError, type CaptureOptions, type CaptureResult, type CaptureWarning, type ViewGroups } from '../capture.js';
import { implausibleFigures } from '../implausible.js';
import { contentHash } from '../hash.js';
import { parseJsonText } from '../json-text.js';
import { RESPONSES_PAGE } from '../page-766.js';
import { groupNames } from '../groups-766.js';
import { capturePage, pickCommune } from '../pages/index.js';
import type { IndicatorSnapshot, IndicatorValue, Period } from '../schema.js';
import { sameUnit, unitKey } from '../units.js';
import { formatNumberVi } from '../../values.js';
import { dvcProgressTree } from './dvc-progress-tree.js';
import { evaluationMetrics } from './evaluation-metrics.js';
import { formalityOnlinePaymentTree } from './formality-online-payment-tree.js';
import { formalities } from './formalities.js';
import { provideOnlineTree } from './provide-online-tree.js';
import { restJsp766 } from './rest-jsp-766.js';
import { serviceResults } from './service-results.js';
import { z } from 'zod';
import { isObject, pageOf, pageSizeOf, type PageInfo, type ResponseRead, type ResponseType, type ResponseUnit } from './shared.js';
import { askedListTitle, currentView, listTitle } from '../view-766.js';
import { procedureName, procedureNames, splitByProcedure, type ProcedureCapture } from '../procedures.js';
import { addTo } from '../../grouped.js';

export type { ResponseType } from './shared.js';

export const RESPONSE_TYPES: readonly ResponseType[] = [
  serviceResults,
  evaluationMetrics,
  dvcProgressTree,
  provideOnlineTree,
  formalityOnlinePaymentTree,
  restJsp766,
  formalities,
];

export const PAGE_TYPE = RESPONSES_PAGE.id;

/** A response the page received, as the extension's observer keeps it or a saved file holds it. */
export interface SeenResponse {
  /** The request address, e.g. https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency. */
  url: string;
  /** The request body (period, province, page), parsed. */
  request?: unknown;
  /** The response body, parsed: {code, data, message} (or the older API's rows). */
  body: unknown;
  /** Order in which the page sent the request (the observer counts); else the order of the list. */
  seq?: number;
}

/** The extension's file of the responses it kept («Lưu phản hồi»), read back by `thidua capture`. */
export const SavedResponses = z.object({
  format: z.literal('thidua-766-responses'),
  version: z.literal(1),
  /** The 766 page the responses were seen on. */
  pageUrl: z.string(),
  responses: z.array(z.object({ url: z.string(), request: z.unknown().optional(), body: z.unknown(), seq: z.number().optional() })),
  /** The lists the portal refused meanwhile, each with its status (absent from files saved before they were kept). */
  refused: z.array(z.object({ endpoint: z.string(), status: z.number().int(), request: z.unknown().optional() })).optional(),
});
export type SavedResponses = z.infer<typeof SavedResponses>;

// The procedure catalogue (reporting/formalities) sits beside the evaluation endpoints: it names what a filter means.
const ENDPOINT = /^https?:\/\/(?:www\.)?dichvucong\.gov\.vn\/(?:api\/v1\/reporting\/(?:evaluation\/([a-z0-9-]+)|(formalities))|jsp\/(rest\.jsp))\/?(?:[?#]|$)/i;

/** The endpoint an address names ("transparency", "rest.jsp"), when a response type was made for it. */
export function endpointOf(url: string): string | undefined {
  const m = ENDPOINT.exec(url.trim());
  const endpoint = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
  return endpoint && RESPONSE_TYPES.some((t) => t.endpoints.includes(endpoint)) ? endpoint : undefined;
}

export function responseTypeFor(endpoint: string): ResponseType | undefined {
  return RESPONSE_TYPES.find((t) => t.endpoints.includes(endpoint));
}

const KNOWN_ENDPOINTS = RESPONSE_TYPES.flatMap((t) => t.endpoints);

/** The response's data, or the refusal when the server said it failed. */
function unwrap(body: unknown, endpoint: string): { data: unknown } | { error: CaptureError } {
  if (endpoint === 'rest.jsp' || !isObject(body) || !('data' in body)) return { data: body };
  if (body.code !== undefined && body.code !== 'OK' && body.code !== 200) {
    const said = typeof body.message === 'string' ? body.message : String(body.code);
    return { error: { message: `Máy chủ trả lỗi cho «${endpoint}»: ${said}.`, lookedFor: ['code: "OK"'], missing: [`code: ${JSON.stringify(body.code)}`] } };
  }
  return { data: body.data };
}

interface Merged {
  unit: ResponseUnit;
  texts: string[];
  /** The endpoints whose lists gave this unit (a second row of one list is a duplicate, not another group's). */
  from: Set<string>;
  /** The endpoint whose name the unit carries. */
  namedBy: string;
  /** The codes of its figures (each list adds those it lacks). */
  codes: Set<string>;
  rank?: { place: number; tied: boolean; of: string; outOf: number };
}

/** A request the page has sent and not yet had answered (the observer knows them). */
export interface PendingRequest {
  url: string;
  request?: unknown;
  /** Order of sending, shared with SeenResponse.seq. */
  seq?: number;
}

export interface ResponseCaptureOptions extends CaptureOptions {
  /** The 766 page the responses were seen on. */
  pageUrl?: string;
  pending?: readonly PendingRequest[];
  /** The period the officer says the responses are of («--period»), for saved bodies that carry no request. */
  period?: Period;
  /** The response types that read (a test gives its own registry). */
  types?: readonly ResponseType[];
  /**
   * Lists the portal answered with an error (a HAR keeps its 403): said as refused, not as lists the page never loaded.
   * Given (empty when none) only by a source that records refusals; absent, a missing list is not said as either.
   */
  refused?: readonly RefusedList[];
}

/** A list the portal did not return: its endpoint, the status it answered, and the request refused (its view) when known. */
export type RefusedList = { endpoint: string; status: number; request?: unknown };

/** A refused list as the officer is told it, on every face (the popup's asking says its own refusals in these words). */
export function refusedListWords(title: string, status: number): string {
  return `Cổng không trả danh sách «${title}» (mã ${status}): lần chụp thiếu danh sách này.`;
}

/** What the responses give: the units' own figures (or why none), and each procedure filtered by, apart. */
export type ResponsesResult = CaptureResult & { procedures?: ProcedureCapture[] };

/**
 * Đơn vị trong một lần chụp: every list of a province's view together (seven lists of a few hundred units, a few
 * pages each) stays far below this; a saved file past it is refused before it exhausts memory.
 */
export const MAX_VIEW_UNITS = 10_000;

/** A reader that throws is named and left out; the other responses are still read (as core/checks/run.ts isolates checks). */
function readIsolated(type: ResponseType, data: unknown, endpoint: string): ResponseRead | { ok: false; crashed: CaptureWarning } {
  try {
    return type.read(data, endpoint);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      crashed: { message: `Bộ đọc «${type.title}» gặp lỗi khi đọc phản hồi «${endpoint}» (${why}): phần này không đọc được, các phần khác vẫn đọc. Cần đối chiếu phần này trên cổng.` },
    };
  }
}

/**
 * Reads the responses of the view the officer is looking at into snapshots: the units' own figures from the answers
 * not filtered by a procedure, and each procedure's figures apart (`procedures`, named from the catalogue) — the one
 * place a response's view is decided, so every face reads a file alike. Refuses (naming the field) when a response
 * is not the shape its endpoint gives, and says so when every answer was filtered by a procedure (no unit's own
 * figures are there); warns for each list page not loaded; names the groups of the view still on their way
 * (`pending`) or never asked for, and marks every snapshot of such a capture partial. A reader that throws is named
 * in a warning and the others still read; figures no unit can have are said with the unit and field.
 */
export function captureResponses(seen: readonly SeenResponse[], opts: ResponseCaptureOptions): ResponsesResult {
  const { whole, byProcedure } = splitByProcedure(seen);
  const names = procedureNames(seen);
  const procedures: ProcedureCapture[] = [];
  const notes: CaptureWarning[] = [];
  for (const [id, answers] of byProcedure) {
    const procedure = names.get(id) ?? { id };
    const { commune: _everyUnit, ...all } = opts;
    const read = captureView766(answers, { ...all, pending: [] });
    if (read.ok) procedures.push({ procedure, capturedAt: opts.capturedAt, snapshots: read.snapshots });
    else notes.push({ message: `Không đọc được số liệu đã lọc theo thủ tục ${procedureName(procedure)}: ${read.error.message}` });
  }
  const apart = procedures.length > 0 ? { procedures } : {};
  if (whole.length === 0 && byProcedure.size > 0) {
    const named = [...byProcedure.keys()].map((id) => procedureName(names.get(id) ?? { id })).join(', ');
    return {
      ...captureFailure(PAGE_TYPE, {
        message: `Các phản hồi đều đã lọc theo thủ tục ${named}: đó là số liệu của thủ tục, không phải số liệu của chính các đơn vị — ở đây không có số liệu của chính đơn vị nào. Bỏ lọc thủ tục trên trang rồi lưu lại.${notes.length > 0 ? ` ${notes.map((n) => n.message).join(' ')}` : ''}`,
        lookedFor: ['phản hồi không lọc theo thủ tục'],
        missing: ['phản hồi không lọc theo thủ tục'],
      }),
      ...apart,
    };
  }
  const own = captureView766(whole, { ...opts, pending: splitByProcedure(opts.pending ?? []).whole });
  if (!own.ok) return { ...own, ...apart };
  const leftApart = procedures.length > 0
    ? [{ message: `Số liệu đã lọc theo thủ tục ${procedures.map((p) => procedureName(p.procedure)).join(', ')} được giữ riêng, không tính là số liệu của chính đơn vị.` }]
    : [];
  return { ...own, warnings: [...own.warnings, ...leftApart, ...notes], ...apart };
}

/** The units of one view (the page's own, or one procedure's): see captureResponses. */
function captureView766(seen: readonly SeenResponse[], opts: ResponseCaptureOptions): CaptureResult {
  const types = opts.types ?? RESPONSE_TYPES;
  const known = seen.flatMap((s, i) => {
    const endpoint = endpointOf(s.url);
    return endpoint ? [{ endpoint, request: s.request, seq: s.seq ?? i, item: s }] : [];
  });
  const waiting = (opts.pending ?? []).flatMap((p, i) => {
    const endpoint = endpointOf(p.url);
    return endpoint ? [{ endpoint, request: p.request, seq: p.seq ?? seen.length + i, item: p }] : [];
  });
  const view = currentView(known, waiting);
  if (!view || view.answered.length === 0) {
    return captureFailure(PAGE_TYPE, {
      message: view
        ? `Trang đang chờ số liệu nhóm ${groupNames(view.groups.waiting) || 'đã chọn'}: chưa có phản hồi nào của kỳ, tỉnh đang xem. Chờ trang tải xong rồi bấm lại.`
        : 'Chưa thấy phản hồi số liệu nào của trang đánh giá 766 (chọn kỳ, tỉnh hoặc nhóm chỉ số trên trang để trang tải số liệu).',
      lookedFor: ['phản hồi số liệu của trang 766'],
      missing: ['phản hồi số liệu của trang 766'],
    });
  }
  const inView = view.answered.map((s) => ({ ...s.item, endpoint: s.endpoint, seq: s.seq }));
  const warnings: CaptureWarning[] = [];
  const say = (list: readonly CaptureWarning[]) => {
    for (const w of list) warnings.push(w);
  };
  if (inView.length < known.length) {
    warnings.push({ message: `Bỏ qua ${known.length - inView.length} phản hồi của kỳ hoặc tỉnh đã xem trước đó; chỉ lấy kỳ, tỉnh đang xem (${view.period.label || 'kỳ không rõ'}).` });
  }
  const { waiting: onTheWay, missing } = view.groups;
  const missingGroups = [...onTheWay, ...missing];
  if (onTheWay.length > 0) warnings.push({ message: `Trang chưa nhận xong số liệu nhóm ${groupNames(onTheWay)}: lần chụp này chưa đủ và chỉ lưu được là chụp chưa đủ.` });
  // A list the portal refused is not one to open on the page: said as the extension says it when it asks. Only a refusal
  // of this view's request (a list refused while the page showed another period or province says nothing of this
  // view's), of a list the view neither holds nor awaits; one whose request is not known cannot be placed and is said.
  const got = new Set([...view.answered, ...waiting.filter((w) => view.holds(w))].map((s) => s.endpoint));
  const ofView = (opts.refused ?? []).filter((r) => (r.request === undefined || view.holds(r)) && !got.has(r.endpoint));
  const refused = ofView.filter((r, i) => ofView.findIndex((o) => o.endpoint === r.endpoint) === i);
  for (const r of refused) warnings.push({ message: refusedListWords(askedListTitle(r.endpoint), r.status) });
  const neverAsked = missing.filter((g) => !refused.some((r) => listTitle(r.endpoint) === g));
  // Kept with the figures (data, the status as answered), so every face tells a refused list from one never loaded.
  // Only where the source records refusals (the extension, a HAR): a list a saved body alone lacks may be either.
  const refusedLists = refused.map((r) => ({ list: askedListTitle(r.endpoint), status: r.status }));
  const lacking = opts.refused !== undefined && (missingGroups.length > 0 || refused.length > 0);
  if (neverAsked.length > 0) warnings.push({ message: `Trang chưa tải nhóm ${groupNames(neverAsked)} cho kỳ này (mở các nhóm đó trên trang rồi chụp lại): lần chụp này chưa đủ.` });

  const merged: Merged[] = [];
  const byId = new Map<string, Merged>();
  const byName = new ByName();
  const endpoints = [...new Set(inView.map((s) => s.endpoint))];
  const ranked = new Map<string, { units: ResponseUnit[]; seq: number }>();
  let read = 0;
  let crashes = 0;
  for (const endpoint of endpoints) {
    const type = types.find((t) => t.endpoints.includes(endpoint));
    if (!type) continue;
    // One response per page: a page loaded twice counts once (the later).
    const pages = new Map<number, (typeof inView)[number]>();
    for (const s of inView) if (s.endpoint === endpoint) pages.set(pageOf(s.request), s);
    let info: PageInfo | undefined;
    const listed: ResponseUnit[] = [];
    let crashed = false;
    for (const s of pages.values()) {
      const unwrapped = unwrap(s.body, endpoint);
      if ('error' in unwrapped) return captureFailure(PAGE_TYPE, unwrapped.error);
      const result = readIsolated(type, unwrapped.data, endpoint);
      if (!result.ok && 'crashed' in result) {
        warnings.push(result.crashed);
        crashed = true;
        crashes++;
        break;
      }
      if (!result.ok) return captureFailure(PAGE_TYPE, result.error);
      read += result.units.length;
      if (read > MAX_VIEW_UNITS) {
        return captureFailure(PAGE_TYPE, {
          message: `Các phản hồi của kỳ, tỉnh đang xem có hơn ${formatNumberVi(MAX_VIEW_UNITS)} dòng đơn vị (một tỉnh có vài trăm đơn vị): không đọc, để máy không bị treo. Tệp này không phải các phản hồi của trang 766 như cổng gửi.`,
          lookedFor: [`tối đa ${formatNumberVi(MAX_VIEW_UNITS)} dòng đơn vị`],
          missing: [`hơn ${formatNumberVi(MAX_VIEW_UNITS)} dòng đơn vị`],
        });
      }
      say(result.warnings);
      info = result.page && (!info || (result.page.pages ?? 0) > (info.pages ?? 0)) ? result.page : info;
      for (const u of result.units) {
        if (!u.overview) listed.push(u);
        mergeUnit(u, endpoint, merged, byId, byName, warnings);
      }
    }
    if (crashed) continue;
    const missing = info?.pages ? range(info.pages).filter((p) => !pages.has(p)) : [];
    const size = pageSizeOf([...pages.values()].at(-1)?.request);
    const list = listTitle(endpoint);
    if (!info?.pages && size !== undefined && listed.length === size * pages.size) {
      // No page count in the response, and every page asked for came back full: there may be more.
      warnings.push({ message: `Danh sách «${list}» có đúng ${listed.length} đơn vị, bằng số dòng mỗi trang đã hỏi — có thể còn trang sau chưa tải. Lật sang trang sau trên cổng (nếu có) rồi chụp lại.` });
    } else if (missing.length > 0) {
      warnings.push({
        message: `Danh sách «${list}» có ${info!.pages} trang; chưa tải trang ${missing.join(', ')} — các đơn vị ở đó chưa có trong lần chụp này. Lật qua các trang đó trên cổng rồi chụp lại.`,
      });
    } else {
      let seq = 0;
      for (const p of pages.values()) seq = Math.max(seq, p.seq);
      ranked.set(endpoint, { units: listed, seq });
    }
  }
  const period = view.period.kind === 'unknown' && opts.period ? opts.period : view.period;
  // Ranks: each unit's place in the list last shown that holds it whole, among the units of its own level — said of
  // which list and period, and out of how many.
  for (const [endpoint, { units }] of [...ranked].sort((a, b) => a[1].seq - b[1].seq)) assignRanks(units, listTitle(endpoint), period.label, byId, byName);

  if (period.kind === 'unknown') warnings.push({ message: 'Phản hồi không kèm yêu cầu (kỳ, tỉnh) — kỳ được ghi là «không rõ».' });
  const url = opts.pageUrl ?? inView.at(-1)!.url;
  const snapshots: IndicatorSnapshot[] = [];
  for (const m of merged) {
    if (m.unit.indicators.length === 0) continue;
    say(implausibleFigures(m.unit.name, m.unit.indicators));
    snapshots.push({
      portal: portalOf(url),
      pageType: PAGE_TYPE,
      url,
      capturedAt: opts.capturedAt,
      contentHash: contentHash(`${period.label}\n${m.texts.join('\n')}`),
      unit: {
        name: m.unit.name,
        ...(m.unit.code ? { code: m.unit.code } : {}),
        ...(m.unit.group ? { group: m.unit.group } : {}),
        ...(m.unit.level ? { level: m.unit.level } : {}),
        ...(m.rank ? { rank: m.rank.place, rankOutOf: m.rank.outOf, rankOf: m.rank.of, ...(m.rank.tied ? { tied: true } : {}) } : {}),
      },
      period,
      indicators: m.unit.indicators,
      ...(missingGroups.length > 0 ? { missingGroups } : {}),
      ...(lacking ? { refusedLists } : {}),
    });
  }
  if (snapshots.length === 0) {
    const crashNote = crashes > 0 ? ` ${warnings.filter((w) => w.message.startsWith('Bộ đọc «')).map((w) => w.message).join(' ')}` : '';
    return captureFailure(PAGE_TYPE, { message: `Các phản hồi đúng dạng nhưng không có số liệu của đơn vị nào.${crashNote}`, lookedFor: endpoints, missing: ['số liệu của đơn vị'] });
  }
  const result: CaptureResult = { ok: true, pageType: PAGE_TYPE, snapshots, warnings, view: view.groups };
  return opts.commune ? pickCommune(result, opts.commune) : result;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/**
 * Merged units by name, each name's keys worked out once (every list of a view repeats the province's names): as
 * written, suffix included, else — for a name with its province and one without — the one unit both can name (a
 * province's ranking ends every name « - tỉnh X»; the group lists only where a name repeats across provinces, DOMAIN
 * §6, §12).
 */
class ByName {
  private readonly units = new Map<string, Merged>();
  private readonly keys = new Map<string, { key: string; plain: string }>();
  private readonly plain = new Map<string, Merged[]>();

  /** The name as written, suffix included ("… - Tỉnh Phú Thọ" and "… - Tỉnh Tuyên Quang" stay two), and without. */
  private keysOf(name: string): { key: string; plain: string } {
    let keys = this.keys.get(name);
    if (keys === undefined) this.keys.set(name, (keys = { key: unitKey(name, { keepProvince: true }), plain: unitKey(name) }));
    return keys;
  }

  get(name: string): Merged | undefined {
    const { key, plain } = this.keysOf(name);
    const hit = this.units.get(key);
    if (hit) return hit;
    const alike = (this.plain.get(plain) ?? []).filter((m) => sameUnit(m.unit.name, name));
    return alike.length === 1 ? alike[0] : undefined;
  }

  set(name: string, unit: Merged): void {
    const { key, plain } = this.keysOf(name);
    this.units.set(key, unit);
    const named = this.plain.get(plain);
    if (!named) this.plain.set(plain, [unit]);
    else if (!named.includes(unit)) named.push(unit);
  }
}

/** The unit already read: by id when the names agree, else by name; else the id's holder (a conflict to name). */
function find(u: ResponseUnit, byId: Map<string, Merged>, byName: ByName): Merged | undefined {
  const hit = u.id !== undefined ? byId.get(u.id) : undefined;
  if (hit && (hit.unit.name === u.name || sameUnit(hit.unit.name, u.name))) return hit;
  return byName.get(u.name) ?? hit;
}

/** The list that ends every name with its province: its names give way to a group list's. */
const RANKING = 'service-results';

/** The figures two rows of one unit give differently: «Tổng điểm: 60,5 / 58». */
function differences(a: readonly IndicatorValue[], b: readonly IndicatorValue[]): string[] {
  const first = new Map(a.map((i) => [i.code, i]));
  return b.flatMap((i) => {
    const other = first.get(i.code);
    const shown = (v: number | null) => (v === null ? 'không có số liệu' : formatNumberVi(v, 2));
    return other && other.value !== i.value ? [`${i.label}: ${shown(other.value)} / ${shown(i.value)}`] : [];
  });
}

/**
 * One unit across endpoints (joined by id, else by name): its figures together, the first figure of a code kept.
 * The portal's id given to two units of different names keeps both and says so; a unit listed twice in one list
 * with different figures keeps the first row and says which figures differ — never one kept silently.
 */
function mergeUnit(u: ResponseUnit, endpoint: string, merged: Merged[], byId: Map<string, Merged>, byName: ByName, warnings: CaptureWarning[]): void {
  let existing = find(u, byId, byName);
  if (existing && existing.unit.name !== u.name && !sameUnit(existing.unit.name, u.name)) {
    warnings.push({
      message: `Cổng ghi cùng mã đơn vị ${u.id} cho hai đơn vị khác tên: «${existing.unit.name}» và «${u.name}» — giữ cả hai, không gộp số liệu; cần đối chiếu lại trên cổng.`,
      unit: u.name,
      kind: 'Cổng ghi cùng mã đơn vị cho hai đơn vị khác tên — giữ cả hai, không gộp số liệu; cần đối chiếu lại trên cổng.',
    });
    existing = undefined;
  }
  if (!existing) {
    const m: Merged = { unit: { ...u, indicators: [...u.indicators] }, texts: [u.text], from: new Set([endpoint]), namedBy: endpoint, codes: new Set(u.indicators.map((i) => i.code)) };
    merged.push(m);
    if (u.id !== undefined && !byId.has(u.id)) byId.set(u.id, m);
    if (!byName.get(u.name)) byName.set(u.name, m);
    return;
  }
  if (existing.from.has(endpoint) && !existing.texts.includes(u.text) && !u.overview) {
    const differ = differences(existing.unit.indicators, u.indicators);
    if (differ.length > 0) {
      warnings.push({
        message: `«${u.name}» có hai dòng khác số liệu trong cùng danh sách «${listTitle(endpoint)}» (${differ.join('; ')}) — giữ dòng đầu; cần đối chiếu lại trên cổng.`,
        unit: u.name,
        kind: 'Một đơn vị có hai dòng khác số liệu trong cùng danh sách — giữ dòng đầu; cần đối chiếu lại trên cổng.',
      });
    }
  }
  existing.from.add(endpoint);
  const added = u.indicators.filter((i) => !existing.codes.has(i.code));
  for (const i of added) {
    existing.unit.indicators.push(i);
    existing.codes.add(i.code);
  }
  if (!existing.texts.includes(u.text)) existing.texts.push(u.text);
  existing.unit.code ??= u.code;
  // Named as the group lists name it, whichever list came first: the same unit keeps one name from day to day.
  if (existing.namedBy === RANKING && endpoint !== RANKING) {
    existing.unit.name = u.name;
    existing.namedBy = endpoint;
    if (!byName.get(u.name)) byName.set(u.name, existing);
  }
  existing.unit.group ??= u.group;
  existing.unit.level ??= u.level;
  if (u.id !== undefined && !byId.has(u.id)) byId.set(u.id, existing);
}

/**
 * Places by score within each level of units (communes apart from provincial agencies; a response without tags by
 * its groups): equal scores share a place (đồng hạng: 1, 1, 3). Sorted once per level, so linear after the sort.
 */
function assignRanks(units: readonly ResponseUnit[], list: string, period: string, byId: Map<string, Merged>, byName: ByName): void {
  const levels = new Map<string, ResponseUnit[]>();
  for (const u of units) {
    if (u.rankScore === undefined) continue;
    addTo(levels, u.level ?? u.group ?? '', u);
  }
  for (const members of levels.values()) {
    const sorted = [...members].sort((a, b) => b.rankScore! - a.rankScore!);
    const of = [list, members[0]!.group, period].filter(Boolean).join(' · ');
    let place = 1;
    sorted.forEach((u, i) => {
      if (i > 0 && u.rankScore! !== sorted[i - 1]!.rankScore) place = i + 1;
      const tied = sorted[i - 1]?.rankScore === u.rankScore || sorted[i + 1]?.rankScore === u.rankScore;
      const m = find(u, byId, byName);
      if (m && (m.unit.name === u.name || sameUnit(m.unit.name, u.name))) m.rank = { place, tied, of, outOf: sorted.length };
    });
  }
}

/** The groups of the page's current view: held, still on their way, never asked (the popup waits on `waiting`). */
export function viewGroups(allSeen: readonly SeenResponse[], allPending: readonly PendingRequest[]): ViewGroups | undefined {
  // The page's own view: what it showed filtered by a procedure is not waited on as the units' groups.
  const seen = splitByProcedure(allSeen).whole;
  const pending = splitByProcedure(allPending).whole;
  const sent = (list: readonly (SeenResponse | PendingRequest)[], from: number) =>
    list.flatMap((s, i) => {
      const endpoint = endpointOf(s.url);
      return endpoint ? [{ endpoint, request: s.request, seq: s.seq ?? from + i, item: s }] : [];
    });
  return currentView(sent(seen, 0), sent(pending, seen.length))?.groups;
}

/**
 * The 766 page captured the best way there is: from the responses the page received when there are any, else from
 * its drawn tables — with a first warning saying which was used.
 */
export function captureView(doc: Document, url: string, seen: readonly SeenResponse[], opts: CaptureOptions & Pick<ResponseCaptureOptions, 'pending' | 'refused'>): ResponsesResult {
  const fromResponses = seen.some((s) => endpointOf(s.url)) ? captureResponses(seen, { ...opts, pageUrl: url }) : undefined;
  if (fromResponses?.ok) {
    const note = { message: `Đọc từ số liệu trang nhận từ máy chủ (${seen.length} phản hồi), không phải từ bảng vẽ trên trang.` };
    return { ...fromResponses, warnings: [note, ...fromResponses.warnings] };
  }
  if (fromResponses) return fromResponses;
  const drawn = capturePage(doc, url, opts);
  if (!drawn.ok) return drawn;
  const note = { message: 'Chưa thấy phản hồi số liệu của trang (trang có thể đã đổi): đọc từ bảng vẽ trên trang — nên đối chiếu lại.' };
  return { ...drawn, warnings: [note, ...drawn.warnings] };
}

/**
 * The responses a saved file holds: the extension's export, a HAR of the network panel («Save all as HAR»: every
 * evaluation request with its body), or one response body saved alone, whose endpoint `url` names.
 */
export function readSavedResponses(
  json: unknown,
  url: string,
): { ok: true; seen: SeenResponse[]; pageUrl?: string; capturedAt?: string; refused?: RefusedList[] } | { ok: false; error: CaptureError } {
  const saved = SavedResponses.safeParse(json);
  if (saved.success) return { ok: true, seen: saved.data.responses, pageUrl: saved.data.pageUrl, ...(saved.data.refused ? { refused: saved.data.refused } : {}) };
  if (isObject(json) && isObject(json.log) && Array.isArray(json.log.entries)) {
    const seen: SeenResponse[] = [];
    const refused: RefusedList[] = [];
    let latest: number | undefined;
    for (const e of json.log.entries) {
      const entry = harEntry(e);
      if (!entry) continue;
      if ('refused' in entry) {
        refused.push(entry.refused);
        continue;
      }
      // A body that says base64 and is neither base64 nor plain JSON: the file is not what the page received, and a
      // capture read without that answer would pass for the whole view (and clash with a good copy of the same time).
      if ('lying' in entry) {
        return { ok: false, error: { message: `Tệp HAR có phản hồi ${entry.lying} ghi mã hóa base64 mà không phải base64 (cũng không phải JSON): không đọc tệp này để khỏi lấy một lần chụp thiếu; các tệp khác vẫn đọc.`, lookedFor: KNOWN_ENDPOINTS, missing: [entry.lying] } };
      }
      seen.push(entry);
      // The capture is of when the page asked (the HAR's own startedDateTime), not of when the file is read.
      const at = isObject(e) && typeof e.startedDateTime === 'string' ? Date.parse(e.startedDateTime) : Number.NaN;
      if (Number.isFinite(at) && (latest === undefined || at > latest)) latest = at;
    }
    if (seen.length > 0) return { ok: true, seen, ...(latest !== undefined ? { capturedAt: new Date(latest).toISOString() } : {}), refused };
    return { ok: false, error: { message: 'Tệp HAR không có yêu cầu số liệu nào của trang 766.', lookedFor: KNOWN_ENDPOINTS, missing: ['yêu cầu /api/v1/reporting/evaluation/…'] } };
  }
  if (!endpointOf(url)) {
    return {
      ok: false,
      error: {
        message: `Địa chỉ ${url} không phải địa chỉ phản hồi số liệu của trang 766 — cần https://dichvucong.gov.vn/api/v1/reporting/evaluation/<tên> (${KNOWN_ENDPOINTS.join(', ')}).`,
        // Nothing was found: the endpoints wanted are in the message, not listed as found.
        lookedFor: ['địa chỉ phản hồi số liệu của trang 766'],
        missing: ['địa chỉ phản hồi số liệu của trang 766'],
      },
    };
  }
  return { ok: true, seen: [{ url, body: json }] };
}

function harEntry(e: unknown): SeenResponse | { lying: string } | { refused: RefusedList } | undefined {
  if (!isObject(e) || !isObject(e.request) || !isObject(e.response) || typeof e.request.url !== 'string') return undefined;
  const endpoint = endpointOf(e.request.url);
  if (!endpoint) return undefined;
  const post = isObject(e.request.postData) && typeof e.request.postData.text === 'string' ? parseJson(e.request.postData.text) : undefined;
  if (typeof e.response.status === 'number' && e.response.status >= 400) return { refused: { endpoint, status: e.response.status, ...(post !== undefined ? { request: post } : {}) } };
  const content = isObject(e.response.content) ? e.response.content : {};
  const text = typeof content.text === 'string' ? content.text : undefined;
  const said64 = content.encoding === 'base64';
  const decoded = text !== undefined && said64 ? decodeBase64(text) : text;
  // A body labelled base64 that is the JSON itself (a tool that mislabels) is read as it is.
  const body = (decoded === undefined ? undefined : parseJson(decoded)) ?? (said64 && text !== undefined ? parseJson(text) : undefined);
  if (body === undefined) return said64 && text !== undefined ? { lying: endpointOf(e.request.url)! } : undefined;
  return { url: e.request.url, ...(post !== undefined ? { request: post } : {}), body };
}

/** A body inside a HAR: parsed within the same depth bound as the file itself, else left out. */
function parseJson(text: string): unknown {
  const parsed = parseJsonText(text, 'HAR');
  return parsed.ok ? parsed.value : undefined;
}

/** A body the HAR says is base64; undefined when it is not (the entry is then left out like any unreadable body). */
function decodeBase64(text: string): string | undefined {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/*
Registry of the response types, one per file in this folder (each ends with the endpoints it was made for).
*/
