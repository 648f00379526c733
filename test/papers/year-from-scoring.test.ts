// A set naming no year of its movement: the papers would print the scoring day's year. Said where the set is read and
// again before the papers are written, never taken silently.
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { describe, expect, it } from 'vitest';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { papersCheck } from '../../core/papers/index.js';
import { closedFixture } from './closed-fixture.js';

const rows = (title: string) => [
  [title, null, null],
  ['STT', 'Nội dung tiêu chí', 'Điểm tối đa'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '60'],
  ['2', 'Số hóa hồ sơ, kết quả', '40'],
];

describe('the year of a yearly round when the set names none', () => {
  it('the reader says at the title that no year was found, and a year found is still taken from the title', () => {
    const read = readCriteriaSheet({ name: 'Bảng 1', values: rows('BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ') }, { fileName: 'bang-diem.xlsx' });
    if (!read.ok) throw new Error('not read');
    expect(read.set.period).toEqual({ from: '', to: '', label: '' });
    expect(read.notices.filter((n) => n.message.includes('không ghi năm nào'))).toEqual([
      { cell: 'A1', message: expect.stringContaining('giấy tờ khen thưởng sẽ ghi năm theo ngày chấm điểm') },
    ]);
    const dated = readCriteriaSheet({ name: 'Bảng 1', values: rows('BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025') }, { fileName: 'bang-diem.xlsx' });
    if (!dated.ok) throw new Error('not read');
    expect(dated.set.period.from).toBe('2025-01-01');
    expect(dated.notices.some((n) => n.message.includes('không ghi năm nào'))).toBe(false);
  });

  it('before the papers, the year they print is said with the scoring day it comes from', () => {
    const closed = closedFixture();
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text).some((w) => w.includes('không ghi kỳ'))).toBe(false);
    closed.record.set.period = { from: '', to: '', label: '' };
    const year = closed.record.scoredOn.slice(0, 4);
    const [d, m] = [closed.record.scoredOn.slice(8, 10), closed.record.scoredOn.slice(5, 7)];
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text)).toContainEqual(expect.stringContaining(`giấy tờ ghi «năm ${year}» theo ngày chấm điểm (${d}/${m}/${year})`));
  });
});
