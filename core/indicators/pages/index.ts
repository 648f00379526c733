// Danh sách loại trang (page-type registry): one line per file in this folder. capturePage picks the adapter
// by the page address (or the officer's saved mapping), runs it, and marks the officer's commune.
import { captureFailure, foundOf, type CaptureError, type CaptureOptions, type CaptureResult, type PageType } from '../capture.js';
import { readingTablesOnce } from '../table.js';
import { sameUnit } from '../units.js';
import { dvc766Index } from './dvc-766-index.js';
import { dvc766TinhThanhPho } from './dvc-766-tinh-thanh-pho.js';
import { genericTable } from './generic-table.js';
import { oneStopDigitization } from './one-stop-digitization.js';
import { oneStopDossierStatus } from './one-stop-dossier-status.js';
import { oneStopOnlinePayment } from './one-stop-online-payment.js';
import { province766Monitor } from './province-766-monitor.js';
import { provinceTthcStats } from './province-tthc-stats.js';

export { GenericColumn, GenericMapping } from '../mapping.js';
export { listTables, type TableSummary } from './generic-table.js';

export const PAGE_TYPES: readonly PageType[] = [
  dvc766Index,
  dvc766TinhThanhPho,
  province766Monitor,
  provinceTthcStats,
  oneStopDossierStatus,
  oneStopOnlinePayment,
  oneStopDigitization,
  genericTable,
];

/** The page types made for this address (several provincial ones may share a host). */
export function pageTypesFor(url: string): PageType[] {
  return PAGE_TYPES.filter((p) => p.matches(url));
}

/**
 * Captures a page: with a saved mapping, the generic table adapter; else each page type made for the address, in
 * order, until one reads the page. When none does, the error of the one that came closest (fewest missing).
 */
export function capturePage(doc: Document, url: string, opts: CaptureOptions): CaptureResult {
  return readingTablesOnce(() => captureWith(doc, url, opts));
}

function captureWith(doc: Document, url: string, opts: CaptureOptions): CaptureResult {
  const candidates = opts.mapping ? [genericTable] : pageTypesFor(url);
  if (candidates.length === 0) {
    return captureFailure(undefined, {
      message: `Chưa có mẫu đọc cho trang này (${url}). Có thể chọn một bảng trên trang và lưu ánh xạ cột.`,
      lookedFor: PAGE_TYPES.filter((p) => p !== genericTable).map((p) => p.title),
      missing: ['loại trang phù hợp với địa chỉ'],
    });
  }
  const failures: CaptureResult[] = [];
  for (const page of candidates) {
    const result = page.capture(doc, url, opts);
    if (result.ok) return opts.commune ? pickCommune(result, opts.commune) : result;
    failures.push(result);
  }
  return failures.reduce((best, f) => (closer(f, best) ? f : best));
}

/**
 * The refusal to show: a page type that found its table (cells refused) before one that did not; then the one that
 * found the largest share of what it needs; then the fewest things missing; else the first tried.
 */
function closer(a: CaptureResult, b: CaptureResult): boolean {
  if (a.ok || b.ok) return a.ok;
  const share = (e: CaptureError) => {
    const found = foundOf(e).length;
    return found / Math.max(1, found + e.missing.length);
  };
  const rank = (e: CaptureError) => [e.tableFound ? 1 : 0, share(e), -e.missing.length];
  const [x, y] = [rank(a.error), rank(b.error)];
  const i = x.findIndex((v, k) => v !== y[k]);
  return i >= 0 && x[i]! > y[i]!;
}

/** Lists the commune's rows in `picked` ("Xã Ta Ma" = "UBND xã Ta Ma" = "Ta Ma"); warns when it is not on the page. */
export function pickCommune(result: Extract<CaptureResult, { ok: true }>, commune: string): CaptureResult {
  const picked = result.snapshots.flatMap((s, i) => (sameUnit(s.unit.name, commune) ? [i] : []));
  const warnings = picked.length > 0
    ? result.warnings
    : [...result.warnings, { message: `Không thấy «${commune}» trong ${result.snapshots.length} đơn vị trên trang.` }];
  return { ...result, warnings, picked };
}
