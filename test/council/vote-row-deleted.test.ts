// A nominee's row deleted from «Biểu quyết» between two runs: the example commune reviewed, every nominee voted 9/8/7
// and scored (the run reads the counts), then Công an xã Ta Ma's row deleted by openpyxl, the file saved by LibreOffice
// and scored again by the command line (in-process). The nominee counts as not voted on, and the run says the counts it read
// before are no longer there — a vote lost by a slip of the hand is never silent. A row still typed is not said.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { reviewedCommune, typeVotes } from './council-meeting.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

const SCORE = ['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'];

const DELETE = `
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb['Biểu quyết']
ws.delete_rows(next(r[0].row for r in ws.iter_rows() if r[1].value == 'Công an xã Ta Ma'))
wb.save(sys.argv[1])
`;

describe('a nominee’s row deleted from «Biểu quyết» after a run read its counts', () => {
  let read: Run;
  let deleted: Run;

  beforeAll(async () => {
    const dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    await typeVotes(summary, () => [9, 8, 7]);
    read = await runInProcess(SCORE, dir);
    execFileSync('/usr/bin/python3', ['-c', DELETE, summary]);
    await savedByLibreOffice(summary);
    deleted = await runInProcess(SCORE, dir);
  }, 300_000);

  it('says the counts read before and no longer typed, the nominee not voted on; no other nominee', () => {
    expect(read.code, read.stderr).toBe(0);
    expect(read.stderr).not.toContain('lần chấm này không có số biểu quyết nào');
    expect(deleted.code, deleted.stderr).toBe(0);
    const said = deleted.stderr.split('\n').filter((l) => l.includes('lần chấm này không có số biểu quyết nào'));
    expect(said).toEqual([
      'Trang «Biểu quyết»: Công an xã Ta Ma (Giấy khen của Chủ tịch UBND xã): lần chấm trước đọc được kết quả biểu quyết 9/8/7, lần chấm này không có số biểu quyết nào của trường hợp này (dòng đã xóa, hoặc các số đã xóa) — tính là chưa biểu quyết. Nếu Hội đồng không bỏ kết quả ấy, ghi lại số đã biểu quyết ở dòng của trường hợp này, lưu rồi chạy lại.',
    ]);
  });
});

// Made for the hunt of 30/11/2026: a vote row deleted between two runs, its counts gone without a word.
