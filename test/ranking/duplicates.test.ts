import { describe, expect, it } from 'vitest';
import { markDuplicates } from '../../core/ranking/duplicates.js';
import { notSubmitted } from '../../core/ranking/not-submitted.js';
import { score } from '../../core/checks/run.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'A', measure: 'yes_no', rule: { kind: 'yes_no' } }), criterion({ code: 'B', measure: 'percent', rule: { kind: 'ratio' } })] });
const report = (sheet: string, file: string, name: string, submittedAt: string | null, rows: [string, string?][] = [['A', 'Có'], ['B', '80%']]) =>
  score(set, makeReport({ sheet, file, unitName: name, unitKind: 'Thôn', ...(submittedAt ? { submittedAt } : {}), rows }));

describe('markDuplicates', () => {
  it('flags every report of a unit reported twice (case, spaces and diacritics aside) and ranks the later Ngày nộp', () => {
    const first = report('Báo cáo', 'ban-x.xlsx', 'Thôn Nà Sáy', '01/11/2025');
    const second = report('Báo cáo', 'ban-x (1).xlsx', '  thon na  say ', '03/11/2025');
    const other = report('Báo cáo', 'ban-y.xlsx', 'Thôn Pú Xi', '02/11/2025');
    const { cards, ranked, groups } = markDuplicates([first, second, other]);
    expect(ranked.map((c) => c.file)).toEqual(['ban-x (1).xlsx', 'ban-y.xlsx']);
    expect(groups.map((g) => [g.kept.file, g.dropped.map((d) => d.file), g.why])).toEqual([['ban-x (1).xlsx', ['ban-x.xlsx'], 'Ngày nộp muộn hơn (03/11/2025)']]);
    const flagged = cards.filter((c) => c.flags.some((f) => f.code === 'duplicate-report'));
    expect(flagged.map((c) => c.file)).toEqual(['ban-x.xlsx', 'ban-x (1).xlsx']);
    expect(flagged[0]!.flags[0]!.message).toBe(
      'Đơn vị «thon na  say» có 2 báo cáo (tệp ban-x.xlsx, trang «Báo cáo»; tệp ban-x (1).xlsx, trang «Báo cáo»): chỉ xếp hạng bản ở tệp ban-x (1).xlsx, trang «Báo cáo» — Ngày nộp muộn hơn (03/11/2025).',
    );
  });

  it('falls back to the file saved last, then to the first read', () => {
    const a = report('Báo cáo', 'a.xlsx', 'Thôn A', null);
    const b = report('Báo cáo', 'b.xlsx', 'Thôn A', null);
    expect(markDuplicates([a, b], (c) => (c.file === 'a.xlsx' ? 2000 : 1000)).ranked.map((c) => c.file)).toEqual(['a.xlsx']);
    expect(markDuplicates([a, b]).groups[0]!.why).toContain('lấy bản đọc trước');
  });

  it('leaves different units alone', () => {
    const { cards, groups } = markDuplicates([report('S1', 'a.xlsx', 'Thôn A', null), report('S2', 'a.xlsx', 'Thôn B', null)]);
    expect(groups).toEqual([]);
    expect(cards.flatMap((c) => c.flags).filter((f) => f.code === 'duplicate-report')).toEqual([]);
  });
});

describe('notSubmitted', () => {
  it('is a blank template, not a unit with some figures missing', () => {
    expect(notSubmitted(report('S', 'a.xlsx', 'Thôn A', null, [['A'], ['B']]))).toBe(true);
    expect(notSubmitted(report('S', 'a.xlsx', 'Thôn A', null, [['A', 'Có'], ['B']]))).toBe(false);
  });
});
