// The 766 group columns of dichvucong.gov.vn ranking tables, shared by the new and the older index pages.
import { labelsOf } from './codes.js';
import type { ColumnSpec, UnitTableSpec } from './unit-table.js';

/** Unit-name column of the ranking tables (provinces, departments, communes). */
export const RANKING_UNIT_LABELS = [
  'Tên đơn vị', 'Đơn vị', 'Tỉnh, thành phố', 'Tỉnh/Thành phố', 'Tỉnh/TP', 'Tỉnh, thành phố trực thuộc TW', 'Địa phương',
  'Bộ, ngành, địa phương', 'Cơ quan', 'Tên cơ quan', 'Xã, phường', 'Xã, phường, thị trấn', 'Sở, ban, ngành',
];

/**
 * Six groups as the portal shows them now (online services and online payment apart), or the decision's five
 * (the older pages' "Dịch vụ trực tuyến" covers both, 22 points: code DVCTT). `only`: a page about one group
 * needs just that column (the others are read when shown); by default every column is needed.
 */
export function rankingSpec(layout: 'six' | 'five', only?: string): UnitTableSpec {
  const codes = ['CKMB', 'TDGQ', ...(layout === 'six' ? ['CLGQ', 'TTTT'] : ['DVCTT']), 'MDHL', 'MDSH', 'TONG_SCORE'];
  const columns: ColumnSpec[] = codes.map((code) => ({ code, labels: labelsOf(code), required: only === undefined || only === code }));
  return { unitLabels: RANKING_UNIT_LABELS, firstCellRank: true, columns };
}
