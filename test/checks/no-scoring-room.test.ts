import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { SCORING_COLUMNS } from '../../core/report/schema.js';
import { planScoredSheet, SCORED_HEADERS } from '../../core/workbook/plan-scored-sheet.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'A', measure: 'yes_no', rule: { kind: 'yes_no' } })] });
const report = (lastColumn: number) => ({ ...makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['A', 'Có']] }), lastColumn });

describe('no-scoring-room', () => {
  it('is the room scoring takes: one blank column and its own', () => {
    expect(SCORING_COLUMNS).toBe(SCORED_HEADERS.length + 1);
  });

  it('flags a sheet used to XFD, by its last column, and the copy writes nothing over it (the flagged cells keep their notes)', () => {
    expect(flagsOf('no-scoring-room', set, report(16_384)).map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'Trang «Báo cáo» có dữ liệu hoặc công thức đến cột XFD: không còn 5 cột trống bên phải để ghi cột chấm điểm, nên bản chấm không ghi vào trang này (điểm vẫn có ở Tổng hợp); hãy xoá các ô thừa bên phải bảng rồi chấm lại'],
    ]);
    const edit = planScoredSheet(report(16_384), score(set, report(16_384)));
    expect(edit.blocks).toEqual([]);
    expect(edit.columnWidths ?? []).toEqual([]);
    expect(edit.print).toBeUndefined();
  });

  it('leaves a sheet whose scoring columns end at XFD, and one of ordinary width, unflagged', () => {
    expect(flagsOf('no-scoring-room', set, report(16_384 - 5))).toEqual([]);
    const edit = planScoredSheet(report(16_384 - 5), score(set, report(16_384 - 5)));
    expect(edit.blocks[0]?.address).toMatch(/^XFA\d+$/);
    expect(flagsOf('no-scoring-room', set, report(8))).toEqual([]);
  });
});
