// What a capture of one portal page gives back: snapshots and warnings, or a clear error saying what the
// adapter looked for and did not find. Shared by every page type in ./pages/.
import type { GenericMapping } from './mapping.js';
import { readPeriod } from './period.js';
import type { IndicatorSnapshot, Period } from './schema.js';
import { sameUnit } from './units.js';

export interface CaptureOptions {
  /** ISO date-time of the capture (the caller's clock: core stays pure). */
  capturedAt: string;
  /** The officer's commune: its row(s) are listed in `picked`; other rows stay for the ranking context. */
  commune?: string;
  /** Column → indicator mapping for the generic table adapter (saved per site by the extension). */
  mapping?: GenericMapping;
}

export interface CaptureError {
  /** Vietnamese, one or two sentences. */
  message: string;
  /** Every label / figure the adapter looked for. */
  lookedFor: string[];
  /** What it did not find (labels) or could not read (cells). */
  missing: string[];
  /** The page type found its table but some cells could not be read or told apart: its refusal is the one to show. */
  tableFound?: boolean;
  /**
   * The table the page type came closest to reading (index among the page's tables) and the columns it did
   * recognise there, as a mapping: the extension offers the column mapping on that table at once.
   */
  suggestion?: { table: number; mapping: GenericMapping };
}

/**
 * What the adapter did find of what it looked for: the labels not missing, optional ones ("… (nếu có)") left out —
 * their absence is no error, so listing them as found would not be true either.
 */
export function foundOf(error: CaptureError): string[] {
  const missing = new Set(error.missing);
  return error.lookedFor.filter((l) => !l.endsWith(' (nếu có)') && !missing.has(l));
}

/** A line for the preview. Row warnings name their unit, so a capture of one commune shows only that commune's. */
export interface CaptureWarning {
  /** Vietnamese, naming the table / row / cell. */
  message: string;
  /** The unit name as on the page, when the warning is about that unit's row; absent for page-level warnings. */
  unit?: string;
}

/** The warnings that concern these units, plus the page-level ones (units compared with sameUnit). */
export function warningsFor(warnings: readonly CaptureWarning[], units: readonly string[]): CaptureWarning[] {
  return warnings.filter((w) => w.unit === undefined || units.some((u) => sameUnit(u, w.unit!)));
}

export type CaptureResult =
  | {
      ok: true;
      pageType: string;
      snapshots: IndicatorSnapshot[];
      warnings: CaptureWarning[];
      /** With the `commune` option: indexes into `snapshots` of that commune's rows (empty when not on the page). */
      picked?: number[];
    }
  | { ok: false; pageType?: string; error: CaptureError };

/** Where a capture happens; every snapshot of one capture shares it. */
export interface CaptureContext {
  url: string;
  portal: string;
  pageType: string;
  capturedAt: string;
  period: Period;
}

/** The host of a page address ("dichvucong.gov.vn"); the address itself when it is not a URL. */
export function portalOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function captureFailure(pageType: string | undefined, error: CaptureError): CaptureResult {
  return { ok: false, ...(pageType ? { pageType } : {}), error };
}

/** A page type: where it applies and how it reads a page. One per file in ./pages/, listed in ./pages/index.ts. */
export interface PageType {
  id: string;
  /** Vietnamese, shown to the officer. */
  title: string;
  /** True for the page addresses this adapter was made for. */
  matches(url: string): boolean;
  capture(doc: Document, url: string, opts: CaptureOptions): CaptureResult;
}

export function captureContext(doc: Document, url: string, pageType: string, opts: CaptureOptions): CaptureContext {
  return { url, portal: portalOf(url), pageType, capturedAt: opts.capturedAt, period: readPeriod(doc) };
}

/** The successful result, or an error when the tables matched but held no unit's figures. */
export function captureSuccess(ctx: CaptureContext, snapshots: IndicatorSnapshot[], warnings: CaptureWarning[], lookedFor: string[]): CaptureResult {
  if (snapshots.length === 0) {
    return captureFailure(ctx.pageType, {
      message: 'Bảng đúng mẫu nhưng không có dòng số liệu của đơn vị nào.',
      lookedFor,
      missing: ['dòng số liệu của đơn vị'],
    });
  }
  const notes = ctx.period.kind === 'unknown'
    ? [...warnings, { message: 'Không thấy kỳ số liệu (năm, quý, tháng hoặc khoảng ngày) trên trang — kỳ được ghi là «không rõ».' }]
    : warnings;
  return { ok: true, pageType: ctx.pageType, snapshots, warnings: notes };
}
