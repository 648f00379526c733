// Số hóa hồ sơ (22 points): each rate scored max × ratio within its maximum, the reuse of digitised data full from
// 80 %; the group is their sum. Three are kept from the public tools without a saved response to check them.
import { defineGroup, PUBLIC_FORMULA, TO_CONFIRM } from './declare.js';

export const mdsh = defineGroup({
  code: 'MDSH',
  label: 'Số hóa hồ sơ',
  aliases: ['Mức độ số hóa', 'Mức độ số hóa hồ sơ'],
  max: 22,
  endpoint: 'dossier-digitized',
  shape: 'metrics',
  score: 'sum',
  movedBy: 'unit',
  undeclared: { formula: 'ty-le-tran', takes: 'share' },
  counts: { done: 'hồ sơ đạt', all: 'hồ sơ', short: 'hồ sơ chưa đạt' },
  metrics: [
    { code: 'MDSH_KET_QUA_DIEN_TU', portalCodes: ['ORIGINAL_RESULT_AVAILABLE'], label: 'Hồ sơ có cấp kết quả điện tử', aliases: ['Tỷ lệ hồ sơ cấp kết quả điện tử'], max: 6, formula: 'ty-le-tran', movedBy: 'unit', takes: 'share', counts: { done: 'hồ sơ có kết quả điện tử', all: 'hồ sơ', short: 'hồ sơ chưa có kết quả điện tử' } },
    // «Tỷ lệ hồ sơ giấy tờ được số hóa khi giải quyết» (4): the decision's «hồ sơ số hóa thành phần» (DOMAIN §1).
    { code: 'MDSH_SO_HOA_THANH_PHAN', portalCodes: ['SO_HOA_GIAY_TO_GIAI_QUYET'], label: 'Hồ sơ số hóa thành phần', aliases: ['Tỷ lệ hồ sơ số hóa thành phần', 'Số hóa thành phần hồ sơ', 'Tỷ lệ hồ sơ giấy tờ được số hóa khi giải quyết', 'Hồ sơ có giấy tờ được số hóa khi giải quyết'], max: 4, formula: 'ty-le-tran', movedBy: 'unit', takes: 'share', counts: { done: 'hồ sơ số hóa thành phần', all: 'hồ sơ', short: 'hồ sơ chưa số hóa thành phần' } },
    { code: 'MDSH_CHUNG_THUC_DIEN_TU', portalCodes: ['ELECTRONIC_CERTIFIED_COPY'], label: 'Chứng thực bản sao điện tử', aliases: ['Tỷ lệ chứng thực bản sao điện tử'], max: 2, formula: 'ty-le-tran', movedBy: 'unit', takes: 'share', counts: { done: 'bản sao chứng thực điện tử', all: 'bản sao chứng thực', short: 'bản sao chưa chứng thực điện tử' } },
    { code: 'MDSH_KHAI_THAC_LAI', portalCodes: ['REUSED_DIGITIZED_DATA'], label: 'Khai thác, sử dụng lại dữ liệu số hóa', aliases: ['Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa'], max: 2, formula: 'du-tu-80', movedBy: 'unit', takes: 'share', counts: { done: 'hồ sơ khai thác lại dữ liệu số hóa', all: 'hồ sơ', short: 'hồ sơ chưa khai thác lại dữ liệu số hóa' } },
    // The portal's code speaks of personal storage; its Vietnamese name is this metric's («được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng», 4 points).
    { code: 'MDSH_KET_NOI_CHIA_SE', portalCodes: ['SYNCED_WITH_DVCQG_PERSONAL_STORAGE'], label: 'Hồ sơ số hóa kết nối, chia sẻ', aliases: ['Tỷ lệ hồ sơ số hóa kết nối, chia sẻ'], max: 4, formula: 'ty-le-tran', movedBy: 'unit', takes: 'share', counts: { done: 'hồ sơ số hóa được kết nối, chia sẻ', all: 'hồ sơ số hóa', short: 'hồ sơ số hóa chưa kết nối, chia sẻ' } },
    // Two rates the real answer gives (2 points each, max × ratio) that the public tools did not list.
    { code: 'MDSH_DAN_CU_HO_SO', portalCodes: ['CITIZEN_DATA_CONNECTED_DOSSIER'], label: 'Tỷ lệ hồ sơ TTHC có sử dụng thông tin, dữ liệu dân cư', max: 2, formula: 'ty-le-tran', movedBy: 'unit', takes: 'share', counts: { done: 'hồ sơ có sử dụng dữ liệu dân cư', all: 'hồ sơ', short: 'hồ sơ chưa sử dụng dữ liệu dân cư' } },
    { code: 'MDSH_DAN_CU_TTHC', portalCodes: ['CITIZEN_DATA_CONNECTED_FORMALITY'], label: 'Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư phục vụ GQ TTHC', max: 2, formula: 'ty-le-tran', movedBy: 'unit', takes: 'share', counts: { done: 'TTHC đã kết nối dữ liệu dân cư', all: 'TTHC', short: 'TTHC chưa kết nối dữ liệu dân cư' } },
  ],
  criteria: [
    { title: 'Hồ sơ có cấp kết quả điện tử', metric: 'MDSH_KET_QUA_DIEN_TU', note: PUBLIC_FORMULA },
    { title: 'Hồ sơ có giấy tờ được số hóa khi giải quyết', metric: 'MDSH_SO_HOA_THANH_PHAN', note: `${PUBLIC_FORMULA} Trên Cổng: «Tỷ lệ hồ sơ giấy tờ được số hóa khi giải quyết».` },
    { title: 'Chứng thực bản sao điện tử', metric: 'MDSH_CHUNG_THUC_DIEN_TU', note: `[Chưa xác minh] ${TO_CONFIRM}` },
    { title: 'Khai thác, sử dụng lại dữ liệu số hóa', metric: 'MDSH_KHAI_THAC_LAI', note: `Đủ điểm từ 80%. ${PUBLIC_FORMULA}` },
    { title: 'Hồ sơ số hóa được kết nối, chia sẻ', metric: 'MDSH_KET_NOI_CHIA_SE', note: `[Chưa xác minh] ${TO_CONFIRM}` },
    {
      title: 'Kết quả giải quyết được đồng bộ vào kho dữ liệu cá nhân trên Cổng Dịch vụ công quốc gia',
      max: 4,
      formula: 'ty-le-tran',
      note: `[Chưa xác minh] Chỉ số Cổng trả về cho cấp xã («Tỷ lệ kết quả đồng bộ kho dữ liệu cá nhân»), điểm tối đa 4 để nhóm đủ 22. ${TO_CONFIRM}`,
    },
  ],
});

/*
Made for: DOMAIN §1, §6 and §11 (Số hóa: max × ratio within the maximum; REUSED_DIGITIZED_DATA full at 80 %).
Responses: built from DOMAIN §6's field lists in scripts/harness/responses-766.ts
(POST …/reporting/evaluation/dossier-digitized); the portal codes of the certified copy and the shared digitised
dossiers, and the two citizen-data rates, as Phú Thọ's real August 2026 answer gives them
(test/fixtures/real/watch/dossier-digitized-month-all.json: seven metrics, 6 + 4 + 2 + 4 + 2 + 2 + 2 = 22).
*/
