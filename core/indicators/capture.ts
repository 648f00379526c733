// What a capture of one portal page gives back: snapshots and warnings, or a clear error saying what the
// adapter looked for and did not find. Shared by every page type in ./pages/.
import { definedIndicator } from './codes.js';
import type { GenericMapping } from './mapping.js';
import { readPeriod } from './period.js';
import type { IndicatorSnapshot, Period } from './schema.js';
import { sameUnit, unitKey } from './units.js';
import { addTo } from '../grouped.js';
import { formatNumberVi } from '../values.js';

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
  /**
   * The kind of note, as one plain Vietnamese sentence without the unit: the preview shows each kind once, with
   * how many times and for which units (a province's lists repeat one note per unit and metric).
   */
  kind?: string;
  /**
   * What of the unit the note says, where its kind alone cannot (a figure no unit can have: the metric by its
   * Vietnamese name and its numbers, «Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG»: tử số 2.260 lớn hơn mẫu số 1.130): shown
   * beside the unit wherever the notes are grouped by kind, so the officer knows which figure to check on the portal.
   */
  detail?: string;
}

/**
 * The warnings that concern these units, plus the page-level ones (units compared with sameUnit). Linear: the units
 * indexed by their key, each warning's unit looked up once per distinct name.
 */
export function warningsFor(warnings: readonly CaptureWarning[], units: readonly string[]): CaptureWarning[] {
  const byKey = new Map<string, string[]>();
  for (const u of units) addTo(byKey, unitKey(u), u);
  const concerns = new Map<string, boolean>();
  return warnings.filter((w) => {
    if (w.unit === undefined) return true;
    let hit = concerns.get(w.unit);
    if (hit === undefined) concerns.set(w.unit, (hit = (byKey.get(unitKey(w.unit)) ?? []).some((u) => sameUnit(u, w.unit!))));
    return hit;
  });
}

/** Notes of one kind together: the kind's sentence, how many times, and which units (in the order first met). */
export interface NoteOfKind {
  text: string;
  count: number;
  units: string[];
  /** Each warning's unit with its detail («Sở Nội vụ: «Công khai, minh bạch» ghi 25 điểm, tối đa 18»), in the order met. */
  details: string[];
}

/**
 * The warnings as the officer reads them, on every face: each kind once, with how many and which units (a province's
 * lists repeat one note per unit and metric — 433 lines of the same provisional-denominator note for one HAR);
 * a warning without a kind stands alone. Linear.
 */
export function notesByKind(warnings: readonly CaptureWarning[]): NoteOfKind[] {
  const kinds = new Map<string, { text: string; count: number; units: Set<string>; details: string[] }>();
  for (const w of warnings) {
    const key = w.kind ?? w.message;
    let entry = kinds.get(key);
    if (!entry) kinds.set(key, (entry = { text: key, count: 0, units: new Set<string>(), details: [] }));
    entry.count++;
    if (w.kind && w.unit) entry.units.add(w.unit);
    if (w.kind && w.detail) entry.details.push(w.unit ? `${w.unit}: ${w.detail}` : w.detail);
  }
  return [...kinds.values()].map((k) => ({ text: k.text, count: k.count, units: [...k.units], details: k.details }));
}

/** A note with details as one line: its kind, how many times, and the first `shown` places (unit and figure), the rest counted. */
export function detailedNote(n: NoteOfKind, shown: number): string {
  const more = n.details.length > shown ? `; và ${formatNumberVi(n.details.length - shown)} chỗ khác` : '';
  return `${n.text} (${formatNumberVi(n.count)} lần): ${n.details.slice(0, shown).join('; ')}${more}`;
}

export type CaptureResult =
  | {
      ok: true;
      pageType: string;
      snapshots: IndicatorSnapshot[];
      warnings: CaptureWarning[];
      /** With the `commune` option: indexes into `snapshots` of that commune's rows (empty when not on the page). */
      picked?: number[];
      /** The 766 page's view: which groups it holds, which it has not received (none other page types). */
      view?: ViewGroups;
    }
  | { ok: false; pageType?: string; error: CaptureError };

/** What one view of the 766 page holds: its period, the groups received, those asked for and still on the way, and those never asked. */
export interface ViewGroups {
  period: string;
  /** Vietnamese group titles («Công khai, minh bạch»…), in the portal's order. */
  held: string[];
  waiting: string[];
  missing: string[];
}

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

/**
 * A page type: what officers call it, the figures it gives, where it applies and how it reads a page. One per file
 * in ./pages/, made with `definePage` and listed in ./pages/index.ts (the 766 page's responses: ./page-766.ts).
 */
export interface PageType<Id extends string = string> {
  /** The file name in ./pages/; every snapshot stores it, so it is never renamed. */
  id: Id;
  /** Vietnamese, shown to the officer (popup, history, exports, `thidua capture`). */
  title: string;
  /** English, shown by the extension in English. */
  titleEn: string;
  /**
   * The indicator codes (codes.ts) this page type gives: the page list its figures belong to. When several page
   * types read one page, the one that read most of its own codes wins.
   */
  yields: readonly string[];
  /** True for the page addresses this adapter was made for. */
  matches(url: string): boolean;
  capture(doc: Document, url: string, opts: CaptureOptions): CaptureResult;
}

/** What is known of a page type without reading a page: its id, titles and the codes it gives. */
export type PageCard<Id extends string = string> = Pick<PageType<Id>, 'id' | 'title' | 'titleEn' | 'yields'>;

/**
 * A page type as its file writes it, its id kept as a literal (PageTypeId is the registry's ids). Every code it
 * yields must be documented: a typo throws when the module loads, not when an officer captures.
 */
export function definePage<const P extends PageType>(page: P): P {
  for (const code of page.yields) definedIndicator(code);
  return page;
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
