// Hình thức khen thưởng so với kế hoạch (the round's forms against its plan), said where the officer reads the lists —
// `thidua score`, «Đề xuất khen thưởng» of tong-hop.xlsx on every face — and again before the papers are written: a
// plan's district form a round scored after the district level ended leaves out (rounds.ts does not consider it),
// and a form no plan names that the software chose (its source starts SOFTWARE_DEFAULT) — printed on the
// papers as if decided unless the officer is told.
import { SOFTWARE_DEFAULT } from '../criteria/builtin/shared.js';
import { DISTRICT_ABOLISHED, hasDistrictLevel } from './rounds.js';
import { formatDateVi } from '../values.js';

/** A round's forms as a run records them (core/run/closing.ts RunRecord.forms) or a set gives them. */
type RoundForm = { label: string; level: string; source: string };

/**
 * One line per form of the round the lists and papers leave out or print without the plan naming it; none when all are
 * the plan's. `run`: the round's forms and the day it is scored (a run's record, or a set's round scored that day).
 */
export function planFormsNotes(run: { forms: readonly RoundForm[]; scoredOn: string }): string[] {
  const past = hasDistrictLevel(run.scoredOn) ? [] : run.forms.filter((f) => f.level === 'huyen');
  const chosen = run.forms.filter((f) => f.source.startsWith(SOFTWARE_DEFAULT));
  return [
    ...past.map(
      (f) =>
        `Kế hoạch nêu hình thức «${f.label}»${f.source ? ` (${f.source})` : ''}; đợt xét được chấm ngày ${formatDateVi(run.scoredOn)}, khi đã không còn cấp huyện (từ ngày ${formatDateVi(DISTRICT_ABOLISHED)}): thidua không xét hình thức này, giấy tờ không đề nghị. Hội đồng đề nghị hình thức nào thay thì ghi vào bộ tiêu chí, chấm và chốt lại.`,
    ),
    ...chosen.map(
      (f) =>
        `Hình thức «${f.label}» trên giấy tờ không do kế hoạch nêu mà là ${f.source.charAt(0).toLocaleLowerCase('vi')}${f.source.slice(1)}. Hội đồng xem lại hình thức trước khi trình ký; hình thức khác thì ghi ở mục «HÌNH THỨC KHEN THƯỞNG» trên trang «Tiêu chí» của tệp bộ tiêu chí, chấm và chốt lại.`,
    ),
  ];
}

// Made for the walks of the built-in sets (test/cli/walk-tan-quang.test.ts, walk-cat-ne.test.ts): Tân Quang's III.3
// «Chủ tịch UBND huyện tặng Giấy khen» was dropped from a round ending 31/12/2025 without a word on any face, and Cát
// Nê's papers printed the commune certificate its plan never names as if the plan gave it.
// The example commune's «Giấy khen của Chủ tịch UBND huyện» (KH Ta Ma 6/2023, IV.1) was said left out by `thidua papers`
// alone, after the council had voted on lists `thidua score` gave without it (test/papers/district-form-at-score.test.ts).
