// Tiến độ giải quyết (20 points) as the 766 page receives it (DOMAIN §6, shape B): `parent` and `children[]` with
// totalReceived, totalOnTime, totalOverdue, ratio, and `score`/`maxScore` (not totalScore as elsewhere).
import { ratioCode } from '../codes.js';
import { count, figure, percent, readScoredTree, type ResponseType } from './shared.js';

export const dvcProgressTree: ResponseType = {
  id: 'dvc-progress-tree',
  title: 'Tiến độ giải quyết (parent / children)',
  endpoints: ['dvc-progress-tree'],
  read(data, endpoint) {
    return readScoredTree(this, data, endpoint, 'TDGQ', (r, path) => {
      const received = figure(r.totalReceived, `${path}.totalReceived`);
      const onTime = figure(r.totalOnTime, `${path}.totalOnTime`);
      const overdue = figure(r.totalOverdue, `${path}.totalOverdue`);
      const ratio = figure(r.ratio, `${path}.ratio`);
      const parts = { numerator: onTime, denominator: received };
      return {
        parts,
        indicators: [
          ...percent(ratioCode('TDGQ_DUNG_HAN'), 'Tỷ lệ hồ sơ xử lý đúng hạn', received === 0 ? undefined : ratio, parts),
          ...count('HS_TIEP_NHAN', 'Tổng hồ sơ tiếp nhận', received),
          ...count('HS_DUNG_HAN', 'Hồ sơ xử lý đúng hạn', onTime),
          ...count('HS_QUA_HAN', 'Hồ sơ xử lý quá hạn', overdue),
        ],
      };
    });
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/dvc-progress-tree
Responses: built from DOMAIN §6's field lists in scripts/harness/responses-766.ts.
*/
