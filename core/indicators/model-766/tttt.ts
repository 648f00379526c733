// Thanh toán trực tuyến (10 points): 6A + min(2; 2,5B) + min(2; 2,5C) (the portal's split 6 + 2 + 2, DOMAIN §10), A the
// dossiers paid online of those with a fee — the unit's own work; B and C count procedures with a fee.
import { defineGroup, PUBLIC_FORMULA } from './declare.js';

export const tttt = defineGroup({
  code: 'TTTT',
  label: 'Thanh toán trực tuyến',
  max: 10,
  endpoint: 'formality-online-payment-tree',
  shape: 'tree',
  score: 'payment',
  movedBy: 'unit',
  // Each more dossier paid online of the same dossiers with a fee raises A (6A): the group's numerator and denominator.
  takes: 'share',
  counts: { done: 'hồ sơ thanh toán trực tuyến', all: 'hồ sơ có phí, lệ phí', short: 'hồ sơ có phí, lệ phí chưa thanh toán trực tuyến' },
  metrics: [
    { code: 'TTTT_THANH_TOAN', label: 'Hồ sơ thanh toán phí, lệ phí trực tuyến', aliases: ['Tỷ lệ hồ sơ thanh toán trực tuyến', 'Thanh toán phí, lệ phí trực tuyến'], max: 10, movedBy: 'unit', takes: 'share', counts: { done: 'hồ sơ thanh toán trực tuyến', all: 'hồ sơ có phí, lệ phí', short: 'hồ sơ có phí, lệ phí chưa thanh toán trực tuyến' } },
  ],
  fields: [
    { field: 'totalDossierOnlinePaymentSuccess', code: 'HS_TTTT', label: 'Số hồ sơ đã thanh toán trực tuyến' },
    { field: 'totalDossierFinancialObligation', code: 'HS_CO_PHI', label: 'Tổng hồ sơ có nghĩa vụ tài chính' },
    { field: 'totalDossierOnlineFormalityPaymentSuccess', code: 'TTTT_TTHC_CO_THANH_TOAN', label: 'Số hồ sơ thanh toán trực tuyến của TTHC có phí, lệ phí' },
    { field: 'totalFeeFormality', code: 'TTTT_TTHC_CO_PHI', label: 'Số TTHC có phí, lệ phí' },
    { field: 'totalFeeDossierFormality', code: 'TTTT_TTHC_CO_HO_SO', label: 'Số TTHC có phí, lệ phí đã phát sinh hồ sơ' },
  ],
  unread: { totalFeeDossierFormalityDistinct: 'số TTHC có phí đã phát sinh hồ sơ, đếm không trùng: công thức dùng totalFeeDossierFormality' },
  criteria: [
    { title: 'Hồ sơ thanh toán trực tuyến thành công trên tổng hồ sơ có nghĩa vụ tài chính', metric: 'TTTT_THANH_TOAN', max: 6, formula: 'ty-le', note: `Phần 6A của công thức 6A + min(2; 2,5B) + min(2; 2,5C). ${PUBLIC_FORMULA}` },
    { title: 'Thủ tục có phí, lệ phí có hồ sơ thanh toán trực tuyến thành công trên tổng thủ tục có phí, lệ phí', max: 2, formula: 'du-tu-80', note: `Phần min(2; 2,5B): đủ điểm từ 80%. ${PUBLIC_FORMULA}` },
    {
      title: 'Thủ tục có phí, lệ phí đã phát sinh hồ sơ trên tổng thủ tục có phí, lệ phí',
      max: 2,
      formula: 'du-tu-80',
      note: `Phần min(2; 2,5C): đủ điểm từ 80%, theo cách Cổng chia nhóm 6 + 2 + 2 (tối đa 10); chưa có phản hồi lưu được nào có C từ 80% để đối chiếu — cán bộ xác nhận với Cổng khi C từ 80%. ${PUBLIC_FORMULA}`,
    },
  ],
});

/*
Made for: DOMAIN §6 and §10 (Thanh toán = 6A + min(2; 2,5B) + min(2; 2,5C)). Responses:
test/fixtures/real/portal/formality-online-payment-tree-phu-tho-2026.json
(POST …/reporting/evaluation/formality-online-payment-tree).
*/
