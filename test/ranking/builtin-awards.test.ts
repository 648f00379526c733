// Awards per built-in set and review round, with more excellent units than any quota: the levels tried,
// the numbers proposed exactly as each plan writes them, and forms without a number left to the council.
import { describe, expect, it } from 'vitest';
import { findBuiltin as builtinSet } from '../../core/criteria/builtin/index.js';
import type { AwardRound, CriteriaSet } from '../../core/criteria/schema.js';
import { proposeAwards } from '../../core/ranking/awards.js';
import { roundsOf } from '../../core/ranking/rounds.js';
import { appliesToKind } from '../../core/scoring/classify.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';

/** A unit of the kind with full points on every criterion that applies to it: excellent, every gate met. */
function excellent(set: CriteriaSet, kindId: string, i: number): ScoreCard {
  const criteria = set.criteria
    .filter((c) => appliesToKind(c, kindId))
    .map((c) => ({ code: c.code, title: c.title, group: c.group, rule: c.rule.kind, status: 'scored' as const, value: 1, met: true, points: c.maxPoints, max: c.maxPoints, selfScore: null, reason: '', row: null }));
  const max = criteria.reduce((s, c) => s + c.max, 0);
  const percent = 100 - i * 0.1; // all excellent, none tied
  return {
    sheet: `${kindId}-${i}`,
    unitName: `${kindId} ${i}`,
    unitKind: kindId,
    criteriaSet: { id: set.id, version: set.version },
    submittedAt: null,
    criteria,
    base: max,
    bonus: 0,
    deduction: 0,
    total: (max * percent) / 100,
    applicableMax: max,
    percent,
    selfTotal: null,
    classification: { id: set.classification[0]!.id, label: set.classification[0]!.label },
    gatesMet: criteria.length,
    flags: [],
  };
}

/** 12 collectives (the set's first collective kind) and 12 individuals. */
function field(set: CriteriaSet): ScoreCard[] {
  const collective = set.subjectKinds.find((k) => k.collective)!.id;
  const individual = set.subjectKinds.find((k) => !k.collective)!.id;
  return Array.from({ length: 12 }, (_, i) => [excellent(set, collective, i), excellent(set, individual, i)]).flat();
}

/** Per form, in the order tried: [form, level, proposed collectives, proposed individuals, listed for the council]. */
function outcome(id: string, round: AwardRound) {
  const set = builtinSet(id)!;
  const cards = field(set);
  const proposals = proposeAwards(set, cards, { round });
  const isCollective = (kind: string | null) => set.subjectKinds.find((k) => k.id === kind)!.collective;
  const forms = [...new Set(proposals.map((p) => p.form))];
  return forms.map((form) => {
    const rows = proposals.filter((p) => p.form === form);
    return [
      form,
      set.awards.forms.find((f) => f.id === form)!.level,
      rows.filter((p) => p.proposed && isCollective(p.unitKind)).length,
      rows.filter((p) => p.proposed && !isCollective(p.unitKind)).length,
      rows.filter((p) => p.eligible).length,
    ];
  });
}

describe('awards per built-in set and round (12 excellent collectives + 12 excellent individuals)', () => {
  it('Ta Ma 2025, yearly (IV.3.1): 5 provincial certificates in all; no district after 01/07/2025; the commune certificate left to the council', () => {
    expect(outcome('ta-ma-2025', 'hang-nam')).toEqual([
      ['bang-khen-tinh-hang-nam', 'tinh', 3, 2, 0], // one quota of 5 shared by collectives and individuals, best first
      ['giay-khen-xa', 'xa', 0, 0, 19],
    ]);
  });

  it('Ta Ma 2025, phase I review (IV.3.2): 5 collectives and 5 individuals, and nothing of the yearly round', () => {
    expect(outcome('ta-ma-2025', 'so-ket')).toEqual([['bang-khen-tinh-so-ket-gd1', 'tinh', 5, 5, 0]]);
  });

  it('Ta Ma 2030, yearly: 5 provincial certificates', () => {
    expect(outcome('ta-ma-2030', 'hang-nam')).toEqual([
      ['bang-khen-tinh-hang-nam', 'tinh', 3, 2, 0], // one quota of 5 shared by collectives and individuals, best first
      ['giay-khen-xa', 'xa', 0, 0, 19],
    ]);
  });

  it('Ta Ma 2030, phase II review (IV.3.3): national forms listed for the council (no number), then 3 collectives + 10 individuals', () => {
    expect(outcome('ta-ma-2030', 'tong-ket')).toEqual([
      ['huan-chuong-lao-dong-hang-ba', 'trung-uong', 0, 0, 24],
      ['bang-khen-thu-tuong', 'trung-uong', 0, 0, 24],
      ['bang-khen-tinh-tong-ket-gd2', 'tinh', 3, 10, 0],
    ]);
  });

  it('Tân Quang (III.3): no numbers in the plan, highest level first, no district for its final review in 2025', () => {
    expect(outcome('tan-quang-2025', 'tong-ket')).toEqual([
      ['bang-khen-tinh', 'tinh', 0, 0, 24],
      ['giay-khen-xa', 'xa', 0, 0, 24],
    ]);
  });

  it.each(['cat-ne-2024', 'luc-ba-2024', 'tan-linh-2025'])('%s: the commune certificate, left to the council', (id) => {
    expect(outcome(id, 'hang-nam')).toEqual([['giay-khen-xa', 'xa', 0, 0, 24]]);
  });

  it('each set offers the rounds its plan names', () => {
    expect(Object.fromEntries(['ta-ma-2025', 'ta-ma-2030', 'tan-quang-2025', 'cat-ne-2024', 'qd766-xa'].map((id) => [id, roundsOf(builtinSet(id)!)]))).toEqual({
      'ta-ma-2025': ['hang-nam', 'so-ket'],
      'ta-ma-2030': ['hang-nam', 'tong-ket'],
      // Awards «khi sơ kết, tổng kết» (V), the set's targets those of 2025 (II.4): its final review (IV.3).
      'tan-quang-2025': ['tong-ket'],
      'cat-ne-2024': ['hang-nam'],
      'qd766-xa': [],
    });
  });
});
