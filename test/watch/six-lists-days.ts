// Ten mornings of a real province with every list (an officer's walk of the watch): Phú Thọ's six saved answers of
// August 2026 (test/fixtures/real/watch/) and its ranking made from them (each unit's groups as that day's lists, its
// total their sum), a few units' group scores set by hand so every figure is known. Some mornings are partial as the
// walk's were: 14/9 the officer captured only the two lists the page had loaded, 16/9 the page had opened one list
// (the extension asked the portal for the rest), 17/9 the portal refused «Mức độ hài lòng» and the ranking (403).
// Shared by the core, command-line and browser tests of partial captures.
import { readFileSync } from 'node:fs';
import { captureResponses, type SeenResponse } from '../../core/indicators/responses/index.js';
import type { Capture } from '../../core/watch/captures.js';
import { API, capturedAtOf, PHU_THO } from './real-days.js';

const texts = new Map<string, string>();
/** A saved answer, fresh each time (a day's edits are made on it); its text read once (a season asks ~1,000 lists). */
const real = (name: string) => {
  let text = texts.get(name);
  if (text === undefined) texts.set(name, (text = readFileSync(new URL(`../fixtures/real/watch/${name}`, import.meta.url), 'utf8')));
  return JSON.parse(text) as { data: Record<string, unknown> };
};

type Shape = { file: string; group: string; tree?: 'score' | 'totalScore' };
/** The six lists by endpoint: their saved answer, their group, and where a tree keeps a unit's score. */
const LISTS: Readonly<Record<string, Shape>> = {
  transparency: { file: 'transparency-month-all.json', group: 'CKMB' },
  'dvc-progress-tree': { file: 'dvc-progress-tree-month-all.json', group: 'TDGQ', tree: 'score' },
  'provide-online-tree': { file: 'provide-online-tree-month-all.json', group: 'CLGQ', tree: 'totalScore' },
  'formality-online-payment-tree': { file: 'formality-online-payment-tree-month-all.json', group: 'TTTT', tree: 'totalScore' },
  'handling-satisfaction': { file: 'handling-satisfaction-month-all.json', group: 'MDHL' },
  'dossier-digitized': { file: 'dossier-digitized-month-all.json', group: 'MDSH' },
};
export const RANKING = 'service-results';
/** The province's code, as the lists' heads and the ranking's overview give it. */
export const PROVINCE_CODE = 'H44';

const month = { timeType: 'month', year: 2026, month: 8 };
/** Each list's request as the page sends it for August 2026. */
export const REQUESTS: Readonly<Record<string, Record<string, unknown>>> = {
  transparency: { rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 200, ...month },
  'dvc-progress-tree': { ...month, rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 100 },
  'provide-online-tree': { rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 200, ...month },
  'formality-online-payment-tree': { ...month, rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 100 },
  'handling-satisfaction': { rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 200, fromDate: '2026-08-01', toDate: '2026-08-31' },
  'dossier-digitized': { rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 200, ...month },
  [RANKING]: { ...month, rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 200 },
};

/** The data days of the walk (no capture on 15/9). */
export const WALK_DAYS = ['2026-09-11', '2026-09-12', '2026-09-13', '2026-09-14', '2026-09-16', '2026-09-17', '2026-09-18', '2026-09-19', '2026-09-20', '2026-09-21'] as const;

const R = undefined;
/**
 * Group scores set by hand, by unit code and day of WALK_DAYS (undefined: the saved figure): Đoan Hùng's «Mức độ hài
 * lòng» falls a little on every capture (so does its total), Xuân Lũng's «Số hóa hồ sơ» slides under a rising
 * «Tiến độ giải quyết», Bình Phú's «Dịch vụ công trực tuyến» falls 1 on 17/9.
 */
const SET: Readonly<Record<string, Readonly<Record<string, readonly (number | undefined)[]>>>> = {
  'H44.42': { TDGQ: [8.43, 8.43, 7.23, 7.23, 7.23, 7.23, 7.23, 7.23, 7.23, R] },
  'H44.123': { MDHL: [18.0, 18.0, 17.9, 17.8, 17.7, 17.6, 17.5, 17.4, 17.35, R] },
  'H44.105': { MDSH: [8.3, 8.2, 8.1, 8.05, 8.0, 7.95, 7.92, 7.9, 7.88, R], TDGQ: [17.0, 17.2, 17.4, 17.5, 17.6, 17.7, 17.8, 17.85, 17.9, R] },
  'H44.110': { TTTT: [7.5, 7.5, 7.5, R, R, R, R, R, R, R] },
  'H44.116': { CLGQ: [7.32, 7.32, 7.32, 7.32, 7.32, R, R, R, R, R] },
  'H44.182': { TDGQ: [16.18, 16.18, 16.18, 16.18, 16.18, 16.18, 16.18, 16.18, 16.18, R] },
  'H44.08': { TDGQ: [4.7, 4.7, 4.7, 4.7, 4.7, 4.7, 4.7, 4.7, 4.7, R] },
};
/** Units not in a day's answers. */
const ABSENT: Readonly<Record<string, readonly string[]>> = { '2026-09-18': ['H44.110'] };

