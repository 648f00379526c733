// `Tổng hợp`: ranking per subject kind, award proposals with their reasons, what each unit would need, and
// the data of a chart of the scores — one sheet the council prints on A4, each table under its header.
import { setName } from '../checks/criteria-set-mismatch.js';
import { citedBasis } from '../criteria/legal-basis.js';
import { AWARD_ROUND_TITLES, type AwardRound, type CriteriaSet } from '../criteria/schema.js';
import { defaultRound } from '../ranking/rounds.js';
import { whatItTakes } from '../ranking/what-it-takes.js';
import { formatNumber } from '../criteria/rules/reason.js';
import type { CellValue } from '../cell.js';
import type { AwardProposal, Ranking } from '../ranking/schema.js';
import { cardKey, type ScoreCard } from '../scoring/score-card.js';
import { formatDateVi } from '../values.js';
import { FILL } from './plan-scored-sheet.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { PagedSheet } from '../sheet/paged-sheet.js';
import { withPrintLayout } from '../sheet/print-layout.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';

export const SUMMARY_SHEET = 'Tổng hợp';
/** A1 of every `Tổng hợp` thidua writes: how a later run knows the sheet is its own. */
export const SUMMARY_TITLE = 'TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ';

export const RANKING_HEADERS = ['Hạng', 'Đơn vị', 'Loại', 'Tổng điểm', 'Điểm tối đa', 'Tỷ lệ %', 'Xếp loại', 'Số cảnh báo'] as const;
export const OMITTED_HEADERS = ['STT', 'Tệp, trang hay đơn vị', 'Lý do'] as const;

/** An input, sheet or unit the run did not score or rank, and why (the officer's words). */
export type Omitted = { what: string; why: string };

/** Not-proposed units listed per form, the closest first; the rest are counted (all are in --json). */
const CLOSEST_LISTED = 3;
export const PROPOSAL_HEADERS = ['STT', 'Hình thức', 'Đơn vị', 'Đề xuất', 'Lý do'] as const;
export const SHORTFALL_HEADERS = ['STT', 'Đơn vị', 'Mục tiêu', 'Điểm cần thêm', 'Cách nhanh nhất (số liệu cần đạt)'] as const;

/** The Đề xuất column: proposed within quota, eligible for the council to decide (the plan gives no number), or not. */
export function proposalStatus(p: Pick<AwardProposal, 'proposed' | 'eligible'>): string {
  return p.proposed ? 'Có' : p.eligible ? 'Đủ điều kiện, Hội đồng quyết định' : 'Không';
}

const HEADER: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };
const PERCENT: CellFormat = { numberFormat: '0.00' };
/** Names, labels and reasons wrap within their column (and their rows grow) rather than run under the next one. */
const TEXT: CellFormat = { wrap: true };

