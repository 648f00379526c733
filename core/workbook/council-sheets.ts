// Trang của Hội đồng (the council's sheets): «Rà soát» and «Biểu quyết» known by what they hold — the title thidua
// writes above the table, and the table's header under it — whatever the council named them or wherever it moved them.
// The title is the sheet's mark because a cell's text is what renaming, moving and copying a sheet keep alike in Excel,
// LibreOffice and openpyxl; a defined name is not (Excel copies a sheet's own names with it and leaves a workbook's
// name on the first sheet, LibreOffice turns sheet names into its own ranges), and the task pane's Office.js writes
// cells, not names. A copied sheet keeps the title too, so it claims the same role: two claims are said, never one chosen.
// A sheet too long for one sheet is written in parts (table-sheet.ts), each under the title with its line «Phần n/m»:
// the parts of one sheet, renamed or not, are read together; a part twice (a copy) or a part missing is said.
import type { SheetGrid } from '../sheet/cell.js';
import { cellText } from '../values.js';
import { matchesHeader } from '../text.js';
import { partOfLine } from './table-sheet.js';
import { REVIEW_HEADERS, REVIEW_SHEET, REVIEW_TITLE } from './plan-review.js';
import { VOTE_HEADERS, VOTE_SHEET, VOTE_TITLE } from './plan-votes.js';
import { reviewHeader } from './read-review.js';
import { voteHeader } from './read-votes.js';
import { sheetCells } from '../council/vote.js';

export type CouncilRole = 'review' | 'votes';

/**
 * The names «Rà soát» and «Biểu quyết» go by in the workbook a face writes (the council may have renamed them): every
 * line an officer reads names them so, never by thidua's own names.
 */
export type CouncilSheetNames = Record<CouncilRole, string>;

/**
 * The council's workbook as a face names it: its sheets' names, and the file where the face has one (the command
 * line's tong-hop.xlsx as a path from where the officer runs it, the page's download); the pane is inside it.
 */
export type CouncilWorkbook = CouncilSheetNames & { file?: string };

/** «tệp kq/tong-hop.xlsx, trang «Biểu quyết», ô B4»: where in the council's workbook, named alike on every face. */
export function councilPlace(book: CouncilWorkbook, role: CouncilRole, cell?: string): string {
  return `${book.file ? `tệp ${book.file}, ` : ''}trang ${sheetCells(book[role], cell)}`;
}

/** thidua's own names for the council's two sheets, as written when the council has not named them. */
export const COUNCIL_SHEET_NAMES: CouncilSheetNames = { review: REVIEW_SHEET, votes: VOTE_SHEET };

/** Each role's title, its header row, the headers thidua writes and those a header row must hold to be read. */
const ROLES: Record<CouncilRole, { title: string; header: (row: readonly unknown[]) => unknown; headers: readonly string[]; needed: readonly string[] }> = {
  review: { title: REVIEW_TITLE, header: (row) => reviewHeader(row), headers: REVIEW_HEADERS, needed: ['Trang', 'Cảnh báo', 'Quyết định'] },
  votes: { title: VOTE_TITLE, header: voteHeader, headers: VOTE_HEADERS, needed: ['Đơn vị', 'Tổng số thành viên', 'Đồng ý'] },
};

/**
 * The role a sheet claims: the first text it holds is the role's title (a row or column put before it moves it, not
 * away), and a row under it is the role's header. A sheet under no title of thidua's whose top rows hold the role's
 * header claims it too: the council deleted the title's rows, or pasted the table on a sheet of its own — what it typed
 * there is the council's, never kept unread beside the sheet read (`untitled`).
 */
export function claimedRole(grid: SheetGrid): CouncilRole | undefined {
  return claimOf(grid)?.role;
}

function claimOf(grid: SheetGrid): { role: CouncilRole; untitled?: true } | undefined {
  const first = firstText(grid);
  const roles = Object.keys(ROLES) as CouncilRole[];
  for (const role of roles) {
    if (first === ROLES[role].title && grid.values.some((row) => ROLES[role].header(row) !== undefined)) return { role };
  }
  if (roles.some((role) => ROLES[role].title === first)) return undefined;
  const top = grid.values.slice(0, UNTITLED_HEADER_ROWS);
  const role = roles.find((k) => top.some((row) => ROLES[k].header(row) !== undefined));
  return role ? { role, untitled: true } : undefined;
}

/** How far down a sheet without thidua's title its table's header is looked for: thidua writes it on row 7 at most, a part's line and a few rows the council inserts above it. */
const UNTITLED_HEADER_ROWS = 20;

export type CouncilSheets = {
  /** The sheet claiming each role, or its parts in order; none when no sheet does, or when the claims do not make one sheet (then `claims` says so). */
  review?: readonly SheetGrid[];
  votes?: readonly SheetGrid[];
  /** Roles claimed by more than one sheet, or by parts that do not make one sheet, one Vietnamese line each naming every sheet: every face stops on them. */
  claims: string[];
  /** For each role `claims` names, the sheets claiming it, none of them read: what is open there cannot be counted, and these are the sheets to name. */
  unsettled: Partial<Record<CouncilRole, string[]>>;
};

/** The council's sheets among `grids` (every sheet of the workbook, as read). */
export function findCouncilSheets(grids: readonly SheetGrid[]): CouncilSheets {
  const found: Record<CouncilRole, SheetGrid[]> = { review: [], votes: [] };
  const claims: string[] = [];
  const untitled = new Set<SheetGrid>();
  for (const grid of grids) {
    const claim = claimOf(grid);
    if (claim?.untitled) untitled.add(grid);
    const role = claim?.role;
    if (role) found[role].push(grid);
    else {
      const unread = headerUnread(grid);
      if (unread) claims.push(unread);
    }
  }
  const sheets: Partial<Record<CouncilRole, readonly SheetGrid[]>> = {};
  const unsettled: CouncilSheets['unsettled'] = {};
  for (const role of Object.keys(found) as CouncilRole[]) {
    const made = oneSheet(role, found[role], untitled);
    if (typeof made === 'string') {
      claims.push(made);
      unsettled[role] = found[role].map((g) => g.name);
    } else if (made) sheets[role] = made;
  }
  return { ...sheets, claims, unsettled };
}

