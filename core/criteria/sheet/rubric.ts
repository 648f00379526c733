// «Cách xác định và tính điểm»: the free wording of DTI-style rubrics, turned into a rule where it can mean
// only one thing — tiers ("4 lần: 20 điểm; 3 lần: 15; …; còn lại: 0"), a ratio ("Tỷ lệ = a/b; Điểm = Tỷ lệ ×
// Điểm tối đa", "Tỷ lệ% x Điểm tối đa", "Tỷ lệ/80% × Điểm tối đa" against its 80%, "Tỷ lệ ≥ 90%: Điểm tối đa;
// Tỷ lệ < 90%: Tỷ lệ × Điểm tối đa" full from 90%), full / half / no credit ("Có: Điểm tối đa; chưa đầy đủ: 1/2 × Điểm tối đa; Không: 0"),
// Min-Max between the units ("… đơn vị nào tỷ lệ cao nhất thì điểm tối đa và giảm dần").
// Anything else is left to the officer (manual scoring) with the wording kept as the criterion's note.
import { normalizeLabel } from '../../text.js';
import { formatPoints, parseCell, parseNumberText } from '../../values.js';
import type { ScoringRule, Target, Tier } from '../schema.js';

/** `target`: the figure the words give full points at — a rate times the maximum, 100%; «Tỷ lệ/80% × …», 80%. */
export type RubricRule = { rule: ScoringRule; unit: string; note?: string; target?: Target };

/** The wording's parts: "a: x; b: y" or one per line. */
function partsOf(text: string): { when: string; points: string }[] | undefined {
  const parts = text.split(/[;\n]/).map((p) => p.trim().replace(/[.,]$/, '')).filter(Boolean);
  const read = parts.map((p) => /^(.+?)\s*(?::|=>|→|-)\s*(.+)$/.exec(p));
  if (read.length === 0 || read.some((m) => !m)) return undefined;
  return read.map((m) => ({ when: m![1]!.trim(), points: m![2]!.trim() }));
}

/** "20 điểm", "15", "Điểm tối đa", "1/2 × Điểm tối đa" → points (of `max`). */
function pointsOf(text: string, max: number): number | undefined {
  const n = normalizeLabel(text).replace(/\s*diem$/, '').replace(/^duoc\s+/, '');
  if (n === 'diem toi da' || n === 'toi da') return max;
  if (/^(?:1\/2|0[,.]5|50%)\s*(?:[x×*]\s*)?(?:so\s+)?diem toi da$/.test(n)) return max / 2;
  const v = parseNumberText(n);
  return v !== undefined && v >= 0 ? v : undefined;
}

/** A tier's condition: "4 lần", "từ 4 lần trở lên", "≥ 90%", "từ 70% đến dưới 90%" → its minimum. */
function minimumOf(when: string): { min: number; percent: boolean } | undefined {
  const n = normalizeLabel(when).replace(/\s+tro len$/, '').replace(/\s+den\s+(?:duoi\s+)?[\d.,]+\s*%?.*$/, '');
  const m = /^(?:tu|dat|≥|>=|=>)?\s*([\d.,]+\s*%?)(?:\s+[\p{L}\s/]+)?$/u.exec(n);
  const v = m ? parseCell(m[1]!.replace(/\s+/g, '')) : undefined;
  return v?.kind === 'number' ? { min: v.value, percent: v.percent } : undefined;
}

/** What is worth nothing: "còn lại", "không", "dưới 1 lần", "0 lần". */
const isRest = (when: string) => /^(con lai|khong|khong co|chua|duoi\b|0\s)/.test(normalizeLabel(when));

/** «Tỷ lệ ≥ 90%: Điểm tối đa», «Tỷ lệ ≥ 80%, điểm = Điểm tối đa»: the rate from which the maximum is given. */
const FULL_FROM = /ty le\s*(?:≥|>=|=>)\s*([\d.,]+)\s*%\s*[:,]\s*(?:diem\s*=\s*)?diem toi da/;
/** «Tỷ lệ < 90%: Tỷ lệ *Điểm tối đa», «Tỷ lệ < 80%, điểm = Tỷ lệ * Điểm tối đa»: below it, the rate itself × the maximum. */
const BELOW_TIMES_MAX = /ty le\s*<\s*([\d.,]+)\s*%\s*[:,]\s*(?:diem\s*=\s*)?ty le\s*%?\s*[x×*]\s*(?:so\s+)?diem toi da/;
/** «Tỷ lệ/80%*Điểm tối đa»: the rate measured against its target. */
const OF_TARGET = /ty le\s*\/\s*([\d.,]+)\s*%\s*[x×*]\s*(?:so\s+)?diem toi da/;
const TIMES_MAX = /ty le\s*%?\s*[x×*]\s*(?:so\s+)?diem toi da|diem toi da\s*[x×*]\s*ty le/;

