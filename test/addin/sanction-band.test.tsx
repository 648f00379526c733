// A band the table's sanction set, in the task pane on the Office.js fake: the open workbook scored as the pane scores
// it, its «Chấm điểm» table and the council's ranking under «Tổng hợp» drawn as the pane draws them and read back by
// their labels, and a council decision's effect — each band with the reason the command line prints beside it
// («Tốt (không xếp loại Xuất sắc vì bị trừ điểm mục T13, chế tài của bảng)»), never «Tốt» alone.
import { formatNumberVi } from '../../core/values.js';
import { parseHTML } from 'linkedom';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { decisionEffect } from '../../core/ranking/council-effect.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { CouncilView } from '../../excel-addin/shared/CouncilView.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { Pane, type PaneContext } from '../../excel-addin/shared/pane-context.js';
import { ScorePane } from '../../excel-addin/taskpane/panes/ScorePane.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportRows } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newSheet, newWorkbook } from '../../scripts/harness/office-fake.js';

const NOW = new Date('2025-11-24T09:30:00+07:00');
const base = makeSet(12);
/** The generated set with a deduction carrying the table's sanction, as the reader keeps «Chế tài: Không xếp loại Xuất sắc». */
const set = CriteriaSet.parse({
  ...base,
  criteria: [...base.criteria, { code: 'T13', title: 'Nghị quyết bị bãi bỏ', group: 'G1', measure: 'points', maxPoints: 5, rule: { kind: 'deduction' }, sanction: { text: 'Chế tài: Không xếp loại Xuất sắc trong năm đánh giá.', cap: 'tot' } }],
});
const WHY = 'không xếp loại Xuất sắc vì bị trừ điểm mục T13, chế tài của bảng';
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

/** A unit's sheet: the twelve criteria as units type them, and on T13 the points taken (blank: none). */
const unit = (name: string, taken: number | null) => newSheet(name, [...reportRows(name, 'Thôn', 12), [13, 'T13', 'Nghị quyết bị bãi bỏ', null, null, null, null, taken, null]]);

/** The view drawn as the pane draws it, in Vietnamese, over `ctx`, as a document to query. */
function draw(view: ReactElement, ctx: Partial<PaneContext>): Document {
  const pane = { t: translator('vi'), lang: 'vi', mode: 'excel', busy: false, hasWorkbook: true, round: 'hang-nam', setRound: () => undefined, act: async () => undefined, ...ctx } as unknown as PaneContext;
  return parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(<Pane.Provider value={pane}>{view}</Pane.Provider>)}</body></html>`).document as unknown as Document;
}

describe('a band set by the table’s sanction, in the task pane', () => {
  it('is shown with its reason in «Chấm điểm», in the council’s ranking and in a decision’s effect', async () => {
    uninstall = installFakeOffice(newWorkbook([unit('Thôn 1', 5), unit('Thôn 2', null)]), '1.18').uninstall;
    const result = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    const held = result.cards.find((c) => c.unitName === 'Thôn 1')!;
    // 115 of 120 reaches «Xuất sắc»; T13 taken holds it at «Tốt».
    expect([held.percent >= 90, held.classification?.label]).toEqual([true, 'Tốt']);

    const scored = draw(<ScorePane />, { set, result });
    const rows = [...scored.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows.map((r) => [r[0], r[3]])).toEqual([['Thôn 1', `Tốt (${WHY})`], ['Thôn 2', 'Xuất sắc']]);

    const council = draw(<CouncilView cards={result.cards} ranking={result.ranking} proposals={result.proposals} decisions={result.decisions} policy={set.council.onRejectedFigure} set={set} />, { set, result });
    const bands = [...council.querySelectorAll('tr[data-unit] td[data-class]')].map((td) => [td.closest('tr')!.getAttribute('data-unit'), td.textContent]);
    expect(bands).toEqual([['Thôn 2', 'Xuất sắc'], ['Thôn 1', `Tốt (${WHY})`]]);
    // Its points as what they are made of, as the papers and the command line say them — not «115 / 120» over a share.
    const held1 = result.cards.find((c) => c.unitName === 'Thôn 1')!;
    expect(held1.deduction).toBeGreaterThan(0);
    const points = council.querySelector('tr[data-unit="Thôn 1"] td[data-max]')!;
    expect(points.textContent).toBe(`${formatNumberVi(held1.total)}${formatNumberVi(held1.base)}/120 điểm chuẩn, trừ ${formatNumberVi(held1.deduction)} điểm`);

    // A decision on the unit says its total with the band as it stands, and why.
    const effect = decisionEffect({ sheet: 'Thôn 1', unitName: 'Thôn 1', flagCode: 'ratio-mismatch', decision: 'accept', reviewer: 'Lò Văn Thành', date: '2025-11-24', comment: '' }, held, set.council.onRejectedFigure);
    // The total as it is made (its base points, the deduction), then the band with the sanction's why.
    expect(effect).toMatch(new RegExp(`^Giữ số liệu đơn vị báo cáo; tổng [\\d,]+ điểm \\([\\d,]+/120 điểm chuẩn, trừ [\\d,]+ điểm\\), xếp loại Tốt \\(${WHY}\\)\\.$`));
  });

  it('ranks the held unit under a «Xuất sắc» of fewer points in the council’s ranking, saying why under its band', async () => {
    // Thôn 3: two criteria at 40 % (5 of 10 each), 110 of 120, «Xuất sắc» below Thôn 1's 115.
    const lower = (i: number) => (i === 0 ? { num: 40, den: 100, self: 5 } : i === 1 ? { result: '40%', self: 5 } : i % 2 === 0 ? { num: 90, den: 100, self: 10 } : { result: '90%', self: 10 });
    uninstall = installFakeOffice(newWorkbook([unit('Thôn 1', 5), unit('Thôn 2', null), newSheet('Thôn 3', [...reportRows('Thôn 3', 'Thôn', 12, lower), [13, 'T13', 'Nghị quyết bị bãi bỏ', null, null, null, null, null, null]])]), '1.18').uninstall;
    const result = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    const pct = (name: string) => result.cards.find((c) => c.unitName === name)!.percent;
    expect(pct('Thôn 1')).toBeGreaterThan(pct('Thôn 3'));
    const council = draw(<CouncilView cards={result.cards} ranking={result.ranking} proposals={result.proposals} decisions={result.decisions} policy={set.council.onRejectedFigure} set={set} />, { set, result });
    expect([...council.querySelectorAll('tr[data-unit]')].map((tr) => tr.getAttribute('data-unit'))).toEqual(['Thôn 2', 'Thôn 3', 'Thôn 1']);
    expect(council.querySelector('tr[data-unit="Thôn 1"] [data-standing]')?.textContent).toBe('xếp sau Thôn 3 dù tỷ lệ điểm cao hơn (xếp hạng theo xếp loại trước, điểm sau)');
    expect(council.querySelector('tr[data-unit="Thôn 3"] [data-standing]')).toBeNull();
  });
});

// Made for the task pane's side of a table's sanctions: «Tốt» shown alone where the command line says why.
