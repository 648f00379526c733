// What the 766 page's own API responses have in common (DOMAIN §6): the {code, data, message} envelope, the
// request's period, figures that are numbers or null ("no data", never 0), pagination, and units named
// "UBND xã Tam Sơn - Tỉnh Phú Thọ". Each response type (one file per type in this folder) reads its `data` into
// ResponseUnit rows; ./index.ts merges them into snapshots.
import type { CaptureError, CaptureWarning } from '../capture.js';
import { definedIndicator } from '../codes.js';
import { groupOf, GROUPS_766 } from '../model-766/index.js';
import { bounds, isYearToDate, namedPeriod } from '../period.js';
import { formatNumberVi } from '../../values.js';
import { LEVEL_GROUP, unitLevelOf, type UnitLevel } from '../units.js';
import type { IndicatorValue, Period } from '../schema.js';

/** A unit as one response shows it: its figures, and its row's own JSON (for the content hash). */
export interface ResponseUnit {
  /** departmentId (uuid) or departmentCode: joins one unit's rows across endpoints. */
  id?: string;
  name: string;
  code?: string;
  /** Vietnamese: «Tỉnh, thành phố», «Sở, ban, ngành», «UBND cấp xã». */
  group?: string;
  /** The list it is ranked in, as the response tags it (units.ts unitLevelOf). */
  level?: UnitLevel;
  /** The score the list ranks by (totalScore), when the unit is one of a ranked list. */
  rankScore?: number;
  /** The province itself (`overview` / `parent`), above the ranked units. */
  overview?: true;
  indicators: IndicatorValue[];
  text: string;
}

/** Which rows of a paginated list a response holds. */
export interface PageInfo {
  page: number;
  pageSize?: number;
  /** Total pages, from totalPages or totalItems ÷ pageSize. */
  pages?: number;
  totalItems?: number;
}

export type ResponseRead =
  | { ok: true; units: ResponseUnit[]; page?: PageInfo; warnings: CaptureWarning[] }
  | { ok: false; error: CaptureError };

/** A response type: the endpoints it was made for and how it reads their `data`. */
export interface ResponseType {
  /** File name in this folder. */
  id: string;
  /** Vietnamese, shown to the officer. */
  title: string;
  /** Last path segment of `POST /api/v1/reporting/evaluation/<endpoint>` (or the older `/jsp/rest.jsp`). */
  endpoints: readonly string[];
  read(data: unknown, endpoint: string): ResponseRead;
}

/** Thrown inside a reader for a field that is not what the response type expects; caught by `readWith`. */
export class FieldError extends Error {
  constructor(readonly path: string, readonly found: string) {
    super(`${path}: ${found}`);
  }
}

/**
 * Đơn vị trong một danh sách: far above any list the portal sends (a province's list holds some hundred units, the
 * national one 34 provinces), far below what a reader can hold without exhausting memory.
 */
export const MAX_LIST_UNITS = 5_000;

/** Thrown for a list longer than MAX_LIST_UNITS; caught by `readWith`, which refuses it in plain words. */
export class ListTooLong extends Error {
  constructor(readonly path: string, readonly length: number) {
    super(`${path}: ${length}`);
  }
}

/** A response's list of units: an array (refused with its field named otherwise), at most MAX_LIST_UNITS long. */
export function unitList(v: unknown, path: string): unknown[] {
  const list = array(v, path);
  if (list.length > MAX_LIST_UNITS) throw new ListTooLong(path, list.length);
  return list;
}

/** Runs a reader; a FieldError becomes the refusal naming the field, a list too long the refusal saying so. */
export function readWith(type: ResponseType, endpoint: string, body: () => Extract<ResponseRead, { ok: true }>): ResponseRead {
  try {
    return body();
  } catch (e) {
    if (e instanceof ListTooLong) {
      return {
        ok: false,
        error: {
          message: `Phản hồi «${endpoint}» có ${formatNumberVi(e.length)} đơn vị trong ${e.path} — quá ${formatNumberVi(MAX_LIST_UNITS)} đơn vị một danh sách (một tỉnh có vài trăm): không đọc, để máy không bị treo. Tệp này không phải phản hồi của trang 766 như cổng gửi.`,
          lookedFor: [`${e.path} (tối đa ${formatNumberVi(MAX_LIST_UNITS)} đơn vị)`],
          missing: [`${e.path}: ${formatNumberVi(e.length)} đơn vị`],
        },
      };
    }
    if (!(e instanceof FieldError)) throw e;
    return {
      ok: false,
      error: {
        message: `Phản hồi «${endpoint}» không đúng dạng ${type.title}: trường ${e.path} ${e.found}. Trang có thể đã đổi cách trả số liệu.`,
        lookedFor: [e.path],
        missing: [`${e.path}: ${e.found}`],
      },
    };
  }
}

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function object(v: unknown, path: string): Json {
  if (!isObject(v)) throw new FieldError(path, v === undefined ? 'không có' : `không phải đối tượng (${shownJson(v)})`);
  return v;
}

