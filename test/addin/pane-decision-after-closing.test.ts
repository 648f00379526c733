// A decision changed on «Rà soát» after closing, on the task pane (the Office.js fake, its round trips counted): the
// example commune's one workbook (examples/xa-ta-ma-2025.xlsx) scored by the pane, every flag accepted on «Rà soát» as
// typed in Excel, each nominee voted in the pane, closed; then the council retypes Đoàn Thanh niên xã Ta Ma's «Thiếu
// thông tin đơn vị» «Bác số liệu». «Tạo hồ sơ khen thưởng» says the change in the words of `thidua papers` (and of the
// pane's closing) before the papers print the sealed decision; nothing when nothing changed. Reading «Rà soát» adds no
// round trip: the papers read every sheet with the closed round already (two). «Kiểm tra» says it too, in the closing's
// words (before, it found the workbook as closed: the change was said only when the council closed or took its papers),
// in the round trips of a check that finds nothing; and «Chốt kết quả» lists it as the pane scores (changedSinceRound,
// what the panel shows under the last round: before, only the report sheets and the result were compared).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { changedSinceRound, checkWorkbook, closeWorkbook } from '../../excel-addin/actions/closing.js';
import { recordDecision } from '../../excel-addin/actions/review.js';
import { checkAndScore, scoredReview } from '../../excel-addin/actions/score.js';
import { defaultRound } from '../../core/ranking/rounds.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import type { Notice } from '../../excel-addin/shared/pane-context.js';
import { checkedNotice, closedNotice, workbookPapers } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { SaidLine } from '../../excel-addin/shared/SaidLine.js';
import { parseHTML } from 'linkedom';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { runInExcel, selectInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { FakeOffice } from '../../scripts/harness/office-fake.js';
import { unplaced } from '../helpers/unplaced.js';
import { exampleScoredInPane } from './pane-walk.js';

const NOW = new Date('2026-11-20T09:00:00+07:00');
const UNIT = 'Đoàn Thanh niên xã Ta Ma';
const FLAG = 'Thiếu thông tin đơn vị';
const t = translator('vi');

let fake: FakeOffice & { uninstall: () => void };
let set: CriteriaSet;
afterAll(() => fake?.uninstall());

/** «Rà soát»'s first-review rows as Excel holds them: row number → the cells of columns B (unit), E (flag), H (step). */
function firstReviews(): { row: number; unit: unknown; flag: unknown }[] {
  const review = fake.state.sheets.find((s) => s.name === REVIEW_SHEET)!;
  const at = (row: number, col: number) => review.cells.get(`${row}:${col}`)?.value;
  const rows = new Set([...review.cells.keys()].map((k) => Number(k.split(':')[0])));
  return [...rows].filter((r) => r > 4 && String(at(r, 8) ?? '').startsWith('Lần 1')).map((row) => ({ row, unit: at(row, 2), flag: at(row, 5) }));
}

/** Typed on «Rà soát» as in Excel: the decision, the reviewer, the day and, when given, the comment. */
function typeOn(row: number, typed: readonly string[]): void {
  const review = fake.state.sheets.find((s) => s.name === REVIEW_SHEET)!;
  typed.forEach((value, i) => review.cells.set(`${row}:${9 + i}`, { value, numberFormat: 'General', style: {} }));
}

/** «Tạo hồ sơ khen thưởng» as the pane runs it: what it says, whether it saved the papers, its round trips. */
async function papers(): Promise<{ notice: Notice; saved: boolean; syncs: number }> {
  const before = fake.syncs;
  let saved = false;
  const made = await runInExcel((port) => workbookPapers(port, t, () => (saved = true)));
  return { notice: made.notice, saved, syncs: fake.syncs - before };
}
/** «Kiểm tra» as the pane runs it: what it says, its round trips. */
async function check(): Promise<{ notice: Notice; syncs: number }> {
  const before = fake.syncs;
  const found = await runInExcel((port) => checkWorkbook(port, set, { now: NOW }));
  return { notice: checkedNotice(found, t), syncs: fake.syncs - before };
}
const changedLines = (n: Notice) => (n.items ?? []).map((i) => i.text).filter((l) => l.includes('đã khác lần chốt'));

let unchanged: Awaited<ReturnType<typeof papers>>;
let changed: Awaited<ReturnType<typeof papers>>;
let closingSays: string[];
let panelSays: string[];
let recorded: Awaited<ReturnType<typeof papers>>;
let closingSaysRecorded: string[];
let checkedUnchanged: Awaited<ReturnType<typeof check>>;
let checkedChanged: Awaited<ReturnType<typeof check>>;

beforeAll(async () => {
  ({ fake, set } = await exampleScoredInPane(NOW));
  for (const { row } of firstReviews()) typeOn(row, ['Chấp nhận', 'Lò Văn Thành', '20/11/2026']);
  const reviewed = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  for (const n of nomineesOf(reviewed.proposals)) await runInExcel((port) => checkAndScore(port, set, { now: NOW, vote: { ...n, tally: { members: 9, present: 8, inFavour: 7 }, note: '' } }));
  const closed = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
  if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
  unchanged = await papers();
  checkedUnchanged = await check();
  const youth = firstReviews().find((r) => r.unit === UNIT && r.flag === FLAG);
  if (!youth) throw new Error(`no «${FLAG}» of ${UNIT} on «Rà soát»`);
  typeOn(youth.row, ['Bác số liệu', 'Lò Văn Thành', '20/11/2026', 'Không ghi ngày nộp']);
  changed = await papers();
  checkedChanged = await check();
  // The pane's closing, without a reason, over the same sheet: what it names as changed.
  const again = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
  closingSays = again.outcome.kind === 'needs-reason' ? again.outcome.changes.map((c) => c.text) : [again.outcome.kind];
  // What «Chốt kết quả» lists under the last round for the scoring that closing made, as the panel computes it.
  if (again.outcome.kind === 'needs-reason') panelSays = (await changedSinceRound(again.outcome.last, set, again.result, { round: defaultRound(set), now: NOW, review: scoredReview(again.result) })).map((c) => c.text);
  // Then the pane itself records «Bác số liệu» on Bản Sáng Tớ's late report (C9), its store and «Rà soát» written together.
  const other = again.result.decisions.find((d) => d.unitName === 'Bản Sáng Tớ' && d.cell === 'C9')!;
  await runInExcel((port) => recordDecision(port, set, { ...other, decision: 'reject', reviewer: 'Lò Văn Thành', date: '2026-11-20', comment: 'Thiếu minh chứng' }, NOW, { shown: again.result }));
  recorded = await papers();
  const third = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
  closingSaysRecorded = third.outcome.kind === 'needs-reason' ? third.outcome.changes.map((c) => c.text) : [third.outcome.kind];
}, 300_000);

describe('«Kiểm tra» in the task pane after a decision changed on «Rà soát» since closing', () => {
  it('finds the workbook as closed while nothing changed', () => {
    expect(checkedUnchanged.notice.intent).toBe('success');
  });

  it('says the decision typed since in the words the pane’s closing (and `thidua close`) names it, in the round trips of a check that finds nothing', () => {
    const line = `Trang «Rà soát», quyết định về cảnh báo «${FLAG}» của ${UNIT} (trang «${UNIT}», ô B9) đã khác lần chốt: «Chấp nhận» (Lò Văn Thành, 20/11/2026) → «Bác số liệu» (Lò Văn Thành, 20/11/2026) — Không ghi ngày nộp.`;
    expect(checkedChanged.notice.intent).toBe('warning');
    expect(changedLines(checkedChanged.notice)).toEqual([line]);
    expect(closingSays.filter((l) => l.includes('đã khác lần chốt'))).toEqual([line]);
    expect(checkedChanged.syncs).toBe(checkedUnchanged.syncs);
  });

  it('the line opens the flag’s cell its words name (before: no place, the pane showed words alone)', async () => {
    const item = (checkedChanged.notice.items ?? []).find((i) => i.text.includes('đã khác lần chốt'))!;
    expect({ sheet: item.sheet, cell: item.cell }).toEqual({ sheet: UNIT, cell: 'B9' });
    await selectInExcel(item.sheet!, item.cell!);
    expect(fake.state.selection).toEqual({ sheet: UNIT, address: 'B9' });
  });

  it('lists it under «Chốt kết quả» as the pane scores, as its closing names every change', () => {
    expect(panelSays.filter((l) => l.includes('đã khác lần chốt'))).toHaveLength(1);
    expect(panelSays).toEqual(closingSays);
  });
});

describe('«Tạo hồ sơ khen thưởng» in the task pane after a decision changed on «Rà soát» since closing', () => {
  it('says nothing of decisions when none changed since the seal, in the two round trips of the papers', () => {
    expect(unchanged.saved).toBe(true);
    expect(changedLines(unchanged.notice)).toEqual([]);
    expect(unchanged.syncs).toBe(2);
  });

  it('says the decision typed since, in the words of `thidua papers` and of closing, before printing the sealed one', () => {
    const line = `Trang «Rà soát», quyết định về cảnh báo «${FLAG}» của ${UNIT} (trang «${UNIT}», ô B9) đã khác lần chốt: «Chấp nhận» (Lò Văn Thành, 20/11/2026) → «Bác số liệu» (Lò Văn Thành, 20/11/2026) — Không ghi ngày nộp.`;
    expect(changed.saved).toBe(true);
    expect(changedLines(changed.notice)).toEqual([`${line} Giấy tờ in quyết định đã chốt; chốt lại (có lý do) để in quyết định mới.`]);
    expect(closingSays).toContain(line);
    expect(changed.syncs).toBe(2);
  });

  it('says a decision the pane recorded since the seal once, as the pane’s closing names it, beside the one typed', () => {
    const decisions = closingSaysRecorded.filter((l) => l.includes('đã khác lần chốt'));
    expect(decisions).toHaveLength(2);
    expect(decisions.some((l) => l.includes('→ «Bác số liệu» (Lò Văn Thành, 20/11/2026) — Thiếu minh chứng.'))).toBe(true);
    expect(changedLines(recorded.notice)).toEqual(decisions.map((l) => `${l} Giấy tờ in quyết định đã chốt; chốt lại (có lý do) để in quyết định mới.`));
    expect(recorded.syncs).toBe(2);
  });

  it('each changed decision’s line opens the flag’s cell its words name, in the two round trips of the papers (before: words alone)', async () => {
    const items = recorded.notice.items ?? [];
    expect(unplaced(items)).toEqual([]);
    const changedAt = items.filter((i) => i.text.includes('đã khác lần chốt')).map(({ sheet, cell }) => ({ sheet, cell }));
    expect(changedAt).toEqual(expect.arrayContaining([{ sheet: UNIT, cell: 'B9' }, { sheet: 'Bản Sáng Tớ', cell: 'C9' }]));
    expect(changedAt).toHaveLength(2);
    expect(recorded.syncs).toBe(2);
    // Opened as the notice's link opens it.
    await selectInExcel('Bản Sáng Tớ', changedAt.find((p) => p.sheet === 'Bản Sáng Tớ')!.cell!);
    expect(fake.state.selection).toEqual({ sheet: 'Bản Sáng Tớ', address: 'C9' });
  });
});

// Decisions dated after the closing day, closed again in the pane: the closing's line names three of them by unit and
// cell, a line of several places — before, of none (words alone); now each «ô …» it names opens that flag's cell, the
// words as `thidua close` prints them.
describe('the closing’s line of decisions dated after it, in the task pane', () => {
  it('opens each flag’s cell it names, its words unchanged', async () => {
    const dated = firstReviews().slice(0, 4);
    for (const { row } of dated) typeOn(row, ['Chấp nhận', 'Lò Văn Thành', '25/11/2026']);
    const closed = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', reason: 'Ghi lại ngày quyết định', acceptOpen: true }));
    if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
    const before = fake.syncs;
    const items = closedNotice(closed.outcome.round, closed.result.councilSheets, t).items ?? [];
    expect(fake.syncs).toBe(before);
    const late = items.find((i) => i.text.includes('ghi ngày sau ngày chốt'))!;
    expect(late.text).toMatch(/^4 quyết định ở trang «Rà soát» ghi ngày sau ngày chốt 20\/11\/2026 \(.+, ô [A-Z]+\d+, ngày 25\/11\/2026; .+; .+; và 1 quyết định khác\): kiểm tra lại ngày đã ghi, hoặc chốt lại sau ngày ấy\.$/);
    expect(unplaced(items)).toEqual([]);
    // The three named, in the order named, each at its unit's sheet and flag's cell as the words say them.
    const named = [...late.text.matchAll(/(?:\(|; )([^;(]+?): «[^»]+», ô ([A-Z]+\d+), ngày/g)].map((m) => ({ sheet: m[1], cell: m[2] }));
    expect(named).toHaveLength(3);
    expect(late.places).toEqual(named);
    const drawn = parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(createElement(SaidLine, { line: late, selectCell: () => undefined }))}</body></html>`).document.body;
    expect(drawn.textContent).toBe(late.text);
    expect([...drawn.querySelectorAll('.fui-Link')].map((l) => l.textContent)).toEqual(named.map((n) => `ô ${n.cell}`));
    for (const p of late.places!) {
      await selectInExcel(p.sheet, p.cell);
      expect(fake.state.selection).toEqual({ sheet: p.sheet, address: p.cell });
    }
  });
});

// Made for the hunt of 30/11/2026: the pane's «Tạo hồ sơ» printed the sealed «Chấp nhận» over a «Bác số liệu» typed
// since, without the word `thidua papers` says; and its «Kiểm tra» found that workbook as closed.
