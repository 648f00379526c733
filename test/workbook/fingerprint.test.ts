import { describe, expect, it } from 'vitest';
import { readReport } from '../../core/report/read.js';
import type { CellValue } from '../../core/report/schema.js';
import { changedAfterScoringFlag, changedCells, fingerprintReport, SheetFingerprint } from '../../core/workbook/fingerprint.js';
import { reportRows } from '../addin/fixtures.js';

function fp(rows: CellValue[][]) {
  const read = readReport({ name: 'Thôn Đồng', values: rows });
  if (!read.ok) throw new Error(read.error.message);
  return fingerprintReport(read.report, 'Thôn Đồng', '2025-11-20T09:00:00.000Z');
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
    const flag = changedAfterScoringFlag(fp(rows), fp(edited))!;
    expect(flag).toMatchObject({ code: 'changed-after-scoring', sheet: 'Thôn Đồng', cell: 'E9', severity: 'warning' });
    expect(flag.message).toBe('Đã sửa sau khi chấm (chấm lúc 2025-11-20 09:00): ô E9, H11.');
  });

  it('sees a number retyped as text and an added row', () => {
    const edited = rows.map((r) => [...r]);
    edited[8]![4] = String(edited[8]![4]);
    edited.push([6, 'T6', 'Tiêu chí 6', '90%', null, null, null, 10, null]);
    // The new row's every table cell is new, typed or blank.
    expect(changedCells(fp(rows), fp(edited))).toEqual(['E9', 'B14', 'D14', 'E14', 'F14', 'G14', 'H14', 'I14']);
  });

  it('returns no flag when nothing changed', () => {
    expect(changedAfterScoringFlag(fp(rows), fp(rows))).toBeUndefined();
  });
});
