import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { rejectedUnits } from '../../../core/ranking/council-effect.js';
import { checkAndScore } from '../../actions/score.js';
import { usePane } from '../pane-context.js';
import { useTableStyles } from '../tables.js';
import { scoreNotice } from './ScorePane.js';
import { WhatItTakes } from '../WhatItTakes.js';
import { ClosingPanel } from './ClosingPanel.js';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM } });

export function SummaryPane() {
  const ctx = usePane();
  const { t, set, act, busy, result, hasWorkbook } = ctx;
  const s = useStyles();
  const ts = useTableStyles();
  if (!set) return <Text>{t('criteriaNeeded')}</Text>;
  const rejected = result ? rejectedUnits(result.cards, result.decisions) : { onFigures: [], recordedOnly: [] };
  return (
    <div className={s.col}>
      <Button appearance="primary" disabled={busy || !hasWorkbook} onClick={() => act(async (port) => scoreNotice(ctx, await checkAndScore(port, set, { now: new Date(), round: ctx.round })))}>
        {t('summaryRun')}
      </Button>
      {!result || result.cards.length === 0 ? (
        <Text>{t('summaryEmpty')}</Text>
      ) : (
        <>
          {rejected.onFigures.length > 0 && (
            <Text>{t(set.council.onRejectedFigure === 'withdraw_points' ? 'summaryRejectedWithdraw' : 'summaryRejectedExclude', { units: rejected.onFigures.join(', ') })}</Text>
          )}
          {rejected.recordedOnly.length > 0 && <Text>{t('summaryRejectedRecorded', { units: rejected.recordedOnly.join(', ') })}</Text>}
          {result.ranking.map((group) => (
            <section key={group.kind ?? '-'} aria-label={group.kindLabel}>
              <Text weight="semibold">{group.kindLabel}</Text>
              <Table size="small" className={ts.table} aria-label={group.kindLabel}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={ts.rank}>{t('summaryRank')}</TableHeaderCell>
                    <TableHeaderCell>{t('scoreUnit')}</TableHeaderCell>
                    <TableHeaderCell className={mergeClasses(ts.percent, ts.number)}>{t('scorePercent')}</TableHeaderCell>
                    <TableHeaderCell className={ts.classification}>{t('scoreClass')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {group.entries.map((e) => (
                    <TableRow key={e.sheet}>
                      <TableCell>{e.rank}</TableCell>
                      <TableCell className={ts.unit}>{e.unitName}</TableCell>
                      <TableCell className={ts.number}>{`${e.percent.toLocaleString('vi-VN')}%`}</TableCell>
                      <TableCell>{e.classification ?? ''}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          ))}
          {result.proposals.length > 0 && (
            <>
              <Text weight="semibold">{t('summaryProposals')}</Text>
              {result.proposals.map((p) => (
                <div key={`${p.form}-${p.sheet}`}>
                  <Badge appearance="tint" color={p.proposed ? 'success' : p.eligible ? 'informative' : 'subtle'}>
                    {p.proposed ? t('summaryProposed') : p.eligible ? t('summaryEligible') : t('summaryNotProposed')}
                  </Badge>{' '}
                  <b>{p.unitName}</b> — {p.formLabel}: {p.reason}
                </div>
              ))}
            </>
          )}
          <WhatItTakes set={set} cards={result.cards} proposals={result.proposals} round={ctx.round} />
        </>
      )}
      <ClosingPanel />
    </div>
  );
}
