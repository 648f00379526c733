import { describe, expect, it } from 'vitest';
import { readReport } from '../../core/report/read.js';
import type { CellValue } from '../../core/cell.js';
import { changedAfterScoringFlag, changedCells, fingerprintReport, SheetFingerprint } from '../../core/workbook/fingerprint.js';
import { reportRows } from '../../scripts/harness/addin-fixtures.js';

function report(rows: CellValue[][], formats?: string[][]) {
  const read = readReport({ name: 'Thôn Đồng', values: rows, ...(formats ? { formats } : {}) });
  if (!read.ok) throw new Error(read.error.message);
  return read.report;
}

function fp(rows: CellValue[][], formats?: string[][]) {
  return fingerprintReport(report(rows, formats), 'Thôn Đồng', '2025-11-20T09:00:00.000Z');
}

describe('fingerprint of a report sheet', () => {
  const rows = reportRows('Thôn Đồng', 'Thôn', 5) as CellValue[][];

  it('is stable, valid against its schema, and covers the typed cells', () => {
    const a = fp(rows);
    expect(SheetFingerprint.parse(a)).toEqual(a);
    expect(fp(rows.map((r) => [...r]))).toEqual(a);
    expect(Object.keys(a.cells)).toEqual(expect.arrayContaining(['C2', 'B9', 'E9', 'F9', 'H9']));
  });

  it('names the cells edited after scoring, and ignores cells outside the report', () => {
    const edited = rows.map((r) => [...r]);
    edited[8]![4] = 95; // E9: numerator
    edited[10]![7] = 9; // H11: self-score
    edited[0]![0] = 'Tiêu đề khác'; // title, not an input
    expect(changedCells(fp(rows), fp(edited))).toEqual(['E9', 'H11']);
    const flag = changedAfterScoringFlag(fp(rows), report(edited))!;
    expect(flag).toMatchObject({ code: 'changed-after-scoring', sheet: 'Thôn Đồng', cell: 'E9', severity: 'warning' });
    expect(flag.message).toBe('Đã sửa sau khi chấm (chấm lúc 2025-11-20 09:00): ô E9, H11.');
  });

  it('sees a changed figure and an added row, not the same figure written another way', () => {
    const edited = rows.map((r) => [...r]);
    edited[8]![4] = String(edited[8]![4]); // the same number, now as text: the same figure
    edited[9]![4] = 7;
    edited.push([6, 'T6', 'Tiêu chí 6', '90%', null, null, null, 10, null]);
    // The new row's every table cell is new, typed or blank.
    expect(changedCells(fp(rows), fp(edited))).toEqual(['E10', 'B14', 'D14', 'E14', 'F14', 'G14', 'H14', 'I14']);
  });

  it('agrees on a date whether the page wrote a Date or Excel a serial with a date format', () => {
    const withDate = rows.map((r) => [...r]);
    const withSerial = rows.map((r) => [...r]);
    withDate[4]![2] = new Date(Date.UTC(2025, 10, 3));
    withSerial[4]![2] = 45964; // 03/11/2025
    const formats = withSerial.map((r, i) => r.map((_, j) => (i === 4 && j === 2 ? 'dd/mm/yyyy' : 'General')));
    expect(changedCells(fp(withDate), fp(withSerial, formats))).toEqual([]);
  });

  it('reads fingerprints made before values were normalised the way they were made', () => {
    const old = fingerprintReport(report(rows), 'Thôn Đồng', '2025-11-20T09:00:00.000Z', 'raw');
    expect(SheetFingerprint.parse({ ...old, scheme: undefined }).scheme).toBe('raw');
    expect(changedAfterScoringFlag(old, report(rows))).toBeUndefined();
  });

  it('returns no flag when nothing changed', () => {
    expect(changedAfterScoringFlag(fp(rows), report(rows))).toBeUndefined();
  });
});
