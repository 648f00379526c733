// What a nominee completed, as a council's lists say it: how many of the base's criteria it met in full, and only those
// it did not, each with its points — never every title of a 62-indicator set, which made the minutes 27 pages. The
// achievement report keeps every criterion in its table (achievement-report.ts), the ones met said above it. Counted at
// the level the plan calls «tiêu chí»: components numbered under a criterion (1.3.1 of 1.3) counted under it.
import type { RecordedUnit } from '../run/closing.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { phrase, phraseList } from '../text.js';
import { criterionName } from './wording.js';

/** Criteria short of their maximum named at most in a line, then how many more. */
const SHORT_NAMED = 10;

/** One of the document's items as the lists count it: a criterion, or an item scored by its parts (C3 of C3.1, C3.2). */
type Item = { code: string; title: string; points: number; max: number; deduction: number; short: boolean };

/** A criterion of the plan as the lists count it: an item, or one numbered x.y scored by its components x.y.z (byCriterion). */
type Counted = Item | { code: string; parts: Item[] };

/**
 * «hoàn thành đầy đủ 19/20 tiêu chí; chưa đầy đủ: Tiến độ công việc được giao (20/25)»: counted over the unit's
 * criteria of the base (not its bonus or deduction rows, nor those worth nothing), an item scored by its parts once —
 * met in full when each part is, named by its own title with its parts' points added — as the table and `criteria
 * import` count them; '' when none. Where the plan numbers components under its criteria (a PAR index's «tiêu chí
 * thành phần» 1.3.1, 1.3.2 under «tiêu chí» 1.3, each scored on its own row, no row 1.3 in the set), the criteria are
 * counted at their own level and the components beside: «hoàn thành đầy đủ 28/33 tiêu chí (53/58 tiêu chí thành
 * phần)», a criterion short named by its number with its components' points added, then its components short. A record
 * that kept no criteria of the unit (one closed before they were kept) names every criterion met, as it did.
 */
export function completedText(unit: Pick<RecordedUnit, 'achievements' | 'criteria'>): string {
  const plan = planCriteria(unit);
  if (!plan) return metNamed(unit.achievements);
  const { counted, components } = plan;
  if (counted.length === 0) return '';
  const short = counted.filter(isShort);
  const done = `hoàn thành đầy đủ ${counted.length - short.length}/${counted.length} tiêu chí${beside(components)}`;
  if (short.length === 0) return done;
  const named = short.slice(0, SHORT_NAMED).map((c) => ('parts' in c ? `tiêu chí ${c.code} (${figures(c.parts)}) — ${c.parts.filter((p) => p.short).map(itemName).join(', ')}` : itemName(c)));
  const more = short.length > SHORT_NAMED ? `; và ${short.length - SHORT_NAMED} tiêu chí khác` : '';
  return `${done}; chưa đầy đủ: ${phraseList(named)}${more}`;
}

/**
 * What a nominee's achievement report says it met in full, before its table of every criterion: each criterion met by
 * title (an item's parts each, as the table lists them); where the plan numbers components under its criteria, the
 * criteria met at their level, counted as completedText counts them, each of components named by its number with its
 * components' titles — «hoàn thành đầy đủ 28/33 tiêu chí (53/58 tiêu chí thành phần): …; tiêu chí 1.3 — …, …» —,
 * never its rows counted as «64 tiêu chí». '' when none.
 */
export function achievedText(unit: Pick<RecordedUnit, 'achievements' | 'criteria'>): string {
  const plan = planCriteria(unit);
  if (!plan || plan.components.length === 0) return metNamed(unit.achievements);
  const met = plan.counted.filter((c) => !isShort(c));
  if (met.length === 0) return '';
  const named = met.map((c) => ('parts' in c ? `tiêu chí ${c.code} — ${c.parts.map((p) => phrase(criterionName(p.title))).join(', ')}` : criterionName(c.title)));
  return `hoàn thành đầy đủ ${met.length}/${plan.counted.length} tiêu chí${beside(plan.components)}: ${phraseList(named)}`;
}

/** «hoàn thành đầy đủ 3 tiêu chí: a; b; c», each met by its title; '' when none. */
const metNamed = (achievements: readonly string[]) => (achievements.length > 0 ? `hoàn thành đầy đủ ${achievements.length} tiêu chí: ${phraseList(achievements.map(criterionName))}` : '');

/** « (53/58 tiêu chí thành phần)» beside the criteria's count; '' for a plan with no components. */
const beside = (components: readonly Item[]) => (components.length > 0 ? ` (${components.filter((p) => !p.short).length}/${components.length} tiêu chí thành phần)` : '');

