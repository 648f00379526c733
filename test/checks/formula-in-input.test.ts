import { describe, expect, it } from 'vitest';
import { readReport } from '../../core/report/read.js';
import type { CellValue } from '../../core/cell.js';
import { score } from '../../core/checks/run.js';
import { criterion, makeSet } from '../helpers/make-report.js';

const set = makeSet({ criteria: [criterion({ code: 'A', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 100 } })] });

/** A report whose Kết quả (C3) holds `cached`, written by the formula `formula`. */
function scored(cached: CellValue, formula: string) {
  const read = readReport({
    name: 'Thôn A',
    values: [
      ['Tên đơn vị:', 'Thôn A'],
      ['Mã tiêu chí', 'Tiêu chí', 'Kết quả', 'Điểm tự chấm'],
      ['A', 'Tiêu chí A', cached, 10],
    ],
    formulas: { C3: formula },
  });
  if (!read.ok) throw new Error(read.error.message);
  return score(set, read.report);
}

describe('formula-in-input', () => {
  it('says a figure the unit should type is a formula, and scores its cached result', () => {
    const card = scored(0.5, 'B9/B10');
    expect(card.flags.filter((f) => f.code === 'formula-in-input').map((f) => f.message)).toEqual(['Ô C3: là công thức =B9/B10, không phải số liệu nhập tay (tiêu chí «Tiêu chí A»)']);
    expect(card.criteria[0]).toMatchObject({ status: 'scored', value: 50 }); // 0,5 of a rate read as 50%
  });

  it('does not score a literal formula whose cached result says something else (="10%" cached as «100%»)', () => {
    const card = scored('100%', '"10%"');
    expect(card.criteria[0]).toMatchObject({ status: 'invalid', points: 0 });
    const unreadable = card.flags.find((f) => f.code === 'unparseable-value');
    expect(unreadable?.message).toContain('công thức ="10%" cho «10%» nhưng giá trị lưu sẵn trong tệp là «100%»');
  });

  it('scores a literal formula that agrees with its cache', () => {
    expect(scored('100%', '"100%"').criteria[0]).toMatchObject({ status: 'scored', value: 100, points: 10 });
  });
});
