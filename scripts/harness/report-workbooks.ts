// Unit report workbooks as officers type them (one sheet per unit: metadata, header on row 7, criteria from
// row 8), written by ExcelJS: the tests, the hostile corpus and the benchmarks build their inputs from these.
import ExcelJS from 'exceljs';

/** [code, result, numerator, denominator, evidence, self-score] as the unit typed them. */
export type Line = [string, ExcelJS.CellValue, ExcelJS.CellValue, ExcelJS.CellValue, string | null, ExcelJS.CellValue];

export type UnitSheet = {
  sheet: string;
  name: string;
  kind: string;
  submitted: Date | string | null;
  setRef?: string;
  lines: Line[];
};

/** Header on row 7, criteria from row 8; columns: Mã tiêu chí, Nội dung, Kết quả, Tử số, Mẫu số, Minh chứng, Điểm tự chấm, Ghi chú. */
export const FIRST_ROW = 8;

export async function writeReportWorkbook(path: string, units: UnitSheet[]): Promise<void> {
  await reportWorkbook(units).xlsx.writeFile(path);
}

export function reportWorkbook(units: UnitSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const u of units) {
    const ws = wb.addWorksheet(u.sheet);
    ws.getCell('A1').value = 'BÁO CÁO KẾT QUẢ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025';
    ws.mergeCells('A1:H1');
    const meta: [string, ExcelJS.CellValue][] = [
      ['Tên đơn vị:', u.name],
      ['Loại đơn vị:', u.kind],
      ['Ngày nộp:', u.submitted],
      ['Bộ tiêu chí:', u.setRef ?? 'ta-ma-2025@2025.1'],
    ];
    meta.forEach(([label, value], i) => {
      ws.getCell(2 + i, 1).value = label;
      ws.getCell(2 + i, 2).value = value;
    });
    ws.getCell('B4').numFmt = 'dd/mm/yyyy';
    ws.getRow(7).values = ['Mã tiêu chí', 'Nội dung', 'Kết quả', 'Tử số', 'Mẫu số', 'Minh chứng', 'Điểm tự chấm', 'Ghi chú'];
    u.lines.forEach(([code, result, num, den, evidence, self], i) => {
      ws.getRow(FIRST_ROW + i).values = [code, `Tiêu chí ${code}`, result, num, den, evidence, self, null];
    });
  }
  return wb;
}

/** A hamlet that did well: every figure given, on time. */
export function goodHamlet(sheet: string, name: string): UnitSheet {
  return {
    sheet,
    name,
    kind: 'Bản',
    submitted: new Date(Date.UTC(2025, 10, 3)),
    lines: [
      ['HTS1', '60%', null, null, null, 10], // ≥ 50% → 10
      ['HTS2', null, 50, 100, null, 15], // 50% > 40% → 15
      ['HTS3', 'Có', null, null, null, 5], // → 5
      ['HTS4', '30%', null, null, null, 15], // 30/40 × 15 = 11,25
      ['XHS1', null, 60, 100, null, 15], // 60% > 50% → 15
      ['XHS2', '35%', null, null, null, 10], // 35/70 × 10 = 5
      ['TT1', null, 3, 3, 'Biên bản họp bản', 10], // 100% → 10
      ['TT4', 'Có', null, null, 'Sổ theo dõi', 5], // → 5
      ['BAN1', null, null, null, 'Biên bản bình xét', 12], // manual: self-score stands → 12
    ],
  };
}
export const GOOD_HAMLET_POINTS: Record<string, number> = { HTS1: 10, HTS2: 15, HTS3: 5, HTS4: 11.25, XHS1: 15, XHS2: 5, TT1: 10, TT4: 5, BAN1: 12 };
export const GOOD_HAMLET_TOTAL = 88.25;
