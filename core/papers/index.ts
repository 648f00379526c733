// Hồ sơ khen thưởng (the papers of a closed round): the registry of papers, in the order the dossier carries them.
// Each entry is one file of core/papers/ that makes its papers from the sealed round (none when the round has no case
// for it: no submission without an award above the commune); test/papers/registry.test.ts holds every file to an entry.
import type { ClosedRound } from '../run/closing.js';
import { datedAfterClosing } from '../run/dated-after-closing.js';
import { decisionsChangedSinceRound } from '../run/council-at-closing.js';
import type { TypedReview } from '../council/merge.js';
import { meetingBeforeListing } from '../run/meeting-before-listing.js';
import { meetingShortOfQuorum } from '../run/meeting-quorum.js';
import { named, nameSealedLine, partlyTypedLine, unlistedVoteLine, unvotedNamed, unvotedPlace, unvotedSaid, type OpenAtClosing } from '../run/open-at-closing.js';
import { votedOnOtherLine } from '../council/voted-on.js';
import { said, type Said } from '../run/said.js';
import { achievementReports } from './achievement-report.js';
import { draftDecisions } from './decision.js';
import type { Paper } from './document.js';
import { COMMUNE_MISSING } from './heading.js';
import { planFormsNotes } from '../ranking/plan-forms.js';
import { formsLostAtClosing } from './found-bands.js';
import { councilMinutes } from './minutes.js';
import { nomineeList, postingBefore, postingBeforeListing, POSTING_DAYS } from './nominee-list.js';
import { proposalLetter } from './proposal-letter.js';
import { listedNowhere, unvotedNominees } from './proposed.js';
import { submissions } from './submission.js';
import { basesOf, workingDaysAfter, type PaperOptions } from './wording.js';
import { yearOfPapersNote } from './year-of-papers.js';
import { DEFAULT_MOVEMENT, namedMovement } from '../criteria/movement.js';
import type { CouncilWorkbook } from '../workbook/council-sheets.js';

export type PaperKind = { file: string; title: string; make: (closed: ClosedRound, opts: PaperOptions) => Paper[] };

export const PAPERS: readonly PaperKind[] = [
  { file: 'proposal-letter', title: 'Tờ trình đề nghị khen thưởng', make: (c, o) => [proposalLetter(c, o)] },
  { file: 'minutes', title: 'Biên bản họp Hội đồng Thi đua - Khen thưởng', make: (c, o) => [councilMinutes(c, o)] },
  { file: 'nominee-list', title: 'Danh sách niêm yết công khai', make: nomineeList },
  { file: 'decision', title: 'Dự thảo Quyết định khen thưởng', make: draftDecisions },
  { file: 'submission', title: 'Tờ trình đề nghị cấp trên khen thưởng', make: submissions },
  { file: 'achievement-report', title: 'Báo cáo thành tích', make: achievementReports },
];

export { POSTING_DAYS };

/**
 * What the papers take when the officer sets nothing: the decision dated the closing day (its base salary from the
 * dated table), prizes rounded up to ten thousand, five working days of posting before the meeting (after closing
 * when no meeting day is recorded).
 */
export function defaultPaperOptions(closed: ClosedRound): PaperOptions {
  const day = closed.closedAt.slice(0, 10);
  // Posted before the council meets (Decree 152 Art. 44): the working days before the meeting's day when it is known.
  const meeting = closed.votes?.meeting.date;
  const posting = meeting ? postingBefore(meeting) : workingDaysAfter(closed.closedAt, POSTING_DAYS);
  return { decisionDate: day, rounding: 'up-ten-thousand', receivedOn: day, receivedUpward: day, posting };
}

/** Lines said of no place. */
const plain = (lines: readonly string[]): Said[] => lines.map((text) => said(text));

/**
 * What stops or warns before the papers are written, in the officer's words: `unvoted`, the nominees the round holds
 * no vote for (no paper is written: the proposal and the decision list only those who passed); `warnings`, texts
 * cited outside their dates, a plan without number or date, a set that names no commune, a form not as the plan
 * gives it (plan-forms.ts), the meeting dated before its list (on «Biểu quyết», named as `sheets` has it in the
 * workbook the face reads, with its file where the face has one: no default, so no face names a sheet the council
 * renamed by thidua's name) — the papers are written, the face says these first. Each warning with the place it is
 * about where it is made (a vote typed beside the votes at its row, a decision changed since at its flag's cell): the
 * command line prints the words, the pane opens the place; the same words said twice are said once, at the first place.
 */
export function papersCheck(closed: ClosedRound, sheets: CouncilWorkbook, opts: PaperOptions = defaultPaperOptions(closed), orTyped?: string, review?: TypedReview): { unvoted: Said[]; warnings: Said[] } {
  const upward = opts.receivedUpward === opts.receivedOn ? [] : basesOf(closed, opts.receivedUpward).warnings.map((w) => `Tờ trình đề nghị cấp trên: ${w}`);
  const commune = closed.record.set.commune.trim() ? [] : [COMMUNE_MISSING];
  // A nominee whose row holds some counts and not the others is named by that row, with its cells.
  const partial = new Map((closed.open?.partlyTyped ?? []).map((p) => [p.nominee, partlyTypedLine(p, sheets.votes)]));
  // And on «Biểu quyết» in parts, each other by its row's part and cells.
  const unvoted = unvotedNominees(closed);

  const warnings = [
    ...plain([...basesOf(closed, opts.receivedOn).warnings, ...upward, ...commune]),
    ...yearOfPapersNote(closed.record),
    ...plain([...movementUnnamed(closed.record), ...planFormsNotes(closed.record), ...formsLostAtClosing(closed)]),
    ...votesSealedAside(closed, sheets),
    ...plain(listedNowhere(closed).map((h) => h.line)),
    ...meetingBeforeListing(closed, sheets),
    ...meetingShortOfQuorum(closed.votes?.votes ?? [], sheets),
    ...plain(postedBeforeListed(closed, opts, orTyped)),
    ...(review ? decidedSinceClosing(closed, review, sheets) : []),
  ];
  const open = closed.open ?? {};
  return { unvoted: unvoted.map((n) => (partial.has(n) ? partial.get(n)! : unvotedSaid(unvotedNamed(open, [n])[0]!, open, [n]))), warnings: warnings.filter((w, i) => warnings.findIndex((x) => x.text === w.text) === i) };
}

