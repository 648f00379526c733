// Kết quả lần trước (the previous result): one reading of a run's tong-hop.xlsx — or of the workbook open in the
// task pane — for every face: the council's decisions in its «Rà soát», the run's record, the rounds the council
// closed, and whether each holds its seal. What does not read, or reads but no longer holds its seal, is damage,
// one Vietnamese line each: every face stops on it and says so, never taking a damaged closing for «chưa chốt».
// A sheet edited by hand since it was written («Tổng hợp» against the record's rows, «Chốt kết quả» against its
// rounds) is `edited`: named wherever the closing is checked.
import type { TypedReview } from '../council/merge.js';
import type { SheetGrid } from '../sheet/cell.js';
import type { WorkbookPort } from '../sheet/port.js';
import { cellText, formatDateVi, formatNumberVi } from '../values.js';
import { applyEditToValues } from '../workbook/apply-grid.js';
import { councilSheetCut } from '../workbook/limits.js';
import { readReviewDecisions } from '../workbook/read-review.js';
import { SUMMARY_SHEET } from '../workbook/plan-summary.js';
import { isPartOf } from '../workbook/table-sheet.js';
import type { CellValue } from '../cell.js';
import { membersDiffering, readVotes } from '../workbook/read-votes.js';
import { voteRowsElsewhere } from '../workbook/vote-rows-elsewhere.js';
import { VOTE_SHEET } from '../workbook/plan-votes.js';
import { joinKept, NO_KEPT_CELLS, type KeptCells } from '../workbook/kept-cells.js';
import { findCouncilSheets, type CouncilRole, type CouncilSheetNames } from '../workbook/council-sheets.js';
import { conflictLine, typedInParts } from '../workbook/council-conflicts.js';
import { decisionKey } from '../council/merge.js';
import { flagTitle } from '../checks/titles.js';
import { decisionWord } from '../workbook/plan-review.js';
import { sheetsAdded, type CouncilNames } from './summary-sheets.js';
import { countsOf, countsShown, nomineeKey, NO_VOTES, withoutOwnRows, type VoteSheet } from '../council/vote.js';
import { recordFallbacks, recordNominees } from './council-at-closing.js';
import { brokenSeals, changesSinceClosing, CLOSED_ROUNDS_KEY, councilChangedSince, recordSealed, roundsFromStore, RunRecord, StoredRounds, RUN_RECORD_KEY, type ClosedRound, type FoundDigest } from './closing.js';
import { CLOSING_SHEET, planClosing } from './plan-closing.js';
import { cellsChangedFrom, plannedChanges, sheetChanges } from './seal.js';
import { cellsChanged } from './copy-cells.js';
import type { Said } from './said.js';

/** What the council typed beyond thidua's plan in «Rà soát» and in «Biểu quyết». */
export type CouncilKept = { review?: KeptCells; votes?: KeptCells };

