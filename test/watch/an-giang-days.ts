// An Giang's mornings built from the portal's own saved ranking (test/fixtures/real/portal/service-results-an-giang-2026.json:
// 102 communes and 15 agencies, totals only): each data day is the saved answer with the totals of a few units set as
// that day's — a day missed, a slide, falls into red and out, an agency gone from one answer, and units the portal gives
// no figure (totalScore null) — the last day exactly as saved. Shared by the core and browser walks.
import { readFileSync } from 'node:fs';
import { captureResponses, type SeenResponse } from '../../core/indicators/responses/index.js';
import type { Capture } from '../../core/watch/captures.js';
import { capturedAtOf } from './real-days.js';

export const AN_GIANG_BODY = readFileSync(new URL('../fixtures/real/portal/service-results-an-giang-2026.json', import.meta.url), 'utf8');
export const SERVICE_RESULTS_URL = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/service-results';
/** The request the tracker's browser made for the saved answer (An Giang chosen, the year 2026). */
export const AN_GIANG_REQUEST = { timeType: 'year', year: 2026, rootDepartmentId: '019d2be3-6a84-779d-b3e7-e214bdb86482' };

/** Units of the story (codes of the saved answer) and their totals there. */
export const AG = {
  giongRieng: { code: 'H01.175', name: 'UBND xã Giồng Riềng', saved: 64.94 },
  longXuyen: { code: 'H01.101', name: 'UBND phường Long Xuyên - tỉnh An Giang', saved: 51.02 },
  taiChinh: { code: 'H01.02', name: 'Sở Tài chính - tỉnh An Giang', saved: 43.72 },
  duLich: { code: 'H01.15', name: 'Sở Du lịch - tỉnh An Giang', saved: 69.91 },
  thanhTra: { code: 'H01.08', name: 'Thanh tra tỉnh An Giang', saved: 16 },
  danToc: { code: 'H01.07', name: 'Sở Dân tộc và Tôn giáo - tỉnh An Giang', saved: 60.46 },
} as const;

/** A morning: its data day, units' totals that day (by code; null: the portal's empty figure), units not in the answer. */
export interface AnGiangDay {
  day: string;
  totals: Readonly<Record<string, number | null>>;
  absent?: readonly string[];
  /** Units the answer lists under another group that day (by code: the portal's childGroup, e.g. «COMMUNE»). */
  moved?: Readonly<Record<string, string>>;
}

const { giongRieng: gr, longXuyen: lx, taiChinh: tc, duLich: dl, thanhTra: tt, danToc: dt } = AG;
/**
 * 11/11 to 21/11 with no capture on 15/11: Giồng Riềng (the officer's commune) falls a little on five captures in a row;
 * Long Xuyên falls 2,2 into red on 16/11 and rises out of it on 19/11; Sở Tài chính falls 1,2 on 16/11; Sở Du lịch is
 * not in the answer of 17/11; Sở Dân tộc và Tôn giáo has no figure from 13/11 to 19/11; Thanh tra, red, none on 19/11.
 */
export const AN_GIANG_STORY: readonly AnGiangDay[] = [
  { day: '2026-11-11', totals: { [gr.code]: 65.44, [lx.code]: 52.02, [tc.code]: 44.92 } },
  { day: '2026-11-12', totals: { [gr.code]: 65.44, [lx.code]: 52.02, [tc.code]: 44.92 } },
  { day: '2026-11-13', totals: { [gr.code]: 65.24, [lx.code]: 52.02, [tc.code]: 44.92, [dt.code]: null } },
  { day: '2026-11-14', totals: { [gr.code]: 65.14, [lx.code]: 52.02, [tc.code]: 44.92, [dt.code]: null } },
  { day: '2026-11-16', totals: { [gr.code]: 65.04, [lx.code]: 49.82, [dt.code]: null } },
  { day: '2026-11-17', totals: { [gr.code]: 64.99, [lx.code]: 49.82, [dt.code]: null }, absent: [dl.code] },
  { day: '2026-11-18', totals: { [lx.code]: 49.82, [dt.code]: null } },
  { day: '2026-11-19', totals: { [dt.code]: null, [tt.code]: null } },
  { day: '2026-11-20', totals: { [tt.code]: 16.3 } },
  { day: '2026-11-21', totals: {} },
];

/** The saved answer as it would have been that day. */
export function anGiangAnswer(plan: AnGiangDay): unknown {
  const body = JSON.parse(AN_GIANG_BODY) as { data: { evaluation: { departmentCode: string; totalScore: number | null; ratio: number | null; childGroup: string }[] } };
  body.data.evaluation = body.data.evaluation.filter((e) => !plan.absent?.includes(e.departmentCode));
  for (const e of body.data.evaluation) {
    const group = plan.moved?.[e.departmentCode];
    if (group) e.childGroup = group;
    const total = plan.totals[e.departmentCode];
    // The ranking's ratio is the total over 100: the portal sends both, empty together.
    if (total !== undefined) e.totalScore = e.ratio = total;
  }
  return body;
}

export function anGiangSeen(plan: AnGiangDay): SeenResponse[] {
  return [{ url: SERVICE_RESULTS_URL, request: AN_GIANG_REQUEST, body: anGiangAnswer(plan), seq: 1 }];
}

/** The story's mornings as captures, each taken at 04:10 the next morning. */
export function anGiangCaptures(plans: readonly AnGiangDay[] = AN_GIANG_STORY): Capture[] {
  return plans.map((plan) => {
    const capturedAt = capturedAtOf(plan.day);
    const read = captureResponses(anGiangSeen(plan), { capturedAt });
    if (!read.ok) throw new Error(read.error.message);
    return { capturedAt, snapshots: read.snapshots };
  });
}
