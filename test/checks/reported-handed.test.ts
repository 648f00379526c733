// Scoring hands the checks the criteria it scored from a row (reportedCriteria), so they do not find the rows and read
// them again: what it hands over must be what the checks would have found themselves, criterion by criterion.
import { describe, expect, it } from 'vitest';
import { reportedCriteria } from '../../core/checks/define.js';
import { scoreCriteria } from '../../core/scoring/score.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const threshold = (code: string, appliesTo: string[] = []) =>
  criterion({ code, measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>=', value: 80 }, appliesTo });

const set = makeSet({
  criteria: [
    threshold('CQS-01'),
    threshold('CQS-02'),
    threshold('CQS-03'),
    threshold('CQS-04'),
    threshold('CQS-05', ['ca-nhan']),
    threshold('CQS-06'),
    criterion({ code: 'CQS-07', measure: 'points', rule: { kind: 'manual' } }),
  ],
});
// A value, a blank, «Không giao», an unreadable figure, a criterion of another kind, no row at all, a self-score.
const report = makeReport({
  unitName: 'Thôn A',
  unitKind: 'Thôn',
  rows: [
    ['CQS-01', '90%'],
    ['CQS-02', null],
    ['CQS-03', 'Không giao'],
    ['CQS-04', 'khoảng 80'],
    ['CQS-05', '70%'],
    { code: 'CQS-07', selfScore: 8 },
  ],
});

/** What the checks find on their own from the card (the context without what scoring handed over). */
const foundByChecks = (s: typeof set, r: typeof report) => {
  const { card } = scoreCriteria(s, r);
  return reportedCriteria({ set: s, report: r, scores: card.criteria, options: {} });
};

describe('the criteria scoring hands to the checks', () => {
  it('are those the checks find themselves: same criteria, scores, rows and readings, in the set order', () => {
    const { reported } = scoreCriteria(set, report);
    expect(reported).toBeDefined();
    expect(reported).toEqual(foundByChecks(set, report));
    expect(reported!.map((r) => r.criterion.code)).toEqual(['CQS-01', 'CQS-02', 'CQS-04', 'CQS-07']);
  });

  it('of a unit of unknown kind, held to what it reported: the same again', () => {
    const unknownKind = makeReport({ unitName: 'Tổ B', rows: [['CQS-01', '85%'], ['CQS-05', '70%']] });
    const { reported } = scoreCriteria(set, unknownKind);
    expect(reported).toEqual(foundByChecks(set, unknownKind));
    expect(reported!.map((r) => r.criterion.code)).toEqual(['CQS-01', 'CQS-05']);
  });

  it('are not handed over when two criteria share a code: the checks find them by code, as before', () => {
    const twice = makeSet({ criteria: [threshold('CQS-01'), threshold('CQS-01')] });
    const r = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['CQS-01', '90%']] });
    expect(scoreCriteria(twice, r).reported).toBeUndefined();
    expect(foundByChecks(twice, r)).toHaveLength(2);
  });
});
