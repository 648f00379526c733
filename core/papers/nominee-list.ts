// Danh sách công khai: the list of those the scoring proposes, for posting at the commune's offices before the council
// meets (Decree 152/2025/NĐ-CP Art. 44 asks the list of nominees to be made public, DOMAIN.md §10), with the days it
// stays posted, where, and where remarks go — by form, collectives before individuals, by score, with their
// achievements. Made from the run's record and the meeting alone, never the vote: the list posted before the meeting
// (`postingList`, on every face before closing) is the one the closed round's papers carry (`nomineeList`).
import type { ClosedRound, RunRecord } from '../run/closing.js';
import { NO_MEETING, nomineeKey, type Meeting } from '../council/vote.js';
import { formatDateVi } from '../values.js';
import { p, type Block, type Paper } from './document.js';
import { communeKind, councilIssuer, heading, placeName, signature } from './heading.js';
import { movementName, workingDaysAfter, workingDaysBefore, type PaperOptions } from './wording.js';
import { formTables, heldAt, heldInLists, listed, proposedForms, whomListed } from './proposed.js';
import { countText } from '../ranking/held-elsewhere.js';
import { capitalize } from '../criteria/rules/reason.js';
import { conditionedBands, postingConditions } from './band-conditions.js';
import { flagAt, named, openAtClosing } from '../run/open-at-closing.js';
import type { TypedReview } from '../council/merge.js';
import type { CouncilSheetNames } from '../workbook/council-sheets.js';

/** Working days a list stays posted when the officer does not say (the decree's own period is not verified). */
export const POSTING_DAYS = 5;

/** The days a list is posted: the POSTING_DAYS working days before the meeting's day. */
export function postingBefore(meetingDate: string): PaperOptions['posting'] {
  return workingDaysBefore(meetingDate, POSTING_DAYS);
}

