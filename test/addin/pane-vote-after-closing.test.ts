// A count changed on «Biểu quyết» after closing, on the task pane (the Office.js fake, its round trips counted): the
// example commune's one workbook (examples/xa-ta-ma-2025.xlsx) scored by the pane, every flag accepted on «Rà soát»,
// each nominee voted 9/8/7 in the pane, closed; then the council retypes Công an xã Ta Ma's «Đồng ý» 4 on «Biểu quyết»
// as in Excel (no longer over half of nine). «Kiểm tra» says it in the words `thidua close`, `thidua score` and
// `thidua verify` say it (test/council/vote-after-closing.test.ts), in the round trips of a check that finds nothing;
// «Chốt kết quả» lists it as the pane scores (changedSinceRound), as the pane's closing names it. The council renamed
// «Biểu quyết» as it retyped the count («Biểu quyết HĐ 2026»): the lines name the sheet so — before, «Biểu quyết». It
// retyped the rule too («Từ 2/3» at B2): said at its cell, was → now, as the command line says it.
import { parseHTML } from 'linkedom';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { defaultRound } from '../../core/ranking/rounds.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { changedSinceRound, checkWorkbook, closeWorkbook } from '../../excel-addin/actions/closing.js';
import { checkAndScore, scoredReview } from '../../excel-addin/actions/score.js';
import { ChangedSinceClosing } from '../../excel-addin/shared/ClosingFields.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import type { Notice } from '../../excel-addin/shared/pane-context.js';
import { checkedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { runInExcel, selectInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { Said } from '../../core/run/said.js';
import { unplaced } from '../helpers/unplaced.js';
import type { FakeOffice } from '../../scripts/harness/office-fake.js';
import { exampleScoredInPane } from './pane-walk.js';

const NOW = new Date('2026-11-20T09:00:00+07:00');
const UNIT = 'Công an xã Ta Ma';
/** The name the council gave «Biểu quyết» after closing. */
const RENAMED = 'Biểu quyết HĐ 2026';
/** The closing's words for a vote typed since the seal (`thidua close`'s, test/council/vote-after-closing.test.ts). */
const CHANGED = `Kết quả biểu quyết ở trang «${RENAMED}» đã khác lần chốt.`;
/** The nominee's own line, at its cells on the renamed sheet. */
const NOMINEE = new RegExp(`^Trang «${RENAMED}», ô E\\d+:G\\d+: ${UNIT} \\(.+\\): khi chốt 9/8/7; nay 9/8/4\\.$`);
/** The rule retyped since closing, at its cell: what `thidua verify` says of it too. */
const RULE = `Trang «${RENAMED}», ô B2 («Điều kiện đạt»): khi chốt «Trên 50%»; nay «Từ 2/3».`;
const t = translator('vi');
/** `text` matched as written in a RegExp (a unit's name holds parentheses). */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let fake: FakeOffice & { uninstall: () => void };
let set: CriteriaSet;
afterAll(() => fake?.uninstall());

/** «Kiểm tra» as the pane runs it: what it says, its round trips. */
async function check(): Promise<{ notice: Notice; syncs: number }> {
  const before = fake.syncs;
  const found = await runInExcel((port) => checkWorkbook(port, set, { now: NOW }));
  return { notice: checkedNotice(found, t), syncs: fake.syncs - before };
}
const lines = (n: Notice) => (n.items ?? []).map((i) => i.text);

let checkedUnchanged: Awaited<ReturnType<typeof check>>;
let checkedChanged: Awaited<ReturnType<typeof check>>;
let closingSays: string[];
/** The closing's lines with the places the run gave them (said.ts). */
let closingPlaces: Said[];
let panelSays: string[];
/** The panel's lines with their places, and the round trips of listing them under the last round. */
let panel: { lines: Said[]; syncs: number };
/** The nominee declined («Không đề nghị») when the round was closed, taken back since. */
let declined: ReturnType<typeof nomineesOf>[number];

beforeAll(async () => {
  ({ fake, set } = await exampleScoredInPane(NOW));
  const review = fake.state.sheets.find((s) => s.name === REVIEW_SHEET)!;
  const rows = new Set([...review.cells.keys()].map((k) => Number(k.split(':')[0])));
  for (const row of rows) {
    if (row <= 4 || !String(review.cells.get(`${row}:8`)?.value ?? '').startsWith('Lần 1')) continue;
    ['Chấp nhận', 'Lò Văn Thành', '20/11/2026'].forEach((value, i) => review.cells.set(`${row}:${9 + i}`, { value, numberFormat: 'General', style: {} }));
  }
  const reviewed = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  const nominees = nomineesOf(reviewed.proposals);
  // The last nominee not voted but declined: «Không đề nghị» typed in its «Ghi chú» on «Biểu quyết», as in Excel.
  declined = nominees.filter((n) => n.unitName !== UNIT).at(-1)!;
  for (const n of nominees.filter((x) => x !== declined)) await runInExcel((port) => checkAndScore(port, set, { now: NOW, vote: { ...n, tally: { members: 9, present: 8, inFavour: 7 }, note: '' } }));
  const noteOf = (sheet: string) => {
    const votes = fake.state.sheets.find((s) => s.name === sheet)!;
    const rows = [...votes.cells.keys()].filter((k) => k.endsWith(':2') && votes.cells.get(k)?.value === declined.unitName && votes.cells.get(`${k.split(':')[0]}:4`)?.value === declined.form);
    if (rows.length !== 1) throw new Error(`${declined.unitName}: ${rows.length} rows on «${sheet}»`);
    return (value: string) => votes.cells.set(`${rows[0]!.split(':')[0]}:9`, { value, numberFormat: 'General', style: {} });
  };
  noteOf('Biểu quyết')('Không đề nghị');
  const closed = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
  if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
  checkedUnchanged = await check();
  // The council renames «Biểu quyết» and retypes the count in favour on it, as in Excel.
  const votes = fake.state.sheets.find((s) => s.name === 'Biểu quyết')!;
  votes.name = RENAMED;
  const inFavour = [...votes.cells.keys()].filter((k) => k.endsWith(':2') && votes.cells.get(k)?.value === UNIT).map((k) => `${k.split(':')[0]}:7`);
  if (inFavour.length !== 1 || votes.cells.get(inFavour[0]!)?.value !== 7) throw new Error(`${UNIT}: ${inFavour.length} rows voted 7 on «Biểu quyết»`);
  votes.cells.set(inFavour[0]!, { value: 4, numberFormat: 'General', style: {} });
  // And its rule, at B2, as typed over thidua's «Trên 50%»; and it takes back the «Không đề nghị» it had typed.
  votes.cells.set('2:2', { value: 'Từ 2/3', numberFormat: 'General', style: {} });
  noteOf(RENAMED)('');
  checkedChanged = await check();
  const again = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
  closingSays = again.outcome.kind === 'needs-reason' ? again.outcome.changes.map((c) => c.text) : [again.outcome.kind];
  closingPlaces = again.outcome.kind === 'needs-reason' ? again.outcome.changes : [];
  if (again.outcome.kind === 'needs-reason') {
    const before = fake.syncs;
    const lines = await changedSinceRound(again.outcome.last, set, again.result, { round: defaultRound(set), now: NOW, review: scoredReview(again.result) });
    panel = { lines, syncs: fake.syncs - before };
    panelSays = lines.map((c) => c.text);
  }
}, 300_000);

describe('«Kiểm tra» in the task pane after a count changed on «Biểu quyết» since closing', () => {
  it('finds the workbook as closed while nothing changed', () => {
    expect(checkedUnchanged.notice.intent).toBe('success');
    expect(lines(checkedUnchanged.notice)).toEqual([]);
  });

  it('says the count retyped in the words of closing, in the round trips of a check that finds nothing', () => {
    expect(checkedChanged.notice.intent).toBe('warning');
    expect(lines(checkedChanged.notice)).toContain(CHANGED);
    expect(checkedChanged.syncs).toBe(checkedUnchanged.syncs);
  });

  it('names the sheet as the workbook holds it now, the nominee at its cells, never «Biểu quyết»', () => {
    expect(lines(checkedChanged.notice).filter((l) => NOMINEE.test(l))).toHaveLength(1);
    for (const said of [lines(checkedChanged.notice), closingSays, panelSays]) expect(said.join('\n')).not.toMatch(/trang «Biểu quyết»/i);
  });
});

describe('«Chốt kết quả» in the task pane after a count changed on «Biểu quyết» since closing', () => {
  it('the closing asks for a reason, naming the vote changed', () => {
    expect(closingSays).toContain(CHANGED);
  });

  it('names the rule retyped at its cell, was → now, on the check, the closing and the panel (before: the generic line alone)', () => {
    for (const said of [lines(checkedChanged.notice), closingSays, panelSays]) expect(said).toContain(RULE);
  });

  it('names the «Không đề nghị» taken back at its row, was → now, on the check, the closing and the panel (before: unsaid)', () => {
    const taken = new RegExp(`^Trang «${RENAMED}», ô [A-Z]+\\d+(:[A-Z]+\\d+)?: ${escaped(`${declined.unitName} (${declined.form})`)}: khi chốt «Không đề nghị»; nay chưa có kết quả biểu quyết\\.$`);
    for (const said of [lines(checkedChanged.notice), closingSays, panelSays]) expect(said.filter((l) => taken.test(l)), said.join('\n')).toHaveLength(1);
  });

  it('the rule’s line and the nominee’s open their cells on the renamed sheet, on the check and the closing, in the round trips of a check that finds nothing (before: no place)', async () => {
    const placeOf = (lines: readonly Said[], match: (text: string) => boolean) => lines.filter((l) => match(l.text)).map(({ sheet, cell }) => ({ sheet, cell }));
    const items = checkedChanged.notice.items ?? [];
    expect(placeOf(items, (l) => l === RULE)).toEqual([{ sheet: RENAMED, cell: 'B2' }]);
    expect(placeOf(items, (l) => NOMINEE.test(l))).toEqual([{ sheet: RENAMED, cell: expect.stringMatching(/^E\d+:G\d+$/) }]);
    expect(placeOf(closingPlaces, (l) => l === RULE || NOMINEE.test(l))).toEqual(placeOf(items, (l) => l === RULE || NOMINEE.test(l)));
    expect(checkedChanged.syncs).toBe(checkedUnchanged.syncs);
    // No line of the check or the closing names a cell it does not open.
    expect(unplaced(items)).toEqual([]);
    expect(unplaced(closingPlaces)).toEqual([]);
    // Opened as the notice's link opens it.
    const rule = items.find((i) => i.text === RULE)!;
    await selectInExcel(rule.sheet!, rule.cell!);
    expect(fake.state.selection).toEqual({ sheet: RENAMED, address: 'B2' });
  });

  it('lists it under the last round as the pane scores, as its closing names every change', () => {
    expect(panelSays).toContain(CHANGED);
    expect(panelSays).toEqual(closingSays);
  });

  it('the alert under the last round opens each line’s place as the notice does, with no round trip to show it (before: words alone)', async () => {
    expect(panel.syncs).toBe(0);
    expect(unplaced(panel.lines)).toEqual([]);
    // Drawn as the pane draws it: a line with a place is a link, the others words.
    const alert = parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(createElement(ChangedSinceClosing, { intro: '', changes: panel.lines, selectCell: (sheet, cell) => void selectInExcel(sheet, cell) }))}</body></html>`).document;
    const links = [...alert.querySelectorAll('li .fui-Link')].map((l) => l.textContent);
    expect(links).toEqual(panel.lines.filter((l) => l.sheet && l.cell).map((l) => l.text));
    expect(links).toContain(RULE);
    expect(links.filter((l) => NOMINEE.test(l ?? ''))).toHaveLength(1);
    // The places match the closing's, and open as the notice's link opens them.
    const placeOf = (lines: readonly Said[]) => lines.filter((l) => l.text === RULE || NOMINEE.test(l.text)).map(({ sheet, cell }) => ({ sheet, cell }));
    expect(placeOf(panel.lines)).toEqual(placeOf(closingPlaces));
    const nominee = panel.lines.find((l) => NOMINEE.test(l.text))!;
    await selectInExcel(nominee.sheet!, nominee.cell!);
    expect(fake.state.selection).toEqual({ sheet: RENAMED, address: nominee.cell });
  });
});

// Made for the hunt of 30/11/2026: a vote retyped after closing, said by the command line, held on the pane too.
