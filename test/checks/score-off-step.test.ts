// Điểm không theo bước chấm: a set whose table states «cho điểm lẻ đến 0,5 điểm» flags a self-score or verified score
// off that step at its cell, the figure counted as typed; the real table through the command line is in
// test/cli/score-step.test.ts.
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const stepped: CriteriaSet = {
  ...makeSet({
    criteria: [
      criterion({ code: 'A', measure: 'points', rule: { kind: 'manual' }, maxPoints: 5 }),
      criterion({ code: 'B', measure: 'points', rule: { kind: 'manual' }, maxPoints: 5 }),
      criterion({ code: 'C', measure: 'count', rule: { kind: 'bonus', pointsEach: 0.2 }, maxPoints: 2 }),
    ],
  }),
  scoreStep: 0.5,
  scoreStepWording: 'cho điểm lẻ đến 0,5 điểm',
};
const report = (a: number | string, b: number) => makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'A', selfScore: a }, { code: 'B', selfScore: b }, { code: 'C', result: 3, selfScore: 0.6 }] });

describe('score-off-step', () => {
  it('flags a self-score off the table’s step at its cell, in the table’s words, and counts it as typed', () => {
    const flags = flagsOf('score-off-step', stepped, report(2.3, 4.5));
    expect(flags.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ['warning', 'G9', 'Ô G9: điểm 2,3 không theo bước chấm 0,5 điểm của bảng (cho điểm lẻ đến 0,5 điểm) (tiêu chí «Tiêu chí A»)'],
    ]);
    expect(score(stepped, report(2.3, 4.5)).total).toBe(7.4);
  });

  it('reads a self-score written with its unit («2,3 điểm»), and leaves whole steps and a count’s computed points alone', () => {
    expect(flagsOf('score-off-step', stepped, report('2,3 điểm', 5)).map((f) => f.cell)).toEqual(['G9']);
    expect(flagsOf('score-off-step', stepped, report(2.5, 0))).toEqual([]);
  });

  it('flags the council’s verified score off the step as well', () => {
    const typed = report(2, 3);
    typed.rows[1]!.verifiedScore = { address: 'I10', raw: 2.7, value: { kind: 'number', value: 2.7, percent: false } };
    expect(flagsOf('score-off-step', stepped, typed).map((f) => f.message)).toEqual([
      'Ô I10: điểm 2,7 không theo bước chấm 0,5 điểm của bảng (cho điểm lẻ đến 0,5 điểm) (tiêu chí «Tiêu chí B»)',
    ]);
  });

  it('says nothing for a set whose table states no step', () => {
    const { scoreStep: _, scoreStepWording: __, ...plain } = stepped;
    expect(flagsOf('score-off-step', plain, report(2.3, 4.5))).toEqual([]);
  });
});