/** The days a list is posted when the officer gives its first day: `from` (a weekend: the Monday after), then `days` working days in all. */
export function postingFrom(from: string, days: number = POSTING_DAYS): PaperOptions['posting'] {
  const dayBefore = new Date(`${from}T00:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  return workingDaysAfter(dayBefore.toISOString().slice(0, 10), days);
}

/**
 * A posting worked back from the meeting day that should have begun before `today`: the list cannot be posted its days in
 * full any more — said, never moved silently (the list would carry a day already past). `orTyped`: how this face takes
 * the day the list was really posted («ghi ngày đã niêm yết thật bằng --posting-from <dd/mm/yyyy>»).
 */
export function postingBegun(posting: PaperOptions['posting'], meetingDate: string, today: string, orTyped: string): string | undefined {
  if (posting.from >= today) return undefined;
  return `Danh sách phải niêm yết từ ${formatDateVi(posting.from)} (${POSTING_DAYS} ngày làm việc trước phiên họp ngày ${formatDateVi(meetingDate)}), ngày ấy đã qua (hôm nay ${formatDateVi(today)}): niêm yết từ hôm nay thì chưa đủ ${POSTING_DAYS} ngày làm việc — dời ngày họp, hoặc ${orTyped}.`;
}

/**
 * A posting the officer dated that is not over before the meeting: the list asks remarks «trước phiên họp» and the
 * minutes say it «đã được niêm yết» to a day after the meeting — said, never written as if it ended in time (an
 * officer's walk: --posting-from 20/11 for a meeting on 20/11, posted to 26/11 in both without a word). `orTyped`: how
 * this face takes the days the list was really posted.
 */
export function postingAfterMeeting(posting: PaperOptions['posting'], meetingDate: string | undefined, orTyped: string): string | undefined {
  if (!meetingDate || posting.to < meetingDate) return undefined;
  return `Danh sách niêm yết từ ${formatDateVi(posting.from)} đến hết ${formatDateVi(posting.to)}, chưa hết thời gian niêm yết trước phiên họp ngày ${formatDateVi(meetingDate)}: danh sách ghi ý kiến gửi về trước phiên họp, biên bản ghi danh sách đã niêm yết đến hết ${formatDateVi(posting.to)}, sau ngày họp. Niêm yết xong trước ngày họp: ${orTyped}; hoặc sửa ngày họp.`;
}

/**
 * A posting that begins before a run first listed the nominees it posts (core/council/first-listed.ts): no list of
 * them existed yet, yet the minutes print it posted from that day — said, never printed as if it were (an officer's
 * walk: offices scored, met and closed on one day, the minutes saying the list was posted the five working days
 * before). The days are kept as worked out or typed; nominees whose first day is not known are never said. `orTyped`:
 * how this face takes the days the list was really posted, none where it takes none (the pane's closed papers).
 */
export function postingBeforeListing(record: RunRecord, posting: PaperOptions['posting'], meetingDate: string | undefined, orTyped?: string): string | undefined {
  const firstListed = record.listed;
  if (!firstListed) return undefined;
  const late = proposedForms(record, () => true).flatMap((f) =>
    listed(f).flatMap((u) => {
      const day = firstListed[nomineeKey({ sheet: u.sheet, unitName: u.unitName, form: f.label })] ?? '';
      return day > posting.from ? [{ text: `${u.unitName} (${f.label}): ngày ${formatDateVi(day)}`, day }] : [];
    }),
  );
  if (late.length === 0) return undefined;
  // Worked back from the meeting or typed: the meeting named, not how the days were counted.
  const before = meetingDate ? ` (phiên họp ngày ${formatDateVi(meetingDate)})` : '';
  const earliest = late.map((l) => l.day).sort()[0]!;
  return `Danh sách niêm yết ghi từ ${formatDateVi(posting.from)} đến hết ${formatDateVi(posting.to)}${before}, trước ngày thidua lần đầu ghi vào danh sách ${late.length} trường hợp được đề nghị (${named(late.map((l) => l.text), (n) => `và ${n} trường hợp khác`)}) — danh sách không thể đã niêm yết trước khi có kết quả chấm. Giấy tờ ghi ngày niêm yết như trên; niêm yết từ ${formatDateVi(earliest)} trở đi: ${orTyped ? `${orTyped}, hoặc sửa ngày họp` : 'sửa ngày họp'} rồi chốt lại.`;
}

/**
 * The nominees on the list whose flags the council has not decided yet, or who are to explain: the list carries their
 * points as scored, said before it is posted — never posted as settled (an officer's walk: a unit without the evidence
 * a criterion requires was posted as having completed it while «Rà soát» said «chờ giải trình»). undefined when every
 * listed nominee's flags are decided.
 */
export function postingUndecided(record: RunRecord, review: TypedReview, sheets: CouncilSheetNames): string | undefined {
  const names = new Set(proposedForms(record, () => true).flatMap((f) => listed(f).map((u) => u.unitName)));
  const open = openAtClosing(record, review);
  const items = [...open.undecided.filter((f) => names.has(f.unitName)).map(flagAt), ...open.awaitingExplanation.filter((u) => names.has(u)).map((u) => `${u} — chờ giải trình`)];
  if (items.length === 0) return undefined;
  return `Danh sách ghi điểm như đã chấm, khi Hội đồng chưa quyết định ${items.length} mục của người có tên: ${named(items, (n) => `và ${n} mục khác`)}. Hội đồng quyết định ở trang «${sheets.review}», chấm lại rồi lập lại danh sách nếu kết quả đổi.`;
}

/** Where the list is posted: as typed on «Biểu quyết» (the page's and pane's meeting fields), else the commune's offices. */
export function postedAt(meeting: Meeting, commune: string): string {
  return meeting.postedAt?.trim() || `trụ sở Ủy ban nhân dân ${placeName(commune)}`;
}

/** The posting list of a closed round: the same list as posted before the meeting, from its record and sealed meeting. */
export function nomineeList(closed: ClosedRound, opts: PaperOptions): Paper[] {
  return postingList(closed.record, closed.votes?.meeting ?? NO_MEETING, opts.posting);
}

/**
 * The posting list made before the council votes (on every face, from the run as scored), or why not yet: no nominee,
 * or no meeting day to count its posting days back from and no `posting` given. The same paper as the closed round's.
 */
export function postingBeforeVote(record: RunRecord, meeting: Meeting, posting?: PaperOptions['posting']): { ok: true; paper: Paper; posting: PaperOptions['posting'] } | { ok: false; why: string } {
  const days = posting ?? (meeting.date ? postingBefore(meeting.date) : undefined);
  if (!days) return { ok: false, why: `chưa có ngày họp của Hội đồng: ghi «Ngày họp» để tính ${POSTING_DAYS} ngày làm việc niêm yết trước phiên họp` };
  const [paper] = postingList(record, meeting, days);
  return paper ? { ok: true, paper, posting: days } : { ok: false, why: 'kết quả chấm không đề nghị khen thưởng trường hợp nào: không có danh sách để niêm yết' };
}

/**
 * What a face says of the list just made (the command line adds its path): where and when it is posted, before which
 * meeting — the same words on every face.
 */
export function postingSaid(made: { paper: Paper; posting: PaperOptions['posting'] }, meeting: Meeting, commune: string): string {
  return `${made.paper.title} (niêm yết tại ${postedAt(meeting, commune)} từ ${formatDateVi(made.posting.from)} đến hết ${formatDateVi(made.posting.to)}${meeting.date ? `, trước phiên họp ngày ${formatDateVi(meeting.date)}` : ''})`;
}

/**
 * Why no list was made, on every face: `why` from postingBeforeVote, `where` the meeting day is typed on this face, and
 * `orFrom` how this face takes a first posting day instead.
 */
export function postingRefused(why: string, where: string, orFrom: string): string {
  return `Chưa lập danh sách niêm yết: ${why} (${where}), hoặc ${orFrom}.`;
}

/**
 * The list of every nominee the scoring proposes in `record` (not only those a vote later passes), posted from
 * `posting.from` to `posting.to` at the place `meeting` names, dated its first day and signed by the meeting's chair.
 */
export function postingList(record: RunRecord, meeting: Meeting, posting: PaperOptions['posting']): Paper[] {
  const commune = record.set.commune;
  const forms = proposedForms(record, () => true);
  if (forms.length === 0) return [];
  const { from, to } = posting;
  const place = postedAt(meeting, commune);
  const whom = whomListed(forms).join(', ');
  const blocks: Block[] = [
    heading(councilIssuer(commune, 'DS-HĐTĐKT'), commune, from.slice(0, 4), from),
    p('DANH SÁCH', { align: 'center', bold: true }),
    p(`${capitalize(whom)} được đề nghị xét khen thưởng ${movementName(record)}`, { align: 'center', bold: true }),
    p(`(Niêm yết công khai tại ${place} từ ngày ${formatDateVi(from)} đến hết ngày ${formatDateVi(to)})`, { align: 'center', italic: true }),
  ];
  // Who reaches a form but is listed for another: said as the proposal says it, never left off the posted list silently.
  const held = heldInLists(record.forms, forms, forms);
  forms.forEach((form, i) => {
    blocks.push(p(`${i + 1}. Đề nghị tặng ${form.formal}: ${countText(form)}`, { bold: true, indent: true, keepNext: true }));
    for (const part of formTables(form)) blocks.push(p(part.heading, { bold: true, keepNext: true }), part.table);
    blocks.push(...heldAt(held, forms, form.id));
  });
  blocks.push(
    ...heldAt(held, forms),
    ...postingConditions(conditionedBands({ record }, forms)),
    p(
      `Trong thời gian niêm yết, ý kiến về các ${whom} có tên trong danh sách gửi về Hội đồng Thi đua - Khen thưởng ${placeName(commune)} (qua Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${communeKind(commune)}) để tổng hợp, báo cáo Hội đồng trước phiên họp xét khen thưởng${meeting.date ? ` ngày ${formatDateVi(meeting.date)}` : ''}./.`,
      { indent: true, align: 'justify' },
    ),
    signature([`Niêm yết tại ${place}`, 'Lưu: VT, HĐTĐKT'], 'Chủ tịch', 'TM. Hội đồng Thi đua - Khen thưởng', meeting.chair),
  );
  return [{ name: 'danh-sach-cong-khai', title: 'Danh sách niêm yết công khai', blocks }];
}

// Made for issue 46 item 4 and issue 57 item 3: the nominee list the law asks to be posted publicly before the council
// meets, with its posting period and place, the same before the vote and in the closed round's papers.
