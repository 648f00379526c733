// Pass 5 of reading an office's scoring table: the tree's top rows made the set's groups. A top row with items
// under it (not levels) is a group, its maximum written on its row or on its «TỔNG ĐIỂM PHẦN n» row; its criteria
// are settled (pass 4) under that maximum, and the group is capped at it where they add up to more.
import type { CriteriaGroup, Criterion } from '../../../schema.js';
import { normalizeLabel } from '../../../../text.js';
import { formatPoints, sumPoints } from '../../../../values.js';
import { grantedIn, grantedNote } from '../../granted-frame.js';
import { groupMismatch } from '../../infer.js';
import { groupWithPoints } from '../../notice-text.js';
import type { SheetReader } from '../../sheet-reader.js';
import { partCodes } from '../../tree-codes.js';
import { isLevels, type Node } from './node.js';
import { checkSum, settle, type Settling } from './settle.js';
import type { Stated } from './stated.js';

/**
 * The set's criteria and groups from the tree, and the groups capped at their stated maximum. `levelled`: the table
 * gives each row's level (levels.ts), so every top row is a group, one without rows under it scored itself.
 */
export function groupsOf(sheet: SheetReader, nodes: readonly Node[], stated: Stated, headerCell: string, levelled: boolean, column?: GroupColumn): { criteria: Criterion[]; groups: CriteriaGroup[]; caps: Map<string, number>; rowOf: Map<string, number>; byWords: string[] } {
  const criteria: Criterion[] = [];
  const groups: CriteriaGroup[] = [];
  const caps = new Map<string, number>();
  const ctx: Settling = { sheet, out: criteria, rowOf: new Map(), byWords: [] };
  const defaultGroup = { id: 'TC', title: 'Tiêu chí' };
  const { of: named, byNumber } = column ? namedGroups(nodes, column) : { of: new Map<Node, { id: string; title: string }>(), byNumber: false };
  /** The groups whose maximum the table writes. */
  const written = new Set<string>();
  const headings = nodes.filter(isHeading);
  for (const top of nodes) {
    const heading = isHeading(top);
    // A part numbered as the others are, with its points and no row under it («II | Tiến độ, kết quả giải quyết |
    // 18,88» between I and III, «3 | Chấp hành nội quy | 20» after parts 1 and 2): a part of its own, scored as one
    // item — not a criterion of a group «Tiêu chí».
    const lone = !heading && !levelled && headings.length > 0 && headings.every((h) => h.scheme === top.scheme) && top.kind === 'item' && top.max !== undefined;
    if (lone) sheet.note(top.codeCell.address, `Phần ${top.code} (${top.title || top.code}) ghi ${formatPoints(top.max!)} điểm, không có mục nào dưới nó: chấm cả phần như một mục, tối đa ${formatPoints(top.max!)} điểm.`);
    const group = heading || levelled || lone ? { id: top.code, title: top.title || top.code } : (named.get(top) ?? defaultGroup);
    // A part's maximum: on its own row, else on its «TỔNG ĐIỂM PHẦN n» row.
    const part = heading ? [...stated.sections].find(([n]) => partCodes(n).includes(top.code))?.[1] : undefined;
    // A bonus or deduction part («C. ĐIỂM CỘNG (tối đa 7 điểm)»): outside the base maximum, its points the cap of all its rows.
    const outside = heading && top.kind !== 'item';
    // A part of bonus and deduction rows alike (heads.ts): its cap read from its title, as a bonus part's is.
    const max = heading ? (top.max ?? (outside || top.named === 'both' ? top.points : undefined) ?? part?.value) : undefined;
    const before = criteria.length;
    if (heading) for (const child of top.children) settle(ctx, child, group.id, max);
    else settle(ctx, top, group.id, undefined);
    const mine = criteria.slice(before);
    const sum = (bonus: boolean) => pointsOf(mine, bonus ? 'bonus' : 'base');
    // Its items short of its maximum are said here; past it, the part is capped (said below, once).
    if (heading && !(max !== undefined && sum(false) > max + 1e-9)) checkSum(sheet, top, undefined);
    // A deduction part whose heading writes the formula granting its points (granted-frame.ts): in the total.
    const granted = outside && top.kind === 'deduction' && max !== undefined ? grantedIn(top.title, max) : undefined;
    if (granted) sheet.note(top.codeCell.address, grantedNote(top.code, top.title, granted, max!));
    else if (outside && max !== undefined) {
      const word = top.kind === 'deduction' ? 'điểm trừ' : 'điểm cộng';
      const from = top.capInTitle === undefined ? '' : ` (mức tối đa đọc từ tên phần: «${top.capInTitle}»)`;
      sheet.note(top.codeCell.address, `Phần ${top.code} (${top.title || top.code}) là phần ${word}, ngoài tổng điểm chuẩn: các dòng của nó ${top.kind === 'deduction' ? 'trừ' : 'cộng'} tất cả không quá ${formatPoints(max)} điểm${from}.`);
    }
    const existing = groups.find((g) => g.id === group.id);
    // A group of several rows named alike (an app's «Nhóm» column) is worth what all its rows are, as one of one row.
    if (existing) existing.maxPoints = written.has(existing.id) ? (existing.maxPoints ?? 0) + sum(false) : unstatedMax(criteria.filter((c) => c.group === group.id));
    else if (mine.length > 0 || heading) {
      groups.push({ ...group, maxPoints: max ?? unstatedMax(mine), ...(granted && { granted: true as const }) });
      if (max !== undefined) written.add(group.id);
    }
    // More than the part's maximum: the part is capped, as the table says (said at the cell stating it).
    if (max !== undefined && sum(false) > max + 1e-9) {
      caps.set(group.id, max);
      sheet.note((top.maxCell ?? part?.cell ?? top.codeCell).address, groupMismatch({ ...group, maxPoints: max }, sum(false)));
    }
  }
  if (column) closeNamedGroups(sheet, groups, criteria, caps, stated, column, new Set([...named.values()].map((g) => g.id)));
  if (groups.some((g) => g !== defaultGroup && g.id !== defaultGroup.id)) {
    const from = named.size > 0 ? `cột «${column!.label}» (mã nhóm theo ${byNumber ? 'số đầu của mã các tiêu chí trong nhóm' : 'thứ tự các nhóm'})` : 'các dòng tiêu chuẩn';
    sheet.note(headerCell, `Nhóm tiêu chí lấy từ ${from}: ${groups.map((g) => `${g.id}. ${g.granted ? `${g.title} (${formatPoints(g.maxPoints!)} điểm có sẵn, các dòng trừ vào đó)` : groupWithPoints(g.title, g.maxPoints ?? 0, criteria.filter((c) => c.group === g.id))}`).join('; ')}.`);
  }
  return { criteria, groups, caps, rowOf: ctx.rowOf, byWords: ctx.byWords };
}

