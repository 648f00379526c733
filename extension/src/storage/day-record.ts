// Một ngày số liệu trong bộ nhớ (one data day as the store keeps it): every capture of that day — each save with its
// time, the units it held and the procedures filtered then — under one key, «day:YYYY-MM-DD», as its JSON text (store.ts says why). A day is read whole
// and only the days shown are read: the digest reads a week, the history page a fortnight at a time, whatever a
// year holds. The snapshots are packed (an indicator's name, unit, group and maximum once a day, its figures as a
// short array; the page, address and period once a capture) — a year of a 200-unit province with every group is
// what the bench measures — and unpacked to the same IndicatorSnapshot they were.
import { z } from 'zod';
import { IndicatorSnapshot, type IndicatorValue } from '../../../core/indicators/schema.js';
import { Procedure } from '../../../core/indicators/responses/formalities.js';
import type { Capture } from '../../../core/watch/captures.js';

/** An indicator's description, shared by the day's snapshots: [code, label, unit, group, max]. */
const Layout = z.tuple([z.string(), z.string(), z.enum(['points', 'percent', 'count']), z.string().nullable(), z.number().nullable()]);
/** What a capture's units share: the portal, page type, address and period. */
const Head = IndicatorSnapshot.pick({ portal: true, pageType: true, url: true, period: true });

/**
 * A snapshot: its head, time, content hash, unit, missing groups, lists refused, and per indicator [layout, value, fields, …]
 * where `fields` says which of numerator (1), denominator (2), ratio (4), computed (8) follow, in that order.
 */
const Packed = z.object({
  h: z.number().int().min(0),
  c: z.string(),
  x: z.string(),
  u: IndicatorSnapshot.shape.unit,
  m: z.array(z.string()).optional(),
  r: IndicatorSnapshot.shape.refusedLists,
  i: z.custom<(number | null)[][]>(isIndicatorArrays, 'chỉ số không đúng dạng [bố cục, giá trị, trường, …]'),
});

/**
 * Each indicator [layout, value, fields, …the fields flagged]: checked in one loop (a day holds some ten thousand;
 * a schema per element cost a tenth of a second a day).
 */
function isIndicatorArrays(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const ind of v) {
    if (!Array.isArray(ind) || ind.length < 3) return false;
    const [layout, value, flags] = ind as unknown[];
    if (!Number.isInteger(layout) || (layout as number) < 0 || !(value === null || typeof value === 'number') || !Number.isInteger(flags)) return false;
    let expected = 3;
    for (let bit = 0; bit < 4; bit++) if (((flags as number) & (1 << bit)) !== 0) expected++;
    if (ind.length !== expected) return false;
    for (let k = 3; k < ind.length; k++) if (!(ind[k] === null || typeof ind[k] === 'number')) return false;
  }
  return true;
}
type Packed = z.infer<typeof Packed>;

export const DayRecord = z.object({
  v: z.literal(1),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  layouts: z.array(Layout),
  heads: z.array(Head),
  snapshots: z.array(Packed),
  captures: z.array(z.object({
    at: z.string(),
    /** The day's snapshots this save held (an unchanged unit saved again points at the same one). */
    n: z.array(z.number().int().min(0)),
    /** The procedures filtered on the page then, each with its own snapshots. */
    p: z.array(z.object({ procedure: Procedure, s: z.array(Packed) })).optional(),
  })),
});
export type DayRecord = z.infer<typeof DayRecord>;

const FIELDS = ['numerator', 'denominator', 'ratio', 'computed'] as const;

/** Packs into a day record, sharing its layouts and heads. */
export class DayPacker {
  private readonly layoutIndex = new Map<string, number>();
  private readonly headIndex = new Map<string, number>();

  constructor(readonly record: DayRecord) {
    record.layouts.forEach((l, i) => this.layoutIndex.set(layoutKey(...l), i));
    record.heads.forEach((h, i) => this.headIndex.set(JSON.stringify(h), i));
  }

