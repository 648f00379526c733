// The rows of a written «Rà soát» sheet for one unit and flag code, and its columns by header: what the council's
// hand-typing tests type into and read back.
import type ExcelJS from 'exceljs';
import { flagCodeOf } from '../../core/checks/titles.js';
import { REVIEW_HEADERS, REVIEW_HEADER_ROW } from '../../core/workbook/plan-review.js';
import { formatDateVi, officerDay } from '../../core/values.js';

export const reviewCol = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h) + 1;

export function reviewRows(ws: ExcelJS.Worksheet, unit: string, code: string): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, r) => {
    if (r > REVIEW_HEADER_ROW && row.getCell(reviewCol('Đơn vị')).value === unit && flagCodeOf(row.getCell(reviewCol('Cảnh báo')).text) === code) rows.push(row);
  });
  return rows;
}

/** The council's hand on `unit`'s first row of flag `code`: `word` in «Quyết định», by Lò Văn Thành on 20/11/2025. */
export function typeDecision(review: ExcelJS.Worksheet, unit: string, code: string, word: string): void {
  const [row] = reviewRows(review, unit, code);
  if (!row) throw new Error(`${unit} has no ${code} flag in «Rà soát»`);
  row.getCell(reviewCol('Quyết định')).value = word;
  row.getCell(reviewCol('Người rà soát')).value = 'Lò Văn Thành';
  row.getCell(reviewCol('Ngày')).value = '20/11/2025';
}

/**
 * The council's hand: on `unit`'s rows of «Rà soát», its ratio flag «bác bỏ» and its late submission «CHAP NHAN»
 * (typed without care for case or diacritics), by Lò Văn Minh on the day they are typed — never before the run that
 * listed the flags, which thidua would say (core/run/decisions-before-listing.ts). Returns the two rows typed into and
 * the date as typed («29/11/2026»).
 */
export function typeCouncilDecisions(review: ExcelJS.Worksheet, unit: string): { ratio: ExcelJS.Row; late: ExcelJS.Row; date: string } {
  const [ratio] = reviewRows(review, unit, 'numerator-exceeds-denominator').concat(reviewRows(review, unit, 'ratio-mismatch'));
  const [late] = reviewRows(review, unit, 'late-submission');
  if (!ratio || !late) throw new Error(`${unit} has no ratio or late-submission flag in «Rà soát»`);
  ratio.getCell(reviewCol('Quyết định')).value = 'bác bỏ';
  late.getCell(reviewCol('Quyết định')).value = 'CHAP NHAN';
  const date = formatDateVi(officerDay());
  for (const row of [ratio, late]) {
    row.getCell(reviewCol('Người rà soát')).value = 'Lò Văn Minh';
    row.getCell(reviewCol('Ngày')).value = date;
  }
  return { ratio, late, date };
}
