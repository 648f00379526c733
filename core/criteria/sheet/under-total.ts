// A bonus or a deduction written as a line under the table's total row («Tổng cộng | 100», then «Điểm thưởng: cộng tối
// đa 5 điểm cho đơn vị có mô hình …», «Điểm trừ: trừ tối đa 10 điểm đối với đơn vị để xảy ra sai phạm …»), in a cell or
// in a document's paragraph under the table: no row of the table, so no criterion holds it, and a unit scored on the
// set would never get it, or never lose it. Not read as a part — the line gives no row to score, and a table writes a
// bonus or deduction part as rows of its own (scoring-table/bonus-row.ts, a part «ĐIỂM THƯỞNG»): said first in the
// reconciliation and where it is written, with how to score it, whichever layout read the table; and kept with the set
// (its `underTotal`, written in the «Tiêu chí» sheet's top block), so scoring says it too (../lines-under-total.ts).
import { gridAddress, isBlank } from '../../sheet/grid.js';
import type { SheetGrid } from '../../sheet/cell.js';
import { short } from '../../text.js';
import { cellText } from '../../values.js';
import { besideWords, criteriaOf, doubtStands, lacksKind, refollowWords, ruleWords, UNDER_TOTAL_LABELS, UNDER_TOTAL_WORDS as WORDS, upTo } from '../lines-under-total.js';
import type { CriteriaSet, LineUnderTotal } from '../schema.js';
import { partKind } from './layouts/scoring-table/tree.js';
import { capInWords } from './points-text.js';
import type { CriteriaSheetNotice } from './sheet-reader.js';
import type { Stated } from './stated-figures.js';
import { topBlockLines } from './top-block-lines.js';

type Kind = LineUnderTotal['kind'];

/** A line opening with a bonus's or a deduction's words («Điểm thưởng: …», «* Điểm trừ …»): its kind, words and cap in points. */
function partLine(text: string): LineUnderTotal | undefined {
  const words = text.replace(/^[*\-–+\s]+/, '').trim();
  const kind = partKind(words.split('\n')[0]!);
  const cap = capInWords(words);
  return kind === 'bonus' || kind === 'deduction' ? { kind, text: words, ...(cap !== undefined && { maxPoints: cap }) } : undefined;
}

type Found = LineUnderTotal & { row: number | undefined; place: string; cell: string | undefined };

/**
 * The bonus and deduction lines under the last total row of `grid` (its cells, then `below`, a document's paragraphs
 * under the table), and those the set carries from the top block of thidua's own sheet (its `underTotal`): each said at
 * its cell and in the reconciliation's words while the set has no criterion of its kind; a line under the total beside
 * criteria of its kind is a doubt (it may be theirs, or another no criterion scores), said alike. `where`: the sheet or
 * the document's table. `rows`: the sheet rows said, where the table's end is not said again (a line in the content
 * column ends the table there). `lines`: those found under the total, for the set to keep (LineUnderTotal).
 */
