// What a run says of the council's decisions it read (from a tong-hop.xlsx's «Rà soát»): how many it applied — a
// decision applies when a report of the run still carries its flag — how many it keeps though their flag is gone,
// where the reviews stand, and how many it held as typed (flags whose rows it could not read, rows that name no
// flag). The command line prints these lines; the standalone page shows them under its run.
import { awaitsDecision, describeReviewStates, namesNoFlag, type CouncilDecision, type UnreadDecision } from '../council/decision.js';
import { isForReport } from '../scoring/score.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { sheetCells, unlisted, wherePlace, type Nominee, type VoteAside, type VoteSheet } from '../council/vote.js';
import type { CouncilSheetNames } from '../workbook/council-sheets.js';
import { ASIDES_TITLE } from '../workbook/plan-votes.js';
import { decisionWord, ORPHANS_TITLE, reported, retypedWhy, standingUnder } from '../workbook/plan-review.js';
import { flagTitle } from '../checks/titles.js';
import { EDITED_TITLE, editedWhy } from '../workbook/edited-decisions.js';
import { formatDateVi } from '../values.js';
import { nameRetypedText, namesRetyped, unlistedVoteLine, type NameRetyped, type UnlistedVote } from './open-at-closing.js';
import { said, type Said } from './said.js';

/**
 * The decisions whose flag a report of the run still carries: those it applies, and the only ones whose review can still
 * stand open — a «Giải trình» asked on a flag gone since (the unit corrected its figure) waits for nothing, as closing
 * counts it (open-at-closing.ts).
 */
export function standingDecisions(decisions: readonly CouncilDecision[], cards: readonly ScoreCard[]): CouncilDecision[] {
  return decisions.filter((d) => cards.some((c) => isForReport(d, c, c.unitName) && c.flags.some((f) => f.code === d.flagCode && (f.cell ?? '') === (d.cell ?? ''))));
}

/**
 * `tables`: the sheet «Rà soát»'s tables under the flags stand on — its last part when written in parts
 * (plan-review.ts), where a decision kept there is to be found.
 */
export function decisionsSaid(decisions: readonly CouncilDecision[], cards: readonly ScoreCard[], all: readonly UnreadDecision[], sheets: CouncilSheetNames, tables = sheets.review): Said[] {
  // Decisions held because their figure was edited since are said one by one, apart from the rows not understood.
  const edited = all.filter((u) => u.edited);
  const unread = all.filter((u) => !u.edited);
  const unflagged = unread.filter(namesNoFlag).length;
  const awaiting = unread.filter(awaitsDecision).length;
  const flagged = unread.length - unflagged - awaiting;
  // Each decision kept unapplied at its flag's cell; the counts of «Rà soát» at that sheet.
  const inReview = (text: string) => said(text, sheets.review);
  const held = [
    ...(flagged > 0 ? [inReview(`${flagged} cảnh báo có quyết định chưa hiểu: giữ nguyên chữ Hội đồng đã ghi trong «${sheets.review}», tính là chưa quyết định.`)] : []),
    ...(awaiting > 0 ? [inReview(`${awaiting} cảnh báo Hội đồng đã ghi ý kiến, người rà soát hoặc ngày nhưng chưa ghi quyết định: giữ nguyên trong «${sheets.review}», tính là chưa quyết định.`)] : []),
    ...(unflagged > 0 ? [inReview(`${unflagged} dòng Hội đồng ghi không kèm trang và cảnh báo (kể cả chữ ghi ngoài bảng, chép xuống cuối trang): giữ nguyên chữ đã ghi trong «${sheets.review}», chưa áp cho cảnh báo nào.`)] : []),
    ...(edited.length > 0 ? [inReview(`${edited.length} quyết định của Hội đồng trên số liệu đơn vị đã sửa sau đó: không áp, giữ nguyên văn trong «${sheets.review}»:`), ...edited.map((u) => said(`  - ${editedText(u, tables)}`, u.sheet, u.cell))] : []),
  ];
  if (decisions.length === 0) return held;
  const applied = standingDecisions(decisions, cards);
  const kept = decisionsGone(decisions, cards);
  // A decision whose unit name was retyped is kept too, but its flag still stands: counted as such, never as gone.
  const retyped = kept.filter((d) => standingUnder(d, cards)).length;
  const counted = [...(kept.length > retyped ? [`${kept.length - retyped} quyết định không còn cảnh báo`] : []), ...(retyped > 0 ? [`${retyped} quyết định ghi tên đơn vị khác tên của trang (cảnh báo vẫn còn, tính là chưa quyết định)`] : [])];
  const states = describeReviewStates(applied);
  return [
    kept.length > 0 ? inReview(`Đã áp dụng ${applied.length} quyết định của Hội đồng; ${counted.join(' và ')}, vẫn giữ trong «${sheets.review}»:`) : said(`Đã áp dụng ${applied.length} quyết định của Hội đồng.`),
    ...kept.map((d) => said(`  - ${goneText(d, sheets, cards, tables)}`, d.sheet, d.cell)),
    ...(states ? [said(`Rà soát: ${states}.`)] : []),
    ...held,
  ];
}

