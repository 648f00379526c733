// Hand-made reports and score cards for the plan tests: the plans only lay out what a card says,
// so these pin every field the layout reads.
import type { Flag } from '../../core/flags/flag.js';
import { CriteriaSet } from '../../core/criteria/schema.js';
import type { ReportCell } from '../../core/sheet/cell.js';
import type { CellValue } from '../../core/cell.js';
import type { UnitReport } from '../../core/report/schema.js';
import type { CriterionScore, ScoreCard } from '../../core/scoring/score-card.js';

/** A report sheet as typed: title, metadata rows 2–5, header on row 7, three criteria rows. */
export const TYPED: CellValue[][] = [
  ['BÁO CÁO KẾT QUẢ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025', null, null, null, null, null, null, null, null],
  ['Tên đơn vị:', 'Bản Hua Ca', null, null, null, null, null, null, null],
  ['Loại đơn vị:', 'Bản', null, null, null, null, null, null, null],
  ['Ngày nộp:', '10/11/2025', null, null, null, null, null, null, null],
  ['Bộ tiêu chí:', 'ta-ma-2025@1', null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null, null],
  ['STT', 'Mã tiêu chí', 'Tiêu chí', 'Kết quả', 'Tử số', 'Mẫu số', 'Minh chứng', 'Điểm tự chấm', 'Ghi chú'],
  [1, 'TM-01', 'Hộ có cáp quang', '105%', null, null, 'BC số 12', 10, null],
  [2, 'TM-02', 'Hồ sơ xử lý trực tuyến', null, 130, 120, null, 8, null],
  [3, 'TM-03', 'Cán bộ được tập huấn', '100%', null, null, 'DS tập huấn', 10, null],
];

function cell(address: string, raw: CellValue): ReportCell {
  return { address, raw, value: raw === null ? { kind: 'empty' } : { kind: 'text', value: String(raw) } };
}

export const REPORT: UnitReport = {
  sheet: 'Bản Hua Ca',
  unitName: cell('B2', 'Bản Hua Ca'),
  unitKind: cell('B3', 'Bản'),
  submittedAt: cell('B4', '10/11/2025'),
  criteriaSetRef: cell('B5', 'ta-ma-2025@1'),
  headerRow: 7,
  columns: { code: 'B', title: 'C', result: 'D', numerator: 'E', denominator: 'F', evidence: 'G', selfScore: 'H', note: 'I' },
  lastColumn: 9,
  rows: [8, 9, 10].map((row) => ({ row, code: cell(`B${row}`, TYPED[row - 1]![1]!) })),
};

function criterion(code: string, row: number | null, points: number, max: number, status: CriterionScore['status'] = 'scored'): CriterionScore {
  return { code, title: code, group: 'G1', rule: 'threshold', status, value: null, met: null, points, max, selfScore: null, reason: '', row };
}

export const FLAGS: Flag[] = [
  { code: 'out-of-range', severity: 'warning', message: 'Kết quả 105% ở ô D8 vượt 100%.', sheet: 'Bản Hua Ca', cell: 'D8', criterion: 'TM-01' },
  { code: 'numerator-exceeds-denominator', severity: 'error', message: 'Tử số 130 (E9) lớn hơn mẫu số 120 (F9).', sheet: 'Bản Hua Ca', cell: 'E9', criterion: 'TM-02' },
  { code: 'evidence-missing', severity: 'warning', message: 'Thiếu minh chứng ở ô G9.', sheet: 'Bản Hua Ca', cell: 'G9', criterion: 'TM-02' },
  { code: 'late-submission', severity: 'warning', message: 'Nộp ngày 10/11/2025, sau hạn 05/11/2025.', sheet: 'Bản Hua Ca', cell: 'B4' },
  { code: 'criterion-missing', severity: 'error', message: 'Thiếu tiêu chí TM-04 trong báo cáo.', sheet: 'Bản Hua Ca', criterion: 'TM-04' },
];

export function card(over: Partial<ScoreCard> = {}): ScoreCard {
  return {
    sheet: 'Bản Hua Ca',
    unitName: 'Bản Hua Ca',
    unitKind: 'ban',
    criteriaSet: { id: 'ta-ma-2025', version: '1' },
    submittedAt: '2025-11-10',
    criteria: [criterion('TM-01', 8, 10, 10), criterion('TM-02', 9, 0, 10), criterion('TM-03', 10, 10, 10), criterion('TM-04', null, 0, 5, 'missing')],
    base: 20,
    bonus: 0,
    deduction: 0,
    total: 20,
    applicableMax: 35,
    percent: 57.14,
    selfTotal: 28,
    classification: { id: 'chua-dat', label: 'Chưa đạt' },
    gatesMet: 0,
    flags: FLAGS,
    ...over,
  };
}

export const SET: CriteriaSet = CriteriaSet.parse({
  id: 'xa-thu',
  version: '1',
  title: 'Bộ tiêu chí thử',
  legalBasis: { document: 'Kế hoạch số 01/KH-UBND' },
  period: { from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025' },
  subjectKinds: [
    { id: 'co-quan', label: 'Cơ quan', collective: true },
    { id: 'ban', label: 'Bản', collective: true },
  ],
  groups: [{ id: 'G1', title: 'Chính quyền số' }],
  criteria: [{ code: 'TM-01', title: 'Hộ có cáp quang', group: 'G1', measure: 'percent', maxPoints: 10, rule: { kind: 'threshold' }, target: { comparator: '>=', value: 50 } }],
  classification: [
    { id: 'tot', label: 'Tốt', minPercent: 80 },
    { id: 'chua-dat', label: 'Chưa đạt', minPercent: 0 },
  ],
});
