// A set read back from what was written, against the set written (core/criteria/read-back.ts): nothing said when it
// comes back as written, even without the fields JSON drops; each field that differs named as officers name the set's
// fields, with both values.
import { describe, expect, it } from 'vitest';
import { builtinSets } from '../../core/criteria/builtin/index.js';
import { readBackDifferences } from '../../core/criteria/read-back.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';

const copy = (set: CriteriaSet) => JSON.parse(JSON.stringify(set)) as CriteriaSet;

describe('readBackDifferences', () => {
  it.each(builtinSets().map((s) => [s.id, s] as const))('says nothing of %s read back as written', (_, set) => {
    expect(readBackDifferences(set, copy(set))).toEqual([]);
  });

  it('names each field that differs, with what was written and what came back', () => {
    const set = builtinSets().find((s) => s.criteria.some((c) => c.rule.kind === 'ratio' && c.target))!;
    const i = set.criteria.findIndex((c) => c.rule.kind === 'ratio' && c.target);
    const rate = set.criteria[i]!;
    const back = copy(set);
    delete back.criteria[i]!.target;
    back.criteria[i]!.maxPoints = rate.maxPoints + 1;
    back.groups.push({ id: 'THEM', title: 'Nhóm thêm' });
    expect(readBackDifferences(set, back)).toEqual([
      `trường «Nhóm tiêu chí»: ghi ${set.groups.length} mục, đọc lại ${set.groups.length + 1} mục`,
      `tiêu chí thứ ${i + 1} (mã «${rate.code}»), trường «Chỉ tiêu»: ghi ${JSON.stringify(rate.target)}, đọc lại (không có)`,
      `tiêu chí thứ ${i + 1} (mã «${rate.code}»), trường «Điểm tối đa»: ghi ${rate.maxPoints}, đọc lại ${rate.maxPoints + 1}`,
    ]);
  });
});

// Made for `thidua criteria import` checking the set it writes loads back field for field (the district DTI table's
// rate without a target, written with exit 0).