export type PreviousSummary = {
  /** The council's «Rà soát» as read: its decisions and the flags held as typed. */
  review: TypedReview;
  /** What the council typed in its two sheets beyond thidua's plan (its formulas, its own columns): kept in place when they are written again. */
  kept?: CouncilKept;
  /** Where each flag's first review was typed, by its flag of a unit (flagOfUnit): the sheet (or part) and the cell. */
  reviewAt?: Record<string, { sheet: string; cell: string }>;
  /** The council's «Biểu quyết» as read: the rule, the meeting, each nominee's vote, the rows held as typed. */
  votes: VoteSheet;
  /** Cells of «Rà soát» and «Biểu quyết» it could not read (each held as typed), by sheet and cell. */
  problems: { sheet: string; cell: string; message: string }[];
  /** The last run's record, read and sealed; undefined when the workbook has none (not a run's tong-hop.xlsx). */
  record: RunRecord | undefined;
  /** The rounds closed, each sealed; none when it was never closed (or when its closing is damaged: see `damage`). */
  rounds: ClosedRound[];
  /** What does not read or does not hold its seal: never «not closed» — every face stops and says it. */
  damage: string[];
  /** Sheets edited by hand since thidua wrote them: rows of «Tổng hợp» / «Xét khen thưởng», cells of «Chốt kết quả». */
  edited: string[];
  /**
   * «Rà soát» or «Biểu quyết» not read whole (typed past the read limits): every face stops, naming the sheet and the
   * cell, rather than apply the first part and rewrite the sheet without the rest.
   */
  cut: string[];
  /**
   * What the council typed that thidua will not choose from, one Vietnamese line each with its sheet and cells: two
   * sheets claiming «Rà soát» (or «Biểu quyết»), a flag with two decisions, a nominee with two tallies, a decision in a
   * cell merged over several rows. Every face stops on them: nothing is written again or sealed while one stands.
   */
  conflicts: string[];
  /** The names the council's «Rà soát» and «Biểu quyết» have now, each its parts in order (found by what they hold, whatever their name). */
  council: CouncilNames;
  /** A role claimed by sheets that do not make one (a conflict above): those sheets, none read — what the checklist names instead of counting. */
  unsettled: Partial<Record<CouncilRole, readonly string[]>>;
  /** Sheets thidua did not make (the council's own), kept as they are when tong-hop.xlsx is written again. */
  added: string[];
};

/**
 * The previous result read through a port: the sheet names, the store, then every sheet in one read — the council's
 * sheets are known by what they hold, whatever their name, and every other sheet is either thidua's or kept.
 */
export async function readPreviousSummary(port: WorkbookPort): Promise<PreviousSummary> {
  const names = await port.listSheets();
  const stored = { record: await port.readStore(RUN_RECORD_KEY), rounds: await port.readStore(CLOSED_ROUNDS_KEY) };
  return previousSummaryOf(names, names.length > 0 ? await port.readSheets(names) : [], stored);
}

/**
 * Whether a workbook is a run's tong-hop.xlsx, whatever it is called: its store keeps a run's record (read or not —
 * one that no longer reads is that run's damage, said once it is read). The council saves its copy under a name of
 * its own; a unit's scored copy, returned, keeps none.
 */
export async function holdsRunRecord(port: WorkbookPort): Promise<boolean> {
  return (await port.readStore(RUN_RECORD_KEY)) !== undefined;
}

