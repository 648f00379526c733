// Điểm không phải điểm của một mức: an item scored by choosing one of its levels, each level worth the points it is
// typed as (Mẫu 03's B.1 a 20 / b 15 / c 10 …), given a figure that is none of them. Scoring takes the level below
// (tiers); a table may mean otherwise — Mẫu 03's own words multiply the level by the rate done, «95 % X 15 = 14,25
// điểm» — so it is said at the cell for the council, who decides what the figure meant. So is a criterion scored by
// hand whose scoring words state its levels (statedLevels: «- Từ 30.000.000 đến 50.000.000 đồng được 10 điểm.»), its
// figure counted as typed.
import type { Criterion } from '../criteria/schema.js';
import { statedLevels, type StatedLevel } from '../criteria/rules/manual.js';
import { formatNumber } from '../criteria/rules/reason.js';
import { levelsListed } from '../scoring/level-word.js';
import { cellMessage, defineCheck, type FlagDraft, reportedCriteria } from './define.js';

export default defineCheck({
  id: 'between-levels',
  severity: 'warning',
  title: 'Điểm không phải điểm của một mức',
  titleEn: 'Points that are none of the item’s levels',
  description: 'Tiêu chí chọn một mức (mỗi mức một số điểm) mà đơn vị ghi số điểm không phải điểm của mức nào: tính mức thấp hơn gần nhất; tiêu chí chấm thủ công mà lời cách chấm nêu các mức: tính như đã ghi; Hội đồng quyết định.',
  canFlag: (set) => set.criteria.some((c) => levelsAsPoints(c) || levelsInWords(c) !== undefined),
  run(ctx) {
    const flags: FlagDraft[] = [];
    for (const { criterion, score, reading } of reportedCriteria(ctx)) {
      const rule = criterion.rule;
      const worded = rule.kind === 'manual' ? levelsInWords(criterion) : undefined;
      if (worded) {
        if (score.status !== 'scored' || reading.kind !== 'value') continue;
        const typed = reading.value;
        const points = worded.map((l) => l.points);
        if (typed > Math.max(...points) || typed < Math.min(...points) || points.some((p) => Math.abs(p - typed) < 1e-9)) continue;
        const listed = worded.map((l) => `«${l.words}» ${formatNumber(l.points)} điểm`).join('; ');
        flags.push({
          message: cellMessage(reading.cell, `điểm ${formatNumber(typed)} không phải điểm của mức nào lời cách chấm của tiêu chí ${criterion.code} nêu (các mức: ${listed}) → tính ${formatNumber(score.points)} điểm như đã ghi`, criterion),
          cell: reading.cell,
          criterion: criterion.code,
          details: { typed, counted: score.points },
        });
        continue;
      }
      if (rule.kind !== 'tiers' || !levelsAsPoints(criterion)) continue;
      // A level that takes points is typed as the 0 its points column writes (Tiền Giang's C3.1): scoring names that
      // level in its reason, and self-score-gap says the points it takes.
      if (score.status !== 'scored' || reading.kind !== 'value' || score.points < 0) continue;
      const points = rule.tiers.map((t) => t.points);
      const typed = reading.value;
      // Above the highest level or below the lowest, other checks speak (over the maximum, out of range).
      if (typed > Math.max(...points) || typed < Math.min(...points) || points.some((p) => Math.abs(p - typed) < 1e-9)) continue;
      flags.push({
        message: cellMessage(
          reading.cell,
          `điểm ${formatNumber(typed)} không phải điểm của mức nào của tiêu chí ${criterion.code} (các mức: ${levelsListed(rule.tiers)}) → tính mức thấp hơn, ${formatNumber(score.points)} điểm`,
          criterion,
        ),
        cell: reading.cell,
        criterion: criterion.code,
        details: { typed, counted: score.points },
      });
    }
    return flags;
  },
});

/** The levels a manual criterion's words state, read once a criterion (every report of a set asks for the same ones). */
function levelsInWords(criterion: Criterion): readonly StatedLevel[] | undefined {
  if (criterion.rule.kind !== 'manual' || criterion.note === undefined) return undefined;
  if (!wordedLevels.has(criterion)) wordedLevels.set(criterion, statedLevels(criterion));
  return wordedLevels.get(criterion);
}
const wordedLevels = new WeakMap<Criterion, StatedLevel[] | undefined>();

/** Levels typed as their points: levels reached by a figure (a rate, a count) take any figure between them; these do not. */
function levelsAsPoints(criterion: Criterion): boolean {
  return criterion.rule.kind === 'tiers' && criterion.measure === 'points' && criterion.rule.tiers.every((t) => t.min === t.points);
}

// Made for an officer's walk of Sơn Trà's Mẫu 03 (a ward primary school's monthly form for its teachers): Võ Thị Hoa's
// B.1 self-score 14,25, computed as the form's own example does, was scored 10 with no word where the council acts;
// and for the walk of the DTI set's «An toàn thông tin mạng», whose 8 (20) gives 20, 10 or 0 by its words: Sở Công
// Thương's 12 was counted with no word.
