// Tổng điểm và các nhóm cộng lại (a capture's total against its groups): the portal's «Tổng điểm» of a unit is the sum of
// its group scores, so a capture holding the total and every group whose groups do not add up to it was misread (a
// column moved, a page's layout changed, a group read from another unit) — said, with both figures and the difference,
// where the officer acts. Neither figure is replaced or recomputed: which one is wrong only the portal's page can tell.
//
// The portal's arithmetic, from its own answers (test/watch/total-sum.test.ts measures it): in the national ranking saved
// on 17/9/2026 (test/fixtures/real/portal/service-results-ca-nuoc-2026.json) each of the 34 provinces' totalScore equals
// its six groupScores added up to the cent (largest difference 0,00), and the country's 56,56 its five radar groups
// (CLGQ and TTTT together as «Dịch vụ trực tuyến»). Every figure has two decimals and the total is the sum of the groups
// as shown, not a separately rounded figure: a difference of one cent or more is no rounding of the portal's.
import type { CaptureWarning } from '../indicators/capture.js';
import type { IndicatorSnapshot, TotalMismatchRecord } from '../indicators/schema.js';
import { formatNumberVi } from '../values.js';
import { dataDay, shortDate } from './data-day.js';
import { groupMeasures } from './scores.js';

/** A unit whose captured total is not the sum of its captured groups. */
export interface TotalMismatch {
  unit: string;
  /** The data day of the capture (data-day.ts); undefined for a capture time that does not read. */
  day: string | undefined;
  total: number;
  /** The groups added up, and how many they are (six, or the older pages' five). */
  sum: number;
  groups: number;
  /** total − sum, in points (two decimals). */
  difference: number;
}

const cents = (x: number) => Math.round(x * 100);

/**
 * The unit's total against its groups, when its capture holds the portal's total and every group with a figure (the
 * six, or the older pages' five with «Dịch vụ trực tuyến»); undefined when they agree to the cent, or when a group is
 * not captured or has no figure (nothing to add up: no check).
 */
export function totalMismatch(s: IndicatorSnapshot): TotalMismatch | undefined {
  const added = addedUp(s);
  if (!added || added.difference === 0) return undefined;
  return { unit: s.unit.name, day: dataDay(s.capturedAt), total: added.total, sum: added.sum / 100, groups: added.groups, difference: added.difference / 100 };
}

/** The capture's total and its groups added up in cents, when it holds the total and every group with a figure; else undefined (no check). */
function addedUp(s: IndicatorSnapshot): { total: number; sum: number; groups: number; difference: number } | undefined {
  const total = s.indicators.find((i) => i.code === 'TONG_SCORE' && i.unit === 'points')?.value;
  if (typeof total !== 'number') return undefined;
  const groups = groupMeasures(s);
  const every = groups.some((g) => g.code === 'DVCTT') ? 5 : 6;
  if (groups.length < every || groups.some((g) => g.value === null)) return undefined;
  // In cents, as the portal gives every figure: no 80.65000000000001 said as a difference.
  const sum = groups.reduce((a, g) => a + cents(g.value!), 0);
  return { total, sum, groups: groups.length, difference: cents(total) - sum };
}

/**
 * The mismatch of a capture with the figures it concerns — its total and every group added up (the rows a sheet's
 * «Ghi chú» says it on: the extension's export, the add-in's «Chỉ số cổng DVC»); undefined when they agree.
 */
export function totalMismatchFigures(s: IndicatorSnapshot): { mismatch: TotalMismatch; codes: ReadonlySet<string> } | undefined {
  const mismatch = totalMismatch(s);
  return mismatch && { mismatch, codes: new Set(['TONG_SCORE', ...groupMeasures(s).map((g) => g.code)]) };
}

/** Every unit of `snapshots` whose total does not add up, in their order. */
export function totalMismatches(snapshots: Iterable<IndicatorSnapshot>): TotalMismatch[] {
  return [...snapshots].flatMap((s) => totalMismatch(s) ?? []);
}

