// A province's officer capturing the national list alone (the portal's saved ranking of the 34 provinces:
// test/fixtures/real/portal/service-results-ca-nuoc-2026.json, saved on 17/9/2026): 16/9 with Hà Tĩnh 2 points higher
// than saved in its total and its «Tiến độ giải quyết» (16,91 → 18,91 of 20), 17/9 exactly as saved. Shared by the core and browser walks.
import { readFileSync } from 'node:fs';
import { captureResponses } from '../../core/indicators/responses/index.js';
import type { Capture } from '../../core/watch/captures.js';
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

export function nationalCaptures(): Capture[] {
  return NATIONAL_DAYS.map((plan) => {
    const body = JSON.parse(BODY) as { data: { evaluation: { departmentCode: string; totalScore: number; ratio: number; groupScores: Record<string, number> }[] } };
    for (const e of body.data.evaluation) {
      const set = plan.totals[e.departmentCode];
      if (set === undefined) continue;
      e.totalScore = e.ratio = set.total;
      Object.assign(e.groupScores, set.groups);
    }
    const capturedAt = capturedAtOf(plan.day);
    const read = captureResponses([{ url: SERVICE_RESULTS_URL, request: REQUEST, body, seq: 1 }], { capturedAt });
    if (!read.ok) throw new Error(read.error.message);
    return { capturedAt, snapshots: read.snapshots };
  });
}
