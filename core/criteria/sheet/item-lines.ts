// An item's own bonus and deduction lines (Criterion.own) on the criteria sheet: each written as a row of its own right
// under its item, its «Ghi chú» naming the item and the cap («Dòng trừ của mục a1; tổng điểm trừ của mục không quá
// 1,5»), and read back into its item — so export → import gives the same set, and an officer sees and edits the lines
// where the table had them.
import { formatNumberVi } from '../../values.js';
import type { Criterion, ItemLine } from '../schema.js';

const n = formatNumberVi;
const word = (kind: ItemLine['kind']) => (kind === 'bonus' ? 'thưởng' : 'trừ');

/** The «Ghi chú» of a line's row: whose line it is, and the item's cap for its kind. */
export function lineNote(item: Criterion, line: ItemLine): string {
  const cap = line.kind === 'bonus' ? item.own?.bonusCap : item.own?.deductionCap;
  return `Dòng ${word(line.kind)} của mục ${item.code}${cap === undefined ? '' : `; tổng điểm ${word(line.kind)} của mục không quá ${n(cap)}`}`;
}

/** The criterion a line's row reads as, before it is folded back into its item. */
export function lineAsCriterion(item: Criterion, line: ItemLine): Criterion {
  return { ...item, code: line.code, title: line.title, unit: '', target: undefined, maxPoints: line.maxPoints, rule: { kind: line.kind }, source: '', note: lineNote(item, line), portal: undefined, own: undefined };
}

const LINE_NOTE = /^Dòng (thưởng|trừ) của mục (.+?)(?:; tổng điểm (?:thưởng|trừ) của mục không quá (\d+(?:,\d+)?))?$/u;

/** Rows read from the sheet whose «Ghi chú» names them a line of the item above them, folded into it. */
export function foldItemLines(criteria: readonly Criterion[]): Criterion[] {
  const out: Criterion[] = [];
  for (const c of criteria) {
    const m = c.note === undefined ? null : LINE_NOTE.exec(c.note);
    const kind = m?.[1] === 'thưởng' ? 'bonus' : 'deduction';
    // Only right under its item (or the item's other lines), with the kind its rule says.
    const item = out.at(-1);
    if (!m || !item || item.code !== m[2] || c.rule.kind !== kind) {
      out.push(c);
      continue;
    }
    const cap = m[3] === undefined ? undefined : Number(m[3].replace(',', '.'));
    const own = item.own ?? { lines: [] };
    out[out.length - 1] = {
      ...item,
      own: {
        ...own,
        lines: [...own.lines, { code: c.code, title: c.title, kind, maxPoints: c.maxPoints }],
        ...(cap !== undefined && (kind === 'bonus' ? { bonusCap: cap } : { deductionCap: cap })),
      },
    };
  }
  return out;
}

// Made for issue 55: the Tiền Giang department table's items with their own «Thưởng» / «Trừ» lines, kept through the
// criteria sheet (`criteria export`, the task pane) as they are through JSON.
