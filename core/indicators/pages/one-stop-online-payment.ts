// Thanh toán trực tuyến (online payment per unit, the one-stop platforms' sibling report of the 766 monitor,
// DOMAIN §2): dossiers with fees, those paid online, and the shares paid online and directly — the payment columns
// of the 766 monitor, in a table of their own.
import { provincialUnitTable, type UnitTableSpec } from '../unit-table.js';

const ID = 'one-stop-online-payment';

const PAID = ['Thanh toán trực tuyến', 'Đã thanh toán trực tuyến', 'Thanh toán trực tuyến trên Cổng DVC Quốc gia', 'Thanh toán trực tuyến trên Cổng DVCQG'];
const under = (groups: readonly string[], columns: readonly string[]) => groups.flatMap((g) => columns.map((c) => `${g} › ${c}`));

const SPEC: UnitTableSpec = {
  unitLabels: ['Tên đơn vị', 'Đơn vị', 'Tên cơ quan', 'Cơ quan', 'Cơ quan, đơn vị', 'Lĩnh vực'],
  unitCodeLabels: ['Mã định danh', 'Mã đơn vị'],
  columns: [
    {
      code: 'HS_CO_PHI',
      labels: ['Tổng HS có nghĩa vụ tài chính', 'Tổng hồ sơ có nghĩa vụ tài chính', 'Hồ sơ có nghĩa vụ tài chính', 'Số hồ sơ có nghĩa vụ tài chính', 'Hồ sơ có phí, lệ phí', 'Số hồ sơ có phí, lệ phí', 'Tổng hồ sơ có phí, lệ phí'],
      required: true,
    },
    { code: 'HS_TTTT', labels: ['Số HS đã TTTT', 'Số hồ sơ đã TTTT', 'Số hồ sơ đã thanh toán trực tuyến', 'Số hồ sơ thanh toán trực tuyến', ...under(PAID, ['Số lượng', 'Số hồ sơ', 'Tổng'])], required: true },
    { code: 'TY_LE_TTTT', labels: ['Tỷ lệ TTTT (%)', 'Tỷ lệ TTTT', 'Tỷ lệ thanh toán trực tuyến', ...under(PAID, ['Tỷ lệ (%)', 'Tỷ lệ', '%'])], required: true },
    { code: 'TY_LE_TT_TRUC_TIEP', labels: ['Tỷ lệ TT trực tiếp (%)', 'Tỷ lệ TT trực tiếp', 'Tỷ lệ thanh toán trực tiếp', ...under(['Thanh toán trực tiếp'], ['Tỷ lệ (%)', 'Tỷ lệ', '%'])] },
  ],
};

export const oneStopOnlinePayment = provincialUnitTable({ id: ID, title: 'Thanh toán trực tuyến theo đơn vị — cổng một cửa tỉnh', titleEn: 'Online payment by unit — provincial one-stop portal' }, SPEC);

/*
Made for (the online-payment report beside the 766 monitor on the provincial one-stop systems; the address differs
per province; its columns are the monitor's payment group, DOMAIN §2 — no saved page):
- https://motcua.<tỉnh>.gov.vn/... (e.g. https://motcua.dienbien.gov.vn/bao-cao/thanh-toan-truc-tuyen)
- https://dichvucong.<tỉnh>.gov.vn/... (e.g. https://dichvucong.laichau.gov.vn/thong-ke/thanh-toan-truc-tuyen)
Fixtures: test/indicators/fixtures/one-stop-online-payment.html (grouped «Thanh toán trực tuyến › Số lượng | Tỉ lệ (%)»
headers in <td>, title rows, «Tổng số» footer).
*/
