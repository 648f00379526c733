// What the council still has to do on a run (core/run/open-flags.ts): a unit's flags errors first, each beside the
// decision «Rà soát» matches to it (same sheet, unit, flag and cell), and the counts the page and the pane show.
import { describe, expect, it } from 'vitest';
import type { CouncilDecision } from '../../core/council/decision.js';
import { score } from '../../core/checks/run.js';
import { councilCounts, flagsOfCard } from '../../core/run/open-flags.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({
  criteria: [
    criterion({ code: 'TL', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } }),
    criterion({ code: 'SL', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 } }),
  ],
});
// 120% is a warning (out of range), «khoảng 80» an error (not read as a number): the warning comes first on the sheet.
const a = score(set, makeReport({ sheet: 'Bản A', unitName: 'Bản A', unitKind: 'Thôn', rows: [['TL', '120%'], ['SL', 'khoảng 80']] }));
const b = score(set, makeReport({ sheet: 'Bản B', unitName: 'Bản B', unitKind: 'Thôn', rows: [['TL', '120%'], ['SL', '90%']] }));
const on = (card: typeof a, code: string, decision: CouncilDecision['decision'], more: Partial<CouncilDecision> = {}): CouncilDecision => {
  const flag = card.flags.find((f) => f.code === code)!;
  return { sheet: card.sheet, unitName: card.unitName, flagCode: code, ...(flag.cell ? { cell: flag.cell } : {}), decision, reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: '', ...more };
};

describe('the council’s open work on a run', () => {
  it('lists a unit’s errors first, each flag with its decision', () => {
    expect(a.flags.map((f) => f.severity)).toEqual(['warning', 'error']);
    const decided = on(a, 'out-of-range', 'accept');
    expect(flagsOfCard(a, [decided]).map((r) => [r.flag.code, r.state])).toEqual([
      ['unparseable-value', undefined],
      ['out-of-range', 'decided'],
    ]);
  });

  it('counts flags not decided, errors (and those not reviewed) and units awaiting an explanation', () => {
    expect(councilCounts([a, b], [])).toEqual({ undecided: 3, errors: 1, errorsNotReviewed: 1, awaitingExplanation: 0 });
    const decisions = [
      on(a, 'unparseable-value', 'reject'),
      on(a, 'out-of-range', 'explain'),
      on(b, 'out-of-range', 'explain', { explanation: { text: 'Mẫu số đã sửa', by: 'Trưởng bản', date: '2025-11-25' } }),
    ];
    // Bản A waits for its explanation (the unit is counted, as closing's checklist counts it); Bản B answered and
    // waits for the second decision: still undecided.
    expect(councilCounts([a, b], decisions)).toEqual({ undecided: 1, errors: 1, errorsNotReviewed: 0, awaitingExplanation: 1 });
    // A decision about another unit's sheet is not this unit's.
    expect(councilCounts([b], [on(a, 'out-of-range', 'accept')])).toEqual({ undecided: 1, errors: 0, errorsNotReviewed: 0, awaitingExplanation: 0 });
  });
});
