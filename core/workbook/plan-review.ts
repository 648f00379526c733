// `Rà soát`: every flag of every unit, one row each, with the council's decision columns
// (pre-filled from decisions already taken, so re-scoring keeps them).
import { flagTitle } from '../checks/titles.js';
import { REVIEW_STATE_LABEL, reviewState, type CouncilDecision, type DecisionKind } from '../council/decision.js';
import type { CellValue } from '../sheet/cell.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { isForReport } from '../scoring/score.js';
import { formatDateVi } from '../values.js';
import { FILL, SEVERITY_LABEL } from './plan-scored-sheet.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { withPrintLayout } from '../sheet/print-layout.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';

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
 * «Bước» of a flag's rows: its first review (with where the review stands), then, once the council asks for an
 * explanation, a row for the unit's answer (typed in «Ý kiến») and a row for the council's second decision.
 */
export const REVIEW_STEP = { first: 'Lần 1', explanation: 'Giải trình của đơn vị', second: 'Quyết định lần 2' } as const;

/** Title of the list of decisions whose flag no longer exists, under the flags. */
export const ORPHANS_TITLE = 'Quyết định không còn cảnh báo';

/** Row of the header; flags start on the next row. */
export const REVIEW_HEADER_ROW = 4;

const HEADER: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };
const TEXT: CellFormat = { wrap: true };

export function planReview(cards: readonly ScoreCard[], decisions: readonly CouncilDecision[] = []): SheetEdit {
  const used = new Set<CouncilDecision>();
  const decisionFor = (card: ScoreCard, code: string, cell: string | undefined) => {
    const d = decisions.find((x) => x.flagCode === code && (x.cell ?? '') === (cell ?? '') && isForReport(x, card, card.unitName));
    if (d) used.add(d);
    return d;
  };
  const day = (iso: string) => (iso ? formatDateVi(iso) : '');
  const decisionColumns = (d: CouncilDecision | undefined): CellValue[] =>
    d ? [stepLabel(d), DECISION_LABEL[d.decision], d.reviewer, day(d.date), d.comment] : [REVIEW_STEP.first, '', '', '', ''];
  /** The rows under a flag whose first review asked for an explanation: the unit's answer, then the second decision. */
  const followUps = (d: CouncilDecision | undefined, flagColumns: CellValue[]): CellValue[][] =>
    !d || (d.decision !== 'explain' && !d.explanation && !d.second)
      ? []
      : [
          [...flagColumns, REVIEW_STEP.explanation, '', d.explanation?.by ?? '', day(d.explanation?.date ?? ''), d.explanation?.text ?? ''],
          [...flagColumns, REVIEW_STEP.second, d.second ? DECISION_LABEL[d.second.decision] : '', d.second?.reviewer ?? '', day(d.second?.date ?? ''), d.second?.comment ?? ''],
        ];

  const rows: CellValue[][] = [];
  const formats: (CellFormat | null)[][] = [];
  let numbered = 0;
  for (const card of cards) {
    for (const flag of card.flags) {
      const d = decisionFor(card, flag.code, flag.cell);
      rows.push([++numbered, card.unitName, card.sheet, flag.cell ?? '', flagTitle(flag.code), SEVERITY_LABEL[flag.severity], flag.message, ...decisionColumns(d)]);
      const severity = flag.severity === 'error' ? { fill: FILL.error } : flag.severity === 'warning' ? { fill: FILL.warning } : null;
      formats.push([null, TEXT, TEXT, null, TEXT, severity, TEXT, TEXT, TEXT, TEXT, null, TEXT]);
      for (const follow of followUps(d, [null, card.unitName, card.sheet, flag.cell ?? '', flagTitle(flag.code), null, null])) {
        rows.push(follow);
        formats.push([null, TEXT, TEXT, null, TEXT, null, null, { ...TEXT, italic: true }, TEXT, TEXT, null, TEXT]);
      }
    }
  }
  // Decisions whose flag is gone (the figure was corrected, the unit not in this run) are kept, listed apart.
  const orphans = decisions.filter((d) => !used.has(d));

  if (rows.length === 0) {
    rows.push(REVIEW_HEADERS.map((_, i) => (i === 1 ? 'Không có cảnh báo nào.' : null)));
    formats.push(REVIEW_HEADERS.map(() => null));
  }

  const sheet = withRowHeights({
    sheet: REVIEW_SHEET,
    mode: 'replace',
    blocks: [
      {
        address: 'A1',
        values: [
          [REVIEW_TITLE],
          [`Cột Quyết định: ${Object.values(DECISION_LABEL).join(' / ')}. Ngày ghi dd/mm/yyyy.`],
          // Where the unit writes its explanation, said once under the decision words.
          [`Giải trình: đơn vị ghi vào cột Ý kiến ở dòng «${REVIEW_STEP.explanation}».`],
        ],
        format: { bold: true },
      },
      {
        address: `A${REVIEW_HEADER_ROW}`,
        values: [[...REVIEW_HEADERS], ...rows],
        cellFormats: [REVIEW_HEADERS.map(() => HEADER), ...formats],
      },
      ...(orphans.length > 0
        ? [
            { address: `A${REVIEW_HEADER_ROW + rows.length + 3}`, values: [[ORPHANS_TITLE]], format: { bold: true } },
            {
              address: `A${REVIEW_HEADER_ROW + rows.length + 4}`,
              values: [
                [...REVIEW_HEADERS],
                ...orphans.flatMap((d, i): CellValue[][] => [
                  [i + 1, d.unitName, d.sheet, d.cell ?? '', flagTitle(d.flagCode), '', '(cảnh báo không còn)', ...decisionColumns(d)],
                  ...followUps(d, [null, d.unitName, d.sheet, d.cell ?? '', flagTitle(d.flagCode), null, null]),
                ]),
              ],
              cellFormats: [REVIEW_HEADERS.map(() => HEADER)],
            },
          ]
        : []),
    ],
    // Narrow enough for one A4 width at a readable size; long names and messages wrap.
    columnWidths: widthsFromA([5, 18, 12, 6, 15, 9, 34, 14, 12, 13, 11, 24]),
    freeze: { rows: REVIEW_HEADER_ROW, columns: 0 },
  });
  return withPrintLayout(sheet, { titleRows: `$${REVIEW_HEADER_ROW}:$${REVIEW_HEADER_ROW}` });
}

/** «Lần 1 · chờ giải trình»: the first row's step, with where its review stands once an explanation was asked for. */
function stepLabel(d: CouncilDecision): string {
  const state = reviewState(d);
  return state === 'decided' ? REVIEW_STEP.first : `${REVIEW_STEP.first} · ${REVIEW_STATE_LABEL[state]}`;
}
