import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { rejectedUnits } from '../../../core/ranking/council-effect.js';
import { checkAndScore } from '../../actions/score.js';
import { officerDay } from '../../../core/values.js';
import { criteriaNeeded, usePane } from '../../shared/pane-context.js';
import { CouncilView } from '../../shared/CouncilView.js';
import { scoreNotice } from './ScorePane.js';
import { WhatItTakes } from '../../shared/WhatItTakes.js';
import { ClosingPanel } from './ClosingPanel.js';
import { CommuneNote } from '../CommuneNote.js';
import { VoteList, voteSaid } from '../../shared/VoteList.js';
import { listedNominees } from '../../../core/run/plan-copy.js';
import type { FaceVote, Meeting } from '../../../core/council/vote.js';
import { MeetingFields } from '../../shared/MeetingFields.js';
import type { KeptEntry } from '../../../core/run/face-and-file.js';
import { KeepOne, useKeepOne } from '../../shared/KeepOne.js';
import { workbookRun } from '../../actions/closing.js';
import { postingDownload } from '../../shared/papers-download.js';
import { saveFile } from '../../shared/save-file.js';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM }, reason: { marginTop: tokens.spacingVerticalXS } });

export function SummaryPane() {
  const ctx = usePane();
  const { t, set, act, busy, result, hasWorkbook } = ctx;
  const s = useStyles();
  const keep = useKeepOne();
  if (!set) return <Text>{criteriaNeeded(ctx)}</Text>;
  const rejected = result ? rejectedUnits(result.cards, result.decisions) : { onFigures: [], recordedOnly: [] };
  /**
   * A nominee's tally (or a fallback nominee's «Không đề nghị»): written into the workbook's «Biểu quyết» as the run is
   * scored again, in the same round trips; what it does said at once. Sent with the vote the form showed: one the
   * council typed in the sheet since is never replaced unchosen — the run stops and both are said until `kept` says which stands.
   */
  const vote = (v: FaceVote, kept: readonly KeptEntry[] = []): Promise<void> =>
    act((port) =>
      keep.stopped(async () => {
        const scored = await checkAndScore(port, set, { now: new Date(), round: ctx.round, vote: v, ...(result ? { shown: result } : {}), kept });
        const notice = scoreNotice(ctx, scored);
        const rule = scored.votes?.rule;
        return rule ? { ...notice, text: voteSaid(t, v, rule) } : notice;
      }, (chosen) => void vote(v, chosen)),
    );
  /** The posting list before the vote: the workbook scored as it is now, with the meeting on its «Biểu quyết». */
  const post = async (from: string | undefined) => {
    await act(async (port) => {
      const { result: scored, record, meeting } = await workbookRun(port, set, { now: new Date(), round: ctx.round });
      ctx.setResult(scored);
      const made = await postingDownload(record, meeting, from, t('postingWhereSheet', { votes: scored.councilSheets.votes }), officerDay(), { review: { decisions: scored.decisions, unread: scored.unread }, sheets: scored.councilSheets });
      if (!made.ok) return { intent: 'warning', text: made.text };
      saveFile(made.bytes, made.name, made.type);
      return made.notes.length > 0 ? { intent: 'warning', text: made.text, items: made.notes.map((text) => ({ text })) } : { intent: 'success', text: made.text };
    });
    return undefined;
  };
  /** The meeting: written into the workbook's «Biểu quyết» as the run is scored again. */
  const meet = (meeting: Meeting) => act(async (port) => scoreNotice(ctx, await checkAndScore(port, set, { now: new Date(), round: ctx.round, meeting })));
  return (
    <div className={s.col}>
      {/* The actions first, within the pane's first screen: the long lists come after them. */}
      <Button appearance="primary" disabled={busy || !hasWorkbook} onClick={() => act(async (port) => scoreNotice(ctx, await checkAndScore(port, set, { now: new Date(), round: ctx.round })))}>
        {t('summaryRun')}
      </Button>
      <ClosingPanel />
      {/* Under the actions (they stay on the first screen): closing seals the vote, and waits while a nominee has none. */}
      {result?.votes && <MeetingFields meeting={result.votes.meeting} busy={busy} record={(m) => void meet(m)} post={post} />}
      <KeepOne waiting={keep.waiting} />
      {result?.votes && <VoteList nominees={listedNominees(set, result, result.votes)} votes={result.votes} sheet={result.councilSheets.votes} busy={busy} record={(v) => void vote(v)} inWorkbook />}
      {!result || result.cards.length === 0 ? (
        ctx.commune ? <CommuneNote text={t('summaryCommune', { units: ctx.commune.units })} /> : <Text>{t('summaryEmpty')}</Text>
      ) : (
        <>
          {rejected.onFigures.length > 0 && (
            <Text>{t(set.council.onRejectedFigure === 'withdraw_points' ? 'summaryRejectedWithdraw' : 'summaryRejectedExclude', { units: rejected.onFigures.join(', ') })}</Text>
          )}
          {rejected.recordedOnly.length > 0 && <Text>{t('summaryRejectedRecorded', { units: rejected.recordedOnly.join(', ') })}</Text>}
          <CouncilView cards={result.cards} ranking={result.ranking} proposals={result.proposals} decisions={result.decisions} policy={set.council.onRejectedFigure} set={set} />
          {result.proposals.length > 0 && (
            <details aria-label={t('summaryProposals')}>
              <summary><Text weight="semibold">{t('councilReasons', { count: result.proposals.length })}</Text></summary>
              {result.proposals.map((p) => (
                <div key={`${p.form}-${p.sheet}`} className={s.reason}>
                  <Badge appearance="tint" color={p.proposed ? 'success' : p.eligible ? 'informative' : 'subtle'}>
                    {p.proposed ? t('summaryProposed') : p.eligible ? t('summaryEligible') : t('summaryNotProposed')}
                  </Badge>{' '}
                  <b>{p.unitName}</b> — {p.formLabel}: {reasonAfterStatus(p.reason)}
                </div>
              ))}
            </details>
          )}
          <WhatItTakes set={set} cards={result.cards} proposals={result.proposals} decisions={result.decisions} round={ctx.round} />
        </>
      )}
    </div>
  );
}

/** The reason without the status its badge already says («Đề xuất: Xuất sắc…» → «Xuất sắc…»). */
const reasonAfterStatus = (reason: string) => reason.replace(/^(Không )?(đề xuất|đủ điều kiện): /i, '');

/* Made for: the summary tab: the ranking and the award proposals of the last scoring, with the units the council's decisions changed. */
