// `Tổng hợp`: the run's ranking, one table under one header with a row opening each subject kind, and the data of
// a chart of the scores. Its header prints on every page by the sheet's print titles; the proposals, what each
// unit would need and what was left out have sheets of their own (one header a sheet is all print titles repeat).
import { setName } from '../checks/criteria-set-mismatch.js';
import { citedBasis } from '../criteria/legal-basis.js';
import { namedMovement } from '../criteria/movement.js';
import type { AwardRound, CriteriaSet } from '../criteria/schema.js';
import { defaultRound, formsOfRound } from '../ranking/rounds.js';
import type { CellValue } from '../cell.js';
import type { AwardProposal, Ranking, Shortfall } from '../ranking/schema.js';
import { cardKey, type ScoreCard } from '../scoring/score-card.js';
import { rankedBandText } from '../ranking/rank.js';
import { columnLetter } from '../text.js';
import { formatDateVi, formatNumberVi, officerDay, periodText } from '../values.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { AWARD_LIST_SHEET } from './plan-award-list.js';
import { OMITTED_SHEET, planOmitted, type Omitted } from './plan-omitted.js';
import { planProposals, PROPOSALS_SHEET } from './plan-proposals.js';
import { runHeldElsewhere } from '../ranking/held-elsewhere.js';
import { planFormsNotes } from '../ranking/plan-forms.js';
import { noPlaceText } from '../ranking/awards.js';
import { planShortfall } from './plan-shortfall.js';
import { finishTableSheet, tableBlocks, tableSheets, TABLE_HEADER, TEXT } from './table-sheet.js';

export type { Omitted } from './plan-omitted.js';

export const SUMMARY_SHEET = 'Tổng hợp';
/** A1 of `Tổng hợp` for a set naming no movement of its own (and of every `Tổng hợp` written before sets named one). */
export const SUMMARY_TITLE = 'TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ';
const SUMMARY_LEAD = 'TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM ';

/** A1 of `Tổng hợp`: the movement the set names, as its template and papers name it («… PHONG TRÀO THI ĐUA «DẠY TỐT, HỌC TỐT» …»). */
export function summaryTitle(set: Pick<CriteriaSet, 'title' | 'legalBasis'>): string {
  const movement = namedMovement({ title: set.title, legalBasis: { title: set.legalBasis.title ?? '' } });
  return movement ? `${SUMMARY_LEAD}${movement.toLocaleUpperCase('vi')}` : SUMMARY_TITLE;
}

/** Whether A1 is a `Tổng hợp` title thidua writes, whichever movement it names: how a later run knows the sheet is its own. */
export const isSummaryTitle = (a1: string): boolean => a1.startsWith(SUMMARY_LEAD);

/**
 * The ranking's columns. Their order is the one every version wrote (the seal and `verify` read a ranking row by
 * position: rank, unit, kind, points, maximum, percentage, band, flags), so a summary of last year reads as this one.
 */
export const RANKING_HEADERS = ['Hạng', 'Đơn vị', 'Loại', 'Tổng điểm', 'Điểm tối đa', 'Tỷ lệ %', 'Xếp loại', 'Số cảnh báo'] as const;
/**
 * A ninth column, after those read by position, for a set that records a bonus beside the official total (Sơn Trà's
 * Mẫu 03): each unit's recorded bonus on its own ranking row, where two units equal on the total are compared.
 */
export const RECORDED_HEADER = 'Điểm cộng ghi nhận (không cộng vào tổng)';
/** The row that opens each subject kind's part of the ranking: «Xếp hạng — Bản». */
export const rankingOf = (kindLabel: string) => `Xếp hạng — ${kindLabel}`;

const PERCENT: CellFormat = { numberFormat: '0.00' };
const KIND_ROW: CellFormat = { bold: true };
/** About one landscape A4 width at 8 pt or more; the lines under the title run across the columns. */
const WIDTHS = [7, 40, 45, 12, 12, 12, 14, 12];
const RECORDED_WIDTH = 16;

export type SummaryOptions = {
  /** The day the summary is made ("YYYY-MM-DD"), today when omitted; pass it for a reproducible sheet. */
  date?: string;
  /** The review round the proposals were made for (the set's default when omitted). */
  round?: AwardRound;
  /** What was not scored or ranked (unreadable files, sheets that are not reports, duplicates, «Chưa nộp»). */
  omitted?: readonly Omitted[];
  /** One more line under the heading (a scored copy says where the whole run's table is). */
  note?: string;
  /** «Còn thiếu gì», only with every unit of the run at hand (a copy holds its own units alone): the run's ways (what-it-takes.ts `shortfalls`). */
  whatItTakes?: readonly Shortfall[];
  /** Where each sheet goes, when not its own name (an officer's own sheet of that name is kept: own-sheets.ts). */
  names?: { summary?: string; proposals?: string; awardList?: string; omitted?: string };
  /** Write «Không chấm, không xếp hạng» even when nothing was left out: a workbook that has it from before says so. */
  omittedSheetKept?: boolean;
  /** Rows of a table past which it goes on in sheets of its own (table-sheet.ts; tong-hop.xlsx: PART_ROWS); none: one sheet a table. */
  partRows?: number;
};

