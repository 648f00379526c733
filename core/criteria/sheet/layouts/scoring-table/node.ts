// A row of an office's scoring table as the tree holds it (pass 3 builds it, pass 4 settles it into criteria), and
// what a node is worth: its own maximum, its levels' highest, or its children's sum.
import type { ReportCell } from '../../../../sheet/cell.js';
import { normalizeLabel } from '../../../../text.js';
import { oneOfRows, type PointsText } from '../../points-text.js';
import type { ItemLines } from '../../../schema.js';

/** Points in words that make a rule of their own (a range is read as its maximum, scored by hand). */
export type Words = Exclude<PointsText, { kind: 'points' | 'note' | 'range' }>;

export type Node = {
  code: string;
  scheme: string;
  title: string;
  codeCell: ReportCell;
  max?: number;
  maxCell?: ReportCell;
  kind: 'item' | 'bonus' | 'deduction';
  /** Points in words: per occurrence («2 điểm/lần»), levels in one cell («2 điểm» over «4 điểm»). */
  words?: Words;
  wordsCell?: ReportCell;
  /** Its words are its title's («… bị trừ 01 điểm; … bị trừ 02 điểm»: tree.ts), not a points cell's. */
  wordsInTitle?: true;
  /** Its points could not be read (said at their cell): nothing more is said of it. */
  unreadable: boolean;
  /** Words instead of points in its own points cell («Theo kết quả», «Xếp loại chưa đạt»): scored by hand, its maximum to be written. */
  worded?: boolean;
  points?: number;
  /** A part's points, its cap, read from its title, not its points cell: the words that write it («không quá 10 điểm/tuần»). */
  capInTitle?: string;
  children: Node[];
  notes: string[];
  /** Marked by a dash instead of a number: an alternative or a part of the row above (rows.ts). */
  dash?: true;
  /** The dash it is marked by («-», «+», «•»): rows of another mark under it are its own (tree.ts). */
  mark?: string;
  /** A part's own bonus row, within the part's maximum (bonus-row.ts). */
  withinPart?: true;
  /** Its words name it a bonus or deduction part («Điểm cộng», «Điểm trừ»; both): the rows under it are of its kind (tree.ts). */
  named?: 'bonus' | 'deduction' | 'both';
  /** A row of words alone heading the rows under it (heads.ts): a part, or a field. */
  head?: 'part' | 'field';
  /** Its own numbered bonus and deduction lines, no longer criteria beside it (own-rows.ts). */
  own?: ItemLines;
  /** Its points stand on a row of its own under it, read as how it is measured (own-rows.ts). */
  measured?: true;
  /**
   * An item row writing no points over parts that write theirs — rows numbered on from it, or «+» lines — the document's
   * item made of them, worth what they add up to (tree.ts markItemsOfParts; settled in settle.ts).
   */
  ofParts?: 'numbered' | 'lines';
  /**
   * An item row that also writes a figure in the deduction column («- Không có công văn chỉ đạo | 0 | | -2»): the
   * points it takes, as written (a level of 0 that takes them is read by level-takes.ts).
   */
  takes?: { points: number; cell: ReportCell };
  /**
   * The words of the rows right under it that write words alone («Đạt từ 80% trở lên: 25 điểm; …», or a level a row),
   * a line each, and their cells, the first and the last (tree.ts): read for its levels as lines closing its own cell
   * are (settle.ts), said there when they are not.
   */
  levelLine?: { text: string; cell: string; through?: string };
  /** A row without points folded into the item above it as its description (tree.ts): that item. */
  describes?: Node;
  /**
   * Its own row's words in the scoring-method column («Tỷ lệ = a/b; Điểm = Tỷ lệ% x Điểm tối đa»), with those of the
   * rows its points cell is merged down over (`through`, the last sheet row: a workbook writing its rule a line a row
   * beside the item's one merged maximum): read into its rule where they state one (settle.ts).
   */
  method?: { text: string; cell: ReportCell; through?: number };
};


/** A section's row: a part, a roman section, one opened by a section word, or a head of words alone (heads.ts). */
export const isSection = (n: Node) => /^(?:w:[^+]*|I\d*|A|h\d)$/.test(n.scheme);

/** Words that make sub-items levels of one item rather than parts of it. */
const LEVEL_WORDS = /^(dat muc|dat|hoan thanh|khong hoan thanh|chua hoan thanh|muc)\b/;


/** Children that are levels of one item: points stepping down to the parent's maximum, worded as levels, or chosen one of by the item's words. */
export function isLevels(node: Node): boolean {
  const items = node.children.filter((k) => k.kind === 'item');
  if (items.length < 2 || items.some((k) => k.max === undefined || k.children.some((g) => g.kind === 'item'))) return false;
  const maxima = items.map((k) => k.max!);
  if (levelsBy(node, items, maxima)) return true;
  // One level raised above the item's maximum (an officer's edit: B.1.a's «20» typed 25 under B.1's 20): read as it
  // would be at that maximum — still levels, never parts that add up; the level gives the item's maximum, its figure
  // said at the item (settle.ts noteLevelsMax) and where the officer confirms (reconcile.ts). Dashed rows are not
  // read so: a form may write prizes above its item («+ Đạt giải nhất 3» under 2) as the guide scored by hand.
  const max = node.max;
  return max !== undefined && maxima.filter((m) => m > max + 1e-9).length === 1 && levelsBy(node, items, maxima.map((m) => Math.min(m, max)), true);
}

