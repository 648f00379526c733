// Test helpers: a UnitReport from a compact description (cells read by the real parseCell), and the
// small criteria sets the tests score it against.
import type { Flag } from '../../core/flags/flag.js';
import { CriteriaSet, type CriteriaSetInput } from '../../core/criteria/schema.js';
import type { ReportCell } from '../../core/sheet/cell.js';
import type { CellValue } from '../../core/cell.js';
import type { ReportRow, UnitReport } from '../../core/report/schema.js';
import { score } from '../../core/checks/run.js';
import type { ScoreOptions } from '../../core/scoring/score-card.js';
import { parseCell } from '../../core/values.js';

/** A typed value, or a number with its Excel number format (0.855 shown as "85,5%"). */
export type CellSpec = CellValue | { raw: CellValue; format: string };

export type RowSpec = {
  code: CellValue;
  result?: CellSpec;
  numerator?: CellSpec;
  denominator?: CellSpec;
  evidence?: CellSpec;
  selfScore?: CellSpec;
  note?: CellSpec;
};

export type ReportSpec = {
  sheet?: string;
  file?: string;
  /** Metadata cells; left out of the sheet when undefined. */
  unitName?: CellSpec;
  unitKind?: CellSpec;
  period?: CellSpec;
  submittedAt?: CellSpec;
  criteriaSet?: CellSpec;
  /** `['CQS-01', '85,5%']` (code, Kết quả) or a full row. */
  rows: (RowSpec | [CellValue, CellSpec?])[];
};

/** The sheet layout: metadata values in B2..B6, header on row 8, criteria from row 9. */
export const LAYOUT = {
  meta: { unitName: 'B2', unitKind: 'B3', period: 'B4', submittedAt: 'B5', criteriaSet: 'B6' },
  headerRow: 8,
  firstRow: 9,
  columns: { code: 'A', title: 'B', result: 'C', numerator: 'D', denominator: 'E', evidence: 'F', selfScore: 'G', note: 'H' },
} as const;

function cell(address: string, spec: CellSpec | undefined): ReportCell {
  const raw = spec !== null && typeof spec === 'object' && !(spec instanceof Date) ? spec.raw : (spec ?? null);
  const format = spec !== null && typeof spec === 'object' && !(spec instanceof Date) ? spec.format : undefined;
  return { address, raw, value: parseCell(raw, format) };
}

export function makeReport(spec: ReportSpec): UnitReport {
  const { columns } = LAYOUT;
  const rows: ReportRow[] = spec.rows.map((r, i) => {
    const row = LAYOUT.firstRow + i;
    const s: RowSpec = Array.isArray(r) ? { code: r[0], result: r[1] } : r;
    return {
      row,
      code: cell(`${columns.code}${row}`, s.code),
      result: cell(`${columns.result}${row}`, s.result),
      numerator: cell(`${columns.numerator}${row}`, s.numerator),
      denominator: cell(`${columns.denominator}${row}`, s.denominator),
      evidence: cell(`${columns.evidence}${row}`, s.evidence),
      selfScore: cell(`${columns.selfScore}${row}`, s.selfScore),
      note: cell(`${columns.note}${row}`, s.note),
    };
  });
  const metaFields = [
    ['unitName', 'unitName'],
    ['unitKind', 'unitKind'],
    ['period', 'period'],
    ['submittedAt', 'submittedAt'],
    ['criteriaSet', 'criteriaSetRef'],
  ] as const;
  const meta = Object.fromEntries(
    metaFields.filter(([key]) => spec[key] !== undefined).map(([key, field]) => [field, cell(LAYOUT.meta[key], spec[key])]),
  );
  return {
    sheet: spec.sheet ?? 'Báo cáo',
    ...(spec.file !== undefined ? { file: spec.file } : {}),
    ...meta,
    headerRow: LAYOUT.headerRow,
    columns: { ...columns },
    lastColumn: 8,
    rows,
  };
}

type CriterionInput = CriteriaSetInput['criteria'][number];

/** A criterion with the boring fields filled: title = code, group "G1", 10 points. */
export function criterion(c: Partial<CriterionInput> & Pick<CriterionInput, 'code' | 'measure' | 'rule'>): CriterionInput {
  return { title: `Tiêu chí ${c.code}`, group: 'G1', maxPoints: 10, ...c };
}

/** A small criteria set: two kinds (thôn — collective, cá nhân — individual), four bands, given criteria. */
export function makeSet(overrides: Partial<CriteriaSetInput> & Pick<CriteriaSetInput, 'criteria'>): CriteriaSet {
  return CriteriaSet.parse({
    id: 'thu-nghiem',
    version: '1',
    title: 'Bộ tiêu chí thử nghiệm',
    legalBasis: {},
    period: { from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025' },
    subjectKinds: [
      { id: 'thon', label: 'Thôn', collective: true, aliases: ['Bản', 'Thôn, bản'] },
      { id: 'co-quan', label: 'Cơ quan', collective: true },
      { id: 'ca-nhan', label: 'Cá nhân', collective: false },
    ],
    groups: [{ id: 'G1', title: 'Chính quyền số' }],
    classification: [
      { id: 'xuat-sac', label: 'Xuất sắc', minPercent: 90 },
      { id: 'tot', label: 'Tốt', minPercent: 75 },
      { id: 'dat', label: 'Đạt', minPercent: 50 },
      { id: 'chua-dat', label: 'Chưa đạt', minPercent: 0 },
    ],
    ...overrides,
  });
}

/** The flags one check raised when the report is scored. */
export function flagsOf(code: string, set: CriteriaSet, report: UnitReport, opts?: ScoreOptions): Flag[] {
  return score(set, report, opts).flags.filter((f) => f.code === code);
}
