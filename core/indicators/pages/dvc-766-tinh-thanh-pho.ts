// Bộ chỉ số 766, trang cũ theo tỉnh, thành phố: ranking tables of dichvucong.gov.vn's older index pages.
// First cell the rank; after a province is chosen, two tables: departments, then communes/wards (their group
// rows, or the heading right before the table, become unit.group).
import { captureContext, captureFailure, captureSuccess, definePage } from '../capture.js';
import { GROUP_766, labelsOf } from '../codes.js';
import { rankingSpec } from '../groups-766.js';
import { findColumn, readTables } from '../table.js';
import { lookedFor, readUnitTables, unitSnapshots } from '../unit-table.js';

const ID = 'dvc-766-tinh-thanh-pho';

/**
 * Trang biến thể (the six older pages), by address suffix, with the name their menu gives them. What each must
 * show is the same (DOMAIN §1): the pages differ in the group they rank by, not in their columns — the unit, the
 * decision's five groups (or the portal's six when a "Thanh toán trực tuyến" column is there) and "Tổng điểm".
 * A page lacking any of them is refused, naming what was looked for and what is missing; a one-group page is
 * never read as a partial snapshot.
 */
export const OLDER_PAGES = {
  tonghop: 'Tổng hợp',
  congkhaiminhbach: 'Công khai, minh bạch',
  tiendogiaiquyet: 'Tiến độ giải quyết',
  dvctructuyen: 'Dịch vụ trực tuyến',
  mucdohailong: 'Mức độ hài lòng',
  mucdosohoa: 'Mức độ số hóa',
} as const;
type OlderPage = keyof typeof OLDER_PAGES;

const ADDRESS = new RegExp(String.raw`^https?://(www\.)?dichvucong\.gov\.vn/p/home/dvc-index-tinhthanhpho-(${Object.keys(OLDER_PAGES).join('|')})\.html(?:[?#]|$)`, 'i');

function variantOf(url: string): OlderPage | undefined {
  return ADDRESS.exec(url)?.[2]?.toLowerCase() as OlderPage | undefined;
}

export const dvc766TinhThanhPho = definePage({
  id: ID,
  title: 'Chỉ số 766 theo tỉnh, thành phố — dichvucong.gov.vn',
  titleEn: '766 index by province — dichvucong.gov.vn',
  // The six groups or the decision's five (DVCTT), and the total.
  yields: GROUP_766.map((g) => g.code),
  matches: (url) => variantOf(url) !== undefined,
  capture(doc, url, opts) {
    const variant = variantOf(url) ?? 'tonghop';
    const tables = readTables(doc);
    const six = tables.some((t) => findColumn(t, labelsOf('TTTT')) !== undefined);
    const spec = rankingSpec(six ? 'six' : 'five');
    const read = readUnitTables(tables, spec);
    if (!read.ok) {
      if (read.reason === 'unreadable') return captureFailure(ID, read.error);
      const groups = six ? 'đủ 6 nhóm chỉ số' : 'đủ 5 nhóm chỉ số';
      return captureFailure(ID, {
        ...read.error,
        message: `Trang «${OLDER_PAGES[variant]}» (dvc-index-tinhthanhpho-${variant}) phải có bảng xếp hạng với cột đơn vị, ${groups} và «Tổng điểm». ${read.error.message}`,
      });
    }
    const ctx = captureContext(doc, url, ID, opts);
    const warnings = [...read.warnings];
    return captureSuccess(ctx, unitSnapshots(read.rows, ctx, warnings), warnings, lookedFor(spec));
  },
});

/*
Made for:
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-congkhaiminhbach.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tiendogiaiquyet.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-dvctructuyen.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-mucdohailong.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-mucdosohoa.html
Fixtures: test/fixtures/pages/dvc-766-tinh-thanh-pho.html (provinces), dvc-766-tinh-thanh-pho-tinh.html
(one province: departments then communes), dvc-766-tinh-thanh-pho-bo-loc.html (filter bar in a panel heading
right above the table: not a group), dvc-766-tinh-thanh-pho-doi-cot.html (renamed and missing column: error).
*/
