// Điểm không phải điểm của một mức: an item scored by choosing one of its levels, each level worth the points it is
// typed as (Mẫu 03's B.1 a 20 / b 15 / c 10 …), given a figure that is none of them. Scoring takes the level below
// (tiers); a table may mean otherwise — Mẫu 03's own words multiply the level by the rate done, «95 % X 15 = 14,25
// điểm» — so it is said at the cell for the council, who decides what the figure meant.
import type { Criterion } from '../criteria/schema.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { levelsListed } from '../scoring/level-word.js';
import { cellMessage, defineCheck, figureChecked, rejectedSaid } from './define.js';

export default defineCheck({
  id: 'between-levels',
  severity: 'warning',
  title: 'Điểm không phải điểm của một mức',
  titleEn: 'Points that are none of the item’s levels',
  description: 'Tiêu chí chọn một mức (mỗi mức một số điểm) mà đơn vị ghi số điểm không phải điểm của mức nào: tính mức thấp hơn gần nhất; Hội đồng quyết định.',
  canFlag: (set) => set.criteria.some(levelsAsPoints),
  looksAt: levelsAsPoints,
  criterion(ctx, reported, flags) {
    const { criterion, reading } = reported;
    const rule = criterion.rule;
    if (rule.kind !== 'tiers') return; // levelsAsPoints's own test, for the type
    // A level that takes points is typed as the 0 its points column writes (Tiền Giang's C3.1): scoring names that
    // level in its reason, and self-score-gap says the points it takes. A rejected figure is looked at as it was scored.
    const score = figureChecked(reported);
    if (!score || reading.kind !== 'value' || score.points < 0) return;
    const points = rule.tiers.map((t) => t.points);
    const typed = reading.value;
    // Above the highest level or below the lowest, other checks speak (over the maximum, out of range).
    if (typed > Math.max(...points) || typed < Math.min(...points) || points.some((p) => Math.abs(p - typed) < 1e-9)) return;
    flags.push({
      message: cellMessage(
        reading.cell,
        `điểm ${formatNumber(typed)} không phải điểm của mức nào của tiêu chí ${criterion.code} (các mức: ${levelsListed(rule.tiers)}) → tính mức thấp hơn, ${formatNumber(score.points)} điểm${rejectedSaid(score)}`,
        criterion,
      ),
      cell: reading.cell,
      criterion: criterion.code,
      details: { typed, counted: score.points },
    });
  },
});

/** Levels typed as their points: levels reached by a figure (a rate, a count) take any figure between them; these do not. */
function levelsAsPoints(criterion: Criterion): boolean {
  return criterion.rule.kind === 'tiers' && criterion.measure === 'points' && criterion.rule.tiers.every((t) => t.min === t.points);
}

// Made for an officer's walk of Sơn Trà's Mẫu 03 (a ward primary school's monthly form for its teachers): Võ Thị Hoa's
// B.1 self-score 14,25, computed as the form's own example does, was scored 10 with no word where the council acts.