export function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new FieldError(path, v === undefined ? 'không có' : `không phải danh sách (${shownJson(v)})`);
  return v;
}

/**
 * A figure: a JSON number, or a string of one written with a "." decimal point (the older API sends strings);
 * null (or an empty string) → null, "no data" — kept as null, never 0; absent → undefined (the response does not
 * give this figure). Anything else is refused with the field named.
 */
export function figure(v: unknown, path: string): number | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return null;
    if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  }
  throw new FieldError(path, `không phải số (${shownJson(v)})`);
}

/**
 * A score the portal gives for every row: a figure, null its «no data» — absent, a field renamed or moved (a layout
 * thidua does not know), refused with the field named; never stored as «không có số liệu» for every unit (a progress
 * tree whose `score` came renamed was read as 164 units without a «Tiến độ giải quyết»).
 */
export function score(v: unknown, path: string): number | null {
  const read = figure(v, path);
  if (read === undefined) throw new FieldError(path, 'không có');
  return read;
}

/** A figure that is a number, else undefined (null and absent alike): for counts a score stands on. */
export function known(v: number | null | undefined): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

export function text(v: unknown, path: string): string {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  throw new FieldError(path, v === undefined ? 'không có' : `không phải tên (${shownJson(v)})`);
}

export function optionalText(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}

