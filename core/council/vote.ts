// Biểu quyết (the council's vote): for each nominee — a unit proposed for an award form, or meeting every condition
// of a form whose plan gives no number — how many members the council has, how many were present, how many voted in
// favour; and the rule that says who passed. The vote is typed by the council on «Biểu quyết» of tong-hop.xlsx
// (core/workbook/read-votes.ts) or recorded on the page and in the pane, sealed with the closing (core/run/closing.ts),
// and the papers list only those who passed (core/papers/).
import { z } from 'zod';
import type { CellValue } from '../cell.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { normalizeLabel } from '../text.js';

/** What the share of votes in favour is taken of: every member of the council, or those present. */
export const VoteBase = z.enum(['members', 'present']);
export type VoteBase = z.infer<typeof VoteBase>;

/**
 * «Trên 50% tổng số thành viên» (`above`: strictly more than) or «Từ 90% …» (at least). A share typed as a fraction
 * («Từ 2/3») is kept as one (`fraction`), judged and worded by it: its percent rounded (66,67) failed 4 votes of 6.
 * Optional, so a round sealed before it keeps its seal.
 */
export const PassingRule = z.object({
  percent: z.number().min(0).max(100),
  of: VoteBase,
  above: z.boolean(),
  fraction: z.object({ numerator: z.number().int().nonnegative(), denominator: z.number().int().positive() }).optional(),
});
export type PassingRule = z.infer<typeof PassingRule>;

/**
 * More than half of all the council's members. What Decree 152/2025/NĐ-CP asks of a commune council's vote is not
 * verified (DOMAIN.md §11: the 2017 decree asked ≥ 90 % of all members by secret ballot for higher titles): the rule
 * is the council's to set on «Biểu quyết», and this is only what a sheet starts with (docs/dinh-dang-tep.md).
 */
export const DEFAULT_PASSING_RULE: PassingRule = { percent: 50, of: 'members', above: true };

export const BASE_LABEL: Record<VoteBase, string> = { members: 'tổng số thành viên Hội đồng', present: 'số thành viên có mặt' };

/** The rule as its two cells on «Biểu quyết» hold it: «Trên 50%», «Từ 2/3», «tổng số thành viên Hội đồng». */
export function ruleCells(rule: PassingRule): { share: string; base: string } {
  const share = rule.fraction ? `${rule.fraction.numerator}/${rule.fraction.denominator}` : `${formatNumber(rule.percent)}%`;
  return { share: `${rule.above ? 'Trên' : 'Từ'} ${share}`, base: BASE_LABEL[rule.of] };
}

/** «trên 50% tổng số thành viên Hội đồng». */
export function ruleText(rule: PassingRule): string {
  const { share, base } = ruleCells(rule);
  return `${share.toLowerCase()} ${base}`;
}

/**
 * The rule from its two cells as typed: «Trên 50%», «Quá bán», «Từ 90%», «≥ 2/3»… and «tổng số thành viên», «số có
 * mặt»; undefined for a cell that does not read (the caller names it).
 */
export function parseRule(share: string, base: string): { rule?: PassingRule; unread: ('share' | 'base')[] } {
  const s = normalizeLabel(share).replace(/\s+/g, ' ');
  let parsed: Omit<PassingRule, 'of'> | undefined;
  if (s === 'qua ban' || s === 'tren mot nua') parsed = { percent: 50, above: true };
  else {
    const m = /^(tren|qua|hon|>|tu|>=|≥|it nhat|toi thieu)\s*(\d+(?:[.,]\d+)?)\s*(%|\/\s*(\d+))?$/.exec(s);
    if (m) {
      const n = Number(m[2]!.replace(',', '.'));
      const percent = m[4] ? (n / Number(m[4])) * 100 : n;
      const fraction = m[4] && Number.isInteger(n) ? { fraction: { numerator: n, denominator: Number(m[4]) } } : {};
      if (percent >= 0 && percent <= 100 && (m[3] !== undefined || percent > 1)) parsed = { percent: Math.round(percent * 100) / 100, above: ['tren', 'qua', 'hon', '>'].includes(m[1]!), ...fraction };
    }
  }
  const b = normalizeLabel(base);
  const of: VoteBase | undefined = b.includes('co mat') ? 'present' : b.includes('thanh vien') || b.includes('tong so') ? 'members' : undefined;
  const unread = [...(parsed ? [] : (['share'] as const)), ...(of ? [] : (['base'] as const))];
  return parsed && of ? { rule: { ...parsed, of }, unread } : { unread };
}

