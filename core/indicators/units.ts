// Tên đơn vị (unit names) compared the way officers read them: "UBND xã Ta Ma", "Xã Ta Ma" and "Ta Ma" are one unit;
// so are "UBND xã Tam Sơn - Tỉnh Phú Thọ" and "Xã Tam Sơn" (the 766 page adds " - Tỉnh X" only where a name
// repeats across provinces, DOMAIN §6), but not "… - Tỉnh Phú Thọ" and "… - Tỉnh Tuyên Quang".
import { normalizeLabel } from '../text.js';

/** Administrative prefixes a commune-level name may carry (normalised): the body, then the kind of unit. */
const BODY = ['uy ban nhan dan', 'ubnd'];
const KIND = ['xa', 'phuong', 'thi tran'];

/** " - Tỉnh Phú Thọ", " - Thành phố Hà Nội", " - TP Huế" at the end of a name (normalised). */
const PROVINCE_SUFFIX = /\s+[-–]\s+((?:tinh|thanh pho|tp\.?)\s+.+)$/;

/**
 * The 34 provinces and cities (since 1/7/2025), normalised: a name the portal ends with a bare « - Gia Lai» carries
 * the province as surely as « - Tỉnh Gia Lai» («UBND xã Kông Bơ La - Gia Lai»).
 */
const PROVINCES = new Set(['an giang', 'bac ninh', 'ca mau', 'cao bang', 'dak lak', 'dien bien', 'dong nai', 'dong thap', 'gia lai', 'ha tinh', 'hung yen', 'khanh hoa', 'lai chau', 'lam dong', 'lang son', 'lao cai', 'nghe an', 'ninh binh', 'phu tho', 'quang ngai', 'quang ninh', 'quang tri', 'son la', 'tay ninh', 'thai nguyen', 'thanh hoa', 'tuyen quang', 'vinh long', 'ha noi', 'hai phong', 'hue', 'da nang', 'can tho', 'ho chi minh']);
const BARE_SUFFIX = /\s+[-–]\s+([^-–]+)$/;

/** The province a normalised name ends with: its suffix's place in the name and the province («phu tho»). */
function suffixOf(key: string): { index: number; province: string } | undefined {
  const named = PROVINCE_SUFFIX.exec(key);
  if (named) return { index: named.index, province: provinceKey(named[1]!) };
  const bare = BARE_SUFFIX.exec(key);
  return bare && PROVINCES.has(bare[1]!.trim()) ? { index: bare.index, province: bare[1]!.trim() } : undefined;
}

/**
 * The name without diacritics, case, punctuation, a leading "UBND", "Xã", "Phường", "Thị trấn", or a trailing
 * " - Tỉnh X" (kept with `keepProvince`).
 */