/**
 * Whether rows of these points (`maxima`, the items' own, or `raised`: as read at the item's maximum, one row having
 * passed it) are the item's levels.
 */
function levelsBy(node: Node, items: readonly Node[], maxima: readonly number[], raised = false): boolean {
  const top = Math.max(...maxima);
  const sum = maxima.reduce((s, m) => s + m, 0);
  // «Kết quả học tập (chọn 1 trong 4)» over bands 3 / 4 / 5 / 6: the item says its rows are alternatives, none 0 as they are.
  const chosen = oneOfRows(node.title);
  if (chosen && (chosen.count === undefined || chosen.count === items.length)) return node.max === undefined || top <= node.max + 1e-9;
  // «Mức 1» is a level, «Mục 2.1» an item: one word once accents are folded, told apart as written.
  const worded = items.every((k) => LEVEL_WORDS.test(normalizeLabel(k.title)) && !/^mục\b/iu.test(k.title));
  if (worded) return node.max === undefined || top <= node.max + 1e-9;
  const stepping = maxima.every((m, i) => i === 0 || m < maxima[i - 1]!);
  // Stepping down to nothing («Đủ 2 chuyên đề 4 | 01 chuyên đề 2 | Không đủ 0»): no part worth 0 is added, a level is.
  if (stepping && maxima.at(-1) === 0 && !items.some((k) => k.unreadable)) return true;
  // Alternatives marked by dashes, each within the item's points but more than them together («ghi 5», four rows of 5).
  if (node.max !== undefined && items.every((k) => k.dash) && !raised) return top <= node.max + 1e-9 && sum > node.max + 1e-9;
  return node.max !== undefined && stepping && Math.abs(top - node.max) < 1e-9 && Math.abs(sum - node.max) > 1e-9;
}

/**
 * Dashed rows that are not alternatives under an item with points («- Có văn bản 0,5 | - Không có 0 | - Có kế hoạch
 * 0,5 | - Không có 0» under 1 điểm; not levels): its scoring guide, the item one criterion scored by hand.
 */
export function isGuide(node: Node): boolean {
  const items = node.children.filter((k) => k.kind === 'item');
  return node.max !== undefined && items.length > 0 && items.every((k) => k.dash && k.children.length === 0) && !isLevels(node) && !isParts(node, items);
}

/**
 * Dashed rows each worth points that add up to the item's exactly («1 | … | 10» over «- Kế hoạch năm 5», «- Kế hoạch
 * giai đoạn 5»): its parts, each scored on its row, as the same rows are read in a table without sections. A row worth
 * nothing («- Không có 0») makes them a guide.
 */
function isParts(node: Node, items: readonly Node[]): boolean {
  if (items.length < 2 || items.some((k) => k.max === undefined || k.max <= 0)) return false;
  return Math.abs(items.reduce((s, k) => s + k.max!, 0) - node.max!) < 1e-9;
}

export const hasPoints = (n: Node): boolean => n.max !== undefined || n.points !== undefined || n.words !== undefined || n.unreadable;
export const pointsBelow = (n: Node): boolean => n.children.some((k) => hasPoints(k) || pointsBelow(k));

/**
 * What an item over its levels gives at most, `top` its highest level: the item's maximum and its highest level are
 * both limits — a level written above the item's maximum gives that maximum (as scoring has always counted it), an
 * item written above its highest level gives that level. A 0 written on the item over levels that give points is no
 * maximum (an item worth nothing has no level worth more): the item's total left unwritten, its highest level its
 * maximum. What is taken is said where the item is settled (settle.ts).
 */
export function levelsMax(node: Node, top: number): number {
  return node.max === undefined || node.max > top || (node.max === 0 && top > 0) ? top : node.max;
}

/** What a node is worth: a leaf or levels its maximum, a parent the sum of its children. */
export function worth(node: Node): number {
  if (node.words?.kind === 'levels' && node.words.unit === undefined) return Math.max(...node.words.points.map(Math.abs));
  const items = node.children.filter((k) => k.kind === 'item');
  if (items.length === 0) return node.max ?? 0;
  if (isLevels(node)) return levelsMax(node, Math.max(...items.map((k) => k.max ?? 0)));
  return items.reduce((s, k) => s + worth(k), 0);
}

// Made for issue 55 item 4: the node every pass of the scoring table shares, and the two questions the tree and the
// settling both ask of it (are its children levels of one item; what is it worth), answered in one place.
