// A fallback row's meeting day on both faces, on the same workbook (examples/xa-ta-ma-2025.xlsx, its own «Tiêu chí»):
// scored on 18/11/2026 by `thidua score` into kq/ and by the task pane on the Office.js fake; the council meets on
// 20/11 and types on «Biểu quyết» — the Fatherland Front 9/8/4 for the province's Bằng khen, Công an xã «Không đề
// nghị» (no count) on its Giấy khen, every other nominee 9/8/7 —; scored again on 25/11, «Biểu quyết» gives the Front a
// row for the Giấy khen it still reaches (fallback-vote.ts), the council types 9/8/6 on it, voted in the same meeting,
// and closes; then retypes the meeting 19/11/2026 and closes again. `close` said the meeting of 19/11 was before the
// Front's Giấy khen row was listed (20/11, the failed vote's meeting); the pane said nothing: its run listed the
// fallback row without the vote it follows from, so no first day was kept for it. Both faces now keep 20/11 and say
// the same sentence at B3; and both seal Công an xã's row as declined, said alike.
import { execFileSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nomineeKey } from '../../core/council/vote.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { ClosedRound } from '../../core/run/closing.js';
import { isoToExcelSerial } from '../../core/values.js';
import { VOTE_HEADER_ROW, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { closeWorkbook } from '../../excel-addin/actions/closing.js';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { closedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, sheetValues, type FakeOffice } from '../../scripts/harness/office-fake.js';
import { runOk, tempDir, type Run } from '../cli/helpers.js';
import { readSummary } from '../council/council-meeting.js';

const WORKBOOK = join(import.meta.dirname, '..', '..', 'examples', 'xa-ta-ma-2025.xlsx');
const FRONT = 'Ủy ban MTTQ Việt Nam xã Ta Ma';
const POLICE = 'Công an xã Ta Ma';
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';
const BANG_KHEN = 'Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm)';
const BEFORE_LISTING = 'trước ngày thidua lần đầu ghi vào danh sách biểu quyết';
const DECLINED = `${POLICE} được đề nghị ${GIAY_KHEN}, Hội đồng ghi không đề nghị: không có trong danh sách ${GIAY_KHEN} theo quyết định của Hội đồng.`;
const DECLINE = 'Không đề nghị';

/**
 * What the council types on «Biểu quyết»: the meeting's day (dd/mm/yyyy) and, by «unit|form» ('*': every other row),
 * a row's three counts or «Không đề nghị» in «Ghi chú»; rows not named are left as they are.
 */
type Typed = { day: string; rows: Record<string, readonly number[] | typeof DECLINE> };
const MET: Typed = { day: '20/11/2026', rows: { '*': [9, 8, 7], [`${FRONT}|${BANG_KHEN}`]: [9, 8, 4], [`${POLICE}|${GIAY_KHEN}`]: DECLINE } };
const FALLBACK_VOTED: Typed = { day: '20/11/2026', rows: { [`${FRONT}|${GIAY_KHEN}`]: [9, 8, 6] } };
const RETYPED: Typed = { day: '19/11/2026', rows: {} };

/** On tong-hop.xlsx, by openpyxl (the day as text, as the council types it there). */
const TYPE = `
import openpyxl, sys, json
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Biểu quyết']
ws['B3'] = sys.argv[2]; ws['B4'] = 'Lò Văn Thành'; ws['D4'] = 'Quàng Văn Hải'
rows = json.loads(sys.argv[3])
for r in range(${VOTE_HEADER_ROW + 1}, ws.max_row + 1):
    unit, form = ws.cell(r, 2).value, ws.cell(r, 4).value
    if not unit or not form: continue
    t = rows.get(unit + '|' + form, rows.get('*'))
    if t == '${DECLINE}': ws.cell(r, 9).value = t
    elif t: [ws.cell(r, 5 + i).__setattr__('value', v) for i, v in enumerate(t)]
wb.save(sys.argv[1])
`;
const typeOnFile = (file: string, typed: Typed) => execFileSync('/usr/bin/python3', ['-c', TYPE, file, typed.day, JSON.stringify(typed.rows)]);

/** In the pane's workbook, as Excel keeps it: the day a serial under its date format. */
function typeInPane(fake: FakeOffice, typed: Typed) {
  const sheet = fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
  const put = (r: number, c: number, value: string | number, numberFormat = 'General') => sheet.cells.set(`${r}:${c}`, { value, numberFormat, style: {} });
  const [d, m, y] = typed.day.split('/');
  put(3, 2, isoToExcelSerial(`${y}-${m}-${d}`)!, 'dd/mm/yyyy');
  put(4, 2, 'Lò Văn Thành');
  put(4, 4, 'Quàng Văn Hải');
  sheetValues(sheet).forEach((row, i) => {
    const [unit, form] = [row[1], row[3]];
    if (i + 1 <= VOTE_HEADER_ROW || !unit || !form) return;
    const t = typed.rows[`${String(unit)}|${String(form)}`] ?? typed.rows['*'];
    if (t === DECLINE) put(i + 1, 9, t);
    else t?.forEach((v, j) => put(i + 1, 5 + j, v));
  });
}

type Face = { first: readonly string[]; again: readonly string[]; round: ClosedRound };
let cli: Face;
let pane: Face;
let fake: (FakeOffice & { uninstall: () => void }) | undefined;
afterAll(() => fake?.uninstall());

/** The lines a command said where it says its notes (stderr). */
const linesOf = (run: Run) => run.stderr.split('\n');

beforeAll(async () => {
  const dir = await tempDir();
  await copyFile(WORKBOOK, join(dir, 'xa-ta-ma-2025.xlsx'));
  const thidua = (...args: string[]) => runOk(args, dir);
  const summary = join(dir, 'kq', 'tong-hop.xlsx');
  const score = () => thidua('score', 'xa-ta-ma-2025.xlsx', '--criteria', 'xa-ta-ma-2025.xlsx', '--out', 'kq');
  // The command line's clock set per step (in process).
  vi.useFakeTimers({ toFake: ['Date'] });
  const on = (day: string) => vi.setSystemTime(new Date(`${day}T09:00:00+07:00`));
  try {
    on('2026-11-18');
    await score();
    typeOnFile(summary, MET);
    on('2026-11-25');
    await score();
    typeOnFile(summary, FALLBACK_VOTED);
    const first = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    const round = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    typeOnFile(summary, RETYPED);
    const again = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--reason', 'Sửa ngày họp', '--accept-open');
    cli = { first: linesOf(first), again: linesOf(again), round };
  } finally {
    vi.useRealTimers();
  }

  fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(WORKBOOK)), '1.18');
  const loaded = await runInExcel((port) => useCriteriaSheet(port));
  if (!loaded.ok) throw new Error(loaded.reason);
  const set: CriteriaSet = loaded.set;
  const now = (day: string) => new Date(`${day}T09:00:00+07:00`);
  await runInExcel((port) => checkAndScore(port, set, { now: now('2026-11-18') }));
  typeInPane(fake, MET);
  await runInExcel((port) => checkAndScore(port, set, { now: now('2026-11-25') }));
  typeInPane(fake, FALLBACK_VOTED);
  const close = async (reason?: string) => {
    const closing = await runInExcel((port) => closeWorkbook(port, set, { now: now('2026-11-25'), closedBy: 'Lò Văn Thành', acceptOpen: true, ...(reason ? { reason } : {}) }));
    if (closing.outcome.kind !== 'closed') throw new Error(closing.outcome.kind);
    return { round: closing.outcome.round, said: closedNotice(closing.outcome.round, closing.result.councilSheets, translator('vi')).items?.map((i) => i.text) ?? [] };
  };
  const closed = await close();
  typeInPane(fake, RETYPED);
  pane = { first: closed.said, again: (await close('Sửa ngày họp')).said, round: closed.round };
}, 300_000);

