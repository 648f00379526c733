// A bonus or a deduction written as a line under the table's total row («Tổng cộng | 100», then «Điểm thưởng: cộng tối
// đa 5 điểm cho đơn vị có mô hình …», «Điểm trừ: trừ tối đa 10 điểm đối với đơn vị để xảy ra sai phạm …»), in a cell or
// in a document's paragraph under the table: no row of the table, so no criterion holds it, and a unit scored on the
// set would never get it, or never lose it. Not read as a part — the line gives no row to score, and a table writes a
// bonus or deduction part as rows of its own (scoring-table/bonus-row.ts, a part «ĐIỂM THƯỞNG»): said first in the
// reconciliation and where it is written, with how to score it, whichever layout read the table.
import { gridAddress, isBlank } from '../../sheet/grid.js';
import type { SheetGrid } from '../../sheet/cell.js';
import { short } from '../../text.js';
import { cellText, formatPoints } from '../../values.js';
import type { CriteriaSet } from '../schema.js';
import { partKind } from './layouts/scoring-table/tree.js';
import { capInWords } from './points-text.js';
import type { CriteriaSheetNotice } from './sheet-reader.js';
import type { Stated } from './stated-figures.js';

type Kind = 'bonus' | 'deduction';

/** A line opening with a bonus's or a deduction's words («Điểm thưởng: …», «* Điểm trừ …»): its kind, words and cap in points. */
function partLine(text: string): { kind: Kind; text: string; cap: number | undefined } | undefined {
  const words = text.replace(/^[*\-–+\s]+/, '').trim();
  const kind = partKind(words.split('\n')[0]!);
  return kind === 'bonus' || kind === 'deduction' ? { kind, text: words, cap: capInWords(words) } : undefined;
}

/** How each kind is said: its points, the criterion it lacks, what scoring then does, the «Cách tính» that scores it. */
const WORDS: Record<Kind, { points: string; criterion: string; unit: string; units: string; rule: string }> = {
  bonus: { points: 'điểm thưởng', criterion: 'tiêu chí thưởng', unit: 'đơn vị không được cộng điểm này', units: 'không đơn vị nào được cộng điểm ấy', rule: 'Cộng điểm' },
  deduction: { points: 'điểm trừ', criterion: 'tiêu chí trừ điểm', unit: 'đơn vị không bị trừ điểm này', units: 'không đơn vị nào bị trừ điểm ấy', rule: 'Trừ điểm' },
};

/**
 * The bonus and deduction lines under the last total row of `grid` (its cells, then `below`, a document's paragraphs
 * under the table), each said at its cell, and the reconciliation's words; undefined when there is none, or the set
 * holds criteria of that kind (read from the table's own rows). `where`: the sheet or the document's table. `rows`: the
 * sheet rows said, where the table's end is not said again (a line in the content column ends the table there).
 */
export function underTotal(grid: SheetGrid, stated: Stated, set: CriteriaSet, where: string, below: readonly string[] = []): { notices: CriteriaSheetNotice[]; said: string; rows: number[] } | undefined {
  const top = grid.origin?.row ?? 1;
  const total = stated.figures.filter((f) => f.kind === 'total' && f.row - top < grid.values.length).at(-1);
  if (!total) return undefined;
  const lacking = (l: { kind: Kind }) => !set.criteria.some((c) => c.rule.kind === l.kind);
  const cells = grid.values.slice(total.row - top + 1).flatMap((row, k) => {
    const filled = (row ?? []).flatMap((v, c) => (isBlank(v) ? [] : [{ text: cellText(v), c }]));
    const line = filled.length === 1 ? partLine(filled[0]!.text) : undefined;
    const r = total.row - top + 1 + k;
    return line ? [{ ...line, row: r + top, place: `Dòng ${r + top}`, cell: gridAddress(grid, r, filled[0]!.c) }] : [];
  });
  const paragraphs = below.flatMap((p) => {
    const line = partLine(p);
    return line ? [{ ...line, row: undefined, place: 'Đoạn dưới bảng', cell: undefined }] : [];
  });
  const lines = [...cells, ...paragraphs].filter(lacking);
  if (lines.length === 0) return undefined;
  const n = formatPoints;
  const upTo = (cap: number | undefined) => (cap === undefined ? '' : ` tối đa ${n(cap)} điểm`);
  const notices = lines.map((l) => {
    const w = WORDS[l.kind];
    return {
      ...(l.cell !== undefined && { cell: l.cell }),
      message:
        `${l.place} ghi ${w.points}${upTo(l.cap)} («${short(l.text)}») dưới dòng tổng, không phải một dòng của bảng: bộ tiêu chí không có ${w.criterion} nào, ` +
        `khi chấm, ${w.unit}. Muốn chấm ${w.points} ấy, thêm một ${w.criterion} (Cách tính «${w.rule}»${l.cap === undefined ? '' : `, Điểm tối đa ${n(l.cap)}`}) ` +
        'trên trang «Tiêu chí» của tệp .xlsx xuất ra rồi chấm theo tệp ấy.',
    };
  });
  const said = lines
    .map((l) => `${where.charAt(0).toUpperCase()}${where.slice(1)} ghi ${WORDS[l.kind].points}${upTo(l.cap)} dưới dòng tổng (${l.cell === undefined ? 'đoạn dưới bảng' : `ô ${l.cell}`}: «${short(l.text)}») mà bộ tiêu chí không có: khi chấm, ${WORDS[l.kind].units} (xem ghi chú${l.cell === undefined ? '' : ` ở ô ${l.cell}`}).`)
    .join(' ');
  return { notices, said, rows: lines.flatMap((l) => (l.row === undefined ? [] : [l.row])) };
}

// Made for a commune's table closing «Tổng cộng | 100» with «Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình,
// cách làm hay …» under it (a cell across the table, a Word row, or a paragraph under the Word table), and the same with
// «Điểm trừ: trừ tối đa 10 điểm …»: until 2026-11-30 no bonus (no deduction) in the set, «Các số bảng ghi đều khớp ✔»
// and nothing said (test/criteria/bonus-row-plain-header.test.ts). Typed in the content column, the line was said a
// second time as where the table ends («phần sau bảng (tổng hợp, ngày tháng, chữ ký)») until 2026-11-30 evening.
