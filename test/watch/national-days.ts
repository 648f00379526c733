// A province's officer capturing the national list alone (the portal's saved ranking of the 34 provinces:
// test/fixtures/real/portal/service-results-ca-nuoc-2026.json, saved on 17/9/2026): 16/9 with Hà Tĩnh 2 points higher
// than saved in its total and its «Tiến độ giải quyết» (16,91 → 18,91 of 20), 17/9 exactly as saved (or, MISREAD_DAYS,
// with Phú Thọ's total alone edited). Shared by the core and browser walks.
import { readFileSync } from 'node:fs';
import { captureResponses } from '../../core/indicators/responses/index.js';
import type { Capture } from '../../core/watch/captures.js';
import { buildExport } from '../../extension/src/export/backup.js';
import { SERVICE_RESULTS_URL } from './an-giang-days.js';
import { capturedAtOf } from './real-days.js';

const BODY = readFileSync(new URL('../fixtures/real/portal/service-results-ca-nuoc-2026.json', import.meta.url), 'utf8');
/** The national ranking's request (the saving tracker's own request.json). */
const REQUEST = { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' };
export const HA_TINH = { code: 'H27', name: 'UBND tỉnh Hà Tĩnh', saved: 56.94 } as const;

/** The two mornings: each day's totals and group scores set by code (the ratio with the total: the portal sends both). */
export const NATIONAL_DAYS: readonly { day: string; totals: Readonly<Record<string, { total: number; groups: Record<string, number> }>> }[] = [
  { day: '2026-09-16', totals: { [HA_TINH.code]: { total: 58.94, groups: { TDGQ: 18.91 } } } },
  { day: '2026-09-17', totals: {} },
];

/**
 * Phú Thọ's total misread on 17/9: 63,15, 0,55 above its six groups as saved (they add up to its saved 62,6) — a total
 * that does not add up (core/watch/total-sum.ts); 16/9 as NATIONAL_DAYS.
 */
export const MISREAD = { code: 'H44', name: 'UBND tỉnh Phú Thọ', total: 63.15, groups: 62.6 } as const;
export const MISREAD_DAYS: typeof NATIONAL_DAYS = [NATIONAL_DAYS[0]!, { day: '2026-09-17', totals: { [MISREAD.code]: { total: MISREAD.total, groups: {} } } }];

type NationalPlan = (typeof NATIONAL_DAYS)[number];

/** The saved ranking as it would have been that day. */
export function nationalAnswer(plan: NationalPlan): unknown {
  const body = JSON.parse(BODY) as { data: { evaluation: { departmentCode: string; totalScore: number; ratio: number; groupScores: Record<string, number> }[] } };
  for (const e of body.data.evaluation) {
    const set = plan.totals[e.departmentCode];
    if (set === undefined) continue;
    e.totalScore = e.ratio = set.total;
    Object.assign(e.groupScores, set.groups);
  }
  return body;
}

export function nationalCaptures(plans: typeof NATIONAL_DAYS = NATIONAL_DAYS): Capture[] {
  return plans.map((plan) => {
    const capturedAt = capturedAtOf(plan.day);
    const read = captureResponses([{ url: SERVICE_RESULTS_URL, request: REQUEST, body: nationalAnswer(plan), seq: 1 }], { capturedAt });
    if (!read.ok) throw new Error(read.error.message);
    return { capturedAt, snapshots: read.snapshots };
  });
}

/** A morning's ranking as the network panel saves it («Save all as HAR»), with the request's own time. */
export function nationalHar(plan: NationalPlan): unknown {
  const entry = { startedDateTime: capturedAtOf(plan.day), request: { method: 'POST', url: SERVICE_RESULTS_URL, postData: { mimeType: 'application/json', text: JSON.stringify(REQUEST) } }, response: { status: 201, content: { mimeType: 'application/json', text: JSON.stringify(nationalAnswer(plan)) } } };
  return { log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries: [entry] } };
}

/** The 17/9 morning as the extension exports it (its JSON file, extension/src/export/backup.ts), exported the next morning. */
export const nationalExport = (plans: typeof NATIONAL_DAYS = NATIONAL_DAYS) => buildExport(nationalCaptures(plans).at(-1)!.snapshots, '2026-09-18T01:00:00.000Z');

/** What a reader of the 17/9 export says when its list of totals that do not add up was emptied (the misread morning), or names Phú Thọ in the morning as saved. */
export const EMPTIED = 'Tệp không ghi Tổng điểm của UBND tỉnh Phú Thọ ngày 17/9/2026 là lệch các nhóm, còn số liệu trong tệp cho tổng 63,15, 6 nhóm cộng lại 62,6 (chênh 0,55) — tệp đã bị sửa tay hoặc do phiên bản cũ ghi: không dùng bên nào, kiểm tra lại trang của cổng.';
export const CLAIMED = 'Tệp ghi Tổng điểm của UBND tỉnh Phú Thọ ngày 17/9/2026 là 63,15 nhưng 6 nhóm cộng lại 62,6, còn số liệu trong tệp cho 6 nhóm cộng lại đúng bằng tổng 62,6 — tệp đã bị sửa tay hoặc do phiên bản cũ ghi: không dùng bên nào, kiểm tra lại trang của cổng.';
