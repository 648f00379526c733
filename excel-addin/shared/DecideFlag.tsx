// One flag's review where the council's work is shown (CouncilView): the decision in force — which one, its reason,
// who decided and when, the unit's explanation credited to the unit —, what it did to the unit (core's
// decisionEffect: points withdrawn and the new total), and, on a face that records decisions, the next step to take:
// a decision, the unit's explanation, or the second decision once the unit explained.
import { Button, Field, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { finalDecision, reviewState, type CouncilDecision, type DecisionKind, type ReviewStep } from '../../core/council/decision.js';
import type { CouncilPolicy } from '../../core/criteria/schema.js';
import { decisionEffect } from '../../core/ranking/council-effect.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import { formatDateVi } from '../../core/values.js';
import type { MessageKey } from './i18n.js';
import { usePane } from './pane-context.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXXS },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, maxWidth: '36rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  effect: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

export const DECISION_LABEL: Record<DecisionKind, MessageKey> = { accept: 'reviewAccept', explain: 'reviewExplain', reject: 'reviewReject' };

/**
 * How a face records a step: `reviewer` and `date` (YYYY-MM-DD; undefined while what is typed does not read as one) are
 * the council's, typed once above the list.
 */
export type Decide = { reviewer: string; date: string | undefined; busy: boolean; take(current: CouncilDecision | undefined, step: ReviewStep): void };

/** «Bác số liệu — Nguyễn Văn An, 25/11/2026; lý do: …»: a decision and who took it, as officers read it. */
function taken(t: ReturnType<typeof usePane>['t'], d: { decision: DecisionKind; reviewer: string; date: string; comment: string }): string {
  const who = [d.reviewer, d.date ? formatDateVi(d.date) : ''].filter(Boolean).join(', ');
  return `${t(DECISION_LABEL[d.decision])}${who ? ` — ${who}` : ''}${d.comment ? `; ${t('decideReason').toLowerCase()}: ${d.comment}` : ''}`;
}

export function DecideFlag({ label, current, card, policy, decide }: { label: string; current: CouncilDecision | undefined; card: ScoreCard; policy: CouncilPolicy['onRejectedFigure']; decide?: Decide | undefined }) {
  const s = useStyles();
  const { t } = usePane();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<DecisionKind>();
  const [text, setText] = useState('');
  const state = current ? reviewState(current) : undefined;
  const explaining = state === 'awaiting-explanation';
  const submit = () => {
    if (!decide) return;
    decide.take(current, explaining ? { kind: 'explanation', text: text.trim() } : { kind: 'decision', decision: kind!, reviewer: decide.reviewer.trim(), date: decide.date!, comment: text.trim() });
    setOpen(false);
    setText('');
    setKind(undefined);
  };
  const ready = explaining ? text.trim() !== '' : kind !== undefined && decide !== undefined && decide.reviewer.trim() !== '' && decide.date !== undefined;
  return (
    <div className={s.col} data-decision={current ? finalDecision(current) : ''} data-state={state ?? 'chua-quyet-dinh'}>
      {current ? (
        <>
          <Text size={200} aria-label={`Quyết định: ${label}`}>{`${t('decideCouncil')}: ${taken(t, current)}`}</Text>
          {current.explanation && <Text size={200}>{t('reviewCurrentExplanation', { by: current.explanation.by || current.unitName, text: current.explanation.text })}</Text>}
          {current.second && <Text size={200}>{`${t('reviewSecond')}: ${taken(t, current.second)}`}</Text>}
          <Text size={200} className={s.effect} aria-label={`Tác động: ${label}`}>{decisionEffect(current, card, policy)}</Text>
        </>
      ) : (
        <Text size={200}>{t('councilUndecided')}</Text>
      )}
      {decide && !open && state !== 'decided' && state !== 'decided-twice' && (
        <div className={s.row}>
          <Button size="small" disabled={decide.busy} aria-label={`${t(explaining ? 'reviewExplanation' : state === 'explained' ? 'reviewSecond' : 'reviewDecision')}: ${label}`} onClick={() => setOpen(true)}>
            {t(explaining ? 'reviewExplanation' : state === 'explained' ? 'reviewSecond' : 'reviewDecision')}
          </Button>
        </div>
      )}
      {decide && !open && (state === 'decided' || state === 'decided-twice') && (
        <div className={s.row}>
          <Button size="small" appearance="subtle" disabled={decide.busy} aria-label={`${t('decideChange')}: ${label}`} onClick={() => { setKind(undefined); setOpen(true); }}>
            {t('decideChange')}
          </Button>
        </div>
      )}
      {decide && open && (
        <div className={s.form} role="group" aria-label={`Quyết định của Hội đồng: ${label}`}>
          {explaining ? (
            <Field label={t('reviewExplanation')} hint={t('reviewExplanationBy', { unit: card.unitName })}>
              <Textarea value={text} onChange={(_, d) => setText(d.value)} />
            </Field>
          ) : (
            <>
              <RadioGroup layout="horizontal" aria-label={t(state === 'explained' ? 'reviewSecond' : 'reviewDecision')} value={kind ?? ''} onChange={(_, d) => setKind(d.value as DecisionKind)}>
                {(Object.keys(DECISION_LABEL) as DecisionKind[]).map((k) => <Radio key={k} value={k} label={t(DECISION_LABEL[k])} />)}
              </RadioGroup>
              <Field label={t('decideReason')}>
                <Textarea value={text} onChange={(_, d) => setText(d.value)} />
              </Field>
            </>
          )}
          {!explaining && decide.reviewer.trim() === '' && <Text size={200}>{t('reviewReviewerNeeded')}</Text>}
          {/* The date the decision takes, beside its button: the field that sets it may be screens above. */}
          {!explaining && <Text size={200} aria-label="Ngày ghi cho quyết định">{decide.date ? t('decideOnDate', { date: formatDateVi(decide.date) }) : t('decideDateNeeded')}</Text>}
          <div className={s.row}>
            <Button appearance="primary" size="small" disabled={decide.busy || !ready} onClick={submit}>{t(explaining ? 'reviewSaveExplanation' : 'decideSave')}</Button>
            <Button size="small" onClick={() => setOpen(false)}>{t('decideCancel')}</Button>
          </div>
        </div>
      )}
    </div>
  );
}

// Made for issue 46 item 1: the council decides on every face — each flag with its decision, who took it and its effect.
