// Thanh toán trực tuyến (10 points, code TTTT) as the 766 page receives it (DOMAIN §6, shape B): the dossiers paid
// online of those with a fee (totalDossierOnlinePaymentSuccess / totalDossierFinancialObligation), the procedures'
// counters (totalDossierOnlineFormalityPaymentSuccess, totalFeeFormality, totalFeeDossierFormality), ratio, and
// totalScore of totalMaxScore; the score the formula gives (6A + min(2; 2,5B) + min(2; 2,5C)) beside the portal's.
import { ratioCode } from '../codes.js';
import { paymentScore } from '../formulas-766.js';
import { declaredCounts, figure, known, percent, readScoredTree, type ResponseType } from './shared.js';

export const formalityOnlinePaymentTree: ResponseType = {
  id: 'formality-online-payment-tree',
  title: 'Thanh toán trực tuyến (parent / children)',
  endpoints: ['formality-online-payment-tree'],
  read(data, endpoint) {
    return readScoredTree(this, data, endpoint, 'TTTT', (r, path) => {
      const field = (name: string) => figure(r[name], `${path}.${name}`);
      const paid = field('totalDossierOnlinePaymentSuccess');
      const owed = field('totalDossierFinancialObligation');
      const formalitiesPaid = field('totalDossierOnlineFormalityPaymentSuccess');
      const feeFormalities = field('totalFeeFormality');
      const feeFormalitiesWithDossiers = field('totalFeeDossierFormality');
      const parts = { numerator: paid, denominator: owed };
      return {
        parts,
        computed: paymentScore({
          paid: known(paid), owed: known(owed), formalitiesPaid: known(formalitiesPaid), feeFormalities: known(feeFormalities), feeFormalitiesWithDossiers: known(feeFormalitiesWithDossiers),
        }),
        indicators: [
          ...percent(ratioCode('TTTT_THANH_TOAN'), 'Tỷ lệ hồ sơ thanh toán trực tuyến', owed === 0 ? null : field('ratio'), parts, 'TTTT'),
          ...declaredCounts('TTTT', r, path),
        ],
      };
    });
  },
};

/*
Made for:
- POST https://dichvucong.gov.vn/api/v1/reporting/evaluation/formality-online-payment-tree
Responses: test/fixtures/real/portal/formality-online-payment-tree-phu-tho-2026.json (a whole province's list of
2026 as a public tracker saved it); hostile variants in scripts/harness/responses-766.ts.
*/
