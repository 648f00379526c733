// Reading a unit's report sheet (báo cáo của đơn vị) from a 2-D array of cells: metadata by its labels
// above the table, the table by its header labels in any column order. Addresses are real sheet addresses.
import { columnLetter, labelLookup, matchesLabel } from '../text.js';
import { cellText, excelSerialToIso, formatNumberVi } from '../values.js';
import { reportCell } from '../sheet/formula-cell.js';
import { findLabeledCells, isBlank, isBlankRow, sheetCell } from '../sheet/grid.js';
import type { SheetGrid, ReportCell } from '../sheet/cell.js';
import type { CellValue } from '../cell.js';
import { stackedColumns, stackedHeader } from './header-rows.js';
import type { ReportColumns, ReportReadError, ReportRow, UnitReport } from './schema.js';

/** The first filled cell of a row; undefined when the row is blank. */
function firstFilledValue(row: readonly CellValue[]): CellValue | undefined {
  for (const v of row) if (!isBlank(v)) return v;
  return undefined;
}

/** Metadata labels (above the table). */
const META_LABELS = {
  unitName: ['Tên đơn vị', 'Đơn vị báo cáo', 'Tên tập thể', 'Họ và tên', 'Họ tên', 'Tên hộ gia đình'],
  unitKind: ['Loại đơn vị', 'Loại đối tượng'],
  period: ['Kỳ báo cáo', 'Kỳ đánh giá'],
  submittedAt: ['Ngày nộp', 'Ngày báo cáo', 'Ngày gửi'],
  criteriaSetRef: ['Bộ tiêu chí'],
  criteriaSetId: ['Mã bộ tiêu chí'],
} as const;

/** A unit's own score, under the names real tables give it. */
export const SELF_SCORE_LABELS = [
  'Điểm tự chấm', 'Tự chấm', 'Điểm tự đánh giá', 'Tự đánh giá', 'Đơn vị tự chấm', 'Điểm đơn vị tự chấm', 'Trường tự chấm',
  'Cá nhân tự chấm', 'Điểm cá nhân tự chấm', 'Điểm SV tự đánh giá', 'Sinh viên đánh giá', 'Sinh viên tự đánh giá',
  // Beside «Giải trình» and «Điểm phúc tra»: the unit's own (test/fixtures/real/criteria/lanh-dao-pcvt-sheetsData-tab1.json).
  'Điểm chấm',
] as const;
/**
 * The verifier's score (the council's, the department's, the class's…), under the names real tables give it;
 * where a table has several verifier columns, the rightmost (the last to verify) is the one that counts.
 */
export const VERIFIED_SCORE_LABELS = [
  'Điểm thẩm định', 'Điểm phúc tra', 'Thẩm định', 'Phúc tra', 'Điểm Hội đồng chấm', 'Hội đồng chấm', 'Điểm Hội đồng', 'Điểm HĐ chấm',
  'HĐ chấm', 'HĐTĐKT chấm', 'Điểm chốt', 'SGD chấm', 'SDG chấm', 'Sở GD chấm', 'SGD&ĐT chấm', 'PGD chấm', 'Phòng GD chấm', 'Điểm SGD chấm',
  'Ban chấp hành chấm', 'BCH chấm', 'Cấp trên chấm', 'Đoàn kiểm tra chấm', 'Điểm lớp đánh giá', 'Lớp đánh giá', 'Khoa đánh giá',
  'Điểm khoa đánh giá', 'Tổ trưởng đánh giá', 'Điểm cán bộ chấm',
] as const;
/** An item's maximum, under the names real tables give it. */
export const MAX_POINTS_LABELS = ['Điểm tối đa', 'Điểm chuẩn', 'Thang điểm', 'Khung điểm'] as const;