export function underTotal(grid: SheetGrid, stated: Stated, set: CriteriaSet, where: string, below: readonly string[] = []): { notices: CriteriaSheetNotice[]; said: string; rows: number[]; lines: LineUnderTotal[] } | undefined {
  const top = grid.origin?.row ?? 1;
  const carried = set.underTotal ?? [];
  const total = stated.figures.filter((f) => f.kind === 'total' && f.row - top < grid.values.length).at(-1);
  const cells = !total ? [] : grid.values.slice(total.row - top + 1).flatMap((row, k) => {
    const filled = (row ?? []).flatMap((v, c) => (isBlank(v) ? [] : [{ text: cellText(v), c }]));
    const line = filled.length === 1 ? partLine(filled[0]!.text) : undefined;
    const r = total.row - top + 1 + k;
    return line ? [{ ...line, row: r + top, place: `Dòng ${r + top}`, cell: gridAddress(grid, r, filled[0]!.c) }] : [];
  });
  const paragraphs = !total ? [] : below.flatMap((p) => {
    const line = partLine(p);
    return line ? [{ ...line, row: undefined, place: 'Đoạn dưới bảng', cell: undefined }] : [];
  });
  // A line the top block carries already (the set read from thidua's own sheet) is that line, not a second one.
  const found: Found[] = [...cells, ...paragraphs].filter((l) => !carried.some((c) => c.text === l.text));
  const lacking = found.filter((l) => lacksKind(set, l));
  const doubted = found.filter((l) => !lacksKind(set, l));
  const atCell = new Map(topBlockLines(grid, grid.values.length).map((t) => [t.line.text, t]));
  // Carried lines no criterion scores, and those read beside criteria of their kind while the officer has added none: the doubt stands until the line is deleted.
  const kept = carried.filter((l) => lacksKind(set, l) || doubtStands(set, l)).map((l) => ({ ...l, cell: atCell.get(l.text)?.cell, besideCell: atCell.get(l.text)?.besideCell }));
  if (found.length === 0 && kept.length === 0) return undefined;
  const Where = `${where.charAt(0).toUpperCase()}${where.slice(1)}`;
  const see = (cell: string | undefined) => `(xem ghi chú${cell === undefined ? '' : ` ở ô ${cell}`})`;
  const notices = [
    ...lacking.map((l) => {
      const w = WORDS[l.kind];
      return {
        ...(l.cell !== undefined && { cell: l.cell }),
        message:
          `${l.place} ghi ${w.points}${upTo(l.maxPoints)} («${short(l.text)}») dưới dòng tổng, không phải một dòng của bảng: bộ tiêu chí không có ${w.criterion} nào, ` +
          `khi chấm, ${w.unit}. Muốn chấm ${w.points} ấy, thêm một ${w.criterion} (${ruleWords(l)}) ` +
          'trên trang «Tiêu chí» của tệp .xlsx xuất ra rồi chấm theo tệp ấy.',
      };
    }),
    ...doubted.map((l) => {
      const w = WORDS[l.kind];
      return {
        ...(l.cell !== undefined && { cell: l.cell }),
        message:
          `${l.place} ghi ${w.points}${upTo(l.maxPoints)} («${short(l.text)}») dưới dòng tổng, không phải một dòng của bảng, bên cạnh ${w.criterion} bảng ghi thành dòng (${criteriaOf(set, l.kind)}): ` +
          `thidua không biết đó là ${w.criterion} ấy ghi lại hay một ${w.points} khác mà không tiêu chí nào chấm, nên không đoán. Nếu là ${w.points} khác, thêm một ${w.criterion} ` +
          `(${ruleWords(l)}) trên trang «Tiêu chí» của tệp .xlsx xuất ra rồi chấm theo tệp ấy; nếu là ${w.criterion} đã có, xoá dòng «${UNDER_TOTAL_LABELS[l.kind][0]}» ở phần đầu trang ấy (đến khi ấy, thidua nói lại điều này khi nhập lại và khi chấm).`,
      };
    }),
  ];
  const placeOf = (l: Found) => (l.cell === undefined ? 'đoạn dưới bảng' : `ô ${l.cell}`);
  const said = [
    ...lacking.map((l) => `${Where} ghi ${WORDS[l.kind].points}${upTo(l.maxPoints)} dưới dòng tổng (${placeOf(l)}: «${short(l.text)}») mà bộ tiêu chí không có: khi chấm, ${WORDS[l.kind].units} ${see(l.cell)}.`),
    ...doubted.map((l) => `${Where} ghi ${WORDS[l.kind].points}${upTo(l.maxPoints)} dưới dòng tổng (${placeOf(l)}: «${short(l.text)}») bên cạnh ${WORDS[l.kind].criterion} (${criteriaOf(set, l.kind)}): có thể là ${WORDS[l.kind].criterion} ấy, có thể là một ${WORDS[l.kind].points} khác không tiêu chí nào chấm ${see(l.cell)}.`),
    // Carried by thidua's own sheet: said in the reconciliation alone, never again at each scoring's reading of the set.
    ...kept.map((l) => {
      const w = WORDS[l.kind];
      const at = l.cell === undefined ? `dòng «${UNDER_TOTAL_LABELS[l.kind][0]}»` : `ô ${l.cell}`;
      const held = `${Where} giữ ${w.points}${upTo(l.maxPoints)} bảng tiêu chí ghi dưới dòng tổng (${at}: «${short(l.text)}»${l.where ? `, ghi ở ${l.where}` : ''})`;
      return lacksKind(set, l)
        ? `${held} mà bộ tiêu chí không có ${w.criterion} nào: khi chấm, ${w.units}. Muốn chấm ${w.points} ấy, thêm một ${w.criterion} (${ruleWords(l)}) trên trang ấy; không chấm thì xoá dòng ở ${at}.`
        : `${held} ${besideWords(set, l)}: có thể là ${w.criterion} ấy, có thể là một ${w.points} khác không tiêu chí nào chấm.${refollowWords(set, l, l.besideCell === undefined ? `dòng «${UNDER_TOTAL_LABELS[l.kind][0]}»` : `ô ${l.besideCell}`)} ` +
            `Nếu là ${w.points} khác, thêm một ${w.criterion} (${ruleWords(l)}) trên trang ấy; nếu là ${w.criterion} đã có, xoá dòng ở ${at}.`;
    }),
  ].join(' ');
  // A doubted line keeps the criteria it was read beside: the doubt is said again until the officer resolves it.
  const beside = (kind: Kind) => set.criteria.filter((c) => c.rule.kind === kind).map((c) => ({ code: c.code, title: c.title }));
  const lines = found.map(({ row: _row, place: _place, cell, ...l }): LineUnderTotal => ({
    ...l,
    where: cell === undefined ? `đoạn dưới ${where}` : `ô ${cell}, ${where}`,
    ...(!lacksKind(set, l) && { beside: beside(l.kind) }),
  }));
  return { notices, said, rows: found.flatMap((l) => (l.row === undefined ? [] : [l.row])), lines };
}

// Made for a commune's table closing «Tổng cộng | 100» with «Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình,
// cách làm hay …» under it (a cell across the table, a Word row, or a paragraph under the Word table), and the same with
// «Điểm trừ: trừ tối đa 10 điểm …»: until 2026-11-30 no bonus (no deduction) in the set, «Các số bảng ghi đều khớp ✔»
// and nothing said (test/criteria/bonus-row-plain-header.test.ts). Typed in the content column, the line was said a
// second time as where the table ends («phần sau bảng (tổng hợp, ngày tháng, chữ ký)») until 2026-11-30 evening; beside
// a bonus part read from the table's own rows («III | ĐIỂM THƯỞNG | 5»), a second bonus line there was said only so —
// as the table's signatures — until 2026-11-30 night: now a doubt at its cell, never guessed to be that part or not.
