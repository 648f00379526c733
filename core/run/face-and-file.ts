// Two entries of the council for one nominee or one flag: one recorded on a face during the session (the page's vote
// form, its «Rà soát» step), one in the run's tong-hop.xlsx chosen again — corrected by the council in Excel or
// LibreOffice since it was downloaded. Where they differ, neither is chosen by thidua: said in the words of two entries
// on one sheet (council-conflicts.ts), file, sheet and cell named, and the run waits for the officer to keep one; what
// the officer kept is then the record, said with the run. Where they agree, there is nothing to say.
import { flagTitle } from '../checks/titles.js';
import type { CouncilDecision } from '../council/decision.js';
import { flagOfUnit } from '../council/merge.js';
import { asRecorded, countsOf, countsShown, NO_VOTES, nomineeKey, sheetCells, wherePlace, type FaceVote, type TypedCounts, type VoteSheet } from '../council/vote.js';
import { twiceTyped, type TypedEntry } from '../workbook/council-conflicts.js';
import { decisionWord } from '../workbook/plan-review.js';
import type { PreviousSummary } from './previous-summary.js';
import type { CouncilSheetNames } from '../workbook/council-sheets.js';
import { said as placedAt, type Said } from './said.js';

/** An entry of the council without where it was typed: what it is for, in the officer's words, and what it holds (compared). */
export type CouncilEntry = Omit<TypedEntry, 'cells'>;

/** A nominee's vote as compared: its counts and its note (the finding stays the sheet's: a face records the tally). */
export function voteEntry(v: FaceVote): CouncilEntry {
  const counts: TypedCounts = 'tally' in v ? countsOf(v.tally) : v;
  const note = v.note.trim();
  return { key: `phiếu\u0000${nomineeKey(v)}`, label: `${v.unitName}${v.form ? ` (${v.form})` : ''}`, shown: `${countsShown(counts)}${note ? ` «${note}»` : ''}`, holds: JSON.stringify([countsShown(counts), note]) };
}

/** A flag's review as compared: the council's words at each step (who typed them, and when, is no other decision). */
export function decisionEntry(d: CouncilDecision): CouncilEntry {
  const words = [`«${decisionWord(d.decision, d.typed)}»`, ...(d.explanation ? [`giải trình «${d.explanation.text}»`] : []), ...(d.second ? [`lần 2 «${decisionWord(d.second.decision, d.second.typed)}»`] : [])];
  return {
    key: `rà soát\u0000${flagOfUnit(d)}`,
    label: `${d.unitName} — cảnh báo «${flagTitle(d.flagCode)}»${d.cell ? ` ô ${d.cell}` : ''}`,
    shown: words.join(', '),
    holds: JSON.stringify([d.decision, d.comment.trim(), d.explanation?.text ?? '', d.second?.decision ?? '', d.second?.comment.trim() ?? '']),
  };
}

/**
 * An entry typed in a sheet, with where as data (`at`: its sheet and first cells, absent where the sheet holds none):
 * a line about it opens them (said.ts), never read back out of `cells`, its words.
 */
export type PlacedEntry = TypedEntry & { at?: { sheet: string; cell?: string } };

/** The council's entries in a tong-hop.xlsx chosen again (`file`: its name), each with its file, sheet and cells. */
export function fileEntries(summary: PreviousSummary, file: string, votesSheet: string): PlacedEntry[] {
  const votes = sheetVotes(summary.votes, votesSheet, `${file}, `);
  const decisions = sheetDecisions(summary.review.decisions, (flag) => {
    const at = summary.reviewAt?.[flag];
    return at ? { cells: `${file}, trang «${at.sheet}», ô ${at.cell}`, at } : { cells: file };
  });
  return [...votes, ...decisions];
}

/** The decisions a «Rà soát» holds, each with its cells (`placeOf`: by its flag of a unit, flagOfUnit). */
function sheetDecisions(decisions: readonly CouncilDecision[], placeOf: (flag: string) => Pick<PlacedEntry, 'cells' | 'at'>): PlacedEntry[] {
  return decisions.map((d) => ({ ...decisionEntry(d), ...placeOf(flagOfUnit(d)) }));
}

/** The votes a «Biểu quyết» holds, each with its cells on `sheet` or on its part (`file`: «tong-hop.xlsx, », where it is not the open one). */
function sheetVotes(votes: Pick<VoteSheet, 'votes' | 'held' | 'typedAt'>, sheet: string, file = ''): PlacedEntry[] {
  return [...votes.votes, ...votes.held].map((v) => {
    const where = votes.typedAt?.[nomineeKey(v)];
    return { ...voteEntry(v), cells: `${file}trang ${sheetCells(sheet, where)}`, at: wherePlace(sheet, where) };
  });
}

/** What the officer kept of a face's entry and a file's for one thing: `file`, what the file's held (its `holds`) then. */
export type KeptEntry = { key: string; file: string; keep: 'face' | 'file' };

/** A face's entry and a file's that differ, not chosen between: the line saying it, and what a choice is recorded against. */
export type FaceFileConflict = { key: string; label: string; file: string; line: string };

/**
 * A face in the officer's words: where its entries were typed, and where the other entries are (`other`). The page's are
 * set against a tong-hop.xlsx chosen again; the pane's against its own workbook's sheets typed since.
 */
export type FaceWords = { typed: string; other: string };

/** Where a face's entries are said to have been typed. */
export const ON_THE_PAGE = 'ghi trên trang';

const PAGE: FaceWords = { typed: ON_THE_PAGE, other: 'trong tệp' };