const figure = (x: number | string) => (typeof x === 'number' ? formatNumberVi(x, 2) : x);

/**
 * The mismatch said, what the officer does of it: «Tổng điểm ghi nhận của UBND xã Lâm Thao ngày 22/9/2026 là 80,1
 * nhưng 6 nhóm cộng lại 80,65 (chênh 0,55): kiểm tra lại trang của cổng trước khi dùng số liệu này.» Strings stand for
 * figures the extension's catalogue fills in (its placeholders); `name` the unit as the face names it.
 */
export function totalMismatchWords(m: { unit: string; day?: string | undefined; total: number | string; groups: number | string; sum: number | string; difference: number | string }, name: (unit: string) => string = (u) => u): string {
  const day = m.day === undefined ? '' : ` ngày ${/^\d{4}-\d{2}-\d{2}$/.test(m.day) ? shortDate(m.day) : m.day}`;
  const difference = typeof m.difference === 'number' ? Math.abs(m.difference) : m.difference;
  return `Tổng điểm ghi nhận của ${name(m.unit)}${day} là ${figure(m.total)} nhưng ${m.groups} nhóm cộng lại ${figure(m.sum)} (chênh ${figure(difference)}): kiểm tra lại trang của cổng trước khi dùng số liệu này.`;
}

/**
 * Many mismatches in one line (the brief's notes, «Bản tin»): each unit with its two figures, the first `shown` named and
 * the rest counted; one mismatch said whole (totalMismatchWords).
 */
export function totalMismatchesWords(list: readonly TotalMismatch[], name: (unit: string) => string = (u) => u, shown = Infinity): string | undefined {
  if (list.length === 0) return undefined;
  if (list.length === 1) return totalMismatchWords(list[0]!, name);
  const named = list.slice(0, shown).map((m) => `${name(m.unit)} ${figure(m.total)}, ${m.groups} nhóm cộng lại ${figure(m.sum)} (chênh ${figure(Math.abs(m.difference))})`);
  const more = list.length > shown ? ` và ${formatNumberVi(list.length - shown)} đơn vị khác` : '';
  const days = [...new Set(list.flatMap((m) => (m.day ? [shortDate(m.day)] : [])))];
  return `Tổng điểm ghi nhận của ${formatNumberVi(list.length)} đơn vị${days.length === 1 ? ` ngày ${days[0]}` : ''} không bằng các nhóm cộng lại: ${named.join('; ')}${more} — kiểm tra lại trang của cổng trước khi dùng số liệu này.`;
}

/**
 * A mismatch as the machine outputs carry it (core/indicators/schema.ts TotalMismatchRecord): `thidua watch --json`,
 * the compact file of `thidua capture --json` and of the extension's export — the figures and words the text faces give.
 */
export function totalMismatchRecord(m: TotalMismatch): TotalMismatchRecord {
  return { unit: m.unit, day: m.day ?? null, total: m.total, groupsAddedUp: m.sum, groups: m.groups, difference: m.difference, words: totalMismatchWords(m) };
}

/** Every unit of `snapshots` whose total does not add up, as the machine outputs carry them. */
export const totalMismatchRecords = (snapshots: Iterable<IndicatorSnapshot>): TotalMismatchRecord[] => totalMismatches(snapshots).map(totalMismatchRecord);

/** A unit of an export file whose total the file's «Tổng điểm không khớp các nhóm» states otherwise than its own figures give. */
export interface TotalDoubt {
  unit: string;
  day: string | undefined;
  words: string;
}

const unitDay = (unit: string, day: string | null | undefined) => `${unit}\u0000${day ?? ''}`;

/**
 * The file's claim against its figures: for each unit (and data day) the writer's `totalMismatches` lists and the
 * figures do not give alike, or the figures give and the list leaves out — a file edited by hand or written by an older
 * version. Both are said, neither chosen. None when the writer did not check (no list: each face checks the figures
 * as for any capture).
 */
