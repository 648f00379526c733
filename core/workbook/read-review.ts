// Reads the council's decisions back from a `Rà soát` sheet, typed by hand (in Excel, LibreOffice, on a
// printout copied back) or recorded by the pane: every run reads them before it rewrites the sheet, so a
// decision is never lost. Decision words are read leniently; a flag whose rows hold a word or a date that cannot be
// read, or a row that names no flag, is named by its cell and held as typed (never applied, written back as it
// was), so nothing typed is lost.
import { flagCodeOf } from '../checks/titles.js';
import type { SheetGrid } from '../sheet/cell.js';
import { addTo } from '../grouped.js';
import { formulasWithoutResult } from '../sheet/formula-cell.js';
import { cellAddress, labelLookup, matchesHeader, normalizeLabel } from '../text.js';
import { cellText, decisionDate, formatDateVi } from '../values.js';
import { decisionKindOf, namesNoFlag, type CouncilDecision, type DateCell, type TypedReviewRow, type UnreadDecision } from '../council/decision.js';
import { flagOfUnit, type TypedReview } from '../council/merge.js';
import { flagTitle } from '../checks/titles.js';
import { twiceTyped, type CouncilConflict } from './council-conflicts.js';
import { mergedRowsIn, type MergedRows } from '../sheet/grid.js';
import { DECISION_LABEL, NO_FLAGS_LINE, ORPHANS_TITLE } from './plan-review.js';
import { EDITED_TITLE, heldWhyIn } from './edited-decisions.js';
import { keptCellsOf, type KeptCells, type TableLayout } from './kept-cells.js';

const COLUMNS = {
  unitName: ['Đơn vị'],
  sheet: ['Trang'],
  cell: ['Ô'],
  // «Cảnh báo» holds the flag's title; sheets from before titles held the code in «Mã cảnh báo».
  flagCode: ['Cảnh báo', 'Mã cảnh báo'],
  decision: ['Quyết định'],
  reviewer: ['Người rà soát', 'Người quyết định'],
  date: ['Ngày', 'Ngày quyết định'],
  comment: ['Ý kiến', 'Ghi chú'],
  // Which step of the review a row holds (Lần 1, Giải trình của đơn vị, Quyết định lần 2); sheets without it hold first reviews.
  step: ['Bước'],
  // What the flag says; under «Quyết định trên số liệu đã sửa sau đó», why the decision is held (the cells edited).
  message: ['Nội dung'],
} as const;
type Column = keyof typeof COLUMNS;

export type ReviewReadProblem = { cell: string; message: string };
/**
 * `conflicts`: flags typed twice, decisions typed over several rows (council-conflicts.ts): none of them applied.
 * `typedAt`: each flag's first review by its flag of a unit (flagOfUnit), the cell its decision (or its words) was typed
 * in: what names it when another file holds another decision for it (core/run/council-work.ts).
 */
export type ReadReview = TypedReview & { problems: ReviewReadProblem[]; conflicts: CouncilConflict[]; typedAt: Record<string, string>; kept: KeptCells };

type Step = 'first' | 'explanation' | 'second';
/** A row as typed, with its date read ('' blank, undefined unreadable). */
type Row = { typed: TypedReviewRow; iso: string | undefined };
/** A flag's rows; `at`: its first review's cell; `merged`: typed in a cell merged over several rows (never applied). */
/** `edited`: read under the table of decisions whose figure was edited since, with the cells its «Nội dung» names. */
/** `twice`: a later step typed twice for it, saying different things (never applied). */
type Trail = { sheet: string; unitName: string; flagCode: string; cell: string; rows: Partial<Record<Step, Row>>; at?: string; merged?: boolean; twice?: boolean; edited?: UnreadDecision['edited'] };

/** What the run says after naming a cell it cannot read: the flag is held, its rows as typed. */
const HELD = 'đã giữ nguyên chữ đã ghi, cảnh báo này tính là chưa quyết định';
/** The same, for a row that names no flag. */
const HELD_UNFLAGGED = 'đã giữ nguyên chữ đã ghi, chưa áp cho cảnh báo nào';
/** What a run does with words typed where it would not write them back (a note right of the table, a line under it). */
const STRAY_KEPT = `chép nguyên văn xuống bảng «${ORPHANS_TITLE}» cuối trang để không mất, không áp cho cảnh báo nào`;
/** The lines thidua itself writes between the tables' rows. */
const OWN_LINES = new Set([ORPHANS_TITLE, EDITED_TITLE, NO_FLAGS_LINE]);

