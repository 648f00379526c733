// The 766 group columns of dichvucong.gov.vn ranking tables, shared by the new and the older index pages (the
// groups themselves: ./model-766/).
import { labelsOf } from './codes.js';
import { GROUPS_766 } from './model-766/index.js';
import type { UnitTableSpec } from './unit-table.js';

/** Unit-name column of the ranking tables (provinces, departments, communes). */
export const RANKING_UNIT_LABELS = [
  'Tên đơn vị', 'Đơn vị', 'Tỉnh, thành phố', 'Tỉnh/Thành phố', 'Tỉnh/TP', 'Tỉnh, thành phố trực thuộc TW', 'Địa phương',
  'Bộ, ngành, địa phương', 'Cơ quan', 'Tên cơ quan', 'Xã, phường', 'Xã, phường, thị trấn', 'Sở, ban, ngành',
];

/**
 * Group names in a line, each in «…» as a line names one group («${slide.group}»): «Công khai, minh bạch» holds a comma,
 * so names joined by «, » alone read «trang chưa tải 3 nhóm: Công khai, minh bạch, Mức độ hài lòng, Số hóa hồ sơ» as
 * four groups. Every face lists groups by it (the capture's warnings, the watch's words, the extension).
 */
export const groupNames = (groups: readonly string[]): string => groups.map((g) => `«${g}»`).join(', ');

/**
 * Six groups as the portal shows them now (online services and online payment apart), or the decision's five
 * (the older pages' "Dịch vụ trực tuyến" covers both, 22 points: code DVCTT); then the total. Every column is
 * required: a ranking table without one of them is not read as if complete.
 */
export function rankingSpec(layout: 'six' | 'five'): UnitTableSpec {
  const codes = layout === 'six' ? [...GROUPS_766, 'TONG_SCORE'] : ['CKMB', 'TDGQ', 'DVCTT', 'MDHL', 'MDSH', 'TONG_SCORE'];
  return { unitLabels: RANKING_UNIT_LABELS, firstCellRank: true, columns: codes.map((code) => ({ code, labels: labelsOf(code), required: true })) };
}
