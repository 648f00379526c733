// `Rà soát`: every flag of every unit, one row each, with the council's decision columns
// (pre-filled from decisions already taken, so re-scoring keeps them; rows thidua could not read written back as typed).
import { flagTitle } from '../checks/titles.js';
import { awaitsDecision, decisionKindOf, namesNoFlag, REVIEW_STATE_LABEL, reviewState, UNREAD_STATE_LABEL, type CouncilDecision, type DateCell, type DecisionKind, type TypedDate, type TypedReviewRow, type UnreadDecision } from '../council/decision.js';
import { decidedBeforeListing, flagListedKey, type FirstListed } from '../council/first-listed.js';
import type { CellValue } from '../cell.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { isForReport } from '../scoring/score.js';
import { cellAddress } from '../text.js';
import { decisionDate, formatDateVi, isoToDate } from '../values.js';
import { FILL, SEVERITY_LABEL } from './plan-scored-sheet.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { withPrintLayout } from '../sheet/print-layout.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';
import { inGroupParts, partLine, partName } from './table-sheet.js';
import { EDITED_TITLE, editedNote, heldState } from './edited-decisions.js';

export const REVIEW_SHEET = 'Rà soát';
/** A1 of every `Rà soát` thidua writes: how a later run knows the sheet is its own. */
export const REVIEW_TITLE = 'RÀ SOÁT CẢNH BÁO — HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG';

export const REVIEW_HEADERS = [
  'STT',
  'Đơn vị',
  'Trang',
  'Ô',
  'Cảnh báo',
  'Mức độ',
  'Nội dung',
  'Bước',
  'Quyết định',
  'Người rà soát',
  'Ngày',
  'Ý kiến',
] as const;

/** The words officers type in `Quyết định`; whoever reads the sheet back maps them with these. */
export const DECISION_LABEL: Record<DecisionKind, string> = {
  accept: 'Chấp nhận',
  explain: 'Giải trình',
  reject: 'Bác số liệu',
};

/**
 * The word «Quyết định» shows for a decision: the council's own as it typed it («Đồng ý», «Yêu cầu giải trình»), when
 * it still says that decision; else thidua's word for it (a decision taken on a face has none of its own).
 */
export function decisionWord(kind: DecisionKind, typed: string | undefined): string {
  return typed !== undefined && decisionKindOf(typed) === kind ? typed : DECISION_LABEL[kind];
}

/**
 * «Bước» of a flag's rows: its first review (with where the review stands), then, once the council asks for an
 * explanation, a row for the unit's answer (typed in «Ý kiến») and a row for the council's second decision.
 */
export const REVIEW_STEP = { first: 'Lần 1', explanation: 'Giải trình của đơn vị', second: 'Quyết định lần 2' } as const;

/** Title of the list of decisions whose flag no longer exists, under the flags. */
export const ORPHANS_TITLE = 'Quyết định không còn cảnh báo';

/**
 * The report that still carries, at a kept decision's sheet and cell, its flag under another unit's name (the name
 * retyped on «Rà soát»: «Hội LHPN xã Ta Ma» for «Hội Liên hiệp Phụ nữ xã Ta Ma»): the flag stands, undecided — the
 * decision is kept under ORPHANS_TITLE yet never said or counted as a flag gone, on any face.
 */
export function standingUnder<U extends { sheet: string; flags?: readonly { code: string; cell?: string | undefined }[] | undefined }>(d: Pick<CouncilDecision, 'sheet' | 'cell' | 'flagCode'>, units: readonly U[]): U | undefined {
  return units.find((c) => c.sheet === d.sheet && (c.flags ?? []).some((f) => f.code === d.flagCode && (f.cell ?? '') === (d.cell ?? '')));
}

/**
 * Whether the run scored a report of the decision's unit: without one (its file taken out of the folder, its sheet
 * renamed), its flag is not gone but unread, and the council is told so, not that its figure no longer raises it.
 */
export const reported = (d: Pick<CouncilDecision, 'sheet' | 'unitName'>, cards: readonly ScoreCard[]): boolean => cards.some((c) => isForReport(d, c, c.unitName));

/**
 * Why such a decision is not applied, as the run says it and the closed round's minutes print it: `typed`, the name on
 * «Rà soát» (`review`, its name); `named`, the report sheet's.
 */
export const retypedWhy = (typed: string, named: string, review: string) =>
  `tên đơn vị «${typed}» ghi ở «${review}» khác tên «${named}» của trang ấy, nên không áp cho cảnh báo ấy (cảnh báo vẫn còn, tính là chưa quyết định)`;

/** What the flags' table holds when there is none. */
export const NO_FLAGS_LINE = 'Không có cảnh báo nào.';

/** Row of the header; flags start on the next row. */
export const REVIEW_HEADER_ROW = 4;

