// What of the criteria set a closed record vouches for (core/run/set-since-closing.ts), against the same set and an
// edited one: a record closed before the bands were kept, or with its bands but not their thresholds (closed on
// 2026-11-28 before this), says nothing of what it did not keep; one that keeps them names each change.
import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { recordedSet, setChangesSinceClosing } from '../../core/run/set-since-closing.js';
import { closedFixture } from '../papers/closed-fixture.js';

const set = findBuiltin('ta-ma-2025')!;
const now = (s = set) => ({ set: recordedSet(s), forms: closedFixture().record.forms });

describe('a record closed before the set was kept whole', () => {
  it('without bands: no line for the bands and criteria it never kept', () => {
    const closed = closedFixture().record;
    expect(closed.set.bands).toBeUndefined();
    expect(setChangesSinceClosing(closed, now())).toEqual([]);
  });

  it('with bands but no thresholds: only a condition is compared', () => {
    const closed = closedFixture().record;
    const bands = set.classification.map((b) => ({ label: b.label, ...(b.condition ? { condition: b.condition } : {}) }));
    const kept = { ...closed, set: { ...closed.set, bands } };
    expect(setChangesSinceClosing(kept, now())).toEqual([]);
    const moved = { ...set, classification: set.classification.map((b, i) => (i === 0 ? { ...b, minPercent: b.minPercent - 5, condition: 'Không có cá nhân bị kỷ luật' } : b)) };
    expect(setChangesSinceClosing(kept, now(moved))).toEqual([`Xếp loại «${set.classification[0]!.label}»: thêm điều kiện «Không có cá nhân bị kỷ luật» sau khi chốt.`]);
  });
});

describe('a record that keeps the set', () => {
  const closed = now();
  it('names a criterion added, gone, its «Cách tính» and what it applies to, and the deadline', () => {
    const [first, second, ...rest] = set.criteria;
    const edited = {
      ...set,
      deadline: '2025-12-05',
      criteria: [{ ...first!, rule: { kind: 'manual' as const }, appliesTo: ['ca-nhan'] }, ...rest, { ...second!, code: 'M.1' }],
    };
    const lines = setChangesSinceClosing(closed, now(edited));
    expect(lines).toContain(`Tiêu chí ${first!.code}: cách tính «${recordedSet(set).scoring!.criteria[0]!.rule}» → «Thủ công» sau khi chốt.`);
    expect(lines).toContain(`Tiêu chí ${first!.code}: đơn vị tính, đối tượng áp dụng, minh chứng, dòng cộng trừ, nhóm hoặc chế tài của tiêu chí đã khác sau khi chốt.`);
    expect(lines.some((l) => l.startsWith(`Tiêu chí ${second!.code} «`) && l.endsWith('bỏ sau khi chốt.'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Tiêu chí M.1 «') && l.endsWith('thêm sau khi chốt.'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Hạn nộp báo cáo:') && l.endsWith('→ 05/12/2025 sau khi chốt.'))).toBe(true);
  });

  it('names a form’s quota changed, and not again as the awards’ digest', () => {
    const form = closed.forms.find((f) => f.quotas.length > 0)!;
    const edited = { ...set, awards: { ...set.awards, forms: set.awards.forms.map((f) => (f.id === form.id ? { ...f, quotas: f.quotas.map((q) => ('max' in q ? { ...q, max: q.max + 1 } : q)) } : f)) } };
    const after = { set: recordedSet(edited), forms: closed.forms.map((f) => (f.id === form.id ? { ...f, quotas: f.quotas.map((q) => ({ ...q, max: q.max + 1 })) } : f)) };
    const lines = setChangesSinceClosing(closed, after);
    expect(lines).toEqual([`Hình thức «${form.label}»: chỉ tiêu 5 → 6 sau khi chốt.`]);
  });
});

// Made for: a set edited after `close` scored again as «không đổi» (Hải Phòng's walk, Phụ lục 03, 2026-11-28).
