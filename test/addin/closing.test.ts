// «Chốt kết quả», its check and the papers in the task pane, on the Office.js fake: the open workbook's result closed
// with a SHA-256 of each report sheet as typed (checked here with Node's own hash), written on its «Chốt kết quả»
// sheet; a sheet edited afterwards is named and closing again needs a reason. The round trips are counted: the same
// for 2 report sheets as for 8 (no context.sync() per sheet), and two for the papers (the store, the printed sheet).
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSED_ROUNDS_KEY, reportContent } from '../../core/run/closing.js';
import { sealCode } from '../../core/run/seal.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { checkedNotice, closedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { CLOSING_SHEET } from '../../core/run/plan-closing.js';
import { openLines } from '../../core/run/open-at-closing.js';
import { checkWorkbook, closeWorkbook, lastClosedRound } from '../../excel-addin/actions/closing.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { papersZip } from '../../excel-addin/shared/papers-download.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { makeSet, reportSheet } from '../../scripts/harness/addin-fixtures.js';
import { installFakeOffice, newWorkbook, sheetValues, type FakeSheet } from '../../scripts/harness/office-fake.js';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { nomineeName } from '../../core/run/council-at-closing.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { ASIDES_TITLE, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';

const NOW = new Date('2025-11-24T09:30:00+07:00');
const set = makeSet(12);
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function office(sheets: FakeSheet[]) {
  const fake = installFakeOffice(newWorkbook(sheets), '1.18');
  uninstall = fake.uninstall;
  return fake;
}
const units = (n: number) => Array.from({ length: n }, (_, i) => reportSheet(`Thôn ${i + 1}`, 'Thôn', 12));
/** Round trips one action takes. */
async function syncsOf<T>(fake: ReturnType<typeof office>, action: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = fake.syncs;
  const value = await action();
  return { value, syncs: fake.syncs - before };
}