/** The claims of one role as one sheet (its parts in order), undefined when none, or the line saying why they are not one. */
function oneSheet(role: CouncilRole, claimed: readonly SheetGrid[], untitled: ReadonlySet<SheetGrid>): readonly SheetGrid[] | string | undefined {
  const { title } = ROLES[role];
  const sheet = COUNCIL_SHEET_NAMES[role];
  const names = (list: readonly SheetGrid[]) => list.map((g) => `«${g.name}»`).join(' và ');
  // What makes each the role's, as the officer sees it: the title, or (title rows deleted, table pasted) the table's header alone.
  const alike = (list: readonly SheetGrid[]) => {
    const bare = list.filter((g) => untitled.has(g));
    if (bare.length === 0) return `cùng tiêu đề «${title}» và bảng`;
    return `cùng bảng của trang «${sheet}», dòng tiêu đề cột ${ROLES[role].needed.map((h) => `«${h}»`).join(', ')}…; ${bare.map((g) => `trang «${g.name}» không có tiêu đề «${title}» nhưng có dòng ấy ở dòng ${headerRowOf(role, g)}`).join('; ')}`;
  };
  const copies = (list: readonly SheetGrid[], what: string) =>
    `Các trang ${names(list)} đều là ${what} của Hội đồng (${alike(list)}): thidua không chọn trang nào. Hãy giữ một trang (chép sang nó những dòng cần giữ của trang kia), xóa trang còn lại, lưu rồi chạy lại.`;
  if (claimed.length === 0) return undefined;
  const parts = claimed.map((grid) => ({ grid, part: partOf(grid) }));
  const whole = parts.filter((p) => !p.part);
  if (whole.length === claimed.length) return whole.length === 1 ? claimed : copies(claimed, `trang «${sheet}»`);
  if (whole.length > 0) return copies(claimed, `trang «${sheet}» hoặc một phần của nó`);
  const of = parts[0]!.part!.of;
  for (let n = 1; n <= of; n++) {
    const same = parts.filter((p) => p.part!.n === n);
    if (same.length > 1) return copies(same.map((p) => p.grid), `phần ${n} của trang «${sheet}»`);
  }
  const order = Array.from({ length: of }, (_, i) => parts.find((p) => p.part!.n === i + 1 && p.part!.of === of)?.grid);
  if (parts.length !== of || order.some((g) => !g)) {
    return `Các trang ${names(claimed)} là các phần của trang «${sheet}» của Hội đồng nhưng không đủ ${of} phần (dòng «Phần n/${of}» dưới tiêu đề): thidua không đọc trang nào, để không mất những gì đã ghi ở phần thiếu. Hãy khôi phục phần thiếu (hoặc các phần từ tệp tong-hop.xlsx trước), lưu rồi chạy lại.`;
  }
  return order as SheetGrid[];
}

/** The part a sheet holds, by the line «Phần n/m» above its table; undefined for a sheet not split. */
function partOf(grid: SheetGrid): { n: number; of: number } | undefined {
  for (const row of grid.values) {
    if (ROLES.review.header(row) !== undefined || ROLES.votes.header(row) !== undefined) return undefined;
    for (const v of row) {
      const part = partOfLine(cellText(v ?? null));
      if (part) return part;
    }
  }
  return undefined;
}

/**
 * A sheet under a role's title whose table header does not read (a column's title retyped, «Quyết định» become
 * «Quyết định của Hội đồng»): what the council typed in it would be read as nothing, and the role written again beside
 * it. The line saying so, naming the row most like the header and the titles it lacks; undefined for any other sheet.
 */
function headerUnread(grid: SheetGrid): string | undefined {
  const first = firstText(grid);
  const role = (Object.keys(ROLES) as CouncilRole[]).find((k) => ROLES[k].title === first);
  if (!role) return undefined;
  const { headers, needed } = ROLES[role];
  const count = (row: readonly unknown[]) => row.filter((v) => headers.some((h) => matchesHeader(v, [h]))).length;
  const best = grid.values.reduce<number>((b, row, r) => (count(row) > count(grid.values[b] ?? []) ? r : b), 0);
  const row = grid.values[best] ?? [];
  const lacking = needed.filter((h) => !row.some((v) => matchesHeader(v, [h])));
  const where = count(row) > 0 ? `dòng ${(grid.origin?.row ?? 1) + best} không có cột ${lacking.map((h) => `«${h}»`).join(', ')}` : `không có dòng tiêu đề cột ${needed.map((h) => `«${h}»`).join(', ')}`;
  return `Trang «${grid.name}» có tiêu đề «${first}» của trang «${COUNCIL_SHEET_NAMES[role]}» nhưng bảng không đọc được (${where}): thidua không đọc được điều Hội đồng ghi trong đó, nên không chấm, không chốt. Hãy ghi lại tiêu đề cột đúng như thidua đã ghi (${headers.map((h) => `«${h}»`).join(', ')}), lưu rồi chạy lại.`;
}

/** The sheet's row (as the officer numbers it) holding `role`'s table header. */
function headerRowOf(role: CouncilRole, grid: SheetGrid): number {
  return (grid.origin?.row ?? 1) + grid.values.findIndex((row) => ROLES[role].header(row) !== undefined);
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
