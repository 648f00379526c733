// How much of a workbook thidua reads. Far more than any report, criteria or scoring sheet holds; small
// enough that a hostile or broken file (a value at XFD1048576, a zip bomb, a 50 MB cell) costs only itself.
import { formatNumberVi } from '../values.js';

export const READ_LIMITS = {
  /** Rows and columns read from A1; cells beyond are left out and said. */
  rows: 20_000,
  columns: 256,
  /** Excel's own limit for the text of one cell. */
  cellText: 32_767,
  /**
   * Declared uncompressed sizes in the .xlsx (zip), checked before anything is inflated. ExcelJS holds about
   * 27 bytes of memory per byte of sheet XML (1 M rows, 51 MB: 1.4 GB), so one sheet stays under 16 MB (some
   * 300,000 cells, about 450 MB) and a run stays under 1 GB.
   */
  zipTotalBytes: 128 * 1024 * 1024,
  zipPartBytes: 16 * 1024 * 1024,
  sharedStringsBytes: 16 * 1024 * 1024,
  zipEntries: 5_000,
} as const;

/** "20.000 dòng × 256 cột". */
export function gridLimitText(): string {
  return `${formatNumberVi(READ_LIMITS.rows)} dòng × ${formatNumberVi(READ_LIMITS.columns)} cột`;
}

/** "256 MB". */
export function megabytes(bytes: number): string {
  return `${formatNumberVi(Math.round(bytes / (1024 * 1024)))} MB`;
}
