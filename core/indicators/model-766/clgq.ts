// Dịch vụ công trực tuyến (12 points): no formula is established (DOMAIN §6) — the portal's score is shown and said
// to be unexplained, and the built-in set asks for it to be typed in.
import { defineGroup } from './declare.js';

export const clgq = defineGroup({
  code: 'CLGQ',
  label: 'Dịch vụ công trực tuyến',
  aliases: ['Dịch vụ trực tuyến', 'Cung cấp dịch vụ công trực tuyến'],
  max: 12,
  endpoint: 'provide-online-tree',
  shape: 'tree',
  score: 'unknown',
  movedBy: 'unit',
  // Its score has no known formula: the procedures offered online in full, of those in the unit's remit, say what to do.
  counts: { done: 'TTHC trực tuyến toàn trình', all: 'TTHC thuộc thẩm quyền', short: 'TTHC chưa trực tuyến toàn trình', from: { done: 'TTHC_TOAN_TRINH', all: 'TTHC_THAM_QUYEN' } },
  metrics: [],
  fields: [
    { field: 'authorityCount', code: 'TTHC_THAM_QUYEN', label: 'Số TTHC thuộc thẩm quyền' },
    { field: 'fullCount', code: 'TTHC_TOAN_TRINH', label: 'Số TTHC cung cấp dịch vụ công trực tuyến toàn trình' },
    { field: 'partialCount', code: 'TTHC_MOT_PHAN', label: 'Số TTHC cung cấp dịch vụ công trực tuyến một phần' },
  ],
  // The province's row alone gives these (Phú Thọ's real August 2026 answer): no unit has them, and no formula is known to use them.
  unread: {
    onlineDossierCount: 'số hồ sơ trực tuyến của cả tỉnh (chỉ dòng tỉnh có)',
    onlineServiceTotal: 'số dịch vụ công trực tuyến của cả tỉnh (chỉ dòng tỉnh có)',
    channelOnlineSum: 'số hồ sơ nộp trực tuyến của cả tỉnh (chỉ dòng tỉnh có)',
    channelDirectSum: 'số hồ sơ nộp trực tiếp của cả tỉnh (chỉ dòng tỉnh có)',
    channelPostalSum: 'số hồ sơ nộp qua bưu chính của cả tỉnh (chỉ dòng tỉnh có)',
    channelTotalSum: 'tổng số hồ sơ theo kênh của cả tỉnh (chỉ dòng tỉnh có)',
    onlineOnTimeSum: 'số hồ sơ trực tuyến giải quyết đúng hạn của cả tỉnh (chỉ dòng tỉnh có)',
    onlineOverdueSum: 'số hồ sơ trực tuyến giải quyết quá hạn của cả tỉnh (chỉ dòng tỉnh có)',
  },
  criteria: [
    {
      title: 'Điểm nhóm Dịch vụ công trực tuyến theo Cổng Dịch vụ công quốc gia',
      max: 12,
      formula: 'manual',
      note: 'Chưa rõ công thức Cổng tính nhóm này (số TTHC cung cấp trực tuyến toàn trình, một phần, hồ sơ theo kênh): ghi đúng điểm nhóm trên Cổng vào Điểm tự chấm.',
    },
  ],
});

/*
Made for: DOMAIN §6 (provide-online-tree: totalScore, totalMaxScore, ratio, authorityCount, fullCount,
partialCount; «formula not established»). Responses: built from DOMAIN §6's field lists in
scripts/harness/responses-766.ts (POST …/reporting/evaluation/provide-online-tree); the province row's channel and
online-dossier sums as Phú Thọ's real August 2026 answer gives them (test/fixtures/real/watch/provide-online-tree-month-all.json).
*/
