// Shapes of real scoring tables the reader once read wrong without a word (issue 55 item 2 and 3), each held on the
// original document the corpus keeps byte-exact (test/fixtures/real/criteria-corpus/manifest.json names its source).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { readCriteriaSheet, type ReadCriteriaSheetResult } from '../../core/criteria/sheet/index.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('a department’s Word table whose levels are rows opened by a dash («- Có báo cáo 2», «- Không có công văn 0»)', () => {
  let read: ReadCriteriaSheetResult;
  let set: CriteriaSet;
  beforeAll(async () => {
    const [table] = await readDocxTables(await readFile(join(CORPUS, 'tnmt-tien-giang-bang-diem-chuan.docx')), parse);
    read = readCriteriaSheet(table!.grid, { fileName: 'tnmt-tien-giang-bang-diem-chuan.docx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    set = read.set;
  });
  const criterion = (code: string) => set.criteria.find((c) => c.code === code);

  it('reads the dashed rows under an item as its levels, not as the next items nor as criteria coded «-»', () => {
    // C3.1 (2 điểm): «- Có báo cáo … 2», «- Không có công văn chỉ đạo 0» (which takes 2, level-takes.ts): one
    // criterion, choose one level.
    expect(criterion('C3.1')).toMatchObject({ maxPoints: 2, rule: { kind: 'tiers', tiers: [{ min: 2, points: 2 }, { min: -2, points: -2 }] } });
    expect(criterion('C3.2')).toMatchObject({ maxPoints: 3, rule: { kind: 'tiers' } });
    expect(criterion('C4.1')).toMatchObject({ maxPoints: 2, rule: { kind: 'tiers' } });
    // C4.2's rows have no dash but step down to nothing (2, 0): levels too.
    expect(criterion('C4.2')).toMatchObject({ maxPoints: 2, rule: { kind: 'tiers' } });
    // Never a code made of a dash, nor a row renumbered to keep codes apart.
    expect(set.criteria.map((c) => c.code).filter((c) => /(^|\.)-|-\d+$/.test(c))).toEqual([]);
    expect(read.notices.filter((n) => /NaN/.test(n.message))).toEqual([]);
  });

  it('keeps an item whose dashed rows add up to its points as one criterion, its rows the guide for scoring it', () => {
    // C5.1 (1 điểm): «- Có văn bản hướng dẫn 0,5», «- Không có 0», «- Có kế hoạch kiểm tra 0,5», «- Không có 0».
    expect(criterion('C5.1')).toMatchObject({ maxPoints: 1, rule: { kind: 'manual' } });
    expect(criterion('C5.1')!.note).toMatch(/Có văn bản hướng dẫn \(0,5 điểm\)/);
    expect(set.criteria.filter((c) => c.maxPoints === 0 && c.rule.kind === 'manual').map((c) => c.code)).toEqual([]);
  });

  it('reads standard 5’s two dashed parts (2 and 3, their deductions under each) as its items, not as a group «6»', () => {
    expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['1', 80], ['2', 2], ['3', 10], ['4', 3], ['5', 5]]);
    // Each item's numbered deduction rows are its own lines (Criterion.own).
    expect(set.criteria.filter((c) => c.group === '5').map((c) => [c.code, c.rule.kind, c.maxPoints, c.own?.lines.map((l) => `${l.code} −${l.maxPoints}`)])).toEqual([
      ['5.a', 'manual', 2, ['5.1 −0.5']], ['5.b', 'manual', 3, ['5.3 −0.5', '5.5 −1']],
    ]);
  });
});

// Made for issue 55 item 2: the dash levels of a department's Word table (Sở TN&MT Tiền Giang), once read as criteria
// of their own (C3.2-2, C3.3-2…), a group «6» made of a dashed row, and a deduction part «tối đa NaN điểm».
