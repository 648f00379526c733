// The fallback vote in the task pane: the example commune's one workbook (examples/xa-ta-ma-2025.xlsx) scored by the
// pane on the Office.js fake; the council types its vote on the pane's «Biểu quyết» as Excel keeps it — the Fatherland
// Front 9/8/4 for the province's Bằng khen, every other nominee 9/8/7 —; scored again, the pane writes the Front a row
// for the commune's Giấy khen under the failed one, with the line saying why, as the command line does
// (test/papers/fallback-vote.test.ts); the council's «Không đề nghị» typed on it stays, scoring after scoring. And the
// pane's vote form (VoteList) offers that row: voted there 9/8/6 or declined «Không đề nghị», written to «Biểu quyết» in
// the round trips of any vote, sealed with the closing and said as `thidua close` says it. A proposed nominee's row
// (Công an xã) is declined the same way.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { VOTE_HEADER_ROW, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { declinedRow, FALLBACK_LINE_HEAD, fallbackLine } from '../../core/council/fallback-vote.js';
import type { FaceVote } from '../../core/council/vote.js';
import { nomineeForms } from '../../core/papers/proposed.js';
import { listedNominees } from '../../core/run/plan-copy.js';
import { closeWorkbook } from '../../excel-addin/actions/closing.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { typedVote, voteSaid } from '../../excel-addin/shared/VoteList.js';
import { closedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { SummaryPane } from '../../excel-addin/taskpane/panes/SummaryPane.js';
import { Pane, type PaneContext } from '../../excel-addin/shared/pane-context.js';
import type { ScoreActionResult } from '../../excel-addin/actions/score.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseHTML } from 'linkedom';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, sheetValues, type FakeOffice } from '../../scripts/harness/office-fake.js';
import { exampleScoredInPane } from './pane-walk.js';

const WORKBOOK = join(import.meta.dirname, '..', '..', 'examples', 'xa-ta-ma-2025.xlsx');
const NOW = new Date('2025-11-27T09:00:00+07:00');
const FRONT = 'Ủy ban MTTQ Việt Nam xã Ta Ma';
const POLICE = 'Công an xã Ta Ma';
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';
const BANG_KHEN = 'Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm)';
/** What `thidua close` says of the Front before the council votes the Giấy khen or declines it, and once declined (test/papers/fallback-vote.test.ts). */
const NOWHERE = `${FRONT} không được Hội đồng thông qua đề nghị ${BANG_KHEN}; đạt điều kiện ${GIAY_KHEN} nhưng chưa có trong danh sách nào`;
const DECLINED = `${FRONT} không được Hội đồng thông qua đề nghị ${BANG_KHEN}; đạt điều kiện ${GIAY_KHEN}, Hội đồng ghi không đề nghị ${GIAY_KHEN}: không có trong danh sách nào theo quyết định của Hội đồng.`;

let fake: FakeOffice & { uninstall: () => void };
let set: CriteriaSet;
const votes = () => fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
/** A cell typed as Excel keeps it (row and column from 1). */
const type = (r: number, c: number, value: string | number) => votes().cells.set(`${r}:${c}`, { value, numberFormat: 'General', style: {} });
/** The table's rows: [sheet row, unit, form, members, note]. */
const rows = () =>
  sheetValues(votes())
    .map((r, i) => [i + 1, r[1], r[3], r[4], r[8]] as const)
    .filter(([n, unit, form]) => n > VOTE_HEADER_ROW && unit && form);
let afterVote: ReturnType<typeof rows>;
let lines: string[];
let afterDecline: ReturnType<typeof rows>;

beforeAll(async () => {
  ({ fake, set } = await exampleScoredInPane(NOW));
  for (const [r, unit] of rows()) [9, 8, String(unit).startsWith('Ủy ban MTTQ') ? 4 : 7].forEach((v, i) => type(r, 5 + i, v));
  await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  afterVote = rows();
  lines = sheetValues(votes()).map((r) => String(r[0] ?? ''));
  const fallback = afterVote.find(([, unit, form]) => unit === FRONT && form === GIAY_KHEN);
  if (fallback) type(fallback[0], 9, 'Không đề nghị');
  for (let run = 0; run < 2; run++) await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  afterDecline = rows();
}, 240_000);
afterAll(() => fake?.uninstall());

describe('the pane writes the fallback vote’s row', () => {
  it('under the Front’s failed Bằng khen, for the Giấy khen it reaches, with the line saying why', () => {
    const failed = afterVote.findIndex(([, unit, form]) => unit === FRONT && String(form).startsWith('Bằng khen'));
    expect(failed).toBeGreaterThanOrEqual(0);
    expect(afterVote[failed + 1]?.slice(1)).toEqual([FRONT, GIAY_KHEN, null, null]);
    expect(lines.filter((l) => l.startsWith(FALLBACK_LINE_HEAD))).toHaveLength(1);
  });

  it('keeps the council’s «Không đề nghị» on it, scoring after scoring', () => {
    expect(afterDecline.find(([, unit, form]) => unit === FRONT && form === GIAY_KHEN)?.slice(3)).toEqual([null, 'Không đề nghị']);
  });
});

/** «Tổng hợp» as the pane draws it on `result` (in Vietnamese), as a document to read by its labels. */
function drawn(result: ScoreActionResult): Document {
  const pane = { t: translator('vi'), lang: 'vi', mode: 'excel', busy: false, hasWorkbook: true, set, result } as unknown as PaneContext;
  return parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(createElement(Pane.Provider, { value: pane }, createElement(SummaryPane)))}</body></html>`).document as unknown as Document;
}
/** The vote form's rows as drawn: unit, form (with the line under it), and the labels of the row's inputs and buttons. */
const formRows = (doc: Document) =>
  [...doc.querySelectorAll('table[aria-label="Biểu quyết từng trường hợp"] tbody tr')].map((tr) => ({
    unit: tr.getAttribute('data-nominee'),
    cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
    labels: [...tr.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
  }));

describe('the pane’s vote form offers the fallback row', () => {
  /**
   * A fresh workbook voted on «Biểu quyết» as above (the Front 9/8/4 for the Bằng khen), scored again; then the row the
   * form shows for the Giấy khen recorded through the form's own record (`made`), with the round trips it took and
   * those of the same scoring with no vote; then closed as the pane closes.
   */
  async function recorded(made: (fallback: Parameters<typeof declinedRow>[0]) => FaceVote) {
    const own = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(WORKBOOK)), '1.18');
    try {
      const sheet = () => own.state.sheets.find((s) => s.name === VOTE_SHEET)!;
      const typeOwn = (r: number, c: number, value: number) => sheet().cells.set(`${r}:${c}`, { value, numberFormat: 'General', style: {} });
      await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
      const table = () => sheetValues(sheet()).map((r, i) => [i + 1, r[1], r[3], r[4], r[5], r[6], r[8]] as const).filter(([n, unit, form]) => n > VOTE_HEADER_ROW && unit && form);
      for (const [r, unit] of table()) [9, 8, String(unit).startsWith('Ủy ban MTTQ') ? 4 : 7].forEach((v, i) => typeOwn(r, 5 + i, v));
      let before = own.syncs;
      const scored = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
      const plain = own.syncs - before;
      // The rows the form shows, as SummaryPane gives them to VoteList.
      const rows = listedNominees(set, scored, scored.votes!);
      const fallback = rows.find((n) => n.after);
      const form = formRows(drawn(scored));
      if (!fallback) return { rows, form };
      const vote = made(fallback);
      before = own.syncs;
      // Sent as the pane sends it, with the vote its form showed (SummaryPane).
      const after = await runInExcel((port) => checkAndScore(port, set, { now: NOW, vote, shown: scored }));
      const syncs = own.syncs - before;
      const closing = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
      if (closing.outcome.kind !== 'closed') throw new Error(closing.outcome.kind);
      const round = closing.outcome.round;
      const said = voteSaid(translator('vi'), vote, after.votes!.rule!);
      return { rows, form, shown: formRows(drawn(after)), fallback, plain, syncs, row: table().find(([, unit, form]) => unit === FRONT && form === GIAY_KHEN), round, said, notice: closedNotice(round, after.councilSheets, translator('vi')).items?.map((i) => i.text) ?? [] };
    } finally {
      own.uninstall();
    }
  }

  it('under the Front’s failed Bằng khen, with the sheet’s line of why, its inputs, «Ghi» and «Không đề nghị»', async () => {
    const { rows, form } = await recorded((n) => declinedRow(n));
    const failed = form.findIndex((r) => r.unit === FRONT && r.cells[1] === BANG_KHEN);
    expect(failed).toBeGreaterThanOrEqual(0);
    const line = lines.find((l) => l.startsWith(FALLBACK_LINE_HEAD))!;
    expect(form[failed + 1]?.cells.slice(0, 2)).toEqual([FRONT, `${GIAY_KHEN}${line}`]);
    const who = `${FRONT} (${GIAY_KHEN})`;
    expect(form[failed + 1]?.labels).toEqual([
      ...['Tổng số thành viên', 'Số có mặt', 'Số đồng ý', 'Số không đồng ý', 'Số không biểu quyết'].map((l) => `${l}: ${who}`),
      `Ghi biểu quyết: ${who}`,
      `Không đề nghị: ${who}`,
      `Kết quả biểu quyết: ${who}`,
    ]);
    expect(form[failed + 1]?.cells.at(-1)).toBe('chưa biểu quyết');
    // The row the form records for is the one «Biểu quyết» lists, with the same line.
    expect(fallbackLine(rows.find((n) => n.after)! as never)).toBe(line);
  }, 120_000);

  it('voted 9/8/6 in the form: written to «Biểu quyết» with no round trip more, sealed, on the Giấy khen list as `thidua papers` lists it', async () => {
    const voted = await recorded((n) => typedVote(n, { members: '9', present: '8', inFavour: '6' }));
    expect(voted.syncs).toBe(voted.plain);
    expect(voted.row?.slice(3)).toEqual([9, 8, 6, null]);
    expect(voted.shown!.find((r) => r.unit === FRONT && r.cells[1]!.startsWith(GIAY_KHEN))?.cells.at(-1)).toBe('08/09 thành viên có mặt; 06/09 thành viên Hội đồng đồng ý (66,67%): đạt');
    expect(voted.said).toBe(`Đã ghi biểu quyết cho ${FRONT} (${GIAY_KHEN}): 08/09 thành viên có mặt; 06/09 thành viên Hội đồng đồng ý (66,67%): đạt.`);
    expect(voted.round!.votes!.votes.find((v) => v.unitName === FRONT && v.form === GIAY_KHEN)?.tally).toEqual({ members: 9, present: 8, inFavour: 6 });
    expect(voted.round!.votes!.declined).toBeUndefined();
    expect(voted.notice!.join('\n')).not.toContain(NOWHERE);
    expect(nomineeForms(voted.round!, 'passed').find((f) => f.label === GIAY_KHEN)?.collectives.map((u) => u.unitName)).toContain(FRONT);
  }, 120_000);

  it('«Không đề nghị» in the form: the row the sheet holds, with no round trip more, sealed as declined and said as `thidua close` says it', async () => {
    const declined = await recorded((n) => declinedRow(n));
    expect(declined.syncs).toBe(declined.plain);
    expect(declined.row?.slice(3)).toEqual([null, null, null, 'Không đề nghị']);
    expect(declined.shown!.find((r) => r.unit === FRONT && r.cells[1]!.startsWith(GIAY_KHEN))?.cells.at(-1)).toBe(`Hội đồng ghi không đề nghị ${GIAY_KHEN}`);
    expect(declined.said).toBe(`Đã ghi Hội đồng không đề nghị ${GIAY_KHEN} cho ${FRONT}.`);
    expect(declined.round!.votes!.declined).toEqual([{ sheet: FRONT, unitName: FRONT, form: GIAY_KHEN }]);
    expect(declined.notice!).toContain(DECLINED);
    expect(nomineeForms(declined.round!, 'passed').find((f) => f.label === GIAY_KHEN)?.collectives.map((u) => u.unitName)).not.toContain(FRONT);
  }, 120_000);

  it('«Không đề nghị» on a proposed nominee’s row too: offered, sealed as declined, said as `thidua close` says it (test/council/declined-row.test.ts)', async () => {
    const police = { sheet: POLICE, unitName: POLICE, form: GIAY_KHEN };
    const declined = await recorded(() => declinedRow(police));
    expect(declined.form.find((r) => r.unit === POLICE)?.labels).toContain(`Không đề nghị: ${POLICE}`);
    expect(declined.shown!.find((r) => r.unit === POLICE)?.cells.at(-1)).toBe(`Hội đồng ghi không đề nghị ${GIAY_KHEN}`);
    expect(declined.round!.votes!.declined).toEqual([police]);
    expect(declined.round!.open?.unvoted ?? []).toEqual([]);
    expect(declined.notice!).toContain(`${POLICE} được đề nghị ${GIAY_KHEN}, Hội đồng ghi không đề nghị: không có trong danh sách ${GIAY_KHEN} theo quyết định của Hội đồng.`);
    expect(nomineeForms(declined.round!, 'passed').find((f) => f.label === GIAY_KHEN)?.collectives.map((u) => u.unitName)).not.toContain(POLICE);
  }, 120_000);
});
