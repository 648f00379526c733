// «Biểu quyết» on the standalone page's step «Rà soát» and under the pane's «Tổng hợp»: each nominee (proposed, or eligible for the council to decide)
// with the council's tally — members, present, in favour, and against and abstaining where counted — typed and recorded, and what it does said at once
// (core's tallyText under the passing rule in force: passed or not). Recorded votes go into the «Biểu quyết» of
// tong-hop.xlsx (the page) or of the open workbook (the pane), as the command line reads them. The council's finding on
// a band's condition, typed on that sheet's «Điều kiện xếp loại», is shown beside the vote as read (band-finding.ts).
// A unit the vote did not pass that still reaches another form has a row for that form under the failed one, with the
// sheet's line of why (fallback-vote.ts): voted like any nominee. Any row, proposed or fallback, may be declined
// «Không đề nghị» as the sheet holds it (the word in «Ghi chú», no count).
import { Button, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { countProblems, countsOf, DEFAULT_PASSING_RULE, membersUnlike, nomineeKey, ruleText, tallyOf, tallyText, voteOf, type FaceVote, type Nominee, type PassingRule, type TypedCounts, type Vote, type VoteSheet } from '../../core/council/vote.js';
import { parseFinding } from '../../core/council/band-finding.js';
import { declinedIn, declinedRow, fallbackLine } from '../../core/council/fallback-vote.js';
import { nomineeName } from '../../core/run/council-at-closing.js';
import type { Translate } from './i18n.js';
import { useTableStyles } from './tables.js';
import { usePane } from './pane-context.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  table: { borderCollapse: 'collapse', '& td, & th': { textAlign: 'left', padding: `2px ${tokens.spacingHorizontalXS}`, verticalAlign: 'top' } },
  number: { width: '4.5rem' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * What is wrong with a tally typed in the form, in the words a count typed on «Biểu quyết» is said in (core's
 * countProblems): a blank, a fraction, a negative, counts contradicting each other — against and abstaining, left
 * blank where not counted, summing with in favour to present —; '' when it is a vote.
 */
export function typedTallyProblem(t: TypedCounts): string {
  return countProblems(t)
    .map((p) => p.message)
    .join('; ');
}

/**
 * The vote a form records for `n`: its counts as the tally (core's tallyOf), against and abstaining only where typed;
 * the nominee alone (a row listed with its band or its failed form records neither).
 */
export function typedVote(n: Nominee, t: TypedCounts): Vote {
  return { sheet: n.sheet, unitName: n.unitName, form: n.form, tally: tallyOf(t), note: '' };
}

/** What a face says once a row is recorded: the tally and what it does, or the council's «Không đề nghị». */
export function voteSaid(t: Translate, v: FaceVote, rule: PassingRule): string {
  return 'tally' in v ? t('voteSaved', { unit: v.unitName, form: v.form, tally: tallyText(v.tally, rule) }) : t('voteDeclinedSaved', { unit: v.unitName, form: v.form });
}

/**
 * `nominees`: as «Biểu quyết» lists them (plan-copy.ts listedNominees), a fallback nominee with `after`, the form it failed.
 * `inWorkbook`: the vote is kept in the open workbook (the task pane), not in a run's tong-hop.xlsx (the page's steps);
 * `sheet`: the name «Biểu quyết» has there.
 */
export function VoteList({ nominees, votes, sheet, busy, record, inWorkbook = false }: { nominees: readonly (Nominee & { after?: string })[]; votes: VoteSheet; sheet: string; busy: boolean; record(vote: FaceVote): void; inWorkbook?: boolean }) {
  const s = useStyles();
  const ts = useTableStyles();
  const { t: tr } = usePane();
  const [typed, setTyped] = useState<Record<string, TypedCounts>>({});
  const [problem, setProblem] = useState<Record<string, string>>({});
  const rule = votes.rule ?? DEFAULT_PASSING_RULE;
  // The finding typed on the sheet, for a vote read or a row held as typed; the column only where one was typed.
  const findings = new Map([...votes.held, ...votes.votes].flatMap((v) => (v.finding ? [[nomineeKey(v), v.finding] as const] : [])));
  const findingText = (typed: string) => {
    const found = parseFinding(typed);
    return tr(found === 'met' ? 'voteFindingMet' : found === 'unmet' ? 'voteFindingUnmet' : 'voteFindingUnread', { typed, votes: sheet });
  };
  if (nominees.length === 0) return null;
  const save = (n: Nominee) => {
    const key = nomineeKey(n);
    const t = typed[key] ?? { members: '', present: '', inFavour: '' };
    const wrong = typedTallyProblem(t) || membersUnlike(votes.votes, n, t.members);
    setProblem((p) => ({ ...p, [key]: wrong }));
    if (!wrong) record(typedVote(n, t));
  };
  return (
    <section className={s.col} aria-label="Biểu quyết của Hội đồng">
      <Text weight="semibold" as="h3">{tr('voteTitle')}</Text>
      <Text size={200}>{tr(inWorkbook ? 'voteRuleHere' : 'voteRule', { rule: ruleText(rule), votes: sheet })}</Text>
      <table className={`${ts.table} ${s.table}`} aria-label="Biểu quyết từng trường hợp">
        <thead><tr><th>{tr('voteUnit')}</th><th>{tr('voteForm')}</th><th>{tr('voteMembers')}</th><th>{tr('votePresent')}</th><th>{tr('voteInFavour')}</th><th>{tr('voteAgainst')}</th><th>{tr('voteAbstain')}</th><th /><th>{tr('voteResult')}</th>{findings.size > 0 && <th>{tr('voteFinding')}</th>}</tr></thead>
        <tbody>
          {nominees.map((n) => {
            const key = nomineeKey(n);
            const vote = voteOf(votes, n);
            const t = typed[key] ?? (vote ? countsOf(vote.tally) : { members: '', present: '', inFavour: '' });
            // A fallback row's unit has its failed row too: its inputs are named with the form.
            const who = n.after ? nomineeName(n) : n.unitName;
            const field = (name: keyof TypedCounts, label: string) => (
              <td><Input className={s.number} inputMode="numeric" aria-label={`${label}: ${who}`} value={t[name] ?? ''} onChange={(_, d) => setTyped((x) => ({ ...x, [key]: { ...t, [name]: d.value } }))} /></td>
            );
            const result = vote ? tallyText(vote.tally, rule) : declinedIn(votes, n) ? tr('voteDeclined', { form: n.form }) : tr('voteNone');
            return (
              <tr key={key} data-nominee={n.unitName} {...(n.after ? { 'data-fallback': n.form } : {})}>
                <td>{n.unitName}</td>
                <td>
                  {n.form}
                  {n.after && <Text as="p" size={200}>{fallbackLine({ ...n, after: n.after })}</Text>}
                </td>
                {field('members', 'Tổng số thành viên')}
                {field('present', 'Số có mặt')}
                {field('inFavour', 'Số đồng ý')}
                {field('against', 'Số không đồng ý')}
                {field('abstain', 'Số không biểu quyết')}
                <td>
                  <Button size="small" disabled={busy} aria-label={`Ghi biểu quyết: ${who}`} onClick={() => save(n)}>{tr('voteSave')}</Button>
                  <Button size="small" disabled={busy} aria-label={`Không đề nghị: ${who}`} onClick={() => { setProblem((p) => ({ ...p, [key]: '' })); record(declinedRow(n)); }}>{tr('voteDecline')}</Button>
                </td>
                <td aria-label={`Kết quả biểu quyết: ${who}`}>
                  {problem[key] ? <Text className={s.error}>{problem[key]}</Text> : <Text>{result}</Text>}
                </td>
                {findings.size > 0 && <td aria-label={`Điều kiện xếp loại: ${who}`}>{findings.has(key) ? <Text>{findingText(findings.get(key)!)}</Text> : null}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

// Made for issue 46 item 2 on the page and in the pane: the council's vote per nominee recorded where it decides.
