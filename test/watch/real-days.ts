// Day-by-day captures of a real province built from the portal's own saved responses (test/fixtures/real/watch/:
// Phú Thọ's progress tree for August 2026, whole and filtered by one procedure): each day is the saved response with
// the scores of a few units set as that day's — a missing day, a unit absent one day, falls and rises of known size
// and a three-day decline — the last day exactly as saved. Shared by the core, command-line and browser tests.
import { readFileSync } from 'node:fs';
import { captureResponses, type SeenResponse } from '../../core/indicators/responses/index.js';
import type { Capture } from '../../core/watch/captures.js';
import { addDays } from '../../core/watch/data-day.js';

const real = (name: string) => readFileSync(new URL(`../fixtures/real/watch/${name}`, import.meta.url), 'utf8');
export const PROGRESS_ALL = real('dvc-progress-tree-month-all.json');
export const PROGRESS_PROCEDURE = real('dvc-progress-tree-month-formality.json');

export const API = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
export const PROGRESS_URL = `${API}dvc-progress-tree`;
export const CATALOGUE_URL = 'https://dichvucong.gov.vn/api/v1/reporting/formalities';
/** Phú Thọ's id, as the saved requests name it. */
export const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';

/**
 * The procedure the filtered response was asked for, as the source's manifest records it (tests/fixtures/
 * manifest.m0.json of the same repository: its catalogue answer, 142 KB of applied units, is not kept here).
 */
export const PROCEDURE = {
  id: '019d2bfd-8e22-77ef-819f-e49460350904',
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
};

/** The saved request of August 2026 (the month the responses are of), as the page sends it. */
export function progressRequest(extra: Record<string, unknown> = {}) {
  return { rootDepartmentId: PHU_THO, currentPage: 1, pageSize: 100, timeType: 'month', year: 2026, month: 8, ...extra };
}

/** The catalogue's answer naming the procedure, as the page gets it when the officer searches its code. */
export function catalogueAnswer() {
  return { code: 'OK', data: { items: [PROCEDURE], pagination: { total: 1, currentPage: 1, pageSize: 10, totalPages: 1 } }, message: 'OK' };
}

/** A day: its data day, each unit's Tiến độ giải quyết score that day (by code), the units not in that day's answer. */
export interface DayPlan {
  day: string;
  scores: Readonly<Record<string, number>>;
  absent?: readonly string[];
}

/** Units of the story (codes of the saved response) and their real scores on the last day. */
export const UNITS = {
  noiVu: { code: 'H44.42', name: 'Sở Nội vụ - Tỉnh Phú Thọ', last: 6.43 },
  doanHung: { code: 'H44.123', name: 'UBND xã Đoan Hùng', last: 15.91 },
  xuanLung: { code: 'H44.105', name: 'UBND xã Xuân Lũng', last: 18.09 },
  phuTho: { code: 'H44.110', name: 'UBND Phường Phú Thọ', last: 17.1 },
  binhPhu: { code: 'H44.116', name: 'UBND xã Bình Phú - Tỉnh Phú Thọ', last: 17.62 },
} as const;

const { noiVu, doanHung, xuanLung, phuTho } = UNITS;
/**
 * 13/9 to 20/9 with no capture on 16/9; Sở Nội vụ falls 0,8 on the last day (2 since the week before), Xuân Lũng
 * rises 1,2, Đoan Hùng falls on each of the last three days it was captured (17→18→19→20), Phường Phú Thọ is not in
 * the answer of 19/9.
 */
export const STORY: readonly DayPlan[] = [
  { day: '2026-09-13', scores: { [noiVu.code]: 8.43, [doanHung.code]: 16.5, [xuanLung.code]: 16.89 } },
  { day: '2026-09-14', scores: { [noiVu.code]: 7.23, [doanHung.code]: 16.5, [xuanLung.code]: 16.89 } },
  { day: '2026-09-15', scores: { [noiVu.code]: 7.23, [doanHung.code]: 16.5, [xuanLung.code]: 16.89 } },
  { day: '2026-09-17', scores: { [noiVu.code]: 7.23, [doanHung.code]: 16.45, [xuanLung.code]: 16.89 } },
  { day: '2026-09-18', scores: { [noiVu.code]: 7.23, [doanHung.code]: 16.2, [xuanLung.code]: 16.89 } },
  { day: '2026-09-19', scores: { [noiVu.code]: 7.23, [doanHung.code]: 16.05, [xuanLung.code]: 16.89 }, absent: [phuTho.code] },
  { day: '2026-09-20', scores: {} },
];

/** When the capture of a data day was taken: 04:10 in Vietnam the next morning, after the portal's refresh. */
export function capturedAtOf(day: string): string {
  return new Date(`${addDays(day, 1)}T04:10:00+07:00`).toISOString();
}

/** The saved whole-province answer as it would have been that day. */
export function progressAnswer(plan: DayPlan): unknown {
  const body = JSON.parse(PROGRESS_ALL) as { data: { children: { departmentCode: string; score: number }[] } };
  body.data.children = body.data.children.filter((c) => !plan.absent?.includes(c.departmentCode));
  for (const c of body.data.children) if (plan.scores[c.departmentCode] !== undefined) c.score = plan.scores[c.departmentCode]!;
  return body;
}

/** What the page received that day; on the last day the officer also filtered by the procedure after searching it. */
export function seenOn(plan: DayPlan, withProcedure: boolean): SeenResponse[] {
  return [
    { url: PROGRESS_URL, request: progressRequest(), body: progressAnswer(plan), seq: 1 },
    ...(withProcedure
      ? [
          { url: CATALOGUE_URL, request: { q: PROCEDURE.code, currentPage: 1, pageSize: 10 }, body: catalogueAnswer(), seq: 2 },
          { url: PROGRESS_URL, request: progressRequest({ formalityId: PROCEDURE.id }), body: JSON.parse(PROGRESS_PROCEDURE) as unknown, seq: 3 },
        ]
      : []),
  ];
}

/** The story as captures (the procedure filtered on the last day), as the extension reads them. */
export function storyCaptures(plans: readonly DayPlan[] = STORY): Capture[] {
  return plans.map((plan, i) => {
    const capturedAt = capturedAtOf(plan.day);
    const last = i === plans.length - 1;
    // As the extension reads them: it knows what the portal refused (nothing here), so the lists missing are the page's.
    const read = captureResponses(seenOn(plan, last), { capturedAt, refused: [] });
    if (!read.ok) throw new Error(read.error.message);
    const procedures = read.procedures ?? [];
    return { capturedAt, snapshots: read.snapshots, ...(procedures.length > 0 ? { procedures } : {}) };
  });
}

/** A HAR of the network panel holding what the page received that day («Save all as HAR»). */
export function harOf(plan: DayPlan, withProcedure: boolean): unknown {
  const at = capturedAtOf(plan.day);
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      entries: seenOn(plan, withProcedure).map((s) => ({
        startedDateTime: at,
        request: { method: 'POST', url: s.url, postData: { mimeType: 'application/json', text: JSON.stringify(s.request) } },
        response: { status: 201, content: { mimeType: 'application/json', text: JSON.stringify(s.body) } },
      })),
    },
  };
}