const isShort = (c: Counted) => ('parts' in c ? c.parts.some((p) => p.short) : c.short);

/**
 * The unit's criteria of the base as the lists count them (its items, at the plan's criterion level, and the components
 * among them); undefined for a record that kept none.
 */
function planCriteria(unit: Pick<RecordedUnit, 'achievements' | 'criteria'>): { counted: Counted[]; components: Item[] } | undefined {
  const base = unit.criteria?.filter((c) => c.kind === undefined && c.max > 0);
  if (!base) return undefined;
  // The met ones by title, each title as many times as it is met (two criteria may share one).
  const met = new Map<string, number>();
  for (const title of unit.achievements) met.set(title, (met.get(title) ?? 0) + 1);
  const items: Item[] = [];
  const wholes = new Map<string, Item>();
  for (const c of base) {
    const left = met.get(c.title) ?? 0;
    if (left > 0) met.set(c.title, left - 1);
    const item = { code: c.code, title: c.title, points: c.points, max: c.max, deduction: c.deduction ?? 0, short: left === 0 };
    const whole = c.partOf && wholes.get(c.partOf.code);
    if (whole) Object.assign(whole, { points: whole.points + item.points, max: whole.max + item.max, deduction: whole.deduction + item.deduction, short: whole.short || item.short });
    else if (c.partOf) {
      const first = { ...item, code: c.partOf.code, title: c.partOf.title };
      wholes.set(c.partOf.code, first);
      items.push(first);
    } else items.push(item);
  }
  const counted = byCriterion(items);
  return { counted, components: counted.flatMap((c) => ('parts' in c ? c.parts : [])) };
}

/** «Tiến độ công việc được giao (20/25)», «… (3/3, trừ 1)». */
const itemName = (i: Item) => `${criterionName(i.title)} (${figures([i])})`;

/** Points over maximum of items added, with what their own lines took. */
function figures(items: readonly Item[]): string {
  const add = (of: (i: Item) => number) => items.reduce((s, i) => s + of(i), 0);
  const deduction = add((i) => i.deduction);
  return `${formatNumber(add((i) => i.points))}/${formatNumber(add((i) => i.max))}${deduction ? `, trừ ${formatNumber(deduction)}` : ''}`;
}

/** Numbers as a plan writes them at every level: «1.3», «1.3.1». */
const NUMBERED = /^\d+(?:\.\d+)+$|^\d+$/;

/**
 * The items at the plan's criterion level. Where the plan scores rows at two depths under one number — 1.1 beside
 * 1.3.1, both under 1 (a PAR index's criteria beside the components of another) —, that first depth is a level of
 * criteria, not of groups: an item x.y.z whose x.y is no item of the set and stands at such a depth is a component of
 * criterion x.y, counted with the others under it at the first one's place; every other item is a criterion itself. A
 * set not so numbered is counted item by item: numbers not all plain (C3.1, I.1.a, a4.2.2), or each depth under its
 * own numbers (a department's standards 1.1.1… beside 2.1…, numbered by the reader from its levels). The numbers tell
 * it because the set cannot: the reader keeps no criterion x.y over components scored on their own rows (settle.ts),
 * only its points checked against theirs, so x.y is named by its number, never by a title guessed.
 */
function byCriterion(items: readonly Item[]): Counted[] {
  if (!items.every((i) => NUMBERED.test(i.code))) return [...items];
  const codes = new Set(items.map((i) => i.code));
  const parentOf = (code: string) => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : undefined);
  const depth = (code: string) => code.split('.').length;
  // The depths scored beside components: x.a's, where an x.b.c is scored too.
  const under = new Set(items.flatMap((i) => parentOf(parentOf(i.code) ?? '') ?? []));
  const levels = new Set(items.filter((i) => under.has(parentOf(i.code) ?? '')).map((i) => depth(i.code)));
  const out: Counted[] = [];
  const partsOf = new Map<string, Item[]>();
  for (const i of items) {
    const parent = parentOf(i.code);
    if (parent === undefined || codes.has(parent) || !levels.has(depth(parent))) {
      out.push(i);
      continue;
    }
    let parts = partsOf.get(parent);
    if (!parts) {
      parts = [];
      partsOf.set(parent, parts);
      out.push({ code: parent, parts });
    }
    parts.push(i);
  }
  return out;
}

// Made for: an officer's walk (Hải Phòng's civil servants, 62 indicators): the lists named every criterion met by its
// whole title — now counted, what is short named; and Lâm Đồng's PAR INDEX walk: «64/70 tiêu chí» counted its 58
// components as criteria, a count the document («Lĩnh vực/Tiêu chí/Tiêu chí thành phần», 33 criteria) never states.
