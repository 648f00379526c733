// What a criteria set was understood to be, as plain data every face shows before the set is used (the command
// line prints it, the page and the pane lay it out beside the notices): each group with its written maximum and its
// items' sum, what it counts, each item with its maximum and its way of scoring (per occurrence with its cap), the
// bonus and deduction parts apart, and the total the set scores against.
import { formatPoints, parseNumberText } from '../../values.js';
import { oneLine } from '../../text.js';
import type { CriteriaSet, Criterion, PartOf } from '../schema.js';
import { occurrenceUnit } from '../rules/reason.js';
import { WRITTEN_TOTAL } from './vocabulary.js';

export type UnderstoodItem = {
  code: string;
  title: string;
  maxPoints: number;
  /** How it is scored, in the officer's words («thủ công», «2 điểm mỗi tiết, tối đa 10»). */
  scoring: string;
  part: 'item' | 'bonus' | 'deduction';
  /** A bonus recorded beside the official total, not added to it. */
  recorded?: true;
  /** A part's own bonus row, raising the part at most to its maximum. */
  withinPart?: true;
  /** The document's item it is a part of («C3 … 5 điểm» over C3.1, C3.2, C3.3). */
  partOf?: PartOf;
};
/** A line of a group's tree: an item, or the document's item with its parts under it. */
export type UnderstoodEntry = { item: UnderstoodItem } | { whole: PartOf; parts: UnderstoodItem[] };
export type UnderstoodGroup = {
  id: string;
  title: string;
  /** The maximum the table writes for the group, if it writes one. */
  written?: number;
  /** Its items' maxima added up (bonus and deductions aside). */
  summed: number;
  /** What the group counts: its items' sum, at most its written maximum; a granted frame's, its maximum. */
  counted: number;
  items: UnderstoodItem[];
  /** A frame granted by default (CriteriaGroup.granted): its maximum in the total, its deduction rows taking from it. */
  granted?: true;
};
export type UnderstoodSet = {
  groups: UnderstoodGroup[];
  /** The total the set scores against: every group's `counted`. */
  total: number;
  bonusMax: number;
  deductionMax: number;
  /** The bonus recorded beside the total, not added («ghi nhận, không cộng vào tổng»). */
  recordedMax: number;
};

const n = formatPoints;

/** A criterion's way of scoring in words, its cap named where it counts occurrences. */
function scoringOf(c: Criterion): string {
  const rule = c.rule;
  const unit = occurrenceUnit(c);
  switch (rule.kind) {
    case 'per_occurrence':
      return `${n(rule.pointsEach)} điểm mỗi ${unit}, tối đa ${n(c.maxPoints)}`;
    case 'bonus':
    case 'deduction': {
      const word = rule.kind === 'bonus' ? 'cộng' : 'trừ';
      const points = rule.pointsEach === undefined ? `${word} tối đa ${n(c.maxPoints)}` : `${word} ${n(rule.pointsEach)} điểm mỗi ${unit}, tối đa ${n(c.maxPoints)}`;
      return rule.kind === 'bonus' && rule.recorded ? `${points}, ghi nhận, không cộng vào tổng` : rule.kind === 'bonus' && rule.withinPart ? `${points}, trong điểm tối đa của nhóm ${c.group}` : points;
    }
    case 'tiers':
      return `chọn mức: ${rule.tiers.map((t) => n(t.points)).join(' / ')}`;
    case 'manual':
      return 'chấm thủ công';
    case 'threshold':
      return 'đạt chỉ tiêu thì đủ điểm';
    case 'ratio':
      // Full from N%, the rate itself × the maximum below: the jump said, so 85% is not read as 85/90 of the maximum.
      return rule.fullFrom === undefined ? 'theo tỷ lệ' : `theo tỷ lệ × điểm tối đa, đủ điểm từ ${n(rule.fullFrom)}%`;
    case 'yes_no':
      return 'có/không';
    case 'portal_766':
      return 'công thức Cổng 766';
    case 'min_max':
      return `Min-Max giữa các đơn vị (đơn vị ${rule.lower ? 'thấp' : 'cao'} nhất được điểm tối đa)`;
  }
}

/**
 * What an item's own lines (Criterion.own) of one kind add or take at most: its cap, else its lines' points — of lines
 * of which one only applies («một trong các trường hợp»), the largest, as scoring counts them; 0 without such lines.
 */
