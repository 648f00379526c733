// «Rà soát» in the task pane, on the Office.js fake: a «Bác số liệu» recorded on a ratio flag (as the pane's form takes
// it, through core's takeReviewStep) re-scores the open workbook, and what it did is said from the card scored with
// it — the figure's points withdrawn and the new total —; the flag no longer says the counts are scored.
import { afterEach, describe, expect, it } from 'vitest';
import { takeReviewStep } from '../../core/council/decision.js';
import { decisionEffect } from '../../core/ranking/council-effect.js';
import { recordDecision } from '../../excel-addin/actions/review.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newWorkbook } from '../../scripts/harness/office-fake.js';

const NOW = new Date('2025-11-24T09:30:00+07:00');
const set = makeSet(4);
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

describe('a decision recorded in the task pane', () => {
  it('withdraws the rejected figure’s points and says so with the new total', async () => {
    // T1: 90/100 reported as 50 % — the ratio flag the council rejects.
    const sheet = reportSheet('Thôn 1', 'Thôn', 4, (i) => (i === 0 ? { result: '50%', num: 90, den: 100, self: 10 } : { num: 85, den: 100, self: 10 }));
    uninstall = installFakeOffice(newWorkbook([sheet]), '1.18').uninstall;
    const before = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    const card = before.cards[0]!;
    const flag = card.flags.find((f) => f.code === 'ratio-mismatch')!;
    expect(flag.message).toContain('điểm chấm theo tử số/mẫu số');
    const decision = takeReviewStep({ sheet: flag.sheet, unitName: card.unitName, flagCode: flag.code, cell: flag.cell!, criterion: flag.criterion! }, undefined, {
      kind: 'decision', decision: 'reject', reviewer: 'Lò Văn Thành', date: '2025-11-24', comment: 'Không có hồ sơ',
    });
    const after = await runInExcel((port) => recordDecision(port, set, decision, NOW));
    const now = after.cards[0]!;
    const inForce = after.decisions.find((d) => d.flagCode === 'ratio-mismatch')!;
    const withdrawn = card.criteria.find((c) => c.code === 'T1')!.points;
    expect(withdrawn).toBeGreaterThan(0);
    expect(now.total).toBeCloseTo(card.total - withdrawn, 2);
    const said = decisionEffect(inForce, now, set.council.onRejectedFigure);
    const vi = (n: number) => String(n).replace('.', ',');
    expect(said).toBe(`Rút ${vi(withdrawn)} điểm của tiêu chí «Tiêu chí 1» (${vi(withdrawn)} → 0/10); tổng nay ${vi(now.total)}/40 điểm (${vi(now.percent)}%)${now.classification ? `, xếp loại ${now.classification.label}` : ''}.`);
    expect(now.flags.find((f) => f.code === 'ratio-mismatch')!.message).toMatch(/; Hội đồng bác số liệu \(tiêu chí «Tiêu chí 1»\)$/);
  });
});

// Made for issue 46 item 1 in the task pane: a decision recorded with its effect said.
