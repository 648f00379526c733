// The council types the example commune's tong-hop.xlsx with openpyxl, and `thidua score` runs again and again: the
// meeting's date and names come back as typed (a date «5/11/2026», a date cell, names one a line after «- »), not
// rewritten as thidua words them; a row typed for a unit and form that is no nominee, with nothing else, is kept word
// for word under the tables and said at its cells, not dropped; a «Rà soát» row naming a flag that is gone, with only
// who and when, is kept under «Quyết định không còn cảnh báo».
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASIDES_TITLE } from '../../core/workbook/plan-votes.js';
import { ORPHANS_TITLE } from '../../core/workbook/plan-review.js';
import { runInProcess, type Run } from '../cli/helpers.js';
import { scoredCommune } from './example-commune.js';
import { openpyxl } from './typed-in-parts.js';

let dir: string;
const summary = () => join(dir, 'kq', 'tong-hop.xlsx');
const score = () => runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);

const PRESENT = '- Lò Văn Thành\n- Quàng Văn Hải\n- Lò Thị Dung';
const ABSENT = 'Cầm Văn Ơn\nLường Thị Xuân';
const UNLISTED = ['Trường Mầm non Hoa Ban', 'Trường MN Hoa Ban', 'Giấy khen của Chủ tịch UBND xã'];
const GONE = ['Bản Hua Ca', 'Bản Hua Ca', 'Số liệu cũ đã sửa'];

/** As openpyxl reads the file: the meeting's cells, the kept words, the rows of the nominees' table, «Rà soát»'s rows under its orphans' title. */
type Seen = { date: unknown; dateIsDate: boolean; present: unknown; absent: unknown; asides: unknown[][]; units: unknown[]; orphans: unknown[][]; orphanWhy: unknown[]; decided: unknown; dayCells: { decided: DayCell; orphan: DayCell } };
/** «Ngày» as openpyxl finds it: whether a date cell, under which number format. */
type DayCell = [boolean, string];
const seen = (): Seen =>
  JSON.parse(
    openpyxl(
      summary(),
      [
        'import datetime',
        "v = wb['Biểu quyết']",
        `title = next((r[0].row for r in v.iter_rows() if r[0].value == '${ASIDES_TITLE}'), None)`,
        'asides = [] if title is None else [[c.value for c in r[:3]] for r in v.iter_rows(min_row=title + 2) if any(c.value is not None for c in r)]',
        'units = [r[1].value for r in v.iter_rows(min_row=8) if isinstance(r[0].value, int) and (title is None or r[0].row < title)]',
        "s = wb['Rà soát']",
        `top = next((r[0].row for r in s.iter_rows() if r[0].value == '${ORPHANS_TITLE}'), None)`,
        "decidedDay = next(r[10] for r in s.iter_rows(min_row=5) if r[8].value == 'Chấp nhận')",
        'orphanRows = [] if top is None else [r for r in s.iter_rows(min_row=top + 2) if r[1].value]',
        'orphans = [[r[1].value, r[2].value, r[4].value, r[9].value, r[10].value] for r in orphanRows]',
        'orphanWhy = [r[6].value for r in orphanRows]',
        'dayCell = lambda c: [isinstance(c.value, datetime.datetime), c.number_format]',
        'print(json.dumps({"date": v["B3"].value, "dateIsDate": isinstance(v["B3"].value, datetime.datetime), "present": v["B5"].value, "absent": v["D5"].value,',
        '  "asides": asides, "units": units, "orphans": orphans, "orphanWhy": orphanWhy, "decided": decidedDay.value,',
        '  "dayCells": {"decided": dayCell(decidedDay), "orphan": dayCell(orphanRows[0][10]) if orphanRows else None}}, ensure_ascii=False, default=str))',
      ].join('\n'),
    ),
  ) as Seen;

/** Where the officer typed, as openpyxl found the cells; each run after typing, with the file as it left it. */
let typed: { unlisted: string; gone: string };
const runs: { run: Run; seen: Seen }[] = [];
const scoredAgain = async () => {
  const run = await score();
  runs.push({ run, seen: seen() });
};