/** `Tổng hợp` and the sheets beside it: «Đề xuất khen thưởng», «Còn thiếu gì» (when asked and not empty), «Không chấm, không xếp hạng» (when not empty or kept). */
export function planSummarySheets(set: CriteriaSet, cards: readonly ScoreCard[], ranking: Ranking, proposals: readonly AwardProposal[], opts: SummaryOptions = {}): SheetEdit[] {
  const names = { summary: SUMMARY_SHEET, proposals: PROPOSALS_SHEET, awardList: AWARD_LIST_SHEET, omitted: OMITTED_SHEET, ...opts.names };
  const round = opts.round ?? defaultRound(set);
  const omitted = opts.omitted ?? [];
  const shortfall = opts.whatItTakes ? planShortfall(opts.whatItTakes, opts.partRows) : [];
  const see = [`đề xuất khen thưởng ở trang «${names.proposals}»`, ...(shortfall[0] ? [`cách ít điểm nhất để lên mức kế tiếp ở trang «${shortfall[0].sheet}»`] : [])];
  const summary = planSummary(set, cards, ranking, {
    ...opts,
    sheet: names.summary,
    see: `Xem thêm: ${see.join('; ')}.`,
    ...(omitted.length > 0 ? { omittedAt: names.omitted } : {}),
  });
  return [
    ...summary,
    ...planProposals(proposals, round, names.awardList, { sheet: names.proposals, notes: [...planFormsNotes({ forms: formsOfRound(set, round), scoredOn: opts.date ?? officerDay() }), ...runHeldElsewhere(set, proposals).map((l) => `${l}.`)], noPlace: (p) => noPlaceIn(set, p), ...(opts.partRows !== undefined ? { partRows: opts.partRows } : {}) }),
    ...shortfall,
    ...(omitted.length > 0 || opts.omittedSheetKept ? planOmitted(omitted, names.omitted, opts.partRows) : []),
  ];
}

/** Why the plan gives a proposal's unit no place in its form's quotas, undefined where it has one. */
function noPlaceIn(set: CriteriaSet, p: AwardProposal): string | undefined {
  const form = set.awards.forms.find((f) => f.id === p.form);
  return form && noPlaceText(set, form, p.unitKind);
}

/**
 * A set whose bonus is recorded beside the official total: the ranking is on that total, and each unit's recorded bonus
 * is said under the title (the ranking's columns are read by position, so none is added).
 */
function recordedLine(cards: readonly ScoreCard[]): string[] {
  const recorded = cards.filter((c) => c.recorded !== undefined && c.recorded !== 0);
  if (!cards.some((c) => c.recorded !== undefined)) return [];
  // A long run names the first units only: every unit's is on its own scored sheet («Điểm cộng ghi nhận»).
  const shown = recorded.slice(0, 20).map((c) => `${c.unitName} ${formatNumberVi(c.recorded!)}`).join('; ');
  const more = recorded.length > 20 ? `; và ${recorded.length - 20} đơn vị khác (xem dòng «Điểm cộng ghi nhận» ở trang chấm của từng đơn vị)` : '';
  return [`Tổng điểm là tổng chính thức; điểm cộng được ghi nhận bên cạnh, không cộng vào tổng${recorded.length > 0 ? `: ${shown}${more}` : ' (không đơn vị nào có)'}.`];
}

/**
 * The units whose band the table's sanctions set, each with why, under the title: the ranking's «Xếp loại» column
 * holds the band alone (read by position, and held to the closed record), so the why is said here, as on each unit's
 * scored sheet («Xếp loại»).
 */
function sanctionLine(ranking: Ranking): string[] {
  const held = ranking.flatMap((g) => g.entries).filter((e) => e.sanction !== undefined);
  if (held.length === 0) return [];
  const shown = held.slice(0, 20).map((e) => `${e.unitName}: ${rankedBandText(e)}`).join('; ');
  const more = held.length > 20 ? `; và ${held.length - 20} đơn vị khác (xem dòng «Xếp loại» ở trang chấm của từng đơn vị)` : '';
  return [`Xếp loại theo chế tài của bảng: ${shown}${more}.`];
}

