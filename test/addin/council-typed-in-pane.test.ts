// The council types on the task pane's own workbook between scorings, on the Office.js fake, as Excel keeps it: «Rà
// soát»'s «Ngày» typed 3/11/2026 is a date cell (a serial under «d/m/yyyy»), and comes back one under its format,
// not as the text «03/11/2026»; the decision it dates applies, and the pane's store keeps it as plain JSON. A decision
// whose flag is gone since (the unit corrected its figure) is said at its flag's cell in the pane's list, with what the
// council decided, and kept under «Quyết định không còn cảnh báo» as the command line keeps it — not dropped. A
// nominee's row the pane wrote itself goes with its unit once no longer proposed (the pane's store keeps which rows it
// wrote, as the command line's record does), while a row the council typed is kept; in scoring's round trips.
import { afterEach, describe, expect, it } from 'vitest';
import { ORPHANS_TITLE, REVIEW_HEADERS, REVIEW_HEADER_ROW, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { EDITED_STATE_LABEL, EDITED_TITLE } from '../../core/workbook/edited-decisions.js';
import { readStored } from '../../excel-addin/actions/store.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { ASIDES_TITLE, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import type { PaneContext } from '../../excel-addin/shared/pane-context.js';
import { scoreNotice } from '../../excel-addin/taskpane/panes/ScorePane.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newWorkbook, sheetValues, type FakeSheet } from '../../scripts/harness/office-fake.js';

const NOW = new Date('2025-11-24T09:30:00+07:00');
const set = makeSet(4);
let fake: ReturnType<typeof installFakeOffice> | undefined;
afterEach(() => fake?.uninstall());
/** The pane's workbook of these report sheets, open in the fake Excel. */
const paneOn = (sheets: FakeSheet[]) => (fake = installFakeOffice(newWorkbook(sheets), '1.18'));

/** Each unit's T1 is 90/100 reported as 50 %: a flag on every sheet for the council to decide. */
const units = (n: number) => Array.from({ length: n }, (_, i) => reportSheet(`Thôn ${i + 1}`, 'Thôn', 4, (j) => (j === 0 ? { result: '50%', num: 90, den: 100, self: 10 } : { num: 85, den: 100, self: 10 })));
type Header = (typeof REVIEW_HEADERS)[number];
/** «Rà soát» as the fake holds it now: each scoring writes the sheet anew. */
const review = () => fake!.state.sheets.find((s) => s.name === REVIEW_SHEET)!;
/** The first flag's row of «Rà soát», a cell of it by its column's header, as the fake keys it. */
const firstRow = (header: Header) => `${REVIEW_HEADER_ROW + 1}:${REVIEW_HEADERS.indexOf(header) + 1}`;
/** The council types on the first flag's row, as Excel keeps what it typed (a date: a serial under its format). */
const typeIn = (header: Header, value: string | number, numberFormat = 'General') => review().cells.set(firstRow(header), { value, numberFormat, style: {} });
/** 3/11/2026 as Excel keeps a date: days since 30/12/1899. */
const NOV_3 = (Date.UTC(2026, 10, 3) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('«Rà soát»’s «Ngày» typed as a date cell in the pane’s workbook', () => {
  it('comes back a date cell under its number format, its decision applied, scoring after scoring', async () => {
    paneOn(units(1));
    await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    typeIn('Quyết định', 'Chấp nhận');
    typeIn('Người rà soát', 'Lò Văn Thành');
    typeIn('Ngày', NOV_3, 'd/m/yyyy');
    for (let run = 0; run < 2; run++) {
      const scored = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
      expect(scored.unreadable).toEqual([]);
      expect(scored.decisions.map((d) => [d.unitName, d.decision, d.date])).toEqual([['Thôn 1', 'accept', '2026-11-03']]);
      const day = review().cells.get(firstRow('Ngày'));
      expect([day?.value, day?.numberFormat]).toEqual([NOV_3, 'd/m/yyyy']);
    }
  });
});

describe('a decision typed in the pane’s «Rà soát» on a flag gone since', () => {
  it('is said at its flag’s cell in the pane’s list and kept under «Quyết định không còn cảnh báo», scoring after scoring', async () => {
    const fake = paneOn(units(2));
    await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    typeIn('Quyết định', 'Đồng ý');
    typeIn('Người rà soát', 'Lò Văn Thành');
    typeIn('Ngày', '2/11/2026');
    expect((await runInExcel((port) => checkAndScore(port, set, { now: NOW }))).decisions.map((d) => d.unitName)).toEqual(['Thôn 1']);
    // Thôn 1 corrects D9 to what its counts give: the flag the council accepted is gone.
    fake.state.sheets.find((s) => s.name === 'Thôn 1')!.cells.get('9:4')!.value = '90%';
    const line = `Trang «Thôn 1», ô D9 (Thôn 1): quyết định «Đồng ý», Lò Văn Thành, 02/11/2026 về cảnh báo «Tỷ lệ không khớp tử số/mẫu số» — lần chấm này không còn cảnh báo ấy: không áp, vẫn giữ ở bảng «${ORPHANS_TITLE}» cuối trang «${REVIEW_SHEET}».`;
    const pane = { t: translator('vi'), setResult: () => undefined } as unknown as PaneContext;
    for (let run = 0; run < 2; run++) {
      const scored = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
      expect(scored.decisions).toEqual([]);
      expect(scoreNotice(pane, scored).items).toContainEqual({ text: line, sheet: 'Thôn 1', cell: 'D9' });
      const rows = sheetValues(review());
      const top = rows.findIndex((r) => r[0] === ORPHANS_TITLE);
      expect(top).toBeGreaterThan(0);
      expect(rows.slice(top + 2).filter((r) => r[1]).map((r) => [r[1], r[3], r[8], r[9], r[10]])).toEqual([['Thôn 1', 'D9', 'Đồng ý', 'Lò Văn Thành', '2/11/2026']]);
    }
  });
});

describe('a decision typed in the pane’s «Rà soát» on a figure the unit edited since', () => {
  /** The council accepts Thôn 1's flag on D9 in «Rà soát», «Ngày» typed as Excel keeps a date; the pane applies it. */
  const decided = async (n: number) => {
    const fake = paneOn(units(n));
    await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    typeIn('Quyết định', 'Đồng ý');
    typeIn('Người rà soát', 'Lò Văn Thành');
    typeIn('Ngày', NOV_3, 'd/m/yyyy');
    const before = fake.syncs;
    expect((await runInExcel((port) => checkAndScore(port, set, { now: NOW }))).decisions.map((d) => d.unitName)).toEqual(['Thôn 1']);
    return { fake, syncs: fake.syncs - before, sheet: (name: string) => fake.state.sheets.find((s) => s.name === name)! };
  };
  const pane = { t: translator('vi'), setResult: () => undefined } as unknown as PaneContext;
  const line = `Trang «Thôn 1», ô D9 (Thôn 1): quyết định «Đồng ý», Lò Văn Thành, 03/11/2026 về cảnh báo «Tỷ lệ không khớp tử số/mẫu số» — ô E9 đã sửa sau khi Hội đồng quyết định ngày 03/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại; giữ nguyên văn ở bảng «${EDITED_TITLE}» cuối trang «${REVIEW_SHEET}».`;
  /** The rows under «Quyết định trên số liệu đã sửa sau đó»: unit, cell, «Nội dung», «Bước», decision, who, when (with its format). */
  const held = () => {
    const rows = sheetValues(review());
    const top = rows.findIndex((r) => r[0] === EDITED_TITLE);
    if (top < 0) return [];
    return rows.slice(top + 2).flatMap((r, i) => (r[1] ? [[r[1], r[3], r[6], r[7], r[8], r[9], r[10], review().cells.get(`${top + 3 + i}:11`)?.numberFormat]] : []));
  };
  const heldRow = ['Thôn 1', 'D9', 'Ô E9 đã sửa sau khi Hội đồng quyết định ngày 03/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại.', `Lần 1 · ${EDITED_STATE_LABEL}`, 'Đồng ý', 'Lò Văn Thành', NOV_3, 'd/m/yyyy'];

  it('is held as typed in its own table of «Rà soát», said at its cell, never applied, until the council decides again', async () => {
    const { fake, syncs, sheet } = await decided(2);
    // Thôn 1 edits its numerator after the council decided: the flag stands, on another figure.
    sheet('Thôn 1').cells.get('9:5')!.value = 80;
    for (let run = 0; run < 2; run++) {
      const before = fake.syncs;
      const scored = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
      expect(fake.syncs - before).toBe(syncs);
      expect(scored.decisions).toEqual([]);
      expect(scored.cards[0]!.flags.map((f) => f.cell)).toContain('D9');
      expect(scoreNotice(pane, scored).items).toContainEqual({ text: line, sheet: 'Thôn 1', cell: 'D9' });
      expect(held()).toEqual([heldRow]);
      // The flag's own row waits for the council's new decision.
      expect(sheetValues(review())[REVIEW_HEADER_ROW]!.slice(8, 11)).toEqual([null, null, null]);
      expect((await runInExcel((port) => readStored(port, 'decisions'))).value).toEqual([]);
    }
    // The council decides on the new figure, on the flag's row: that decision stands, the held one goes.
    typeIn('Quyết định', 'Bác số liệu');
    typeIn('Người rà soát', 'Lò Văn Thành');
    typeIn('Ngày', '10/11/2026');
    const again = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(again.decisions.map((d) => [d.unitName, d.decision, d.date])).toEqual([['Thôn 1', 'reject', '2026-11-10']]);
    expect(again.edited).toEqual([]);
    expect(held()).toEqual([]);
  });

  it('scored one sheet at a time, is held in «Rà soát» by the next whole scoring, beside a decision whose flag is gone', async () => {
    const { sheet } = await decided(2);
    // Thôn 2's flag decided too, on its own row; then Thôn 2 corrects its figure (the flag goes) and Thôn 1 edits its numerator.
    const second = REVIEW_HEADER_ROW + 2;
    review().cells.set(`${second}:9`, { value: 'Chấp nhận', numberFormat: 'General', style: {} });
    review().cells.set(`${second}:10`, { value: 'Quàng Thị Lan', numberFormat: 'General', style: {} });
    review().cells.set(`${second}:11`, { value: '04/11/2026', numberFormat: 'General', style: {} });
    expect((await runInExcel((port) => checkAndScore(port, set, { now: NOW }))).decisions.map((d) => d.unitName)).toEqual(['Thôn 1', 'Thôn 2']);
    sheet('Thôn 1').cells.get('9:5')!.value = 80;
    sheet('Thôn 2').cells.get('9:4')!.value = '90%';
    for (const onlySheet of ['Thôn 1', 'Thôn 2']) {
      const one = await runInExcel((port) => checkAndScore(port, set, { now: NOW, onlySheet }));
      // Neither applied to the sheet scored: one edited since, one whose flag is gone.
      expect(one.decisions.filter((d) => d.sheet === onlySheet)).toEqual([]);
      expect(one.setAside.map((a) => [a.decision.unitName, a.reason])).toEqual([[onlySheet, onlySheet === 'Thôn 1' ? 'cell-changed' : 'flag-gone']]);
      // What is set aside stays in the store while «Rà soát» is not written.
      expect((await runInExcel((port) => readStored(port, 'decisions'))).value!.map((d) => d.unitName).sort()).toEqual(['Thôn 1', 'Thôn 2']);
    }
    const whole = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    expect(whole.decisions).toEqual([]);
    expect(whole.edited.map((u) => [u.unitName, u.cell])).toEqual([['Thôn 1', 'D9']]);
    expect(whole.gone.map((d) => [d.unitName, d.cell])).toEqual([['Thôn 2', 'D9']]);
    expect(held()).toEqual([heldRow]);
    const rows = sheetValues(review());
    const gone = rows.findIndex((r) => r[0] === ORPHANS_TITLE);
    expect(rows.slice(gone + 2, gone + 3).map((r) => [r[1], r[3], r[8], r[9], r[10]])).toEqual([['Thôn 2', 'D9', 'Chấp nhận', 'Quàng Thị Lan', '04/11/2026']]);
  });
});

describe('a nominee’s row the pane wrote in «Biểu quyết», its unit proposed no longer', () => {
  it('goes with the nominee, while a row the council typed for a unit not proposed is kept, in as many round trips', async () => {
    const awarded = CriteriaSet.parse({ ...set, awards: { forms: [{ id: 'giay-khen', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [{ subject: 'thon', max: 2 }] }] } });
    const fake = paneOn(Array.from({ length: 3 }, (_, i) => reportSheet(`Thôn ${i + 1}`, 'Thôn', 4)));
    const before = fake.syncs;
    const first = await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    const syncs = fake.syncs - before;
    expect(nomineesOf(first.proposals).map((n) => n.unitName)).toEqual(['Thôn 1', 'Thôn 2']);
    const votes = () => fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
    const rows = () => sheetValues(votes());
    // The council types a row of its own under the nominees: a unit, a sheet and a form, nothing else.
    const under = rows().findLastIndex((r) => typeof r[0] === 'number') + 2;
    ['Thôn 9', 'Thôn 9', 'Giấy khen của Chủ tịch UBND xã'].forEach((v, c) => votes().cells.set(`${under}:${c + 2}`, { value: v, numberFormat: 'General', style: {} }));
    // Thôn 2 lowers its first numerator: Thôn 3 is proposed in its place.
    fake.state.sheets.find((s) => s.name === 'Thôn 2')!.cells.get('9:5')!.value = 10;
    const again = fake.syncs;
    const second = await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    expect(fake.syncs - again).toBe(syncs);
    expect(second.unreadable).toEqual([]);
    expect(nomineesOf(second.proposals).map((n) => n.unitName)).toEqual(['Thôn 1', 'Thôn 3']);
    // Said as the command line says it, at its cells on «Biểu quyết».
    expect(second.said.map((l) => l.text).filter((m) => m.includes('không có trong danh sách đề nghị'))).toEqual([expect.stringMatching(/^Trang «Biểu quyết», ô [A-Z]+\d+(:[A-Z]+\d+)?: dòng «Thôn 9 \| Thôn 9 \| Giấy khen của Chủ tịch UBND xã»/)]);
    const top = rows().findIndex((r) => r[0] === ASIDES_TITLE);
    expect(rows().slice(top + 2).filter((r) => r[1]).map((r) => r[1])).toEqual(['Thôn 9 | Thôn 9 | Giấy khen của Chủ tịch UBND xã']);
    expect(rows().flat()).not.toContain('Thôn 2 | Thôn 2 | Giấy khen của Chủ tịch UBND xã');
  });
});

// Made for: the council's typing on the pane's workbook kept as typed between scorings — a date cell in «Rà soát», a
// decision whose flag is gone said at its cell and kept, the rows of «Biểu quyết» the pane wrote known as its own.
