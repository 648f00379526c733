// Dòng Hội đồng đã ghi, nay ở trang khác (the council's rows now on another part): «Rà soát» is cut as thidua cuts it
// every run (plan-review.ts planReviewSheets says why), «Biểu quyết» too once the council's cut no longer holds
// (plan-votes.ts councilCuts), so what the council typed on part 2 may be written on part 1 by the next run — kept, on
// its flag's or nominee's row, but not where the member who typed it looks, and that row now another's. Each such row
// is said at its new place with where it was typed; the new place is read from the sheets as written, by the reader
// the next run reads them with, so the line names the cell that run will read it from.
import { flagTitle } from '../checks/titles.js';
import type { CouncilDecision, UnreadDecision } from '../council/decision.js';
import { flagOfUnit } from '../council/merge.js';
import { nomineeKey, wherePlace, type VoteSheet } from '../council/vote.js';
import type { SheetGrid } from '../sheet/cell.js';
import type { SheetEdit } from '../sheet/port.js';
import { applyEditToValues } from '../workbook/apply-grid.js';
import type { KeptSaid } from '../workbook/kept-cells.js';
import { VOTE_SHEET } from '../workbook/plan-votes.js';
import { readReviewDecisions } from '../workbook/read-review.js';
import { readVotes } from '../workbook/read-votes.js';

/**
 * Where a row was typed: its sheet (a part's, as named in the workbook) and the cell of its words; `file`: the workbook,
 * when another than the one written again (the council's copy given with --decisions) or when two were merged (each
 * row's own, the folder's tong-hop.xlsx among them: council-work.ts); `renamed`: the name the other
 * file gave that part (`as`), which the sheet written takes.
 */
export type TypedPlace = { sheet: string; cell: string; file?: string; renamed?: { file: string; as: string } };

/** How many moved rows are said one by one; the rest are counted in one line. */
const SAID_EACH = 10;

/**
 * The decisions of «Rà soát» (`decisions`, `unread`: as written) typed on another sheet than `written` now holds them
 * on (`typedAt`: where the previous file held each, by its flag of a unit).
 */
export function reviewRowsMoved(written: readonly SheetEdit[], typedAt: Readonly<Record<string, TypedPlace>>, decisions: readonly CouncilDecision[], unread: readonly UnreadDecision[]): KeptSaid[] {
  const flag = (d: CouncilDecision | UnreadDecision) => `cảnh báo «${flagTitle(d.flagCode)}» (trang «${d.sheet}»${d.cell ? `, ô ${d.cell}` : ''})`;
  const shown = new Map([
    ...decisions.map((d) => [flagOfUnit(d), `quyết định của Hội đồng cho «${d.unitName}», ${flag(d)}`] as const),
    ...unread.map((u) => [flagOfUnit(u), `dòng Hội đồng ghi cho «${u.unitName}», ${flag(u)} (giữ nguyên chữ đã ghi)`] as const),
  ]);
  const placesIn = (grid: SheetGrid) => Object.entries(readReviewDecisions(grid).typedAt).map(([key, cell]) => [key, { sheet: grid.name, cell }] as const);
  return rowsMoved(written, typedAt, placesIn, shown, { why: 'thidua chia phần bảng theo danh sách cảnh báo của lần chấm này', rest: 'quyết định khác của Hội đồng', row: 'cảnh báo' });
}

/** Where each tally of «Biểu quyết» (`votes`, as read from a file whose first sheet was `named`) was typed, by nominee. */
export function votePlaces(votes: VoteSheet | undefined, named = VOTE_SHEET): Record<string, TypedPlace> {
  return Object.fromEntries(Object.entries(votes?.typedAt ?? {}).map(([key, where]) => [key, place(wherePlace(named, where))]));
}

/** The tallies of «Biểu quyết» (`votes`, typed at `typedAt`: votePlaces) now on another sheet than typed. */
export function voteRowsMoved(written: readonly SheetEdit[], votes: VoteSheet | undefined, typedAt: Readonly<Record<string, TypedPlace>>): KeptSaid[] {
  const shown = new Map([...(votes?.votes ?? []), ...(votes?.held ?? [])].map((v) => [nomineeKey(v), `kết quả biểu quyết của Hội đồng cho «${v.unitName}» (${v.form})`] as const));
  const parts = written.length > 1 ? {} : undefined;
  const placesIn = (grid: SheetGrid) => Object.entries(readVotes(grid, parts).typedAt ?? {}).map(([key, where]) => [key, place(wherePlace(grid.name, where))] as const);
  return rowsMoved(written, typedAt, placesIn, shown, { why: 'thidua chia phần bảng theo danh sách đề nghị khen thưởng của lần chấm này', rest: 'kết quả biểu quyết khác của Hội đồng', row: 'đơn vị và hình thức khen thưởng' });
}

const place = (p: { sheet: string; cell?: string }): TypedPlace => ({ sheet: p.sheet, cell: p.cell ?? '' });

function rowsMoved(
  written: readonly SheetEdit[],
  typedAt: Readonly<Record<string, TypedPlace>>,
  placesIn: (grid: SheetGrid) => (readonly [string, TypedPlace])[],
  shown: ReadonlyMap<string, string>,
  words: { why: string; rest: string; row: string },
): KeptSaid[] {
  const typedOn = new Set(Object.values(typedAt).map((p) => p.sheet));
  // Nothing typed, or one sheet written where all of it was typed: no row is on another sheet (nor the sheets read again).
  if (typedOn.size === 0 || (written.length === 1 && typedOn.size === 1 && typedOn.has(written[0]!.sheet))) return [];
  const moved = written.flatMap((s) =>
    placesIn({ name: s.sheet, values: applyEditToValues([], s) }).flatMap(([key, now]) => {
      const was = typedAt[key];
      const label = shown.get(key);
      const why = was?.renamed?.as === now.sheet ? `tệp ${was.renamed.file} đặt tên trang «${was.sheet}» là «${now.sheet}»` : words.why;
      return was && label && was.sheet !== now.sheet ? [{ now, message: `ô ${now.cell}: ${label} đã ghi ở ${was.file ? `tệp ${was.file}, ` : ''}trang «${was.sheet}», ô ${was.cell}; nay ở ô này: ${why}.` }] : [];
    }),
  );
  const rest = moved.length - SAID_EACH;
  return [
    ...moved.slice(0, SAID_EACH).map(({ now, message }) => ({ sheet: now.sheet, cell: now.cell, message })),
    ...(rest > 0 ? [{ sheet: written[0]!.sheet, message: `${rest} ${words.rest} cũng nay ở trang khác trang đã ghi (${words.why}), mỗi dòng vẫn ghi rõ ${words.row} của nó.` }] : []),
  ];
}

// Made for the council's rows typed on part 2 of «Rà soát» found, the next run, on another part with nothing said.
