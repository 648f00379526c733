import { Button, Card, Field, Input, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Flag } from '../../../core/flags/flag.js';
import { reviewState, takeReviewStep, type CouncilDecision, type DecisionKind, type ReviewState } from '../../../core/council/decision.js';
import { decidedCriterion, decisionEffect } from '../../../core/ranking/council-effect.js';
import { decisionKey } from '../../../core/council/merge.js';
import { recordDecision } from '../../actions/review.js';
import { formatDateVi } from '../../../core/values.js';
import { DecisionDateField, useDecisionDate } from '../../shared/DecisionDate.js';
import { FlagList } from '../FlagList.js';
import { flagTitle } from '../../../core/checks/titles.js';
import type { MessageKey } from '../../shared/i18n.js';
import { criteriaNeeded, usePane } from '../../shared/pane-context.js';
import { cardsInListOrder } from '../../../core/ranking/list-order.js';
import { scoreNotice } from './ScorePane.js';
import { CommuneNote } from '../CommuneNote.js';
import type { KeptEntry } from '../../../core/run/face-and-file.js';
import { KeepOne, useKeepOne } from '../../shared/KeepOne.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

const KIND_LABEL: Record<DecisionKind, MessageKey> = { accept: 'reviewAccept', explain: 'reviewExplain', reject: 'reviewReject' };
const STATE_LABEL: Partial<Record<ReviewState, MessageKey>> = {
  'awaiting-explanation': 'reviewStateAwaiting',
  explained: 'reviewStateExplained',
  'decided-twice': 'reviewStateTwice',
};

/** The fields of a decision that name its flag. */
function flagDecision(flag: Flag) {
  return {
    sheet: flag.sheet,
    flagCode: flag.code,
    ...(flag.cell ? { cell: flag.cell } : {}),
    ...(flag.criterion ? { criterion: flag.criterion } : {}),
  };
}

