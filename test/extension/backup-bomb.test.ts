// The extension's backup import bounded before it unpacks (issue 56 item 5): a 66 KB backup declaring 300 captures of
// 10,000 units each (4.2 GB and 63 s unpacked before) is refused at its first capture's count, in Vietnamese.
import { describe, expect, it } from 'vitest';
import { backupProblem, readBackup } from '../../extension/src/export/backup.js';
import { translator } from '../../extension/src/i18n.js';
import { declaring } from '../fixtures/declared-rows.js';

describe('a backup declaring rows it does not carry', () => {
  it('is refused at the count, said in Vietnamese, nothing unpacked', () => {
    const read = readBackup(declaring(10_000, 300));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatchObject({ kind: 'invalid', path: 'captures[0].count' });
    expect(backupProblem(read.problem, translator('vi'))).toContain('khai 10.000 đơn vị nhưng chỉ ghi tên 1');
  });
});
