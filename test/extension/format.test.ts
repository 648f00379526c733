import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime } from '../../extension/src/ui/format.js';

describe('what the officer reads', () => {
  it('shows a small store in KB, not as "0 MB" in use', () => {
    expect(formatBytes(4_200, 'vi')).toBe('5 KB');
    expect(formatBytes(0, 'en')).toBe('0 KB');
    expect(formatBytes(10 * 1024 * 1024, 'vi')).toBe('10 MB');
    expect(formatBytes(1.5 * 1024 * 1024, 'vi')).toBe('1,5 MB');
  });

  it('writes capture dates with a four-digit year', () => {
    const at = '2026-11-21T11:00:00.000Z'; // the 21st in every time zone from UTC−11 to UTC+12
    expect(formatDateTime(at, 'vi')).toContain('21/11/2026');
    expect(formatDateTime(at, 'en')).toContain('21/11/2026');
    expect(formatDateTime('không phải ngày', 'vi')).toBe('không phải ngày');
  });
});