/** A nominee: the unit (by report sheet and name) and the award form it is voted for (by the form's label). */
export const Nominee = z.object({ sheet: z.string(), unitName: z.string(), form: z.string() });
export type Nominee = z.infer<typeof Nominee>;

/**
 * A vote as read: whole numbers, in favour ≤ present ≤ members; against and abstaining only where the council typed
 * them (in favour + against + abstaining = present), so a round sealed before them keeps its seal.
 */
export const Tally = z.object({
  members: z.number().int().positive(),
  present: z.number().int().nonnegative(),
  inFavour: z.number().int().nonnegative(),
  against: z.number().int().nonnegative().optional(),
  abstain: z.number().int().nonnegative().optional(),
});
export type Tally = z.infer<typeof Tally>;

/**
 * `finding`: what the council typed on the condition of the band the unit was graded into by points («Đạt», «Không
 * đạt»), word for word (band-finding.ts reads it); absent where nothing was typed, so a round sealed before keeps its seal.
 */
export const Vote = Nominee.extend({ tally: Tally, note: z.string().default(''), finding: z.string().optional() });
export type Vote = z.infer<typeof Vote>;

/** A vote row as the council typed it, every cell as text: kept and written back when one of its cells does not read. */
export const TypedVote = Nominee.extend({
  members: z.string(),
  present: z.string(),
  inFavour: z.string(),
  /** Where the council typed them («Không đồng ý», «Không biểu quyết»): written back as typed. */
  against: z.string().optional(),
  abstain: z.string().optional(),
  /**
   * The counts typed in number cells (9 in «Tổng số thành viên»), written back as numbers — the others as typed (a
   * text «9» stays text): absent where none, so a row recorded on a face is as before.
   */
  numbers: z.array(z.enum(['members', 'present', 'inFavour', 'against', 'abstain'])).optional(),
  note: z.string(),
  finding: z.string().optional(),
  /**
   * Where counts were typed that do not make a vote — one that is no whole number, a date, counts contradicting each
   * other —, the line saying so with its sheet and cells: no closing seals the nominee as «chưa biểu quyết» over it.
   */
  doubt: z.string().optional(),
  /**
   * Where some counts were typed and the others left blank (only «Không đồng ý», say), the line saying so with its sheet,
   * row and cells: the nominee still counts as not voted on, and every face says why (votesAtClosing).
   */
  partial: z.string().optional(),
});
export type TypedVote = z.infer<typeof TypedVote>;

/** What the page's and the pane's vote form records for a nominee: its tally, or a row as the sheet holds it (withVotes). */
export type FaceVote = Vote | TypedVote;

/** How the council voted: by show of hands or by secret ballot. */
export const VotingMethod = z.enum(['giơ tay', 'bỏ phiếu kín']);
export type VotingMethod = z.infer<typeof VotingMethod>;

/** A method as its cell shows it when the council chose it on a face rather than typing it. */
export const VOTING_METHOD_LABEL: Record<VotingMethod, string> = { 'giơ tay': 'Giơ tay', 'bỏ phiếu kín': 'Bỏ phiếu kín' };

/** «Bỏ phiếu kín», «phiếu kín», «Giơ tay», «biểu quyết giơ tay» as typed; undefined when it says neither. */
export function parseVotingMethod(text: string): VotingMethod | undefined {
  const t = normalizeLabel(text);
  if (/phieu kin|kin/.test(t)) return 'bỏ phiếu kín';
  if (/gio tay|cong khai/.test(t)) return 'giơ tay';
  return undefined;
}

/** Names typed in one cell, one per line or separated by «;»: «Lò Văn Thành; Quàng Văn Hải». */
export function namesIn(text: string): string[] {
  return text
    .split(/[;\n]+/)
    .map((n) => n.trim().replace(/^[-–•]\s*/, '').replace(/[.,]$/, ''))
    .filter(Boolean);
}

/**
 * The meeting the vote was taken at, as typed on «Biểu quyết» ('' where nothing was typed). The fields added after the
 * first four are kept only when typed, so a round sealed before them keeps its seal.
 */