const HEADER: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };
const TEXT: CellFormat = { wrap: true };

/** One row of the sheet: its values, formats, and the notes on its cells (column index → text). */
type Line = { values: CellValue[]; formats: (CellFormat | null)[]; notes: { col: number; text: string }[] };

const FLAG_FORMATS = [null, TEXT, TEXT, null, TEXT] as const;
/** «Nội dung» to «Ý kiến»: what the flag says and the review, wrapped (a comment or a held row's step reads whole on paper). */
const REVIEW_FORMATS = [TEXT, TEXT, TEXT, TEXT, null, TEXT] as const;
const FOLLOW_FORMATS: (CellFormat | null)[] = [...FLAG_FORMATS, null, null, { ...TEXT, italic: true }, TEXT, TEXT, null, TEXT];
const NOTE_COLUMN = { decision: REVIEW_HEADERS.indexOf('Quyết định'), date: REVIEW_HEADERS.indexOf('Ngày'), comment: REVIEW_HEADERS.indexOf('Ý kiến') };

/**
 * @param decisions the council's decisions, pre-filled on their flag's rows
 * @param unread flags whose rows could not be read: written back as typed, each cell not understood with its note
 */
export function planReview(cards: readonly ScoreCard[], decisions: readonly CouncilDecision[] = [], unread: readonly UnreadDecision[] = []): SheetEdit {
  return planReviewSheets(cards, decisions, unread)[0]!;
}

/**
 * `Rà soát` as planReview writes it, or, past `partRows` rows of flags, in sheets of its own (partName: «Rà soát
 * (phần 2)»…), each with the title, the lines under it, a line saying which rows it holds (what tells a part from a
 * copy: council-sheets.ts) and the header; a flag's rows never straddle two parts, so each part reads on its own; the
 * decisions whose flag is gone on the last part.
 * Cut as thidua cuts it, never where the council cut it (as «Biểu quyết» is, plan-votes.ts councilCuts): the rows are
 * thidua's flags in list order (band, then score: list-order.ts), which the council's own typing here moves — a «Bác số
 * liệu» withdraws the figure's points (the set's default policy), and its unit's flags can move down the list the next run —,
 * and only a flag the council typed on has a cell read (read-review.ts typedAt): an untouched flag's part would be a
 * guess. Every decision is read from whichever part held it and written on its flag's row; a part no longer written is
 * said (summary-sheets.ts partsNotWritten), and so is each decision now on another part than typed (core/run/rows-moved.ts).
 */
