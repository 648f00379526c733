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
 * The name without diacritics, case, punctuation, a leading "UBND", "Xã", "Phường", "Thị trấn", or a trailing
 * " - Tỉnh X" (kept with `keepProvince`).
 */
export function unitKey(name: string, opts: { keepProvince?: boolean } = {}): string {
  let key = normalizeLabel(name);
  const suffix = PROVINCE_SUFFIX.exec(key);
  if (suffix) key = key.slice(0, suffix.index);
  key = key.replace(/[.,;:()"'“”]/g, ' ').replace(/\s+/g, ' ').trim();
  // One of each at most: "Xã Xa Dung" keeps its own "Xa".
  for (const prefixes of [BODY, KIND]) {
    const p = prefixes.find((x) => key.startsWith(`${x} `));
    if (p) key = key.slice(p.length + 1);
  }
  return opts.keepProvince && suffix ? `${key} - ${provinceKey(suffix[1]!)}` : key;
}

/** "tinh phu tho", "thanh pho ha noi", "tp. ha noi" → "phu tho", "ha noi". */
function provinceKey(suffix: string): string {
  return suffix.replace(/^(?:tinh|thanh pho|tp\.?)\s+/, '').replace(/[.,]/g, '').trim();
}

function provinceOf(name: string): string | undefined {
  const suffix = PROVINCE_SUFFIX.exec(normalizeLabel(name));
  return suffix ? provinceKey(suffix[1]!) : undefined;
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
  province: 'Tỉnh, thành phố',
  department: 'Sở, ban, ngành',
  commune: 'UBND cấp xã',
} as const;

const BY_TYPE: Record<string, string> = {
  PROVINCIAL_DEPARTMENT: UNIT_GROUPS.department,
  COMMUNE_PEOPLE_COMMITTEE: UNIT_GROUPS.commune,
  COMMUNE: UNIT_GROUPS.commune,
};

/** Names of provincial departments and agencies (normalised starts): Sở…, Văn phòng UBND tỉnh, Thanh tra tỉnh, Ban quản lý… */
const DEPARTMENT_NAME = /^(so|van phong|thanh tra|ban|cuc|chi cuc|cong an|bo chi huy|bao hiem|kho bac|dai|trung tam)\b/;
const PROVINCE_NAME = /^(tinh|thanh pho|tp)\b/;

/**
 * A unit row's group: from departmentType (PROVINCE / PROVINCIAL_DEPARTMENT / COMMUNE_PEOPLE_COMMITTEE), else its
 * level. Tree rows mark a province's departments `level: PROVINCE` like the province itself: there the code tells
 * (H44 is the province, H44.22 one of its units), else the name («Sở Y tế - Tỉnh Phú Thọ» is a department).
 */
export function unitGroupOf(row: Record<string, unknown>, name: string, code?: string): string | undefined {
  const type = typeof row.departmentType === 'string' ? row.departmentType : undefined;
  if (type && BY_TYPE[type]) return BY_TYPE[type];
  const level = [row.departmentLevel, row.level].find((v): v is string => typeof v === 'string');
  if (type === 'PROVINCE') return UNIT_GROUPS.province;
  if (level !== 'PROVINCE') return level && BY_TYPE[level] ? BY_TYPE[level] : undefined;
  if (code) return code.includes('.') ? UNIT_GROUPS.department : UNIT_GROUPS.province;
  const n = normalizeLabel(name);
  if (DEPARTMENT_NAME.test(n)) return UNIT_GROUPS.department;
  if (/^(ubnd|uy ban nhan dan) (xa|phuong|thi tran)\b|^(xa|phuong|thi tran)\b/.test(n)) return UNIT_GROUPS.commune;
  return PROVINCE_NAME.test(n) ? UNIT_GROUPS.province : UNIT_GROUPS.department;
}