export const Meeting = z.object({
  date: z.string(),
  place: z.string(),
  chair: z.string(),
  secretary: z.string(),
  /** «14 giờ 00», as typed. */
  time: z.string().optional(),
  method: VotingMethod.optional(),
  /** Members present and absent, by name. */
  present: z.array(z.string()).optional(),
  absent: z.array(z.string()).optional(),
  /** Where the list of nominees was posted before the meeting, as typed (the minutes and the list say it). */
  postedAt: z.string().optional(),
  /**
   * The cell of «Biểu quyết» the date was read from (the council may insert rows above it): the doubts on the date
   * name it. Absent when a face typed the meeting, and in rounds sealed before it was kept (thidua's MEETING_DATE_CELL).
   */
  dateCell: z.string().optional(),
});
export type Meeting = z.infer<typeof Meeting>;
export const NO_MEETING: Meeting = { date: '', place: '', chair: '', secretary: '' };

/**
 * Words the council typed on «Biểu quyết» outside the cells thidua reads (a note right of the table, a line under it, a
 * word among the meeting's cells, a word typed over a result thidua does not write): copied word for word, with the
 * cell it was typed in (`where`, as the block shows it), into a block of their own under the tables; never a vote.
 */
export type VoteAside = { where: string; text: string };

/**
 * The council's vote as a face holds it: the rule (undefined when its cells do not read: then nobody is judged), the
 * meeting, the votes read, and the rows held as typed.
 */
export type VoteSheet = {
  rule: PassingRule | undefined;
  /**
   * The rule's cells as typed («Từ 2/3», «≥ 2/3», «Quá bán»), read or not: written back as typed. The meeting's date
   * as typed, when it did not read.
   */
  typedRule?: { share: string; base: string };
  typedDate?: string;
  /** The voting method as typed («Giơ tay», «biểu quyết giơ tay», or words saying neither): written back as typed. */
  typedMethod?: string;
  /**
   * The meeting's cells as typed where thidua would write them otherwise — a date read («5/11/2026», a date cell), names
   * one a line or after «- »: written back as typed while they still say the meeting's date and names (plan-votes.ts).
   */
  typedMeeting?: { date?: CellValue; present?: string; absent?: string };
  /**
   * The cell each field above the table was read from, by its key in VOTE_FIELDS (plan-votes.ts: «rule», «date»…): a
   * rule or a meeting changed since the round was closed is said at its cell (meeting-since-closing.ts). Absent when
   * none was read, and where a face typed the meeting.
   */
  fieldsAt?: Record<string, string>;
  /**
   * Rows typed with a unit, a sheet and a form and nothing else, where they were typed (`where`: their cells): a row
   * naming no nominee of the run is kept with the council's words (`unlisted`), never dropped.
   */
  listed?: (Nominee & { where: string })[];
  /**
   * Where each row holding counts or a note was typed, by nominee (nomineeKey → its cells, as `listed` says them): a row
   * naming no nominee of the run is said at its cells (votedUnlisted), never only moved under the table.
   */
  typedAt?: Record<string, string>;
  /**
   * Where each nominee's row stands with nothing typed on it yet, by nominee, as `typedAt` says cells (its part's sheet
   * with them, of «Biểu quyết» in parts): the rows the last run wrote, not kept as `listed` (withoutOwnRows), still
   * where a vote is to be typed — said when a nominee has none.
   */
  blankAt?: Record<string, string>;
  /** The cell of each vote's «Ghi chú», by nominee, where the sheet has the column: where a vote taken again is said (voted-on.ts). */
  notedAt?: Record<string, string>;
  /**
   * Where the sheet has «Không đồng ý» and «Không biểu quyết» (the council added them): right of which of thidua's
   * columns (`after`, its header), so they are written again in place, though no row holds a count in them yet.
   */
  otherCountColumns?: { after: string };
  /**
   * The table's headers the council typed in words of its own that thidua reads («Tán thành», «Không tán thành», «Số
   * có mặt»), by thidua's header of the column: written back as typed. Absent when every header is thidua's.
   */
  typedHeaders?: Record<string, string>;
  /**
   * The counts of votes read that the council typed as text («9» after an apostrophe, a cell formatted Text, a file
   * LibreOffice or openpyxl wrote), by nominee: written back as text while they still say the tally's count (plan-votes.ts).
   */
  textCounts?: Record<string, Partial<Record<CountField, string>>>;
  meeting: Meeting;
  votes: Vote[];
  held: TypedVote[];
  /** What the council typed outside the cells thidua reads, kept word for word: written back under the tables, never counted. */
  asides?: VoteAside[];
};
export const NO_VOTES: VoteSheet = { rule: DEFAULT_PASSING_RULE, meeting: NO_MEETING, votes: [], held: [] };