/** Table header labels; the first matching column wins (the verifier's, the last). */
const HEADER_LABELS = {
  code: ['Mã tiêu chí', 'Mã', 'Mã số', 'Mã TC'],
  title: ['Tiêu chí', 'Nội dung', 'Tên tiêu chí', 'Nội dung tiêu chí', 'Nội dung đánh giá'],
  result: ['Kết quả', 'Kết quả thực hiện', 'Kết quả đạt được'],
  numerator: ['Tử số'],
  denominator: ['Mẫu số'],
  // «Minh chứng/Ghi chú»: the evidence and its notes in one column (a Tây Ninh commune's DTI table as its app writes it).
  evidence: ['Minh chứng', 'Tài liệu minh chứng', 'Tài liệu kiểm chứng', 'Minh chứng/Ghi chú'],
  selfScore: SELF_SCORE_LABELS,
  verifiedScore: VERIFIED_SCORE_LABELS,
  note: ['Ghi chú'],
  maxPoints: MAX_POINTS_LABELS,
} as const satisfies Record<keyof ReportColumns, readonly string[]>;

/**
 * Row numbers, the codes of an all-in-one scoring sheet (criteria and score sheet at once, DOMAIN.md §8)
 * that has no «Mã» column but states each item's «Điểm tối đa».
 */
const ORDINAL_LABELS = ['STT', 'TT', 'Số TT', 'Số thứ tự'];

type ColumnKey = keyof typeof HEADER_LABELS;
type ColumnMap = Partial<Record<ColumnKey, number>>; // 0-based column in grid.values

/**
 * Where a table ends: a total row. Exact labels, so a criterion titled "Tổng số hồ sơ…" is not one; the parts it adds
 * may follow in brackets («TỔNG CỘNG (A+B+C)»).
 */
const TOTAL_LABELS = ['Tổng', 'Tổng cộng', 'Cộng', 'Tổng điểm', 'Tổng số điểm', 'Tổng cộng điểm'];
export const isTotal = (text: unknown) => matchesLabel(typeof text === 'string' ? text.replace(/\s*\(\s*[A-Z0-9IVX]+(?:\s*\+\s*[A-Z0-9IVX]+)+\s*\)\s*$/i, '') : text, TOTAL_LABELS);

/** A part's number: a roman numeral (I, II…) or a capital letter (A, B…: «A | NHÓM TIÊU CHÍ CHUNG | 30»). */
const PART = /^(?:[IVXLC]+|[A-Z])$/;

/** The cells a report row keeps besides its code; all but «Ghi chú» hold figures. */
const ROW_FIELDS = ['result', 'numerator', 'denominator', 'evidence', 'selfScore', 'verifiedScore', 'note', 'maxPoints'] as const;

/** Columns a row of the report can be scored from; one of them must sit beside «Mã tiêu chí». */
const VALUE_COLUMNS: readonly ColumnKey[] = ['result', 'numerator', 'selfScore'];

const headerKey = labelLookup(HEADER_LABELS);

function headerColumns(row: readonly unknown[] | undefined): ColumnMap {
  const map: ColumnMap = {};
  (row ?? []).forEach((text, c) => {
    const key = headerKey(text);
    if (key !== undefined && (map[key] === undefined || key === 'verifiedScore')) map[key] = c;
  });
  return map;
}

/** `numbered`: the codes are the row numbers (no «Mã» column). */
type Header = { row: number; dataStart: number; columns: ColumnMap; numbered: boolean };

/** The table's header row (and a second header row under merged cells), searched in the first `maxRows` rows. */
function findHeader(grid: SheetGrid, maxRows = grid.values.length): Header | undefined {
  const last = Math.min(maxRows, grid.values.length);
  for (let r = 0; r < last; r++) {
    let columns = headerColumns(grid.values[r]);
    if (Object.keys(columns).length === 0) continue;
    // A group label merged over sub-labels («Điểm» over «Tối đa | Tự chấm | Thẩm định»): the levels read joined.
    const stacked = stackedHeader(grid.values, r);
    if (stacked.depth > 1) columns = stackedColumns(stacked, headerKey);
    const ordinal = columns.maxPoints === undefined ? -1 : (grid.values[r] ?? []).findIndex((v) => matchesLabel(v, ORDINAL_LABELS));
    const numbered = columns.code === undefined && ordinal >= 0;
    if (numbered) columns.code = ordinal;
    if (columns.code === undefined) continue;
    let dataStart = r + stacked.depth;
    // "Kết quả" merged over "Tử số | Mẫu số": the row below names the columns; it overrides the merged label.
    const below = stacked.depth > 1 ? {} : headerColumns(grid.values[r + 1]);
    const codeBelow = grid.values[r + 1]?.[columns.code];
    if (Object.keys(below).length > 0 && (isBlank(codeBelow) || below.code === columns.code)) {
      for (const [key, c] of Object.entries(below) as [ColumnKey, number][]) {
        for (const k of Object.keys(columns) as ColumnKey[]) if (columns[k] === c && k !== key) delete columns[k];
        columns[key] = c;
      }
      dataStart = r + 2;
    }
    if (columns.code !== undefined && VALUE_COLUMNS.some((k) => columns[k] !== undefined)) return { row: r, dataStart, columns, numbered };
  }
  return undefined;
}