/** The previous result from what was read: every sheet name, the grids read, the store's record and rounds as stored. */
export function previousSummaryOf(names: readonly string[], grids: readonly SheetGrid[], stored: { record: unknown; rounds: unknown }): PreviousSummary {
  const damage: string[] = [];
  const gridOf = (name: string) => grids.find((g) => g.name === name);

  let record: RunRecord | undefined;
  if (stored.record !== undefined) {
    const parsed = RunRecord.safeParse(stored.record);
    if (!parsed.success) damage.push('Kết quả lượt chấm lưu ẩn trong tệp không đọc được (đã bị sửa tay, hoặc do phiên bản khác ghi).');
    else if (!recordSealed(parsed.data)) damage.push('Kết quả lượt chấm lưu ẩn trong tệp đã bị sửa sau khi chấm: mã niêm phong không khớp.');
    else record = parsed.data;
  }

  let rounds: ClosedRound[] = [];
  if (stored.rounds !== undefined) {
    const parsed = StoredRounds.safeParse(stored.rounds);
    // A round kept by reference gets the record parsed above, not a second copy of it, nor its seal checked again.
    const read = parsed.success ? roundsFromStore(parsed.data, record) : undefined;
    const broken = read && read.missing.length === 0 ? brokenSeals(read.rounds, record) : [];
    if (!read) damage.push('Bản ghi các lần chốt kết quả lưu ẩn trong tệp không đọc được (đã bị sửa tay, hoặc do phiên bản khác ghi).');
    else if (read.missing.length > 0) damage.push(...read.missing);
    else if (broken.length > 0) damage.push(...broken);
    else rounds = read.rounds;
  } else if (names.includes(CLOSING_SHEET)) {
    damage.push(`Tệp có trang «${CLOSING_SHEET}» mà bản ghi các lần chốt lưu ẩn không còn hoặc không đọc được: kết quả đã chốt bị hỏng, không phải chưa chốt.`);
  }
  const last = rounds.at(-1);
  // A run's tong-hop.xlsx always keeps its record beside its rounds; the task pane's workbook never keeps one.
  if (last?.covers === 'files' && stored.record === undefined) damage.push('Tệp đã chốt mà kết quả lượt chấm lưu ẩn không còn.');

  // The sheets were sealed by the council's closing when the record is the last round's, else by the run alone.
  const sealedBy = last !== undefined && record !== undefined && last.record.seal === record.seal ? 'closing' : 'run';
  const edited = [
    ...(rounds.length > 0 ? plannedChanges(CLOSING_SHEET, applyEditToValues([], planClosing(rounds)), gridOf(CLOSING_SHEET)) : []),
    ...(record?.shown.flatMap((sealed) => sheetChanges(sealed, gridOf(sealed.name), isPartOf(SUMMARY_SHEET, sealed.name) ? rankingRowAsClosed(record) : undefined, sealedBy)) ?? []),
  ];

  const council = findCouncilSheets(grids);
  // A council sheet in parts is read part by part (a flag's rows and a nominee's row are never split between two), each cell named with its own part.
  const reviews = (council.review ?? []).map((grid) => ({ sheet: grid.name, ...readReviewDecisions(grid) }));
  // A word kept from a part names its sheet; a later part's «Kết quả» is judged by the rule typed on the first.
  const voteGrids = council.votes ?? [];
  const firstRead = voteGrids[0] && readVotes(voteGrids[0], voteGrids.length > 1 ? {} : undefined);
  const voteReads = voteGrids.map((grid, i) => ({ sheet: grid.name, ...(i === 0 ? firstRead! : readVotes(grid, { rule: firstRead!.rule })) }));
  // The rule and the meeting are typed on the first part only.
  const { problems: _p, conflicts: _c, sheet: _s, asides: _a, listed: _l, typedAt: _t, notedAt: _n, textCounts: _x, councilCells: _k, membersTyped: _m, ...firstVotes } = voteReads[0] ?? { ...NO_VOTES, problems: [], conflicts: [], sheet: '', councilCells: NO_KEPT_CELLS, membersTyped: [] };
  // A flag or a nominee typed in two parts (a row copied from one part to another) with different contents: named
  // with both parts and not applied, as two rows of one part are.
  const twiceInParts = [
    typedInParts(
      reviews.map((r) => ({ sheet: r.sheet, entries: r.decisions.map((d) => ({ key: decisionKey(d), label: `${d.unitName} — cảnh báo «${flagTitle(d.flagCode)}»${d.cell ? ` ô ${d.cell}` : ''}`, shown: `«${decisionWord(d.decision, d.typed)}»`, holds: JSON.stringify(d) })) })),
      'quyết định',
    ),
    typedInParts(
      voteReads.map((r) => ({ sheet: r.sheet, entries: r.votes.map((v) => ({ key: nomineeKey(v), label: v.unitName, shown: countsShown(countsOf(v.tally)), holds: JSON.stringify(v) })) })),
      'kết quả biểu quyết',
    ),
  ];
  const [reviewTwice, voteTwice] = twiceInParts.map((t) => t.keys);
  const asides = voteReads.flatMap((r) => r.asides ?? []);
  const listed = voteReads.flatMap((r) => r.listed ?? []);
  // Each nominee's row where first typed, part after part, and its counts typed as text there.
  const [typedAt, notedAt, textCounts] = (['typedAt', 'notedAt', 'textCounts'] as const).map((f) => Object.fromEntries(voteReads.flatMap((r) => Object.entries(r[f] ?? {})).reverse()));
  // The rows the last run wrote for its own nominees, not voted on since, are thidua's: only the council's are kept.
  const votes: VoteSheet = withoutOwnRows(
    {
      ...firstVotes,
      votes: voteReads.flatMap((r) => r.votes).filter((v) => !voteTwice!.has(nomineeKey(v))),
      held: voteReads.flatMap((r) => r.held),
      ...(asides.length > 0 ? { asides } : {}),
      ...(listed.length > 0 ? { listed } : {}),
      ...(Object.keys(typedAt!).length > 0 ? { typedAt } : {}),
      ...(Object.keys(notedAt!).length > 0 ? { notedAt } : {}),
      ...(Object.keys(textCounts!).length > 0 ? { textCounts } : {}),
    },
    // With the fallback nominees' rows (fallback-vote.ts), thidua's too.
    record ? [...recordNominees(record), ...recordFallbacks(record, firstVotes)] : [],
  );
  const parts = [...reviews, ...voteReads];
  const councilNames = { ...(council.review ? { review: council.review.map((g) => g.name) } : {}), ...(council.votes ? { votes: council.votes.map((g) => g.name) } : {}) };
  const added = sheetsAdded(names, grids, [...(record?.shown.map((s) => s.name) ?? []), ...Object.values(councilNames).flat()]);
  return {
    review: { decisions: reviews.flatMap((r) => r.decisions).filter((d) => !reviewTwice!.has(decisionKey(d))), unread: reviews.flatMap((r) => r.unread) },
    kept: { review: joinKept(reviews.map((r) => r.kept)), votes: joinKept(voteReads.map((r) => r.councilCells)) },
    reviewAt: Object.fromEntries(reviews.flatMap((r) => Object.entries(r.typedAt).map(([key, cell]) => [key, { sheet: r.sheet, cell }]))),
    votes,
    problems: parts.flatMap((r) => r.problems.map((p) => ({ sheet: r.sheet, ...p }))),
    record,
    rounds,
    damage,
    edited,
    cut: [...(council.review ?? []), ...(council.votes ?? [])].flatMap(councilSheetCut),
    conflicts: [
      ...council.claims,
      ...parts.flatMap((r) => r.conflicts.map((c) => conflictLine(r.sheet, c))),
      ...twiceInParts.flatMap((t) => t.lines),
      // One meeting above the first part, so one council: the members typed are compared across the parts (a single sheet compares its own).
      ...(voteReads.length > 1 ? membersDiffering(voteReads.flatMap((r) => r.membersTyped)).map((c) => `Trang ${voteReads.map((r) => `«${r.sheet}»`).join(' và ')}: ${c.message}`) : []),
      // A sheet claiming a council role (a «Biểu quyết» copied whole) is said by its claim, its rows under their own header.
      ...voteRowsElsewhere(grids.filter((g) => added.includes(g.name) && !Object.values(council.unsettled).some((claiming) => claiming.includes(g.name))), record ? recordNominees(record) : [], voteGrids[0]?.name ?? VOTE_SHEET),
    ],
    council: councilNames,
    unsettled: council.unsettled,
    added,
  };
}

