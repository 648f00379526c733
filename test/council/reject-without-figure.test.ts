// «Bác số liệu» on a flag with no figure behind it (the school's late submission): recorded, kept in
// «Rà soát» with its comment, said to be recorded only — never reported as points withdrawn, and the
// score and the award proposals stay as they were. A rejection of a figure, for contrast, withdraws it.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CouncilDecision } from '../../core/council/decision.js';
import { rejectedUnits, rejectionsOf } from '../../core/ranking/council-effect.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';

const SET = findBuiltin('ta-ma-2025')!;
const SCHOOL = 'Trường PTDTBT Tiểu học Ta Ma';
const COMMENT = 'Nộp muộn, Hội đồng không chấp nhận lý do';

async function scoreCommune(set: CriteriaSet, decisions: CouncilDecision[] = []) {
  const port = await ExcelJsWorkbook.fromBuffer(await readFile(new URL('../../examples/xa-ta-ma-2025.xlsx', import.meta.url)));
  const result = await scoreWorkbook(port, set, { date: '2025-11-06', decisions });
  const school = result.cards.find((c) => c.unitName === SCHOOL)!;
  return { port, result, school };
}

function rejection(card: { sheet: string; unitName: string }, flag: { code: string; cell?: string; criterion?: string }): CouncilDecision {
  return {
    sheet: card.sheet,
    unitName: card.unitName,
    flagCode: flag.code,
    ...(flag.cell ? { cell: flag.cell } : {}),
    ...(flag.criterion ? { criterion: flag.criterion } : {}),
    decision: 'reject',
    reviewer: 'Lò Văn Minh',
    date: '2025-11-20',
    comment: COMMENT,
  };
}

const schoolProposals = (proposals: { unitName: string; form: string; reason: string; proposed: boolean }[]) =>
  proposals.filter((p) => p.unitName === SCHOOL).map((p) => [p.form, p.proposed, p.reason]);

describe.each([['withdraw_points'], ['exclude_from_awards']] as const)('«Bác số liệu» under the policy %s', (policy) => {
  const set: CriteriaSet = { ...SET, council: { onRejectedFigure: policy } };

  it('on a late-submission flag: recorded only, the score and proposals unchanged, the comment kept in «Rà soát»', async () => {
    const before = await scoreCommune(set);
    const late = before.school.flags.find((f) => f.code === 'late-submission');
    expect(late, 'the school submitted late').toBeDefined();
    const decision = rejection(before.school, late!);
    const after = await scoreCommune(set, [decision]);

    expect(after.school.total).toBe(before.school.total);
    expect(after.school.criteria.filter((c) => c.status === 'rejected')).toEqual([]);
    expect(rejectionsOf(after.school, after.result.decisions)).toEqual({ onFigures: [], recordedOnly: [decision] });
    expect(rejectedUnits(after.result.cards, after.result.decisions)).toEqual({ onFigures: [], recordedOnly: [SCHOOL] });
    expect(schoolProposals(after.result.proposals)).toEqual(schoolProposals(before.result.proposals));
    expect(after.result.proposals.some((p) => /bác/i.test(p.reason))).toBe(false);

    const review = (after.port.workbook as ExcelJS.Workbook).getWorksheet(REVIEW_SHEET)!;
    const rows: string[][] = [];
    review.eachRow((row) => void rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const row = rows.find((r) => r[1] === SCHOOL && r[4] === 'Nộp báo cáo muộn');
    expect(row?.slice(8)).toEqual(['Bác số liệu', 'Lò Văn Minh', '20/11/2025', COMMENT]);
  });

  it('on a figure (a ratio flag): the criterion is rejected and counted as such', async () => {
    const before = await scoreCommune(set);
    const ratio = before.school.flags.find((f) => f.code === 'ratio-mismatch' || f.code === 'numerator-exceeds-denominator');
    expect(ratio, 'the school has a flag on a figure').toBeDefined();
    const after = await scoreCommune(set, [rejection(before.school, ratio!)]);
    expect(rejectedUnits(after.result.cards, after.result.decisions)).toEqual({ onFigures: [SCHOOL], recordedOnly: [] });
    expect(after.school.criteria.filter((c) => c.status === 'rejected')).toHaveLength(1);
    if (policy === 'withdraw_points') expect(after.school.total).toBeLessThan(before.school.total);
    else expect(after.result.proposals.filter((p) => p.unitName === SCHOOL).every((p) => /Hội đồng bác số liệu tiêu chí/.test(p.reason))).toBe(true);
  });
});