/** A cheap test: does this sheet have a report table header near its top? */
export function looksLikeReport(grid: SheetGrid): boolean {
  return findHeader(grid, NEAR_TOP) !== undefined;
}
const NEAR_TOP = 40;

/** "(1) (2) (3)…" or "1 2 3…" under the header: the column-numbering row of Vietnamese forms. */
function isNumberingRow(row: readonly CellValue[]): boolean {
  const filled = row.filter((v) => !isBlank(v)).map(cellText);
  if (filled.length < 3) return false;
  if (filled.every((t) => /^\(\d+\)$/.test(t))) return true;
  return filled.every((t, i) => t === String(i + 1));
}

/**
 * The codes of numbered items, as a criteria sheet numbers them: "1." is "1", a lettered sub-item ("a)") is
 * numbered under the item above it ("1.a"). Numbers that start again under each part (I: 1, 2…; II: 1, 2…; or A, B…)
 * are told apart by their part («II.1», «B.1»). `sections` gives each entry's part where the part rows are not among
 * `raws` (a unit's report skips them, but for a part scored as one item, in its own section); without it a part's
 * entry (PART) opens its section. The same
 * numbering reads a sheet's criteria and its scores.
 */
export function numberedCodes(raws: readonly string[], sections?: readonly (string | undefined)[]): string[] {
  let item = '';
  let roman: string | undefined;
  const read = raws.map((text, i) => {
    const raw = text.trim().replace(/\.$/, '');
    if (PART.test(raw) && (!sections || sections[i] === raw)) {
      [roman, item] = [raw, ''];
      return { code: raw, section: undefined };
    }
    const section = sections ? sections[i] : roman;
    const letter = /^([a-zđ])\)?$/i.exec(raw);
    if (letter) return { code: item === '' ? raw : `${item}.${letter[1]!.toLowerCase()}`, section };
    if (/^\d+(?:\.\d+)*$/.test(raw)) item = raw;
    return { code: raw, section };
  });
  const numbered = read.filter((r) => r.section !== undefined && r.code !== '').map((r) => r.code);
  if (new Set(numbered).size === numbered.length) return read.map((r) => r.code);
  return read.map((r) => (r.section !== undefined && r.code !== '' ? `${r.section}.${r.code}` : r.code));
}

/**
 * Rows of a numbered sheet get their item codes (the cell keeps its address; its text becomes the code), and an
 * item with sub-items ("3" over "3.a", "3.b") is left out: its sub-items are what is scored. The self-scores
 * such items state are returned, to be checked against their sub-items'.
 */
function numberItems(rows: ReportRow[], sections: readonly (string | undefined)[]): { subtotals: NonNullable<UnitReport['selfScoreSubtotals']>; itemRows: ReportRow[] } {
  const codes = numberedCodes(rows.map((r) => cellText(r.code.raw)), sections);
  rows.forEach((r, i) => (r.code = { ...r.code, raw: codes[i]! }));
  const parents = new Set(codes.filter((code, i) => codes[i + 1]?.startsWith(`${code}.`)));
  const subtotals = rows.flatMap((r, i) => (parents.has(codes[i]!) && r.selfScore && r.selfScore.value.kind !== 'empty' ? [{ code: codes[i]!, cell: r.selfScore }] : []));
  const itemRows = rows.filter((_, i) => parents.has(codes[i]!));
  for (let i = rows.length - 1; i >= 0; i--) if (parents.has(codes[i]!)) rows.splice(i, 1);
  return { subtotals, itemRows };
}