/** The decisions no report of the run still carries the flag of (the figure corrected, the unit not in the run): kept, not applied. */
export function decisionsGone(decisions: readonly CouncilDecision[], cards: readonly ScoreCard[]): CouncilDecision[] {
  const standing = new Set(standingDecisions(decisions, cards));
  return decisions.filter((d) => !standing.has(d));
}

/** A decision as the council's sheet shows it: its word as typed, who, when («Đồng ý», Lò Văn Thành, 02/11/2026). */
export const decisionShown = (d: CouncilDecision) => [`«${d.second ? decisionWord(d.second.decision, d.second.typed) : decisionWord(d.decision, d.typed)}»`, d.reviewer, d.date && formatDateVi(d.date)].filter(Boolean).join(', ');

/**
 * A decision whose flag is gone, at its flag's cell: the unit's sheet and cell, the unit, what the council decided,
 * and where it is kept — said by the command line, the page and the pane alike. The flag still standing at that sheet
 * and cell under another unit's name (the name retyped on «Rà soát»: «Hội LHPN xã Ta Ma») is said so, never «gone»;
 * so is a unit with no report in the run (reported).
 */
export function goneText(d: CouncilDecision, sheets: CouncilSheetNames, cards: readonly ScoreCard[], tables = sheets.review): string {
  const standing = standingUnder(d, cards);
  const why = standing
    ? `${retypedWhy(d.unitName, standing.unitName, sheets.review)} — ghi lại đúng tên đơn vị ở dòng của cảnh báo nếu quyết định là của nó; vẫn giữ`
    : reported(d, cards)
      ? 'lần chấm này không còn cảnh báo ấy: không áp, vẫn giữ'
      : 'lần chấm này không có báo cáo của đơn vị này: không áp, vẫn giữ';
  return keptAt(d, decisionShown(d), why, ORPHANS_TITLE, tables);
}

/** A decision not applied, at its flag's cell: «Trang «…», ô … (unit): quyết định … về cảnh báo «…» — why … ở bảng «table» cuối trang «Rà soát» (`on`).» */
function keptAt(d: Pick<CouncilDecision, 'sheet' | 'cell' | 'unitName' | 'flagCode'>, shown: string, why: string, table: string, on: string): string {
  return `Trang «${d.sheet}»${d.cell ? `, ô ${d.cell}` : ''} (${d.unitName}): quyết định ${shown} về cảnh báo «${flagTitle(d.flagCode)}» — ${why} ở bảng «${table}» cuối trang «${on}».`;
}

/**
 * A decision held because the unit edited its figure after the council decided, at its flag's cell: what the council
 * decided as it typed it, why it is not applied, and where it is kept (at the end of `tables`, decisionsSaid) — said by
 * every face alike.
 */
export function editedText(u: UnreadDecision, tables: string): string {
  const last = u.second?.decision ? u.second : u.first;
  const shown = [`«${last?.decision ?? ''}»`, last?.reviewer, last?.date].filter(Boolean).join(', ');
  return keptAt(u, shown, `${editedWhy(u)}; giữ nguyên văn`, EDITED_TITLE, tables);
}

/**
 * What a run keeps of the words the council typed on «Biểu quyết» outside the cells it reads, said each run that
 * writes the sheet: the votes typed for no nominee (`forNone`, unlistedVotes), the lines copied under the tables,
 * never counted as a vote; and the units' names it writes again.
 */
export function asidesSaid(votes: VoteSheet | undefined, sheets: CouncilSheetNames, nominees: readonly Nominee[], forNone: readonly UnlistedVote[]): Said[] {
  const gone = votes ? unlisted(votes, nominees) : [];
  const n = (votes?.asides?.length ?? 0) + gone.length;
  return [
    ...forNone.map((u) => unlistedVoteLine(u, sheets.votes)),
    ...gone.map((a) => ({ text: `Trang ${sheetCells(sheets.votes, a.where)}: ${unlistedText(a)}`, ...wherePlace(sheets.votes, a.where) })),
    ...(votes ? namesRetyped(votes, nominees) : []).map((r) => ({ text: `Trang ${sheetCells(sheets.votes, r.where)}: ${nameWrittenAgain(r)}`, ...wherePlace(sheets.votes, r.where) })),
    ...(n > 0 ? [said(`${n} dòng Hội đồng ghi ngoài bảng biểu quyết: giữ nguyên văn ở bảng «${ASIDES_TITLE}» cuối trang «${sheets.votes}», không tính là biểu quyết.`, sheets.votes)] : []),
  ];
}

/** What a run says of a name retyped on «Biểu quyết» (namesRetyped), at the row's cells: it writes the report's name again. */
export const nameWrittenAgain = (r: NameRetyped) => nameRetypedText(r, 'cột «Đơn vị» được ghi lại theo tên trong báo cáo. Muốn đổi tên đơn vị, sửa ở báo cáo của đơn vị rồi chấm lại.');

/** What becomes of a row typed for a unit and form that is no nominee of the run, with no vote or note (unlisted). */
export function unlistedText(a: VoteAside): string {
  return `dòng «${a.text}» không có trong danh sách đề nghị của lần chấm này, chưa ghi số biểu quyết hay ghi chú: chép nguyên văn xuống bảng «${ASIDES_TITLE}» cuối trang để không mất, không tính là biểu quyết`;
}

// Made for: the council's decisions said the same way by the command line and the standalone page's commune run.
