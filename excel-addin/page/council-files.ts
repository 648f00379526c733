// The council's work in the run results chosen again on the standalone page (Điều Hội đồng đã ghi, từ một hoặc hai tệp):
// one tong-hop.xlsx as it is; two — two people typed decisions or votes in two copies — combined as `thidua score
// --decisions` combines the folder's own with the one given (core/run/council-work.ts): what only one holds is taken,
// what both hold alike is one, and what both hold differently stops the run, named with both files, sheets and cells.
// The page passes the files; the core decides.
import { combineReviews, flagOfUnit, type TypedReview } from '../../core/council/merge.js';
import { listedEither, type ListedBefore } from '../../core/council/first-listed.js';
import type { VoteSheet } from '../../core/council/vote.js';
import { describeRound, type ClosedRound } from '../../core/run/closing.js';
import { listedBefore } from '../../core/run/council-at-closing.js';
import { councilWork, previousSheets } from '../../core/run/council-work.js';
import { decisionsByRun, decidedCopies, type DecidedCopies } from '../../core/run/edited-cells.js';
import { fileEntries, type PlacedEntry } from '../../core/run/face-and-file.js';
import { councilSheetNamesOf, type PreviousSheets } from '../../core/run/plan-copy.js';
import type { PreviousSummary } from '../../core/run/previous-summary.js';
import type { Omitted } from '../../core/workbook/plan-summary.js';
import { CUT_REMEDY } from '../../core/workbook/limits.js';
import { CONFLICT_REMEDY } from '../../core/workbook/council-conflicts.js';

/** A run's tong-hop.xlsx chosen on the page (`name`: as chosen; `file`: its bytes), as read. */
export type ChosenResult = { name: string; file: Blob; summary: PreviousSummary };

/** What the chosen results give the run, or why it stops before scoring (`refused`, the officer's words). */
export type ChosenCouncil =
  | { refused: string }
  | {
      /** The files read, in the page's words («tong-hop.xlsx và tong-hop-2.xlsx»). */
      named: string;
      review: TypedReview;
      rounds: ClosedRound[];
      votes: VoteSheet;
      sheets: PreviousSheets;
      /** The file the new tong-hop.xlsx is written over, so the sheets the council added stay. */
      base?: Blob;
      /** Sheets of a closed result edited by hand since, each line naming its file. */
      edited: string[];
      /** Cells of the results left out, in the order met. */
      problems: Omitted[];
      /** What the council typed there, entry by entry, each at its file, sheet and cells: the page's entries are set against them. */
      entries: PlacedEntry[];
      /**
       * The copies each result's decisions were made on, first result first: what they are held against. A decision
       * recorded on the page since (`onPage`, by its flag of a unit) was taken on the figures the page showed, and is not.
       */
      decidedOn(onPage: ReadonlySet<string>): DecidedCopies[];
      listed?: ListedBefore;
      /** How two were combined (council-work.ts's lines). */
      said: string[];
    };

/** The most results the page combines: two copies of one run's council work, as the command line's folder and --decisions. */
export const MOST_RESULTS = 2;

/** More results chosen than the page combines: which ones hold the council's latest work is the officer's to say. */
export const tooManyResults = (names: readonly string[]) =>
  `Đã chọn ${names.length} tệp tổng hợp của lượt chấm (${names.join(', ')}): mỗi tệp giữ quyết định, biểu quyết và các lần chốt của Hội đồng, thidua gộp được tối đa ${MOST_RESULTS} tệp (hai bản Hội đồng ghi song song) và không tự chọn tệp nào. Chỉ chọn một hoặc hai tệp Hội đồng ghi sau cùng rồi chấm lại.`;

/** What to do when two results hold the council's work differently. */
const TWO_FILES_REMEDY = 'Cách xử lý: sửa ở một tệp cho giống tệp kia (hoặc xóa ở tệp không dùng), lưu lại rồi chọn lại cả hai tệp và chấm lại; hoặc chỉ chọn một tệp.';

/**
 * The council's work of one or two results, each refused as the command line refuses it: damaged, cut, or in conflict
 * with itself; two, also where they hold it differently.
 */
