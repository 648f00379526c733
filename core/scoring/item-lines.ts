// An item's own bonus and deduction lines (Criterion.own): the lines the unit types on their own rows («a1.1 … −0,5»,
// «a4.2.2 … +2») counted with their item, each kind up to the cap the table's note row gives («Tổng điểm trừ của mục a1
// không quá 1,5 điểm»), outside the item's base points: its bonus above the total's maximum, its deductions from the
// total. Points the unit types on the item above its maximum («d1: 3 + 2 = 5») are the item's bonus too, where the item
// has bonus lines. Of lines only one of which applies (ItemLines.oneOf), one is counted: the largest typed. Pure.
import type { Criterion, ItemLine, ItemLines } from '../criteria/schema.js';
import { capitalize, formatNumber, roundPoints } from '../criteria/rules/reason.js';
import type { ReportColumns, ReportRow } from '../report/schema.js';
import { pointsNumber, type Reading, readCriterionValue } from './classify.js';
import type { CriterionScore, ItemLineScore, ItemLinesScore } from './score-card.js';

/** A line read as a criterion of its own kind would be: points typed by hand, as the unit typed them. */
function asCriterion(item: Criterion, line: ItemLine): Criterion {
  return { ...item, code: line.code, title: line.title, maxPoints: line.maxPoints, rule: { kind: line.kind }, measure: 'points', target: undefined, portal: undefined, own: undefined };
}

const signed = (kind: ItemLine['kind'], points: number) => `${kind === 'bonus' ? '+' : '−'}${formatNumber(points)}`;

/** A line the unit typed on its row, read as a criterion of its kind; the line as that criterion names it for a flag. */
export type ReportedLine = { line: ItemLine; criterion: Criterion; row: ReportRow; reading: Reading };

/** The item's lines that have a row in the report, each read: what scoring counts and the checks look at. */
export function reportedLines(item: Criterion, lineRows: ReadonlyMap<string, ReportRow>, columns: ReportColumns): ReportedLine[] {
  return (item.own?.lines ?? []).flatMap((line) => {
    const row = lineRows.get(line.code);
    if (!row) return [];
    const criterion = asCriterion(item, line);
    return [{ line, criterion, row, reading: readCriterionValue(criterion, row, columns) }];
  });
}

/** One line's row as scored; undefined when the unit left it blank (nothing added, nothing taken). */
function lineScore({ line, row, reading }: ReportedLine): ItemLineScore | undefined {
  if (reading.kind === 'missing' || reading.kind === 'not_assigned') return undefined;
  const self = pointsNumber(row.selfScore);
  const base = { code: line.code, kind: line.kind, selfScore: typeof self === 'number' ? self : null, row: row.row };
  if (reading.kind === 'invalid') return { ...base, points: 0, reason: `${line.code}: ô ${reading.cell}: ${reading.problem} → 0` };
  // Officers write a deduction as «0,5» or «−0,5» alike; a bonus typed below zero adds nothing.
  const points = line.kind === 'deduction' ? Math.abs(reading.value) : Math.max(0, reading.value);
  // «Mỗi trường hợp … 0,5 điểm»: several cases add up past the line's own points; the item's cap is what bounds them.
  const over = points > line.maxPoints + 1e-9 ? ` (dòng ghi ${formatNumber(line.maxPoints)} điểm, tính theo số ghi)` : '';
  return { ...base, points: roundPoints(points), reason: `${line.code} ${signed(line.kind, points)}${over}` };
}

/** What one kind of the item's lines amounts to, after its cap; the words saying it. */
function capped(lines: readonly ItemLineScore[], cap: number | undefined, kind: ItemLine['kind']): { points: number; said?: string } {
  const mine = lines.filter((l) => l.kind === kind);
  if (mine.length === 0) return { points: 0 };
  const sum = roundPoints(mine.reduce((s, l) => s + l.points, 0));
  const points = cap === undefined ? sum : Math.min(sum, cap);
  const verb = kind === 'bonus' ? 'cộng' : 'trừ';
  const bound = cap === undefined ? '' : sum > cap + 1e-9 ? `, vượt mức không quá ${formatNumber(cap)} → ${verb} ${formatNumber(cap)}` : ` (không quá ${formatNumber(cap)})`;
  const said = `điểm ${kind === 'bonus' ? 'thưởng' : 'trừ'} của mục: ${mine.map((l) => l.reason).join('; ')} → ${verb} ${formatNumber(sum)}${bound}`;
  return { points: roundPoints(points), said };
}

