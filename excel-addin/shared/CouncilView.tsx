// The council's work on a run, the same on the standalone page and in the pane's «Tổng hợp»: the counts first (flags
// not yet decided, errors, units awaiting their explanation), then the ranking under one heading per kind — each unit
// with its points out of its maximum, its Xếp loại, its proposal (or «đủ điều kiện, Hội đồng quyết định»), and its
// flags, errors first, each with its cell and core's plain message — the same as tong-hop.xlsx's «Tổng hợp» and «Rà soát».
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { flagTitle } from '../../core/checks/titles.js';
import { textAfterCell } from '../../core/checks/define.js';
import type { CouncilDecision, ReviewStep } from '../../core/council/decision.js';
import type { CouncilPolicy, CriteriaSet } from '../../core/criteria/schema.js';
import { runHeldElsewhere } from '../../core/ranking/held-elsewhere.js';
import type { Flag } from '../../core/flags/flag.js';
import type { AwardProposal, Ranking, RankEntry } from '../../core/ranking/schema.js';
import { councilCounts, flagsOfCard } from '../../core/run/open-flags.js';
import { capLine, cardKey, type ScoreCard } from '../../core/scoring/score-card.js';
import { classificationText } from '../../core/scoring/sanction.js';
import { standingText } from '../../core/ranking/rank.js';
import { madeOf, recordedText } from '../../core/scoring/total-text.js';
import { formatNumberVi } from '../../core/values.js';
import type { MessageKey } from './i18n.js';
import { usePane } from './pane-context.js';
import { useTableStyles } from './tables.js';
import { DecideFlag, type Decide } from './DecideFlag.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  counts: { fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', '& td, & th': { textAlign: 'left', padding: `2px ${tokens.spacingHorizontalXS}`, verticalAlign: 'top' } },
  unitRow: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  points: { width: '6.5rem', boxSizing: 'border-box', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  where: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  flags: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'break-word' },
  error: { color: tokens.colorPaletteRedForeground1 },
  eligible: { color: tokens.colorBrandForeground1 },
});

const SEVERITY: Record<'error' | 'warning' | 'info', MessageKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

/**
 * `decide`: on a face that records the council's decisions here (the standalone page), how — each flag then offers its
 * next step; `take` gets the flag's card with the step.
 */
type Props = {
  cards: readonly ScoreCard[];
  ranking: Ranking;
  proposals: readonly AwardProposal[];
  decisions: readonly CouncilDecision[];
  policy: CouncilPolicy['onRejectedFigure'];
  /** The run's set: who reaches a form but is listed for another is said under the ranking, as the command line and «Đề xuất khen thưởng» say it. */
  set: CriteriaSet;
  decide?: Omit<Decide, 'take'> & { take(card: ScoreCard, flag: Flag, current: CouncilDecision | undefined, step: ReviewStep): void };
};

