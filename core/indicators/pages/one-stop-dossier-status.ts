// Tình hình giải quyết hồ sơ (the dossier status table the common one-stop platforms draw, DOMAIN §7): per unit
// or field, dossiers received (carried over, in the period, by channel), resolved (early, on time, late), pending
// (in time, late), paused and withdrawn, and the on-time rate — each under any of the wordings the platforms use.
import { provincialUnitTable, type UnitTableSpec } from '../unit-table.js';

const ID = 'one-stop-dossier-status';

/** Every "Group › Column" wording. */
const under = (groups: readonly string[], columns: readonly string[]) => groups.flatMap((g) => columns.map((c) => `${g} › ${c}`));

const RECEIVED = ['Tiếp nhận', 'Số hồ sơ tiếp nhận', 'Nhận giải quyết', 'Số hồ sơ nhận giải quyết', 'Đã nhận', 'Tổng tiếp nhận', 'Hồ sơ tiếp nhận'];
const IN_PERIOD = ['Trong kỳ', 'Nhận trong kỳ', 'Mới tiếp nhận', 'Tiếp nhận trong kỳ'];
const RESOLVED = ['Đã giải quyết', 'Đã xử lý', 'Kết quả nhận giải quyết', 'Hoàn thành', 'Số hồ sơ đã giải quyết', 'Số hồ sơ đã xử lý'];
const PENDING = ['Đang giải quyết', 'Đang xử lý', 'Số hồ sơ đang giải quyết', 'Số hồ sơ đang xử lý'];
const TOTAL = ['Tổng số', 'Tổng', 'Tổng cộng'];
/** Received by channel, under "Trong kỳ" or straight under the received group. */
const channel = (words: readonly string[]) => [...under(IN_PERIOD, words), ...under(RECEIVED, words)];

const SPEC: UnitTableSpec = {
  unitLabels: ['Tên đơn vị', 'Đơn vị', 'Tên cơ quan', 'Cơ quan', 'Cơ quan, đơn vị', 'Lĩnh vực'],
  unitCodeLabels: ['Mã định danh', 'Mã đơn vị'],
  columns: [
    { code: 'HS_TIEP_NHAN', labels: [...under(RECEIVED, TOTAL), 'Tổng tiếp nhận', 'Tổng số hồ sơ tiếp nhận', 'Tổng số hồ sơ nhận giải quyết'], required: true },
    { code: 'HS_KY_TRUOC', labels: under(RECEIVED, ['Kỳ trước chuyển sang', 'Kỳ trước', 'Tồn trước', 'Từ kỳ trước']) },
    { code: 'HS_TRONG_KY', labels: [...under(RECEIVED, IN_PERIOD), ...under(IN_PERIOD, TOTAL)] },
    { code: 'HS_TRUC_TUYEN', labels: channel(['Trực tuyến', 'Qua mạng']) },
    { code: 'HS_TRUC_TIEP', labels: channel(['Trực tiếp', 'Một cửa']) },
    { code: 'HS_BCCI', labels: channel(['BCCI', 'Qua BCCI', 'Bưu chính', 'Qua bưu chính', 'Bưu chính công ích']) },
    { code: 'HS_DA_GIAI_QUYET', labels: under(RESOLVED, TOTAL), required: true },
    { code: 'HS_TRUOC_HAN', labels: under(RESOLVED, ['Trước hạn', 'Sớm hạn']) },
    { code: 'HS_DUNG_HAN', labels: under(RESOLVED, ['Đúng hạn', 'Trong hạn']), required: true },
    { code: 'HS_QUA_HAN', labels: under(RESOLVED, ['Quá hạn', 'Trễ hạn']), required: true },
    { code: 'HS_DANG_GIAI_QUYET', labels: under(PENDING, TOTAL), required: true },
    { code: 'HS_DANG_TRONG_HAN', labels: under(PENDING, ['Trong hạn', 'Còn hạn', 'Chưa đến hạn']) },
    { code: 'HS_DANG_QUA_HAN', labels: under(PENDING, ['Quá hạn', 'Trễ hạn']) },
    { code: 'HS_TAM_DUNG', labels: ['Tạm dừng xử lý', 'Tạm dừng', 'Bổ sung', 'Chờ bổ sung', 'Tạm dừng, bổ sung'] },
    { code: 'HS_RUT', labels: ['Trả lại/ Rút HS', 'Trả lại, rút', 'Rút', 'Rút hồ sơ', 'Trả lại'] },
    { code: 'TY_LE_DUNG_HAN', labels: ['Tỷ lệ trước hạn, đúng hạn', 'Tỷ lệ sớm và đúng hạn', 'Tỷ lệ giải quyết đúng hạn', 'Tỷ lệ đúng hạn', 'Tỷ lệ đúng hạn (%)'] },
  ],
};

export const oneStopDossierStatus = provincialUnitTable({ id: ID, title: 'Tình hình giải quyết hồ sơ — cổng một cửa tỉnh', titleEn: 'Dossier processing status — provincial one-stop portal' }, SPEC);

/*
Made for (the common one-stop platforms' «Tình hình giải quyết hồ sơ» / «Kết quả giải quyết hồ sơ» report; the
address differs per province):
- https://motcua.<tỉnh>.gov.vn/... (e.g. https://motcua.dienbien.gov.vn/thong-ke/tinh-hinh-giai-quyet-ho-so)
- https://dichvucong.<tỉnh>.gov.vn/... (e.g. https://dichvucong.laichau.gov.vn/bao-cao/tinh-hinh-xu-ly-ho-so)
Fixtures: test/indicators/fixtures/one-stop-dossier-status.html (<td> headers three rows deep, title rows in the
table, numbering row, «Tổng số» footer, Tỉ/kì spellings); test/fixtures/pages/one-stop-bieu-ii06a.html (Biểu số
II.06a/VPCP/KSTT as a platform prints it: three title boxes, a «TT» column, «Đúng hạn (Bao gồm cả …)»); the wordings
of DOMAIN §7 are built in test/indicators/one-stop.test.ts.
*/