export function ownLinesMax(c: Criterion, kind: 'bonus' | 'deduction'): number {
  const lines = c.own?.lines.filter((l) => l.kind === kind) ?? [];
  if (lines.length === 0) return 0;
  const cap = kind === 'bonus' ? c.own!.bonusCap : c.own!.deductionCap;
  if (cap !== undefined) return cap;
  const groups = c.own!.oneOf ?? [];
  const largest = new Map<readonly string[], number>();
  let alone = 0;
  for (const l of lines) {
    const group = groups.find((g) => g.includes(l.code));
    if (group) largest.set(group, Math.max(largest.get(group) ?? 0, l.maxPoints));
    else alone += l.maxPoints;
  }
  return [...largest.values()].reduce((s, p) => s + p, alone);
}

/** What the items' own lines of one kind add or take at most, every item's added up. */
function ownMax(set: CriteriaSet, part: UnderstoodItem['part']): number {
  return part === 'item' ? 0 : set.criteria.reduce((total, c) => total + ownLinesMax(c, part), 0);
}

/** An item's own lines in words («kèm dòng trừ a1.1, a1.2, không quá 1,5»). */
function ownLinesOf(c: Criterion): string {
  const said = (['bonus', 'deduction'] as const).flatMap((kind) => {
    const lines = c.own?.lines.filter((l) => l.kind === kind) ?? [];
    const cap = kind === 'bonus' ? c.own?.bonusCap : c.own?.deductionCap;
    return lines.length === 0 ? [] : [`dòng ${kind === 'bonus' ? 'thưởng' : 'trừ'} ${lines.map((l) => l.code).join(', ')}${cap === undefined ? '' : ` không quá ${n(cap)}`}`];
  });
  return said.length === 0 ? '' : `; kèm ${said.join('; ')}`;
}

/** The set as understood: groups in their order, their criteria under them. */
export function understoodSet(set: CriteriaSet): UnderstoodSet {
  const groups = set.groups.map((g): UnderstoodGroup => {
    const items = set.criteria.filter((c) => c.group === g.id).map((c): UnderstoodItem => ({
      code: c.code,
      title: c.title,
      maxPoints: c.maxPoints,
      scoring: `${scoringOf(c)}${ownLinesOf(c)}`,
      part: c.rule.kind === 'bonus' ? 'bonus' : c.rule.kind === 'deduction' ? 'deduction' : 'item',
      ...(c.rule.kind === 'bonus' && c.rule.recorded && { recorded: true as const }),
      ...(c.rule.kind === 'bonus' && c.rule.withinPart && { withinPart: true as const }),
      ...(c.partOf && { partOf: c.partOf }),
    }));
    const summed = items.filter((i) => i.part === 'item').reduce((s, i) => s + i.maxPoints, 0);
    // A granted frame counts its maximum: what a unit has before its deductions are taken.
    const counted = g.maxPoints === undefined ? summed : g.granted ? g.maxPoints : Math.min(summed, g.maxPoints);
    return { id: g.id, title: g.title, ...(g.maxPoints !== undefined && { written: g.maxPoints }), summed, counted, items, ...(g.granted && { granted: true as const }) };
  });
  const sum = (part: UnderstoodItem['part'], recorded = false) => groups.reduce((s, g) => s + outsideOf(g, part, recorded).counted, 0) + (recorded ? 0 : ownMax(set, part));
  return { groups, total: groups.reduce((s, g) => s + g.counted, 0), bonusMax: sum('bonus'), deductionMax: sum('deduction'), recordedMax: sum('bonus', true) };
}

/**
 * What a group's bonus (or deduction, or recorded bonus) rows add or take at most: their maxima added — at most the
 * maximum the group writes when they are all the group holds, as scoring caps such a group («tối đa trừ 20 điểm» over
 * rows of 8, 5, 5…); a group of bonus and deduction rows alike, each of them (capped-parts.ts; mixedCap says it).
 */
export function outsideOf(g: UnderstoodGroup, part: UnderstoodItem['part'], recorded: boolean): { summed: number; counted: number } {
  const summed = g.items.filter((i) => i.part === part && (i.recorded === true) === recorded).reduce((s, i) => s + i.maxPoints, 0);
  const kinds = new Set(g.items.map((i) => (i.recorded ? 'recorded' : i.part)));
  const capped = kinds.size === 1 || bothKinds(g);
  const within = part === 'bonus' && !recorded ? withinPart(g) : undefined;
  if (within) return { summed, counted: summed - within.summed + within.counted };
  return { summed, counted: capped && g.written !== undefined ? Math.min(summed, g.written) : summed };
}

