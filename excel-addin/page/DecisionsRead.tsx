// «Chấm cả xã»: the council's decisions read back from a run's tong-hop.xlsx chosen again with the reports, one row
// each (unit, flag, the decision in force, who and when), under what the run says of them — so the officer sees
// which decisions were applied before downloading the copies that keep them.
import { Text } from '@fluentui/react-components';
import { flagTitle } from '../../core/checks/titles.js';
import { finalDecision, type CouncilDecision } from '../../core/council/decision.js';
import { formatDateVi } from '../../core/values.js';
import { usePane } from '../shared/pane-context.js';

const DECISION_KEY = { accept: 'reviewAccept', explain: 'reviewExplain', reject: 'reviewReject' } as const;

export function DecisionsRead({ decisions, className }: { decisions: readonly CouncilDecision[]; className: string }) {
  const { t, lang } = usePane();
  if (decisions.length === 0) return null;
  return (
    <>
      <Text weight="semibold">{t('communeDecisionsRead', { count: decisions.length })}</Text>
      <table className={className} aria-label="Quyết định của Hội đồng đã đọc">
        <thead><tr><th>{t('communeUnit')}</th><th>{t('scoreFlags')}</th><th>{t('reviewDecision')}</th><th>{t('reviewReviewer')}</th><th>{t('reviewDate')}</th></tr></thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={`${d.sheet}|${d.unitName}|${d.flagCode}|${d.cell ?? ''}`}>
              <td>{d.unitName}</td>
              <td>{flagTitle(d.flagCode, lang)}{d.cell ? ` (${d.cell})` : ''}</td>
              <td>{t(DECISION_KEY[finalDecision(d)])}</td>
              <td>{d.second?.reviewer || d.reviewer}</td>
              <td>{formatDateVi(d.second?.date || d.date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

// Made for: issue 20's «opening that tong-hop.xlsx again with the reports reads the council's typed decisions», shown.