export function CouncilView({ cards, ranking, proposals, decisions, policy, set, decide }: Props) {
  const s = useStyles();
  const ts = useTableStyles();
  const { t, lang } = usePane();
  const counts = useMemo(() => councilCounts(cards, decisions), [cards, decisions]);
  const held = useMemo(() => runHeldElsewhere(set, proposals), [set, proposals]);
  /** Where the unit's report is: its file (on the page) and its sheet when not named as the unit. */
  const where = (e: Pick<RankEntry, 'file' | 'sheet' | 'unitName'>) => [e.file, e.sheet !== e.unitName ? t('councilSheet', { sheet: e.sheet }) : undefined].filter(Boolean).join(' · ');
  const byKey = useMemo(() => new Map(cards.map((c) => [cardKey(c), c])), [cards]);
  // Units scored but not ranked («Chưa nộp», a duplicate left out): their flags are counted above and listed on «Rà
  // soát», so they are listed here too, for the council to see and decide, as the command line lists them.
  const unranked = useMemo(() => {
    const ranked = new Set(ranking.flatMap((g) => g.entries.map(cardKey)));
    return cards.filter((c) => !ranked.has(cardKey(c)) && c.flags.length > 0);
  }, [cards, ranking]);
  /** A unit's flags, errors first, each with its cell, core's message and the council's next step. */
  const flagList = (card: ScoreCard) => {
    const flags = flagsOfCard(card, decisions);
    return flags.length === 0 ? undefined : (
      <ul className={s.flags} aria-label={`Cảnh báo của ${card.unitName}`}>
        {flags.map(({ flag, decision }, i) => {
          const label = `${card.unitName} — ${flagTitle(flag.code, lang)}${flag.cell ? ` (ô ${flag.cell})` : ''}`;
          return (
            <li key={i} data-severity={flag.severity} data-cell={flag.cell ?? ''} data-flag={flag.code}>
              <span className={flag.severity === 'error' ? s.error : undefined}>
                {`${t(SEVERITY[flag.severity])}${flag.cell ? ` · ${t('scoreFlagCell', { cell: flag.cell })}` : ''} — ${flagTitle(flag.code, lang)}: ${textAfterCell(flag.message, flag.cell)}`}
              </span>
              <DecideFlag label={label} current={decision} card={card} policy={policy}
                decide={decide && { ...decide, take: (current, step) => decide.take(card, flag, current, step) }} />
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <section className={s.col} aria-label="Việc của Hội đồng">
      <Text className={s.counts} role="status" aria-label="Việc Hội đồng còn phải làm">
        {t('councilCounts', { undecided: counts.undecided, errors: counts.errors, errorsNotReviewed: counts.errorsNotReviewed, awaiting: counts.awaitingExplanation })}
      </Text>
      {ranking.map((group) => (
        <section key={group.kind ?? '-'} className={s.col} aria-label={`Xếp hạng — ${group.kindLabel}`}>
          <Text weight="semibold" as="h3">{t('councilRankingOf', { kind: group.kindLabel })}</Text>
          <table className={`${ts.table} ${s.table}`} aria-label={group.kindLabel}>
            <thead>
              <tr><th className={ts.rank}>{t('summaryRank')}</th><th>{t('scoreUnit')}</th><th className={s.points}>{t('councilPoints')}</th><th className={ts.classification}>{t('scoreClass')}</th></tr>
            </thead>
            <tbody>
              {group.entries.flatMap((e) => {
                const card = byKey.get(cardKey(e));
                const own = proposals.filter((p) => cardKey(p) === cardKey(e));
                const proposed = own.filter((p) => p.proposed);
                const shown = proposed.length > 0 ? proposed : own.filter((p) => p.eligible);
                return [
                  <tr key={cardKey(e)} className={s.unitRow} data-unit={e.unitName}>
                    <td>{e.rank}</td>
                    <td className={ts.unit}>
                      <Text weight="semibold">{e.unitName}</Text>
                      {where(e) && <Text size={200} block className={s.where}>{where(e)}</Text>}
                    </td>
                    <td className={s.points} data-max={card?.applicableMax}>
                      {/* A total with bonus or deductions is said as what it is made of, as the papers and the command line say it: «105,25 / 100» over «105,25%» read as an error. */}
                      {card && !madeOf(card) ? `${formatNumberVi(e.total)} / ${formatNumberVi(card.applicableMax)}` : formatNumberVi(e.total)}
                      <Text size={200} block>{(card && madeOf(card)) ?? `${formatNumberVi(e.percent)}%`}</Text>
                      {/* A bonus the set records beside the total, as the command line, «Tổng hợp» and the papers say it. */}
                      {card && recordedText(card) && <Text size={200} block data-recorded>{recordedText(card)}</Text>}
                    </td>
                    {/* The band with the table's sanction that set it, as the command line and «Tổng hợp» say it. */}
                    <td data-class={e.classification ?? ''}>
                      {card ? classificationText(card, t('councilUnclassified')) : (e.classification ?? t('councilUnclassified'))}
                      {/* Above it, units of fewer points in a higher band: why it stands there, as the command line and «Tổng hợp» say it. */}
                      {standingText(e) && <Text size={200} block data-standing>{standingText(e)}</Text>}
                    </td>
                  </tr>,
                  <tr key={`${cardKey(e)}-more`} data-unit-detail={e.unitName}>
                    <td />
                    <td colSpan={3}>
                      {/* A part whose rows add past its maximum, counted at it, under the total as the command line prints it. */}
                      {card?.caps?.map((cap) => <Text key={cap.group} size={200} block data-cap={cap.group}>{capLine(cap)}</Text>)}
                      {shown.map((p) => (
                        <Text key={p.form} block className={p.proposed ? undefined : s.eligible} data-proposal={p.proposed ? 'de-xuat' : 'du-dieu-kien'}>
                          {t(p.proposed ? 'councilProposed' : 'councilEligible', { form: p.formLabel })}
                        </Text>
                      ))}
                      {card && flagList(card)}
                    </td>
                  </tr>,
                ];
              })}
            </tbody>
          </table>
        </section>
      ))}
      {held.map((line) => <Text key={line} block data-held-elsewhere>{`${line}.`}</Text>)}
      {unranked.length > 0 && (
        <section className={s.col} aria-label={t('councilUnranked', { count: unranked.length })}>
          <Text weight="semibold" as="h3">{t('councilUnranked', { count: unranked.length })}</Text>
          <table className={`${ts.table} ${s.table}`} aria-label={t('councilUnranked', { count: unranked.length })}>
            <tbody>
              {unranked.map((card) => (
                <tr key={cardKey(card)} className={s.unitRow} data-unranked={card.unitName}>
                  <td className={ts.unit}>
                    <Text weight="semibold">{card.unitName}</Text>
                    {where(card) && <Text size={200} block className={s.where}>{where(card)}</Text>}
                  </td>
                  <td data-unit-detail={card.unitName}>{flagList(card)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

// Made for issue 38 item 1: what the council must decide, on the standalone page and in the pane, as tong-hop.xlsx says it.