function shownJson(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** A figure the response gives (null = no data, kept); none when the response leaves the field out. */
type Given = number | null | undefined;

/** An indicator in points; a null score stays null ("không có số liệu"). */
export function points(code: string, label: string, score: Given, max: Given, parts: Parts = {}): IndicatorValue[] {
  if (score === undefined) return [];
  const m = known(max) ?? definedIndicator(code).max;
  const group = definedIndicator(code).group ?? (GROUP_CODES.has(code) ? code : undefined);
  return [{ code, label, value: score, unit: 'points', ...(m !== undefined ? { max: m } : {}), ...(group ? { group } : {}), ...withParts(parts) }];
}

export function percent(code: string, label: string, ratio: Given, parts: Parts = {}, group?: string): IndicatorValue[] {
  return ratio === undefined ? [] : [{ code, label, value: ratio, unit: 'percent', ...(group ? { group } : {}), ...withParts(parts) }];
}

export function count(code: string, label: string, value: Given, group?: string): IndicatorValue[] {
  return value === undefined ? [] : [{ code, label, value, unit: 'count', ...(group ? { group } : {}) }];
}

/** The counts a group's tree row gives, as the model declares them (field → code, label), each in the group. */
export function declaredCounts(group: string, r: Json, path: string): IndicatorValue[] {
  return (groupOf(group)?.fields ?? []).flatMap((f) => count(f.code, f.label, figure(r[f.field], `${path}.${f.field}`), group));
}

/** The change of a group's score since the previous period, as the portal gives it (scoreDelta). */
export function scoreChange(group: string, delta: Given): IndicatorValue[] {
  return delta === undefined ? [] : [{ code: `${group}_THAY_DOI`, label: `${definedIndicator(group).label}: thay đổi so với kỳ trước`, value: delta, unit: 'points', group }];
}

const GROUP_CODES = new Set<string>(GROUPS_766);

/** The counts given and the ratio, in this order; set one by one (every figure of a capture's units has them). */
export function withParts(parts: Parts) {
  const numerator = known(parts.numerator);
  const denominator = known(parts.denominator);
  const given: { numerator?: number; denominator?: number; ratio?: number | null } = {};
  if (numerator !== undefined) given.numerator = numerator;
  if (denominator !== undefined) given.denominator = denominator;
  if (parts.ratio !== undefined) given.ratio = parts.ratio;
  return given;
}

/** A unit row's name, id, code, level and its group's label (departmentName, departmentId, departmentCode, departmentType…). */
export function unitHead(r: Json, path: string): Pick<ResponseUnit, 'id' | 'name' | 'code' | 'group' | 'level'> {
  const name = text(r.departmentName, `${path}.departmentName`);
  const id = optionalText(r.departmentId);
  const code = optionalText(r.departmentCode);
  const level = unitLevelOf(r, name, code);
  // Set one by one in this order (every row of every list), not spread.
  const head: Pick<ResponseUnit, 'id' | 'name' | 'code' | 'group' | 'level'> = id || code ? { id: id || code, name } : { name };
  if (code) head.code = code;
  if (level) {
    head.level = level;
    head.group = LEVEL_GROUP[level];
  }
  return head;
}

/**
 * Shape B (DOMAIN §6): `parent` (the province) and `children[]` (its units), each read by `row`; the list may be
 * paginated like shape A's.
 */
export function readTree(type: ResponseType, data: unknown, endpoint: string, row: (r: Json, path: string, warnings: CaptureWarning[]) => ResponseUnit): ResponseRead {
  return readWith(type, endpoint, () => {
    const d = object(data, 'data');
    const warnings: CaptureWarning[] = [];
    const children = unitList(d.children, 'data.children');
    const units = [
      ...(isObject(d.parent) ? [asOverview(row(d.parent, 'data.parent', warnings))] : []),
      ...children.map((c, i) => row(object(c, `data.children[${i}]`), `data.children[${i}]`, warnings)),
    ];
    const page = pageInfo(d);
    return { ok: true, units, ...(page ? { page } : {}), warnings };
  });
}

/** The counts a figure stands on and the portal's ratio; a count the response left out (or null) is left out. */
type Parts = { numerator?: Given; denominator?: Given; ratio?: Given };

/**
 * A parent/children response of one group of the index: each node's unit, the group's score (what ranks it)
 * with its maximum under whichever names the endpoint uses (totalScore/score, totalMaxScore/maxScore), and
 * the figures the group adds; `parts` are the counts its score stands on.
 */
export function readScoredTree(
  type: ResponseType,
  data: unknown,
  endpoint: string,
  code: string,
  figures: (r: Json, path: string) => { parts?: Parts; computed?: number | undefined; indicators: IndicatorValue[] },
): ResponseRead {
  return readTree(type, data, endpoint, (r, path) => {
    const named = (a: string, b: string) => (a in r ? a : b);
    const scoreField = named('totalScore', 'score');
    const maxField = named('totalMaxScore', 'maxScore');
    // A row with neither name is said with both: the officer (or whoever reads the note) looks for either.
    const given = score(r[scoreField], `${path}.${'score' in r ? 'score' : 'totalScore hoặc score'}`);
    const max = figure(r[maxField], `${path}.${maxField}`);
    const { parts = {}, computed, indicators } = figures(r, path);
    const ratio = figure(r.ratio, `${path}.ratio`);
    const [groupScore] = points(code, definedIndicator(code).label, given, max, { ratio, ...parts });
    return {
      ...unitHead(r, path),
      ...(typeof given === 'number' ? { rankScore: given } : {}),
      indicators: [
        { ...groupScore!, ...(computed !== undefined ? { computed } : {}) },
        ...scoreChange(code, figure(r.scoreDelta, `${path}.scoreDelta`)),
        ...indicators,
      ],
      text: JSON.stringify(r),
    };
  });
}

/** The province's own row (`overview` / `parent`), a province unless the response says otherwise: not ranked among its units. */
export function asOverview(u: ResponseUnit): ResponseUnit {
  const { rankScore: _ranked, ...rest } = u;
  const level = rest.level ?? 'province';
  return { ...rest, level, group: LEVEL_GROUP[level], overview: true };
}

/**
 * Which page of a list a response holds. The field names are not documented (DOMAIN §6 "A province's list is
 * paginated"): currentPage/page/pageNumber, pageSize/size, totalPages, totalItems/totalElements/total/totalRecords
 * are all read, in `data.pagination` or beside the list.
 */
export function pageInfo(data: Json): PageInfo | undefined {
  const p = isObject(data.pagination) ? data.pagination : undefined;
  if (!p) return undefined;
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const v = p[k];
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
    }
    return undefined;
  };
  const page = pick('currentPage', 'page', 'pageNumber', 'pageIndex') ?? 1;
  const pageSize = pick('pageSize', 'size', 'limit');
  const totalItems = pick('totalItems', 'totalElements', 'total', 'totalRecords', 'totalCount');
  const pages = pick('totalPages', 'pageCount') ?? (totalItems !== undefined && pageSize ? Math.max(1, Math.ceil(totalItems / pageSize)) : undefined);
  return { page, ...(pageSize !== undefined ? { pageSize } : {}), ...(pages !== undefined ? { pages } : {}), ...(totalItems !== undefined ? { totalItems } : {}) };
}

/** The page of a list a request asks for (`currentPage`, or `page`; 1 when it names none). */
export function pageOf(request: unknown): number {
  const r = isObject(request) ? request : {};
  const p = Number(r.currentPage ?? r.page ?? 1);
  return Number.isInteger(p) && p > 0 ? p : 1;
}

