// A points column that holds what a unit achieved, not what each item is worth: a province's report on an index
// («STT | Nội dung | Tỷ lệ | Điểm số | Thứ hạng» under «… tỉnh Lâm Đồng đạt 88,72 điểm, xếp loại Tốt.»), taken as a
// criteria table. Its figures are the table's and add up, so they are read as written — but as the maxima only with the
// doubt said: at the column's header, and first in the reconciliation, never under a ✔ alone (../../reconcile.ts).
//
// The column read as the maximum must itself look like the results: its header names no maximum («Điểm số», «Điểm»,
// not «Điểm tối đa», «Điểm chuẩn», «Thang điểm»), and the table beside it says it is a result — a rank column that
// holds ranks («Thứ hạng», «Xếp hạng»), or the line above the table (or its title) saying the unit «đạt N điểm» where
// N is the total read. A results column beside a real maximum («Điểm tối đa | Điểm đạt», «Điểm chuẩn | Điểm tự chấm»)
// is never the column read as the maximum, and is said otherwise (unread-figures.ts); nor is the column read doubted
// when a unit's scores stand in another column beside it («Điểm | Điểm đạt | Xếp hạng»: «Điểm» is then the maximum).
import { isBlank } from '../../../../sheet/grid.js';
import { andList, headerWords, normalizeLabel } from '../../../../text.js';
import { cellText, formatPoints, parseNumberText } from '../../../../values.js';
import type { ReadCriteriaSheetOptions, SheetReader } from '../../sheet-reader.js';
import type { Table } from './columns.js';
import type { Total } from './stated.js';

/** Words of a header naming an item's maximum («Điểm tối đa», «Điểm chuẩn», «Thang điểm», «Khung điểm», «Điểm quy định»). */
const NAMES_MAXIMUM = /\b(?:toi da|chuan|thang diem|khung diem|quy dinh|muc diem|max|maximum)\b/;
/** A header of a unit's scores: «Điểm đạt», «Điểm tự chấm», «Tự đánh giá», «Điểm thẩm định», «Kết quả», «Điểm chấm». */
const RESULTS = /\b(?:dat|tu cham|danh gia|tham dinh|phuc tra|ket qua|cham|duyet)\b/;
/** A rank column's header: «Thứ hạng», «Xếp hạng», «Hạng». */
const RANK = /^(?:thu hang|xep hang|hang)\b/;
/** A rate column's header: «Tỷ lệ», «Tỷ lệ đạt», «Tỉ lệ (%)». */
const RATE = /^t[yi] le\b/;
/** «đạt 88,72 điểm»: what a unit achieved, a figure right after «đạt» (never «đạt từ 90 điểm», «đạt trên 80 điểm»). */
const ACHIEVED = /(?<!\p{L})đạt\s+(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)(?!\p{L})/iu;

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The filled cells of a column under the header, up to the table's end. */
const filled = (sheet: SheetReader, from: number, end: number, c: number) =>
  sheet.grid.values.slice(from, end).map((row) => row?.[c]).filter((v) => !isBlank(v) && cellText(v).trim() !== '');

/** A cell's plain figure («4,32», 8), not a rate («71,96%») nor words. */
const figureOf = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v.trim()) : undefined);

/**
 * Whether column `k` holds a unit's scores out of column `c`: two rows at least where both write a figure, and on each
 * its figure no more than `c`'s (a rate column «Kết quả» 71,96 beside points 4,32 is no such column).
 */
function scoresUnder(sheet: SheetReader, from: number, end: number, k: number, c: number): boolean {
  const pairs = sheet.grid.values.slice(from, end).flatMap((row) => {
    const [score, max] = [figureOf(row?.[k]), figureOf(row?.[c])];
    return score === undefined || max === undefined ? [] : [{ score, max }];
  });
  return pairs.length >= 2 && pairs.every((p) => p.score <= p.max + 1e-9);
}

/** A rate column's achieved rates: most of its cells a figure from 0 to 100 («71,96%», «100»), not all one. */
function achievedRates(sheet: SheetReader, from: number, end: number, c: number): string[] | undefined {
  const cells = filled(sheet, from, end, c);
  const rates = cells.flatMap((v) => {
    const text = cellText(v).trim();
    const n = typeof v === 'number' ? v : parseNumberText(text.replace(/\s*%$/, ''));
    return n !== undefined && n >= 0 && n <= 100 ? [{ n, text }] : [];
  });
  if (rates.length < 3 || rates.length < cells.length * 0.6 || rates.every((r) => same(r.n, rates[0]!.n))) return undefined;
  return rates.map((r) => r.text);
}

