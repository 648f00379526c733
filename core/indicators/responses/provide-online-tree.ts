// Dịch vụ công trực tuyến (12 points, code CLGQ) as the 766 page receives it (DOMAIN §6, shape B): totalScore,
// totalMaxScore, ratio and the counts of procedures (authorityCount, fullCount, partialCount). No formula for
// this group is established (DOMAIN §6): the portal's score is shown and said to be unexplained.
import { declaredCounts, readScoredTree, type ResponseType } from './shared.js';

export const provideOnlineTree: ResponseType = {
  id: 'provide-online-tree',
  title: 'Dịch vụ công trực tuyến (parent / children)',
  endpoints: ['provide-online-tree'],
  read(data, endpoint) {
    // The counts of procedures (authorityCount, fullCount, partialCount) as the model declares them.
    return readScoredTree(this, data, endpoint, 'CLGQ', (r, path) => ({ indicators: declaredCounts('CLGQ', r, path) }));
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/provide-online-tree
Responses: built from DOMAIN §6's field lists in scripts/harness/responses-766.ts.
*/
