// Dịch vụ công trực tuyến (12 points, code CLGQ) as the 766 page receives it (DOMAIN §6, shape B): totalScore,
// totalMaxScore and the counts of procedures (authorityCount, fullCount, partialCount).
import { count, figure, readScoredTree, type ResponseType } from './shared.js';

export const provideOnlineTree: ResponseType = {
  id: 'provide-online-tree',
  title: 'Dịch vụ công trực tuyến (parent / children)',
  endpoints: ['provide-online-tree'],
  read(data, endpoint) {
    return readScoredTree(this, data, endpoint, 'CLGQ', (r, path) => ({
      indicators: [
        ...count('TTHC_THAM_QUYEN', 'Số TTHC thuộc thẩm quyền', figure(r.authorityCount, `${path}.authorityCount`)),
        ...count('TTHC_TOAN_TRINH', 'Số TTHC cung cấp dịch vụ công trực tuyến toàn trình', figure(r.fullCount, `${path}.fullCount`)),
        ...count('TTHC_MOT_PHAN', 'Số TTHC cung cấp dịch vụ công trực tuyến một phần', figure(r.partialCount, `${path}.partialCount`)),
      ],
    }));
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/provide-online-tree
Responses: built from DOMAIN §6's field lists in scripts/harness/responses-766.ts.
*/