  pack(s: IndicatorSnapshot): Packed {
    const head = { portal: s.portal, pageType: s.pageType, url: s.url, period: s.period };
    const headKey = JSON.stringify(head);
    let h = this.headIndex.get(headKey);
    if (h === undefined) this.headIndex.set(headKey, (h = this.record.heads.push(head) - 1));
    const indicators: (number | null)[][] = [];
    for (const ind of s.indicators) {
      const group = ind.group ?? null;
      const max = ind.max ?? null;
      const key = layoutKey(ind.code, ind.label, ind.unit, group, max);
      let layout = this.layoutIndex.get(key);
      if (layout === undefined) this.layoutIndex.set(key, (layout = this.record.layouts.push([ind.code, ind.label, ind.unit, group, max]) - 1));
      const packed: (number | null)[] = [layout, ind.value, 0];
      let flags = 0;
      for (let bit = 0; bit < FIELDS.length; bit++) {
        const v = ind[FIELDS[bit]!];
        if (v === undefined) continue;
        flags |= 1 << bit;
        packed.push(v);
      }
      packed[2] = flags;
      indicators.push(packed);
    }
    return { h, c: s.capturedAt, x: s.contentHash, u: s.unit, ...(s.missingGroups ? { m: s.missingGroups } : {}), ...(s.refusedLists ? { r: s.refusedLists } : {}), i: indicators };
  }
}

function layoutKey(code: string, label: string, unit: string, group: string | null, max: number | null): string {
  return `${code}\u0000${label}\u0000${unit}\u0000${group ?? ''}\u0000${max ?? ''}`;
}

/** A packed snapshot as it was captured; a reference outside the record is refused (the record does not read). */
export function unpack(record: DayRecord, p: Packed): IndicatorSnapshot {
  const head = record.heads[p.h];
  if (!head) throw new RangeError(`head ${p.h}`);
  const indicators: IndicatorValue[] = new Array(p.i.length);
  for (let k = 0; k < p.i.length; k++) {
    const packed = p.i[k]!;
    const l = record.layouts[packed[0] as number];
    if (!l) throw new RangeError(`layout ${String(packed[0])}`);
    const ind: IndicatorValue = { code: l[0], label: l[1], value: packed[1] ?? null, unit: l[2] };
    if (l[4] !== null) ind.max = l[4];
    if (l[3] !== null) ind.group = l[3];
    const flags = packed[2] as number;
    let at = 3;
    if (flags & 1) ind.numerator = packed[at++] as number;
    if (flags & 2) ind.denominator = packed[at++] as number;
    if (flags & 4) ind.ratio = packed[at++] ?? null;
    if (flags & 8) ind.computed = packed[at++] as number;
    indicators[k] = ind;
  }
  const s: IndicatorSnapshot = { ...head, capturedAt: p.c, contentHash: p.x, unit: p.u, indicators };
  if (p.m) s.missingGroups = p.m;
  if (p.r) s.refusedLists = p.r;
  return s;
}

export function emptyDay(day: string): DayRecord {
  return { v: 1, day, layouts: [], heads: [], snapshots: [], captures: [] };
}

/** The day's saves as the watch reads them: each with its time, its units and its procedures. */
export function capturesOf(record: DayRecord): Capture[] {
  const snapshots = record.snapshots.map((p) => unpack(record, p));
  return record.captures.map((c) => ({
    capturedAt: c.at,
    snapshots: c.n.map((i) => snapshots[i]!),
    ...(c.p?.length ? { procedures: c.p.map(({ procedure, s }) => ({ procedure, capturedAt: c.at, snapshots: s.map((p) => unpack(record, p)) })) } : {}),
  }));
}

/*
Made for: issue 39 item 1 — «captures kept where a year of daily captures of a 200-unit province with every group
fits» and read «in ≤ 1 s»: one key a day in chrome.storage.local with unlimitedStorage (extension/manifest.config.ts).
*/