/** Words typed outside the review's columns, as a row naming no flag: written back under the tables, read back as such. */
function strayRow(cell: string, text: string): Trail {
  const note = { column: 'comment' as const, text: `Chữ Hội đồng ghi ở ô ${cell} (ngoài các cột thidua ghi lại), chép vào đây để không mất; không áp cho cảnh báo nào.` };
  return { sheet: '', unitName: '', flagCode: '', cell: '', rows: { first: { typed: { decision: '', reviewer: '', date: '', comment: text, notes: [note] }, iso: '' } } };
}

export function readReviewDecisions(typedGrid: SheetGrid): ReadReview {
  // A formula the file holds no result of is read as typed («=…»), never as a blank cell.
  const grid = formulasWithoutResult(typedGrid);
  // The council's formulas and its own columns, kept in place by the next plan (kept-cells.ts): not words outside.
  const { kept: keptAt, ...kept } = keptCellsOf(grid, REVIEW_LAYOUT);
  const problems: ReviewReadProblem[] = [];
  const originRow = grid.origin?.row ?? 1;
  const originCol = grid.origin?.col ?? 1;
  const lookup = labelLookup(COLUMNS);
  let columns: Partial<Record<Column, number>> | undefined;
  const trails: Trail[] = [];
  /** Rows of a later step (the unit's explanation, the second decision), joined to their flag's first review once every row is read. */
  const followUps: { key: string; step: Exclude<Step, 'first'>; line: Row; where: string; after: number; underEdited: boolean; unflagged: boolean; merged: boolean; trail: Trail }[] = [];
  const conflicts: CouncilConflict[] = [];
  const merges = new Map<number, Map<number, MergedRows>>();
  /** The merge over several rows whose first cell is this row's in `key`'s column. */
  const mergedAt = (r: number, key: Column) => {
    const col = originCol + columns![key]!;
    if (!merges.has(col)) merges.set(col, mergedRowsIn(grid, col));
    return merges.get(col)!.get(originRow + r);
  };

  /** The last column of the table's header: a cell right of it is none of thidua's. */
  let lastColumn = -1;
  /** Words typed where a run would not write them back, each kept as a row of its own (strayRow). */
  const stray = (r: number, c: number, text: string) => {
    const cell = cellAddress(originRow + r, originCol + c);
    if (keptAt.has(cell)) return;
    problems.push({ cell, message: `«${text}» ghi ngoài các cột thidua ghi lại: ${STRAY_KEPT}` });
    trails.push(strayRow(cell, text));
  };

  /** Columns within the table that are none of thidua's (the council inserted them): every word in them is kept as words outside. */
  let councilColumns = new Set<number>();
  /** The table's header row as typed: a column is named to the council by its own title. */
  let headerRow: (typeof grid.values)[number] = [];
  /** Whether the rows read are under the table of decisions whose figure was edited since (its title above its header). */
  let underEdited = false;
  grid.values.forEach((row, r) => {
    const titled = (title: string) => row.some((v) => cellText(v) === title);
    if (titled(EDITED_TITLE)) underEdited = true;
    else if (titled(ORPHANS_TITLE)) underEdited = false;
    const heads = reviewHeader(row, lookup);
    // A header row (the flags' table, or the «Quyết định không còn cảnh báo» table under it).
    const textAt = (c: number) => cellText(row[c] ?? null);
    if (heads) {
      columns = heads;
      headerRow = row;
      const ours = headerColumns(row, heads, UNREAD_HEADERS);
      lastColumn = Math.max(lastColumn, ...ours);
      // A column the council added to the table (its own notes, headed or not) is not written again: its words are kept as words outside.
      councilColumns = new Set(Array.from({ length: lastColumn + 1 }, (_, c) => c).filter((c) => !ours.has(c)));
      for (let c = 0; c < row.length; c++) if (!ours.has(c) && textAt(c) !== '') stray(r, c, textAt(c));
      return;
    }
    // Above the table thidua writes its title and lines in column A alone; right of it, nothing.
    for (let c = columns ? lastColumn + 1 : 1; c < row.length; c++) if (textAt(c) !== '') stray(r, c, textAt(c));
    if (!columns) return;
    for (const c of councilColumns) if (textAt(c) !== '') stray(r, c, textAt(c));
    const at = (key: Column) => (columns![key] === undefined ? null : (row[columns![key]!] ?? null));
    const address = (key: Column) => cellAddress(originRow + r, originCol + columns![key]!);
    const step = stepOf(cellText(at('step')));
    const typed = cellText(at('decision'));
    const said = cellText(at('comment'));
    const sheet = cellText(at('sheet'));
    const flagText = cellText(at('flagCode'));
    const words = [typed, said, cellText(at('reviewer')), cellText(at('date'))].some((t) => t !== '');
    // A first review with words and no decision yet (a comment, a reviewer) is kept on its row, undecided; a
    // follow-up row is read by its answer or its decision alone.
    const skipped = step === 'first' ? !words : step === 'explanation' ? said === '' : typed === '';
    if (skipped) {
      // A row of no flag holds only what the council typed (a line under the table), bar thidua's own lines; a
      // follow-up row's words without its answer or decision would not be written back.
      const own = sheet === '' && flagText === '';
      for (let c = 0; c <= lastColumn; c++) {
        if (councilColumns.has(c)) continue;
        const text = textAt(c);
        const review = [columns.decision, columns.reviewer, columns.date, columns.comment].includes(c);
        if (text !== '' && (own ? !OWN_LINES.has(text) && c !== columns.step : words && review)) stray(r, c, text);
      }
      return;
    }
    // An unknown wording is kept as it is: the decision then lands in «Quyết định không còn cảnh báo», not lost.
    const flagCode = flagCodeOf(flagText) ?? flagText;
    // A row's words are said where they are: its decision, else (an answer, a note not yet decided) its «Ý kiến».
    const saidIn: Column = step === 'explanation' || typed === '' ? 'comment' : 'decision';
    const where = address(saidIn);
    const notes: TypedReviewRow['notes'] = [];
    // One note a cell: what else is said of that cell joins it.
    const note = (column: TypedReviewRow['notes'][number]['column'], text: string) => {
      const other = notes.find((n) => n.column === column);
      if (other) other.text = `${other.text} ${text}`;
      else notes.push({ column, text });
    };
    // A row that names no flag applies to none; it is held as typed, and written back with a note, until it names one.
    const unflagged = namesNoFlag({ sheet, flagCode });
    if (unflagged) {
      problems.push({ cell: where, message: `${saidIn === 'decision' ? 'quyết định' : `dòng ghi «${said}»`} không kèm trang và cảnh báo: không biết áp cho cảnh báo nào; ${HELD_UNFLAGGED}` });
      note(saidIn, 'Dòng này chưa ghi Trang và Cảnh báo nên chưa áp cho cảnh báo nào: hãy ghi đủ hai cột ấy.');
    }
    const held = (cell: string, column: TypedReviewRow['notes'][number]['column'], what: string, ask: string) => {
      problems.push({ cell, message: `không hiểu ${what} (${ask}); ${HELD}` });
      note(column, `Chưa hiểu ${what}: hãy ${ask}. Cảnh báo này tính là chưa quyết định.`);
    };
    // A decision word typed beside an empty «Quyết định» (in «Người rà soát», «Ngày» or «Ý kiến») is no decision until
    // typed there: said at its cell and on the empty one, neither taken by guess nor passed over as a comment or a date.
    const beside = step === 'first' && typed === '' && columns.decision !== undefined ? (['reviewer', 'date', 'comment'] as const).filter((key) => decisionKindOf(cellText(at(key))) !== undefined) : [];
    for (const key of beside) {
      const word = cellText(at(key));
      const title = cellText(headerRow[columns[key]!] ?? null);
      problems.push({ cell: address(key), message: `«${word}» ghi ở cột «${title}» khi ô «Quyết định» ${address('decision')} còn trống: chưa áp dụng — nếu đó là quyết định của Hội đồng, hãy ghi vào ô ${address('decision')} rồi chấm lại; ${HELD}` });
      note('decision', `Ô này còn trống; «${word}» ghi ở cột «${title}» của dòng này chưa được áp dụng: nếu đó là quyết định của Hội đồng, hãy ghi vào ô này rồi chấm lại. Cảnh báo này tính là chưa quyết định.`);
    }
    const dateCell = at('date');
    const iso = decisionDate(dateCell);
    if (iso === undefined && !beside.includes('date')) held(address('date'), 'date', `ngày «${cellText(dateCell)}»`, 'ghi ngày dd/mm/yyyy');
    // The explanation row's answer is its «Ý kiến»; only the review rows hold a decision word.
    const kind = step === 'explanation' || typed === '' ? undefined : decisionKindOf(typed);
    if (step !== 'explanation' && typed !== '' && !kind) held(address('decision'), 'decision', `quyết định «${typed}»`, 'ghi Chấp nhận, Giải trình hoặc Bác số liệu');
    const line: Row = {
      typed: {
        decision: typed,
        ...(kind ? { kind } : {}),
        reviewer: cellText(at('reviewer')),
        // A date as typed, read or not; a date cell worded as every date of the sheet, and kept a date cell.
        ...(iso && typeof dateCell !== 'string' ? { date: formatDateVi(iso), dateCell: dateCellOf(grid.formats?.[r]?.[columns.date!]) } : { date: cellText(dateCell) }),
        comment: said,
        notes,
      },
      iso,
    };
    const cell = cellText(at('cell'));
    const unitName = cellText(at('unitName'));
    const key = trailKey({ sheet, flagCode, cell, unitName, rows: {} });
    const merged = mergedAt(r, step === 'explanation' ? 'comment' : 'decision');
    if (merged) {
      conflicts.push({
        cells: [merged.range],
        message: `«${step === 'explanation' ? said : typed}» ghi trong ô gộp ${merged.range}, trải qua ${merged.bottom - merged.top + 1} dòng: thidua không áp cho cảnh báo nào (không tự áp cho dòng đầu hay cho mọi dòng). Hãy bỏ gộp ô và ghi ở từng dòng.`,
      });
    }
    const edited = underEdited ? { edited: heldWhyIn(cellText(at('message'))) } : {};
    // The unit's explanation and the second decision are found by the flag their row names, wherever the row stands
    // (a sheet sorted or filtered in Excel moves them off the rows under their first review): read once every row is.
    if (step !== 'first') {
      followUps.push({ key, step, line, where, after: trails.length, underEdited, unflagged, merged: merged !== undefined, trail: { sheet, unitName, flagCode, cell, rows: {}, ...edited } });
      return;
    }
    const trail: Trail = { sheet, unitName, flagCode, cell, rows: { first: line }, at: where, ...edited, ...(merged ? { merged: true } : {}) };
    trails.push(trail);
  });
  // Each follow-up row joins its flag's first review: the nearest above it, as thidua writes them, else the nearest
  // below it in the same table (the sheet sorted). Without one it is held, said at its cell.
  const orphans = new Map<string, Trail>();
  const steps: { trail: Trail; step: Exclude<Step, 'first'>; where: string; line: Row }[] = [];
  // Every first review by its flag, in sheet order (the trails read so far are first reviews only), with its place.
  const firsts = new Map<string, { trail: Trail; index: number }[]>();
  trails.forEach((trail, index) => {
    if (trail.rows.first !== undefined) addTo(firsts, trailKey(trail), { trail, index });
  });
  for (const f of followUps) {
    // A row naming no flag joins nothing (it is held alone, as words typed outside are).
    const same = f.unflagged ? [] : (firsts.get(f.key) ?? []);
    const above = same.findLast((t) => t.index < f.after)?.trail;
    let trail = above ?? same.find((t) => t.index >= f.after && (t.trail.edited !== undefined) === f.underEdited)?.trail;
    if (!trail) {
      // The later steps of one flag typed without its first review are held together; a row naming no flag, alone.
      const orphanKey = `${f.key}\u0000${f.underEdited}`;
      trail = f.unflagged ? undefined : orphans.get(orphanKey);
      if (!trail) {
        trail = f.trail;
        trails.push(trail);
        if (!f.unflagged) orphans.set(orphanKey, trail);
      }
      if (!f.unflagged) {
        const label = f.step === 'explanation' ? 'Giải trình của đơn vị' : 'Quyết định lần 2';
        problems.push({ cell: f.where, message: `dòng «${label}» không có quyết định lần 1 của cùng cảnh báo (cùng đơn vị, trang, ô và cảnh báo) trong trang: chưa được ghi nhận; ${HELD}` });
        const column = f.step === 'explanation' ? 'comment' : 'decision';
        const text = `Dòng «${label}» không có quyết định lần 1 của cùng cảnh báo trong trang: chưa được ghi nhận. Hãy ghi quyết định lần 1 trước.`;
        const other = f.line.typed.notes.find((n) => n.column === column);
        if (other) other.text = `${other.text} ${text}`;
        else f.line.typed.notes.push({ column, text });
      }
    }
    if (f.merged) trail.merged = true;
    steps.push({ trail, step: f.step, where: f.where, line: f.line });
  }
  // A step typed twice for one flag (a «Quyết định lần 2» row copied and changed): neither is applied, as two first reviews.
  const trailIndex = new Map(trails.map((t, i) => [t, i]));
  const stepTwice = twiceTyped(
    steps.map((s) => ({
      key: `${trailIndex.get(s.trail)}\u0000${s.step}`,
      cells: s.where,
      label: `${s.trail.unitName} — cảnh báo «${flagTitle(s.trail.flagCode)}»${s.trail.cell ? ` ô ${s.trail.cell}` : ''}, dòng «${s.step === 'explanation' ? 'Giải trình của đơn vị' : 'Quyết định lần 2'}»`,
      shown: `«${s.step === 'explanation' ? s.line.typed.comment : s.line.typed.decision}»`,
      holds: JSON.stringify({ ...s.line.typed, dateCell: undefined, notes: [] }),
    })),
    'dòng',
  );
  conflicts.push(...stepTwice.conflicts);
  for (const s of steps) {
    if (stepTwice.keys.has(`${trailIndex.get(s.trail)}\u0000${s.step}`)) s.trail.twice = true;
    s.trail.rows[s.step] ??= s.line;
  }
  // A flag with two first reviews that say different things: neither is applied.
  const twice = twiceTyped(
    trails.flatMap((t) =>
      t.at && t.rows.first && !namesNoFlag(t) && !t.edited
        ? [{ key: trailKey(t), cells: t.at, label: `${t.unitName} — cảnh báo «${flagTitle(t.flagCode)}»${t.cell ? ` ô ${t.cell}` : ''}`, shown: `«${t.rows.first.typed.decision}»`, holds: JSON.stringify([t.rows.first, t.rows.explanation, t.rows.second].map((x) => x && { ...x.typed, dateCell: undefined, notes: [] })) }]
        : [],
    ),
    'quyết định',
  );
  conflicts.push(...twice.conflicts);
  const read: TypedReview = { decisions: [], unread: [] };
  const typedAt: Record<string, string> = {};
  // A decision the council typed on the flag's row again replaces the one held because its figure was edited since.
  const decidedAgain = new Set(trails.filter((t) => !t.edited && (t.rows.first?.typed.decision ?? '') !== '').map(trailKey));
  for (const t of trails) {
    if (t.edited && decidedAgain.has(trailKey(t))) continue;
    if (t.at && !t.edited && !namesNoFlag(t)) typedAt[flagOfUnit(t)] ??= t.at;
    // Held, never applied until the council decides again, whatever it reads.
    const decision = t.merged || t.twice || t.edited || twice.keys.has(trailKey(t)) ? undefined : decisionOf(t);
    if (decision) read.decisions.push(decision);
    else {
      const { first, explanation, second } = t.rows;
      read.unread.push({
        sheet: t.sheet,
        unitName: t.unitName,
        flagCode: t.flagCode,
        ...(t.cell !== '' ? { cell: t.cell } : {}),
        ...(first ? { first: first.typed } : {}),
        ...(explanation ? { explanation: explanation.typed } : {}),
        ...(second ? { second: second.typed } : {}),
        ...(t.edited ? { edited: t.edited } : {}),
      });
    }
  }
  return { ...read, problems, conflicts, typedAt, kept };
}

