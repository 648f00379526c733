// An item's own bonus and deduction lines (Criterion.own) on the criteria sheet: each written as a row of its own right
// under its item, its «Ghi chú» naming the item and the cap («Dòng trừ của mục a1; tổng điểm trừ của mục không quá
// 1,5»), and read back into its item — so export → import gives the same set, and an officer sees and edits the lines
// where the table had them. A line of which only one of several applies says so there too («chỉ một trong các dòng
// 3.3.2.1, 3.3.2.2, 3.3.2.3»).
import { formatPoints } from '../../values.js';
import type { Criterion, ItemLine } from '../schema.js';

const n = formatPoints;
const word = (kind: ItemLine['kind']) => (kind === 'bonus' ? 'thưởng' : 'trừ');

/** The «Ghi chú» of a line's row: whose line it is, the lines only one of which applies with it, and the item's cap for its kind. */
export function lineNote(item: Criterion, line: ItemLine): string {
  const cap = line.kind === 'bonus' ? item.own?.bonusCap : item.own?.deductionCap;
  const group = item.own?.oneOf?.find((g) => g.includes(line.code));
  return `Dòng ${word(line.kind)} của mục ${item.code}${group ? `; ${ONE_OF} ${group.join(', ')}` : ''}${cap === undefined ? '' : `; tổng điểm ${word(line.kind)} của mục không quá ${n(cap)}`}`;
}

const ONE_OF = 'chỉ một trong các dòng';

/** The criterion a line's row reads as, before it is folded back into its item. */
export function lineAsCriterion(item: Criterion, line: ItemLine): Criterion {
  return { ...item, code: line.code, title: line.title, unit: '', target: undefined, maxPoints: line.maxPoints, rule: { kind: line.kind }, source: '', note: lineNote(item, line), portal: undefined, own: undefined, partOf: undefined, sanction: undefined };
}

const LINE_NOTE = new RegExp(`^Dòng (thưởng|trừ) của mục (.+?)(?:; ${ONE_OF} ([^;]+))?(?:; tổng điểm (?:thưởng|trừ) của mục không quá (\\d+(?:,\\d+)?))?$`, 'u');

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
    const cap = m[4] === undefined ? undefined : Number(m[4].replace(',', '.'));
    const own = item.own ?? { lines: [] };
    // Each line of a group names the group: kept once.
    const group = m[3]?.split(', ');
    const oneOf = group && !own.oneOf?.some((g) => g.join(', ') === m[3]) ? [...(own.oneOf ?? []), group] : own.oneOf;
    out[out.length - 1] = {
      ...item,
      own: {
        ...own,
        lines: [...own.lines, { code: c.code, title: c.title, kind, maxPoints: c.maxPoints }],
        ...(cap !== undefined && (kind === 'bonus' ? { bonusCap: cap } : { deductionCap: cap })),
        ...(oneOf && { oneOf }),
      },
    };
  }
  return out;
}

// Made for issue 55: the Tiền Giang department table's items with their own «Thưởng» / «Trừ» lines, kept through the
// criteria sheet (`criteria export`, the task pane) as they are through JSON.
