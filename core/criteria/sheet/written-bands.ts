// The grading a form writes under its table, in words, instead of a «XẾP LOẠI» section: «Tốt: từ 90 điểm», «Khá: từ 70
// điểm» … «Kém: dưới 50 điểm» a line each (a ward's Party-cell form), «Hoàn thành xuất sắc nhiệm vụ / Từ 90 điểm trở lên»
// a cell each across one row (a city's Mẫu 03), «XUẤT SẮC (XS) | 900 điểm trở lên» a row each. Each statement is a label
// and the lowest score it takes; the form's figures are points, which the set's bands hold as a share of its total.
import { isBlank } from '../../sheet/grid.js';
import type { SheetGrid } from '../../sheet/cell.js';
import { cellText, parseNumberText } from '../../values.js';

/** A grade the form writes: its label as written, the lowest score it takes (0 for «dưới N»), where it is written (its cell, its row). */
export type WrittenBand = { label: string; min: number; cell: string; row: number };

const N = String.raw`(\d+(?:[.,]\d+)?)`;
const PTS = String.raw`\s*(?:điểm|đ)\b`;
/**
 * The lowest score of a grade, in points («điểm» written: «từ 90% chỉ tiêu» is no grade): «từ 90 điểm (trở lên)», «từ 50
 * đến dưới 70 điểm», «trên 80 điểm», «≥ 90 điểm», «90 điểm trở lên», «800 điểm đến 899 điểm».
 */
const FROM = new RegExp(String.raw`(?:(?:từ|trên|>=|≥)\s*${N}(?:${PTS}(?:\s*(?:đến|-|–)\s*(?:dưới\s*)?\d+(?:[.,]\d+)?${PTS})?|\s*(?:đến|-|–)\s*(?:dưới\s*)?\d+(?:[.,]\d+)?${PTS})(?:\s*trở lên)?|${N}${PTS}\s*(?:trở lên|đến\s*(?:dưới\s*)?\d+(?:[.,]\d+)?(?:${PTS})?))`, 'iu');
/** The lowest grade: «dưới 50 điểm». */
const BELOW = new RegExp(String.raw`dưới\s*${N}${PTS}`, 'iu');

/** A label as written, without what opens or closes it («- », «Loại », «:»). */
const labelOf = (text: string) =>
  text.replace(/^[\s\-–—+•*.)]*(?:\d+[.)]\s*)?(?:xếp\s+)?(?:loại\s+)?/iu, '').replace(/[\s:：,;(–—-]*(?:đạt)?[\s:：,;(–—-]*$/iu, '').trim();

/** A statement in one line: the label before its figure (or none), and the grade's lowest score. */
function statement(line: string): { label: string; min: number } | undefined {
  const below = BELOW.exec(line);
  const from = FROM.exec(line);
  const m = from && (!below || from.index <= below.index) ? from : below;
  if (!m) return undefined;
  const min = m === below ? 0 : parseNumberText(m[1] ?? m[2] ?? '');
  if (min === undefined) return undefined;
  return { label: labelOf(line.slice(0, m.index)), min };
}

/** A label worth the name: words, not a number nor a sentence. */
const isLabel = (label: string) => /\p{L}/u.test(label) && label.length <= 60 && !/\d/.test(label);

/**
 * The grades written in the rows from `from` on, but those of the criteria (`criterion`: a row with points): the first
 * run of two or more statements, each lower than the one before, in the order written (a line of a cell; a cell whose
 * label is the line above it in that cell, or the text cell left of it in its row). Undefined when there is none.
 */
export function writtenBands(grid: SheetGrid, from: number, criterion: (r: number) => boolean, address: (r: number, c: number) => string): WrittenBand[] | undefined {
  let run: WrittenBand[] = [];
  const done = () => (run.length >= 2 ? run : undefined);
  for (let r = from; r < grid.values.length; r++) {
    if (criterion(r)) {
      if (run.length >= 2) return run;
      run = [];
      continue;
    }
    const row = grid.values[r] ?? [];
    let found = false;
    row.forEach((v, c) => {
      if (isBlank(v)) return;
      const lines = cellText(v).split('\n').map((l) => l.trim()).filter(Boolean);
      lines.forEach((line, k) => {
        const said = statement(line);
        if (!said) return;
        let label = said.label;
        if (label === '' && k > 0) label = labelOf(lines[k - 1]!);
        if (label === '') {
          const left = row.slice(0, c).findLast((x) => !isBlank(x) && typeof x === 'string');
          label = left === undefined ? '' : labelOf(cellText(left));
        }
        if (!isLabel(label)) return;
        const last = run.at(-1);
        if (last && !(said.min < last.min)) {
          if (run.length >= 2) return;
          run = [];
        }
        run.push({ label, min: said.min, cell: address(r, c), row: r });
        found = true;
      });
    });
    if (!found && run.length >= 2) return run;
    if (!found && row.some((v) => !isBlank(v))) run = [];
  }
  return done();
}

// Made for a ward's Party-cell meeting form whose grading («Tốt: từ 90 điểm» … «Kém: dưới 50 điểm») stood under its table
// while the set was graded by thidua's defaults (Xuất sắc ≥ 90 %, Tốt ≥ 80 %…), said only as «Chưa có mục «XẾP LOẠI»».
