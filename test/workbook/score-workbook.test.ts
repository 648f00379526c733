import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { flagTitle } from '../../core/checks/titles.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import type { WorkbookEdit, WorkbookPort } from '../../core/sheet/port.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { FIRST_ROW, GOOD_HAMLET_POINTS, GOOD_HAMLET_TOTAL, goodHamlet, reportWorkbook } from '../cli/helpers.js';

const SET = findBuiltin('ta-ma-2025')!;

/** The ExcelJS port, counting the calls scoring makes through it. */
function counted(port: ExcelJsWorkbook) {
  const calls = { listSheets: 0, readSheets: 0, apply: 0 };
  const wrapped: WorkbookPort = {
    listSheets: () => (calls.listSheets++, port.listSheets()),
    readSheets: (names) => (calls.readSheets++, port.readSheets(names)),
    apply: (edit: WorkbookEdit) => (calls.apply++, port.apply(edit)),
    readStore: (key) => port.readStore(key),
    writeStore: (key, value) => port.writeStore(key, value),
  };
  return { calls, port: wrapped };
}

async function workbook(): Promise<ExcelJsWorkbook> {
  const wb = reportWorkbook([goodHamlet('Bản Nà Sáy', 'Bản Nà Sáy'), { ...goodHamlet('Bản Pú Xi', 'Bản Pú Xi'), submitted: '10/11/2025' }]);
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'Danh sách đơn vị nộp muộn: gọi điện nhắc.';
  return ExcelJsWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('scoreWorkbook', () => {
  it('never replaces an officer’s own «Tổng hợp» or «Rà soát»: writes «Tổng hợp (2)» beside it, and its own again next time', async () => {
    const wb = reportWorkbook([goodHamlet('Bản Nà Sáy', 'Bản Nà Sáy')]);
    wb.addWorksheet('Tổng hợp').getCell('A1').value = 'Bảng tổng hợp cán bộ tự làm';
    wb.addWorksheet('Rà soát').getCell('A1').value = 'Ghi chép của Hội đồng';
    const book = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
    const first = await scoreWorkbook(book, SET, { date: '2025-11-27' });
    expect([first.summarySheet, first.councilSheets.review]).toEqual(['Tổng hợp (2)', 'Rà soát (2)']);
    const [mine, council] = await book.readSheets(['Tổng hợp', 'Rà soát']);
    expect(mine!.values).toEqual([['Bảng tổng hợp cán bộ tự làm']]);
    expect(council!.values).toEqual([['Ghi chép của Hội đồng']]);
    const again = await scoreWorkbook(book, SET, { date: '2025-11-28' });
    expect([again.summarySheet, again.councilSheets.review]).toEqual(['Tổng hợp (2)', 'Rà soát (2)']);
    expect(await book.listSheets()).toEqual(['Bản Nà Sáy', 'Tổng hợp', 'Rà soát', 'Tổng hợp (2)', 'Đề xuất khen thưởng', 'Rà soát (2)', 'Xét khen thưởng']);
  });

  it('reads once, writes once: every report scored, `Tổng hợp` and `Rà soát` added, other sheets skipped', async () => {
    const book = await workbook();
    const { calls, port } = counted(book);
    const result = await scoreWorkbook(port, SET, { date: '2025-11-27' });
    expect(calls).toEqual({ listSheets: 1, readSheets: 1, apply: 1 });
    expect(result.errors).toEqual([]);
    expect(result.cards.map((c) => [c.unitName, c.total])).toEqual([
      ['Bản Nà Sáy', GOOD_HAMLET_TOTAL],
      ['Bản Pú Xi', GOOD_HAMLET_TOTAL],
    ]);
    // Same score: the earlier submission ranks first (the set's tie-break).
    expect(result.ranking[0]!.entries.map((e) => e.unitName)).toEqual(['Bản Nà Sáy', 'Bản Pú Xi']);
    expect(await book.listSheets()).toEqual(['Bản Nà Sáy', 'Bản Pú Xi', 'Ghi chú', 'Tổng hợp', 'Đề xuất khen thưởng', 'Rà soát', 'Xét khen thưởng']);
    const [notes] = await book.readSheets(['Ghi chú']);
    expect(notes!.values).toEqual([['Danh sách đơn vị nộp muộn: gọi điện nhắc.']]);
  });

  it('re-scoring writes its columns at the same place, reads only what the unit typed, and keeps council decisions', async () => {
    const book = await workbook();
    await scoreWorkbook(book, SET, { date: '2025-11-27' });
    const [first] = await book.readSheets(['Bản Pú Xi']);

    const decisions = [
      { sheet: 'Bản Pú Xi', unitName: 'Bản Pú Xi', flagCode: 'late-submission', cell: 'B4', decision: 'accept' as const, reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: 'Có lý do chính đáng' },
    ];
    const again = await scoreWorkbook(book, SET, { date: '2025-11-28', decisions });
    const [second] = await book.readSheets(['Bản Pú Xi']);
    expect(again.cards.find((c) => c.unitName === 'Bản Pú Xi')!.total).toBe(GOOD_HAMLET_TOTAL);
    expect(second!.values[0]!.length).toBe(first!.values[0]!.length); // no columns added on the right
    expect(second!.values[6]!.slice(9, 12)).toEqual(['Điểm thẩm định', 'Điểm tối đa', 'Cảnh báo']);
    const points = Object.fromEntries(second!.values.slice(FIRST_ROW - 1, FIRST_ROW + 8).map((r) => [r[0], r[9]]));
    expect(points).toEqual(GOOD_HAMLET_POINTS);

    const [review] = await book.readSheets(['Rà soát']);
    const late = review!.values.find((r) => r[4] === flagTitle('late-submission'))!;
    expect(late.slice(1, 4)).toEqual(['Bản Pú Xi', 'Bản Pú Xi', 'B4']);
    expect(late.slice(8)).toEqual(['Chấp nhận', 'Lò Văn Minh', '20/11/2025', 'Có lý do chính đáng']);
    expect(await book.listSheets()).toEqual(['Bản Nà Sáy', 'Bản Pú Xi', 'Ghi chú', 'Tổng hợp', 'Đề xuất khen thưởng', 'Rà soát', 'Xét khen thưởng']);
  });

  it('reads and writes back the council’s «Rà soát» renamed in the workbook, and scores nothing while a copy of it claims the same', async () => {
    const book = await workbook();
    await scoreWorkbook(book, SET, { date: '2025-11-27' });
    // The council renames the review, types a decision in it (as the pane's workbook keeps it), and saves.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Rà soát')!;
    ws.name = 'Rà soát HĐ 26-11';
    ws.eachRow((row) => {
      if (row.getCell(5).text === flagTitle('late-submission') && row.getCell(2).text === 'Bản Pú Xi') row.getCell(9).value = 'Chấp nhận';
    });
    const renamed = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()));
    const again = await scoreWorkbook(renamed, SET, { date: '2025-11-28' });
    expect(again.councilSheets.review).toBe('Rà soát HĐ 26-11');
    expect(again.decisions.map((d) => [d.unitName, d.flagCode, d.decision])).toEqual([['Bản Pú Xi', 'late-submission', 'accept']]);
    expect(await renamed.listSheets()).not.toContain('Rà soát');
    const [review] = await renamed.readSheets(['Rà soát HĐ 26-11']);
    expect(review!.values.find((r) => r[4] === flagTitle('late-submission'))![8]).toBe('Chấp nhận');

    // A copy of it in the same workbook: two sheets claim the review; nothing is scored or written.
    const copied = new ExcelJS.Workbook();
    await copied.xlsx.load((await renamed.toBuffer()) as unknown as ArrayBuffer);
    const copy = copied.addWorksheet('Rà soát HĐ (bản chép)');
    copied.getWorksheet('Rà soát HĐ 26-11')!.eachRow((row, n) => row.eachCell((cell, c) => (copy.getCell(n, c).value = cell.value)));
    const twice = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await copied.xlsx.writeBuffer()));
    const names = await twice.listSheets();
    await expect(scoreWorkbook(twice, SET, { date: '2025-11-29' })).rejects.toThrow('Các trang «Rà soát HĐ 26-11» và «Rà soát HĐ (bản chép)» đều là trang «Rà soát» của Hội đồng');
    expect(await twice.listSheets()).toEqual(names);
  });

  it('adds flags found outside scoring to their sheet: flag column, `Rà soát`, the card; returns the reports as typed', async () => {
    const book = await workbook();
    await scoreWorkbook(book, SET, { date: '2025-11-27' });
    const edited = { code: 'changed-after-scoring', severity: 'warning' as const, sheet: 'Bản Nà Sáy', cell: `E${FIRST_ROW}`, message: `Đã sửa sau khi chấm: ô E${FIRST_ROW}.` };
    const again = await scoreWorkbook(book, SET, { date: '2025-11-28', extraFlags: [edited] });

    expect(again.reports.map((r) => r.sheet)).toEqual(['Bản Nà Sáy', 'Bản Pú Xi']);
    expect(again.reports[0]!.lastColumn).toBe(8); // H: the unit's last column, as on the first run (I blank, J… scoring's)
    expect(again.cards[0]!.flags[0]).toEqual(edited);
    expect(again.cards[1]!.flags.map((f) => f.code)).not.toContain('changed-after-scoring');
    const [sheet, review] = await book.readSheets(['Bản Nà Sáy', 'Rà soát']);
    expect(sheet!.values[FIRST_ROW - 1]![11]).toContain(`[Đã sửa sau khi chấm] Đã sửa sau khi chấm: ô E${FIRST_ROW}.`);
    expect(review!.values.find((r) => r[4] === flagTitle('changed-after-scoring'))!.slice(1, 4)).toEqual(['Bản Nà Sáy', 'Bản Nà Sáy', `E${FIRST_ROW}`]);
  });
});