/** How a morning was captured: the lists the page loaded (all when omitted), whether the extension asked for the rest, the lists the portal refused. */
export interface Morning {
  opened?: readonly string[];
  observeOnly?: boolean;
  refused?: readonly string[];
}
export const MORNINGS: Readonly<Record<string, Morning>> = {
  '2026-09-14': { opened: ['transparency', 'dvc-progress-tree'], observeOnly: true },
  '2026-09-16': { opened: ['transparency'] },
  '2026-09-17': { opened: ['transparency', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree', 'dossier-digitized'], refused: ['handling-satisfaction', RANKING] },
};

const codeOfId = new Map((real('dvc-progress-tree-month-all.json').data.children as { departmentId: string; departmentCode: string }[]).map((c) => [c.departmentId, c.departmentCode]));

export type Row = Record<string, unknown> & { departmentId: string; departmentCode?: string };

/**
 * A season of answers (season-days.ts) instead of the walk's table: a unit's group score on a day (its saved score
 * given, undefined: as saved), and a list's rows as the portal sent them that day (a unit renamed, one added).
 */
export interface Season {
  score(day: string, code: string, group: string, saved: number): number | undefined;
  rows?(day: string, rows: Row[], codeOf: (r: Row) => string | undefined): Row[];
}
type Scores = typeof SET | Season;
const isSeason = (s: Scores): s is Season => typeof (s as Season).score === 'function';

/** A unit's group score set for `day`, or undefined (`day` outside WALK_DAYS keeps the last day's). */
function setOn(day: string, code: string | undefined, group: string, scores: Scores, saved: number): number | undefined {
  if (isSeason(scores)) return code === undefined ? undefined : scores.score(day, code, group, saved);
  const i = (WALK_DAYS as readonly string[]).indexOf(day);
  return code === undefined || i < 0 ? undefined : scores[code]?.[group]?.[i];
}

/** A list's answer as it stood on `day`; `scores` the hand-set ones (SET unless told). */
export function listOn(day: string, endpoint: string, scores: Scores = SET): { data: Record<string, unknown> } {
  const { file, group, tree } = LISTS[endpoint]!;
  const body = real(file);
  const absent = ABSENT[day] ?? [];
  const codeOf = (r: Row) => (tree ? r.departmentCode : codeOfId.get(r.departmentId));
  const rows = (tree ? body.data.children : body.data.evaluation) as Row[];
  const left = rows.filter((r) => !absent.includes(codeOf(r)!));
  const kept = isSeason(scores) && scores.rows ? scores.rows(day, left, codeOf) : left;
  for (const r of kept) {
    const v = setOn(day, codeOf(r), group, scores, r[tree ?? 'totalScore'] as number);
    if (v !== undefined) r[tree ?? 'totalScore'] = v;
  }
  // The province's own score of the group (the list's head, under the province's code), set as a unit's is.
  const head = (tree ? body.data.parent : body.data.overview) as { totalScore: number };
  const own = setOn(day, PROVINCE_CODE, group, scores, head.totalScore);
  if (own !== undefined) head.totalScore = own;
  if (tree) body.data.children = kept;
  else {
    body.data.evaluation = kept;
    (body.data.pagination as { total: number }).total = kept.length;
  }
  return body;
}

/**
 * The province's ranking on `day`: each unit's groups as that day's lists give them, its total their sum; `lists` the
 * day's lists when already made (askedOn: read, not changed), else made here.
 */
export function rankingOn(day: string, scores: Scores = SET, lists: (endpoint: string) => { data: Record<string, unknown> } = (e) => listOn(day, e, scores)): unknown {
  const rows = new Map<string, Row & { groupScores: Record<string, number> }>();
  const overview: Record<string, number> = {};
  for (const [endpoint, { group, tree }] of Object.entries(LISTS)) {
    const d = lists(endpoint).data;
    overview[group] = ((tree ? d.parent : d.overview) as { totalScore: number }).totalScore;
    for (const c of (tree ? d.children : d.evaluation) as Row[]) {
      const r = rows.get(c.departmentId) ?? { departmentId: c.departmentId, groupScores: {} };
      for (const k of ['departmentName', 'departmentCode', 'departmentType', 'departmentLevel']) if (c[k] !== undefined && r[k] === undefined) r[k] = c[k];
      r.groupScores[group] = c[tree ?? 'totalScore'] as number;
      rows.set(c.departmentId, r);
    }
  }
  const sum = (g: Record<string, number>) => Math.round(Object.values(g).reduce((a, b) => a + b, 0) * 100) / 100;
  const evaluation = [...rows.values()].map((r) => ({ ...r, totalScore: sum(r.groupScores), totalMaxScore: 100, ratio: sum(r.groupScores), scoreDelta: null }));
  return {
    code: 'OK',
    message: 'OK',
    data: {
      overview: { departmentId: PHU_THO, departmentName: 'UBND tỉnh Phú Thọ', departmentCode: PROVINCE_CODE, departmentType: 'PROVINCE', departmentLevel: 'PROVINCE', totalScore: sum(overview), totalMaxScore: 100, ratio: sum(overview), scoreDelta: null, groupScores: overview },
      evaluation,
      pagination: { total: evaluation.length, currentPage: 1, pageSize: 200, totalPages: 1 },
    },
  };
}

/** One list asked for on a morning: its answer, or the portal's refusal (`status` 403); the request REQUESTS' unless told. */
export type Asked = { endpoint: string; status: number; body?: unknown; request?: Record<string, unknown> };

/** What was asked on `day`: the lists the page loaded, then (unless observe only) the rest and the ranking, as the extension asks them. */
export function askedOn(day: string, morning: Morning = MORNINGS[day] ?? {}, scores: Scores = SET): Asked[] {
  const all = [...Object.keys(LISTS), RANKING];
  const endpoints = morning.observeOnly ? morning.opened! : [...(morning.opened ?? []), ...all.filter((e) => !morning.opened?.includes(e))];
  // Each list made once a morning: the ranking is summed from the lists served (a season makes ~80 mornings).
  const made = new Map<string, { data: Record<string, unknown> }>();
  const list = (e: string) => made.get(e) ?? made.set(e, listOn(day, e, scores)).get(e)!;
  return endpoints.map((endpoint) =>
    morning.refused?.includes(endpoint) ? { endpoint, status: 403 } : { endpoint, status: 201, body: endpoint === RANKING ? rankingOn(day, scores, list) : list(endpoint) },
  );
}

/** The answers the page received (refusals have no body to read). */
export function seenOf(asked: readonly Asked[]): SeenResponse[] {
  return asked.flatMap((a, seq) => (a.body === undefined ? [] : [{ url: API + a.endpoint, request: a.request ?? REQUESTS[a.endpoint], body: a.body, seq }]));
}

/** A morning read as the extension reads it (the lists refused with their status, as capture.ts keeps them), saved at 04:10 the next day unless `capturedAt` says when. */
export function captureOf(day: string, asked: readonly Asked[], capturedAt = capturedAtOf(day)): Capture {
  const refused = asked.flatMap((a) => (a.body === undefined ? [{ endpoint: a.endpoint, status: a.status, request: a.request ?? REQUESTS[a.endpoint] }] : []));
  const read = captureResponses(seenOf(asked), { capturedAt, refused });
  if (!read.ok) throw new Error(read.error.message);
  return { capturedAt, snapshots: read.snapshots };
}

/** The walk's mornings up to `last` as captures. */
export function walkCaptures(last: string = WALK_DAYS.at(-1)!): Capture[] {
  return WALK_DAYS.filter((d) => d <= last).map(walkCapture);
}

/** Each morning of the walk read once a run (some 3 s for all of them): the tests only read the captures they are given. */
const walkMornings = new Map<string, Capture>();
function walkCapture(day: string): Capture {
  const known = walkMornings.get(day);
  if (known) return known;
  const made = captureOf(day, askedOn(day));
  walkMornings.set(day, made);
  return made;
}

/** A morning as the network panel saves it («Save all as HAR»), refusals with their status; its requests at `at` (UTC, as Chromium writes them). */
export function harOfAsked(day: string, asked: readonly Asked[], at = capturedAtOf(day)): unknown {
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      entries: asked.map((a) => ({
        startedDateTime: at,
        request: { method: 'POST', url: API + a.endpoint, postData: { mimeType: 'application/json', text: JSON.stringify(a.request ?? REQUESTS[a.endpoint]) } },
        response: a.body === undefined ? { status: a.status, content: { mimeType: 'text/plain', text: 'Forbidden' } } : { status: a.status, content: { mimeType: 'application/json', text: JSON.stringify(a.body) } },
      })),
    },
  };
}
