// Biểu quyết trên kết quả nào (what a vote was taken on): when a run first reads the council's counts for a nominee, its
// points, rank, band and place in the quota as the run before listed them on «Xét khen thưởng» and «Biểu quyết» —
// what the council saw —, kept with the first listed days (first-listed.ts) from run to run: the same record, the same
// pane store. A report edited after the vote re-scores the unit: the counts stand as typed, and every face says the
// vote was taken on another result (the run, closing before and after the seal, the papers' check) — until the council
// writes «Biểu quyết lại ngày …» in the row's «Ghi chú»: its counts, the same or not, were then taken on the result
// listed last, and that is the listing kept, with the note that said so (another note says a later vote again).
import { z } from 'zod';
import { formatNumber } from '../criteria/rules/reason.js';
import { normalizeLabel } from '../text.js';
import { countsOf, countsShown, nomineeKey, sheetCells, wherePlace, type Nominee, type Vote, type VoteSheet } from './vote.js';

/** The first listed days a run keeps (first-listed.ts FirstListed; that file imports this one), the listings among them by key. */
type Days = Record<string, string>;

/** Where the nominee stood for its form: within the quota, meeting a form given without a number, or proposed no more. */
const Place = z.enum(['proposed', 'eligible', 'none']);

/**
 * A nominee as a run listed it, and the council's counts read for it on that listing («9/8/7»); `again`: the «Ghi chú»
 * that said the vote was taken again on it, absent where none did (and in listings kept before).
 */
const Listing = z.object({ points: z.number(), percent: z.number(), rank: z.number().nullable(), band: z.string().nullable(), place: Place, counts: z.string(), again: z.string().optional() });
type Listing = z.infer<typeof Listing>;
type Figures = Omit<Listing, 'counts' | 'again'>;

/**
 * The vote's «Ghi chú» where it says the council voted again («Biểu quyết lại ngày 02/12/2026», «Đã biểu quyết lại …»)
 * and is not the note its listing was kept with: a note asking for a vote («Cần biểu quyết lại») or left from the vote
 * before says nothing new. Undefined otherwise.
 */
function votedAgain(was: Listing | undefined, v: Vote): string | undefined {
  const note = v.note.trim();
  return /^(da )?bieu quyet lai\b/.test(normalizeLabel(note)) && note !== was?.again ? note : undefined;
}

/** A unit as a run ranks it and proposes it, as the run's record (RecordedUnit) and the run itself both give it. */
export type ListedUnit = {
  sheet: string;
  unitName: string;
  total: number;
  percent: number;
  rank: number | null;
  classification: string | null;
  proposals: readonly { formLabel: string; proposed: boolean; eligible: boolean; reason: string }[];
};

/** Kept beside the nominee's first day, under a key no nominee's or flag's starts with (first-listed.ts). */
const LISTING = '\u0002';
const listingKey = (n: Nominee) => `${LISTING}${nomineeKey(n)}`;

/** The listing kept for `n` in `days`; undefined where none was kept (no counts read, a record made before) or it does not read. */
function listingIn(days: Days | undefined, n: Nominee): Listing | undefined {
  const kept = days?.[listingKey(n)];
  if (kept === undefined) return undefined;
  const parsed = Listing.safeParse(JSON.parse(kept));
  return parsed.success ? parsed.data : undefined;
}

const unitKey = (u: { sheet: string; unitName: string }) => `${u.sheet}\u0000${normalizeLabel(u.unitName)}`;
const sameForm = (a: string, b: string) => normalizeLabel(a) === normalizeLabel(b);

/** Units by sheet and name, looked up once a vote: a province's 1,125 units are not searched once for each of its votes. */
const byUnit = (units: readonly ListedUnit[]) => new Map(units.map((u) => [unitKey(u), u]));

/** `n`'s figures as `units` list them; undefined when its unit is not among them. */
function figuresOf(units: ReadonlyMap<string, ListedUnit>, n: Nominee): Figures | undefined {
  const u = units.get(unitKey(n));
  if (!u) return undefined;
  const p = u.proposals.find((x) => sameForm(x.formLabel, n.form));
  return { points: u.total, percent: u.percent, rank: u.rank, band: u.classification, place: p?.proposed ? 'proposed' : p?.eligible ? 'eligible' : 'none' };
}

/**
 * `days` (this run's first days) with the listing each vote of `votes` was taken on: kept from the run before while its
 * counts are the same and no «Ghi chú» says it was taken again; else (counts read first, typed again, or said voted
 * again) as the run before listed the nominee for the council
 * (`before`: its record's units), or as this run lists it where the run before is not known (the task pane's store
 * keeps no units). A nominee with no counts keeps none: a run without a vote writes what it wrote before.
 */
export function withListings(days: Days, before: readonly ListedUnit[] | undefined, units: readonly ListedUnit[], votes: readonly Vote[]): Days {
  const kept: Days = Object.fromEntries(Object.entries(days).filter(([key]) => !key.startsWith(LISTING)));
  const [then, now] = [byUnit(before ?? units), byUnit(units)];
  for (const v of votes) {
    const counts = countsShown(countsOf(v.tally));
    const was = listingIn(days, v);
    const again = votedAgain(was, v);
    const seen = was?.counts === counts && again === undefined ? was : (figuresOf(then, v) ?? figuresOf(now, v));
    if (seen) kept[listingKey(v)] = JSON.stringify({ ...seen, counts, ...(again !== undefined ? { again } : {}) });
  }
  return kept;
}

