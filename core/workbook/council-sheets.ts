// Trang của Hội đồng (the council's sheets): «Rà soát» and «Biểu quyết» known by what they hold — the title thidua
// writes above the table, and the table's header under it — whatever the council named them or wherever it moved them.
// The title is the sheet's mark because a cell's text is what renaming, moving and copying a sheet keep alike in Excel,
// LibreOffice and openpyxl; a defined name is not (Excel copies a sheet's own names with it and leaves a workbook's
// name on the first sheet, LibreOffice turns sheet names into its own ranges), and the task pane's Office.js writes
// cells, not names. A copied sheet keeps the title too, so it claims the same role: two claims are said, never one chosen.
import type { SheetGrid } from '../sheet/cell.js';
import { cellText } from '../values.js';
import { REVIEW_SHEET, REVIEW_TITLE } from './plan-review.js';
import { VOTE_SHEET, VOTE_TITLE } from './plan-votes.js';
import { reviewHeader } from './read-review.js';
import { voteHeader } from './read-votes.js';

export type CouncilRole = 'review' | 'votes';

const ROLES: Record<CouncilRole, { sheet: string; title: string; header: (row: readonly unknown[]) => unknown }> = {
  review: { sheet: REVIEW_SHEET, title: REVIEW_TITLE, header: (row) => reviewHeader(row) },
  votes: { sheet: VOTE_SHEET, title: VOTE_TITLE, header: voteHeader },
};

/** The role a sheet claims: the first text it holds is the role's title (a row or column put before it moves it, not away), and a row under it is the role's header. */
export function claimedRole(grid: SheetGrid): CouncilRole | undefined {
  const first = firstText(grid);
  for (const role of Object.keys(ROLES) as CouncilRole[]) {
    if (first === ROLES[role].title && grid.values.some((row) => ROLES[role].header(row) !== undefined)) return role;
  }
  return undefined;
}

export type CouncilSheets = {
  /** The one sheet claiming each role; none when no sheet does, or when two do (then `claims` says so). */
  review?: SheetGrid;
  votes?: SheetGrid;
  /** Roles claimed by more than one sheet, one Vietnamese line each naming every sheet: every face stops on them. */
  claims: string[];
};

/** The council's sheets among `grids` (every sheet of the workbook, as read). */
export function findCouncilSheets(grids: readonly SheetGrid[]): CouncilSheets {
  const found: Record<CouncilRole, SheetGrid[]> = { review: [], votes: [] };
  for (const grid of grids) {
    const role = claimedRole(grid);
    if (role) found[role].push(grid);
  }
  const claims = (Object.keys(found) as CouncilRole[])
    .filter((role) => found[role].length > 1)
    .map(
      (role) =>
        `Các trang ${found[role].map((g) => `«${g.name}»`).join(' và ')} đều là trang «${ROLES[role].sheet}» của Hội đồng (cùng tiêu đề «${ROLES[role].title}» và bảng): thidua không chọn trang nào. Hãy giữ một trang (chép sang nó những dòng cần giữ của trang kia), xóa trang còn lại, lưu rồi chạy lại.`,
    );
  return {
    ...(found.review.length === 1 ? { review: found.review[0]! } : {}),
    ...(found.votes.length === 1 ? { votes: found.votes[0]! } : {}),
    claims,
  };
}

/** The first text of the sheet, row by row. */
function firstText(grid: SheetGrid): string {
  for (const row of grid.values) {
    for (const v of row) {
      const text = cellText(v ?? null);
      if (text !== '') return text;
    }
  }
  return '';
}

// Made for issue 56 item 1: a council sheet renamed, moved or copied in Excel or LibreOffice is read — and written
// back — as the council's, never written back empty beside it; a copy is named with the sheet it copies.