export function unitKey(name: string, opts: { keepProvince?: boolean } = {}): string {
  let key = normalizeLabel(name);
  const suffix = suffixOf(key);
  if (suffix) key = key.slice(0, suffix.index);
  key = key.replace(/[.,;:()"'“”]/g, ' ').replace(/\s+/g, ' ').trim();
  // One of each at most: "Xã Xa Dung" keeps its own "Xa".
  for (const prefixes of [BODY, KIND]) {
    const p = prefixes.find((x) => key.startsWith(`${x} `));
    if (p) key = key.slice(p.length + 1);
  }
  return opts.keepProvince && suffix ? `${key} - ${suffix.province}` : key;
}

/** "tinh phu tho", "thanh pho ha noi", "tp. ha noi" → "phu tho", "ha noi". */
function provinceKey(suffix: string): string {
  return suffix.replace(/^(?:tinh|thanh pho|tp\.?)\s+/, '').replace(/[.,]/g, '').trim();
}

function provinceOf(name: string): string | undefined {
  return suffixOf(normalizeLabel(name))?.province;
}

/** True when both names denote the same unit (see unitKey); two different province suffixes are two units. */
export function sameUnit(a: string, b: string): boolean {
  const ka = unitKey(a);
  if (ka === '' || ka !== unitKey(b)) return false;
  const pa = provinceOf(a);
  const pb = provinceOf(b);
  return pa === undefined || pb === undefined || pa === pb;
}

/** Nhóm đơn vị as officers read the lists (DOMAIN §6). */
export const UNIT_GROUPS = {
  country: 'Cả nước',
  province: 'Tỉnh, thành phố',
  department: 'Sở, ban, ngành',
  commune: 'UBND cấp xã',
} as const;

/**
 * Cấp đơn vị: the list a unit is ranked in, as the portal's own responses tag it (departmentType /
 * departmentLevel / level): the whole country, a province, a provincial agency (sở, ban, ngành), a commune (xã,
 * phường, đặc khu). The values are IndicatorSnapshot's `unit.level`.
 */
export const UNIT_LEVELS = ['country', 'province', 'provincial-agency', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The Vietnamese group label officers see for each level (`unit.group`). */
export const LEVEL_GROUP: Readonly<Record<UnitLevel, string>> = {
  country: UNIT_GROUPS.country,
  province: UNIT_GROUPS.province,
  'provincial-agency': UNIT_GROUPS.department,
  commune: UNIT_GROUPS.commune,
};

/**
 * departmentType / childGroup / departmentLevel / level values of the responses; a Map, so a value such as
 * "__proto__" is just unknown. A province's `service-results` tags its rows `childGroup` COMMUNE / AGENCY
 * (test/fixtures/real/portal/service-results-an-giang-2026.json).
 */
const BY_TAG = new Map<string, UnitLevel>([
  ['PROVINCIAL_DEPARTMENT', 'provincial-agency'],
  ['AGENCY', 'provincial-agency'],
  ['COMMUNE_PEOPLE_COMMITTEE', 'commune'],
  ['COMMUNE', 'commune'],
]);

/** Names of provincial departments and agencies (normalised starts): Sở…, Văn phòng UBND tỉnh, Thanh tra tỉnh, Ban quản lý… */
const DEPARTMENT_NAME = /^(so|van phong|thanh tra|ban|cuc|chi cuc|cong an|bo chi huy|bao hiem|kho bac|dai|trung tam)\b/;
const COMMUNE_NAME = /^(ubnd|uy ban nhan dan) (xa|phuong|thi tran|dac khu)\b|^(xa|phuong|thi tran|dac khu)\b/;
const PROVINCE_NAME = /^((ubnd|uy ban nhan dan) )?(tinh|thanh pho|tp)\b/;

/**
 * A unit row's level, from the response's own tags: departmentType (PROVINCE / PROVINCIAL_DEPARTMENT /
 * COMMUNE_PEOPLE_COMMITTEE) or childGroup (AGENCY / COMMUNE), else its level. Tree rows mark a province's departments `level: PROVINCE` like the
 * province itself: there the code tells (H44 is the province, H44.22 one of its units), else the name («Sở Y tế -
 * Tỉnh Phú Thọ» is a department). The national list's own row is «Cả nước». Untagged rows have no level.
 */
export function unitLevelOf(row: Record<string, unknown>, name: string, code?: string): UnitLevel | undefined {
  const n = normalizeLabel(name);
  if (n === 'ca nuoc') return 'country';
  const type = [row.departmentType, row.childGroup].find((v): v is string => typeof v === 'string');
  const tagged = type === undefined ? undefined : BY_TAG.get(type);
  if (tagged) return tagged;
  if (type === 'PROVINCE') return 'province';
  const level = [row.departmentLevel, row.level].find((v): v is string => typeof v === 'string');
  if (level !== 'PROVINCE') return level === undefined ? undefined : BY_TAG.get(level);
  if (code) return code.includes('.') ? 'provincial-agency' : 'province';
  if (DEPARTMENT_NAME.test(n)) return 'provincial-agency';
  if (COMMUNE_NAME.test(n)) return 'commune';
  return PROVINCE_NAME.test(n) ? 'province' : 'provincial-agency';
}