/**
 * The decisions `review` (the «Rà soát» the face reads now) holds otherwise than the round sealed them: the papers
 * print the sealed ones, said with each change; a round sealed before it kept its decisions cannot say.
 */
function decidedSinceClosing(closed: ClosedRound, review: TypedReview, sheets: CouncilWorkbook): Said[] {
  return decisionsChangedSinceRound(closed, closed.record, review, sheets.review).map((l) => ({ ...l, text: `${l.text} Giấy tờ in quyết định đã chốt; chốt lại (có lý do) để in quyết định mới.` }));
}

/** The posting the papers print, begun before a run listed its nominees (nominee-list.ts): said on every face. */
function postedBeforeListed(closed: ClosedRound, opts: PaperOptions, orTyped: string | undefined): string[] {
  const said = postingBeforeListing(closed.record, opts.posting, closed.votes?.meeting.date || undefined, orTyped);
  return said ? [said] : [];
}

/**
 * A set naming no movement, neither in its plan nor in its title, and not the digital one: the papers print thidua's
 * own movement, said with how to name it (a set of another movement would be awarded as the digital one's).
 */
function movementUnnamed(record: ClosedRound['record']): string[] {
  const { title, legalBasis } = record.set;
  if (namedMovement(record.set) || /chuyển\s+đổi\s+số/iu.test(`${title} ${legalBasis.title}`)) return [];
  return [`Bộ tiêu chí không nêu tên phong trào (tên «${title}»${legalBasis.title ? `, kế hoạch «${legalBasis.title}»` : ''}): giấy tờ ghi «${DEFAULT_MOVEMENT}». Phong trào khác thì ghi tên kế hoạch phát động phong trào ở «Trích yếu» trên trang «Tiêu chí» của tệp bộ tiêu chí, chấm và chốt lại.`];
}

/**
 * What closing with nominees not voted on means for the papers, said where the council closes (before the click and
 * after it): the papers wait for the vote and a new closing; the first few named (the «Biểu quyết» sheet lists every
 * one: named whole, 80 of them made one line of 4,825 characters). undefined when every nominee has a vote.
 */
export function papersWaitFor(open: Pick<OpenAtClosing, 'unvoted' | 'unvotedAt'> | undefined, sheets: CouncilWorkbook): Said | undefined {
  if (!open?.unvoted?.length) return undefined;
  return unvotedSaid(`Chốt khi còn ${open.unvoted.length} trường hợp chưa có kết quả biểu quyết thì chưa lập được hồ sơ khen thưởng: Hội đồng biểu quyết, ghi ở ${unvotedPlace(open, sheets)}, rồi chốt lần mới (có lý do) mới lập hồ sơ. Chưa biểu quyết: ${named(unvotedNamed(open), (n) => `và ${n} trường hợp khác`)}.`, open);
}

/**
 * Every note a face says once a round is closed, in the same words on every face: the papers waiting for a vote
 * (papersWaitFor) and the rows of them where counts were typed and others left blank (partlyTyped), what was typed on
 * «Biểu quyết» beside the votes (votesSealedAside: a vote for no nominee, a unit's name retyped), a nominee the council found short of a band's condition no longer reaching a form it was voted for
 * (found-bands.ts), a nominee the vote did not pass who reaches a form it is on no list for (listedNowhere), a decision or the vote's meeting dated after the closing day (datedAfterClosing), the meeting dated
 * before a nominee it voted on was listed (meetingBeforeListing).
 */
export function notesAfterClosing(round: ClosedRound, sheets: CouncilWorkbook): Said[] {
  const wait = papersWaitFor(round.open, sheets);
  return [...(wait ? [wait] : []), ...(round.open?.partlyTyped ?? []).map((p) => partlyTypedLine(p, sheets.votes)), ...votesSealedAside(round, sheets), ...plain([...formsLostAtClosing(round), ...listedNowhere(round).map((h) => h.line)]), ...datedAfterClosing(round, sheets), ...meetingBeforeListing(round, sheets), ...meetingShortOfQuorum(round.votes?.votes ?? [], sheets)];
}

/**
 * What the round sealed of «Biểu quyết» beside the votes, said after closing and before the papers alike: votes typed
 * for no nominee, names the council retyped (the round and the papers hold the report's), votes taken on another result.
 */
function votesSealedAside(round: ClosedRound, sheets: CouncilWorkbook): Said[] {
  return [...(round.open?.votedUnlisted ?? []).map((u) => unlistedVoteLine(u, sheets.votes)), ...(round.open?.namesRetyped ?? []).map((r) => nameSealedLine(r, sheets)), ...(round.open?.votedOnOther ?? []).map((v) => votedOnOtherLine(v, sheets.votes))];
}

/** Every paper of the round, in the dossier's order. Faces call papersCheck first and write nothing while `unvoted` is not empty. */
export function papersOf(closed: ClosedRound, opts: PaperOptions = defaultPaperOptions(closed)): Paper[] {
  return PAPERS.flatMap((kind) => kind.make(closed, opts));
}

// Made for issue 26 item 4, issue 38 item 3 and issue 46 items 2–4: the whole dossier of a closed round.