/** The vote as a closed round keeps it, under its seal: the rule, the meeting, each nominee's tally. */
export const RecordedVotes = z.object({
  rule: PassingRule,
  meeting: Meeting,
  votes: z.array(Vote),
  /**
   * The nominees — proposed ones and fallback ones (fallback-vote.ts) alike — the council wrote «Không đề nghị» for in
   * «Ghi chú», no count typed: on no list for that form by its decision. Absent when none, so a round sealed before
   * keeps its seal.
   */
  declined: z.array(Nominee).optional(),
});
export type RecordedVotes = z.infer<typeof RecordedVotes>;

/**
 * «Biểu quyết», ô E5:G5», said after «trang»: `cells` on the sheet `named` — or, for cells a sheet in parts gave with their
 * part («E5:G5 (trang «Biểu quyết (phần 2)»)», read-votes.ts), on that part: never the first part's name with another
 * part's cells. The part's name is the one read with the cells (a round keeps it as sealed).
 */
export function sheetCells(named: string, cells?: string): string {
  const part = cells === undefined ? undefined : cellsInPart(cells);
  return part ? `«${part.sheet}», ô ${part.cells}` : `«${named}»${cells ? `, ô ${cells}` : ''}`;
}

/**
 * The place a line about `where` (cells as read-votes.ts gives them, sheetCells says them) opens: its part's sheet
 * (else `named`, the sheet's name) and its first cells — a vote typed on two rows («E9:G9, E12:G12») opens the first.
 */
export function wherePlace(named: string, where: string | undefined): { sheet: string; cell?: string } {
  if (!where) return { sheet: named };
  const part = cellsInPart(where);
  return { sheet: part?.sheet ?? named, cell: (part?.cells ?? where).split(', ')[0]! };
}

/** The part's sheet and the cells of cells a sheet in parts gave with their part; undefined for cells given alone. */
export function cellsInPart(cells: string): { sheet: string; cells: string } | undefined {
  const part = /^(.*) \(trang «(.+)»\)$/.exec(cells);
  return part ? { sheet: part[2]!, cells: part[1]! } : undefined;
}

/** One nominee: the same unit and form, compared without case and diacritics (a name retyped on the sheet still matches). */
export function nomineeKey(n: Nominee): string {
  return `${n.sheet}\u0000${normalizeLabel(n.unitName)}\u0000${normalizeLabel(n.form)}`;
}

/**
 * A row's counts as typed, each cell as text: the three thidua writes, and «Không đồng ý» and «Không biểu quyết» where
 * the council added those columns (absent, or '', where it did not).
 */
export type TypedCounts = { members: string; present: string; inFavour: string; against?: string; abstain?: string };
export type CountField = keyof TypedCounts;

export const COUNT_NAMES: Record<CountField, string> = { members: 'tổng số thành viên', present: 'số có mặt', inFavour: 'số đồng ý', against: 'số không đồng ý', abstain: 'số không biểu quyết' };

/** Where against or abstaining was typed (a blank cell is none typed). */
const typedOther = (t: TypedCounts, f: 'against' | 'abstain') => (t[f] ?? '').trim() !== '';

/** Against and abstaining as Vietnamese minutes say them. */
const OTHER_WORDS = { against: 'không đồng ý', abstain: 'không biểu quyết' } as const;

/** A count as typed read as a whole number (a number cell holds 7 as «7» or «7.0»); undefined when it is none. */
export function wholeCount(typed: string): number | undefined {
  const v = typed.trim().replace(/\.0+$/, '');
  return /^\d+$/.test(v) ? Number(v) : undefined;
}