/**
 * The rate the words score (`'none'`: they state no rate): «Tỷ lệ × Điểm tối đa» against 100%, «Tỷ lệ/80% × Điểm
 * tối đa» against 80%, and «Tỷ lệ ≥ 90%: Điểm tối đa; Tỷ lệ < 90%: Tỷ lệ × Điểm tối đa» full from 90% (`fullFrom`:
 * 8,5 of 10 at 85%, 10 at 90% — not 85/90 of the maximum, which would score units above their own words).
 * Undefined for words that say two rates (a threshold unlike the rate below it) or a threshold no rule scores.
 */
function rateOf(n: string): { target: number; fullFrom?: number } | undefined | 'none' {
  const full = FULL_FROM.exec(n);
  const from = full ? parseNumberText(full[1]!) : undefined;
  const ofTarget = OF_TARGET.exec(n);
  if (ofTarget) {
    const target = parseNumberText(ofTarget[1]!);
    return target !== undefined && target > 0 && (full === null || from === target) ? { target } : undefined;
  }
  if (!TIMES_MAX.test(n)) return 'none';
  if (full === null || from === 100) return { target: 100 };
  const below = BELOW_TIMES_MAX.exec(n);
  const under = below ? parseNumberText(below[1]!) : undefined;
  return from !== undefined && from > 0 && from < 100 && under === from ? { target: from, fullFrom: from } : undefined;
}

/** «Tính điểm theo phương pháp Min-Max»: points given by comparing the units' figures. */
const MIN_MAX = /\bmin\s*[-–]\s*max\b/;
/** «đơn vị nào tỷ lệ cao nhất thì điểm tối đa»: which end earns the maximum. */
const BEST_END = /\b(cao|thap) nhat\s+(?:thi\s+)?(?:duoc\s+|dat\s+)?diem toi da/g;

/**
 * Min-Max between the units, its direction as the words state it («… tỷ lệ cao nhất thì điểm tối đa và giảm dần»: the
 * highest earns the maximum), measured as a rate where the words state one; undefined when they name no end, or both.
 */
function minMaxOf(n: string): RubricRule | undefined {
  const ends = new Set([...n.matchAll(BEST_END)].map((m) => m[1]));
  if (ends.size !== 1) return undefined;
  return { rule: { kind: 'min_max', ...(ends.has('thap') && { lower: true as const }) }, unit: /\bty le\b/.test(n) ? 'Tỷ lệ %' : '' };
}

/** The rule a rubric's wording states, or undefined when it does not state one unambiguously. */
export function readRubric(text: string, max: number): RubricRule | undefined {
  const n = normalizeLabel(text);
  if (MIN_MAX.test(n)) return minMaxOf(n);
  if (/\bty le\b/.test(n)) {
    const rate = rateOf(n);
    if (rate !== 'none') {
      return rate === undefined
        ? undefined
        : { rule: { kind: 'ratio', ...(rate.fullFrom !== undefined && { fullFrom: rate.fullFrom }) }, unit: 'Tỷ lệ %', target: { comparator: '>=', value: rate.target } };
    }
  }
  const parts = partsOf(text);
  if (!parts) return undefined;
  const scored = parts.map((p) => ({ ...p, value: pointsOf(p.points, max) }));
  if (scored.some((p) => p.value === undefined || p.value > max)) return undefined;
  const paying = scored.filter((p) => p.value! > 0);
  const zero = scored.filter((p) => p.value === 0);
  if (paying.length === 0 || zero.some((p) => !isRest(p.when) && minimumOf(p.when)?.min !== 0)) return undefined;

  const mins = paying.map((p) => minimumOf(p.when));
  if (mins.every((m) => m !== undefined)) {
    const tiers: Tier[] = paying.map((p, i) => ({ min: mins[i]!.min, points: p.value! }));
    for (let i = 1; i < tiers.length; i++) if (!(tiers[i]!.min < tiers[i - 1]!.min) || tiers[i]!.points > tiers[i - 1]!.points) return undefined;
    const percent = mins.every((m) => m!.percent);
    if (!percent && mins.some((m) => m!.percent)) return undefined;
    const unit = percent ? '%' : (/^[\d.,]+\s+([\p{L}\s]+)$/u.exec(paying[0]!.when.replace(/^(?:từ|đạt|≥)\s*/i, '').replace(/\s+trở lên$/i, ''))?.[1]?.trim() ?? 'lần');
    return { rule: { kind: 'tiers', tiers }, unit };
  }
  // Full, half and no credit by named levels: the officer enters 1, 0,5 or 0, the note says which is which.
  if (paying.length === 2 && paying[0]!.value === max && paying[1]!.value === max / 2 && mins.every((m) => m === undefined)) {
    const levels = [`1 = ${paying[0]!.when}`, `0,5 = ${paying[1]!.when}`, ...zero.map((z) => `0 = ${z.when}`)];
    return {
      rule: { kind: 'tiers', tiers: [{ min: 1, points: max }, { min: 0.5, points: max / 2 }] },
      unit: 'mức',
      note: `Kết quả ghi mức đạt: ${levels.join('; ')} (đủ điểm ${formatPoints(max)}, nửa điểm ${formatPoints(max / 2)}).`,
    };
  }
  return undefined;
}
