// Công khai, minh bạch (18 points): four rates, each scored max × ratio; the group is their sum. Three of them are
// the province's work (it publishes the procedures: the same figures for every unit, DOMAIN §11); the dossiers'
// synchronisation with the national portal is the unit's own.
import { defineGroup, PUBLIC_FORMULA } from './declare.js';

export const ckmb = defineGroup({
  code: 'CKMB',
  label: 'Công khai, minh bạch',
  max: 18,
  endpoint: 'transparency',
  shape: 'metrics',
  score: 'sum',
  movedBy: 'unit',
  undeclared: { formula: 'ty-le', takes: 'share' },
  counts: { done: 'TTHC đạt', all: 'TTHC', short: 'TTHC chưa đạt' },
  metrics: [
    { code: 'CKMB_CONG_BO_DUNG_HAN', portalCodes: ['PUBLISH_ON_TIME'], label: 'TTHC công bố đúng hạn', aliases: ['Tỷ lệ TTHC công bố đúng hạn', 'Công bố TTHC đúng hạn'], max: 6, formula: 'ty-le', movedBy: 'province', takes: 'share', counts: { done: 'TTHC công bố đúng hạn', all: 'TTHC', short: 'TTHC công bố chưa đúng hạn' } },
    { code: 'CKMB_CAP_NHAT_DUNG_HAN', portalCodes: ['PUBLIC_UPDATE_ON_TIME'], label: 'TTHC cập nhật, công khai đúng hạn', aliases: ['Tỷ lệ TTHC cập nhật, công khai đúng hạn'], max: 4, formula: 'ty-le', movedBy: 'province', takes: 'share', counts: { done: 'TTHC cập nhật, công khai đúng hạn', all: 'TTHC', short: 'TTHC chưa cập nhật, công khai đúng hạn' } },
    { code: 'CKMB_DAY_DU_BO_PHAN', portalCodes: ['PUBLIC_CONTENT_FULL'], label: 'TTHC công khai đầy đủ các bộ phận tạo thành', aliases: ['Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành'], max: 2, formula: 'ty-le', movedBy: 'province', takes: 'share', counts: { done: 'TTHC công khai đầy đủ', all: 'TTHC', short: 'TTHC công khai chưa đầy đủ' } },
    { code: 'CKMB_DONG_BO_DVCQG', portalCodes: ['DOSSIER_SYNC'], label: 'Hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG', aliases: ['Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG', 'Hồ sơ đồng bộ trạng thái lên Cổng DVCQG'], max: 6, formula: 'ty-le', movedBy: 'unit', takes: 'share', counts: { done: 'hồ sơ đồng bộ trạng thái lên Cổng DVCQG', all: 'hồ sơ', short: 'hồ sơ chưa đồng bộ trạng thái' } },
  ],
  criteria: [
    { title: 'Thủ tục hành chính được công bố đúng hạn', metric: 'CKMB_CONG_BO_DUNG_HAN', note: PUBLIC_FORMULA },
    { title: 'Thủ tục hành chính được cập nhật, công khai đúng hạn', metric: 'CKMB_CAP_NHAT_DUNG_HAN', note: PUBLIC_FORMULA },
    { title: 'Thủ tục hành chính được công khai đầy đủ các bộ phận tạo thành', metric: 'CKMB_DAY_DU_BO_PHAN', note: PUBLIC_FORMULA },
    { title: 'Hồ sơ được đồng bộ trạng thái theo thời gian thực với Cổng Dịch vụ công quốc gia', metric: 'CKMB_DONG_BO_DVCQG', note: PUBLIC_FORMULA },
  ],
});

/*
Made for: DOMAIN §1 and §6 (Công khai: TTHC công bố đúng hạn 6; cập nhật, công khai đúng hạn 4; công khai đầy đủ 2;
hồ sơ đồng bộ trạng thái 6) and §11 (three of them the province's). Responses:
test/fixtures/real/portal/transparency-phu-tho-2026-trimmed.json (POST …/reporting/evaluation/transparency).
*/
