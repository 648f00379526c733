// «Ngày quyết định» above the council's decisions, on the standalone page (step 4) and in the pane's «Rà soát» tab: the
// day every decision recorded there takes, shown and editable. It starts at the council's meeting day when one is
// recorded, else today, and says which: a decision taken at the meeting and typed in days later is the meeting's,
// as the council dates it in the «Ngày» column of «Rà soát» in Excel.
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDateVi, officerDay, parseDateText } from '../../core/values.js';
import { usePane } from './pane-context.js';

/** The day decisions take: `iso` (YYYY-MM-DD) undefined while what is typed does not read as a date. */
export type DecisionDate = { shown: string; iso: string | undefined; from: 'typed' | 'meeting' | 'today'; type(text: string): void };

/** `meetingDay`: the meeting's day as «Biểu quyết» holds it (YYYY-MM-DD, '' or undefined when none is recorded). */
export function useDecisionDate(meetingDay: string | undefined): DecisionDate {
  // undefined: nothing typed, the date follows the meeting's day as it is recorded.
  const [typed, setTyped] = useState<string>();
  if (typed !== undefined) return { shown: typed, iso: parseDateText(typed), from: 'typed', type: setTyped };
  const day = meetingDay || officerDay();
  return { shown: formatDateVi(day), iso: day, from: meetingDay ? 'meeting' : 'today', type: setTyped };
}

const HINT = { typed: 'decisionDateTyped', meeting: 'decisionDateMeeting', today: 'decisionDateToday' } as const;

/** `review`: the name «Rà soát» has in the workbook the decisions are written to. */
export function DecisionDateField({ date, review }: { date: DecisionDate; review: string }) {
  const { t } = usePane();
  const problem = date.iso === undefined ? { validationState: 'error' as const, validationMessage: t('reviewDateInvalid', { date: date.shown }) } : {};
  return (
    <Field label={t('decisionDate')} hint={t(HINT[date.from], { review })} {...problem}>
      <Input value={date.shown} inputMode="numeric" placeholder="dd/mm/yyyy" onChange={(_, d) => date.type(d.value)} />
    </Field>
  );
}

// Made for the officer walk's finding: a decision taken at the meeting of 15/12/2025 and typed on 20/12 was dated
// 20/12 silently on the page.