/**
 * What is wrong with counts as typed, each said at the count it is about (`field`), in the officer's words; none when
 * they make a tally. Each must be a whole number (a number cell holds 7 as «7» or «7.0»), and they must agree: present
 * ≤ members, in favour ≤ present, and where against or abstaining is typed, in favour + against + abstaining = present.
 */
export function countProblems(t: TypedCounts): { field: CountField; message: string }[] {
  const fields = (Object.keys(COUNT_NAMES) as CountField[]).filter((f) => (f !== 'against' && f !== 'abstain') || typedOther(t, f));
  const whole = (f: CountField) => wholeCount(t[f] ?? '');
  const unread = fields.flatMap((field) => {
    const v = (t[field] ?? '').trim();
    const name = COUNT_NAMES[field];
    if (whole(field) !== undefined) return [];
    if (v === '') return [{ field, message: `chưa ghi ${name}` }];
    if (/^[-−]\s*\d/.test(v)) return [{ field, message: `${name} «${v}» là số âm (ghi một số nguyên, từ 0)` }];
    if (/^\d+[.,]\d+$/.test(v)) return [{ field, message: `${name} «${v}» không phải số nguyên (ghi một số nguyên)` }];
    return [{ field, message: `không hiểu ${name} «${v}» (ghi một số nguyên)` }];
  });
  if (unread.length > 0) return unread;
  const [members, present, inFavour] = [whole('members')!, whole('present')!, whole('inFavour')!];
  if (members <= 0) return [{ field: 'members', message: 'tổng số thành viên phải lớn hơn 0' }];
  if (present > members) return [{ field: 'present', message: `số có mặt (${present}) lớn hơn tổng số thành viên (${members})` }];
  if (inFavour > present) return [{ field: 'inFavour', message: `số đồng ý (${inFavour}) lớn hơn số có mặt (${present})` }];
  // Against and abstaining, where typed, account for everyone present: a sum that differs is a count mistyped, never one chosen.
  const others = (['against', 'abstain'] as const).filter((f) => fields.includes(f));
  const sum = inFavour + others.reduce((s, f) => s + whole(f)!, 0);
  if (others.length > 0 && sum !== present) {
    const terms = (['inFavour', ...others] as CountField[]).map((f) => `${COUNT_NAMES[f]} (${whole(f)})`).join(' + ');
    return [{ field: others[0]!, message: `${terms} = ${sum}, khác số có mặt (${present})` }];
  }
  return [];
}

/** Counts that make a tally (countProblems finds none) as the tally; against and abstaining only where typed. */
export function tallyOf(t: TypedCounts): Tally {
  const n = (v: string) => Number(v.trim());
  const other = (f: 'against' | 'abstain') => (typedOther(t, f) ? { [f]: n(t[f]!) } : {});
  return { members: n(t.members), present: n(t.present), inFavour: n(t.inFavour), ...other('against'), ...other('abstain') };
}

/**
 * Members typed for `nominee` unlike what the other votes of the meeting count — one meeting, one council: on «Biểu
 * quyết» a conflict (read-votes.ts), so a face's form refuses it in these words rather than record what the next run
 * stops on; '' when alike, or when the members do not read (countProblems says that).
 */
export function membersUnlike(votes: readonly Vote[], nominee: Nominee, members: string): string {
  const typed = members.trim();
  const others = [...new Set(votes.filter((v) => nomineeKey(v) !== nomineeKey(nominee)).map((v) => v.tally.members))];
  if (!/^\d+$/.test(typed) || others.length === 0 || others.every((m) => m === Number(typed))) return '';
  return `tổng số thành viên (${typed}) khác số đã ghi cho các trường hợp khác của cuộc họp (${others.join(', ')}): một cuộc họp, một Hội đồng — ghi cùng một tổng số thành viên Hội đồng`;
}

/** A tally as its cells hold it, for a form to show again or a row to be held as typed. */
export function countsOf(t: Tally): TypedCounts {
  const other = (f: 'against' | 'abstain') => (t[f] === undefined ? {} : { [f]: String(t[f]) });
  return { members: String(t.members), present: String(t.present), inFavour: String(t.inFavour), ...other('against'), ...other('abstain') };
}