export function fileTotalDoubts(file: { snapshots: readonly IndicatorSnapshot[]; totalMismatches?: readonly TotalMismatchRecord[] | undefined }): TotalDoubt[] {
  if (!file.totalMismatches) return [];
  const claimed = new Map(file.totalMismatches.map((c) => [unitDay(c.unit, c.day), c]));
  const found = new Map(totalMismatches(file.snapshots).map((m) => [unitDay(m.unit, m.day), m]));
  const doubts: TotalDoubt[] = [];
  for (const key of new Set([...claimed.keys(), ...found.keys()])) {
    const c = claimed.get(key);
    const f = found.get(key);
    if (c && f && cents(c.total) === cents(f.total) && cents(c.groupsAddedUp) === cents(f.sum) && c.groups === f.groups) continue;
    const unit = (c?.unit ?? f?.unit)!;
    const day = c ? (c.day ?? undefined) : f!.day;
    const on = `${unit}${day === undefined ? '' : ` ngày ${/^\d{4}-\d{2}-\d{2}$/.test(day) ? shortDate(day) : day}`}`;
    const claim = c ? `ghi Tổng điểm của ${on} là ${figure(c.total)} nhưng ${c.groups} nhóm cộng lại ${figure(c.groupsAddedUp)}` : `không ghi Tổng điểm của ${on} là lệch các nhóm`;
    doubts.push({ unit, day, words: `Tệp ${claim}, còn số liệu trong tệp ${figuresSaid(file.snapshots, unit, day, f)} — tệp đã bị sửa tay hoặc do phiên bản cũ ghi: không dùng bên nào, kiểm tra lại trang của cổng.` });
  }
  return doubts;
}

/** What a file's own figures give for the unit on the day, as the doubt says it. */
function figuresSaid(snapshots: readonly IndicatorSnapshot[], unit: string, day: string | undefined, found: TotalMismatch | undefined): string {
  if (found) return `cho tổng ${figure(found.total)}, ${found.groups} nhóm cộng lại ${figure(found.sum)} (chênh ${figure(Math.abs(found.difference))})`;
  const held = snapshots.filter((s) => s.unit.name === unit && dataDay(s.capturedAt) === day);
  const added = held.map(addedUp).find((a) => a !== undefined);
  if (added) return `cho ${added.groups} nhóm cộng lại đúng bằng tổng ${figure(added.total)}`;
  return held.length > 0 ? 'không có đủ tổng và các nhóm để cộng lại' : 'không có số liệu của đơn vị này ngày đó';
}

/** The mismatches of a capture as its notes (the popup before saving, `thidua capture`): one per unit, named. */
export function totalMismatchWarnings(snapshots: readonly IndicatorSnapshot[]): CaptureWarning[] {
  return totalMismatches(snapshots).map((m) => ({ message: totalMismatchWords(m), unit: m.unit }));
}

/*
Made for: the total of a 766 capture checked against its groups — a screenshot fixture showed groups adding to 80,65
under a total of 80,1 and no face said a word. Read by «Bản tin» and the brief (digest.ts, digest-text.ts, brief.ts),
`thidua watch` (text and --json), `thidua capture` (its notes and its --json file), the extension's popup before saving
and its day's verdicts, history page and exports (the sheet and the JSON file), and the add-in's portal tab;
test/watch/total-sum.test.ts measures the portal's arithmetic on its saved answers and holds the check to it. And a
file's own list of them (its totalMismatches) against its figures, when read back (fileTotalDoubts): the export of the
misread morning with its list emptied, or the morning as saved under a list naming Phú Thọ, was read by every face
without a word — `thidua watch`, the add-in's import and the extension's import now say both sides (test/watch/total-sum,
test/cli/watch-total, test/addin/office-workbook).
*/
