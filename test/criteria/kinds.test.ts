import { describe, expect, it } from 'vitest';
import { resolveKind } from '../../core/criteria/kinds.js';
import type { SubjectKind } from '../../core/criteria/schema.js';

const kinds: SubjectKind[] = [
  { id: 'co-quan', label: 'Cơ quan, đơn vị', collective: true, aliases: ['Cơ quan', 'Ban ngành'] },
  { id: 'thon-ban', label: 'Thôn, bản', collective: true, aliases: ['Thôn', 'Bản', 'Xóm', 'Tổ dân phố'] },
  { id: 'truong-hoc', label: 'Trường học', collective: true, aliases: ['Trường'] },
  { id: 'ca-nhan', label: 'Cá nhân', collective: false, aliases: [] },
];
const set = { subjectKinds: kinds };

describe('resolveKind', () => {
  it.each([
    ['thon-ban', 'thon-ban'],
    ['THON-BAN', 'thon-ban'],
    ['Thôn, bản', 'thon-ban'],
    ['thon, ban', 'thon-ban'],
    ['Trường học', 'truong-hoc'],
    ['truong hoc', 'truong-hoc'],
    ['Cá nhân', 'ca-nhan'],
    ['  cơ quan  ', 'co-quan'],
  ])('%s → %s (id, label or alias, any diacritics and case)', (text, id) => {
    expect(resolveKind(set, text)?.id).toBe(id);
  });

  it.each([
    ['Thôn', 'thon-ban'],
    ['Bản', 'thon-ban'],
    ['Xóm', 'thon-ban'],
    ['Tổ dân phố', 'thon-ban'],
    ['Thôn Nà Pen', 'thon-ban'],
    ['Bản Ta Ma', 'thon-ban'],
    ['to dan pho 3', 'thon-ban'],
    ['Trường Tiểu học Ta Ma', 'truong-hoc'],
  ])('%s → %s (the common word for a hamlet, or a name starting with a kind word)', (text, id) => {
    expect(resolveKind(set, text)?.id).toBe(id);
  });

  it('is undefined for unknown, empty or ambiguous texts', () => {
    expect(resolveKind(set, 'Doanh nghiệp')).toBeUndefined();
    expect(resolveKind(set, '')).toBeUndefined();
    expect(resolveKind(set, 'Thônx')).toBeUndefined();
    // Typed with diacritics, "Ban" (a board) is not "Bản" (a hamlet); typed without any, it still reads as one.
    expect(resolveKind(set, 'Ban Chỉ huy quân sự xã')).toBeUndefined();
    expect(resolveKind(set, 'Ban Ta Ma')?.id).toBe('thon-ban');
    const twoHamlets = { subjectKinds: [...kinds, { id: 'khu', label: 'Khu', collective: true, aliases: ['Bản'] }] };
    expect(resolveKind(twoHamlets, 'Bản Mới')).toBeUndefined();
  });

  it('without hamlet aliases a hamlet word is not guessed', () => {
    const plain = { subjectKinds: [{ id: 'thon', label: 'Thôn', collective: true, aliases: [] }] };
    expect(resolveKind(plain, 'Bản Phổng')).toBeUndefined();
    expect(resolveKind(plain, 'Thôn 1')?.id).toBe('thon');
  });
});