/** The rows a page holds, as the request asks (`pageSize`). */
export function pageSizeOf(request: unknown): number | undefined {
  const size = isObject(request) ? Number(request.pageSize) : Number.NaN;
  return Number.isInteger(size) && size > 0 ? size : undefined;
}

/**
 * The period of the request body (DOMAIN §6): {timeType, year, quarter|month} or {fromDate, toDate}, with its first
 * and last day; a range from 1 January is cumulative (lũy kế).
 */
export function periodOfRequest(request: unknown): Period | undefined {
  if (!isObject(request)) return undefined;
  const year = typeof request.year === 'number' ? request.year : Number(request.year);
  const from = typeof request.fromDate === 'string' ? request.fromDate.slice(0, 10) : undefined;
  const to = typeof request.toDate === 'string' ? request.toDate.slice(0, 10) : undefined;
  if (from && to && /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to)) {
    const vi = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
    return namedPeriod({ kind: 'range', from, to, year: Number(to.slice(0, 4)), label: `Từ ngày ${vi(from)} đến ngày ${vi(to)}`, cumulative: isYearToDate(from, to) });
  }
  if (!Number.isInteger(year)) return undefined;
  switch (request.timeType) {
    case 'month': {
      const month = Number(request.month);
      return month >= 1 && month <= 12 ? { kind: 'month', year, month, label: `Tháng ${month}/${year}`, ...bounds(year, month, month) } : undefined;
    }
    case 'quarter': {
      const quarter = Number(request.quarter);
      return quarter >= 1 && quarter <= 4 ? { kind: 'quarter', year, quarter, label: `Quý ${quarter}/${year}`, ...bounds(year, quarter * 3 - 2, quarter * 3) } : undefined;
    }
    case 'year':
      return { kind: 'year', year, label: `Năm ${year}`, ...bounds(year, 1, 12) };
    default:
      return undefined;
  }
}


/** One row's CLGQ and TTTT scores and maxima as a response names them, with where the row is. */
type GroupScores = { clgq?: number; tttt?: number; clgqMax?: number; ttttMax?: number; path: string };

/** The warning when the two names are swapped, and where each group's figure is found. */
export type GroupOrder = { warnings: CaptureWarning[]; sourceOf<G extends string>(group: G): G };

/** How a response's CLGQ and TTTT are to be read (see swappedGroups). */
export function clgqTtttOrder(pairs: readonly GroupScores[]): GroupOrder {
  const swapped = swappedGroups(pairs);
  return {
    warnings: swapped ? [{ message: SWAPPED_NOTE }] : [],
    sourceOf: <G extends string>(g: G) => (swapped && g === 'CLGQ' ? 'TTTT' : swapped && g === 'TTTT' ? 'CLGQ' : g) as G,
  };
}

/**
 * CLGQ and TTTT told apart by their maxima (DOMAIN §6: public scripts disagree on which is payment): online
 * services are worth 12, online payment 10. Swapped when the figures show the names the other way round
 * (a maxScore of 10 under CLGQ, or a TTTT score above 10 while every CLGQ score stays within 10); a figure above
 * 12 under either name fits neither and is refused.
 */
function swappedGroups(pairs: readonly GroupScores[]): boolean {
  for (const p of pairs) {
    if (p.clgqMax !== undefined || p.ttttMax !== undefined) {
      if (p.clgqMax === 10 && (p.ttttMax === undefined || p.ttttMax === 12)) return true;
      if ((p.clgqMax ?? 12) === 12 && (p.ttttMax ?? 10) === 10) return false;
      throw new FieldError(`${p.path}`, `có điểm tối đa CLGQ ${p.clgqMax ?? '?'}, TTTT ${p.ttttMax ?? '?'} — không khớp 12 (dịch vụ công trực tuyến) và 10 (thanh toán trực tuyến)`);
    }
  }
  const over = pairs.find((p) => (p.clgq ?? 0) > 12 || (p.tttt ?? 0) > 12);
  if (over) throw new FieldError(over.path, `có điểm CLGQ ${over.clgq}, TTTT ${over.tttt} — vượt 12, không phải nhóm dịch vụ công trực tuyến hay thanh toán trực tuyến`);
  const ttttAbove10 = pairs.some((p) => (p.tttt ?? 0) > 10);
  const clgqWithin10 = pairs.every((p) => (p.clgq ?? 0) <= 10);
  return ttttAbove10 && clgqWithin10;
}

const SWAPPED_NOTE = 'Điểm ghi dưới tên CLGQ có tối đa 10 (thanh toán trực tuyến) và TTTT tối đa 12 (dịch vụ công trực tuyến): thidua đọc theo điểm tối đa, đổi lại hai nhóm cho đúng.';
