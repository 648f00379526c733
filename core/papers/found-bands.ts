// The council's finding on a band's condition, followed by the papers: a nominee graded by points into a band that asks
// more stands in it when the council found the condition met («Đạt» on «Biểu quyết», sealed with its vote); found
// short («Không đạt»), it is graded into the next band below that its points reach, and an award form whose lowest band
// is above that one is no longer the nominee's — left out of the lists, said at closing and in the minutes, never
// issued silently. Nothing typed: the band by points, as before, the finding left to the minutes.
import { unitFinding, type Finding } from '../council/band-finding.js';
import type { ClosedRound, RecordedUnit, RunRecord } from '../run/closing.js';

/** What the council found of one unit's band: its words as typed, the band it now holds, the forms it no longer reaches. */
export type UnitFound = { band: string; condition: string; finding: Finding; typed: string; graded: string | null; lost: string[] };

type Round = Pick<ClosedRound, 'record' | 'votes'>;

/** One unit of the record, whichever list or copy it is read from. */
export const sameUnit = (a: RecordedUnit, b: RecordedUnit) => a.sheet === b.sheet && a.unitName === b.unitName && a.file === b.file;

/** A unit's sheet, name and file as one key (sameUnit's). */
const unitKey = (u: RecordedUnit) => JSON.stringify([u.sheet, u.unitName, u.file ?? null]);

/**
 * Each record's units by unitKey, the first listed of each, made once a record: every unit of a province's record was
 * sought through the whole list (formsLostAtClosing at each closing: 5,000 units, 12 million comparisons).
 */
const unitsByKey = new WeakMap<RunRecord, Map<string, RecordedUnit>>();

/** The unit as scored, whichever list it comes from (a list of the found record holds a copy). */
export function scoredUnit(record: RunRecord, unit: RecordedUnit): RecordedUnit {
  let byKey = unitsByKey.get(record);
  if (!byKey) {
    byKey = new Map();
    for (const u of record.units) if (!byKey.has(unitKey(u))) byKey.set(unitKey(u), u);
    unitsByKey.set(record, byKey);
  }
  return byKey.get(unitKey(unit)) ?? unit;
}

/** The council's finding on the band `unit` was graded into by points; undefined when that band asks nothing more or nothing readable was typed. */
export function unitFound(closed: Round, unit: RecordedUnit): UnitFound | undefined {
  const scored = scoredUnit(closed.record, unit);
  const bands = closed.record.set.bands ?? [];
  const at = bands.findIndex((b) => b.condition && b.label === scored.classification);
  if (at < 0) return undefined;
  const { finding, typed } = unitFinding(closed.votes?.votes ?? [], scored);
  if (!finding || !typed) return undefined;
  const band = bands[at]!;
  if (finding === 'met') return { band: band.label, condition: band.condition!, finding, typed, graded: band.label, lost: [] };
  // The next band below that its points reach (a band kept without its threshold is taken as reached: it is below).
  const below = bands.slice(at + 1).find((b) => (b.minPercent ?? 0) <= scored.percent);
  const graded = below?.label ?? null;
  const place = (label: string | null) => (label === null ? bands.length : bands.findIndex((b) => b.label === label));
  const lost = closed.record.forms
    .filter((f) => f.minBand !== undefined && place(f.minBand) < place(graded))
    .filter((f) => scored.proposals.some((p) => p.form === f.id && (p.proposed || p.eligible)))
    .map((f) => f.label);
  return { band: band.label, condition: band.condition!, finding, typed, graded, lost };
}

/**
 * The record as the papers after the vote list it: each unit the council found short of its band's condition in the
 * band below and, for the lists of awards (`forms: 'reached'`), proposed no more for the forms that band does not reach;
 * the minutes' list of what was voted keeps every nominee (`'voted'`). The record itself, sealed, is unchanged.
 */
export function foundRecord(closed: Round, forms: 'reached' | 'voted'): RunRecord {
  const { record } = closed;
  if (!closed.votes?.votes.some((v) => v.finding)) return record;
  const units = record.units.map((u) => {
    const found = unitFound(closed, u);
    if (found?.finding !== 'unmet') return u;
    const lost = new Set(forms === 'reached' ? found.lost : []);
    const ids = new Set(record.forms.filter((f) => lost.has(f.label)).map((f) => f.id));
    return { ...u, classification: found.graded, proposals: u.proposals.map((p) => (ids.has(p.form) ? { ...p, proposed: false, eligible: false } : p)) };
  });
  return { ...record, units };
}

/** «Hội đồng xác định UBND xã Ta Ma không đạt điều kiện «…» của xếp loại «Xuất sắc»: xếp loại «Tốt»». */
export function foundText(names: string, f: Pick<UnitFound, 'band' | 'condition' | 'finding' | 'graded'>): string {
  const now = f.graded === null ? 'chưa đạt mức xếp loại nào theo điểm' : `xếp loại «${f.graded}»`;
  return `Hội đồng xác định ${names} ${f.finding === 'met' ? 'đạt' : 'không đạt'} điều kiện «${f.condition}» của xếp loại «${f.band}»: ${now}`;
}

/** «…: không còn đủ xếp loại hình thức «Bằng khen …» yêu cầu, không đề nghị hình thức này»: said at closing and in the minutes. */
export function lostText(unitName: string, f: UnitFound): string {
  return `${foundText(unitName, f)}, không còn đủ xếp loại mà hình thức ${f.lost.map((l) => `«${l}»`).join(', ')} yêu cầu: không đề nghị hình thức này dù đã biểu quyết`;
}

/** Each nominee the council's finding takes a voted form from, for the faces to say once the round is sealed. */
export function formsLostAtClosing(closed: Round): string[] {
  return closed.record.units.flatMap((u) => {
    const f = unitFound(closed, u);
    return f && f.lost.length > 0 ? [`${lostText(u.unitName, f)}.`] : [];
  });
}

// Made for: the council's «không đạt» on a band's condition, written on «Biểu quyết» and followed by every paper.
