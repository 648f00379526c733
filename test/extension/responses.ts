// The 766 page's real saved answers (test/fixtures/real/portal), captured as the popup captures them.
import { readFileSync } from 'node:fs';
import { captureResponses, type ResponsesResult } from '../../core/indicators/responses/index.js';

const REAL = new URL('../fixtures/real/portal/', import.meta.url);
const API = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
/** The requests the page made for those answers: Phú Thọ's lists, and An Giang's own ranking. */
const PHU_THO = { timeType: 'year', year: 2026, rootDepartmentId: '019d2be3-6a88-732b-8b17-b68020c8553a', currentPage: 1, pageSize: 100 };
const AN_GIANG = { timeType: 'year', year: 2026, rootDepartmentId: '019d2be3-6a84-779d-b3e7-e214bdb86482' };

export const AT = '2026-10-05T02:00:00.000Z';

/** The capture of one saved answer; throws with the reader's message when it does not read. */
export function captured(file: 'service-results-an-giang-2026.json' | 'transparency-phu-tho-2026-trimmed.json', commune?: string): Extract<ResponsesResult, { ok: true }> {
  const endpoint = file.startsWith('service-results') ? 'service-results' : 'transparency';
  const body: unknown = JSON.parse(readFileSync(new URL(file, REAL), 'utf8'));
  const r = captureResponses([{ url: API + endpoint, request: file.includes('an-giang') ? AN_GIANG : PHU_THO, body }], { capturedAt: AT, ...(commune ? { commune } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r;
}