/** Today as "YYYY-MM-DD", local time (the officer's day). */
export function todayIso(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * `date` ("YYYY-MM-DD") is the day the summary is made, today when omitted; pass it for a reproducible sheet.
 * `round` is the review round the proposals were made for (the set's default when omitted). `omitted` lists
 * what was not scored or ranked (unreadable files, sheets that are not reports, duplicates, «Chưa nộp»).
 * `note`: one more line under the heading (a scored copy says where the whole run's table is).
 */
export function planSummary(
  set: CriteriaSet,
  cards: readonly ScoreCard[],
  ranking: Ranking,
  proposals: readonly AwardProposal[],
  opts: { date?: string; round?: AwardRound; omitted?: readonly Omitted[]; note?: string; whatItTakes?: boolean } = {},
): SheetEdit {
  const byKey = new Map(cards.map((c) => [cardKey(c), c]));
  const omitted = opts.omitted ?? [];
  const kindLabel = (id: string | null) => set.subjectKinds.find((k) => k.id === id)?.label ?? '—';
  const paper = new PagedSheet(WIDTHS);

  paper.lines([[SUMMARY_TITLE]], { bold: true, fontColor: '#1F3864' });
  const basis = citedBasis(set.legalBasis);
  paper.lines([
    [`Bộ tiêu chí: ${setName(set)}`],
    [`Kỳ: ${set.period.label}`],
    ...(basis ? [[`Căn cứ: ${basis}`]] : []),
    [`Ngày lập: ${formatDateVi(opts.date ?? todayIso())} · Số đơn vị được chấm: ${cards.length}${omitted.length > 0 ? ` · Không chấm hay không xếp hạng: ${omitted.length} (xem cuối trang)` : ''}`],
    [`Đợt xét khen thưởng: ${AWARD_ROUND_TITLES[opts.round ?? defaultRound(set)]}. Cảnh báo lỗi chưa được Hội đồng xem xét không chặn đề xuất; lý do ghi «lưu ý» để Hội đồng xem trước khi trình.`],
    ...(opts.note ? [[opts.note]] : []),
  ]);
  paper.blank();

  const omittedSection = () => {
    if (omitted.length === 0) return;
    paper.table('Không được chấm hay không xếp hạng', OMITTED_HEADERS, HEADER, omitted.map((o, i): CellValue[] => [i + 1, o.what, o.why]), omitted.map(() => [null, TEXT, TEXT]));
  };

  if (cards.length === 0) {
    paper.lines([['Không có đơn vị nào được chấm.']]);
    paper.blank();
    omittedSection();
    return finish(paper);
  }

  for (const group of ranking) {
    const rows = group.entries.map((e): CellValue[] => {
      const card = byKey.get(cardKey(e));
      return [e.rank, e.unitName, kindLabel(e.unitKind), e.total, card?.applicableMax ?? null, e.percent, e.classification ?? 'Chưa xếp loại', card?.flags.length ?? 0];
    });
    paper.table(`Xếp hạng — ${group.kindLabel}`, RANKING_HEADERS, HEADER, rows, rows.map(() => [null, TEXT, TEXT, null, null, PERCENT, TEXT, null]));
  }

  // Per form: the proposals and the units left to the council, then the closest few not proposed (at most
  // CLOSEST_LISTED; the rest in «Xét khen thưởng»).
  if (proposals.length === 0) {
    paper.lines([['Đề xuất khen thưởng']], { bold: true });
    paper.lines([['Bộ tiêu chí không có hình thức khen thưởng nào.']]);
    paper.blank();
  } else {
    const rows: CellValue[][] = [];
    const formats: (CellFormat | null)[][] = [];
    let rest = 0;
    for (const form of new Set(proposals.map((p) => p.form))) {
      const ofForm = proposals.filter((p) => p.form === form);
      const shown = [...ofForm.filter((p) => p.proposed || p.eligible), ...ofForm.filter((p) => !p.proposed && !p.eligible).slice(0, CLOSEST_LISTED)];
      rest += ofForm.length - shown.length;
      for (const p of shown) {
        rows.push([rows.length + 1, p.formLabel, p.unitName, proposalStatus(p), p.reason]);
        formats.push([null, TEXT, TEXT, { ...TEXT, horizontalAlignment: 'center', ...(p.proposed ? { fill: FILL.full } : {}) }, TEXT]);
      }
    }
    paper.table('Đề xuất khen thưởng', PROPOSAL_HEADERS, HEADER, rows, formats);
    if (rest > 0) {
      paper.lines([[`Còn ${rest} lượt xét không đề xuất khác, xa chỉ tiêu hơn: danh sách đầy đủ ở trang «Xét khen thưởng».`]]);
      paper.blank();
    }
  }

  // What each unit would need (only with every unit of the run at hand: a copy holds its own units alone).
  const short = opts.whatItTakes ? whatItTakes(set, cards, proposals, opts.round ?? defaultRound(set)) : [];
  if (short.length > 0) {
    const rows: CellValue[][] = [];
    for (const unit of short) {
      for (const path of [unit.band, unit.award]) {
        if (!path) continue;
        rows.push([rows.length + 1, unit.unitName, path.goal, path.reachable ? path.gain : null, path.reachable ? path.steps.map((st) => `${st.title} ${st.from} → ${st.to}: +${formatNumber(st.gain)} điểm`).join('; ') : path.text]);
      }
    }
    paper.table('Còn thiếu gì: cách ít điểm nhất để lên mức xếp loại kế tiếp hoặc được đề xuất', SHORTFALL_HEADERS, HEADER, rows, rows.map(() => [null, TEXT, TEXT, null, TEXT]));
  }
  omittedSection();

  // The chart's data, every unit in ranking order as one range, after what prints, and the chart beside it from
  // its first unit's row: a row below the print area, so no printer draws an edge of it (LibreOffice drew the top
  // of a chart anchored on the row after the area). The ranking above already prints each unit's «Tỷ lệ %».
  const printed = paper.row - 1;
  const entries = ranking.flatMap((g) => g.entries);
  const first = paper.row + 1;
  paper.blocks.push({
    address: `A${paper.row}`,
    values: [[null, 'Đơn vị', 'Tỷ lệ %'], ...entries.map((e): CellValue[] => [null, e.unitName, e.percent])],
    cellFormats: [[null, HEADER, HEADER], ...entries.map(() => [null, TEXT, PERCENT])],
  });
  // No unit ranked (every report «Chưa nộp»), no chart: its ranges would hold the header alone.
  const chart = entries.length > 0 ? { title: 'Tỷ lệ điểm (%) theo đơn vị', categories: `B${first}:B${first + entries.length - 1}`, values: `C${first}:C${first + entries.length - 1}`, anchor: `E${first}` } : undefined;
  return finish(paper, `A1:H${printed}`, chart);
}

/**
 * Column E wide for the proposals' reasons and what each unit would need (the longest texts, a few hundred
 * characters); the ranking's «Điểm tối đa» shares it. Together about one landscape A4 width at 8 pt or more.
 */
const WIDTHS = [7, 30, 26, 12, 80, 12, 12, 12];

function finish(paper: PagedSheet, printArea?: string, chart?: SheetEdit['chart']): SheetEdit {
  const sheet = withRowHeights({
    sheet: SUMMARY_SHEET,
    mode: 'replace',
    blocks: paper.blocks,
    ...(chart ? { chart } : {}),
    columnWidths: widthsFromA(WIDTHS),
  });
  return withPrintLayout(sheet, { ...(paper.breaks.length > 0 ? { breaksBefore: paper.breaks } : {}), ...(printArea ? { printArea } : {}) });
}

// Made for: the council's one-sheet summary of a run (issue 19: every table on paper under its header).