/**
 * A ranking row of «Tổng hợp» as the run wrote it, from the unit the row still names (column B, its kind in C) and
 * the record: what lets a row edited by hand be said cell by cell, before → after (the seal checks it is the row closed).
 */
function rankingRowAsClosed(record: RunRecord): (row: readonly CellValue[]) => CellValue[] | undefined {
  return (row) => {
    if (typeof row[0] !== 'number') return undefined;
    const name = cellText(row[1] ?? null);
    const unit = record.units.find((u) => u.unitName === name && u.kindLabel === cellText(row[2] ?? null)) ?? record.units.find((u) => u.unitName === name);
    return unit && [unit.rank, unit.unitName, unit.kindLabel, unit.total, unit.applicableMax, unit.percent, unit.classification ?? 'Chưa xếp loại', unit.flags?.length ?? 0, ...(unit.recorded !== undefined ? [unit.recorded] : [])];
  };
}

/**
 * A scored copy whose bytes are no longer those closed, told by content as far as the round can say it: the cells
 * the record keeps of its report sheets (copy-cells.ts) and the result its «Tổng hợp» shows (each unit's rank,
 * points, maximum, percentage, band, flags) against the record closed — each cell changed named with its value then
 * and now — or, when none changed, that it was saved again (by another program, say) with no cell changed. A record
 * written before the cells were kept can vouch for «Tổng hợp» alone, and the line says so. `sheets`: the copy's
 * sheets as read now.
 */
