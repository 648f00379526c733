// Bộ chỉ số 766, trang cũ theo tỉnh, thành phố: ranking tables of dichvucong.gov.vn's older index pages.
// First cell the rank; after a province is chosen, two tables: departments, then communes/wards (their title
// or group rows become unit.group).
import { captureContext, captureFailure, captureSuccess, type PageType } from '../capture.js';
import { labelsOf } from '../codes.js';
import { rankingSpec } from '../groups-766.js';
import { findColumn, readTables } from '../table.js';
import { lookedFor, readUnitTables, unitSnapshots } from '../unit-table.js';

const ID = 'dvc-766-tinh-thanh-pho';
const ADDRESS = /^https?:\/\/(www\.)?dichvucong\.gov\.vn\/p\/home\/dvc-index-tinhthanhpho-([a-z]+)\.html/i;

/** The group a one-group page is about (its address suffix); the summary page (tonghop) needs every group. */
const PAGE_GROUP: Record<string, string> = {
  congkhaiminhbach: 'CKMB',
  tiendogiaiquyet: 'TDGQ',
  dvctructuyen: 'DVCTT',
  mucdohailong: 'MDHL',
  mucdosohoa: 'MDSH',
};

export const dvc766TinhThanhPho: PageType = {
  id: ID,
  title: 'Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766) — trang theo tỉnh, thành phố',
  matches: (url) => ADDRESS.test(url),
  capture(doc, url, opts) {
    const tables = readTables(doc);
    // Five groups on these pages; when a "Thanh toán trực tuyến" column is there, the portal's six.
    const six = tables.some((t) => findColumn(t, labelsOf('TTTT')) !== undefined);
    const only = PAGE_GROUP[ADDRESS.exec(url)?.[2]?.toLowerCase() ?? ''];
    const spec = rankingSpec(six ? 'six' : 'five', six && only === 'DVCTT' ? 'CLGQ' : only);
    const read = readUnitTables(tables, spec);
    if (!read.ok) return captureFailure(ID, read.error);
    const ctx = captureContext(doc, url, ID, opts);
    const warnings = [...read.warnings];
    return captureSuccess(ctx, unitSnapshots(read.rows, ctx, warnings), warnings, lookedFor(spec));
  },
};

/*
Made for:
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-congkhaiminhbach.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tiendogiaiquyet.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-dvctructuyen.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-mucdohailong.html
- https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-mucdosohoa.html
Fixtures: test/fixtures/pages/dvc-766-tinh-thanh-pho.html (provinces), dvc-766-tinh-thanh-pho-tinh.html
(one province: departments then communes), dvc-766-tinh-thanh-pho-doi-cot.html (renamed column: error).
*/