/** A date cell with its number format, as the file gives it (a day typed as a plain number keeps «General»: it comes back the number typed). */
function dateCellOf(numberFormat: string | undefined): DateCell {
  return numberFormat ? { numberFormat } : {};
}

const trailKey = (t: Trail) => `${t.sheet}\u0000${t.flagCode}\u0000${t.cell}\u0000${t.unitName}`;

/** thidua's headers of «Rà soát» that no column is read by (written again from the run). */
const UNREAD_HEADERS = ['STT', 'Mức độ'];

/** «Rà soát»'s table as kept-cells.ts finds its rows: by the flag of a unit and the step a row holds. */
export const REVIEW_LAYOUT: TableLayout = {
  headerOf: (v) => {
    const key = labelLookup(COLUMNS)(v);
    return key ? COLUMNS[key][0] : UNREAD_HEADERS.find((h) => matchesHeader(v, [h]));
  },
  header: (row) => reviewHeader(row) !== undefined,
  keyOf: (at) => {
    const [sheet, flag] = [cellText(at('Trang')), cellText(at('Cảnh báo'))];
    if (sheet === '' || flag === '') return undefined;
    return [cellText(at('Đơn vị')), sheet, cellText(at('Ô')), flagCodeOf(flag) ?? flag, stepOf(cellText(at('Bước')))].join('\u0000');
  },
  label: (at) => `${cellText(at('Đơn vị'))} — cảnh báo «${cellText(at('Cảnh báo'))}»${cellText(at('Ô')) ? ` ô ${cellText(at('Ô'))}` : ''}, «${cellText(at('Bước'))}»`,
};

