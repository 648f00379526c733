// The day a capture's figures are of (the portal refreshes at about 02:00 Vietnam time) and a unit's level when the
// capture carries no tag.
import { describe, expect, it } from 'vitest';
import { dataDay } from '../../core/watch/data-day.js';
import { unitLevel } from '../../core/watch/level.js';

describe('data day', () => {
  it('is the day before after the 02:00 refresh, two days before when taken before it, in Vietnam time whatever the clock', () => {
    expect(dataDay('2026-09-16T04:10:00+07:00')).toBe('2026-09-15');
    expect(dataDay('2026-09-15T21:10:00Z')).toBe('2026-09-15');
    expect(dataDay('2026-09-16T01:30:00+07:00')).toBe('2026-09-14');
    expect(dataDay('2026-09-16T02:00:00+07:00')).toBe('2026-09-15');
    expect(dataDay('2026-09-16T23:59:00+07:00')).toBe('2026-09-15');
    expect(dataDay('không phải giờ')).toBeUndefined();
  });
});

describe('unit level', () => {
  it('takes the response’s own tag when there is one', () => {
    expect(unitLevel({ name: 'Sở Y tế', level: 'commune' })).toBe('commune');
  });

  it('guesses older captures from the group, the code’s depth and the name', () => {
    expect(unitLevel({ name: 'Sở Tư pháp - Tỉnh Phú Thọ', group: 'Sở, ban, ngành' })).toBe('provincial-agency');
    expect(unitLevel({ name: 'UBND xã Tam Sơn - Tỉnh Phú Thọ', group: 'UBND cấp xã' })).toBe('commune');
    expect(unitLevel({ name: 'UBND tỉnh Phú Thọ', code: 'H44' })).toBe('province');
    expect(unitLevel({ name: 'Văn phòng UBND Tỉnh - Tỉnh Phú Thọ', code: 'H44.01' })).toBe('provincial-agency');
    expect(unitLevel({ name: 'UBND Phường Việt Trì', code: 'H44.100' })).toBe('commune');
    expect(unitLevel({ name: 'Thanh tra tỉnh - Tỉnh Phú Thọ' })).toBe('provincial-agency');
    expect(unitLevel({ name: 'Cả nước', group: 'Tỉnh, thành phố' })).toBe('country');
  });
});