/** What a face said of «Ngày họp» on «Biểu quyết», from where it names the cell on. */
const ofMeeting = (lines: readonly string[]) => lines.filter((l) => l.includes(BEFORE_LISTING)).map((l) => l.slice(l.indexOf('ô B3 («Ngày họp»)')));
const fallbackDay = (round: ClosedRound) => {
  const row = round.votes!.votes.find((v) => v.unitName === FRONT && v.form === GIAY_KHEN)!;
  return round.record.listed?.[nomineeKey(row)];
};

describe('a fallback row’s meeting day, on the pane as by `thidua close`', () => {
  it('is the failed vote’s meeting day (20/11) on both faces, kept with the closing', () => {
    expect(fallbackDay(cli.round)).toBe('2026-11-20');
    expect(fallbackDay(pane.round)).toBe('2026-11-20');
  });

  it('voted in that meeting: no meeting before its list, on either face', () => {
    expect(ofMeeting(cli.first)).toEqual([]);
    expect(ofMeeting(pane.first)).toEqual([]);
  });

  it('the meeting retyped 19/11: the same sentence at B3 on both faces, naming the Front’s Giấy khen row', () => {
    const sentence = `ô B3 («Ngày họp»): cuộc họp biểu quyết ghi ngày 19/11/2026, ${BEFORE_LISTING} 1 trường hợp đã biểu quyết (${FRONT} (${GIAY_KHEN}): ngày 20/11/2026) — Hội đồng không thể đã biểu quyết về trường hợp chưa có trong danh sách. Giấy tờ ghi ngày họp 19/11/2026 như đã ghi; kiểm tra lại ngày họp (không sớm hơn 20/11/2026), sửa ở ô B3 rồi chốt lại.`;
    expect(ofMeeting(cli.again)).toEqual([sentence]);
    expect(ofMeeting(pane.again)).toEqual([sentence]);
  });
});

describe('«Không đề nghị» typed on a proposed nominee’s row (not a fallback row), on the pane as by `thidua close`', () => {
  it('is sealed as declined on both faces, nobody left unvoted', () => {
    const police = [{ sheet: POLICE, unitName: POLICE, form: GIAY_KHEN }];
    expect(cli.round.votes?.declined).toEqual(police);
    expect(pane.round.votes?.declined).toEqual(police);
    expect(cli.round.open?.unvoted ?? []).toEqual([]);
    expect(pane.round.open?.unvoted ?? []).toEqual([]);
  });

  it('is said alike where the council closes', () => {
    expect(cli.first).toContain(`Lưu ý: ${DECLINED}`);
    expect(pane.first).toContain(DECLINED);
  });
});

// Made for: the Front's Giấy khen row, voted 9/8/6 in the meeting of 20/11 that failed its Bằng khen, its meeting
// retyped 19/11: said by `thidua close`, unsaid by the pane, which kept no first day for the row.
