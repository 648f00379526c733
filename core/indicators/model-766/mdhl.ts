// Mức độ hài lòng (18 points): petitions handled on time and satisfaction with them (full points without any
// petition), and satisfaction with procedures (full from 90 %, 0 without any rating); the group is their sum.
import { defineGroup, PUBLIC_FORMULA } from './declare.js';

export const mdhl = defineGroup({
  code: 'MDHL',
  label: 'Mức độ hài lòng',
  max: 18,
  endpoint: 'handling-satisfaction',
  shape: 'metrics',
  score: 'sum',
  movedBy: 'unit',
  counts: { done: 'đánh giá đạt', all: 'đánh giá', short: 'đánh giá chưa đạt' },
  metrics: [
    { code: 'MDHL_PAKN_DUNG_HAN', portalCodes: ['PETITION_PROCESSING_ON_TIME'], label: 'Phản ánh, kiến nghị xử lý đúng hạn', aliases: ['PAKN xử lý đúng hạn', 'Tỷ lệ PAKN xử lý đúng hạn'], max: 6, formula: 'pakn', movedBy: 'unit', takes: 'share', counts: { done: 'phản ánh, kiến nghị xử lý đúng hạn', all: 'phản ánh, kiến nghị', short: 'phản ánh, kiến nghị xử lý quá hạn' } },
    { code: 'MDHL_HAI_LONG_PAKN', portalCodes: ['PETITION_HANDLING_SATISFACTION'], label: 'Hài lòng trong xử lý phản ánh, kiến nghị', aliases: ['Hài lòng trong xử lý PAKN', 'Mức độ hài lòng trong xử lý PAKN'], max: 6, formula: 'pakn', movedBy: 'unit', takes: 'share', counts: { done: 'đánh giá hài lòng', all: 'đánh giá xử lý phản ánh, kiến nghị', short: 'đánh giá chưa hài lòng' } },
    { code: 'MDHL_HAI_LONG_TTHC', portalCodes: ['DOSSIER_RECEIVING_SATISFACTION'], label: 'Hài lòng trong tiếp nhận, giải quyết TTHC', aliases: ['Mức độ hài lòng trong tiếp nhận, giải quyết TTHC'], max: 6, formula: 'hai-long-tthc', movedBy: 'unit', takes: 'share', counts: { done: 'đánh giá hài lòng', all: 'đánh giá tiếp nhận, giải quyết TTHC', short: 'đánh giá chưa hài lòng' } },
    // Worth 0 points: what the petitions were about, shown beside the score, never counted in it.
    { code: 'MDHL_PAKN_VE_TTHC', portalCodes: ['PETITION_CLASSIFICATION_TTHC'], label: 'Tỷ lệ PAKN về quy định, thủ tục hành chính', max: 0, movedBy: 'unit', counts: { done: 'phản ánh, kiến nghị về quy định, thủ tục hành chính', all: 'phản ánh, kiến nghị đã phân loại', short: 'phản ánh, kiến nghị về việc khác' } },
    { code: 'MDHL_PAKN_VE_CAN_BO', portalCodes: ['PETITION_CLASSIFICATION_STAFF'], label: 'Tỷ lệ PAKN về hành vi cán bộ, công chức, viên chức', max: 0, movedBy: 'unit', counts: { done: 'phản ánh, kiến nghị về hành vi cán bộ, công chức, viên chức', all: 'phản ánh, kiến nghị đã phân loại', short: 'phản ánh, kiến nghị về việc khác' } },
  ],
  unread: {
    totalPetitions: 'số phản ánh, kiến nghị trong kỳ: là mẫu số của các chỉ số phản ánh, kiến nghị, đã đọc ở đó',
    classifiedPetitions: 'số phản ánh, kiến nghị đã phân loại: là mẫu số của hai tỷ lệ phân loại (0 điểm), đã đọc ở đó',
    totalDossiers: 'số hồ sơ được đánh giá: là mẫu số của chỉ số hài lòng trong tiếp nhận, giải quyết TTHC, đã đọc ở đó',
  },
  criteria: [
    { title: 'Phản ánh, kiến nghị được xử lý đúng hạn', metric: 'MDHL_PAKN_DUNG_HAN', note: `Không có phản ánh, kiến nghị trong kỳ (mẫu số 0): đủ điểm. ${PUBLIC_FORMULA}` },
    { title: 'Mức độ hài lòng trong xử lý phản ánh, kiến nghị', metric: 'MDHL_HAI_LONG_PAKN', note: `Không có phản ánh, kiến nghị trong kỳ (mẫu số 0): đủ điểm. ${PUBLIC_FORMULA}` },
    { title: 'Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính', metric: 'MDHL_HAI_LONG_TTHC', note: `Đủ điểm từ 90% hài lòng; không có đánh giá nào (mẫu số 0): 0 điểm. ${PUBLIC_FORMULA}` },
  ],
});

/*
Made for: DOMAIN §6 (DOSSIER_RECEIVING_SATISFACTION full from 90 %, 0 without ratings; the two PAKN metrics full
without petitions; the classification metrics worth 0 explain only). Responses: built from DOMAIN §6's field lists in
scripts/harness/responses-766.ts (POST …/reporting/evaluation/handling-satisfaction); the two classification metrics
as Phú Thọ's real August 2026 answer names them (test/fixtures/real/watch/handling-satisfaction-month-all.json).
*/
