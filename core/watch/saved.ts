// Lần chụp đã lưu (a saved capture, as the officer keeps them in a folder for `thidua watch`): a HAR of the network
// panel («Save all as HAR»: every request with its own time, `startedDateTime`), the extension's «Lưu phản hồi»
// file, the extension's export or backup (snapshots, each with its capture time), or one response body saved alone
// (named after its endpoint). Each becomes captures with their time; the response reader keeps the
// procedure-filtered responses apart from the page's own view (core/indicators/procedures.ts).
import type { CaptureWarning } from '../indicators/capture.js';
import { captureResponses, endpointOf, MAX_VIEW_UNITS, readSavedResponses, RESPONSE_TYPES, type RefusedList, type SeenResponse } from '../indicators/responses/index.js';
import { IndicatorExportFile } from '../indicators/export-file.js';
import { INDICATOR_EXPORT_LABELS } from '../indicators/labels.js';
import { parseWithMessages } from '../schema-messages.js';
import type { IndicatorExport } from '../indicators/schema.js';
import { formatNumberVi } from '../values.js';
import type { Capture } from './captures.js';
import { vietnamStamp } from './data-day.js';
import { fileTotalDoubts } from './total-sum.js';

export type SavedRead =
  | { ok: true; captures: Capture[]; warnings: CaptureWarning[]; timeFrom: 'file' | 'fallback' }
  | { ok: false; message: string };

const API = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
const ENDPOINTS = RESPONSE_TYPES.flatMap((t) => t.endpoints).filter((e) => e !== 'rest.jsp');

/** The newest request time of the 766 requests in a HAR (each entry's `startedDateTime`). */
function harTime(json: unknown): string | undefined {
  const entries = (json as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) return undefined;
  let newest: string | undefined;
  for (const e of entries) {
    const url = (e as { request?: { url?: unknown } })?.request?.url;
    const at = (e as { startedDateTime?: unknown })?.startedDateTime;
    if (typeof url !== 'string' || typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !endpointOf(url)) continue;
    const iso = new Date(Date.parse(at)).toISOString();
    if (!newest || iso > newest) newest = iso;
  }
  return newest;
}

/** The endpoint a lone body's path names («…/2026-09-14/dvc-progress-tree.json»). */
function endpointOfPath(path: string): string | undefined {
  const parts = path.toLowerCase().split(/[\\/]/).reverse();
  for (const part of parts) {
    const stem = part.replace(/\.(json|har)$/, '');
    const found = ENDPOINTS.find((e) => stem === e || stem.startsWith(`${e}-`) || stem.startsWith(`${e}.`));
    if (found) return found;
  }
  return undefined;
}

function fromResponses(seen: readonly SeenResponse[], capturedAt: string, pageUrl: string | undefined, refused?: readonly RefusedList[]): SavedRead {
  // The reader keeps the procedure-filtered answers apart from the units' own figures.
  const read = captureResponses(seen, { capturedAt, ...(pageUrl ? { pageUrl } : {}), ...(refused ? { refused } : {}) });
  const procedures = read.procedures ?? [];
  if (!read.ok) {
    if (procedures.length === 0) return { ok: false, message: read.error.message };
    return { ok: true, captures: [{ capturedAt, snapshots: [], procedures }], warnings: [], timeFrom: 'file' };
  }
  return {
    ok: true,
    captures: [{ capturedAt, snapshots: read.snapshots, ...(procedures.length > 0 ? { procedures } : {}) }],
    warnings: read.warnings,
    timeFrom: 'file',
  };
}

/**
 * The captures a saved file holds. `fallbackTime` (the file's own modification time) stands for the capture's time
 * where the file carries none (a lone body, the extension's «Lưu phản hồi» file); `path` names a lone body's
 * endpoint.
 */
export function readSavedCapture(json: unknown, path: string, fallbackTime: string): SavedRead {
  const exported = IndicatorExportFile.safeParse(json);
  if (exported.success) {
    const byTime = new Map<string, Capture & { snapshots: IndicatorExport['snapshots'] }>();
    for (const s of exported.data.snapshots) {
      const c = byTime.get(s.capturedAt) ?? { capturedAt: s.capturedAt, snapshots: [] };
      c.snapshots.push(s);
      byTime.set(s.capturedAt, c);
    }
    // One capture is one view of the portal: more units than a view holds is no capture (as the responses are bounded).
    const crowded = [...byTime.values()].find((c) => c.snapshots.length > MAX_VIEW_UNITS);
    if (crowded) {
      return { ok: false, message: `lần chụp lúc ${vietnamStamp(crowded.capturedAt)} có ${formatNumberVi(crowded.snapshots.length)} dòng đơn vị — quá ${formatNumberVi(MAX_VIEW_UNITS)} (một tỉnh có vài trăm đơn vị): không đọc, để máy không bị treo.` };
    }
    // The file's own word on its totals, where its figures give otherwise: the file's note (no unit), so the face names the file.
    return { ok: true, captures: [...byTime.values()], warnings: fileTotalDoubts(exported.data).map((d) => ({ message: d.words })), timeFrom: 'file' };
  }
  // A file that says it is the extension's export and is not one is said as such (a count its bytes do not carry, a
  // column of the wrong length), not read again as some other kind of capture.
  if ((json as { format?: unknown } | null)?.format === 'thidua-indicators') {
    const parsed = parseWithMessages(IndicatorExportFile, json, INDICATOR_EXPORT_LABELS);
    if (!parsed.ok) return { ok: false, message: `tệp xuất của tiện ích thidua không đúng định dạng: ${parsed.errors.slice(0, 3).join('; ')}` };
  }
  const har = harTime(json);
  const endpoint = endpointOfPath(path);
  const saved = readSavedResponses(json, endpoint ? `${API}${endpoint}` : path);
  if (!saved.ok) return { ok: false, message: saved.error.message };
  const read = fromResponses(saved.seen, har ?? fallbackTime, saved.pageUrl, saved.refused);
  return read.ok && !har ? { ...read, timeFrom: 'fallback' } : read;
}

const DAY_MS = 86_400_000;
/** The portal's 766 figures start in 2020: an earlier capture time is a mistyped or forged one. */
const FIRST_CAPTURE = Date.parse('2020-01-01T00:00:00Z');

/**
 * Why a capture's time cannot be the capture's (undefined when it can): it must read as a date, be from 2020 on,
 * and be no later than the file holding it was last written (`fileTime`) nor than tomorrow (`now` + 1 day).
 */
export function captureTimeProblem(capturedAt: string, fileTime: number, now: number): string | undefined {
  const at = Date.parse(capturedAt);
  if (Number.isNaN(at)) return `giờ chụp «${capturedAt.slice(0, 60)}» không đọc được là ngày giờ`;
  if (at < FIRST_CAPTURE) return `giờ chụp ${vietnamStamp(capturedAt)} trước năm 2020, không thể là lần chụp chỉ số 766`;
  if (at > now + DAY_MS) return `giờ chụp ${vietnamStamp(capturedAt)} sau ngày mai, không thể đúng`;
  if (at > fileTime) return `giờ chụp ${vietnamStamp(capturedAt)} sau lúc tệp được ghi (${vietnamStamp(new Date(fileTime).toISOString())}), không thể đúng`;
  return undefined;
}

/*
Made for: issue 39 item 7 — `thidua watch` reads «a folder of saved captures (HAR «Save all as HAR», saved response
bodies, the extension's backup/export)», a HAR's own request time being the capture's time (issue 39 item 6); issue 48
item 3 — a capture time that cannot be true (unreadable, before 2020, after its file or tomorrow) names the file.
*/