/**
 * A part's closing row among the rows its column names («Hạ tầng số» merged down A2:A4 over «Cộng phần Hạ tầng số |
 * 20»): that group's maximum, capping its criteria where they add up to more, the difference said at the row's figure.
 * The row is the group's by its name («Cộng phần <tên>») or by the column's words on it.
 */
function closeNamedGroups(sheet: SheetReader, groups: CriteriaGroup[], criteria: readonly Criterion[], caps: Map<string, number>, stated: Stated, column: GroupColumn, named: ReadonlySet<string>): void {
  for (const g of groups) {
    if (!named.has(g.id)) continue;
    const closing = [...stated.sections].find(([part, t]) => normalizeLabel(part) === normalizeLabel(g.title) || column.at(Number(/\d+$/.exec(t.cell.address)![0])).trim() === g.title)?.[1];
    if (!closing) continue;
    g.maxPoints = closing.value;
    const sum = pointsOf(criteria.filter((c) => c.group === g.id), 'base');
    if (sum > closing.value + 1e-9) caps.set(g.id, closing.value);
    if (Math.abs(sum - closing.value) > 1e-9) sheet.note(closing.cell.address, groupMismatch({ ...g, maxPoints: closing.value }, sum));
  }
}

/** What criteria are worth: their base rows, their bonus rows, or their deductions. */
function pointsOf(criteria: readonly Criterion[], kind: 'base' | 'bonus' | 'deduction'): number {
  const of = (c: Criterion) => (c.rule.kind === 'bonus' ? 'bonus' : c.rule.kind === 'deduction' ? 'deduction' : 'base');
  return sumPoints(criteria.filter((c) => of(c) === kind).map((c) => c.maxPoints));
}

/**
 * A group's maximum the table does not write: its base rows', else the larger of what its bonus rows add and its
 * deductions take (a maximum of 0 would cap every deduction at nothing; scoring bounds each of a group's bonus and
 * deductions by its maximum, which this one never cuts).
 */
const unstatedMax = (criteria: readonly Criterion[]) => pointsOf(criteria, 'base') || Math.max(pointsOf(criteria, 'bonus'), pointsOf(criteria, 'deduction'));

/** A top row with items under it (not its levels): a group of its own. */
const isHeading = (top: Node) => top.children.length > 0 && !isLevels(top);

/** A column naming each row's group («Nhóm»: an app's export of a commune's DTI table): its label, and its words on a row. */
export type GroupColumn = { label: string; at: (line: number) => string };

/**
 * The rows that are no part's, grouped by the words of their group column: each group coded by the first number its
 * criteria's codes share («1» for 1.1…1.9), else by its place among the groups (`byNumber`: which, for the notice).
 */
function namedGroups(nodes: readonly Node[], column: GroupColumn): { of: Map<Node, { id: string; title: string }>; byNumber: boolean } {
  const byTitle = new Map<string, Node[]>();
  for (const top of nodes) {
    const title = column.at(Number(/\d+$/.exec(top.codeCell.address)![0])).trim();
    if (title !== '' && !isHeading(top)) byTitle.set(title, [...(byTitle.get(title) ?? []), top]);
  }
  const firsts = [...byTitle.values()].map((tops) => new Set(tops.map((t) => t.code.split('.')[0]!)));
  const unique = firsts.every((f, k) => f.size === 1 && firsts.every((g, j) => j === k || ![...g].includes([...f][0]!)));
  const out = new Map<Node, { id: string; title: string }>();
  [...byTitle].forEach(([title, tops], k) => {
    const group = { id: unique ? [...firsts[k]!][0]! : String(k + 1), title };
    for (const top of tops) out.set(top, group);
  });
  return { of: out, byNumber: unique };
}

// Made for issue 55 item 4: the scoring table's reading split into passes; this one makes groups of the standards
// («I. …», «Phần A», «TIÊU CHÍ 1 … 20 điểm») and caps a part whose items add to more than the table gives it.
// And for a commune's table naming its parts in a first column merged down their rows («Lĩnh vực»: «Hạ tầng số» over
// A2:A4), each closed by «Cộng phần Hạ tầng số | 20»: that row the group's maximum.
