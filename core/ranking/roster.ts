// Danh sách đơn vị (the commune's list of units): listed once by the officer in a sheet of that name
// (Tên đơn vị | Loại đơn vị), it tells who should have reported. A listed unit without a report is
// «Chưa nộp»; a unit that reports without being listed is flagged for the officer to check the name.
import type { Flag } from '../flags/flag.js';
import { UNLISTED_UNIT } from '../flags/run-flags.js';
import { resolveKind } from '../criteria/kinds.js';
import type { CriteriaSet } from '../criteria/schema.js';
import type { SheetGrid } from '../sheet/cell.js';
import type { ScoreCard, UnitDetails } from '../scoring/score-card.js';
import { labelLookup, normalizeLabel } from '../text.js';
import { cellText, formatDateVi, parseCell } from '../values.js';

export const ROSTER_SHEET = 'Danh sách đơn vị';

export type RosterUnit = { name: string; kind: string | null; details?: UnitDetails };

/**
 * The list's headers as thidua writes them (the blank list of `thidua template --units`, the help of `--units`), in
 * order: the name and kind, then the four a person's achievement report is filled from (optional).
 */
export const ROSTER_HEADERS = [
  ['name', 'Tên đơn vị'],
  ['kind', 'Loại đơn vị'],
  ['sex', 'Giới tính'],
  ['birthDate', 'Ngày sinh'],
  ['post', 'Chức vụ'],
  ['workUnit', 'Đơn vị công tác'],
] as const;
function rosterHeader(key: (typeof ROSTER_HEADERS)[number][0]): string {
  return ROSTER_HEADERS.find(([k]) => k === key)![1];
}

/**
 * The list's columns: the name and kind, and — optional, for a person's achievement report — sex, birth date, post and
 * the unit a person works in («Đơn vị công tác»: a bare «Đơn vị» is the name column, as lists have long written it).
 */
const COLUMNS = labelLookup({
  name: [rosterHeader('name'), 'Đơn vị', 'Tên', 'Họ và tên', 'Họ tên'],
  kind: [rosterHeader('kind'), 'Loại'],
  sex: [rosterHeader('sex')],
  birthDate: [rosterHeader('birthDate'), 'Ngày, tháng, năm sinh', 'Sinh ngày'],
  post: [rosterHeader('post'), 'Chức vụ (Đảng, chính quyền, đoàn thể)', 'Chức danh'],
  workUnit: [rosterHeader('workUnit'), 'Cơ quan, đơn vị công tác', 'Nơi công tác'],
});
type Column = NonNullable<ReturnType<typeof COLUMNS>>;
const DETAILS = ['sex', 'birthDate', 'post', 'workUnit'] as const;

/** The units listed: the first row with a «Tên đơn vị» header, then one unit per row below it. */
export function readRoster(set: Pick<CriteriaSet, 'subjectKinds'>, grid: SheetGrid): RosterUnit[] {
  const units: RosterUnit[] = [];
  let columns: Partial<Record<Column, number>> | undefined;
  grid.values.forEach((row, r) => {
    if (columns?.name === undefined) {
      const found: Partial<Record<Column, number>> = {};
      row.forEach((v, c) => {
        const key = COLUMNS(v);
        if (key && found[key] === undefined) found[key] = c;
      });
      if (found.name !== undefined) columns = found;
      return;
    }
    const at = columns;
    const text = (key: Column) => (at[key] === undefined ? '' : cellText(row[at[key]!] ?? null));
    const unit = text('name');
    if (unit === '') return;
    const kindText = text('kind');
    const details: UnitDetails = {};
    for (const key of DETAILS) {
      const c = at[key];
      if (c === undefined) continue;
      // A birth date typed as a date cell prints the Vietnamese way, as the form writes it.
      const parsed = key === 'birthDate' ? parseCell(row[c] ?? null, grid.formats?.[r]?.[c]) : undefined;
      const value = parsed?.kind === 'date' ? formatDateVi(parsed.value) : text(key);
      if (value !== '') details[key] = value;
    }
    units.push({ name: unit, kind: kindText === '' ? null : (resolveKind(set, kindText)?.id ?? null), ...(Object.keys(details).length > 0 ? { details } : {}) });
  });
  return units;
}

const sameUnit = (u: RosterUnit, card: ScoreCard) => normalizeLabel(u.name) === normalizeLabel(card.unitName) && (u.kind === null || u.kind === card.unitKind);

/** The cards with what the list says of each unit beyond its name (sex, birth date, post, unit), or none when it says nothing. */
export function withListedDetails(roster: readonly RosterUnit[], cards: readonly ScoreCard[]): ScoreCard[] {
  return cards.map((card) => {
    const details = roster.find((u) => sameUnit(u, card))?.details;
    if (details) return { ...card, details };
    if (!card.details) return card;
    const { details: _, ...rest } = card;
    return rest;
  });
}

/** Listed units with no report at all: «Chưa nộp» (a blank report is already «Chưa nộp» by itself). */
export function missingReports(roster: readonly RosterUnit[], cards: readonly ScoreCard[]): RosterUnit[] {
  return roster.filter((u) => !cards.some((c) => sameUnit(u, c)));
}

/** The omitted-list line of a listed unit without a report. */
export function missingLine(u: RosterUnit): { what: string; why: string } {
  return { what: u.name, why: `Chưa nộp: có trong «${ROSTER_SHEET}» nhưng không có báo cáo` };
}

/** The cards with a flag on each unit not in the list (a typo in the name, or a unit the officer forgot). */
export function flagUnlisted(roster: readonly RosterUnit[], cards: readonly ScoreCard[]): ScoreCard[] {
  if (roster.length === 0) return [...cards];
  return cards.map((card) => {
    if (roster.some((u) => sameUnit(u, card))) return card;
    const flag: Flag = {
      code: UNLISTED_UNIT,
      severity: 'warning',
      sheet: card.sheet,
      message: `Đơn vị «${card.unitName}» không có trong «${ROSTER_SHEET}»: kiểm tra lại tên đơn vị, hoặc bổ sung vào danh sách.`,
    };
    return { ...card, flags: [flag, ...card.flags] };
  });
}
