import { Button, Card, Field, Input, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Flag } from '../../../core/checks/flag.js';
import type { DecisionKind } from '../../../core/council/decision.js';
import { decisionKey } from '../../../core/council/merge.js';
import { recordDecision } from '../../actions/review.js';
import { formatDateVi, parseDateText } from '../../../core/values.js';
import { isoDate } from '../../actions/score.js';
import { FlagList } from '../FlagList.js';
import { flagTitle } from '../../../core/checks/titles.js';
import type { MessageKey } from '../i18n.js';
import { usePane } from '../pane-context.js';
import { scoreNotice } from './ScorePane.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

const KIND_LABEL: Record<DecisionKind, MessageKey> = { accept: 'reviewAccept', explain: 'reviewExplain', reject: 'reviewReject' };

export function ReviewPane() {
  const ctx = usePane();
  const { t, lang, set, result, act, busy } = ctx;
  const s = useStyles();
  const [reviewer, setReviewer] = useState('');
  // Typed and shown as dd/mm/yyyy whatever the browser's locale (a date input would follow the locale).
  const [date, setDate] = useState(formatDateVi(isoDate(new Date())));
  const dateIso = parseDateText(date);
  const [open, setOpen] = useState<string | undefined>();
  const [kind, setKind] = useState<DecisionKind>('accept');
  const [comment, setComment] = useState('');
  if (!set) return <Text>{t('criteriaNeeded')}</Text>;
  const flags = result?.cards.flatMap((c) => c.flags) ?? [];
  if (flags.length === 0) return <Text>{t('reviewNoFlags')}</Text>;
  const unitOf = (sheet: string) => result!.cards.find((c) => c.sheet === sheet)?.unitName ?? sheet;
  const keyOf = (f: Flag) => decisionKey({ sheet: f.sheet, flagCode: f.code, ...(f.cell ? { cell: f.cell } : {}) });

  const save = (flag: Flag) =>
    act(async (port) => {
      if (reviewer.trim() === '') return { intent: 'warning', text: t('reviewReviewerNeeded') };
      if (!dateIso) return { intent: 'warning', text: t('reviewDateInvalid', { date }) };
      const decision = {
        sheet: flag.sheet,
        unitName: unitOf(flag.sheet),
        flagCode: flag.code,
        ...(flag.cell ? { cell: flag.cell } : {}),
        ...(flag.criterion ? { criterion: flag.criterion } : {}),
        decision: kind,
        reviewer: reviewer.trim(),
        date: dateIso,
        comment: comment.trim(),
      };
      const notice = scoreNotice(ctx, await recordDecision(port, set, decision, new Date()));
      setOpen(undefined);
      setComment('');
      return { ...notice, text: `${t('reviewSaved', { flag: flag.message })} ${notice.text}` };
    });

  return (
    <div className={s.col}>
      <Text>{t('reviewIntro')}</Text>
      <Field label={t('reviewReviewer')} required>
        <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} />
      </Field>
      <Field label={t('reviewDate')} {...(dateIso ? {} : { validationState: 'error' as const, validationMessage: t('reviewDateInvalid', { date }) })}>
        <Input value={date} inputMode="numeric" placeholder="dd/mm/yyyy" onChange={(_, d) => setDate(d.value)} />
      </Field>
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
          const isOpen = open === keyOf(flag);
          return (
            <div className={s.form}>
              {current && <Text size={200}>{t('reviewCurrent', { decision: t(KIND_LABEL[current.decision]), reviewer: current.reviewer, date: formatDateVi(current.date) })}</Text>}
              {isOpen ? (
                <>
                  <RadioGroup aria-label={t('reviewDecision')} value={kind} onChange={(_, d) => setKind(d.value as DecisionKind)}>
                    {(Object.keys(KIND_LABEL) as DecisionKind[]).map((k) => (
                      <Radio key={k} value={k} label={t(KIND_LABEL[k])} />
                    ))}
                  </RadioGroup>
                  <Field label={t('reviewComment')}>
                    <Textarea value={comment} onChange={(_, d) => setComment(d.value)} />
                  </Field>
                  <Button appearance="primary" disabled={busy} onClick={() => save(flag)}>
                    {t('reviewSave')}
                  </Button>
                </>
              ) : (
                <Button size="small" onClick={() => { setOpen(keyOf(flag)); setKind(current?.decision ?? 'accept'); setComment(current?.comment ?? ''); }}>
                  {t('reviewDecision')}
                </Button>
              )}
            </div>
          );
        }}
      </FlagList>
    </div>
  );
}
