// Chưa nộp báo cáo: a unit's sheet that came back as the blank template (notSubmitted) is said once, at its sheet —
// not as one «Thiếu số liệu» or «Thiếu minh chứng» for each criterion (missing-value and evidence-missing ask
// blankReport and say nothing there).
import { askedOf, notSubmitted } from '../ranking/not-submitted.js';
import { unitNameOf } from '../scoring/score.js';
import { type CheckContext, defineCheck } from './define.js';

/**
 * The report at hand and whether it came back blank: worked out once a report, as missing-value and evidence-missing ask
 * at each of its blank rows (176 on the police's table) and this check once more.
 */
let atHand: { scores: CheckContext['scores']; blank: boolean } | undefined;

/** Whether the report of `ctx` is the blank template sent back: not one figure nor self-score typed. */
export function blankReport(ctx: CheckContext): boolean {
  if (atHand?.scores !== ctx.scores) atHand = { scores: ctx.scores, blank: notSubmitted({ criteria: ctx.scores }) };
  return atHand.blank;
}

export default defineCheck({
  id: 'blank-report',
  severity: 'warning',
  title: 'Đơn vị chưa nộp báo cáo',
  titleEn: 'Template sent back blank',
  description: 'Đơn vị gửi lại mẫu chưa điền số liệu, điểm tự chấm nào: nêu một lần cho đơn vị (không xếp hạng, không đề xuất), không nêu «Thiếu số liệu», «Thiếu minh chứng» ở từng tiêu chí. Hội đồng quyết định một lần.',
  run(ctx) {
    if (!blankReport(ctx)) return [];
    const unit = unitNameOf(ctx.report);
    const blank = askedOf(ctx.scores).length;
    return [{
      // The file and sheet are named by every face beside the flag, as for any flag of the sheet.
      message: `mẫu gửi lại chưa điền số liệu nào (${blank} tiêu chí để trống): ${unit} không xếp hạng, không đề xuất`,
      details: { unit, blankCriteria: blank },
    }];
  },
});

// Made for: a commune that sent its template back blank filled the council's «Rà soát» with one «Thiếu số liệu» a
// criterion (62 on Tây Ninh's table, 176 on the police's) and closing asked a decision for each; now the unit is said
// once and decided once.
