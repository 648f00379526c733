// A fallback row's meeting day on the command line (the example commune, in process, the clock set per step): scored on
// 18/11/2026; the council meets on 20/11 and types it on «Biểu quyết» by openpyxl — the Fatherland Front 9/8/4 for the
// province's Bằng khen, every other nominee 9/8/7; scored again on 25/11, «Biểu quyết» gives the Front a row for the
// Giấy khen it still reaches (fallback-vote.ts), and the council types 9/8/6 on it, voted in the same meeting of 20/11.
// Before, that row's first listed day was 25/11 and `close` and `papers` said «cuộc họp biểu quyết ghi ngày 20/11/2026,
// trước ngày thidua lần đầu ghi vào danh sách biểu quyết 1 trường hợp …»: a false alarm. The row follows from the failed
// vote, so its first day is that vote's meeting day: nothing said; said, naming the row, when the meeting is typed earlier.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleCommune } from '../council/example-commune.js';
import { typeDecisions } from '../council/council-meeting.js';
import { runOk } from './helpers.js';

afterEach(() => vi.useRealTimers());
const on = (day: string) => vi.setSystemTime(new Date(`${day}T09:00:00+07:00`));
const FRONT = 'Ủy ban MTTQ Việt Nam xã Ta Ma';
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';
const BEFORE_LISTING = 'trước ngày thidua lần đầu ghi vào danh sách biểu quyết';

/** The meeting's day in B3 (argv[2]); each nominee's row its counts by unit and form (argv[3], a JSON map), untouched when absent. */
const TYPE = `
import openpyxl, sys, json
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Biểu quyết']
ws['B3'] = sys.argv[2]; ws['B4'] = 'Lò Văn Thành'; ws['D4'] = 'Quàng Văn Hải'
counts = json.loads(sys.argv[3])
for r in range(8, ws.max_row + 1):
    unit, form = ws.cell(r, 2).value, ws.cell(r, 4).value
    if not unit or not form: continue
    t = counts.get(unit + '|' + form, counts.get('*'))
    if t: [ws.cell(r, 5 + i).__setattr__('value', v) for i, v in enumerate(t)]
wb.save(sys.argv[1])
`;
const type = (file: string, day: string, counts: Record<string, number[]>) => execFileSync('/usr/bin/python3', ['-c', TYPE, file, day, JSON.stringify(counts)]);

describe('a fallback row voted in the meeting that failed the unit’s first form', () => {
  it('is no meeting before its list; a meeting typed before the failed vote’s is said, naming the row and that meeting’s day', async () => {
    const dir = await exampleCommune();
    const thidua = (...args: string[]) => runOk(args, dir);
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    vi.useFakeTimers({ toFake: ['Date'] });
    on('2026-11-18');
    await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
    await typeDecisions(summary, () => 'Chấp nhận');
    type(summary, '20/11/2026', { '*': [9, 8, 7], [`${FRONT}|Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm)`]: [9, 8, 4] });
    on('2026-11-25');
    await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
    type(summary, '20/11/2026', { [`${FRONT}|${GIAY_KHEN}`]: [9, 8, 6] });
    const closed = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    const papers = await thidua('papers', 'kq', '--out', 'ho-so');
    expect(closed.stderr).not.toContain(BEFORE_LISTING);
    expect(papers.stderr).not.toContain(BEFORE_LISTING);

    type(summary, '19/11/2026', {});
    const again = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--reason', 'Sửa ngày họp', '--accept-open');
    const retyped = await thidua('papers', 'kq', '--out', 'ho-so-2');
    for (const run of [again, retyped]) {
      expect(run.stderr).toContain(
        `Lưu ý: Tệp kq/tong-hop.xlsx, trang «Biểu quyết», ô B3 («Ngày họp»): cuộc họp biểu quyết ghi ngày 19/11/2026, ${BEFORE_LISTING} 1 trường hợp đã biểu quyết (${FRONT} (${GIAY_KHEN}): ngày 20/11/2026)`,
      );
    }
  }, 300_000);
});

// Made for: the Front's Giấy khen voted 9/8/6 in the meeting of 20/11 that failed its Bằng khen, said as held before its list.
