// Scoring then every check, each check isolated: one that throws leaves a «Lỗi khi kiểm tra» flag naming it,
// the report keeps its points, and the checks after it still run.
import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../core/checks/define.js';
import { checks } from '../../core/checks/index.js';
import { score } from '../../core/checks/run.js';
import { flagTitle } from '../../core/checks/titles.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 } }),
    criterion({ code: 'CQS-02', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 } }),
  ],
});
const report = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['CQS-01', '90%'], ['CQS-02', null]] });

// A check that fails on whatever report it meets, as a bug in a new check would.
const broken = defineCheck({
  id: 'broken-check',
  severity: 'error',
  title: 'Kiểm tra hỏng để thử',
  titleEn: 'Broken check for the test',
  description: 'Một kiểm tra luôn ném lỗi, để thử rằng báo cáo vẫn được chấm.',
  run: (ctx) => {
    throw new TypeError(`Cannot read properties of undefined (reading '${ctx.report.sheet}')`);
  },
});

describe('score: scoring, then every check, each isolated', () => {
  it('turns a throwing check into a «Lỗi khi kiểm tra» flag naming it; the report is still scored and checked', () => {
    const whole = score(set, report);
    const withBroken = score(set, report, {}, [broken, ...checks]);

    expect(withBroken.total).toBe(whole.total);
    expect(withBroken.total).toBe(10);
    expect(withBroken.classification).toEqual(whole.classification);

    const failed = withBroken.flags.filter((f) => f.code === 'check-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toContain('«Kiểm tra hỏng để thử»');
    expect(failed[0]!.sheet).toBe('Báo cáo');
    expect(failed[0]!.details).toMatchObject({ check: 'broken-check' });
    expect(flagTitle('check-failed')).toBe('Lỗi khi kiểm tra');

    // Every flag the registered checks raise is still there (the missing CQS-02 figure among them).
    expect(withBroken.flags.filter((f) => f.code !== 'check-failed')).toEqual(whole.flags);
    expect(whole.flags.map((f) => f.code)).toContain('missing-value');
  });
});