describe('closing the open workbook in the task pane', () => {
  it('closes, writes the «Chốt kết quả» sheet with each report sheet hashed, in one round trip more than scoring', async () => {
    const fake = office(units(2));
    const scoring = await syncsOf(fake, () => runInExcel((port) => checkAndScore(port, set, { now: NOW })));
    const closing = await syncsOf(fake, () => runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành' })));
    expect(closing.value.outcome.kind).toBe('closed');
    expect(closing.syncs).toBe(scoring.syncs + 1);

    const sheet = sheetValues(fake.state.sheets.find((s) => s.name === CLOSING_SHEET)!);
    expect(sheet.find((r) => r[0] === 1)?.slice(1, 3)).toEqual(['Lò Văn Thành', '24/11/2025 09:30']);
    expect(sheet.flat()).toContain('Trang báo cáo');
    // The digest of each sheet, recomputed from the reports as read: SHA-256 of the same text, by Node.
    const expected = closing.value.result.reports.map((r) => [r.sheet, createHash('sha256').update(reportContent(r)).digest('hex')]);
    expect(sheet.filter((r) => /^[0-9a-f]{64}$/.test(String(r[2]))).map((r) => [r[1], r[2]])).toEqual(expected);

    // Nothing changed: nothing closed, nothing written beyond the scoring itself.
    const again = await syncsOf(fake, () => runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành' })));
    expect(again.value.outcome.kind).toBe('unchanged');
    expect(again.syncs).toBe(scoring.syncs);
  });

  it('asks before closing while a flag is undecided: lists it and writes nothing, then closes when told to, keeping what was open', async () => {
    const fake = office(units(2));
    // Thôn 2 types a numerator above its denominator (T1, row 9: E over F): an error flag the council has not seen.
    fake.state.sheets.find((s) => s.name === 'Thôn 2')!.cells.get('9:5')!.value = 500;
    const asked = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành' }));
    if (asked.outcome.kind !== 'open') throw new Error(asked.outcome.kind);
    const { open } = asked.outcome;
    expect(open.undecided.map((f) => f.unitName)).toEqual(['Thôn 2']);
    expect(open.errors).toEqual(open.undecided);
    expect(openLines(open, COUNCIL_SHEET_NAMES).map((l) => l.text)).toEqual([`1 cảnh báo chưa quyết định ở «Rà soát»: Thôn 2: 1.`, `1 lỗi chưa rà soát: Thôn 2 — ${open.errors[0]!.title} (ô ${open.errors[0]!.cell}).`]);
    expect(fake.state.sheets.some((s) => s.name === CLOSING_SHEET)).toBe(false);

    const closed = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
    if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
    expect(closed.outcome.round.open).toEqual(open);
    const sheet = sheetValues(fake.state.sheets.find((s) => s.name === CLOSING_SHEET)!);
    expect(sheet.find((r) => r[0] === 1)?.[6]).toBe('Khi chốt còn 1 cảnh báo chưa quyết định, 1 lỗi chưa rà soát.');
    // The round's seal covers what was open: the check finds the workbook as closed.
    expect((await runInExcel((port) => checkWorkbook(port, set, { now: NOW }))).changes).toEqual([]);
  });

  it('takes as many round trips for 8 report sheets as for 2', async () => {
    const counts: number[] = [];
    for (const n of [2, 8]) {
      const fake = office(units(n));
      const scoring = await syncsOf(fake, () => runInExcel((port) => checkAndScore(port, set, { now: NOW })));
      const closed = await syncsOf(fake, () => runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành' })));
      const checked = await syncsOf(fake, () => runInExcel((port) => checkWorkbook(port, set, { now: NOW })));
      const papers = await syncsOf(fake, () => runInExcel((port) => lastClosedRound(port)));
      expect(checked.value.changes).toEqual([]);
      // Closing: scoring's round trips and one write; the check no more than scoring's; the papers read the store and
      // the printed «Chốt kết quả» (a closing whose sheet was edited by hand gives no papers).
      expect(closed.syncs).toBe(scoring.syncs + 1);
      expect(checked.syncs).toBeLessThanOrEqual(scoring.syncs);
      expect(papers.syncs).toBe(2);
      counts.push(closed.syncs * 100 + checked.syncs * 10 + scoring.syncs);
      uninstall?.();
      uninstall = undefined;
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('names a sheet edited after closing, with its points, and closes again only with a reason', async () => {
    const fake = office(units(3));
    await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành' }));
    // Thôn 2 lowers T1's numerator (row 9, column E) after the result was closed.
    fake.state.sheets.find((s) => s.name === 'Thôn 2')!.cells.get('9:5')!.value = 10;
    const checked = await runInExcel((port) => checkWorkbook(port, set, { now: NOW }));
    expect(checked.changes[0]?.text).toBe('Trang «Thôn 2» đã khác bản đã chốt.');
    expect(checked.changes.map((c) => c.text)).toEqual(['Trang «Thôn 2» đã khác bản đã chốt.', expect.stringMatching(/^Thôn 2: điểm 120 → [\d,]+; hạng 2 → 3\.$/), 'Thôn 3: hạng 3 → 2.']);

    const refused = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành' }));
    expect(refused.outcome).toMatchObject({ kind: 'needs-reason', changes: checked.changes });
    // The edit leaves a flag on Thôn 2 the council has not decided: closing asks first, then closes when told to.
    const asked = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', reason: 'Thôn 2 sửa số liệu' }));
    expect(asked.outcome).toMatchObject({ kind: 'open', open: { undecided: [expect.objectContaining({ unitName: 'Thôn 2' })] } });
    const second = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', reason: 'Thôn 2 sửa số liệu', acceptOpen: true }));
    expect(second.outcome.kind).toBe('closed');
    const rows = sheetValues(fake.state.sheets.find((s) => s.name === CLOSING_SHEET)!).filter((r) => r[0] === 1 || r[0] === 2).slice(0, 2);
    expect(rows.map((r) => [r[0], r[3]])).toEqual([[1, '—'], [2, 'Thôn 2 sửa số liệu']]);
    expect((await runInExcel((port) => checkWorkbook(port, set, { now: NOW }))).changes).toEqual([]);

    const { last } = await runInExcel((port) => lastClosedRound(port));
    const zip = await JSZip.loadAsync((await papersZip(last!)).bytes);
    // A set with no award form has no nominee: the round's vote is empty, and no decision is drafted.
    expect(last!.votes?.votes).toEqual([]);
    expect(Object.keys(zip.files).sort()).toEqual(['bien-ban.docx', 'to-trinh.docx']);
    const letter = (await mammoth.extractRawText({ buffer: await zip.file('to-trinh.docx')!.async('nodebuffer') })).value;
    expect(letter).toContain('TỜ TRÌNH');
    expect(letter).toContain('chốt ngày 24/11/2025');
    expect(letter).not.toContain('Lò Văn Thành'); // no person inside a «Căn cứ»
  });

  it('records each nominee’s vote in the workbook’s «Biểu quyết» in scoring’s round trips, closes only once all have one, and seals it', async () => {
    const awarded = CriteriaSet.parse({ ...set, awards: { forms: [{ id: 'giay-khen', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [{ subject: 'thon', max: 2 }] }] } });
    const fake = office(units(3));
    const scoring = await syncsOf(fake, () => runInExcel((port) => checkAndScore(port, awarded, { now: NOW })));
    const nominees = nomineesOf(scoring.value.proposals);
    expect(nominees.map((n) => n.unitName)).toEqual(['Thôn 1', 'Thôn 2']);
    const votesSheet = () => sheetValues(fake.state.sheets.find((s) => s.name === VOTE_SHEET)!);
    expect(votesSheet().filter((r) => typeof r[0] === 'number').map((r) => r.slice(1, 8))).toEqual(nominees.map((n) => [n.unitName, n.sheet, n.form, null, null, null, null]));

    // Closing waits while a nominee has no vote, naming each.
    const asked = await runInExcel((port) => closeWorkbook(port, awarded, { now: NOW, closedBy: 'Lò Văn Thành' }));
    expect(asked.outcome).toMatchObject({ kind: 'open', open: { unvoted: nominees.map(nomineeName) } });

    // Each vote recorded as the pane records it: scored again, the tally in the sheet, no round trip more than scoring.
    const [first, second] = nominees as [(typeof nominees)[0], (typeof nominees)[0]];
    const one = await syncsOf(fake, () => runInExcel((port) => checkAndScore(port, awarded, { now: NOW, vote: { ...first, tally: { members: 9, present: 7, inFavour: 6 }, note: '' } })));
    expect(one.syncs).toBe(scoring.syncs);
    await runInExcel((port) => checkAndScore(port, awarded, { now: NOW, vote: { ...second, tally: { members: 9, present: 7, inFavour: 4 }, note: '' } }));
    // The meeting typed in the pane (the page's and the sheet's fields): written to «Biểu quyết», read back by the next scoring.
    const meeting = { date: '2026-11-20', time: '14 giờ 00', place: 'Hội trường UBND xã', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải', method: 'bỏ phiếu kín' as const, present: ['Lò Văn Thành', 'Quàng Văn Hải'], absent: ['Lò Thị Mai', 'Vì Văn Sơn'], postedAt: 'Nhà văn hóa xã' };
    await runInExcel((port) => checkAndScore(port, awarded, { now: NOW, meeting }));
    expect(votesSheet().slice(1, 5).map((r) => r.slice(0, 6))).toEqual([
      ['Điều kiện đạt', 'Trên 50%', 'Tính trên', 'tổng số thành viên Hội đồng', 'Hình thức biểu quyết', 'Bỏ phiếu kín'],
      ['Ngày họp', '20/11/2026', 'Địa điểm', 'Hội trường UBND xã', 'Giờ họp', '14 giờ 00'],
      ['Chủ trì', 'Lò Văn Thành', 'Thư ký', 'Quàng Văn Hải', 'Nơi niêm yết danh sách', 'Nhà văn hóa xã'],
      ['Thành viên có mặt', 'Lò Văn Thành; Quàng Văn Hải', 'Thành viên vắng mặt', 'Lò Thị Mai; Vì Văn Sơn', null, null],
    ]);
    const rowOf = (unit: string) => votesSheet().findIndex((r) => r[1] === unit);
    expect(votesSheet()[rowOf('Thôn 1')]!.slice(4, 8)).toEqual([9, 7, 6, 'Đạt']);
    expect(votesSheet()[rowOf('Thôn 2')]!.slice(4, 8)).toEqual([9, 7, 4, 'Không đạt']);
    // Read back from the sheet by the next scoring, with nothing recorded: the votes stay.
    const again = await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    expect(again.votes?.votes.map((v) => [v.unitName, v.tally.inFavour])).toEqual([['Thôn 1', 6], ['Thôn 2', 4]]);

    const closed = await runInExcel((port) => closeWorkbook(port, awarded, { now: NOW, closedBy: 'Lò Văn Thành' }));
    if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
    expect(closed.outcome.round.open?.unvoted).toEqual([]);
    expect(closed.outcome.round.votes?.votes.map((v) => [v.unitName, v.tally])).toEqual([['Thôn 1', { members: 9, present: 7, inFavour: 6 }], ['Thôn 2', { members: 9, present: 7, inFavour: 4 }]]);
    const { last } = await runInExcel((port) => lastClosedRound(port));
    const zip = await JSZip.loadAsync((await papersZip(last!)).bytes);
    const decision = (await mammoth.extractRawText({ buffer: await zip.file('du-thao-quyet-dinh.docx')!.async('nodebuffer') })).value;
    expect(decision).toContain('Thôn 1');
    expect(decision).not.toContain('Thôn 2');
    // The pane's minutes print the meeting as typed there, dated its day.
    const minutes = (await mammoth.extractRawText({ buffer: await zip.file('bien-ban.docx')!.async('nodebuffer') })).value;
    expect(minutes).toContain('ngày 20 tháng 11 năm 2026');
    expect(minutes).toContain('Thời gian: 14 giờ 00, ngày 20/11/2026.');
    expect(minutes).toContain('Hình thức biểu quyết: bỏ phiếu kín.');
    expect(minutes).toContain('vắng mặt: 02/09: Lò Thị Mai; Vì Văn Sơn.');

    // A tally typed over after closing is a change of the result: the check names it — the nominee, its cells, the
    // tally sealed and now —, closing again needs a reason.
    const row = rowOf('Thôn 2') + 1;
    fake.state.sheets.find((s) => s.name === VOTE_SHEET)!.cells.get(`${row}:7`)!.value = 5;
    const checked = await runInExcel((port) => checkWorkbook(port, awarded, { now: NOW }));
    expect(checked.changes).toEqual([
      { text: 'Kết quả biểu quyết ở trang «Biểu quyết» đã khác lần chốt.', sheet: VOTE_SHEET },
      { text: `Trang «Biểu quyết», ô E${row}:G${row}: Thôn 2 (Giấy khen của Chủ tịch UBND xã): khi chốt 9/7/4; nay 9/7/5.`, sheet: VOTE_SHEET, cell: `E${row}:G${row}` },
    ]);
    const refused = await runInExcel((port) => closeWorkbook(port, awarded, { now: NOW, closedBy: 'Lò Văn Thành' }));
    expect(refused.outcome).toMatchObject({ kind: 'needs-reason', changes: checked.changes });
  });
});

describe('the council’s words on the workbook’s «Biểu quyết» in the task pane', () => {
  it('keeps a note typed right of the vote table word for word under the tables, says it once, and keeps it run after run', async () => {
    const awarded = CriteriaSet.parse({ ...set, awards: { forms: [{ id: 'giay-khen', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [{ subject: 'thon', max: 2 }] }] } });
    const fake = office(units(3));
    await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    const votes = () => fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
    // J8: right of the first nominee's row, typed as in Excel.
    votes().cells.set('8:10', { value: 'Hỏi lại ý kiến ông C', numberFormat: 'General', style: {} });
    const kept = () => sheetValues(votes()).filter((r) => r[1] === 'Hỏi lại ý kiến ông C').map((r) => r.slice(0, 3));
    const first = await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    expect(first.votes!.problems).toEqual([{ cell: 'J8', message: `«Hỏi lại ý kiến ông C» ghi ngoài các ô thidua đọc: chép nguyên văn xuống bảng «${ASIDES_TITLE}» cuối trang để không mất, không tính là biểu quyết` }]);
    expect(kept()).toEqual([[1, 'Hỏi lại ý kiến ông C', 'J8']]);
    const second = await runInExcel((port) => checkAndScore(port, awarded, { now: NOW }));
    expect(second.votes!.problems).toEqual([]);
    expect(second.votes!.asides).toEqual([{ where: 'J8', text: 'Hỏi lại ý kiến ông C' }]);
    expect(kept()).toEqual([[1, 'Hỏi lại ý kiến ông C', 'J8']]);
  });
});

describe('what the task pane says once it has closed', () => {
  it('says what `thidua close` says after sealing: the papers waiting for the vote, and the vote’s meeting dated after the closing day', async () => {
    const awarded = CriteriaSet.parse({ ...set, awards: { forms: [{ id: 'giay-khen', label: 'Giấy khen của Chủ tịch UBND xã', level: 'xa', minClassification: 'tot', quotas: [{ subject: 'thon', max: 2 }] }] } });
    const fake = office(units(3));
    // The meeting typed in the pane for 04/12/2025, ten days after the closing of 24/11/2025; no vote recorded.
    await runInExcel((port) => checkAndScore(port, awarded, { now: NOW, meeting: { date: '2025-12-04', place: 'Hội trường UBND xã', chair: 'Lò Văn Thành', secretary: 'Quàng Văn Hải' } }));
    const closed = await runInExcel((port) => closeWorkbook(port, awarded, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
    if (closed.outcome.kind !== 'closed') throw new Error(closed.outcome.kind);
    const said = closedNotice(closed.outcome.round, closed.result.councilSheets, translator('vi'));
    expect(said.intent).toBe('warning');
    // The seal's code as the minutes print it (wording.ts), from the full seal the «Chốt kết quả» sheet records (F4):
    // the officer sees at closing the code to find again on the signed paper, as `thidua close` says it.
    const recorded = sheetValues(fake.state.sheets.find((s) => s.name === CLOSING_SHEET)!).find((r) => r[0] === 1)![5];
    expect(said.text).toBe(`Đã chốt kết quả lần 1, 24/11/2025 09:30, Lò Văn Thành: 3 trang báo cáo, ghi trong trang «Chốt kết quả» của sổ tính. Mã niêm phong: ${sealCode(String(recorded))} — in trên biên bản và dự thảo quyết định; sau này kiểm tra với mã trên giấy đã ký.`);
    expect(said.items?.map((i) => i.text)).toEqual([
      expect.stringMatching(/^Chốt khi còn 2 trường hợp chưa có kết quả biểu quyết thì chưa lập được hồ sơ khen thưởng: /),
      'Cuộc họp biểu quyết ở trang «Biểu quyết», ô B3 («Ngày họp») ghi ngày 04/12/2025, sau ngày chốt 24/11/2025: giấy tờ sẽ ghi kết quả được chốt trước cuộc họp đã biểu quyết; kiểm tra lại ngày họp, hoặc chốt lại sau cuộc họp.',
    ]);
    // The meeting's line opens the date's cell it names (before: words alone).
    expect(said.items?.filter((i) => i.text.startsWith('Cuộc họp biểu quyết')).map(({ sheet, cell }) => [sheet, cell])).toEqual([[VOTE_SHEET, 'B3']]);
  });
});

describe('the seal code from the signed minutes, typed in the task pane', () => {
  const vi = translator('vi');
  it('says «Khớp» for the code printed, refuses an earlier closing’s code and a workbook sealed again, and tells a slip of the hand as such', async () => {
    const fake = office(units(3));
    const first = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành' }));
    if (first.outcome.kind !== 'closed') throw new Error(first.outcome.kind);
    const printed = sealCode(first.outcome.round.seal);

    // The code as read aloud and typed (lower case, spaces for dashes): the same round trips as a check without it.
    const plain = await syncsOf(fake, () => runInExcel((port) => checkWorkbook(port, set, { now: NOW })));
    const typed = await syncsOf(fake, () => runInExcel((port) => checkWorkbook(port, set, { now: NOW, seal: printed.toLowerCase().replace(/-/g, ' ') })));
    expect(typed.syncs).toBe(plain.syncs);
    expect(typed.value.paper).toEqual({ matched: printed });
    const matched = checkedNotice(typed.value, vi);
    expect(matched.intent).toBe('success');
    expect(matched.text).toBe(`Khớp với kết quả đã chốt (lần 1, 24/11/2025 09:30, Lò Văn Thành): 3 trang báo cáo. Khớp mã niêm phong trên biên bản đã ký: ${printed}.`);

    // A slip of the hand — a character missed, a U the code never uses — is said as such, before anything is read.
    for (const slip of [printed.slice(0, -1), `${printed.slice(0, -1)}U`]) {
      const mistyped = await syncsOf(fake, () => runInExcel((port) => checkWorkbook(port, set, { now: NOW, seal: slip })));
      expect(mistyped.syncs).toBe(0);
      const said = checkedNotice(mistyped.value, vi);
      expect(said).toEqual({ intent: 'warning', text: expect.stringContaining(`Mã niêm phong «${slip}» gõ chưa đúng dạng`) });
      expect(said.text).not.toMatch(/không khớp|đã bị thay/);
    }

    // Thôn 2 changes a figure and the result is closed again: the first paper's code names the closing it belongs to.
    fake.state.sheets.find((s) => s.name === 'Thôn 2')!.cells.get('9:5')!.value = 10;
    const again = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', reason: 'Thôn 2 sửa số liệu', acceptOpen: true }));
    expect(again.outcome.kind).toBe('closed');
    const earlier = checkedNotice(await runInExcel((port) => checkWorkbook(port, set, { now: NOW, seal: printed })), vi);
    expect(earlier.intent).toBe('error');
    expect(earlier.items?.map((i) => i.text)).toEqual([expect.stringMatching(new RegExp(`^Mã niêm phong ${printed} là của lần chốt 1 .*: không phải kết quả trên giấy ấy\\.$`))]);

    // A forger edits Thôn 3, wipes the closings and closes afresh: the workbook matches its own new seal, not the paper.
    fake.state.sheets.find((s) => s.name === 'Thôn 3')!.cells.get('9:5')!.value = 10;
    await runInExcel((port) => port.writeStore(CLOSED_ROUNDS_KEY, []));
    fake.state.sheets = fake.state.sheets.filter((s) => s.name !== CLOSING_SHEET);
    const forged = await runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true }));
    expect(forged.outcome.kind).toBe('closed');
    expect((await runInExcel((port) => checkWorkbook(port, set, { now: NOW }))).changes).toEqual([]);
    const refused = checkedNotice(await runInExcel((port) => checkWorkbook(port, set, { now: NOW, seal: printed })), vi);
    expect(refused.intent).toBe('error');
    expect(refused.text).toBe('Sổ tính khớp lần chốt của chính nó (lần 1, 24/11/2025 09:30, Lò Văn Thành) nhưng không khớp biên bản đã ký:');
    expect(refused.items?.[0]?.text).toMatch(new RegExp(`^Mã niêm phong trên giấy \\(${printed}\\) không khớp thư mục .*sửa rồi tính lại niêm phong\\.$`));
  });
});