/** The council's typing on the file first written: the meeting, a row for a unit not proposed, «Rà soát»'s dates and a row of a flag gone. */
const typeAll = () =>
  JSON.parse(
    openpyxl(
      summary(),
      [
        "v = wb['Biểu quyết']",
        // The meeting: a date as the secretary types it, names one a line.
        `v['B3'] = '5/11/2026'; v['B5'] = ${JSON.stringify(PRESENT)}; v['D5'] = ${JSON.stringify(ABSENT)}`,
        // A row for a unit not proposed, under the last nominee: its unit, sheet and form, nothing else.
        'last = [r for r in v.iter_rows(min_row=8) if isinstance(r[0].value, int)][-1][0].row',
        ...UNLISTED.map((t, i) => `v.cell(row=last + 1, column=${i + 2}).value = ${JSON.stringify(t)}`),
        // «Rà soát»: a row under the flags for a flag no report carries now, with only who and when.
        "s = wb['Rà soát']",
        // The first flag accepted, its date as typed.
        "first = next(r for r in s.iter_rows(min_row=5) if r[7].value == 'Lần 1' and r[1].value == 'Bản Phiêng Pi')",
        "first[8].value = 'Chấp nhận'; first[9].value = 'Lò Văn Thành'; first[10].value = '2/11/2026'",
        "end = max(r[0].row for r in s.iter_rows(min_row=5) if r[7].value) + 1",
        ...GONE.map((t, i) => `s.cell(row=end, column=${[2, 3, 5][i]}).value = ${JSON.stringify(t)}`),
        "s.cell(row=end, column=8).value = 'Lần 1'; s.cell(row=end, column=10).value = 'Lò Văn Thành'; s.cell(row=end, column=11).value = '2/11/2026'",
        'print(json.dumps({"unlisted": f"B{last + 1}:D{last + 1}", "gone": f"K{end}"}))',
      ].join('\n'),
    ),
  ) as typeof typed;

beforeAll(async () => {
  // The example commune scored (made once a run), in this file's own copy.
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code).toBe(0);
  typed = typeAll();
  await scoredAgain();
  await scoredAgain();
  // The dates typed again as date cells: the meeting's, and «Rà soát»'s beside the decision and on the row of a flag gone (Excel's own for 2/11/2026 typed: d/m/yyyy).
  openpyxl(
    summary(),
    [
      'import datetime',
      "wb['Biểu quyết']['B3'] = datetime.datetime(2026, 11, 25)",
      "wb['Biểu quyết']['B3'].number_format = 'dd/mm/yyyy'",
      "s = wb['Rà soát']",
      `top = next(r[0].row for r in s.iter_rows() if r[0].value == '${ORPHANS_TITLE}')`,
      "for c in [next(r[10] for r in s.iter_rows(min_row=5) if r[8].value == 'Chấp nhận'), next(r[10] for r in s.iter_rows(min_row=top + 2) if r[1].value)]:",
      '  c.value = datetime.datetime(2026, 11, 3); c.number_format = \'d/m/yyyy\'',
    ].join('\n'),
  );
  await scoredAgain();
}, 300_000);
const nth = (i: number) => ({ get run() { return runs[i]!.run; }, get seen() { return runs[i]!.seen; } });
const [second, third, dateCell] = [nth(0), nth(1), nth(2)];

describe('the meeting’s fields on «Biểu quyết» as the council typed them, through runs of thidua score', () => {
  it('writes the date and the names back as typed, run after run, and reads them as before', () => {
    expect(second.run.code, second.run.stderr).toBe(0);
    for (const s of [second.seen, third.seen]) expect([s.date, s.present, s.absent]).toEqual(['5/11/2026', PRESENT, ABSENT]);
    expect(third.run.stderr).not.toContain('ngày họp');
  });

  it('keeps a date cell a date cell', () => {
    expect(dateCell.run.code, dateCell.run.stderr).toBe(0);
    expect(dateCell.seen.dateIsDate).toBe(true);
    expect(String(dateCell.seen.date)).toMatch(/^2026-11-25/);
    expect(dateCell.seen.present).toBe(PRESENT);
  });
});

describe('a row typed on «Biểu quyết» for a unit and form that is no nominee, nothing else on it', () => {
  const text = UNLISTED.join(' | ');
  it('is said at its cells and kept word for word under the tables, not dropped', () => {
    expect(second.run.stderr).toContain(`Trang «Biểu quyết», ô ${typed.unlisted}: dòng «${text}» không có trong danh sách đề nghị của lần chấm này, chưa ghi số biểu quyết hay ghi chú: chép nguyên văn xuống bảng «${ASIDES_TITLE}» cuối trang để không mất, không tính là biểu quyết`);
    expect(second.run.stderr).toContain(`1 dòng Hội đồng ghi ngoài bảng biểu quyết: giữ nguyên văn ở bảng «${ASIDES_TITLE}»`);
    expect(second.seen.asides).toEqual([[1, text, typed.unlisted]]);
    expect(second.seen.units).not.toContain(UNLISTED[0]);
  });

  it('is read back as kept: not said again, not copied twice', () => {
    expect(third.run.stderr).not.toContain(`dòng «${text}»`);
    expect(third.run.stderr).toContain('1 dòng Hội đồng ghi ngoài bảng biểu quyết');
    expect(third.seen.asides).toEqual(second.seen.asides);
  });
});