/** The counts typed of a row, as a line says them: «2 không đồng ý», «tổng số thành viên 9, 2 không đồng ý». */
export function typedCountsText(t: TypedCounts): string {
  return (Object.keys(COUNT_NAMES) as CountField[])
    .filter((f) => (t[f] ?? '').trim() !== '')
    .map((f) => (f === 'against' || f === 'abstain' ? `${t[f]!.trim()} ${OTHER_WORDS[f]}` : `${COUNT_NAMES[f]} ${t[f]!.trim()}`))
    .join(', ');
}

/** Counts as a message shows them: «7/7/5», and «(1 không đồng ý, 1 không biểu quyết)» where typed. */
export function countsShown(t: TypedCounts): string {
  const others = (['against', 'abstain'] as const).filter((f) => typedOther(t, f)).map((f) => `${t[f]!.trim()} ${OTHER_WORDS[f]}`);
  return `${t.members}/${t.present}/${t.inFavour}${others.length > 0 ? ` (${others.join(', ')})` : ''}`;
}

/** The share in favour, in percent of what the rule counts it of. */
export function shareInFavour(t: Tally, of: VoteBase): number {
  const base = of === 'members' ? t.members : t.present;
  return base === 0 ? 0 : (t.inFavour / base) * 100;
}

export function passes(t: Tally, rule: PassingRule): boolean {
  // Compared in whole votes, not floats: 5 of 9 against «trên 50%» is 5 × 100 > 50 × 9; 4 of 6 against «từ 2/3» is 4 × 3 ≥ 2 × 6.
  const base = rule.of === 'members' ? t.members : t.present;
  const [share, whole] = rule.fraction ? [rule.fraction.numerator, rule.fraction.denominator] : [rule.percent, 100];
  return rule.above ? t.inFavour * whole > share * base : t.inFavour * whole >= share * base;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Who the share in favour is counted of, as a tally names it: «thành viên Hội đồng», «thành viên có mặt». */
const COUNTED_OF: Record<VoteBase, string> = { members: 'thành viên Hội đồng', present: 'thành viên có mặt' };

/**
 * «07/09 thành viên có mặt; 06/09 thành viên Hội đồng đồng ý (66,67%), 01 không đồng ý, 00 không biểu quyết: đạt» —
 * the votes in favour written over the base the rule counts them of, so the figure and the percentage say the same
 * thing; against and abstaining as the council typed them, nothing where it typed none.
 */
export function tallyText(t: Tally, rule: PassingRule): string {
  const share = Math.round(shareInFavour(t, rule.of) * 100) / 100;
  const base = rule.of === 'members' ? t.members : t.present;
  const others = (['against', 'abstain'] as const).map((f) => [f, t[f]] as const).flatMap(([f, n]) => (n === undefined ? [] : [`, ${two(n)} ${OTHER_WORDS[f]}`])).join('');
  return `${two(t.present)}/${two(t.members)} thành viên có mặt; ${two(t.inFavour)}/${two(base)} ${COUNTED_OF[rule.of]} đồng ý (${formatNumber(share)}%)${others}: ${passes(t, rule) ? 'đạt' : 'không đạt'}`;
}

/**
 * `v`, recorded on a face for a nominee of `base`, as it stands over the sheet's row: the finding typed on the sheet, and
 * the note of its vote («Biểu quyết lại ngày …», voted-on.ts), stay with it where the face recorded none (the face
 * records the tally); a row held — «Không đề nghị», a doubt — is replaced whole. Compared so with the sheet (face-and-file.ts).
 */
export function asRecorded(base: Pick<VoteSheet, 'votes' | 'held'>, v: FaceVote): FaceVote {
  const key = nomineeKey(v);
  const finding = [...base.votes, ...base.held].find((x) => nomineeKey(x) === key)?.finding;
  const note = base.votes.find((x) => nomineeKey(x) === key)?.note;
  return { ...v, ...(v.finding === undefined && finding ? { finding } : {}), ...('tally' in v && v.note === '' && note ? { note } : {}) };
}

/**
 * `base` with each of `typed` standing over its vote (or its row held as typed) for the same nominee, as recorded
 * (asRecorded): a vote just recorded, or a row recorded as the sheet holds it with no count (a fallback nominee's «Không
 * đề nghị», fallback-vote.ts declinedRow).
 */
export function withVotes(base: VoteSheet, typed: readonly FaceVote[]): VoteSheet {
  if (typed.length === 0) return base;
  const keys = new Set(typed.map(nomineeKey));
  const kept = typed.map((v) => asRecorded(base, v));
  const votes = kept.filter((v): v is Vote => 'tally' in v);
  const rows = kept.filter((v): v is TypedVote => !('tally' in v));
  return { ...base, votes: [...base.votes.filter((v) => !keys.has(nomineeKey(v))), ...votes], held: [...base.held.filter((v) => !keys.has(nomineeKey(v))), ...rows] };
}

/**
 * The rows typed with only a unit, a sheet and a form that name no nominee of the run and hold no vote: kept word for
 * word under the tables with the council's other words (its cells joined by « | »), said where they were typed.
 */
export function unlisted(typed: VoteSheet, nominees: readonly Nominee[]): VoteAside[] {
  const known = new Set([...nominees, ...typed.votes, ...typed.held].map(nomineeKey));
  return (typed.listed ?? []).filter((n) => !known.has(nomineeKey(n))).map((n) => ({ where: n.where, text: [n.unitName, n.sheet, n.form].join(' | ') }));
}

/**
 * The votes and notes typed on rows naming no nominee of the run — a unit's name, sheet or form retyped on the row, or a
 * unit no longer proposed —, with where they were typed: counted for no nominee, kept under the table
 * (FORMER_VOTES_TITLE), and said.
 */
export function votedUnlisted(typed: VoteSheet, nominees: readonly Nominee[]): { vote: Vote | TypedVote; where: string | undefined }[] {
  const known = new Set(nominees.map(nomineeKey));
  return [...typed.votes, ...typed.held].filter((v) => !known.has(nomineeKey(v))).map((vote) => ({ vote, where: typed.typedAt?.[nomineeKey(vote)] }));
}

/**
 * `typed` without the rows the last run wrote itself for its nominees (`written`), not voted on since: a unit no longer
 * proposed takes its row with it; only a row the council typed is kept as its own (unlisted).
 */
export function withoutOwnRows(typed: VoteSheet, written: readonly Nominee[]): VoteSheet {
  const own = new Set(written.map(nomineeKey));
  const listed = (typed.listed ?? []).filter((n) => !own.has(nomineeKey(n)));
  const blank = (typed.listed ?? []).filter((n) => own.has(nomineeKey(n)));
  const { listed: _listed, ...rest } = typed;
  return { ...rest, ...(listed.length > 0 ? { listed } : {}), ...(blank.length > 0 ? { blankAt: Object.fromEntries(blank.map((n) => [nomineeKey(n), n.where])) } : {}) };
}

/** `base` with the meeting typed on the page or in the pane standing over the sheet's (the same fields, typed once). */
export function withMeeting(base: VoteSheet, meeting: Meeting | undefined): VoteSheet {
  if (!meeting) return base;
  const { typedDate: _date, typedMethod: _method, ...rest } = base;
  return { ...rest, meeting };
}

/**
 * `sheet` as a run writes «Biểu quyết» again (plan-votes.ts): the date then stands in thidua's own cell, not where the
 * council had moved it, so a face that seals what it wrote (the page, the pane) names that cell.
 */
export function writtenAgain(sheet: VoteSheet): VoteSheet {
  const { dateCell: _moved, ...meeting } = sheet.meeting;
  return { ...sheet, meeting };
}

/** Each nominee's vote in `recorded`, when there is one. */
export function voteOf(recorded: Pick<RecordedVotes, 'votes'> | undefined, nominee: Nominee): Vote | undefined {
  const key = nomineeKey(nominee);
  return recorded?.votes.find((v) => nomineeKey(v) === key);
}

/** Where a nominee stands: passed, not passed, not proposed by the council's «Không đề nghị», or no vote recorded. */
export type Standing = 'passed' | 'failed' | 'declined' | 'unvoted';

export function standingOf(recorded: RecordedVotes | undefined, nominee: Nominee): Standing {
  const v = recorded && voteOf(recorded, nominee);
  if (!v) return (recorded?.declined ?? []).some((d) => nomineeKey(d) === nomineeKey(nominee)) ? 'declined' : 'unvoted';
  return passes(v.tally, recorded!.rule) ? 'passed' : 'failed';
}

// Made for issue 46 item 2: the council's vote on each nominee, recorded on every face and sealed with the closing,
// so the proposal and the decision list only those who passed.
