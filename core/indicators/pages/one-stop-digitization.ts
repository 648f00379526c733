// Số hóa hồ sơ (digitisation per unit, the one-stop platforms' sibling report of the 766 monitor, DOMAIN §2): the
// dossiers received, those whose components were digitised and those given an electronic result, with the ratios
// Decision 766 scores (DOMAIN §1: số hóa thành phần, kết quả điện tử, khai thác lại, kết nối chia sẻ, chứng thực
// điện tử) under the companion codes of the 766 indicators (`MDSH_…_TY_LE`).
import { ratioCode } from '../codes.js';
import { provincialUnitTable, type UnitTableSpec } from '../unit-table.js';

const ID = 'one-stop-digitization';

const under = (groups: readonly string[], columns: readonly string[]) => groups.flatMap((g) => columns.map((c) => `${g} › ${c}`));
const COUNT = ['Số lượng', 'Số hồ sơ', 'Tổng'];
const RATE = ['Tỷ lệ (%)', 'Tỷ lệ', '%'];
const DIGITISED = ['Số hóa thành phần hồ sơ', 'Hồ sơ số hóa thành phần', 'Số hóa hồ sơ', 'Hồ sơ được số hóa'];
const E_RESULT = ['Cấp kết quả điện tử', 'Hồ sơ cấp kết quả điện tử', 'Kết quả điện tử', 'Hồ sơ có cấp kết quả điện tử'];

const SPEC: UnitTableSpec = {
  unitLabels: ['Tên đơn vị', 'Đơn vị', 'Tên cơ quan', 'Cơ quan', 'Cơ quan, đơn vị', 'Lĩnh vực'],
  unitCodeLabels: ['Mã định danh', 'Mã đơn vị'],
  columns: [
    { code: 'HS_TIEP_NHAN', labels: ['Tổng số hồ sơ', 'Tổng hồ sơ tiếp nhận', 'Số hồ sơ tiếp nhận', 'Tổng số hồ sơ tiếp nhận'] },
    { code: 'HS_SO_HOA', labels: ['Số hồ sơ được số hóa', 'Số hồ sơ số hóa thành phần', ...under(DIGITISED, COUNT)] },
    { code: ratioCode('MDSH_SO_HOA_THANH_PHAN'), labels: ['Tỷ lệ hồ sơ số hóa thành phần', 'Tỷ lệ số hóa thành phần hồ sơ', 'Tỷ lệ số hóa hồ sơ', 'Tỷ lệ số hóa', ...under(DIGITISED, RATE)], required: true },
    { code: 'HS_KET_QUA_DIEN_TU', labels: ['Số hồ sơ cấp kết quả điện tử', 'Số hồ sơ được cấp kết quả điện tử', ...under(E_RESULT, COUNT)] },
    { code: ratioCode('MDSH_KET_QUA_DIEN_TU'), labels: ['Tỷ lệ hồ sơ cấp kết quả điện tử', 'Tỷ lệ cấp kết quả điện tử', 'Tỷ lệ hồ sơ có cấp kết quả điện tử', ...under(E_RESULT, RATE)], required: true },
    { code: ratioCode('MDSH_KHAI_THAC_LAI'), labels: ['Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa', 'Tỷ lệ khai thác, sử dụng lại', ...under(['Khai thác, sử dụng lại dữ liệu số hóa', 'Khai thác, sử dụng lại'], RATE)] },
    { code: ratioCode('MDSH_KET_NOI_CHIA_SE'), labels: ['Tỷ lệ hồ sơ số hóa kết nối, chia sẻ', 'Tỷ lệ kết nối, chia sẻ', ...under(['Kết nối, chia sẻ', 'Hồ sơ số hóa kết nối, chia sẻ'], RATE)] },
    { code: ratioCode('MDSH_CHUNG_THUC_DIEN_TU'), labels: ['Tỷ lệ chứng thực bản sao điện tử', ...under(['Chứng thực bản sao điện tử', 'Chứng thực điện tử'], RATE)] },
  ],
};

export const oneStopDigitization = provincialUnitTable({ id: ID, title: 'Số hóa hồ sơ theo đơn vị — cổng một cửa tỉnh', titleEn: 'Dossier digitisation by unit — provincial one-stop portal' }, SPEC);

/*
Made for (the digitisation report beside the 766 monitor on the provincial one-stop systems; the address differs per
province; its figures are the 766 digitisation indicators, DOMAIN §1–2 — no saved page):
- https://motcua.<tỉnh>.gov.vn/... (e.g. https://motcua.dienbien.gov.vn/bao-cao/so-hoa-ho-so)
- https://dichvucong.<tỉnh>.gov.vn/... (e.g. https://dichvucong.laichau.gov.vn/thong-ke/so-hoa)
Fixtures: test/indicators/fixtures/one-stop-digitization.html (grouped «Số hóa thành phần hồ sơ › Số lượng | Tỷ lệ (%)»
headers, «hoá» spelling, thousands dots and decimal points in one table).
*/