/** The criterion code of a row as text ("1.1" stays "1.1" whether typed as text or as a number). */
export function rowCode(row: ReportRow): string {
  return cellText(row.code.raw);
}

/** The longest unit name read (the longest commune or office name is under 100 characters). */
export const MAX_UNIT_NAME = 300;

export type ReadReportResult = { ok: true; report: UnitReport } | { ok: false; error: ReportReadError };

export function readReport(grid: SheetGrid, opts: { file?: string } = {}): ReadReportResult {
  const header = findHeader(grid);
  if (!header) {
    const message = grid.values.every((row) => isBlankRow(row))
      ? `Trang «${grid.name}» trống, không có bảng báo cáo.`
      : `Không tìm thấy dòng tiêu đề có cột «Mã tiêu chí» và «Kết quả» (hoặc «Tử số», «Điểm tự chấm») trong trang «${grid.name}».`;
    return { ok: false, error: { sheet: grid.name, message } };
  }
  return readTable(grid, header, opts);
}

/**
 * readReport of a sheet that looksLikeReport, undefined for any other: its header looked for once (the
 * first header row found near the top is the one readReport finds).
 */
export function readIfReport(grid: SheetGrid, opts: { file?: string } = {}): ReadReportResult | undefined {
  const header = findHeader(grid, NEAR_TOP);
  return header && readTable(grid, header, opts);
}

