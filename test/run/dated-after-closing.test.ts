// A decision or the vote's meeting dated after the closing day is said when closing (an officer's walk: dated 04/12,
// sealed 28/11, the submission then said the result was closed before the meeting that voted it).
import { describe, expect, it } from 'vitest';
import { datedAfterClosing } from '../../core/run/dated-after-closing.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { closedFixture } from '../papers/closed-fixture.js';

describe('dates after the closing day', () => {
  it('names the decisions and the meeting dated after it, and nothing for a round dated before it', () => {
    const closed = closedFixture();
    expect(datedAfterClosing(closed, COUNCIL_SHEET_NAMES)).toEqual([]);
    closed.closedAt = '2026-11-18T09:00';
    const said = datedAfterClosing(closed, COUNCIL_SHEET_NAMES);
    const lines = said.map((l) => l.text);
    expect(lines).toHaveLength(2);
    // The meeting's line at its date's cell; the decisions' names several cells, of no one place.
    expect(said.map(({ sheet, cell }) => [sheet, cell])).toEqual([[undefined, undefined], ['Biểu quyết', 'B3']]);
    expect(lines[0]).toMatch(/^\d+ quyết định ở trang «Rà soát» ghi ngày sau ngày chốt 18\/11\/2026 \(Bản Phiêng Pi: «Báo cáo lập theo bộ tiêu chí khác», ô C10, ngày 20\/11\/2026; .*; và \d+ quyết định khác\): kiểm tra lại ngày đã ghi, hoặc chốt lại sau ngày ấy\.$/);
    expect(lines[1]).toBe('Cuộc họp biểu quyết ở trang «Biểu quyết», ô B3 («Ngày họp») ghi ngày 20/11/2026, sau ngày chốt 18/11/2026: giấy tờ sẽ ghi kết quả được chốt trước cuộc họp đã biểu quyết; kiểm tra lại ngày họp, hoặc chốt lại sau cuộc họp.');
    // The date read from a cell the council moved, in a file the face names: both said.
    closed.votes!.meeting.dateCell = 'B5';
    expect(datedAfterClosing(closed, { ...COUNCIL_SHEET_NAMES, file: 'kq/tong-hop.xlsx' })[1]!.text).toMatch(/^Cuộc họp biểu quyết ở tệp kq\/tong-hop\.xlsx, trang «Biểu quyết», ô B5 \(«Ngày họp»\) ghi ngày 20\/11\/2026/);
  });
});