export function planReviewSheets(cards: readonly ScoreCard[], decisions: readonly CouncilDecision[] = [], unread: readonly UnreadDecision[] = [], partRows = Infinity, listed: FirstListed = {}): SheetEdit[] {
  const used = new Set<CouncilDecision | UnreadDecision>();
  // A decision held because its figure was edited since is never on its flag's row: that row waits for the council's new one.
  const find = <T extends CouncilDecision | UnreadDecision>(list: readonly T[], card: ScoreCard, code: string, cell: string | undefined) => {
    const d = list.find((x) => !('edited' in x && x.edited) && x.flagCode === code && (x.cell ?? '') === (cell ?? '') && isForReport(x, card, card.unitName));
    if (d) used.add(d);
    return d;
  };
  const line = (values: CellValue[], formats: (CellFormat | null)[], notes: Line['notes'] = []): Line => ({ values, formats, notes });
  /** A row's first columns, its step, then its review; «Ngày» a date cell under its number format when typed as one. */
  const review = (columns: CellValue[], step: string, [decision, reviewer, date, comment]: [CellValue, CellValue, TypedDay, CellValue], formats: (CellFormat | null)[], notes: Line['notes'] = []) =>
    line([...columns, step, decision, reviewer, date.value, comment], date.numberFormat ? formats.map((f, i) => (i === NOTE_COLUMN.date ? { ...f, numberFormat: date.numberFormat } : f)) : formats, notes);

  /** A «Ngày» before the flag was first listed (first-listed.ts): noted at that cell, the date kept as typed. */
  const early = (d: CouncilDecision, date: string): Line['notes'] => {
    const words = decidedBeforeListing(date, listed[flagListedKey(d)] ?? '');
    return words ? [{ col: NOTE_COLUMN.date, text: `Quyết định ${words}.` }] : [];
  };
  /** A flag's rows: its first review, then — once the council asked for an explanation — the unit's answer and the second decision. */
  const decided = (flagColumns: CellValue[], follows: CellValue[], formats: (CellFormat | null)[], d: CouncilDecision | undefined): Line[] => [
    review(flagColumns, d ? stepLabel(d) : REVIEW_STEP.first, d ? [decisionWord(d.decision, d.typed), d.reviewer, day(d.date, d.typedDate), d.comment] : ['', '', NO_DAY, ''], formats, d ? early(d, d.date) : []),
    ...(!d || (d.decision !== 'explain' && !d.explanation && !d.second)
      ? []
      : [
          review(follows, REVIEW_STEP.explanation, ['', d.explanation?.by ?? '', day(d.explanation?.date ?? '', d.explanation?.typedDate), d.explanation?.text ?? ''], FOLLOW_FORMATS),
          review(follows, REVIEW_STEP.second, [d.second ? decisionWord(d.second.decision, d.second.typed) : '', d.second?.reviewer ?? '', day(d.second?.date ?? '', d.second?.typedDate), d.second?.comment ?? ''], FOLLOW_FORMATS, early(d, d.second?.date ?? '')),
        ]),
  ];
  /** A flag held as typed: every row as the council typed it, each cell not understood marked and noted. */
  const held = (flagColumns: CellValue[], follows: CellValue[], formats: (CellFormat | null)[], u: UnreadDecision): Line[] => {
    const typed = (row: TypedReviewRow | undefined): [CellValue, CellValue, TypedDay, CellValue] => [row?.decision ?? '', row?.reviewer ?? '', heldDay(row), row?.comment ?? ''];
    const marked = (base: (CellFormat | null)[], row: TypedReviewRow | undefined) =>
      base.map((f, i) => (row?.notes.some((n) => NOTE_COLUMN[n.column] === i) ? { ...f, fill: FILL.warning } : f));
    const notes = (row: TypedReviewRow | undefined) => (row?.notes ?? []).map((n) => ({ col: NOTE_COLUMN[n.column], text: n.text }));
    const state = u.edited ? ` · ${heldState(u)}` : awaitsDecision(u) ? '' : ` · ${UNREAD_STATE_LABEL}`;
    return [
      review(flagColumns, `${REVIEW_STEP.first}${state}`, typed(u.first), marked(formats, u.first), notes(u.first)),
      ...(u.first?.kind !== 'explain' && !u.explanation && !u.second
        ? []
        : [
            review(follows, REVIEW_STEP.explanation, typed(u.explanation), marked(FOLLOW_FORMATS, u.explanation), notes(u.explanation)),
            review(follows, REVIEW_STEP.second, typed(u.second), marked(FOLLOW_FORMATS, u.second), notes(u.second)),
          ]),
    ];
  };

  const flags: Line[][] = [];
  let numbered = 0;
  for (const card of cards) {
    for (const flag of card.flags) {
      const flagColumns = [++numbered, card.unitName, card.sheet, flag.cell ?? '', flagTitle(flag.code), SEVERITY_LABEL[flag.severity], flag.message];
      const follows = [null, card.unitName, card.sheet, flag.cell ?? '', flagTitle(flag.code), null, null];
      const severity = flag.severity === 'error' ? { fill: FILL.error } : flag.severity === 'warning' ? { fill: FILL.warning } : null;
      const formats = [...FLAG_FORMATS, severity, ...REVIEW_FORMATS];
      const d = find(decisions, card, flag.code, flag.cell);
      const u = d ? undefined : find(unread, card, flag.code, flag.cell);
      flags.push(u ? held(flagColumns, follows, formats, u) : decided(flagColumns, follows, formats, d));
    }
  }
  // Decisions whose flag is gone (the figure was corrected, the unit not in this run) are kept, listed apart; so are
  // the flags held as typed, and rows typed without their sheet or flag. Decisions held because their figure was edited
  // since are kept in a table of their own, «Nội dung» saying why.
  const apart = (list: readonly (CouncilDecision | UnreadDecision)[], why: (d: CouncilDecision | UnreadDecision) => string) =>
    list.flatMap((d, i): Line[] => {
      const flagColumns = [i + 1, d.unitName, d.sheet, d.cell ?? '', flagTitle(d.flagCode), '', why(d)];
      const follows = [null, d.unitName, d.sheet, d.cell ?? '', flagTitle(d.flagCode), null, null];
      const formats = [...FLAG_FORMATS, null, ...REVIEW_FORMATS];
      return 'decision' in d ? decided(flagColumns, follows, formats, d) : held(flagColumns, follows, formats, d);
    });
  const left = [...decisions, ...unread].filter((d) => !used.has(d));
  const isEdited = (d: CouncilDecision | UnreadDecision) => 'edited' in d && d.edited !== undefined;
  const orphanWhy = (d: CouncilDecision | UnreadDecision) => {
    const standing = standingUnder(d, cards);
    return standing ? `(tên đơn vị khác tên «${standing.unitName}» của trang: cảnh báo vẫn còn, chưa quyết định)` : reported(d, cards) ? '(cảnh báo không còn)' : '(lần chấm này không có báo cáo của đơn vị)';
  };
  const orphanRows = apart(left.filter((d) => !isEdited(d)), (d) => (namesNoFlag(d) ? '(chưa ghi trang và cảnh báo)' : orphanWhy(d)));
  const editedRows = apart(left.filter(isEdited), (d) => editedNote(d as UnreadDecision));

  if (flags.length === 0) flags.push([line(REVIEW_HEADERS.map((_, i) => (i === 1 ? NO_FLAGS_LINE : null)), REVIEW_HEADERS.map(() => null))]);
  const parts = inGroupParts(flags, partRows);
  let before = 0;
  return parts.map((lines, p) => {
    const last = p + 1 === parts.length;
    // Each table under the flags: its title, a blank row above it.
    const tables = (last ? ([[ORPHANS_TITLE, orphanRows], [EDITED_TITLE, editedRows]] as const) : []).filter(([, rows]) => rows.length > 0);
    const split = parts.length > 1 ? [partLine(p + 1, parts.length, before + 1, before + lines.length, last ? undefined : partName(REVIEW_SHEET, p + 2))] : [];
    before += lines.length;
    // The part line under the lines, the header one row lower.
    const headerRow = REVIEW_HEADER_ROW + split.length;
    const noteOf = (first: number) => (l: Line, i: number) => l.notes.map((n) => ({ address: cellAddress(first + i, n.col + 1), text: n.text }));
    let below = headerRow + lines.length + 1;
    const placed = tables.map(([title, rows]) => {
      const at = below + 3;
      below = at + rows.length + 1;
      return { title, rows, at };
    });
    const notes = [...lines.flatMap(noteOf(headerRow + 1)), ...placed.flatMap((t) => t.rows.flatMap(noteOf(t.at + 1)))];
    const sheet = withRowHeights({
      sheet: partName(REVIEW_SHEET, p + 1),
      mode: 'replace',
      blocks: [
        {
          address: 'A1',
          values: [
            [REVIEW_TITLE],
            [`Cột Quyết định: ${Object.values(DECISION_LABEL).join(' / ')}. Ngày ghi dd/mm/yyyy.`],
            // Where the unit writes its explanation, said once under the decision words.
            [`Giải trình: đơn vị ghi vào cột Ý kiến ở dòng «${REVIEW_STEP.explanation}».`],
            ...split.map((l) => [l]),
          ],
          format: { bold: true },
        },
        {
          address: `A${headerRow}`,
          values: [[...REVIEW_HEADERS], ...lines.map((l) => l.values)],
          cellFormats: [REVIEW_HEADERS.map(() => HEADER), ...lines.map((l) => l.formats)],
        },
        ...placed.flatMap((t) => [
          { address: `A${t.at - 1}`, values: [[t.title]], format: { bold: true } },
          {
            address: `A${t.at}`,
            values: [[...REVIEW_HEADERS], ...t.rows.map((l) => l.values)],
            cellFormats: [REVIEW_HEADERS.map(() => HEADER), ...t.rows.map((l) => l.formats)],
          },
        ]),
      ],
      ...(notes.length > 0 ? { notes } : {}),
      // Narrow enough for one A4 width at a readable size; long names and messages wrap.
      columnWidths: widthsFromA([5, 18, 12, 6, 15, 9, 34, 14, 12, 13, 11, 24]),
      freeze: { rows: headerRow, columns: 0 },
    });
    return withPrintLayout(sheet, { titleRows: `$${headerRow}:$${headerRow}` });
  });
}

