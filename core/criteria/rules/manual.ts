// Thủ công: the officer (or, until the officer changes it, the unit's self-score) gives points within 0..max.
import type { Criterion } from '../schema.js';
import { parseNumberText } from '../../values.js';
import type { Rule } from './rule.js';
import { effectiveTarget, formatNumber, meetsTarget, pointsOf } from './reason.js';
import { fixedSteps, pointsRoom, toCents, type Today, type WaysUp } from './ways-up.js';

/** A level a criterion's scoring words state: its points and the words that earn them («>=500 triệu: 40 điểm»). */
export type StatedLevel = { points: number; words: string };

/**
 * One line of an office's scoring words naming a level: «- Đúng hạn: 40 điểm», «>=5%: Điểm tối đa», or said as a
 * sentence, «- Từ 30.000.000 đến 50.000.000 đồng được 10 điểm.», «- Còn lại được 0 điểm» (the DTI set's «An toàn thông
 * tin mạng», 8).
 */
const LEVEL_LINE = /^[-–•+]?\s*(.+?)\s*(?::\s*(?:được\s+)?|\s+được\s+)(?:(\d+(?:,\d+)?)\s*điểm|(điểm tối đa))\s*[;.]?$/iu;
/**
 * Where one level ends: a new line, «; -», or a dash or an explanation after a level's points where a Word cell's lines
 * were joined into one («- Có: Điểm tối đa - Không: 0 điểm», «… 0 điểm Giải thích: …»).
 */
const LEVEL_BREAK = /\n|;\s*(?=[-–•+]\s)|(?<=(?:điểm tối đa|\d\s*điểm)[;.]?)\s+(?=[-–•+]\s|(?:giải thích|ghi chú)\s*:)/iu;
/** A line explaining a term of the levels («Giải thích: Nền tảng giám sát trực tuyến … là …», «Ghi chú: …»), not one. */
const EXPLAINED = /^(?:giải thích|ghi chú)\s*:/iu;

/**
 * The levels a manual criterion's scoring words («Cách chấm: …», the office's method column kept as its note) state,
 * one a line (or after «; -»), the highest its maximum; undefined when any line is no level (per-occurrence or free
 * words: the points are the officer's judgement), fewer than two are stated, or none gives the maximum (levels that
 * add up to it, «8 điểm; 2 điểm» of 10, are no choice of one).
 */
export function statedLevels(criterion: Pick<Criterion, 'note' | 'maxPoints'>): StatedLevel[] | undefined {
  const words = /^Cách chấm:\s*([\s\S]*)$/.exec(criterion.note ?? '')?.[1];
  if (words === undefined) return undefined;
  const levels: StatedLevel[] = [];
  for (const line of words.split(LEVEL_BREAK).map((l) => l.trim()).filter((l) => l !== '')) {
    if (EXPLAINED.test(line)) continue;
    const m = LEVEL_LINE.exec(line);
    const points = m?.[3] ? criterion.maxPoints : m?.[2] ? parseNumberText(m[2]) : undefined;
    if (!m || points === undefined || points > criterion.maxPoints) return undefined;
    levels.push({ points, words: m[1]! });
  }
  return levels.length >= 2 && levels.some((l) => l.points === criterion.maxPoints) ? levels : undefined;
}

/** Points a criterion's scoring words give each thing counted, up to its maximum: «01 ứng dụng tương ứng 04 điểm». */
export type PointsPerItem = { points: number; words: string };

/** «01 ứng dụng tương ứng 04 điểm», «Mỗi hoạt động …: 1 điểm», «04 điểm một ứng dụng»: the points of one thing counted. */
const PER_ITEM = [
  /(?:^|[\s:;-])((?:0?1|một|mỗi)\s+[^:;\n]+?\s+(?:tương ứng|được)\s+(\d+(?:,\d+)?)\s*điểm)/iu,
  /(?:^|[\s:;-])(mỗi\s+[^:;\n]+?:\s*(\d+(?:,\d+)?)\s*điểm)/iu,
  /(?:^|[\s:;-])((\d+(?:,\d+)?)\s*điểm\s*(?:\/\s*|(?:cho\s+)?(?:một|mỗi)\s+)[^,;.\n]+?)\s*(?=[,;.\n]|$)/iu,
];
/** The cap beside them: «Tổng điểm không quá 20 điểm», «không quá Điểm tối đa», «tối đa 20». */
const PER_ITEM_CAP = /(?:không quá|tối đa)\s*(?:(\d+(?:,\d+)?)|điểm tối đa)/iu;

