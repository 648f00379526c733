// Danh sách đơn vị (the commune's list of units): listed once by the officer in a sheet of that name
// (Tên đơn vị | Loại đơn vị), it tells who should have reported. A listed unit without a report is
// «Chưa nộp»; a unit that reports without being listed is flagged for the officer to check the name.
import type { Flag } from '../checks/flag.js';
import { UNLISTED_UNIT } from '../checks/run-flags.js';
import { resolveKind } from '../criteria/kinds.js';
import type { CriteriaSet } from '../criteria/schema.js';
import type { SheetGrid } from '../report/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { labelLookup, normalizeLabel } from '../text.js';
import { cellText } from '../values.js';

export const ROSTER_SHEET = 'Danh sách đơn vị';

export type RosterUnit = { name: string; kind: string | null };

const COLUMNS = labelLookup({ name: ['Tên đơn vị', 'Đơn vị', 'Tên'], kind: ['Loại đơn vị', 'Loại'] });

/** The units listed: the first row with a «Tên đơn vị» header, then one unit per row below it. */
export function readRoster(set: Pick<CriteriaSet, 'subjectKinds'>, grid: SheetGrid): RosterUnit[] {
  const units: RosterUnit[] = [];
  let name: number | undefined;
  let kind: number | undefined;
  for (const row of grid.values) {
    if (name === undefined) {
      row.forEach((v, c) => {
        const key = COLUMNS(v);
        if (key === 'name' && name === undefined) name = c;
        if (key === 'kind' && kind === undefined) kind = c;
      });
      continue;
    }
    const unit = cellText(row[name] ?? null);
    if (unit === '') continue;
    const kindText = kind === undefined ? '' : cellText(row[kind] ?? null);
    units.push({ name: unit, kind: kindText === '' ? null : (resolveKind(set, kindText)?.id ?? null) });
  }
  return units;
}

const sameUnit = (u: RosterUnit, card: ScoreCard) => normalizeLabel(u.name) === normalizeLabel(card.unitName) && (u.kind === null || u.kind === card.unitKind);

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
