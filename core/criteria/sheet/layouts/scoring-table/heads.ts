// Between passes 2 and 3 of reading an office's scoring table: rows of words alone that head the rows after them. A
// table drawn from an app's records (a commune's DTI and PAR INDEX sets) writes its groups as a row with only their
// name — «Nhận thức số», «Thể chế số»…, no number, no points — above rows numbered by codes that run on across them
// («DTI-04» | head | «DTI-05»). Such rows are the table's groups, not the note of the row above; two heads one above
// the other are a part over its fields («ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CCHC» over «Xây dựng và thực hiện Kế hoạch …»).
import { isBlank, sheetCell } from '../../../../sheet/grid.js';
import { ROMAN_NUMERALS } from '../../../../text.js';
import { formatPoints, parseNumberText } from '../../../../values.js';
import type { ReportCell, SheetGrid } from '../../../../sheet/cell.js';
import { subPartRows } from '../../sub-part-rows.js';
import { WRITTEN_TOTAL } from '../../vocabulary.js';
import type { SheetReader } from '../../sheet-reader.js';
import type { Table } from './columns.js';
import type { Node } from './node.js';
import { pointsOf as pointsRead, writtenRows, type Later, type PointsCell, type TableRow } from './rows.js';

/**
 * A head as read: a part (a group of the set, its fields under it) or a field (a group, or under a part its fields' name);
 * `points`: a sub-part's own points cell, where it writes them (sub-part-rows.ts).
 */
export type Head = { kind: 'part' | 'field'; code: string; part?: string; points?: ReportCell };

/** Where a row's numbering stands: its letters and first number («DTI-05» DTI- 5, «1.3.1» 1, «TP04» TP 4). */
const leading = (raw: string) => {
  const m = /^(\D*)(\d+)/.exec(raw);
  return m ? { letters: m[1]!, n: Number(m[2]) } : undefined;
};

/**
 * The word-only heads of a table, by row index (`rows`): only in a table with no sections of its own that opens with
 * such a row, each head followed by a numbered row with points or by another head, two heads at least. A head over
 * another head is a part; so is one whose rows number from lower than the rows above it (a part «ĐÁNH GIÁ TÁC ĐỘNG …»
 * whose items are «1», «2» after «7»), unless it opens the part right above it; the others are fields.
 */
export function wordHeads(grid: SheetGrid, table: Table, rows: readonly TableRow[], pointsCell: PointsCell): Map<number, Head> {
  const heads = new Map<number, Head>();
  const title = table.columns.title!;
  const wordOnly = (row: TableRow | undefined) =>
    row !== undefined && row.raw === '' && !row.section && !row.dash && row.title !== '' && (grid.values[row.r] ?? []).every((v, c) => c === title || isBlank(v));
  const scored = (row: TableRow | undefined) => row !== undefined && row.raw !== '' && pointsOf(pointsCell, row.r);
  if (table.levels !== undefined || !wordOnly(rows[0]) || rows.some((x) => x.section || x.word)) return heads;
  const found = rows.flatMap((row, i) => (wordOnly(row) && (scored(rows[i + 1]) || wordOnly(rows[i + 1])) ? [i] : []));
  if (found.length < 2) return heads;
  let parts = 0;
  let fields = 0;
  let part: string | undefined;
  for (const i of found) {
    const before = rows.slice(0, i).findLast((x) => x.raw !== '');
    const after = rows.slice(i + 1).find((x) => x.raw !== '');
    const [was, next] = [before && leading(before.raw), after && leading(after.raw)];
    const opensPart = i > 0 && heads.get(i - 1)?.kind === 'part';
    // Numbers that go back under the same letters («1» after «7»; not «HT01» after «TP04», each group its own letters).
    const back = was !== undefined && next !== undefined && next.letters === was.letters && next.n < was.n;
    const isPart = wordOnly(rows[i + 1]) || (!opensPart && back);
    if (isPart) {
      part = ROMAN_NUMERALS[parts++] ?? String(parts);
      fields = 0;
      heads.set(i, { kind: 'part', code: part });
    } else {
      fields++;
      heads.set(i, { kind: 'field', code: part ? `${part}.${fields}` : String(fields), ...(part && { part }) });
    }
  }
  return heads;
}

/**
 * The sub-parts written as a row with their points and no number (../../sub-part-rows.ts), each a group of the items
 * under it, by row index: only in a table with no sections of its own and no level column, the part they divide (its
 * total) taken off by the rows pass.
 */
export function subPartHeads(table: Table, rows: readonly TableRow[], pointsCell: PointsCell): Map<number, Head> {
  if (table.levels !== undefined || rows.some((x) => x.section || x.word)) return new Map();
  const found = subPartRows(writtenRows(rows, pointsCell));
  if (!found || found.whole !== undefined) return new Map();
  return new Map(found.heads.map((i, k) => [i, { kind: 'field', code: String(k + 1), points: pointsCell(rows[i]!.r, 'maxPoints')! }]));
}

/** Whether a row has points in any of its points columns. */
function pointsOf(pointsCell: PointsCell, r: number): boolean {
  return (['maxPoints', 'bonus', 'deduction'] as const).some((k) => {
    const cell = pointsCell(r, k);
    return cell !== undefined && cell.value.kind !== 'empty';
  });
}

/**
 * A head's node in the tree: a part closes every row above it, a field every row up to its part; the rows under it
 * nest by their own numbers. Said at its cell: what it was read as.
 */