/** The lines the unit typed on their rows (blank ones left out), each as scored before the item's groups and caps. */
export function typedLines(item: Criterion, lineRows: ReadonlyMap<string, ReportRow>, columns: ReportColumns): ItemLineScore[] {
  return reportedLines(item, lineRows, columns).flatMap((reported) => lineScore(reported) ?? []);
}

/** A group of lines of which one only applies, typed on more than one: the one counted (the largest, the first of equals) and the others. */
export type OneOfBreach = { group: readonly string[]; counted: ItemLineScore; dropped: ItemLineScore[] };

/** The item's groups of lines of which one only applies where the unit gave points on more than one. */
export function oneOfBreaches(own: ItemLines, lines: readonly ItemLineScore[]): OneOfBreach[] {
  return (own.oneOf ?? []).flatMap((group) => {
    const typed = lines.filter((l) => group.includes(l.code) && l.points > 0);
    if (typed.length < 2) return [];
    const counted = typed.reduce((a, b) => (b.points > a.points ? b : a));
    return [{ group, counted, dropped: typed.filter((l) => l !== counted) }];
  });
}

/** What a breach is, said the same at the cells (core/checks/one-of-lines.ts) and in the item's reason. */
export function oneOfWords({ group, counted, dropped }: OneOfBreach): string {
  const as = (l: ItemLineScore) => `${l.code} (${signed(l.kind, l.points)})`;
  return `chỉ một trong các dòng ${group.join(', ')} áp dụng cho đơn vị, nhưng có điểm ở ${[counted, ...dropped].sort((a, b) => group.indexOf(a.code) - group.indexOf(b.code)).map(as).join(', ')}: tính dòng lớn nhất ${as(counted)}, không tính ${dropped.map((l) => l.code).join(', ')}`;
}

/**
 * The item's own lines as scored beside its score, undefined when the set gives the item none or the unit typed none.
 * `item` is the item's score (its points within 0..max): a value typed above the maximum is counted as the item's bonus.
 */
export function scoreItemLines(criterion: Criterion, item: CriterionScore, lineRows: ReadonlyMap<string, ReportRow>, columns: ReportColumns): ItemLinesScore | undefined {
  const own = criterion.own;
  // An item not assigned to the unit leaves the total, its lines with it.
  if (!own || item.status === 'not_assigned' || item.status === 'not_applicable') return undefined;
  // Lines of a group typed more than once: the largest counted, the others at 0 with why (flagged by one-of-lines).
  const lines = typedLines(criterion, lineRows, columns);
  for (const breach of oneOfBreaches(own, lines)) {
    for (const l of breach.dropped) lines[lines.indexOf(l)] = { ...l, points: 0, reason: `${l.code} ${signed(l.kind, l.points)} không tính (chỉ một trong các dòng ${breach.group.join(', ')} áp dụng: tính dòng lớn nhất ${breach.counted.code})` };
  }
  const hasBonus = own.lines.some((l) => l.kind === 'bonus') || own.bonusCap !== undefined;
  const above = item.status === 'scored' && item.value !== null && criterion.rule.kind === 'manual' ? item.value - criterion.maxPoints : 0;
  if (hasBonus && above > 1e-9) {
    lines.unshift({ code: criterion.code, kind: 'bonus', points: roundPoints(above), selfScore: null, row: item.row, reason: `${criterion.code} ghi vượt tối đa ${formatNumber(criterion.maxPoints)}: +${formatNumber(above)}` });
  }
  if (lines.length === 0) return undefined;
  const bonus = capped(lines, own.bonusCap, 'bonus');
  const deduction = capped(lines, own.deductionCap, 'deduction');
  const reason = [bonus.said, deduction.said].filter(Boolean).join('; ');
  return { bonus: bonus.points, deduction: deduction.points, lines, reason: capitalize(reason) };
}

// Made for issue 55 (every scoring table read as its document states it): the Tiền Giang department table, whose
// items a1 … d2, 2.2, 3.2, 4.1–4.3 carry numbered «Thưởng» and «Trừ» lines under them with caps in note rows, and
// whose verification minutes count an item's bonus above its maximum («d1: 3 + 2 = 5»).