/**
 * `Tổng hợp` alone: one sheet, or past `opts.partRows` rows of ranking its parts (without the chart: of thousands of
 * units none could be read). `see`: a line saying where the other tables are; `omittedAt`: the sheet listing what was left out.
 */
export function planSummary(set: CriteriaSet, cards: readonly ScoreCard[], ranking: Ranking, opts: SummaryOptions & { sheet?: string; see?: string; omittedAt?: string } = {}): SheetEdit[] {
  const byKey = new Map(cards.map((c) => [cardKey(c), c]));
  const omitted = opts.omitted ?? [];
  const kindLabel = (id: string | null) => set.subjectKinds.find((k) => k.id === id)?.label ?? '—';
  const basis = citedBasis(set.legalBasis);
  const recorded = cards.some((c) => c.recorded !== undefined);
  const headers = recorded ? [...RANKING_HEADERS, RECORDED_HEADER] : RANKING_HEADERS;
  const rows: CellValue[][] = [];
  const formats: (CellFormat | null)[][] = [];
  for (const group of ranking) {
    rows.push([rankingOf(group.kindLabel), ...Array<CellValue>(headers.length - 1).fill(null)]);
    formats.push([KIND_ROW, ...Array<CellFormat | null>(headers.length - 1).fill(null)]);
    for (const e of group.entries) {
      const card = byKey.get(cardKey(e));
      rows.push([e.rank, e.unitName, kindLabel(e.unitKind), e.total, card?.applicableMax ?? null, e.percent, e.classification ?? 'Chưa xếp loại', card?.flags.length ?? 0, ...(recorded ? [card?.recorded ?? null] : [])]);
      formats.push([null, TEXT, TEXT, null, null, PERCENT, TEXT, null, ...(recorded ? [null] : [])]);
    }
  }
  const table = {
    sheet: opts.sheet ?? SUMMARY_SHEET,
    title: summaryTitle(set),
    titleFormat: { bold: true, fontColor: '#1F3864' },
    lines: [
      `Bộ tiêu chí: ${setName(set)}`,
      `Kỳ: ${set.period.label || periodText(set.period)}`,
      ...(basis ? [`Căn cứ: ${basis}`] : []),
      `Ngày lập: ${formatDateVi(opts.date ?? officerDay())} · Số đơn vị được chấm: ${cards.length}${omitted.length > 0 ? ` · Không chấm hay không xếp hạng: ${omitted.length}${opts.omittedAt ? ` (xem trang «${opts.omittedAt}»)` : ''}` : ''}`,
      ...(opts.see ? [opts.see] : []),
      ...(opts.note ? [opts.note] : []),
      ...recordedLine(cards),
      ...sanctionLine(ranking),
    ],
    headers,
    rows,
    formats,
    empty: cards.length === 0 ? 'Không có đơn vị nào được chấm.' : 'Không có đơn vị nào được xếp hạng.',
    widths: recorded ? [...WIDTHS, RECORDED_WIDTH] : WIDTHS,
  };
  if (rows.length > (opts.partRows ?? Infinity)) return tableSheets(table, opts.partRows);
  const { blocks, headerRow, next } = tableBlocks(table);

  // The chart's data, every unit in ranking order as one range, after what prints, and the chart beside it from
  // its first unit's row: a row below the print area, so no printer draws an edge of it (LibreOffice drew the top
  // of a chart anchored on the row after the area). The ranking above already prints each unit's «Tỷ lệ %».
  const entries = ranking.flatMap((g) => g.entries);
  const printArea = `A1:${columnLetter(headers.length)}${next - 1}`;
  if (entries.length === 0) return [finishTableSheet(table, blocks, headerRow, { printArea })];
  const first = next + 2;
  blocks.push({
    address: `A${next + 1}`,
    values: [[null, 'Đơn vị', 'Tỷ lệ %'], ...entries.map((e): CellValue[] => [null, e.unitName, e.percent])],
    cellFormats: [[null, TABLE_HEADER, TABLE_HEADER], ...entries.map(() => [null, TEXT, PERCENT])],
  });
  const chart = { title: 'Tỷ lệ điểm (%) theo đơn vị', categories: `B${first}:B${first + entries.length - 1}`, values: `C${first}:C${first + entries.length - 1}`, anchor: `E${first}` };
  return [finishTableSheet(table, blocks, headerRow, { printArea, chart })];
}

// Made for: the council's summary of a run (issue 19), its ranking one table whose header prints on every page by
// print titles (issue 46 item 5).
