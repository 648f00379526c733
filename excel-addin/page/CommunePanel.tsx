// «Chấm cả xã» on the standalone page: many files in (chosen, dropped or a whole folder; more added
// later; one removed), the criteria from their own file or a built-in set (kept while the page is open),
// each file's state, scoring in the page's own thread with progress and «Hủy», one download. The state is
// useCommuneRun; each step is a view of its own; the council's steps are CommuneCouncil.
import { Text } from '@fluentui/react-components';
import { flagOfUnit } from '../../core/council/merge.js';
import { listedNominees } from '../../core/run/plan-copy.js';
import { CouncilView } from '../shared/CouncilView.js';
import { usePane } from '../shared/pane-context.js';
import { MeetingFields } from '../shared/MeetingFields.js';
import { VoteList } from '../shared/VoteList.js';
import { CommuneCouncil, NOT_CLOSED } from './CommuneCouncil.js';
import { CommuneCriteriaStep } from './CommuneCriteriaStep.js';
import { CommuneFilesStep } from './CommuneFilesStep.js';
import { CommuneScoreStep } from './CommuneScoreStep.js';
import { useCommuneStyles } from './commune-styles.js';
import { DecisionsRead } from './DecisionsRead.js';
import { Step, STEP_TITLES } from './Step.js';
import { useCommuneRun } from './useCommuneRun.js';

export function CommunePanel() {
  const { t } = usePane();
  const s = useCommuneStyles();
  const run = useCommuneRun();
  const { criteria, result, busy, council } = run;
  return (
    <section className={s.panel} aria-label="Chấm cả xã">
      <Text weight="semibold" as="h2">{t('communeTitle')}</Text>
      <CommuneCriteriaStep criteria={criteria} error={run.criteriaError} builtins={run.builtins} busy={busy}
        chooseFile={(f) => void run.chooseCriteriaFile(f)} chooseSheet={(sheet) => void run.chooseSheet(sheet)} chooseBuiltin={run.chooseBuiltin} />
      <CommuneFilesStep files={run.files} states={run.states} cards={result?.run.cards ?? []} busy={busy} add={(more) => void run.add(more)} remove={run.remove} />
      <CommuneScoreStep reports={run.reports.length} notToScore={run.notToScore} progress={run.progress} result={result} message={run.message}
        score={() => void run.score()} cancel={run.cancel} conflicts={run.conflicts} keep={(c, which) => void run.keep(c, which)} />
      {result && criteria ? (
        <CommuneCouncil set={criteria.set} result={result} setResult={run.setResult} busy={busy} decided={run.decided} review={(reviewer, date) => (
          <>
            <DecisionsRead decisions={result.decisions.filter((d) => !council.some((c) => flagOfUnit(c) === flagOfUnit(d)))} className={s.table} />
            {result.run.cards.length > 0 && (
              <CouncilView cards={result.run.cards} ranking={result.run.ranking} proposals={result.run.proposals} decisions={result.decisions} policy={criteria.set.council.onRejectedFigure} set={criteria.set}
                decide={{ reviewer, date, busy, take: (card, flag, current, step) => void run.decide(card, flag, current, step) }} />
            )}
            <MeetingFields meeting={result.votes.meeting} busy={busy} record={(m) => void run.meet(m)} post={run.post} />
            <VoteList nominees={listedNominees(criteria.set, result.run, result.votes)} votes={result.votes} sheet={result.sheets.votes} busy={busy} record={(v) => void run.vote(v)} />
          </>
        )} />
      ) : (
        <>
          <Step n={4} title={STEP_TITLES[3]} notYet={AFTER_SCORING} />
          <Step n={5} title={STEP_TITLES[4]} notYet={AFTER_SCORING} />
          <Step n={6} title={STEP_TITLES[5]} notYet={NOT_CLOSED} />
        </>
      )}
    </section>
  );
}

/** Why the council's steps wait. */
const AFTER_SCORING = 'Chấm ở bước 3 trước: Hội đồng rà soát và chốt trên kết quả chấm.';

// Made for: the officer without Microsoft 365 scoring a whole commune's files in one offline page.
