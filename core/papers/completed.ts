// What a nominee completed, as a council's lists say it: how many of the base's criteria it met in full, and only those
// it did not, each with its points — never every title of a 62-indicator set, which made the minutes 27 pages. The
// achievement report keeps every criterion in its table (achievement-report.ts).
import type { RecordedUnit } from '../run/closing.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { phraseList } from '../text.js';
import { criterionName } from './wording.js';

/** Criteria short of their maximum named at most in a line, then how many more. */
const SHORT_NAMED = 10;

/** One of the document's items as the lists count it: a criterion, or an item scored by its parts (C3 of C3.1, C3.2). */
type Item = { title: string; points: number; max: number; deduction: number; short: boolean };

/**
 * «hoàn thành đầy đủ 19/20 tiêu chí; chưa đầy đủ: Tiến độ công việc được giao (20/25)»: counted over the unit's
 * criteria of the base (not its bonus or deduction rows, nor those worth nothing), an item scored by its parts once —
 * met in full when each part is, named by its own title with its parts' points added — as the table and `criteria
 * import` count them; '' when none. A record that kept no criteria of the unit (one closed before they were kept)
 * names every criterion met, as it did.
 */
export function completedText(unit: Pick<RecordedUnit, 'achievements' | 'criteria'>): string {
  const base = unit.criteria?.filter((c) => c.kind === undefined && c.max > 0);
  if (!base) return unit.achievements.length > 0 ? `hoàn thành đầy đủ ${unit.achievements.length} tiêu chí: ${phraseList(unit.achievements.map(criterionName))}` : '';
  if (base.length === 0) return '';
  // The met ones by title, each title as many times as it is met (two criteria may share one).
  const met = new Map<string, number>();
  for (const title of unit.achievements) met.set(title, (met.get(title) ?? 0) + 1);
  const items: Item[] = [];
  const wholes = new Map<string, Item>();
  for (const c of base) {
    const left = met.get(c.title) ?? 0;
    if (left > 0) met.set(c.title, left - 1);
    const item = { title: c.title, points: c.points, max: c.max, deduction: c.deduction ?? 0, short: left === 0 };
    const whole = c.partOf && wholes.get(c.partOf.code);
    if (whole) Object.assign(whole, { points: whole.points + item.points, max: whole.max + item.max, deduction: whole.deduction + item.deduction, short: whole.short || item.short });
    else if (c.partOf) {
      const first = { ...item, title: c.partOf.title };
      wholes.set(c.partOf.code, first);
      items.push(first);
    } else items.push(item);
  }
  const short = items.filter((i) => i.short);
  const done = `hoàn thành đầy đủ ${items.length - short.length}/${items.length} tiêu chí`;
  if (short.length === 0) return done;
  const named = short.slice(0, SHORT_NAMED).map((c) => `${criterionName(c.title)} (${formatNumber(c.points)}/${formatNumber(c.max)}${c.deduction ? `, trừ ${formatNumber(c.deduction)}` : ''})`);
  const more = short.length > SHORT_NAMED ? `; và ${short.length - SHORT_NAMED} tiêu chí khác` : '';
  return `${done}; chưa đầy đủ: ${phraseList(named)}${more}`;
}

// Made for: an officer's walk (Hải Phòng's civil servants, a 62-indicator set): the minutes, the proposal and the lists
// named every criterion met in full by its whole title — a council's minutes count them and name what is short.
