// «Biểu quyết» copied whole as openpyxl leaves it («Biểu quyết (2)», its title and header with it), the copy's Công an
// xã Ta Ma voted 9/8/4 against the first's 9/8/7: the example commune reviewed and voted, then scored again by the
// command line (in-process). Two sheets claim the vote, so neither is read and the run stops, saying so once — never each row of
// either sheet as «dán sang mà không có dòng tiêu đề cột»: both rows stand under their header.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { reviewedCommune, typeVotes } from './council-meeting.js';

const COPY = `
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
copy = wb.copy_worksheet(wb['Biểu quyết'])
copy.title = 'Biểu quyết (2)'
row = next(r for r in copy.iter_rows() if r[1].value == 'Công an xã Ta Ma')
row[6].value = 4
wb.save(sys.argv[1])
`;

describe('«Biểu quyết» copied whole, one count differing', () => {
  let scored: Run;

  beforeAll(async () => {
    const dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    await typeVotes(summary, () => [9, 8, 7]);
    execFileSync('/usr/bin/python3', ['-c', COPY, summary]);
    scored = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
  }, 240_000);

  it('stops, saying the two sheets claim the vote, and no row of theirs as pasted without its header', () => {
    expect(scored.code).not.toBe(0);
    expect(scored.stderr).toContain('Các trang «Biểu quyết» và «Biểu quyết (2)» đều là trang «Biểu quyết» của Hội đồng');
    expect(scored.stderr).not.toContain('dán sang mà không có dòng tiêu đề cột');
  });
});

// Made for the hunt of 30/11/2026: a copied «Biểu quyết» said as 16 rows pasted without their header, untrue of every one.
