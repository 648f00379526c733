// Bảng chấm điểm gộp: the one table that is criteria and score sheet at once (DOMAIN.md §8) — STT/TT |
// Tên tiêu chí | Điểm tối đa | Điểm tự chấm | Điểm thẩm định | Tài liệu kiểm chứng | Ghi chú, grouped under
// roman numerals, sub-items «1.1», «a)», a «Tổng cộng» row. Its criteria are its rows with their maxima,
// scored by hand; the same sheet is read as the unit's report (core/report/read.ts).
import { looksLikeReport, readReport } from '../../../report/read.js';
import type { SheetGrid } from '../../../sheet/cell.js';
import { hasCriteriaTable, type CriteriaLayout } from '../sheet-reader.js';
import sectioned from './sectioned.js';

/** A criteria table that is also a report scored from its self-scores alone (no «Kết quả», «Tử số»). */
function detect(grid: SheetGrid): boolean {
  if (!hasCriteriaTable(grid) || !looksLikeReport(grid)) return false;
  const read = readReport(grid);
  if (!read.ok) return false;
  const { columns } = read.report;
  return columns.selfScore !== undefined && columns.maxPoints !== undefined && columns.result === undefined && columns.numerator === undefined;
}

export default {
  id: 'scoring-sheet',
  detect,
  // Read as any criteria table: numbered items, headings, sub-items and the total row are the table's own.
  read: sectioned.read,
} satisfies CriteriaLayout;

// Made for: communes' «Bảng tự chấm điểm thi đua» forms (TT | Nội dung | Thang điểm | Tự chấm | Điểm phúc tra |
// Tài liệu kiểm chứng | Ghi chú), the commune's blank form and each unit's filled copy alike.
