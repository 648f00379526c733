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
  ],
  criteria: [
    { title: 'Phản ánh, kiến nghị được xử lý đúng hạn', metric: 'MDHL_PAKN_DUNG_HAN', note: `Không có phản ánh, kiến nghị trong kỳ (mẫu số 0): đủ điểm. ${PUBLIC_FORMULA}` },
    { title: 'Mức độ hài lòng trong xử lý phản ánh, kiến nghị', metric: 'MDHL_HAI_LONG_PAKN', note: `Không có phản ánh, kiến nghị trong kỳ (mẫu số 0): đủ điểm. ${PUBLIC_FORMULA}` },
    { title: 'Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính', metric: 'MDHL_HAI_LONG_TTHC', note: `Đủ điểm từ 90% hài lòng; không có đánh giá nào (mẫu số 0): 0 điểm. ${PUBLIC_FORMULA}` },
  ],
});

/*
Made for: DOMAIN §6 (DOSSIER_RECEIVING_SATISFACTION full from 90 %, 0 without ratings; the two PAKN metrics full
without petitions; the classification metrics worth 0 explain only). Responses: built from DOMAIN §6's field lists in
scripts/harness/responses-766.ts (POST …/reporting/evaluation/handling-satisfaction).
*/
