// Danh sách loại trang (page-type registry): one line per file in this folder. capturePage picks the adapter
// by the page address (or the officer's saved mapping), runs it, and marks the officer's commune. Each file carries
// its titles and the codes it yields; the ids here are the only list of page types there is.
import { captureFailure, foundOf, type CaptureError, type CaptureOptions, type CaptureResult, type CaptureWarning, type PageCard, type PageType } from '../capture.js';
import { isLevelCode } from '../codes.js';
import { RESPONSES_PAGE } from '../page-766.js';
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

export const PAGE_TYPES = [
  dvc766Index,
  dvc766TinhThanhPho,
  province766Monitor,
  provinceTthcStats,
  oneStopDossierStatus,
  oneStopOnlinePayment,
  oneStopDigitization,
  genericTable,
] as const satisfies readonly PageType[];

/** Every page type a snapshot can come from: the pages above, and the 766 page read from its responses. */
export const PAGE_CARDS: readonly PageCard<PageTypeId>[] = [...PAGE_TYPES, RESPONSES_PAGE];
export type PageTypeId = (typeof PAGE_TYPES)[number]['id'] | typeof RESPONSES_PAGE.id;

/** A page type's id, titles and codes; undefined for an id this build does not know (a stored snapshot's). */
export function pageCard(id: string): PageCard<PageTypeId> | undefined {
  return PAGE_CARDS.find((p) => p.id === id);
}

/** The page types made for this address (several provincial ones may share a host). */
export function pageTypesFor(url: string): PageType<PageTypeId>[] {
  return PAGE_TYPES.filter((p) => p.matches(url));
}

/**
 * Captures a page: with a saved mapping, the generic table adapter; else each page type made for the address, in
 * order, until one reads the page. When none does, the error of the one that came closest (fewest missing). Each
 * page type runs isolated (as core/checks/run.ts runs checks): one that throws is named in a warning and the others
 * still read. `registry` is PAGE_TYPES; a test gives its own.
 */
export function capturePage(doc: Document, url: string, opts: CaptureOptions, registry: readonly PageType[] = PAGE_TYPES): CaptureResult {
  return readingTablesOnce(() => captureWith(doc, url, opts, registry));
}

/** What a page type gave, or the notice naming it when it threw. */
function captureIsolated(page: PageType, doc: Document, url: string, opts: CaptureOptions): CaptureResult | { crashed: CaptureWarning } {
  try {
    return page.capture(doc, url, opts);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { crashed: { message: `Bộ đọc «${page.title}» gặp lỗi khi đọc trang (${why}): bỏ qua bộ đọc này, các bộ đọc khác vẫn đọc.` } };
  }
}

function captureWith(doc: Document, url: string, opts: CaptureOptions, registry: readonly PageType[]): CaptureResult {
  const candidates: readonly PageType[] = opts.mapping ? [genericTable] : registry.filter((p) => p.matches(url));
  if (candidates.length === 0) {
    return captureFailure(undefined, {
      message: `Chưa có mẫu đọc cho trang này (${url}). Có thể chọn một bảng trên trang và lưu ánh xạ cột.`,
      lookedFor: registry.filter((p) => p.id !== genericTable.id).map((p) => p.title),
      missing: ['loại trang phù hợp với địa chỉ'],
    });
  }
  const failures: CaptureResult[] = [];
  const crashed: CaptureWarning[] = [];
  let best: { result: Extract<CaptureResult, { ok: true }>; fit: readonly number[] } | undefined;
  for (const page of candidates) {
    const result = captureIsolated(page, doc, url, opts);
    if ('crashed' in result) crashed.push(result.crashed);
    else if (!result.ok) failures.push(result);
    else {
      const fit = fitOf(result);
      if (!best || greater(fit, best.fit)) best = { result, fit };
    }
  }
  // A page type that found its table and could not read named cells saw a changed layout: that refusal stands,
  // whatever another page type would read of the rest.
  const changed = failures.filter((f) => !f.ok && f.error.tableFound);
  if (best && changed.length === 0) {
    const read = crashed.length > 0 ? { ...best.result, warnings: [...crashed, ...best.result.warnings] } : best.result;
    return opts.commune ? pickCommune(read, opts.commune) : read;
  }
  if (changed.length > 0) return withCrashes(changed.reduce((worst, f) => (closer(f, worst) ? f : worst)), crashed);
  if (failures.length === 0) {
    return captureFailure(undefined, {
      message: `Không bộ đọc nào đọc được trang. ${crashed.map((c) => c.message).join(' ')}`,
      lookedFor: candidates.map((p) => p.title),
      missing: candidates.map((p) => `bộ đọc «${p.title}» chạy hết`),
    });
  }
  return withCrashes(failures.reduce((worst, f) => (closer(f, worst) ? f : worst)), crashed);
}

/** A refusal that also names the page types that threw. */
function withCrashes(failure: CaptureResult, crashed: readonly CaptureWarning[]): CaptureResult {
  if (failure.ok || crashed.length === 0) return failure;
  return { ...failure, error: { ...failure.error, message: `${failure.error.message} ${crashed.map((c) => c.message).join(' ')}` } };
}

/**
 * How well a page type fits what it read (a page type is a preference, not a gate: several read a provincial
 * table): the codes read that are its own (its `yields`), then all the codes read (a table that mixes two pages'
 * columns goes to the one that loses none of them), then the share of its own codes read. The first page type in
 * PAGE_TYPES wins a tie.
 */
function fitOf(result: Extract<CaptureResult, { ok: true }>): readonly number[] {
  const yields: readonly string[] = pageCard(result.pageType)?.yields ?? [];
  const read = new Set(result.snapshots.flatMap((s) => s.indicators.map((i) => i.code)));
  const own = [...read].filter((code) => yields.includes(code));
  const all = yields.filter((code) => !isLevelCode(code)).length;
  return [own.length, read.size, own.length / Math.max(1, all)];
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
  return greater(rank(a.error), rank(b.error));
}

/** Compares two rankings figure by figure, the first that differs deciding. */
function greater(x: readonly number[], y: readonly number[]): boolean {
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
