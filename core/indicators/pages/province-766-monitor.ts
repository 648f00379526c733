// Theo dõi chỉ tiêu DVC trực tuyến theo Quyết định 766 (provincial one-stop monitoring table, DOMAIN §2):
// per unit the dossiers received online / directly / by post (BCCI) and their shares, on-time and late results,
// dossiers synced to the national portal, dossiers with fees and those paid online. Rows are grouped
// (Sở, ban, ngành / UBND cấp huyện / UBND cấp xã) by label rows, which become unit.group.
import { provincialUnitTable, type UnitTableSpec } from '../unit-table.js';

const ID = 'province-766-monitor';

// The wordings of DOMAIN §7 (Tỷ/Tỉ, kỳ/kì, hóa/hoá are one to the table reader).
const RECEIVED = ['Số hồ sơ nhận giải quyết', 'Số hồ sơ tiếp nhận', 'Hồ sơ nhận giải quyết', 'Hồ sơ tiếp nhận', 'Tiếp nhận', 'Nhận giải quyết', 'Đã nhận', 'Tổng tiếp nhận'];
const SHARE = ['Tỷ lệ nộp hồ sơ', 'Tỷ lệ hồ sơ nộp', 'Tỷ lệ tiếp nhận', 'Tỷ lệ tiếp nhận hồ sơ'];
const RESULT = ['Kết quả xử lý', 'Kết quả giải quyết', 'Kết quả xử lý hồ sơ', 'Kết quả giải quyết hồ sơ', 'Kết quả xử lý hồ sơ nộp trực tuyến với hồ sơ đang xử lý'];
const PAYMENT = ['Thanh toán trực tuyến trên Cổng DVC Quốc gia', 'Thanh toán trực tuyến trên Cổng DVCQG', 'Thanh toán trực tuyến'];

/** Every "Group › Column" wording: grouped headers are matched level by level. */
const under = (groups: readonly string[], columns: readonly string[]) => groups.flatMap((g) => columns.map((c) => `${g} › ${c}`));

const SPEC: UnitTableSpec = {
  unitLabels: ['Tên đơn vị', 'Đơn vị', 'Tên cơ quan, đơn vị', 'Cơ quan, đơn vị'],
  unitCodeLabels: ['Mã định danh', 'Mã đơn vị'],
  columns: [
    { code: 'HS_TRUC_TUYEN', labels: under(RECEIVED, ['Mới tiếp nhận trực tuyến', 'Số mới tiếp nhận trực tuyến', 'Trực tuyến', 'Tiếp nhận trực tuyến', 'Qua mạng']), required: true },
    { code: 'HS_TRUC_TIEP', labels: under(RECEIVED, ['Trực tiếp', 'Tiếp nhận trực tiếp', 'Số tiếp nhận trực tiếp', 'Một cửa']), required: true },
    { code: 'HS_BCCI', labels: under(RECEIVED, ['Qua BCCI', 'BCCI', 'Bưu chính công ích', 'Qua bưu chính', 'Bưu chính']) },
    { code: 'TY_LE_NOP_TRUC_TUYEN', labels: under(SHARE, ['Trực tuyến (%)', 'Trực tuyến']), required: true },
    { code: 'TY_LE_NOP_TRUC_TIEP', labels: under(SHARE, ['Trực tiếp (%)', 'Trực tiếp']), required: true },
    { code: 'TY_LE_NOP_BCCI', labels: under(SHARE, ['BCCI (%)', 'BCCI', 'Qua BCCI']) },
    { code: 'HS_DUNG_HAN', labels: under(RESULT, ['HS xử lý đúng hạn', 'Hồ sơ xử lý đúng hạn', 'Đúng hạn', 'Trước hạn, đúng hạn', 'Sớm hạn, đúng hạn', 'Trong hạn']), required: true },
    { code: 'HS_QUA_HAN', labels: under(RESULT, ['HS xử lý quá hạn', 'Hồ sơ xử lý quá hạn', 'Quá hạn', 'Trễ hạn']), required: true },
    { code: 'TY_LE_DUNG_HAN', labels: under(RESULT, ['Tỷ lệ', 'Tỷ lệ đúng hạn (%)', 'Tỷ lệ đúng hạn', 'Tỷ lệ trước hạn, đúng hạn', 'Tỷ lệ sớm và đúng hạn', '%']), required: true },
    { code: 'HS_DONG_BO_DVCQG', labels: ['Số lượng hồ sơ đã đồng bộ về Cổng DVC QG', 'Số lượng hồ sơ đã đồng bộ về Cổng DVCQG', 'Số hồ sơ đồng bộ về Cổng DVC QG'] },
    { code: 'HS_CO_PHI', labels: ['Tổng HS có nghĩa vụ tài chính', 'Tổng hồ sơ có nghĩa vụ tài chính'], required: true },
    { code: 'HS_TTTT', labels: under(PAYMENT, ['Số HS đã TTTT', 'Số hồ sơ đã TTTT', 'Số hồ sơ đã thanh toán trực tuyến']), required: true },
    { code: 'TY_LE_TTTT', labels: under(PAYMENT, ['Tỷ lệ TTTT (%)', 'Tỷ lệ TTTT', 'Tỷ lệ thanh toán trực tuyến']), required: true },
    { code: 'TY_LE_TT_TRUC_TIEP', labels: under(PAYMENT, ['Tỷ lệ TT trực tiếp (%)', 'Tỷ lệ TT trực tiếp', 'Tỷ lệ thanh toán trực tiếp']) },
  ],
};

export const province766Monitor = provincialUnitTable({ id: ID, title: 'Theo dõi chỉ tiêu DVC trực tuyến (QĐ 766) — cổng tỉnh', titleEn: 'Online public-service monitoring (Decision 766) — provincial portal' }, SPEC);

/*
Made for (the one-stop systems' "THEO DÕI CHỈ TIÊU DVC TRỰC TUYẾN - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTG NGÀY 23/06/2022"
report; the address differs per province):
- https://motcua.<tỉnh>.gov.vn/... (e.g. https://motcua.thainguyen.gov.vn/bao-cao/theo-doi-chi-tieu-766)
- https://dichvucong.<tỉnh>.gov.vn/... (e.g. https://dichvucong.thainguyen.gov.vn/thong-ke/chi-tieu-766)
Fixtures: test/fixtures/pages/province-766-monitor.html (departments, districts, communes; totals; footnote),
province-766-monitor-chu.html (numbers replaced by text: error), province-766-monitor-thieu-cot.html (missing column: error);
the wordings and layouts of DOMAIN §7 (title rows and headers in <td>, numbering row, «Tổng số» footer, multi-line
cells, dots and points in one table) are built in test/indicators/one-stop.test.ts.
*/
