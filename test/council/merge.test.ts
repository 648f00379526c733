import { describe, expect, it } from 'vitest';
import type { Flag } from '../../core/flags/flag.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { mergeDecisions, upsertDecision } from '../../core/council/merge.js';

const flag = (sheet: string, code: string, cell?: string): Flag => ({ sheet, code, severity: 'warning', message: `${code} ${cell ?? ''}`, ...(cell ? { cell } : {}) });
const decision = (sheet: string, flagCode: string, cell: string | undefined, kind: CouncilDecision['decision'] = 'accept'): CouncilDecision => ({
  sheet, unitName: sheet, flagCode, ...(cell ? { cell } : {}), decision: kind, reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: '',
});

describe('mergeDecisions', () => {
  const decisions = [
    decision('Bản A', 'ratio-mismatch', 'D12', 'reject'),
    decision('Bản A', 'late-submission', 'C5'),
    decision('Bản A', 'evidence-missing', 'G14', 'explain'),
    decision('Bản B', 'ratio-mismatch', 'D9'),
  ];

  it('keeps a decision whose flag is still raised on an unchanged cell', () => {
    const flags = [flag('Bản A', 'ratio-mismatch', 'D12'), flag('Bản A', 'late-submission', 'C5'), flag('Bản A', 'evidence-missing', 'G14')];
    const { kept, setAside } = mergeDecisions(decisions, flags, ['Bản A']);
    expect(kept).toEqual(decisions);
    expect(setAside).toEqual([]);
  });

  it('sets aside a decision whose flag is gone, and one whose row was edited since', () => {
    const flags = [flag('Bản A', 'ratio-mismatch', 'D12'), flag('Bản A', 'evidence-missing', 'G14')];
    const { kept, setAside } = mergeDecisions(decisions, flags, ['Bản A'], new Map([['Bản A', ['E12']]]));
    expect(setAside).toEqual([
      { decision: decisions[0], reason: 'cell-changed' },
      { decision: decisions[1], reason: 'flag-gone' },
    ]);
    expect(kept).toEqual([decisions[2], decisions[3]]);
  });

  it('leaves decisions about sheets not scored this time untouched', () => {
    const { kept } = mergeDecisions(decisions, [], ['Bản C']);
    expect(kept).toEqual(decisions);
  });

  it('replaces an earlier decision on the same flag', () => {
    const later = decision('Bản A', 'ratio-mismatch', 'D12', 'accept');
    const out = upsertDecision(decisions, later);
    expect(out).toHaveLength(4);
    expect(out.filter((d) => d.flagCode === 'ratio-mismatch' && d.sheet === 'Bản A')).toEqual([later]);
  });
});
