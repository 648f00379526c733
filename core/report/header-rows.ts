// Header rows of two or three levels read as one: a group label merged over its sub-labels («ĐIỂM» over
// «Chuẩn | Thưởng | Trừ», «Điểm» over «Tối đa | Tự chấm | Thẩm định», «Kết quả» over «Tử số | Mẫu số»). A merged
// cell holds its text in its first cell only (Excel, and the Word tables adapters turn into grids), so a column
// under an empty upper cell belongs to the nearest label on its left.
import type { CellValue } from '../cell.js';
import { cellText, parseNumberText } from '../values.js';

export type StackedHeader = {
  /** How many rows the header takes (1 when nothing sits under it). */
  depth: number;
  /** Per column, the labels it may be read by, most particular first: the levels joined («ĐIỂM Chuẩn»), then each alone. */
  labels: string[][];
};

const filled = (v: CellValue | undefined) => v !== null && v !== undefined && cellText(v).trim() !== '';
const text = (v: CellValue | undefined) => (filled(v) ? cellText(v!).trim() : '');

/**
 * Whether `below` sits under `above` as sub-labels: text only (no figure), at least two of its cells under one
 * group (a merged upper cell), and each of its cells under such a group or under an empty (row-merged) cell.
 */
function isSubHeader(above: readonly string[], below: readonly CellValue[] | undefined): boolean {
  // A title merged across the whole table is not a group: a group header has labels beside it.
  if (!below || !below.some(filled) || above.filter((t) => t !== '').length < 2) return false;
  let grouped = 0;
  for (let c = 0; c < below.length; c++) {
    if (!filled(below[c])) continue;
    const t = text(below[c]);
    if (typeof below[c] !== 'string' || parseNumberText(t) !== undefined || /^\(\d+\)$/.test(t)) return false;
    const own = above[c] !== '';
    const groupStart = own && (above[c + 1] ?? '') === '' && filled(below[c + 1]);
    // Under a label of its own column only: a data row (a «Tổng cộng» row right under the header, a heading).
    if (own && !groupStart) return false;
    if (!own && !above.slice(0, c).some((x) => x !== '')) return false;
    grouped++;
  }
  return grouped >= 2;
}

/** The header starting at row `r` of `values`, with up to `maxDepth` levels. */
export function stackedHeader(values: readonly (readonly CellValue[])[], r: number, maxDepth = 3): StackedHeader {
  const width = Math.max(0, ...values.slice(r, r + maxDepth).map((row) => row.length));
  const levels: string[][] = [Array.from({ length: width }, (_, c) => text(values[r]?.[c]))];
  // What a merged upper cell covers: its text carried right over the empty cells its sub-labels sit under.
  let above = levels[0]!;
  while (levels.length < maxDepth && isSubHeader(above, values[r + levels.length])) {
    const row = values[r + levels.length]!;
    const carried = above.map((t, c) => (t !== '' ? t : filled(row[c]) ? (above.slice(0, c).reverse().find((x) => x !== '') ?? '') : ''));
    levels[levels.length - 1] = carried;
    const next = Array.from({ length: width }, (_, c) => text(row[c]));
    levels.push(next);
    above = next;
  }
  const labels = Array.from({ length: width }, (_, c) => {
    const parts = levels.map((l) => l[c]!).filter((t, i, all) => t !== '' && all.indexOf(t) === i);
    const own = [...parts].reverse();
    return parts.length > 1 ? [parts.join(' '), ...own] : own;
  });
  return { depth: levels.length, labels };
}

/** Columns of a stacked header by their labels: for each column the first of its labels that names a key; the first column with a key wins. */
export function stackedColumns<K extends string>(header: StackedHeader, keyOf: (text: unknown) => K | undefined): Partial<Record<K, number>> {
  const map: Partial<Record<K, number>> = {};
  header.labels.forEach((candidates, c) => {
    for (const label of candidates) {
      const key = keyOf(label);
      if (key === undefined) continue;
      // The first column with a key wins, but a verifier's: there the rightmost, the last to verify.
      if (map[key] === undefined || key === 'verifiedScore') map[key] = c;
      break;
    }
  });
  return map;
}

// Made for: scoring tables as offices issue them (Word appendices pasted into Excel, or read from .docx), whose
// ĐIỂM column is split into Chuẩn / Thưởng / Trừ or Tối đa / Tự chấm / Thẩm định under one merged cell.
