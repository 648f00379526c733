// The portal indicator file as officers pick it: a wrong file is refused with a Vietnamese message
// naming the field and what it holds, never zod's English.
import { describe, expect, it } from 'vitest';
import { parseIndicatorFile } from '../../excel-addin/actions/indicators.js';

const file = {
  format: 'thidua-indicators', version: 1, exportedAt: '2025-11-01T08:00:00Z',
  snapshots: [{
    portal: 'dichvucong.gov.vn', pageType: 'dvc-index', url: 'https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html', capturedAt: '2025-11-01T08:00:00Z', contentHash: 'abc',
    unit: { name: 'UBND xã Ta Ma' }, period: { kind: 'year', year: 2025, label: 'Năm 2025' },
    indicators: [{ code: 'TONG_SCORE', label: 'Tổng điểm', value: 81.5, unit: 'points', max: 100 }],
  }],
};

function broken(edit: (f: typeof file) => void): string {
  const copy = structuredClone(file);
  edit(copy);
  return JSON.stringify(copy);
}

describe('parseIndicatorFile', () => {
  it('reads a valid export', () => {
    expect(parseIndicatorFile(JSON.stringify(file))).toMatchObject({ ok: true, snapshots: [{ unit: { name: 'UBND xã Ta Ma' } }] });
  });

  it.each([
    ['a value typed in words', (f: typeof file) => void ((f.snapshots[0]!.indicators[0] as { value: unknown }).value = 'tám mươi mốt'), 'bản ghi thứ 1, chỉ số thứ 1 (mã «TONG_SCORE»), trường «Giá trị»: phải là số (đang là «tám mươi mốt»)'],
    ['another file format', (f: typeof file) => void ((f as { format: string }).format = 'khac'), 'trường «Định dạng»: phải là một trong: «thidua-indicators» (đang là «khac»)'],
    ['a missing unit', (f: typeof file) => void delete (f.snapshots[0] as { unit?: unknown }).unit, 'bản ghi thứ 1, trường «Đơn vị»: bắt buộc nhưng đang thiếu'],
    ['a capture without indicators', (f: typeof file) => void (f.snapshots[0]!.indicators = []), 'bản ghi thứ 1, trường «Chỉ số»: phải có ít nhất 1 mục'],
  ])('refuses %s in Vietnamese, naming the field', (_, edit, expected) => {
    const r = parseIndicatorFile(broken(edit));
    expect(r.ok).toBe(false);
    const message = (r as { message: string }).message;
    expect(message).toContain(expected);
    expect(message).not.toMatch(/Invalid|expected|received/);
  });

  it('refuses a file that is not JSON', () => {
    expect(parseIndicatorFile('{ khong phai json')).toEqual({ ok: false, message: expect.stringContaining('Tệp không phải JSON') });
  });
});
