// «Còn thiếu gì» in the task pane, on the departments' DTI walk (test/cli/walk-cds-so-ban-nganh.test.ts's inputs: the
// real cds-so-ban-nganh-hoat-dong-cds.docx imported by the command line, six departments' templates filled by
// openpyxl, 6.16 and 6.17 Min-Max between them): the six reports gathered into one workbook as an officer gathers them,
// opened on the Office.js fake (the command line's own reader gives it its cells), scored by the pane's «Lập lại Tổng
// hợp» (checkAndScore) and its «Tổng hợp» tab drawn as the pane draws it. The panel says, line for line, what the
// command line's tong-hop.xlsx sheet and `--json` say — Sở Y tế's way through 6.17 included.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { defaultRound } from '../../core/ranking/rounds.js';
import { SHORTFALL_HEADERS, SHORTFALL_SHEET } from '../../core/workbook/plan-shortfall.js';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { Pane, type PaneContext } from '../../excel-addin/shared/pane-context.js';
import { SummaryPane } from '../../excel-addin/taskpane/panes/SummaryPane.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice } from '../../scripts/harness/office-fake.js';
import { openXlsx } from '../cli/helpers.js';
import { departmentsGathered, departmentsScored } from '../helpers/cds-departments.js';
import { asSheetRow, PANEL, panelRows, sheetRow, sorted } from '../helpers/what-it-takes-panel.js';

let set: CriteriaSet;
let json: ScoreRunOutput;
/** The command line's «Còn thiếu gì» of tong-hop.xlsx, its rows under the header. */
let sheet: unknown[][];
let uninstall: (() => void) | undefined;

beforeAll(async () => {
  const { dir, run } = await departmentsScored();
  set = CriteriaSet.parse(JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')));
  json = ScoreRunOutput.parse(JSON.parse(run.stdout));
  const [grid] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([SHORTFALL_SHEET]);
  const header = grid!.values.findIndex((r) => r[0] === SHORTFALL_HEADERS[0] && r[4] === SHORTFALL_HEADERS[4]);
  sheet = grid!.values.slice(header + 1).filter((r) => typeof r[0] === 'number');
  uninstall = installFakeOffice(await fakeWorkbookFromXlsx(new Uint8Array(await readFile(departmentsGathered(dir)))), '1.18').uninstall;
}, 300_000);
afterAll(() => uninstall?.());

describe('«Còn thiếu gì» in the task pane, Min-Max included', () => {
  it('says what tong-hop.xlsx’s sheet and `--json` say, cell by cell, Sở Y tế’s way through 6.17 included', async () => {
    const result = await runInExcel((port) => checkAndScore(port, set, { now: new Date('2025-12-15T09:00:00+07:00') }));
    expect(result.cards).toHaveLength(6);
    const pane = { t: translator('vi'), lang: 'vi', mode: 'excel', busy: false, hasWorkbook: true, set, result, round: defaultRound(set), setRound: () => undefined, setResult: () => undefined, act: async () => undefined } as unknown as PaneContext;
    const drawn = parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(<Pane.Provider value={pane}><SummaryPane /></Pane.Provider>)}</body></html>`).document as unknown as Document;
    const listed = panelRows(drawn.querySelector(PANEL)!);
    const shown = sorted(listed.map(asSheetRow));
    const cli = sorted(sheet.map(sheetRow));
    expect(cli.length).toBeGreaterThan(0);
    expect(shown).toEqual(cli);
    const ways = json.whatItTakes.flatMap((u) => [u.band, u.award].flatMap((w) => (w ? [{ unit: u.unitName, w }] : [])));
    expect(sorted(ways.map(({ unit, w }) => sheetRow([null, unit, w.goal, w.reachable ? w.gain : null, w.words])))).toEqual(shown);
    for (const { unit, w } of ways) expect(listed.find((r) => r.unit === unit && r.goal === `→ ${w.goal}`)!.steps, `${unit} → ${w.goal}`).toEqual(w.steps.map((st) => st.words));
    expect(listed.find((r) => r.unit === 'Sở Y tế' && r.goal === '→ Tốt')!.steps).toContainEqual(
      'Tổng chi Ngân sách nhà nước cho chuyển đổi số 1,67% → 4,95%: +7,12 điểm (điểm Min-Max tính theo số liệu các đơn vị khác trong lần chấm này: thấp nhất Sở Xây dựng 0,4%, cao nhất Sở Nội vụ, Sở Tài chính 5%)',
    );
  });
});

// Made for the pane's side of «Còn thiếu gì» on every face: the Min-Max lines of the departments' walk, never read on the pane before.
