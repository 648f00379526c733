// «Còn thiếu gì» in the pane and on the standalone page: for every unit short of the next band or of a
// proposal, the fewest points to gain and on which criteria, with the figures — from core/ranking/what-it-takes.ts's
// shortfalls, the function tong-hop.xlsx's sheet and `thidua score --json` are written from, so they never disagree.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { formatNumber } from '../../core/criteria/rules/reason.js';
import type { AwardProposal, ShortfallWay } from '../../core/ranking/schema.js';
import { shortfalls } from '../../core/ranking/what-it-takes.js';
import { officerDay } from '../../core/values.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import { usePane } from './pane-context.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', '& td, & th': { textAlign: 'left', padding: `2px ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', overflowWrap: 'break-word' } },
  unit: { width: '28%' },
  need: { width: '4.5rem', textAlign: 'right' },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** `decisions`: those the proposals took, so a quota's places are counted as the proposals count them. */
type Props = { set: CriteriaSet; cards: readonly ScoreCard[]; proposals: readonly AwardProposal[]; decisions: readonly CouncilDecision[]; round: AwardRound };

/**
 * One goal's line: its steps, one per criterion («Tỷ lệ hồ sơ trực tuyến 72% → 80%: +3 điểm»), or why it cannot be
 * reached; then the criteria whose figure cannot be told (the words of «Còn thiếu gì» in tong-hop.xlsx, as core words them).
 */
function Path({ path }: { path: ShortfallWay }) {
  const s = useStyles();
  if (!path.reachable) return <>{path.words}</>;
  return (
    <>
      <ul className={s.steps}>
        {path.steps.map((st) => (
          <li key={st.code}>{st.words}</li>
        ))}
      </ul>
      {path.unknown !== undefined && <Text>{path.unknown}</Text>}
    </>
  );
}

export function WhatItTakes({ set, cards, proposals, decisions, round }: Props) {
  const s = useStyles();
  const { t } = usePane();
  // Today, the day the pane's and the page's runs are scored: the forms their proposals were made over (a district form or not).
  const short = useMemo(() => shortfalls(set, cards, proposals, decisions, round, officerDay()), [set, cards, proposals, decisions, round]);
  const rows = short.flatMap((u) => [u.band, u.award].filter((p): p is ShortfallWay => p !== undefined).map((path) => ({ unit: u, path })));
  return (
    <section className={s.col} aria-label="Còn thiếu gì">
      <Text weight="semibold" as="h3">{t('shortTitle')}</Text>
      {rows.length === 0 ? (
        <Text>{t('shortNone')}</Text>
      ) : (
        <table className={s.table} aria-label="Còn thiếu gì theo đơn vị">
          <thead>
            <tr><th className={s.unit}>{t('shortUnit')}</th><th>{t('shortGoal')}</th><th className={s.need}>{t('shortNeed')}</th></tr>
          </thead>
          <tbody>
            {rows.map(({ unit, path }, i) => (
              <tr key={i} data-unit={unit.unitName}>
                <td className={s.unit}>{unit.unitName}</td>
                <td>
                  <Text weight="semibold">→ {path.goal}</Text>
                  <Path path={path} />
                </td>
                <td className={s.need}>{path.reachable ? t('shortPoints', { points: formatNumber(path.gain) }) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

// Made for issue 26 item 3: what each unit would need, shown where the officer scores, not only in tong-hop.xlsx.
