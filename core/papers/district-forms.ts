// Hình thức cấp huyện của kế hoạch (a plan's district forms) in a round whose period runs past the day the district
// level ended: the round does not consider them (core/ranking/rounds.ts), and the papers propose none — said before the
// papers are written, naming the form and its clause, so the officer reading the plan is not left to wonder where it went.
import { DISTRICT_ABOLISHED, hasDistrictLevel } from '../ranking/rounds.js';
import type { RunRecord } from '../run/closing.js';
import { formatDateVi } from '../values.js';

/** One line per district form of the round's plan the papers leave out; none while the set's period had a district level. */
export function districtFormsLeftOut(record: RunRecord): string[] {
  if (hasDistrictLevel(record.set)) return [];
  return record.forms
    .filter((f) => f.level === 'huyen')
    .map(
      (f) =>
        `Kế hoạch nêu hình thức «${f.label}»${f.source ? ` (${f.source})` : ''}; kỳ của bộ tiêu chí kết thúc ngày ${formatDateVi(record.set.period.to)}, khi đã không còn cấp huyện (từ ngày ${formatDateVi(DISTRICT_ABOLISHED)}): thidua không xét hình thức này, giấy tờ không đề nghị. Hội đồng đề nghị hình thức nào thay thì ghi vào bộ tiêu chí, chấm và chốt lại.`,
    );
}

// Made for the walk of the built-in Tân Quang set (test/cli/walk-tan-quang.test.ts): its plan's III.3 «Chủ tịch UBND
// huyện tặng Giấy khen» was dropped from a round ending 31/12/2025 without a word on any face.
