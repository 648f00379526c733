// A month of daily captures of a real province, built from the portal's own saved responses: Phú Thọ's progress tree
// of August 2026 (test/fixtures/real/watch/, 15 agencies and 148 communes, with their dossier counts) and its
// Công khai, minh bạch answer (test/fixtures/real/portal/, 10 units and the province, the same «0/89» and «0/70»
// everywhere — the province's own figures), both read as the page asked them for the month. Each day is the saved
// answers with the dossier counts of a few units set as that day's — the score set as the portal's formula gives it
// (20 × on time ÷ received) — and the last day, 30/9, exactly as saved:
// - no capture on 28/9 and 29/9 (a two-day gap): the last day compares with 27/9, «cách 3 ngày»;
// - 27/9 captured twice, the first capture wrong for Sở Nội vụ (as if fallen already), the second the day's;
// - Sở Nội vụ loses 2,41 points on the last day, 329 of its dossiers turned overdue (1.529 → 1.858), while red all
//   month; Sở Xây dựng loses 1,01; 22 communes lose from 0,6 point up; Sở Tài chính slips into red by 0,47; Sở Nông
//   Nghiệp và Môi Trường leaves red by 0,14; Xuân Lũng rises 1,2; Đoan Hùng falls a little on each of its last four
//   captures, across the gap; the other agencies red in the saved answer stay red, unchanged.
import { readFileSync } from 'node:fs';
import { captureResponses, type SeenResponse } from '../../core/indicators/responses/index.js';
import type { Capture } from '../../core/watch/captures.js';
import { addDays } from '../../core/watch/data-day.js';
import { API, capturedAtOf, PROGRESS_ALL, PROGRESS_URL, progressRequest } from './real-days.js';
import { onceAWorker } from '../helpers/once-a-worker.js';

export const TRANSPARENCY = readFileSync(new URL('../fixtures/real/portal/transparency-phu-tho-2026-trimmed.json', import.meta.url), 'utf8');

export type Child = { departmentCode: string; departmentName: string; level: string; totalReceived: number; totalOnTime: number; totalOverdue: number; ratio: number; score: number };
export const SAVED: readonly Child[] = (JSON.parse(PROGRESS_ALL) as { data: { children: Child[] } }).data.children;
const byCode = (code: string) => SAVED.find((c) => c.departmentCode === code)!;

/** The units of the story by code. */
export const MONTH = {
  noiVu: 'H44.42',
  xayDung: 'H44.44',
  taiChinh: 'H44.43',
  nongNghiep: 'H44.45',
  xuanLung: 'H44.105',
  doanHung: 'H44.123',
} as const;

/** Communes of the transparency answer (their Công khai, minh bạch is captured too). */
const WITH_TRANSPARENCY = new Set((JSON.parse(TRANSPARENCY) as { data: { evaluation: { departmentName: string }[] } }).data.evaluation.map((e) => e.departmentName));

/** How many more on-time dossiers than saved `c` had before the last day, for a fall of `points` or more. */
const forFall = (c: Child, points: number) => Math.ceil((points * c.totalReceived) / 20);

/**
 * The 22 communes that fall on the last day: of those with 200 dossiers or more and overdue ones enough to have been
 * on time the day before, in the answer's order, the 2nd, 4th …
 */
export const FALLING_COMMUNES: readonly Child[] = SAVED.filter((c) => c.level === 'COMMUNE' && c.totalReceived >= 200 && c.totalOverdue >= forFall(c, 1.75) && !WITH_TRANSPARENCY.has(c.departmentName) && c.departmentCode !== MONTH.xuanLung && c.departmentCode !== MONTH.doanHung)
  .filter((_, i) => i % 2 === 1)
  .slice(0, 22);

/** Per unit: on-time dossiers more than saved (negative: fewer), on each day before the last. */
function extraOn(code: string, day: string, firstOfDouble: boolean): number {
  const c = byCode(code);
  if (code === MONTH.noiVu) return firstOfDouble ? 0 : 329;
  if (code === MONTH.xayDung) return forFall(c, 1);
  if (code === MONTH.taiChinh) return 4;
  if (code === MONTH.nongNghiep) return -191;
  if (code === MONTH.xuanLung) return -forFall(c, 1.2);
  // Đoan Hùng: 3 more on time per capture back from the last, over its last four captures (24/9 on: 12, 9, 6, 3).
  if (code === MONTH.doanHung) return 3 * Math.min(4, [...CAPTURE_DAYS].reverse().indexOf(day));
  const falling = FALLING_COMMUNES.findIndex((f) => f.departmentCode === code);
  return falling >= 0 ? forFall(c, 0.6 + 0.05 * falling) : 0;
}

export const LAST = '2026-09-30';
/** The data days captured: September without 28/9 and 29/9. */
export const CAPTURE_DAYS: readonly string[] = Array.from({ length: 30 }, (_, i) => addDays('2026-09-01', i)).filter((d) => d !== '2026-09-28' && d !== '2026-09-29');

/** The progress tree as it was on `day`. */
export function progressOn(day: string, firstOfDouble = false): unknown {
  const body = JSON.parse(PROGRESS_ALL) as { data: { children: Child[] } };
  if (day === LAST) return body;
  for (const c of body.data.children) {
    const extra = extraOn(c.departmentCode, day, firstOfDouble);
    if (extra === 0) continue;
    c.totalOnTime += extra;
    c.totalOverdue -= extra;
    c.ratio = Math.round((10_000 * c.totalOnTime) / c.totalReceived) / 100;
    c.score = Math.round((2_000 * c.totalOnTime) / c.totalReceived) / 100;
  }
  return body;
}

/** What the page received on `day`: the progress tree and Công khai, minh bạch, both for August 2026. */
export function monthSeen(day: string, firstOfDouble = false): SeenResponse[] {
  return [
    { url: PROGRESS_URL, request: progressRequest(), body: progressOn(day, firstOfDouble), seq: 1 },
    { url: `${API}transparency`, request: progressRequest(), body: JSON.parse(TRANSPARENCY) as unknown, seq: 2 },
  ];
}

/** The month as captures: one a day at 04:10 the next morning, 27/9 also captured again at 15:00 on 28/9 (the one that counts). */
export function monthCaptures(): Capture[] {
  // Read once a worker, a new array each call: three files ask nine times (0.5 s of processor time a reading).
  return [...onceAWorker(made, 'month', readMonth)];
}
const made = new Map<string, readonly Capture[]>();
function readMonth(): Capture[] {
  const read = (seen: SeenResponse[], capturedAt: string): Capture => {
    const r = captureResponses(seen, { capturedAt });
    if (!r.ok) throw new Error(r.error.message);
    return { capturedAt, snapshots: r.snapshots };
  };
  return CAPTURE_DAYS.flatMap((day) => [
    ...(day === '2026-09-27' ? [read(monthSeen(day, true), capturedAtOf(day))] : []),
    read(monthSeen(day), day === '2026-09-27' ? new Date('2026-09-28T15:00:00+07:00').toISOString() : capturedAtOf(day)),
  ]);
}

/** A unit's saved row. */
export const savedUnit = byCode;