/** Which of two runs' listing of a vote stands when they are taken as one (listedEither): `a`'s, else `b`'s. */
export function listingEither(key: string, a: Days, b: Days): string | undefined {
  return key.startsWith(LISTING) ? (a[key] ?? b[key]) : undefined;
}

/** «78,12 điểm, hạng 3, xếp loại Tốt, trong chỉ tiêu». */
function listingText(l: Figures): string {
  const place = { proposed: 'trong chỉ tiêu', eligible: 'đủ điều kiện của hình thức', none: 'không còn được đề xuất' }[l.place];
  return [`${formatNumber(l.points)} điểm`, `hạng ${l.rank ?? '—'}`, `xếp loại ${l.band ?? 'chưa xếp loại'}`, place].join(', ');
}

const alike = (a: Figures, b: Figures) => a.points === b.points && a.percent === b.percent && a.rank === b.rank && a.band === b.band && a.place === b.place;

/** A vote taken on another result than the run's: its cells on «Biểu quyết» (where known) and what is said of it. */
export const VotedOnOther = z.object({ where: z.string().optional(), text: z.string() });
export type VotedOnOther = z.infer<typeof VotedOnOther>;

/**
 * «Trang «Biểu quyết», ô E13:G13: Công an xã Ta Ma (Giấy khen …) được biểu quyết 9/8/7 khi đạt 76,75 điểm, …; lần chấm
 * này 76,37 điểm, … — …»: said by a run, by closing and before the papers, on every face, in these words, with the
 * place they name (a line the pane opens, core/run/said.ts).
 */
export function votedOnOtherLine(v: VotedOnOther, votesSheet: string): { text: string; sheet: string; cell?: string } {
  return { text: `Trang ${sheetCells(votesSheet, v.where)}: ${v.text}`, ...wherePlace(votesSheet, v.where) };
}

/**
 * The votes of `sheet` taken on a listing other than `units` list now, with the vote's cells. `days`: the run's (its
 * record's, the pane's store's) first days and listings. A vote whose counts differ from those kept was typed on the
 * last run's listing: nothing to say.
 */
export function votedOnOtherResult(days: Days | undefined, units: readonly ListedUnit[], sheet: Pick<VoteSheet, 'votes' | 'typedAt' | 'notedAt'>): VotedOnOther[] {
  const now = byUnit(units);
  return sheet.votes.flatMap((v) => {
    const was = listingIn(days, v);
    const is = figuresOf(now, v);
    if (!was || !is || was.counts !== countsShown(countsOf(v.tally)) || votedAgain(was, v) !== undefined || alike(was, is)) return [];
    const where = sheet.typedAt?.[nomineeKey(v)];
    const noted = sheet.notedAt?.[nomineeKey(v)];
    const reason = now.get(unitKey(v))?.proposals.find((p) => sameForm(p.formLabel, v.form))?.reason;
    const out = is.place === 'none' && was.place !== 'none' ? ` Nay không còn được đề xuất cho hình thức này${reason ? `: ${reason}` : ''}.` : '';
    return [
      {
        ...(where ? { where } : {}),
        text: `${v.unitName} (${v.form}) được biểu quyết ${was.counts} khi đạt ${listingText(was)}; lần chấm này ${listingText(is)} — báo cáo đã sửa sau khi biểu quyết.${out} Kết quả biểu quyết vẫn giữ như đã ghi; Hội đồng xem lại trường hợp này (biểu quyết lại nếu cần) trước khi chốt và in giấy tờ. Đã biểu quyết lại trên kết quả lần chấm này: ghi số phiếu của lần biểu quyết lại ${where ? `ở ô ${where}` : 'ở dòng này'} (số như cũ thì giữ nguyên) và «Biểu quyết lại ngày …» (ngày họp biểu quyết lại${was.again ? `, khác ghi chú «${was.again}» của lần trước` : ''}) ${noted ? `ở ô ${noted} («Ghi chú»)` : 'ở cột «Ghi chú» của dòng này'}, lưu rồi chạy lại hoặc chốt.`,
      },
    ];
  });
}

/**
 * The nominees of `nominees` the run before read counts for (its `days`' listings) that `sheet` holds no row of now —
 * neither a vote nor a row held as typed (a note, «Không đề nghị», counts in doubt): the row deleted, or its counts
 * cleared. Counted as not voted on; said, so a vote lost by a slip of the hand is never silent.
 */
export function votesNoLonger(days: Days | undefined, nominees: readonly Nominee[], sheet: Pick<VoteSheet, 'votes' | 'held'>): string[] {
  const typed = new Set([...sheet.votes, ...sheet.held].map(nomineeKey));
  return nominees.flatMap((n) => {
    const was = listingIn(days, n);
    if (!was || typed.has(nomineeKey(n))) return [];
    return [`${n.unitName} (${n.form}): lần chấm trước đọc được kết quả biểu quyết ${was.counts}, lần chấm này không có số biểu quyết nào của trường hợp này (dòng đã xóa, hoặc các số đã xóa) — tính là chưa biểu quyết. Nếu Hội đồng không bỏ kết quả ấy, ghi lại số đã biểu quyết ở dòng của trường hợp này, lưu rồi chạy lại.`];
  });
}

// Made for the walk of 30/11/2026: Công an xã Ta Ma voted 9/8/7, its report then edited (H14 156 → 150) and re-scored
// to 76,37 points, the vote standing unsaid on every face as if taken on the new result.
