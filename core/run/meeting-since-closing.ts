// Điều kiện đạt và cuộc họp đã khác lần chốt (the rule or the meeting changed since closing): what the council typed
// above «Biểu quyết»'s table — the passing rule, the meeting's date, place, chair… — sealed with the round, retyped
// since. Each field that differs is one line at its cell, was → now, as a nominee's changed count is (closing.ts
// nomineesChanged): «Kết quả biểu quyết … đã khác lần chốt» alone left the officer to find what changed, and where.
import { formatDateVi } from '../values.js';
import { ruleCells, sheetCells, wherePlace, VOTING_METHOD_LABEL, type Meeting, type PassingRule, type RecordedVotes, type VoteSheet } from '../council/vote.js';
import { VOTE_FIELDS } from '../workbook/plan-votes.js';
import { canonicalJson } from './seal.js';
import type { Said } from './said.js';

/** What the sheet as read holds of the rule and the meeting, with the cells they were read from. */
export type MeetingAsTyped = Pick<VoteSheet, 'rule' | 'typedRule' | 'meeting' | 'typedDate' | 'fieldsAt'>;

type Field = keyof typeof VOTE_FIELDS;

/** The meeting's fields in the order «Biểu quyết» shows them. */
const MEETING_FIELDS = ['date', 'time', 'place', 'chair', 'secretary', 'method', 'present', 'absent', 'postedAt'] as const satisfies readonly (Field & keyof Meeting)[];

/**
 * Each field of the rule and the meeting that `sheet` (as read now) holds otherwise than the round sealed them
 * (`sealed`), a line each at its cell of the sheet named `named` — the place given with it (said.ts), for the pane to
 * open: «Trang «Biểu quyết», ô B2 («Điều kiện đạt»): khi chốt «Trên 50%»; nay «Từ 2/3».» None when the round sealed no vote.
 */
export function meetingChanged(sealed: RecordedVotes | undefined, named: string, sheet: MeetingAsTyped): Said[] {
  if (!sealed) return [];
  const line = (f: Field, was: string, now: string): Said => ({ text: `Trang ${sheetCells(named, sheet.fieldsAt?.[f])} («${VOTE_FIELDS[f]}»): khi chốt ${was}; nay ${now}.`, ...wherePlace(named, sheet.fieldsAt?.[f]) });
  const rule = ruleParts(sealed.rule);
  const typed = sheet.typedRule ?? (sheet.rule ? ruleCells(sheet.rule) : { share: '', base: '' });
  const now = sheet.rule ? ruleParts(sheet.rule) : undefined;
  // A rule that does not read now is said as typed: the council sees those words in its cells.
  const ruleLines = (['share', 'base'] as const).flatMap((part) => {
    if (now && canonicalJson(now[part].value) === canonicalJson(rule[part].value)) return [];
    return [line(part === 'share' ? 'rule' : 'base', shown(rule[part].words), `${shown(typed[part])}${now ? '' : ' (không đọc được)'}`)];
  });
  // Compared as read (a method retyped «giơ tay» is the same method), said as shown.
  const meetingLines = MEETING_FIELDS.flatMap((f) => {
    if (canonicalJson(sealed.meeting[f] ?? null) === canonicalJson(sheet.meeting[f] ?? null)) return [];
    return [line(f, shown(fieldShown(sealed.meeting, f)), shown(fieldShown(sheet.meeting, f, sheet)))];
  });
  return [...ruleLines, ...meetingLines];
}

/** The rule's two cells, each with what it holds of the rule: the share (how much, over or from) and the base. */
function ruleParts(rule: PassingRule) {
  const words = ruleCells(rule);
  return { share: { value: [rule.percent, rule.above, rule.fraction ?? null], words: words.share }, base: { value: rule.of, words: words.base } };
}

/** A field of the meeting as its cell shows it: a date as dd/mm/yyyy, names joined by «;», a date that did not read as typed. */
function fieldShown(meeting: Meeting, f: (typeof MEETING_FIELDS)[number], typed?: Pick<VoteSheet, 'typedDate'>): string {
  if (f === 'date') return typed?.typedDate ?? (meeting.date ? formatDateVi(meeting.date) : '');
  if (f === 'method') return meeting.method ? VOTING_METHOD_LABEL[meeting.method] : '';
  return [meeting[f] ?? ''].flat().join('; ');
}

const shown = (text: string) => (text.trim() === '' ? 'để trống' : `«${text.trim()}»`);

// Made for the stop of 30/11/2026, gap 3: only the council's rule or meeting retyped after closing was said by the
// generic line alone, while a nominee's changed count had its own line at its cells.