/**
 * Says, at the points column's header, that the column read as the maximum looks like points achieved, when it does
 * (see above), and keeps it on the sheet for the reconciliation. `base`: the total read; `totals`: the figures the
 * table's total rows write.
 */
export function noteAchievedColumn(sheet: SheetReader, table: Table, end: number, base: number, totals: readonly Total[], options: ReadCriteriaSheetOptions): void {
  const c = table.columns.maxPoints;
  if (c === undefined || table.pairs) return;
  const labels = table.header.labels[c] ?? [];
  if (labels.length === 0 || labels.some((l) => NAMES_MAXIMUM.test(normalizeLabel(l)))) return;
  const from = table.row + table.header.depth;
  // A unit's scores in a column of their own («Điểm đạt», «Điểm tự chấm»): the column read is their maximum.
  const results = table.header.labels.some((ls, k) => k !== c && (k === table.columns.selfScore || k === table.columns.verifiedScore || ls.some((l) => RESULTS.test(normalizeLabel(l)))) && scoresUnder(sheet, from, end, k, c));
  if (results) return;
  const header = (k: number) => `«${headerWords(table.header.labels[k]!)}» (ô ${sheet.at(table.row, k)})`;
  const columnWith = (pattern: RegExp) => table.header.labels.findIndex((ls, k) => k !== c && ls.some((l) => pattern.test(normalizeLabel(l))) && filled(sheet, from, end, k).length > 0);
  const rank = columnWith(RANK);
  // The line above the table, the document's title, the sheet's own title: «… đạt 88,72 điểm» of the total read.
  const banner = sheet.titleRow();
  const lines = [
    { text: options.caption, where: 'dòng ngay trên bảng' },
    { text: options.documentTitle, where: 'tiêu đề văn bản' },
    { text: banner && sheet.text(banner), where: `tiêu đề ô ${banner?.address}` },
  ];
  const stated = lines.flatMap(({ text, where }) => {
    const m = text ? ACHIEVED.exec(text) : null;
    const n = m ? parseNumberText(m[1]!) : undefined;
    return n !== undefined && (same(n, base) || totals.some((t) => same(t.value, n))) ? [{ words: m![0], where }] : [];
  })[0];
  if (rank < 0 && !stated) return;
  const rate = table.header.labels.findIndex((ls, k) => k !== c && ls.some((l) => RATE.test(normalizeLabel(l))));
  const rates = rate < 0 ? undefined : achievedRates(sheet, from, end, rate);
  const reasons = [
    ...(rank >= 0 ? [`bảng có cột ${header(rank)}`] : []),
    ...(rates ? [`cột ${header(rate)} ghi tỷ lệ đã đạt (${rates.slice(0, 2).map((t) => `«${t}»`).join(', ')}…)`] : []),
    ...(stated ? [`${stated.where} ghi «${stated.words}»`] : []),
  ];
  const why = andList(reasons);
  const cell = sheet.at(table.row, c);
  const label = headerWords(labels);
  const total = formatPoints(base);
  sheet.achieved = { cell, column: cell.replace(/\d+$/, ''), label, why };
  sheet.note(
    cell,
    `Cột «${label}» (ô ${cell}) có vẻ ghi điểm đã đạt, không phải điểm tối đa: ${why}. thidua đọc các số này làm điểm tối đa (tổng ${total}): mỗi đơn vị sẽ được chấm trên ${total} điểm, mỗi tiêu chí tối đa bằng số ghi ở cột này. Nếu đây là bảng kết quả, hãy dùng bảng tiêu chí gốc có điểm tối đa.`,
  );
}

// Made for: Lâm Đồng's report on its indices (test/fixtures/real/criteria-corpus/chi-so-766-lam-dong-bao-cao-cac-chi-so.docx),
// whose table 6 of the province's results on Decision 766's index was imported as a set scored out of 88,72, each
// indicator «tối đa» the province's own points, its figures said to agree with nothing to tell the officer so.