/**
 * A part's own bonus rows (the bonus rule's `withinPart`): what they add, and what they add at most — what is left of
 * the part's maximum above its items (capped-parts.ts); undefined when it has none.
 */
export function withinPart(g: UnderstoodGroup): { summed: number; counted: number } | undefined {
  const summed = g.items.filter((i) => i.withinPart).reduce((s, i) => s + i.maxPoints, 0);
  if (summed === 0 || g.written === undefined) return undefined;
  return { summed, counted: Math.min(summed, Math.max(0, g.written - g.counted)) };
}

/** A group of bonus and deduction rows, nothing else («ĐIỂM THƯỞNG, ĐIỂM TRỪ»). */
const bothKinds = (g: UnderstoodGroup) => g.items.some((i) => i.part === 'bonus' && !i.recorded) && g.items.some((i) => i.part === 'deduction') && g.items.every((i) => (i.part === 'bonus' && !i.recorded) || i.part === 'deduction');

/**
 * A group of bonus and deduction rows whose one maximum, written in its name («… (Tối đa 04 điểm)»), cuts either of
 * them: the table does not say whether it bounds each or what is left after they offset, so what thidua does (each) is
 * said, never under a ✔; undefined when the maximum cuts neither (the same either way). A maximum set apart from the
 * name (thidua's own «Nhóm» table) is thidua's reading already, each way, as its tree says.
 */
export function mixedCap(g: UnderstoodGroup, row?: number): string | undefined {
  const named = WRITTEN_TOTAL.exec(g.title);
  if (g.written === undefined || !bothKinds(g) || !named || parseNumberText(named[1]!) !== g.written) return undefined;
  const [bonus, deduction] = (['bonus', 'deduction'] as const).map((part) => outsideOf(g, part, false));
  const cut = [bonus!.counted < bonus!.summed - 1e-9 ? `các dòng điểm thưởng cộng được ${n(bonus!.summed)}` : '', deduction!.counted < deduction!.summed - 1e-9 ? `các dòng điểm trừ trừ được ${n(deduction!.summed)}` : ''].filter(Boolean);
  if (cut.length === 0) return undefined;
  return `Nhóm ${g.id} («${oneLine(g.title)}») ghi một mức tối đa ${n(g.written)} điểm chung cho điểm thưởng và điểm trừ, nhưng ${cut.join(', ')}: bảng không nói mức ấy áp cho từng bên hay cho số còn lại sau khi bù trừ. thidua áp cho từng bên — cộng thêm tối đa ${n(bonus!.counted)}, trừ tối đa ${n(deduction!.counted)}; xác nhận cách hiểu này hoặc sửa mức tối đa của nhóm (xem ghi chú ở ô tên phần${row === undefined ? '' : `, dòng ${row}`}).`;
}

/**
 * The bonus a group's written maximum holds beside its base: its bonus rows' maxima, where the maximum is their sum
 * and its items' (Cần Thơ's «I | NHÓM XÃ, PHƯỜNG | 115» over criteria of 100 and «5 | Điểm cộng | 15»); else 0.
 */
export function bonusWritten(g: UnderstoodGroup): number {
  const bonus = outsideOf(g, 'bonus', false).summed;
  return g.written !== undefined && bonus > 0 && g.summed > 0 && Math.abs(g.summed + bonus - g.written) < 1e-9 ? bonus : 0;
}

/** A group's maxima in words: «tối đa 210 điểm (các mục cộng được 260, tính 210)». */
export function groupMaxText(g: UnderstoodGroup): string {
  // A group of bonus or deduction parts only counts outside the total: «tính 0» would read as a group worth nothing.
  if (g.granted) {
    const { summed } = outsideOf(g, 'deduction', false);
    return `${n(g.counted)} điểm có sẵn, các dòng trừ vào đó, không dưới 0 (${n(g.counted)} − điểm trừ${summed > g.counted ? `; các dòng cộng được ${n(summed)}` : ''})`;
  }
  const outside = g.items.length > 0 && g.items.every((i) => i.part !== 'item');
  if (outside) {
    // Its cap said as a base group's is: «trừ tối đa 20 (các dòng cộng được 40, tính 20)».
    const of = (part: UnderstoodItem['part'], words: (max: string) => string, recorded = false) => {
      const { summed, counted } = outsideOf(g, part, recorded);
      return summed > 0 ? words(counted < summed ? `${n(counted)} (các dòng cộng được ${n(summed)}, tính ${n(counted)})` : n(counted)) : '';
    };
    const parts = [
      of('bonus', (max) => `cộng thêm tối đa ${max}`),
      of('bonus', (max) => `điểm cộng ghi nhận tối đa ${max}, không cộng vào tổng`, true),
      of('deduction', (max) => `trừ tối đa ${max}`),
    ].filter(Boolean);
    return `ngoài tổng điểm: ${parts.join('; ')}`;
  }
  if (g.written === undefined || Math.abs(g.written - g.summed) < 1e-9) return `${n(g.counted)} điểm`;
  const bonus = bonusWritten(g);
  if (bonus > 0) return `${n(g.written)} điểm: chấm trên ${n(g.summed)}, điểm thưởng cộng thêm tối đa ${n(bonus)}`;
  return `ghi ${n(g.written)} điểm, các mục cộng được ${n(g.summed)}: tính ${n(g.counted)}`;
}

