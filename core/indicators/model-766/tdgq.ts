// Tiến độ giải quyết (20 points): 20 × dossiers settled on time ÷ dossiers received, from the progress tree; the unit's
// own work — each new dossier settled on time raises both counts.
import { defineGroup, PUBLIC_FORMULA } from './declare.js';

export const tdgq = defineGroup({
  code: 'TDGQ',
  label: 'Tiến độ giải quyết',
  aliases: ['Tiến độ, kết quả giải quyết'],
  max: 20,
  endpoint: 'dvc-progress-tree',
  shape: 'tree',
  score: 'progress',
  movedBy: 'unit',
  takes: 'progress',
  counts: { done: 'hồ sơ giải quyết đúng hạn', all: 'hồ sơ tiếp nhận', short: 'hồ sơ quá hạn' },
  metrics: [
    // The drawn index page names the group's one rate; the responses give it as the group's score.
    { code: 'TDGQ_DUNG_HAN', label: 'Hồ sơ xử lý đúng hạn', aliases: ['Tỷ lệ hồ sơ xử lý đúng hạn', 'Hồ sơ xử lý đúng hạn (trước hạn, đúng hạn)'], max: 20, movedBy: 'unit', counts: { done: 'hồ sơ giải quyết đúng hạn', all: 'hồ sơ tiếp nhận', short: 'hồ sơ quá hạn' } },
  ],
  fields: [
    { field: 'totalReceived', code: 'HS_TIEP_NHAN', label: 'Tổng hồ sơ tiếp nhận' },
    { field: 'totalOnTime', code: 'HS_DUNG_HAN', label: 'Hồ sơ xử lý đúng hạn' },
    { field: 'totalOverdue', code: 'HS_QUA_HAN', label: 'Hồ sơ xử lý quá hạn' },
    { field: 'avgProcessingDays', code: 'TDGQ_SO_NGAY_TB', label: 'Số ngày giải quyết trung bình' },
  ],
  unread: { totalCompleted: 'số hồ sơ đã giải quyết của cả tỉnh (chỉ dòng tỉnh có): điểm không dựa vào nó' },
  criteria: [
    {
      title: 'Hồ sơ xử lý đúng hạn (trước hạn, đúng hạn) trên tổng hồ sơ tiếp nhận và xử lý trong kỳ',
      metric: 'TDGQ_DUNG_HAN',
      formula: 'ty-le',
      note: `Điểm = 20 × hồ sơ đúng hạn ÷ hồ sơ tiếp nhận. ${PUBLIC_FORMULA} Kỳ không tiếp nhận hồ sơ nào: chưa rõ Cổng tính thế nào, ghi điểm Cổng.`,
    },
  ],
});

/*
Made for: DOMAIN §6 (Tiến độ giải quyết = 20 × totalOnTime ÷ totalReceived). Responses:
test/fixtures/real/portal/dvc-progress-tree-phu-tho-2026-trimmed.json, test/fixtures/real/watch/dvc-progress-tree-month-*.json
(POST …/reporting/evaluation/dvc-progress-tree).
*/
