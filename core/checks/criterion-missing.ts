// Thiếu tiêu chí: a criterion that applies to the unit has no row in the report (0 points). When most of
// them are missing the report was made for another criteria set: that is said once, first, naming the
// set the report's own «Bộ tiêu chí» cell names — not one flag per criterion the officer cannot act on.
import { formatNumber } from '../criteria/rules/reason.js';
import { cellText } from '../values.js';
import { oneLine } from '../text.js';
import type { Flag } from '../flags/flag.js';
import type { CriterionScore } from '../scoring/score-card.js';
import { criterionNamed, defineCheck } from './define.js';

/** At least this many criteria missing, and more than half of those that apply: another set. */
const WRONG_SET_MIN = 3;
/** Missing criteria named in that flag, the rest as «…». */
const NAMED_MISSING = 3;

/** The start of the one flag of a report made for another set. */
export const WRONG_SET_PREFIX = 'Báo cáo có vẻ lập theo bộ tiêu chí khác';

/** The one flag of a report made for another set, by its kind (the faces show it as the report's first line). */
export const isWrongSetFlag = (f: Pick<Flag, 'code' | 'details'>): boolean => f.code === 'criterion-missing' && f.details?.kind === 'wrong-set';

export default defineCheck({
  id: 'criterion-missing',
  severity: 'warning',
  title: 'Báo cáo thiếu tiêu chí',
  titleEn: 'Criterion missing from the report',
  description: 'Tiêu chí áp dụng cho đơn vị nhưng báo cáo không có dòng nào mang mã đó; tiêu chí được 0 điểm. Thiếu quá nửa: báo cáo có vẻ lập theo bộ tiêu chí khác, báo một lần.',
  run(ctx) {
    // One walk, and a list only once a criterion is missing: most reports lack none.
    let missing: CriterionScore[] | undefined;
    let applies = 0;
    const scores = ctx.scores;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i]!;
      if (s.status !== 'not_applicable') applies++;
      if (s.row === null && s.status === 'missing') (missing ??= []).push(s);
    }
    if (missing === undefined) return [];
    const applicable = missing.length < WRONG_SET_MIN ? undefined : applies;
    if (applicable !== undefined && missing.length * 2 > applicable) {
      const stated = cellText(ctx.report.criteriaSetRef?.raw ?? null);
      const named = stated ? ` «${stated}» (ô ${ctx.report.criteriaSetRef!.address})` : '';
      const codes = missing.map((s) => s.code);
      // By their titles (a long list: the first few): the codes are the set's own, not what the unit wrote.
      const titles = missing.slice(0, NAMED_MISSING).map((s) => `«${oneLine(s.title)}»`).join(', ') + (missing.length > NAMED_MISSING ? ', …' : '');
      return [{
        severity: 'error' as const,
        message: `${WRONG_SET_PREFIX}${named}: thiếu ${missing.length}/${applicable} tiêu chí của bộ «${ctx.set.title}», các tiêu chí thiếu được 0 điểm (${titles}). Hãy kiểm tra bộ tiêu chí đang chấm, hoặc yêu cầu đơn vị lập lại báo cáo theo mẫu của bộ này.`,
        details: { kind: 'wrong-set', missing: codes, applicable, ...(stated ? { stated } : {}) },
      }];
    }
    return missing.map((s) => ({
      message: `Báo cáo thiếu ${criterionNamed(s)} → 0/${formatNumber(s.max)} điểm`,
      criterion: s.code,
      details: { title: s.title, max: s.max },
    }));
  },
});

// Made for: report forms from which a unit deleted rows, and whole reports made for another set: every applicable
// criterion is scored, a missing one at 0 with the reason said.
