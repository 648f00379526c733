// `Rà soát`: every flag of every unit, one row each, with the council's decision columns
// (pre-filled from decisions already taken, so re-scoring keeps them).
import type { DecisionKind, CouncilDecision } from '../council/decision.js';
import type { CellValue } from '../report/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { formatDateVi } from '../values.js';
import { FILL, SEVERITY_LABEL } from './plan-scored-sheet.js';
import type { CellFormat, SheetEdit } from './port.js';

export const REVIEW_SHEET = 'Rà soát';

export const REVIEW_HEADERS = [
  'STT',
  'Đơn vị',
  'Trang',
  'Ô',
  'Mã cảnh báo',
  'Mức độ',
  'Nội dung',
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

/** Row of the header; flags start on the next row. */
export const REVIEW_HEADER_ROW = 3;

const HEADER: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };

export function planReview(cards: readonly ScoreCard[], decisions: readonly CouncilDecision[] = []): SheetEdit {
  const decisionFor = (sheet: string, code: string, cell: string | undefined) =>
    decisions.find((d) => d.sheet === sheet && d.flagCode === code && (d.cell ?? '') === (cell ?? ''));

  const rows: CellValue[][] = [];
  const formats: (CellFormat | null)[][] = [];
  for (const card of cards) {
    for (const flag of card.flags) {
      const d = decisionFor(card.sheet, flag.code, flag.cell);
      rows.push([
        rows.length + 1,
        card.unitName,
        card.sheet,
        flag.cell ?? '',
        flag.code,
        SEVERITY_LABEL[flag.severity],
        flag.message,
        d ? DECISION_LABEL[d.decision] : '',
        d?.reviewer ?? '',
        d ? formatDateVi(d.date) : '',
        d?.comment ?? '',
      ]);
      const severity = flag.severity === 'error' ? { fill: FILL.error } : flag.severity === 'warning' ? { fill: FILL.warning } : null;
      formats.push([null, null, null, null, null, severity, { wrap: true }, null, null, null, { wrap: true }]);
    }
  }

  if (rows.length === 0) {
    rows.push(REVIEW_HEADERS.map((_, i) => (i === 1 ? 'Không có cảnh báo nào.' : null)));
    formats.push(REVIEW_HEADERS.map(() => null));
  }

  return {
    sheet: REVIEW_SHEET,
    mode: 'replace',
    blocks: [
      {
        address: 'A1',
        values: [
          ['RÀ SOÁT CẢNH BÁO — HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG'],
          [`Cột Quyết định: ${Object.values(DECISION_LABEL).join(' / ')}. Ngày ghi dd/mm/yyyy.`],
        ],
        format: { bold: true },
      },
      {
        address: `A${REVIEW_HEADER_ROW}`,
        values: [[...REVIEW_HEADERS], ...rows],
        cellFormats: [REVIEW_HEADERS.map(() => HEADER), ...formats],
      },
    ],
    columnWidths: [
      { column: 'A', width: 5 },
      { column: 'B', width: 26 },
      { column: 'C', width: 18 },
      { column: 'D', width: 6 },
      { column: 'E', width: 20 },
      { column: 'F', width: 10 },
      { column: 'G', width: 60 },
      { column: 'H', width: 14 },
      { column: 'I', width: 18 },
      { column: 'J', width: 12 },
      { column: 'K', width: 30 },
    ],
    freeze: { rows: REVIEW_HEADER_ROW, columns: 0 },
    print: { orientation: 'landscape', fitToWidth: true, titleRows: `${REVIEW_HEADER_ROW}:${REVIEW_HEADER_ROW}` },
  };
}