function readTable(grid: SheetGrid, header: Header, opts: { file?: string }): ReadReportResult {
  const { columns } = header;
  const meta = findLabeledCells(grid, META_LABELS, 0, header.row);
  // A unit's name is written into many cells and lines (rankings, «Rà soát», the sealed record, the papers): one too
  // long for them is refused at the door, naming its cell, never cut on writing so a closing no longer verifies.
  const name = meta.unitName ? cellText(meta.unitName.raw) : '';
  if (name.length > MAX_UNIT_NAME) {
    const cell = meta.unitName!.address;
    return { ok: false, error: { sheet: grid.name, cell, message: `Ô ${cell}: tên đơn vị dài ${formatNumberVi(name.length)} ký tự, quá ${formatNumberVi(MAX_UNIT_NAME)} ký tự: hãy ghi tên ngắn gọn rồi chấm lại.` } };
  }
  // A date typed into «Ngày nộp» but read without its number format still is a date.
  if (meta.submittedAt?.value.kind === 'number') {
    const iso = excelSerialToIso(meta.submittedAt.value.value);
    if (iso !== undefined) meta.submittedAt = { ...meta.submittedAt, value: { kind: 'date', value: iso } };
  }

  const originRow = grid.origin?.row ?? 1;
  const originCol = grid.origin?.col ?? 1;
  const code = columns.code!;
  // The row fields the table has, and which of them hold figures; worked out once, not per row.
  const fields = ROW_FIELDS.flatMap((key) => (columns[key] === undefined ? [] : [[key, columns[key]] as const]));
  const valueColumns = fields.flatMap(([key, c]) => (key === 'note' || key === 'maxPoints' ? [] : [c]));
  const letters = fields.map(([, c]) => columnLetter(originCol + c));
  const codeLetter = columnLetter(originCol + code);
  const rows: ReportRow[] = [];
  let selfScoreTotal: ReportCell | undefined;
  // Roman-numeral group rows that state a self-score, with the rows under them, to check the one against the others.
  const groups: { code: string; cell: ReportCell; members: ReportRow[] }[] = [];
  let group: (typeof groups)[number] | undefined;
  // The part (roman numeral or capital letter) each row sits under (numbers may start again in each).
  let section: string | undefined;
  const sections: (string | undefined)[] = [];
  // Part rows, where they stand among the rows: a part with no row under it is scored as one item («C | ĐIỂM THƯỞNG | 5»),
  // but for one right over another part («II» over «C | Dịch vụ công trực tuyến»), which heads it.
  const parts: { r: number; at: number; code: string; heads: boolean }[] = [];
  // The row's cells as sheetCell makes them, with the column letters worked out once per table.
  const rowAt = (r: number): ReportRow => {
    const values = grid.values[r] ?? [];
    const sheetRow = originRow + r;
    const formats = grid.formats?.[r];
    const codeAddress = `${codeLetter}${sheetRow}`;
    const row: ReportRow = { row: sheetRow, code: reportCell(codeAddress, values[code] ?? null, formats?.[code], grid.formulas?.[codeAddress]) };
    for (let f = 0; f < fields.length; f++) {
      const [key, c] = fields[f]!;
      const address = `${letters[f]}${sheetRow}`;
      row[key] = reportCell(address, values[c] ?? null, formats?.[c], grid.formulas?.[address]);
    }
    return row;
  };
  for (let r = header.dataStart; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    const firstFilled = firstFilledValue(values);
    if (firstFilled === undefined) continue;
    if (r === header.dataStart && isNumberingRow(values)) continue;
    const codeRaw = values[code] ?? null;
    const titleRaw = columns.title === undefined ? undefined : values[columns.title];
    if (isTotal(codeRaw) || (titleRaw !== undefined && isTotal(titleRaw)) || (firstFilled !== codeRaw && firstFilled !== titleRaw && isTotal(firstFilled))) {
      if (columns.selfScore !== undefined) selfScoreTotal = sheetCell(grid, r, columns.selfScore);
      // A total right under the header (offices put it on top) comes before the rows it adds up.
      if (rows.length > 0) break;
      continue;
    }
    const codeText = cellText(codeRaw);
    // Group headings ("I. CHÍNH QUYỀN SỐ") have no code, or a long titled code cell and no figures;
    // in a numbered sheet, a part's number (PART).
    if (codeText === '' || (/\s/.test(codeText) && valueColumns.every((c) => isBlank(values[c])))) continue;
    if (header.numbered && PART.test(codeText.replace(/\.$/, ''))) {
      const stated = columns.selfScore === undefined ? undefined : sheetCell(grid, r, columns.selfScore);
      section = codeText.replace('.', '');
      group = stated && stated.value.kind !== 'empty' ? { code: section, cell: stated, members: [] } : undefined;
      if (group) groups.push(group);
      if (parts.length > 0 && parts.at(-1)!.at === rows.length) parts.at(-1)!.heads = true;
      parts.push({ r, at: rows.length, code: section, heads: false });
      continue;
    }
    const row = rowAt(r);
    rows.push(row);
    sections.push(section);
    group?.members.push(row);
    if (parts.length > 0) parts.at(-1)!.heads = true;
  }
  // Last first, so the places recorded before stay right; in its own section, which keeps its code («C», not «C.C»).
  for (const part of parts.reverse().filter((p) => !p.heads)) {
    rows.splice(part.at, 0, rowAt(part.r));
    sections.splice(part.at, 0, part.code);
    // Its self-score is the item's own, not a sum to check.
    const stated = groups.findIndex((g) => g.code === part.code);
    if (stated >= 0) groups.splice(stated, 1);
  }
  const { subtotals, itemRows } = header.numbered ? numberItems(rows, sections) : { subtotals: [], itemRows: [] };
  // A group sums the rows scored under it (its items' sub-items, not the items that only add them up).
  for (const g of groups) subtotals.push({ code: g.code, cell: g.cell, parts: g.members.filter((m) => rows.includes(m)).map((m) => cellText(m.code.raw)) });

  const columnLetters = Object.fromEntries(
    Object.entries(columns).map(([key, c]) => [key, columnLetter(originCol + c)]),
  ) as ReportColumns;
  // The sheet's last used column, even past the grid read (a row of formulas to XFD under the table): scoring's columns go after it.
  const width = Math.max(1, ...grid.values.map((row) => row.length), (grid.lastColumn ?? 0) - originCol + 1);
  const report: UnitReport = {
    sheet: grid.name,
    ...(opts.file !== undefined && { file: opts.file }),
    ...meta,
    headerRow: originRow + header.row,
    columns: columnLetters,
    lastColumn: originCol + width - 1,
    rows,
    ...(selfScoreTotal && selfScoreTotal.value.kind !== 'empty' && { selfScoreTotal }),
    ...(subtotals.length > 0 && { selfScoreSubtotals: subtotals }),
    ...(itemRows.length > 0 && { itemRows }),
  };
  return { ok: true, report };
}
