import { describe, expect, it } from 'vitest';
import { rank, UNKNOWN_KIND_LABEL } from '../../core/ranking/rank.js';
import { Ranking } from '../../core/ranking/schema.js';
import { score } from '../../core/checks/run.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  deadline: '2025-11-05',
  criteria: [
    criterion({ code: 'A', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 100 } }),
    criterion({ code: 'G', measure: 'yes_no', rule: { kind: 'yes_no' }, maxPoints: 0 }),
  ],
  awards: {
    forms: [{ id: 'gk', label: 'Giấy khen', level: 'xa', minClassification: 'dat', gateCriteria: ['G'] }],
    tieBreaks: ['percent', 'gates_met', 'earlier_submission', 'name'],
  },
});

const unit = (name: string, kind: string | null, percent: string, opts: { gate?: string; submittedAt?: string } = {}): ScoreCard =>
  score(
    set,
    makeReport({
      sheet: name,
      unitName: name,
      unitKind: kind,
      submittedAt: opts.submittedAt ?? '01/11/2025',
      rows: [['A', percent], ['G', opts.gate ?? 'Có']],
    }),
  );

describe('rank', () => {
  it('ranks per subject kind, in the set order of kinds, unknown kinds last', () => {
    const ranking = rank(set, [unit('Thôn B', 'Thôn', '70%'), unit('Văn phòng', 'Cơ quan', '90%'), unit('Thôn A', 'Thôn', '80%'), unit('HTX', 'Hợp tác xã', '99%')]);
    expect(Ranking.parse(ranking)).toEqual(ranking);
    expect(ranking.map((g) => [g.kind, g.kindLabel, g.entries.map((e) => `${e.rank}. ${e.unitName}`)])).toEqual([
      ['thon', 'Thôn', ['1. Thôn A', '2. Thôn B']],
      ['co-quan', 'Cơ quan', ['1. Văn phòng']],
      [null, UNKNOWN_KIND_LABEL, ['1. HTX']],
    ]);
    expect(ranking[0]!.entries[0]).toMatchObject({ sheet: 'Thôn A', unitKind: 'thon', total: 8, percent: 80, classification: 'Tốt' });
  });

  it('applies the tie-breaks in the set order and says which one split the tie', () => {
    const ranking = rank(set, [
      unit('Thôn C', 'Thôn', '80%', { submittedAt: '02/11/2025' }),
      unit('Thôn B', 'Thôn', '80%', { gate: 'Không' }), // fewer gates met
      unit('Thôn A', 'Thôn', '80%', { submittedAt: '03/11/2025' }),
    ]);
    expect(ranking[0]!.entries.map((e) => [e.rank, e.unitName, e.tieBrokenBy])).toEqual([
      [1, 'Thôn C', undefined],
      [2, 'Thôn A', 'nộp sớm hơn'],
      [3, 'Thôn B', 'đạt nhiều tiêu chí bắt buộc hơn'],
    ]);
  });

  it('falls back to the name, Vietnamese order', () => {
    const ranking = rank(set, [unit('Thôn Đồng', 'Thôn', '80%'), unit('Thôn Dương', 'Thôn', '80%')]);
    expect(ranking[0]!.entries.map((e) => [e.rank, e.unitName, e.tieBrokenBy])).toEqual([
      [1, 'Thôn Dương', undefined],
      [2, 'Thôn Đồng', 'theo tên'],
    ]);
  });

  it('units equal after every tie-break share a rank, and the next rank skips', () => {
    const noName = { ...set, awards: { ...set.awards, tieBreaks: ['percent' as const, 'total' as const] } };
    const cards = [unit('Thôn A', 'Thôn', '80%'), unit('Thôn B', 'Thôn', '80%'), unit('Thôn C', 'Thôn', '60%')];
    expect(rank(noName, cards)[0]!.entries.map((e) => [e.rank, e.unitName])).toEqual([
      [1, 'Thôn A'],
      [1, 'Thôn B'],
      [3, 'Thôn C'],
    ]);
  });

  it('puts a unit without a submission date after those with one', () => {
    const late = score(set, makeReport({ sheet: 'X', unitName: 'Thôn X', unitKind: 'Thôn', rows: [['A', '80%'], ['G', 'Có']] }));
    const ranking = rank(set, [late, unit('Thôn Y', 'Thôn', '80%')]);
    expect(ranking[0]!.entries.map((e) => e.unitName)).toEqual(['Thôn Y', 'Thôn X']);
  });

  it('is empty for no cards', () => {
    expect(rank(set, [])).toEqual([]);
  });
});
