// What a criteria sheet left out and what was used instead, in the words every face shows (the command line on
// stderr, the standalone page under the set it names).
import type { CriteriaSheetNotice } from './sheet-reader.js';

/** One line saying where, then one line per notice with its cell. */
export function describeNotices(where: string, notices: readonly CriteriaSheetNotice[]): string {
  return [`${where}: đã tự bổ sung (không phải lỗi, sửa trên trang nếu cần):`, ...notices.map((n) => `  ô ${n.cell}: ${n.message}`)].join('\n');
}

// Made for: the same notice on the command line and the standalone page when a criteria table is read.
