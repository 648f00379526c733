// Thanh toán trực tuyến (10 points, code TTTT) as the 766 page receives it (DOMAIN §6, shape B):
// totalDossierOnlinePaymentSuccess of totalDossierFinancialObligation, ratio, totalScore of totalMaxScore.
import { ratioCode } from '../codes.js';
import { count, figure, percent, readScoredTree, type ResponseType } from './shared.js';

export const formalityOnlinePaymentTree: ResponseType = {
  id: 'formality-online-payment-tree',
  title: 'Thanh toán trực tuyến (parent / children)',
  endpoints: ['formality-online-payment-tree'],
  read(data, endpoint) {
    return readScoredTree(this, data, endpoint, 'TTTT', (r, path) => {
      const paid = figure(r.totalDossierOnlinePaymentSuccess, `${path}.totalDossierOnlinePaymentSuccess`);
      const owed = figure(r.totalDossierFinancialObligation, `${path}.totalDossierFinancialObligation`);
      const ratio = figure(r.ratio, `${path}.ratio`);
      const parts = { numerator: paid, denominator: owed };
      return {
        parts,
        indicators: [
          ...percent(ratioCode('TTTT_THANH_TOAN'), 'Tỷ lệ hồ sơ thanh toán trực tuyến', owed === 0 ? undefined : ratio, parts),
          ...count('HS_TTTT', 'Số hồ sơ đã thanh toán trực tuyến', paid),
          ...count('HS_CO_PHI', 'Tổng hồ sơ có nghĩa vụ tài chính', owed),
        ],
      };
    });
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/formality-online-payment-tree
Responses: built from DOMAIN §6's field lists in scripts/harness/responses-766.ts.
*/