export function copyChanges(name: string, record: RunRecord, sheets: readonly SheetGrid[]): string {
  const was = rankingRowAsClosed(record);
  const summary = sheets.find((g) => g.name === SUMMARY_SHEET);
  const ranked = summary ? cellsChangedFrom(summary, was) : [];
  const kept = record.copies?.find((c) => c.name === name)?.cells;
  const cells = kept ? cellsChanged(kept, sheets) : undefined;
  const lines = [...(cells?.lines ?? []), ...(ranked.length > 0 ? [`trang «${SUMMARY_SHEET}», ${ranked.join('; ')}`] : [])];
  if (lines.length > 0) return `Tệp ${name} đã khác bản đã chốt: ${lines.join('; ')}.`;
  const rows = summary ? summary.values.filter((r) => was(r) !== undefined).length : 0;
  if (cells) {
    const reports = kept!.map((s) => `«${s.sheet}»`).join(', ');
    return `Tệp ${name} lưu lại, không ô nào đổi: khác bản đã chốt từng byte (mã SHA-256; đã mở và lưu bằng chương trình khác?) nhưng ${formatNumberVi(cells.compared)} ô đã chấm ở trang ${reports}${rows > 0 ? ` và kết quả ở trang «${SUMMARY_SHEET}»` : ''} vẫn như lúc chốt; các trang khác của tệp không đối chiếu.`;
  }
  if (rows === 0) return `Tệp ${name} đã khác bản đã chốt (không còn kết quả chấm ở trang «${SUMMARY_SHEET}» để so).`;
  return `Tệp ${name} đã được lưu lại nên khác bản đã chốt từng byte (mã SHA-256), nhưng kết quả chấm trong tệp (hạng, điểm, tỷ lệ, xếp loại ở trang «${SUMMARY_SHEET}») vẫn như lúc chốt; lần chốt chỉ giữ mã SHA-256 của cả tệp nên các ô khác không đối chiếu được.`;
}

/**
 * What a folder (or the files chosen on the page) no longer shares with its last closed round, one line each:
 * sheets edited by hand, a result scored again since closing, every file changed, gone, added or unreadable, and what
 * that changed of the result. Empty when it verifies. Only for a summary without damage and with a round closed.
 */
export function unverified(summary: PreviousSummary, found: readonly FoundDigest[]): string[] {
  const last = summary.rounds.at(-1)!;
  const now = summary.record ?? last.record;
  const reopened = now.seal !== last.record.seal ? [`Kết quả trong tong-hop.xlsx là lần chấm ngày ${formatDateVi(now.scoredOn)}, sau lần chốt ${last.number}: chưa được chốt lại.`] : [];
  return [...summary.edited, ...reopened, ...changesSinceClosing(last, now, found)];
}

/**
 * The council's vote and decisions on the summary's «Biểu quyết» and «Rà soát» otherwise than its last round sealed
 * them, one line each in closing's words: what a check of the folder (or of the files chosen on the page) says beside
 * unverified(); the papers say a decision so as a note instead, printing the sealed ones. Only for a summary with a
 * round closed.
 */
export function typedSinceSealed(summary: PreviousSummary, sheets: CouncilSheetNames): Said[] {
  const last = summary.rounds.at(-1)!;
  return councilChangedSince(last, summary.record ?? last.record, summary, sheets);
}

// Made for issue 36 item 2 and issue 35 item 2: the previous result read once, by the command line, the page's
// thread and the task pane alike, with one meaning of «cannot read it».