/**
 * The columns of a header row that thidua writes again: each column read (`heads`, the first of its labels) and the
 * first of each of `others`, headers thidua writes and does not read. Any other column — a note column the council
 * inserted, headed or not, or a second «Ghi chú» — is the council's, and is not written again as it stands.
 */
export function headerColumns(row: readonly unknown[], heads: Readonly<Record<string, number | undefined>>, others: readonly string[]): Set<number> {
  const ours = new Set(Object.values(heads).filter((c) => c !== undefined));
  for (const label of others) {
    const c = row.findIndex((v) => matchesHeader(v, [label]));
    if (c >= 0) ours.add(c);
  }
  return ours;
}

/** The columns of a header row of the review's tables (flag, decision and sheet named); undefined for any other row. */
export function reviewHeader(row: readonly unknown[], lookup = labelLookup(COLUMNS)): Partial<Record<Column, number>> | undefined {
  const heads: Partial<Record<Column, number>> = {};
  row.forEach((v, c) => {
    const key = lookup(v);
    if (key && heads[key] === undefined) heads[key] = c;
  });
  return heads.flagCode !== undefined && heads.decision !== undefined && heads.sheet !== undefined ? heads : undefined;
}

/** The trail as a decision, when every row of it reads; undefined when it is held as typed. */
function decisionOf(t: Trail): CouncilDecision | undefined {
  const { first, explanation, second } = t.rows;
  const rows = [first, explanation, second].filter((x) => x !== undefined);
  if (!first?.typed.kind || rows.some((x) => x.typed.notes.length > 0)) return undefined;
  // The word as typed («Đồng ý»), kept when it is not thidua's own: the sheet shows it again as the council wrote it.
  const word = (row: TypedReviewRow) => (row.kind && row.decision !== DECISION_LABEL[row.kind] ? { typed: row.decision } : {});
  // The date as typed, when thidua would write it otherwise (text worded otherwise, a date cell): the sheet shows it again as the council wrote it.
  const day = (row: Row) => (row.typed.dateCell ? { typedDate: row.typed.dateCell } : row.iso && row.typed.date !== formatDateVi(row.iso) ? { typedDate: row.typed.date } : {});
  return {
    sheet: t.sheet,
    unitName: t.unitName,
    flagCode: t.flagCode,
    ...(t.cell !== '' ? { cell: t.cell } : {}),
    decision: first.typed.kind,
    ...word(first.typed),
    reviewer: first.typed.reviewer,
    date: first.iso ?? '',
    ...day(first),
    comment: first.typed.comment,
    ...(explanation ? { explanation: { text: explanation.typed.comment, by: explanation.typed.reviewer, date: explanation.iso ?? '', ...day(explanation) } } : {}),
    ...(second?.typed.kind ? { second: { decision: second.typed.kind, ...word(second.typed), reviewer: second.typed.reviewer, date: second.iso ?? '', ...day(second), comment: second.typed.comment } } : {}),
  };
}

/** A row's step, from its «Bước» cell: anything not an explanation or a second decision is a first review. */
function stepOf(text: string): Step {
  const n = normalizeLabel(text);
  // «Lần 1 · đã giải trình, chờ quyết định lần 2»: a first review whose state names the second step.
  if (n.startsWith(normalizeLabel('Lần 1'))) return 'first';
  if (n.startsWith(normalizeLabel('Giải trình'))) return 'explanation';
  if (n.includes(normalizeLabel('lần 2'))) return 'second';
  return 'first';
}