export function placeHead(sheet: SheetReader, table: Table, row: TableRow, head: Head, named: Node['named'], stack: Node[], roots: Node[], later: Later): void {
  const node: Node = {
    code: head.code,
    scheme: head.kind === 'part' ? 'h1' : 'h2',
    title: row.title,
    codeCell: sheetCell(sheet.grid, row.r, table.columns.ordinal!),
    kind: 'item',
    unreadable: false,
    children: [],
    notes: [],
    head: head.kind,
    ...(named && { named }),
    ...(head.points && { max: pointsRead(head.points)!.value!, maxCell: head.points }),
  };
  // A part of bonus and deduction rows writes its cap in its words only («ĐIỂM THƯỞNG, ĐIỂM TRỪ … (Tối đa 04 điểm)»):
  // the part's points, as a bonus part's cap in its title is (tree.ts capInTitle), not its rows' sum.
  const cap = head.kind === 'part' && named === 'both' ? WRITTEN_TOTAL.exec(row.title) : null;
  if (cap) Object.assign(node, { points: parseNumberText(cap[1]!), capInTitle: capWords(cap) });
  const within = head.kind === 'field' ? stack.findIndex((n) => n.head === 'part') : -1;
  stack.length = within + 1;
  (stack.at(-1)?.children ?? roots).push(node);
  stack.push(node);
  const line = row.r + (sheet.grid.origin?.row ?? 1);
  const at = sheet.at(row.r, table.columns.title!);
  const what = head.part
    ? `tên lĩnh vực của các mục dưới nó trong phần ${head.part}, ghi vào ghi chú của từng mục`
    : `${head.kind === 'part' ? `phần ${head.code}` : `nhóm ${head.code}`}, một nhóm tiêu chí; điểm của nhóm là tổng điểm các mục của nó`;
  if (head.points) {
    const points = formatPoints(node.max!);
    const codes = () => node.children.map((k) => k.code);
    later(() => sheet.note(head.points!.address, `Dòng ${line} «${row.title}» ghi ${points} điểm nhưng không có số thứ tự, và các mục dưới nó (${codes()[0]}${codes().length > 1 ? `–${codes().at(-1)}` : ''}) cộng lại đúng ${points} điểm: đọc là nhóm ${head.code}, một nhóm tiêu chí tối đa ${points} điểm, không phải một tiêu chí. Kiểm tra lại trước khi xác nhận.`));
    return;
  }
  later(() => sheet.note(at, `Dòng ${line} «${row.title}» chỉ ghi lời ở cột nội dung (ô số thứ tự và ô điểm để trống) và đứng đầu các mục dưới nó: đọc là ${named === 'both' && head.kind === 'part' ? bothWays(node) : what}. Kiểm tra lại trước khi xác nhận.`));
}

/** A cap written in a title (WRITTEN_TOTAL's match) as its words, the brackets and dash around them left off: «Tối đa 04 điểm». */
export const capWords = (written: RegExpExecArray): string => written[0].replace(/^[(\-–:,]\s*|\s*\)?\s*$/g, '');

/**
 * A part of bonus and deduction rows in words: outside the base, its points the cap its title writes, not its rows'
 * sum. One cap over both is not said to bound each of them or what is left after they offset: thidua bounds each (the
 * least surprising reading — a commune's «+4 −4» under «Tối đa 04 điểm»), said so, for the officer to confirm.
 */
function bothWays(node: Node): string {
  const side = (kind: Node['kind']) => node.children.filter((k) => k.kind === kind).reduce((s, k) => s + (k.points ?? k.max ?? 0), 0);
  const [added, taken] = [side('bonus'), side('deduction')];
  const rows = `các dòng điểm thưởng cộng được ${formatPoints(added)}, các dòng điểm trừ trừ được ${formatPoints(taken)}`;
  if (node.points === undefined) return `phần ${node.code}, phần điểm thưởng và điểm trừ ngoài tổng điểm chuẩn; tên phần không ghi mức tối đa: ${rows}`;
  const cap = formatPoints(node.points);
  const cut = [added > node.points + 1e-9 ? `điểm thưởng tính ${cap}` : '', taken > node.points + 1e-9 ? `điểm trừ tính ${cap}` : ''].filter(Boolean);
  return `phần ${node.code}, phần điểm thưởng và điểm trừ ngoài tổng điểm chuẩn; điểm của phần là mức tối đa ${cap} điểm đọc từ tên phần («${node.capInTitle}»), không phải tổng điểm các mục (${rows}). Bảng không nói một mức chung ấy áp cho từng bên hay cho số còn lại sau khi bù trừ: thidua áp cho từng bên — điểm thưởng cộng thêm tối đa ${cap}, điểm trừ tối đa ${cap}${cut.length > 0 ? ` (${cut.join(', ')})` : ''}; xác nhận cách hiểu này hoặc sửa mức tối đa của phần`;
}

/**
 * The fields under a part give way to their rows (the set's groups are the parts; a field's name joins each row's
 * note), so the rows of a part are numbered as one: their codes kept apart from another part's by the part's code.
 */
export function liftFields(nodes: Node[]): void {
  for (const part of nodes.filter((n) => n.head === 'part')) {
    part.children = part.children.flatMap((k) => {
      if (k.head !== 'field') return [k];
      for (const g of k.children) g.notes.unshift(`Lĩnh vực: ${k.title}.`);
      return k.children;
    });
  }
}

// Made for issue 55 (the corpus read as stated): a commune's DTI set 2026 whose eight groups are rows of words alone
// above indicators coded «DTI-01»…«DTI-43», and its PAR INDEX 2026 set whose three parts stand over 21 fields, each a
// row of words alone, the bonus and deduction rows under «Điểm thưởng» / «Điểm trừ»; and a district DTI part whose nine
// sub-parts write their points on rows without a number («Dịch vụ công trực tuyến | 170» over 5.3–5.14).