export function chosenCouncil(results: readonly ChosenResult[]): ChosenCouncil {
  for (const { name, summary } of results) {
    // Said before anything is scored: its decisions and closed rounds would be lost in the new one.
    if (summary.damage.length > 0) return { refused: [`${name} bị hỏng — không coi là chưa chốt; chưa chấm tệp nào:`, ...summary.damage].join('\n') };
    if (summary.cut.length > 0) return { refused: [`${name}: không đọc hết được điều Hội đồng đã ghi; chưa chấm tệp nào:`, ...summary.cut, CUT_REMEDY].join('\n') };
    if (summary.conflicts.length > 0) return { refused: [`${name}: điều Hội đồng đã ghi có chỗ mâu thuẫn, thidua không tự chọn; chưa chấm tệp nào:`, ...summary.conflicts, CONFLICT_REMEDY].join('\n') };
  }
  const [a, b] = results as [ChosenResult, ChosenResult | undefined];
  const named = results.map((r) => r.name).join(' và ');
  const problems = results.flatMap(({ name, summary }) => summary.problems.map((p) => ({ what: name, why: `trang «${p.sheet}», ô ${p.cell}: ${p.message}` })));
  const entriesOf = ({ name, summary }: ChosenResult) => fileEntries(summary, name, councilSheetNamesOf(previousSheets(summary)).votes);
  // The copies each decision was made on, as the command line finds them: the run holding it as it stands, else the last.
  const decidedOn = (review: TypedReview) => (onPage: ReadonlySet<string>) =>
    decisionsByRun(
      review.decisions.filter((d) => !onPage.has(flagOfUnit(d))),
      results.map((r) => ({ decisions: r.summary.review.decisions, copies: r.summary.record?.copies ?? [] })),
    ).map((r) => decidedCopies(r.copies, r.decided));
  if (!b) {
    const { summary } = a;
    return {
      named,
      review: summary.review,
      rounds: summary.rounds,
      votes: summary.votes,
      sheets: previousSheets(summary),
      ...(summary.added.length > 0 ? { base: a.file } : {}),
      edited: summary.rounds.length > 0 ? summary.edited.map((l) => `${a.name}: ${l}`) : [],
      problems,
      entries: entriesOf(a),
      decidedOn: decidedOn(summary.review),
      ...(summary.record ? { listed: listedBefore(summary.record) } : {}),
      said: [],
    };
  }
  const work = councilWork({ name: a.name, summary: a.summary }, { name: b.name, summary: b.summary });
  const rounds = roundsOf(a, b);
  const conflicts = [...work.conflicts, ...('apart' in rounds ? [rounds.apart] : [])];
  if (conflicts.length > 0) return { refused: [`${named} đều ghi việc của Hội đồng, khác nhau ở:`, ...conflicts, `Chưa chấm tệp nào: thidua không tự chọn. ${TWO_FILES_REMEDY}`].join('\n') };
  const review = combineReviews(a.summary.review, b.summary.review);
  const closed = 'rounds' in rounds ? rounds.rounds : [];
  // Entries both hold are alike (else the run stopped above): the second file's, as the combined work takes them.
  const fromB = entriesOf(b);
  const keys = new Set(fromB.map((e) => e.key));
  const listed = listedEither(a.summary.record && listedBefore(a.summary.record), b.summary.record && listedBefore(b.summary.record));
  return {
    named,
    review,
    rounds: closed,
    votes: work.votes,
    sheets: work.sheets,
    ...(work.base ? { base: (work.base === 'given' ? b : a).file } : {}),
    edited: closed.length > 0 ? results.flatMap((r) => r.summary.edited.map((l) => `${r.name}: ${l}`)) : [],
    problems,
    entries: [...fromB, ...entriesOf(a).filter((e) => !keys.has(e.key))],
    decidedOn: decidedOn(review),
    ...(listed ? { listed } : {}),
    said: work.said,
  };
}

/**
 * The rounds closed in two copies of one result: the same rounds, or one's going on from the other's (the council closed
 * again in one copy) — the longer kept, nothing lost; rounds apart (each closed its own) are the council's to settle.
 */
function roundsOf(a: ChosenResult, b: ChosenResult): { rounds: ClosedRound[] } | { apart: string } {
  const [x, y] = [a.summary.rounds, b.summary.rounds];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.every((r, i) => r.seal === long[i]!.seal)) return { rounds: long };
  const shown = (rounds: readonly ClosedRound[]) => rounds.map(describeRound).join('; ');
  return { apart: `Các lần chốt: ${a.name} ghi ${shown(x)}, ${b.name} ghi ${shown(y)}.` };
}

// Made for the officer with two tallies: two people typed the council's decisions or votes in two copies of tong-hop.xlsx,
// and the page took only one of them (two chosen stopped the run, «chỉ chọn một tệp»).
