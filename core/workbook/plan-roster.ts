// A blank «Danh sách đơn vị» (the commune's list of units) for the officer to fill: its headers as readRoster reads
// them — the name and kind, then sex, birth date, post and unit of work, which a person's achievement report is filled
// from — under a line naming the kinds the set knows and what the four last columns are for.
import type { CriteriaSet } from '../criteria/schema.js';
import { ROSTER_HEADERS, ROSTER_SHEET } from '../ranking/roster.js';
import { withPrintLayout } from '../sheet/print-layout.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';
import type { CellValue } from '../cell.js';

/** Empty rows laid out for typing (the date column formatted as a date): a commune's units and persons fit. */
const BLANK_ROWS = 60;
const WIDTHS = [40, 14, 10, 12, 28, 32];
const HEADER: CellFormat = { bold: true, wrap: true, fill: '#D9E1F2', horizontalAlignment: 'center' };
const NOTE: CellFormat = { italic: true };
const DATE: CellFormat = { numberFormat: 'dd/mm/yyyy', horizontalAlignment: 'left' };

/** The list's blank sheet for `set`: title, notes, the header row (frozen, printed on every page), empty rows. */
export function planRosterTemplate(set: Pick<CriteriaSet, 'subjectKinds' | 'commune'>): SheetEdit {
  const width = ROSTER_HEADERS.length;
  const line = (first: CellValue): CellValue[] => [first, ...Array<CellValue>(width - 1).fill(null)];
  const birth = ROSTER_HEADERS.findIndex(([key]) => key === 'birthDate');
  // Short lines, each within the table's width: a note running past the last column would shrink the printed page.
  const notes = [
    '«Loại đơn vị» ghi một trong các loại của bộ tiêu chí:',
    ...set.subjectKinds.map((k) => `- ${k.label}`),
    'Giới tính, Ngày sinh (dd/mm/yyyy), Chức vụ, Đơn vị công tác: không bắt buộc; ghi cho cá nhân để báo cáo thành tích',
    'theo mẫu của Nghị định 152/2025/NĐ-CP điền sẵn các mục ấy (để trống: báo cáo để dòng chấm cho cá nhân tự điền).',
  ];
  const headerRow = notes.length + 2;
  const values: CellValue[][] = [
    line(`DANH SÁCH ĐƠN VỊ${set.commune ? ` - ${set.commune.toUpperCase()}` : ''}`),
    ...notes.map(line),
    ROSTER_HEADERS.map(([, header]) => header),
    ...Array.from({ length: BLANK_ROWS }, () => line(null)),
  ];
  const formats: (CellFormat | null)[][] = [
    [{ bold: true }],
    ...notes.map(() => [NOTE]),
    ROSTER_HEADERS.map(() => HEADER),
    ...Array.from({ length: BLANK_ROWS }, () => ROSTER_HEADERS.map((_, c) => (c === birth ? DATE : null))),
  ];
  const sheet = withRowHeights({
    sheet: ROSTER_SHEET,
    mode: 'replace',
    blocks: [{ address: 'A1', values, cellFormats: formats }],
    columnWidths: widthsFromA(WIDTHS),
    freeze: { rows: headerRow, columns: 0 },
  });
  return withPrintLayout(sheet, { titleRows: `$${headerRow}:$${headerRow}` });
}

// Made for issue 57 item 4: the unit list's template with the columns a person's achievement report is filled from.
