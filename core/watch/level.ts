// Cấp đơn vị (a unit's level): the country, a province, a provincial agency (sở, ban, ngành) or a commune — read
// from the response's own tag (`unit.level`) when the capture has one; for older captures, guessed once here from
// the group, the code's depth and the name (DOMAIN §6: H44 is the province, H44.22 one of its units; «Sở…»,
// «Văn phòng UBND tỉnh…» are agencies, «UBND xã / phường…» communes).
import { LEVEL_GROUP, unitLevelOf, type UnitLevel } from '../indicators/units.js';
import type { IndicatorSnapshot } from '../indicators/schema.js';
import { normalizeLabel } from '../text.js';

export type { UnitLevel };

/**
 * The levels in the order the digest and the brief list them, each titled by its group (LEVEL_GROUP, the name a
 * capture stores as `unit.group` and the history page and the popup's preview show: the digest's own «Xã, phường» beside
 * them named one level twice, and left out the special zones the list holds) and with the noun its units are placed by,
 * naming every unit the level counts: «đơn vị cấp xã», as «xã, phường» left out the đặc khu the communes' list holds
 * (An Giang's 102 held its three đặc khu: «thứ 78/102 xã, phường»), «sở, ban, ngành», as «sở, ngành» left out its Ban quản lý.
 */
export const LEVELS: readonly { level: UnitLevel; title: string; one: string }[] = [
  { level: 'provincial-agency', title: LEVEL_GROUP['provincial-agency'], one: 'sở, ban, ngành' },
  { level: 'commune', title: LEVEL_GROUP.commune, one: 'đơn vị cấp xã' },
  { level: 'province', title: LEVEL_GROUP.province, one: 'tỉnh, thành phố' },
  { level: 'country', title: LEVEL_GROUP.country, one: 'cả nước' },
];

/** The group label officers read back to its level: the one table of core/indicators/units.ts, read the other way. */
const OF_GROUP = new Map(Object.entries(LEVEL_GROUP).map(([level, group]) => [group, level as UnitLevel]));

/** The level a stored group names («UBND cấp xã» → commune), for a face that words it in the officer's language. */
export const levelOfGroup = (group: string): UnitLevel | undefined => OF_GROUP.get(group);

/** The unit's level: its tag, else its group, else its code's depth and its name. */
export function unitLevel(unit: Pick<IndicatorSnapshot['unit'], 'name' | 'code' | 'group' | 'level'>): UnitLevel {
  if (unit.level) return unit.level;
  if (normalizeLabel(unit.name) === 'ca nuoc') return 'country';
  const byGroup = unit.group === undefined ? undefined : levelOfGroup(unit.group);
  if (byGroup) return byGroup;
  if (unit.code && /^H\d+$/i.test(unit.code.trim())) return 'province';
  // By name alone, as a tree row marked PROVINCE is told apart when it carries no code.
  return unitLevelOf({ level: 'PROVINCE' }, unit.name) ?? 'commune';
}

/*
Made for: issue 39 items 2 and 3 (communes and provincial agencies listed apart, each ranked within its own level)
over captures that carry `unit.level` and older ones that do not.
*/
