// Levels an item writes in its own content cell, a line each below its words, instead of rows of their own: «Quán
// triệt … tại đơn vị:» over «- Thực hiện tốt: 2,5 điểm», «- Có thực hiện đầy đủ: 2,0 điểm», «- Có thực hiện nhưng chưa
// đầy đủ: 1 điểm», «- Không thực hiện: 0 điểm» (a high school's KPI table for its leaders, III.2.1–III.2.7). Read as
// the item's levels only where they can mean nothing else: two lines or more, each a different figure, and they close
// the cell — a line of that form above other words is part of the item's wording, left in it.
import { parseNumberText } from '../../values.js';

/** A level line: a dash, its words, a colon, its points («- Thực hiện tốt: 2,5 điểm»). */
const LEVEL_LINE = /^[-–—•+]\s*(.+?)\s*:\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)\.?$/iu;
/**
 * Where a line ends: a line break; in a cell of one line (pasted into one, or drawn by a page that drops its breaks),
 * a space before a dash, which still sets each level after « - » («… tại đơn vị: - Thực hiện tốt: 2,5 điểm - Có thực
 * hiện …»). A cell that keeps its lines ends them only at its breaks: « - » within a line is its words («- Đạt từ 50 -
 * dưới 100 lượt người: 3 điểm», nq57's II.5.1).
 */
const LINE_END = /\s*\n\s*/gu;
const DASH_END = /\s*\n\s*|\s+(?=[-–—•+]\s)/gu;

export type CellLevel = { words: string; points: number };

/** The cell's lines, each with where it starts. */
function linesOf(text: string): { text: string; at: number }[] {
  const lines: { text: string; at: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(text.includes('\n') ? LINE_END : DASH_END)) {
    lines.push({ text: text.slice(at, m.index).trim(), at });
    at = m.index + m[0].length;
  }
  lines.push({ text: text.slice(at).trim(), at });
  return lines;
}

/** How many lines of the cell are written as a level («- …: 2 điểm»), read as levels or not (said when not: settle.ts). */
export const levelLines = (text: string): number => linesOf(text).filter((l) => LEVEL_LINE.test(l.text)).length;

/** The item's name (the words above its level lines, their closing colon dropped) and its levels; undefined when the cell writes none. */
export function levelsInCell(text: string): { title: string; levels: CellLevel[] } | undefined {
  const lines = linesOf(text);
  let first = lines.length;
  while (first > 0 && LEVEL_LINE.test(lines[first - 1]!.text)) first--;
  const title = first < lines.length ? text.slice(0, lines[first]!.at).trim().replace(/\s*:$/, '') : '';
  if (lines.length - first < 2 || title === '' || lines.slice(0, first).some((l) => LEVEL_LINE.test(l.text))) return undefined;
  const levels = lines.slice(first).map((l) => {
    const m = LEVEL_LINE.exec(l.text)!;
    return { words: m[1]!, points: parseNumberText(m[2]!)! };
  });
  if (new Set(levels.map((l) => l.points)).size !== levels.length) return undefined;
  return { title, levels };
}

// Made for the corpus's kpi-thpt-phuong-xa-lanh-dao (THPT Phương Xá's BGH_KPI_CRITERIA): its 28 levels, until
// 2026-11-30 left in seven items' words, each item scored by hand from 0 to its maximum.