describe('a date typed in «Rà soát»', () => {
  it('is written back as typed beside the decision it dates, which applies', () => {
    expect(second.run.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng');
    for (const s of [second.seen, third.seen]) expect(s.decided).toBe('2/11/2026');
  });
});

describe('«Rà soát»’s «Ngày» typed as a date cell', () => {
  it('comes back a date cell under its number format, beside the decision that applies and on the row of a flag gone', () => {
    expect(dateCell.run.code, dateCell.run.stderr).toBe(0);
    expect(dateCell.run.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng');
    expect(String(dateCell.seen.decided)).toMatch(/^2026-11-03/);
    expect(dateCell.seen.dayCells).toEqual({ decided: [true, 'd/m/yyyy'], orphan: [true, 'd/m/yyyy'] });
    expect(dateCell.seen.orphans[0]!.slice(0, 4)).toEqual([GONE[0], GONE[1], GONE[2], 'Lò Văn Thành']);
  });
});

describe('a «Rà soát» row naming a flag gone, with only who and when', () => {
  it('is kept under «Quyết định không còn cảnh báo» run after run, its date as typed, and said', () => {
    for (const s of [second.seen, third.seen]) expect(s.orphans).toEqual([[GONE[0], GONE[1], GONE[2], 'Lò Văn Thành', '2/11/2026']]);
    expect(second.run.stderr).toContain('1 cảnh báo Hội đồng đã ghi ý kiến, người rà soát hoặc ngày nhưng chưa ghi quyết định: giữ nguyên trong «Rà soát», tính là chưa quyết định.');
  });
});

describe('a nominee’s row thidua wrote, its unit proposed no longer', () => {
  it('goes with the nominee, as before: it is thidua’s, not the council’s', async () => {
    expect(third.seen.units).toContain('Bản Hua Ca');
    // Bản Hua Ca's report taken out of the folder: no longer scored, no longer a nominee.
    await rm(join(dir, 'bao-cao', 'ban-hua-ca.xlsx'));
    await scoredAgain();
    const after = runs.at(-1)!;
    expect(after.run.code, after.run.stderr).toBe(0);
    expect(after.seen.units).not.toContain('Bản Hua Ca');
    expect(after.run.stderr).not.toContain('không có trong danh sách đề nghị');
    expect(after.seen.asides).toEqual(third.seen.asides);
  });
});

describe('a decision the council took on a flag that is gone since', () => {
  it('is said at its flag’s cell with what it decided — its unit’s report taken out of the folder —, and kept a row of its own with its date cell', async () => {
    // Bản Phiêng Pi's report, whose first flag the council accepted (its date a date cell), taken out of the folder.
    await rm(join(dir, 'bao-cao', 'ban-phieng-pi.xlsx'));
    await scoredAgain();
    const after = runs.at(-1)!;
    expect(after.run.code, after.run.stderr).toBe(0);
    expect(after.run.stderr).toContain('quyết định không còn cảnh báo, vẫn giữ trong «Rà soát»:');
    expect(after.run.stderr).toContain(
      `  - Trang «Bản Phiêng Pi», ô C10 (Bản Phiêng Pi): quyết định «Chấp nhận», Lò Văn Thành, 03/11/2026 về cảnh báo «Báo cáo lập theo bộ tiêu chí khác» — lần chấm này không có báo cáo của đơn vị này: không áp, vẫn giữ ở bảng «${ORPHANS_TITLE}» cuối trang «Rà soát».`,
    );
    // «Nội dung» of its row says the same (and of the row typed for Bản Hua Ca, whose report went before): the unit has
    // no report in the run, not a flag its report no longer raises.
    expect(after.seen.orphanWhy).toEqual(['(lần chấm này không có báo cáo của đơn vị)', '(lần chấm này không có báo cáo của đơn vị)']);
    expect(after.seen.orphans.map((r) => r.slice(0, 4))).toEqual([
      ['Bản Phiêng Pi', 'Bản Phiêng Pi', 'Báo cáo lập theo bộ tiêu chí khác', 'Lò Văn Thành'],
      [GONE[0], GONE[1], GONE[2], 'Lò Văn Thành'],
    ]);
    expect(after.seen.dayCells.orphan).toEqual([true, 'd/m/yyyy']);
  });
});