export function ReviewPane() {
  const ctx = usePane();
  const { t, lang, set, result, act, busy } = ctx;
  const s = useStyles();
  const [reviewer, setReviewer] = useState('');
  // Typed and shown as dd/mm/yyyy whatever the browser's locale (a date input would follow the locale).
  const date = useDecisionDate(result?.votes?.meeting.date);
  const [open, setOpen] = useState<string | undefined>();
  // Nothing chosen until the council chooses (a ticked «Chấp nhận» would be saved by a careless click).
  const [kind, setKind] = useState<DecisionKind | undefined>();
  const [comment, setComment] = useState('');
  const keep = useKeepOne();
  if (!set) return <Text>{criteriaNeeded(ctx)}</Text>;
  // In the order «Rà soát» lists them, the posted list's and the papers' (cardsInListOrder), not the sheets'.
  const flags = result ? cardsInListOrder(result.cards, result.ranking, set).flatMap((c) => c.flags) : [];
  if (flags.length === 0) return ctx.commune ? <CommuneNote text={t('reviewCommune', { flags: ctx.commune.flags, undecided: ctx.commune.undecided })} /> : <Text>{t('reviewNoFlags')}</Text>;
  const unitOf = (sheet: string) => result!.cards.find((c) => c.sheet === sheet)?.unitName ?? sheet;
  const keyOf = (f: Flag) => decisionKey({ sheet: f.sheet, flagCode: f.code, ...(f.cell ? { cell: f.cell } : {}) });

  /** Records the next step of a flag's review (core's takeReviewStep) and says what it did to the unit at once. */
  const save = (flag: Flag, current: CouncilDecision | undefined, step: 'decision' | 'explanation', kept: readonly KeptEntry[] = []): Promise<void> =>
    act((port) => keep.stopped(async () => {
      if (step === 'decision' && reviewer.trim() === '') return { intent: 'warning', text: t('reviewReviewerNeeded') };
      if (step === 'decision' && !date.iso) return { intent: 'warning', text: t('reviewDateInvalid', { date: date.shown }) };
      if (step === 'explanation' && comment.trim() === '') return { intent: 'warning', text: t('reviewExplanationNeeded') };
      if (step === 'decision' && !kind) return { intent: 'warning', text: t('reviewChoose') };
      const decision = takeReviewStep(
        { ...flagDecision(flag), unitName: unitOf(flag.sheet) },
        current,
        step === 'explanation' ? { kind: 'explanation', text: comment.trim() } : { kind: 'decision', decision: kind!, reviewer: reviewer.trim(), date: date.iso!, comment: comment.trim() },
      );
      const scored = await recordDecision(port, set, decision, new Date(), { ...(result ? { shown: result } : {}), kept });
      const notice = scoreNotice(ctx, scored);
      setOpen(undefined);
      setComment('');
      const card = scored.cards.find((c) => c.sheet === flag.sheet);
      const inForce = scored.decisions.find((d) => decisionKey(d) === keyOf(flag));
      const effect = card && inForce ? decisionEffect(inForce, card, set.council.onRejectedFigure) : '';
      return { ...notice, text: `${t('reviewSaved', { flag: flag.message, effect })} ${notice.text}` };
    }, (chosen) => void save(flag, current, step, chosen)));

  return (
    <div className={s.col}>
      <Text>{t('reviewIntro')}</Text>
      <KeepOne waiting={keep.waiting} />
      <Field label={t('reviewReviewer')} required>
        <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} />
      </Field>
      <DecisionDateField date={date} review={result!.councilSheets.review} />
      {result && result.setAside.length > 0 && (
        <Card>
          <Text weight="semibold">{t('reviewSetAside')}</Text>
          {result.setAside.map((a) => (
            <Text key={decisionKey(a.decision)}>
              {`${a.decision.sheet} · ${flagTitle(a.decision.flagCode, lang)}${a.decision.cell ? ` (${a.decision.cell})` : ''}: ${t(a.reason === 'flag-gone' ? 'reviewGone' : 'reviewCellChanged')}`}
            </Text>
          ))}
        </Card>
      )}
      <FlagList flags={flags}>
        {(flag) => {
          const current = result!.decisions.find((d) => decisionKey(d) === keyOf(flag));
          const state = current ? reviewState(current) : undefined;
          const isOpen = open === keyOf(flag);
          const card = result!.cards.find((c) => c.sheet === flag.sheet);
          const noFigure = card !== undefined && decidedCriterion(flagDecision(flag), card) === undefined;
          return (
            <div className={s.form}>
              {current && <Text size={200}>{t('reviewCurrent', { decision: t(KIND_LABEL[current.decision]), reviewer: current.reviewer, date: formatDateVi(current.date) })}</Text>}
              {current && current.comment !== '' && <Text size={200}>{t('reviewCurrentComment', { comment: current.comment })}</Text>}
              {current && card && <Text size={200} weight="semibold" aria-label="Tác động của quyết định">{decisionEffect(current, card, set.council.onRejectedFigure)}</Text>}
              {state && STATE_LABEL[state] && <Text size={200} weight="semibold">{t(STATE_LABEL[state]!)}</Text>}
              {current?.explanation && (
                <Text size={200}>{t('reviewCurrentExplanation', { text: current.explanation.text, by: current.explanation.by || current.unitName })}</Text>
              )}
              {current?.second && (
                <Text size={200}>{t('reviewCurrentSecond', { decision: t(KIND_LABEL[current.second.decision]), reviewer: current.second.reviewer, date: formatDateVi(current.second.date) })}</Text>
              )}
              {current?.second && current.second.comment !== '' && <Text size={200}>{t('reviewCurrentComment', { comment: current.second.comment })}</Text>}
              {isOpen ? (
                <>
                  {noFigure && <Text size={200}>{t('reviewNoFigure')}</Text>}
                  {state === 'awaiting-explanation' ? (
                    <>
                      <Field label={t('reviewExplanation')} hint={t('reviewExplanationBy', { unit: unitOf(flag.sheet) })}>
                        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} />
                      </Field>
                      <Button appearance="primary" disabled={busy} onClick={() => save(flag, current, 'explanation')}>
                        {t('reviewSaveExplanation')}
                      </Button>
                    </>
                  ) : (
                    <>
                      <RadioGroup aria-label={t(state === 'explained' ? 'reviewSecond' : 'reviewDecision')} value={kind ?? ''} onChange={(_, d) => setKind(d.value as DecisionKind)}>
                        {(Object.keys(KIND_LABEL) as DecisionKind[]).map((k) => (
                          <Radio key={k} value={k} label={t(KIND_LABEL[k])} />
                        ))}
                      </RadioGroup>
                      <Field label={t('reviewComment')}>
                        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} />
                      </Field>
                      <Button appearance="primary" disabled={busy || !kind} onClick={() => save(flag, current, 'decision')}>
                        {t(state === 'explained' ? 'reviewSecond' : 'reviewSave')}
                      </Button>
                    </>
                  )}
                </>
              ) : (
                <Button size="small" onClick={() => { setOpen(keyOf(flag)); setKind(state === 'explained' || state === 'awaiting-explanation' ? undefined : current?.decision); setComment(state === 'explained' || state === 'awaiting-explanation' ? '' : (current?.comment ?? '')); }}>
                  {t(state === 'awaiting-explanation' ? 'reviewExplanation' : state === 'explained' ? 'reviewSecond' : 'reviewDecision')}
                </Button>
              )}
            </div>
          );
        }}
      </FlagList>
    </div>
  );
}

/* Made for: the «Rà soát» tab: the council's decision on each flag recorded in the workbook, which is scored again at once. */