/** The task pane's: its form against what the council typed in the open workbook since the form was filled. */
const PANE: FaceWords = { typed: 'ghi trên ngăn tác vụ', other: 'trong trang tính' };

/** Why the pane's run waits for the officer to keep one entry: said above it. */
export const PANE_DIFFERS = 'Điều Hội đồng vừa ghi trên ngăn tác vụ khác điều Hội đồng đã ghi trong sổ tính sau lần chấm trước; thidua không tự chọn, chưa chấm, không ghi gì:';

/**
 * The face's entries against the file's: those differing that the officer has not chosen between (`conflicts`), the
 * keys whose file entry the officer kept (`keepFile`: the face's is not applied), and what each choice made the
 * record (`said`). A choice holds while the file holds what it held when chosen: a file corrected again is asked again.
 */
export function faceAgainstFile(face: readonly CouncilEntry[], file: readonly PlacedEntry[], kept: readonly KeptEntry[], words: FaceWords = PAGE): { conflicts: FaceFileConflict[]; keepFile: Set<string>; said: Said[] } {
  const inFile = new Map(file.map((e) => [e.key, e]));
  const conflicts: FaceFileConflict[] = [];
  const keepFile = new Set<string>();
  const said: Said[] = [];
  for (const mine of face) {
    const theirs = inFile.get(mine.key);
    if (!theirs) continue;
    const [conflict] = twiceTyped([{ ...mine, cells: words.typed }, theirs], what(mine.key), chooseOne(words)).conflicts;
    if (!conflict) continue;
    const choice = kept.find((k) => k.key === mine.key && k.file === theirs.holds);
    if (!choice) {
      conflicts.push({ key: mine.key, label: mine.label, file: theirs.holds, line: conflict.message });
      continue;
    }
    if (choice.keep === 'file') keepFile.add(mine.key);
    const [taken, left] = choice.keep === 'face' ? [`bản ${words.typed} (${mine.shown})`, `bản trong ${theirs.cells} (${theirs.shown})`] : [`bản trong ${theirs.cells} (${theirs.shown})`, `bản ${words.typed} (${mine.shown})`];
    // At the file's entry, kept or not: the one of the two a sheet holds.
    said.push(placedAt(`${mine.label}: cán bộ chọn giữ ${taken}, không áp ${left}.`, theirs.at?.sheet, theirs.at?.cell));
  }
  return { conflicts, keepFile, said };
}

const what = (key: string) => (key.startsWith('phiếu') ? 'kết quả biểu quyết' : 'quyết định');

/** What the officer does about a face's entry and a file's that differ. */
const chooseOne = (words: FaceWords) => `Hãy chọn giữ bản nào (bản ${words.other} hoặc bản ${words.typed}).`;

/** What the pane's form showed when an entry was recorded (the last scoring's), and what the workbook's sheets hold now. */
export type PaneSheets = { votes?: VoteSheet; decisions: readonly CouncilDecision[] };

/**
 * The pane's entries just recorded (`votes`, a decision `latest`) against its workbook's «Biểu quyết» and «Rà soát»
 * (`now`: read now; `sheets`: their names; `reviewAt`: each decision's cell) where they no longer hold what the form
 * showed (`shown`): the council typed it in Excel since, and thidua does not choose. Where the sheet holds what the form
 * showed, an entry is recorded as typed. `votes` and `latest` come back without those whose sheet entry the officer kept.
 */
export function paneOverSheets(
  face: { votes: readonly FaceVote[]; latest?: CouncilDecision },
  shown: PaneSheets,
  now: PaneSheets & { reviewAt: Readonly<Record<string, string>> },
  sheets: CouncilSheetNames,
  kept: readonly KeptEntry[],
): { votes: FaceVote[]; latest?: CouncilDecision; conflicts: FaceFileConflict[]; said: Said[] } {
  const entries = (at: PaneSheets, reviewAt: Readonly<Record<string, string>>) => [
    ...sheetVotes(at.votes ?? NO_VOTES, sheets.votes),
    ...sheetDecisions(at.decisions, (flag) => ({ cells: `trang ${sheetCells(sheets.review, reviewAt[flag])}`, at: wherePlace(sheets.review, reviewAt[flag]) })),
  ];
  const before = new Map(entries(shown, {}).map((e) => [e.key, e.holds]));
  const since = entries(now, now.reviewAt).filter((e) => before.get(e.key) !== e.holds);
  const { conflicts, keepFile, said } = faceAgainstFile([...face.votes.map((v) => voteEntry(asRecorded(now.votes ?? NO_VOTES, v))), ...(face.latest ? [decisionEntry(face.latest)] : [])], since, kept, PANE);
  const latest = face.latest && !keepFile.has(decisionEntry(face.latest).key) ? { latest: face.latest } : {};
  return { votes: face.votes.filter((v) => !keepFile.has(voteEntry(v).key)), ...latest, conflicts, said };
}

/** An entry recorded on a face and one typed in the file since, not chosen between: the run stops, each said where the officer keeps one. */
export class FaceDiffers extends Error {
  constructor(
    head: string,
    readonly conflicts: readonly FaceFileConflict[],
  ) {
    super([head, ...conflicts.map((c) => c.line)].join('\n'));
  }
}

/** Why a run waits for the officer to keep one entry of each conflict: said above them. */
export const facesDiffer = (file: string) => `Điều Hội đồng ghi trên trang khác điều ghi trong ${file} chọn lại; thidua không tự chọn, chưa chấm tệp nào:`;

// Made for: nothing the council typed is lost or chosen silently between the standalone page and its tong-hop.xlsx.
