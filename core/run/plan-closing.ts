// `Chốt kết quả`: the rounds the council closed — who, when, why, each round's seal — and the SHA-256 of every file
// of the last one, on a sheet of tong-hop.xlsx officers can print and check against. The sheet is the record's
// printed copy: a cell edited on it no longer matches the plan of its record (previous-summary.ts says which).
import type { ClosedRound, Covers } from './closing.js';
import type { CellValue } from '../cell.js';
import { formatDateVi } from '../values.js';
import { FILL } from '../workbook/plan-scored-sheet.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { withPrintLayout } from '../sheet/print-layout.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';
import { openAtClosingSentence, openLines } from './open-at-closing.js';
import { COUNCIL_SHEET_NAMES } from '../workbook/council-sheets.js';

export const CLOSING_SHEET = 'Chốt kết quả';
/** A1 of every «Chốt kết quả»: how a later run knows the sheet is thidua's. */
export const CLOSING_TITLE = 'CHỐT KẾT QUẢ — HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG';
const HEADER: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };
const TEXT: CellFormat = { wrap: true };

/** What a round's digests cover, as the sheet words it: the scored files of an output folder, or the report sheets of one open workbook. */
const COVERS: Record<Covers, { label: string; count: string; title: string; check: string }> = {
  files: { label: 'Tệp', count: 'Số tệp', title: 'Các tệp', check: '«thidua verify» hoặc «Kiểm tra với kết quả đã chốt» của trang độc lập' },
  sheets: { label: 'Trang báo cáo', count: 'Số trang', title: 'Các trang báo cáo', check: '«Kiểm tra với kết quả đã chốt» của ngăn tác vụ; mã tính trên số liệu đơn vị đã nhập' },
};

/** Said of a round closed before what was open was kept. */
const OPEN_NOT_KEPT = 'Không ghi (chốt bằng phiên bản trước)';

export function planClosing(rounds: readonly ClosedRound[]): SheetEdit {
  const last = rounds.at(-1)!;
  const covers = COVERS[last.covers];
  // What was open at closing, once any round keeps it: a sheet of rounds closed before reads as it was written.
  const keepsOpen = rounds.some((r) => r.open);
  const openOf = (r: ClosedRound): CellValue[] => (keepsOpen ? [r.open ? openAtClosingSentence(r.open) : OPEN_NOT_KEPT] : []);
  const roundRows: CellValue[][] = rounds.map((r) => [r.number, r.closedBy, `${formatDateVi(r.closedAt.slice(0, 10))} ${r.closedAt.slice(11, 16)}`, r.reason || '—', r.files.length, r.seal, ...openOf(r)]);
  const fileRows: CellValue[][] = last.files.map((f, i) => [i + 1, f.name, f.sha256]);
  // In thidua's names: the sheet is read back and compared with this plan, which knows no names the council gave.
  const openRows: CellValue[][] = last.open ? openLines(last.open, COUNCIL_SHEET_NAMES).map((l) => [l.text]) : [];
  const openAt = 4 + rounds.length + 1;
  const filesAt = openAt + (openRows.length > 0 ? openRows.length + 2 : 0) + 1;
  return withPrintLayout(
    withRowHeights({
      sheet: CLOSING_SHEET,
      mode: 'replace',
      blocks: [
        { address: 'A1', values: [[CLOSING_TITLE]], format: { bold: true, fontColor: '#1F3864' } },
        { address: 'A3', values: [['Lần', 'Người chốt', 'Thời điểm', 'Lý do chốt lại', covers.count, 'Mã niêm phong (bản ghi chốt)', ...(keepsOpen ? ['Còn mở khi chốt'] : [])]], format: HEADER },
        { address: 'A4', values: roundRows, cellFormats: roundRows.map(() => [null, TEXT, TEXT, TEXT, null, TEXT, ...(keepsOpen ? [TEXT] : [])]) },
        ...(openRows.length > 0
          ? [
              { address: `A${openAt}`, values: [[`Các mục còn mở khi chốt lần ${last.number} (Hội đồng vẫn chốt)`]], format: { bold: true } },
              { address: `A${openAt + 1}`, values: openRows },
            ]
          : []),
        { address: `A${filesAt}`, values: [[`${covers.title} của lần chốt ${last.number} (kiểm tra bằng ${covers.check})`]], format: { bold: true } },
        { address: `A${filesAt + 1}`, values: [['STT', covers.label, 'Mã SHA-256']], format: HEADER },
        ...(fileRows.length > 0 ? [{ address: `A${filesAt + 2}`, values: fileRows, cellFormats: fileRows.map(() => [null, TEXT, TEXT]) }] : []),
      ],
      columnWidths: widthsFromA([7, 36, 68, 30, 9, 68, ...(keepsOpen ? [60] : [])]),
    }),
  );
}

// Made for issue 26 item 2: what was closed, by whom and when, readable on paper as well as by `thidua verify`;
// issue 35 item 2: each round's seal on paper too; issue 38 item 2: what was still open when each round was closed.
