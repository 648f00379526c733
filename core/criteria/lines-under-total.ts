// The bonus and deduction lines a table writes under its total row, kept with the set (LineUnderTotal): how each kind
// is said, and the line scoring says on every face while the set has no criterion of its kind — units get none of
// those points, and the officer who imported the table once would otherwise never hear of it again.
import { short } from '../text.js';
import { formatPoints } from '../values.js';
import type { CriteriaSet, LineUnderTotal } from './schema.js';

type Kind = LineUnderTotal['kind'];

/** How each kind is said: its points, the criterion it lacks, what scoring then does, the «Cách tính» that scores it. */
export const UNDER_TOTAL_WORDS: Record<Kind, { points: string; criterion: string; unit: string; units: string; rule: string }> = {
  bonus: { points: 'điểm thưởng', criterion: 'tiêu chí thưởng', unit: 'đơn vị không được cộng điểm này', units: 'không đơn vị nào được cộng điểm ấy', rule: 'Cộng điểm' },
  deduction: { points: 'điểm trừ', criterion: 'tiêu chí trừ điểm', unit: 'đơn vị không bị trừ điểm này', units: 'không đơn vị nào bị trừ điểm ấy', rule: 'Trừ điểm' },
};

/** The top block's label of each kind's lines on the «Tiêu chí» sheet (write.ts writes the first; common-parts.ts reads them). */
export const UNDER_TOTAL_LABELS: Record<Kind, readonly string[]> = {
  bonus: ['Điểm thưởng ghi dưới dòng tổng', 'Điểm thưởng dưới dòng tổng'],
  deduction: ['Điểm trừ ghi dưới dòng tổng', 'Điểm trừ dưới dòng tổng'],
};

/** Whether the set has no criterion of the line's kind: its points go to no unit. */
export const lacksKind = (set: Pick<CriteriaSet, 'criteria'>, line: { kind: Kind }): boolean => !set.criteria.some((c) => c.rule.kind === line.kind);

/** « tối đa 5 điểm», or nothing when the line writes no cap. */
export const upTo = (cap: number | undefined): string => (cap === undefined ? '' : ` tối đa ${formatPoints(cap)} điểm`);

/** «Cách tính «Cộng điểm», Điểm tối đa 5»: the criterion that would score the line. */
export const ruleWords = (line: Pick<LineUnderTotal, 'kind' | 'maxPoints'>): string =>
  `Cách tính «${UNDER_TOTAL_WORDS[line.kind].rule}»${line.maxPoints === undefined ? '' : `, Điểm tối đa ${formatPoints(line.maxPoints)}`}`;

/** One line for each line under the total whose kind no criterion of the set scores, as scoring says it. */
export function unscoredLines(set: Pick<CriteriaSet, 'criteria' | 'underTotal'>): string[] {
  return (set.underTotal ?? []).filter((l) => lacksKind(set, l)).map((l) => {
    const w = UNDER_TOTAL_WORDS[l.kind];
    return (
      `Bảng tiêu chí ghi ${w.points}${upTo(l.maxPoints)} dưới dòng tổng (${l.where ? `${l.where}: ` : ''}«${short(l.text)}») mà bộ tiêu chí không có ${w.criterion} nào: ` +
      `${w.units}. Muốn chấm ${w.points} ấy, thêm một ${w.criterion} (${ruleWords(l)}) trên trang «Tiêu chí» của tệp bộ tiêu chí (.xlsx) rồi chấm lại; ` +
      `không chấm thì xoá dòng «${UNDER_TOTAL_LABELS[l.kind][0]}» ở phần đầu trang ấy.`
    );
  });
}

// Made for a commune's table closing «Tổng cộng | 100» with «Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình,
// cách làm hay …» under it: imported once into a set.xlsx, then scored all year with it, every unit got 0 bonus with
// nothing said at scoring until 2026-11-30 (test/cli/criteria-import-under-total.test.ts).
