// Bậc: the highest tier whose minimum the value reaches (e.g. 4 meetings = 20, 3 = 15, 2 = 10, 1 = 5).
import type { Tier } from '../schema.js';
import { formatNumberVi, parseCell, parseNumberText } from '../../values.js';
import type { Rule } from './rule.js';
import { effectiveTarget, formatNumber, formatValue, meetsTarget, pointsOf } from './reason.js';
import { fixedSteps } from './ways-up.js';

/** A level's name after its points: «Giỏi». */
const LEVEL_NAME = /\s*«([^»]+)»\s*$/u;

export const tiers: Rule<'tiers'> = {
  kind: 'tiers',
  label: 'Bậc',
  example: 'Bậc: 4=20; 3=15',
  // A level's name follows its points in «» («Bậc: 10=10 «Xuất sắc»; 0=0 «dưới Trung bình»»): a unit may type it.
  format: (rule) => `Bậc: ${rule.tiers.map((t) => `${formatNumberVi(t.min)}=${formatNumberVi(t.points)}${t.label === undefined ? '' : ` «${t.label}»`}`).join('; ')}`,
  parse(n, text) {
    const written = /^bac\s*:?\s*(.+)$/.exec(n)?.[1];
    if (written === undefined) return undefined;
    // The names as typed (case and accents kept), part by part as the folded text splits.
    const names = text.split(';').filter((p) => p.trim() !== '').map((p) => LEVEL_NAME.exec(p)?.[1]?.trim());
    const read: Tier[] = [];
    for (const [i, part] of written.split(';').map((p) => p.trim()).filter(Boolean).entries()) {
      const m = /^(?:≥|>=|=>)?\s*(.+?)\s*=\s*(.+)$/.exec(part.replace(LEVEL_NAME, '').trim());
      const min = m ? parseCell(m[1]!) : undefined;
      const points = m ? parseNumberText(m[2]!) : undefined;
      if (min?.kind !== 'number' || points === undefined) {
        return { ok: false, message: `không hiểu bậc «${part}» trong «${text.trim()}» (viết: Bậc: 4=20; 3=15; 2=10; 1=5)` };
      }
      const label = names[i];
      read.push({ min: min.value, points, ...(label ? { label } : {}) });
    }
    if (read.length === 0) return { ok: false };
    for (let i = 1; i < read.length; i++) {
      if (!(read[i]!.min < read[i - 1]!.min)) return { ok: false, message: `các bậc phải xếp từ cao xuống thấp: «${text.trim()}»` };
      if (read[i]!.points > read[i - 1]!.points) return { ok: false, message: `bậc cao hơn không được ít điểm hơn bậc thấp hơn: «${text.trim()}»` };
    }
    return { ok: true, rule: { kind: 'tiers', tiers: read } };
  },
  score(criterion, value) {
    const max = criterion.maxPoints;
    const target = effectiveTarget(criterion);
    const met = target ? meetsTarget(target, value) : null;
    const sorted = [...criterion.rule.tiers].sort((a, b) => b.min - a.min);
    // Below a lowest level that takes points is no better than that level: it takes them too.
    const reached = sorted.find((t) => t.min <= value) ?? (sorted.at(-1)!.points < 0 ? sorted.at(-1) : undefined);
    if (!reached) {
      return {
        points: 0,
        met,
        reason: () => {
          const lowest = Math.min(...criterion.rule.tiers.map((t) => t.min));
          return `Kết quả ${formatValue(criterion, value)}, chưa đến bậc thấp nhất (từ ${formatValue(criterion, lowest)}) → ${pointsOf(0, max)}`;
        },
      };
    }
    const points = Math.min(max, reached.points);
    if (points < 0) {
      const named = reached.label === undefined ? '' : ` «${reached.label}»`;
      return { points, met, reason: () => `Ghi ${formatValue(criterion, value)}: mức${named} bị trừ ${formatNumber(-points)} điểm → ${pointsOf(points, max)}` };
    }
    return {
      points,
      met,
      reason: () => `Đạt ${formatValue(criterion, value)}, bậc từ ${formatValue(criterion, reached.min)} → ${pointsOf(points, max)}`,
    };
  },
  // Each tier's minimum is a figure that earns its points.
  waysUp: (criterion, today) => fixedSteps(today, criterion.rule.tiers.map((t) => t.min)),
};

// Made for: criteria the plans score by levels of achievement, the highest level reached giving its points, written
// «Bậc: 4=20; 3=15; 2=10; 1=5» in «Cách tính»; the levels' names after their points (issue 55), so the .xlsx criteria
// sheet keeps them as JSON does.
