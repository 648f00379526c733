// Tiến độ giải quyết (20 points) as the 766 page receives it (DOMAIN §6, shape B): `parent` and `children[]` with
// totalReceived, totalOnTime, totalOverdue, avgProcessingDays, ratio, and `score`/`maxScore` (not totalScore as
// elsewhere); the score the formula gives (20 × on time ÷ received) beside the portal's.
import { ratioCode } from '../codes.js';
import { progressScore } from '../formulas-766.js';
import { declaredCounts, figure, known, percent, readScoredTree, type ResponseType } from './shared.js';

export const dvcProgressTree: ResponseType = {
  id: 'dvc-progress-tree',
  title: 'Tiến độ giải quyết (parent / children)',
  endpoints: ['dvc-progress-tree'],
  read(data, endpoint) {
    return readScoredTree(this, data, endpoint, 'TDGQ', (r, path) => {
      const received = figure(r.totalReceived, `${path}.totalReceived`);
      const onTime = figure(r.totalOnTime, `${path}.totalOnTime`);
      const ratio = figure(r.ratio, `${path}.ratio`);
      const parts = { numerator: onTime, denominator: received };
      return {
        parts,
        computed: progressScore(known(onTime), known(received)),
        indicators: [
          ...percent(ratioCode('TDGQ_DUNG_HAN'), 'Tỷ lệ hồ sơ xử lý đúng hạn', received === 0 ? null : ratio, parts, 'TDGQ'),
          ...declaredCounts('TDGQ', r, path),
        ],
      };
    });
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/dvc-progress-tree
Responses: test/fixtures/real/portal/dvc-progress-tree-phu-tho-2026-trimmed.json (a province's list as a public
tracker saved it); others built from DOMAIN §6's field lists in scripts/harness/responses-766.ts.
*/