/** The total line every face shows under the tree. */
export function totalText(u: UnderstoodSet): string {
  const granted = u.groups.filter((g) => g.granted);
  const extra = [
    ...granted.map((g) => `gồm ${n(g.counted)} điểm có sẵn của nhóm ${g.id}, trừ đi điểm trừ của nhóm ấy, không dưới 0`),
    u.bonusMax > 0 ? `điểm thưởng cộng thêm tối đa ${n(u.bonusMax)}` : '',
    u.recordedMax > 0 ? `điểm cộng ghi nhận tối đa ${n(u.recordedMax)}, không cộng vào tổng` : '',
    u.deductionMax > 0 ? `điểm trừ tối đa ${n(u.deductionMax)}` : '',
  ].filter(Boolean);
  return `Chấm trên tổng ${n(u.total)} điểm${extra.length > 0 ? ` (${extra.join('; ')})` : ''}.`;
}

/** An item's maximum and way of scoring in words («tối đa 10 điểm, chấm thủ công»; the cap said once). */
export function itemText(i: UnderstoodItem): string {
  const part = i.part === 'bonus' ? ' [điểm thưởng]' : i.part === 'deduction' ? ' [điểm trừ]' : '';
  return `${i.scoring.includes('tối đa') ? '' : `tối đa ${n(i.maxPoints)} điểm, `}${i.scoring}${part}`;
}

/** A group's lines: each item, the parts of one document item gathered under it (where they follow one another). */
export function entriesOf(g: UnderstoodGroup): UnderstoodEntry[] {
  const entries: UnderstoodEntry[] = [];
  for (const item of g.items) {
    const last = entries.at(-1);
    if (item.partOf && last && 'whole' in last && last.whole.code === item.partOf.code) last.parts.push(item);
    else entries.push(item.partOf ? { whole: item.partOf, parts: [item] } : { item });
  }
  return entries;
}

/** The document's item over its parts in words: «5 điểm, cộng các phần:». */
export function wholeText(whole: PartOf): string {
  return whole.summed ? `không ghi điểm, cộng các phần (được tối đa ${n(whole.maxPoints)} điểm):` : `${n(whole.maxPoints)} điểm, cộng các phần:`;
}

/** How many items the set has as its document counts them (a document item's parts count once), and the parts said. */
export function itemCount(set: CriteriaSet): { items: number; parts: string } {
  const wholes = [...new Set(set.criteria.flatMap((c) => (c.partOf ? [c.partOf.code] : [])))];
  const parts = set.criteria.filter((c) => c.partOf).length;
  return {
    items: set.criteria.length - parts + wholes.length,
    parts: wholes.length === 0 ? '' : `; mục ${wholes.join(', ')} gồm ${parts} phần chấm riêng`,
  };
}

/** The tree as lines of text (the command line, and a notice's copy): a group a line, its items indented under it, each name on its line. */
export function understoodLines(u: UnderstoodSet): string[] {
  const lines: string[] = [];
  for (const g of u.groups) {
    lines.push(`${g.id}. ${oneLine(g.title)} — ${groupMaxText(g)}`);
    const item = (i: UnderstoodItem, indent: string) => `${indent}${i.code}  ${oneLine(i.title)} — ${itemText(i)}`;
    for (const e of entriesOf(g)) {
      if ('item' in e) lines.push(item(e.item, '  '));
      else lines.push(`  ${e.whole.code}  ${oneLine(e.whole.title)} — ${wholeText(e.whole)}`, ...e.parts.map((p) => item(p, '      ')));
    }
  }
  lines.push(totalText(u));
  return lines;
}

// Made for issue 45 item 3: the officer sees what was understood of a table before it is used, alike on every face.
