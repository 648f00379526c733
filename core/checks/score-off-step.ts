// Điểm không theo bước chấm: the table states the smallest step a score may take («cho điểm lẻ đến 0,5 điểm») and a
// unit's self-score or the council's verified score is off it (2,3 where only 2 or 2,5 can be given). Said at the cell
// for the council, the figure counted as typed: which step it meant is theirs to decide.
import { formatNumber } from '../criteria/rules/reason.js';
import { toCents } from '../criteria/rules/ways-up.js';
import { pointsByHand } from '../scoring/classify.js';
import { cellMessage, defineCheck, typedPoints } from './define.js';

export default defineCheck({
  id: 'score-off-step',
  severity: 'warning',
  title: 'Điểm không theo bước chấm của bảng',
  titleEn: 'Score off the table’s scoring step',
  description: 'Bảng tiêu chí ghi bước chấm điểm (ví dụ «cho điểm lẻ đến 0,5 điểm») mà điểm tự chấm hoặc điểm thẩm định của tiêu chí chấm bằng điểm không là bội của bước đó; điểm vẫn tính như đã ghi, Hội đồng quyết định.',
  canFlag: (set) => set.scoreStep !== undefined,
  // Points given by hand, the step's to bind: not a rate's or a count's points, which their rule computes.
  looksAt: pointsByHand,
  criterion(ctx, { criterion, row }, flags) {
    const step = ctx.set.scoreStep;
    // canFlag leaves out a set without a step: this only tells the type so.
    if (step === undefined) return;
    for (const { column, cell, points } of typedPoints(row)) {
      if (onStep(points, step)) continue;
      const wording = ctx.set.scoreStepWording ? ` (${ctx.set.scoreStepWording})` : '';
      flags.push({
        message: cellMessage(cell, `điểm ${formatNumber(points)} không theo bước chấm ${formatNumber(step)} điểm của bảng${wording}`, criterion),
        cell,
        criterion: criterion.code,
        details: { [column]: points, step },
      });
    }
  },
});

/** A whole number of steps, counted in hundredths as scoring rounds (0,5 of 0,25 is; 2,3 of 0,5 is not). */
function onStep(points: number, step: number): boolean {
  const unit = toCents(step);
  return unit <= 1 || toCents(Math.abs(points)) % unit === 0;
}

// Made for Ho Chi Minh City's Công văn 5155 (community learning centres), whose guide under its table says «cho điểm
// lẻ đến 0,5 điểm»: a centre's self-score of 2,3 was taken silently, a step the table does not give.