/** «Ngày» as written: its value, and a date cell's number format. */
type TypedDay = { value: CellValue; numberFormat?: string };
const NO_DAY: TypedDay = { value: '' };

/**
 * A date as the council typed it while it still says the date — text as typed, a date cell as a date cell under its
 * number format —; else as every date of the sheet.
 */
function day(iso: string, typed: TypedDate): TypedDay {
  if (!iso) return NO_DAY;
  if (typed === undefined || (typeof typed === 'string' && decisionDate(typed) !== iso)) return { value: formatDateVi(iso) };
  return typeof typed === 'string' ? { value: typed } : dateCellDay(iso, typed);
}

/** A held row's «Ngày»: as typed, a date cell again a date cell. */
function heldDay(row: TypedReviewRow | undefined): TypedDay {
  const iso = row?.dateCell && decisionDate(row.date);
  return iso ? dateCellDay(iso, row.dateCell!) : { value: row?.date ?? '' };
}

function dateCellDay(iso: string, cell: DateCell): TypedDay {
  return { value: isoToDate(iso)!, ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}) };
}

/** «Lần 1 · chờ giải trình»: the first row's step, with where its review stands once an explanation was asked for. */
function stepLabel(d: CouncilDecision): string {
  const state = reviewState(d);
  return state === 'decided' ? REVIEW_STEP.first : `${REVIEW_STEP.first} · ${REVIEW_STATE_LABEL[state]}`;
}
