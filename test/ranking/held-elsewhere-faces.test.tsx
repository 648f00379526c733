// Who reaches «Lao động tiên tiến» but is proposed for another form, in the same words where the officer reads the
// lists: the council's view (the pane's «Tổng hợp» and the standalone page draw CouncilView) and «Đề xuất khen
// thưởng» of tong-hop.xlsx, as `thidua score` prints it (core/ranking/held-elsewhere.ts gives them all).
import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { proposeAwards } from '../../core/ranking/awards.js';
import { rank } from '../../core/ranking/rank.js';
import { score } from '../../core/checks/run.js';
import { planSummarySheets } from '../../core/workbook/plan-summary.js';
import { PROPOSALS_SHEET } from '../../core/workbook/plan-proposals.js';
import { CouncilView } from '../../excel-addin/shared/CouncilView.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { Pane, type PaneContext } from '../../excel-addin/shared/pane-context.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const form = (id: string, label: string, minClassification: string, max?: number) =>
  ({ id, label, level: 'xa' as const, round: 'hang-nam' as const, minClassification, gateCriteria: [], quotas: max === undefined ? [] : [{ subject: 'individual', max }], source: '' });
const set: CriteriaSet = {
  ...makeSet({ criteria: [criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 100 }, maxPoints: 100 })] }),
  awards: { forms: [form('cstd', 'Chiến sĩ thi đua cơ sở', 'xuat-sac', 1), form('ldtt', 'Lao động tiên tiến', 'tot')], tieBreaks: ['percent', 'total', 'name'] },
};
const cards = ['Ông A', 'Bà B', 'Ông C'].map((name, i) => score(set, makeReport({ sheet: name, unitName: name, unitKind: 'Cá nhân', rows: [['CQS-01', `${100 - 5 * i}%`]] })));
const ranking = rank(set, cards);
const proposals = proposeAwards(set, cards);
const SAID = '01 cá nhân đạt mức Lao động tiên tiến được đề nghị hình thức khác, không ghi trong danh sách Lao động tiên tiến: Chiến sĩ thi đua cơ sở — Ông A; nếu quy định xét cả hai danh hiệu, ghi ở cột «Đồng thời tặng» của trang «Tiêu chí».';

describe('who reaches a form but is listed for another, on the faces the lists are read on', () => {
  it('is said in the council’s view the pane and the page draw', () => {
    const pane = { t: translator('vi'), lang: 'vi', mode: 'excel', busy: false, hasWorkbook: true, round: 'hang-nam' } as unknown as PaneContext;
    const html = renderToStaticMarkup(
      <Pane.Provider value={pane}>
        <CouncilView cards={cards} ranking={ranking} proposals={proposals} decisions={[]} policy={set.council.onRejectedFigure} set={set} />
      </Pane.Provider>,
    );
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect([...document.querySelectorAll('[data-held-elsewhere]')].map((e) => e.textContent)).toEqual([SAID]);
  });

  it('is said under the title of «Đề xuất khen thưởng», above the list', () => {
    const sheet = planSummarySheets(set, cards, ranking, proposals, { date: '2025-12-01' }).find((s) => s.sheet === PROPOSALS_SHEET)!;
    const cells = sheet.blocks.flatMap((b) => b.values.flat());
    // The rows above the table's header, a line longer than the table is wide going on in the rows under it.
    const above = cells.slice(1, cells.indexOf('Hình thức')).filter((v) => typeof v === 'string').join(' ');
    expect(above).toContain(SAID);
    // Within the table's width: the sheet prints fitted to the page's width, not at 100 % across pages.
    expect(sheet.print?.fitToWidth).toBe(true);
  });
});

// Made for the «not listed» sentence where the officer acts on the proposal (test/cli/walk-ca-nhan-son-tra.test.ts
// holds the command line, the sheet as written, the minutes and the printed proposal).