/**
 * The points a manual criterion's scoring words («Cách chấm: …») give each thing counted, capped at its maximum
 * (5.26 of the district DTI table: «01 ứng dụng tương ứng 04 điểm; Tổng điểm không quá 20 điểm»): a unit's points are a
 * multiple of them, or the maximum. Undefined when the words state levels (statedLevels), give no cap, or a cap that is
 * not the maximum.
 */
export function pointsPerItem(criterion: Pick<Criterion, 'note' | 'maxPoints'>): PointsPerItem | undefined {
  const words = /^Cách chấm:\s*([\s\S]*)$/.exec(criterion.note ?? '')?.[1];
  if (words === undefined || statedLevels(criterion)) return undefined;
  const cap = PER_ITEM_CAP.exec(words);
  if (!cap || (cap[1] !== undefined && parseNumberText(cap[1]) !== criterion.maxPoints)) return undefined;
  for (const pattern of PER_ITEM) {
    const m = pattern.exec(words);
    const points = m ? parseNumberText(m[2]!) : undefined;
    if (m && points !== undefined && points > 0 && points < criterion.maxPoints) return { points, words: m[1]!.replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

/**
 * Còn thiếu gì for points given by hand: the levels the criterion's words state above today's (never points between
 * them, which no level gives), each with its words; the multiples of the points its words give each thing counted, and
 * the maximum (5.26's 12, 16, 20, never 9,8); else any points up to the maximum (on the set's step).
 */
function manualWaysUp(criterion: Criterion, today: Today): WaysUp | undefined {
  const levels = statedLevels(criterion);
  if (!levels) {
    const perItem = pointsPerItem(criterion);
    return perItem ? fixedSteps(today, countedPoints(perItem.points, criterion.maxPoints)) : pointsRoom(criterion.maxPoints, today);
  }
  const ways = fixedSteps(today, levels.map((l) => l.points));
  return ways && { steps: ways.steps.map((s) => ({ ...s, words: levels.find((l) => l.points === s.value)!.words })) };
}

/** The points a count can earn: each multiple of the points a thing below the maximum (at most 200), then the maximum. */
function countedPoints(each: number, max: number): number[] {
  const values: number[] = [];
  for (let n = 1; toCents(n * each) < toCents(max) && values.length < 200; n++) values.push(toCents(n * each) / 100);
  return [...values, max];
}

export const manual: Rule<'manual'> = {
  kind: 'manual',
  label: 'Thủ công',
  example: 'Thủ công',
  measure: 'points',
  format: () => 'Thủ công',
  parse: (n) => (['thu cong', 'tu cham', 'manual'].includes(n) ? { ok: true, rule: { kind: 'manual' } } : undefined),
  score(criterion, value) {
    const max = criterion.maxPoints;
    const points = Math.min(max, Math.max(0, value));
    const target = effectiveTarget(criterion);
    const met = target ? meetsTarget(target, points) : null;
    const reason = () => {
      // The maximum just said is not said again: «→ tính 4 điểm», not «4/4 điểm».
      if (value > max) return `Chấm ${formatNumber(value)} vượt tối đa ${formatNumber(max)} → tính ${formatNumber(points)} điểm`;
      if (value < 0) return `Chấm ${formatNumber(value)} là số âm → tính ${pointsOf(points, max)}`;
      return `Chấm ${pointsOf(points, max)}`;
    };
    return { points, met, reason };
  },
  waysUp: manualWaysUp,
};

// Made for: criteria the council scores by judgement within 0..max, written «Thủ công» in «Cách tính» — and every
// criterion of a sheet without that column or of a rubric whose wording is not understood.
