// `thidua close` over the example commune's tong-hop.xlsx where each of the council's sheets is claimed twice, as
// openpyxl leaves it: «Rà soát»'s table pasted on a sheet of the council's own «Rà soát (2)» (no title), and
// «Biểu quyết» copied with its title («Biểu quyết (2)»). Neither role is read, so the checklist counts nothing on
// them and names the sheets that are there — never «Rà soát (3)», the name a next run would have written.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { scoredCommune } from './example-commune.js';

const EDIT = `
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb['Rà soát']
rows = [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)]
ns = wb.create_sheet('Rà soát (2)')
for i, r in enumerate(rows[3:8]):
    for c, v in enumerate(r): ns.cell(i + 1, c + 1).value = v
wb.copy_worksheet(wb['Biểu quyết']).title = 'Biểu quyết (2)'
wb.save(sys.argv[1])
`;

let close: Run;

beforeAll(async () => {
  const { dir, run } = await scoredCommune();
  expect(run.code, run.stderr).toBe(0);
  execFileSync('/usr/bin/python3', ['-c', EDIT, join(dir, 'kq', 'tong-hop.xlsx')]);
  close = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
}, 120_000);

describe('close with «Rà soát» and «Biểu quyết» each claimed by two sheets', () => {
  it('names the sheets that exist, counts no flag undecided and no nominee unvoted, and says why', () => {
    expect(close.code).toBe(1);
    expect(close.stderr).not.toMatch(/«Rà soát \(3\)»|«Biểu quyết \(3\)»/);
    expect(close.stderr).not.toMatch(/\d+ cảnh báo chưa quyết định|\d+ lỗi chưa rà soát|\d+ trường hợp chưa có kết quả biểu quyết/);
    expect(close.stderr).toContain(
      'Chưa đếm được cảnh báo chưa quyết định, lỗi chưa rà soát và đơn vị chờ giải trình: các trang «Rà soát» và «Rà soát (2)» đều được nhận là trang «Rà soát» của Hội đồng mà không thành một trang (mâu thuẫn nêu dưới đây), nên thidua không đọc quyết định ghi ở trang nào.',
    );
    expect(close.stderr).toContain('Chưa đếm được trường hợp chưa có kết quả biểu quyết: các trang «Biểu quyết» và «Biểu quyết (2)» đều được nhận là trang «Biểu quyết» của Hội đồng');
    expect(close.stderr).toContain('Mâu thuẫn, không chốt được kể cả khi Hội đồng xác nhận: Các trang «Rà soát» và «Rà soát (2)»');
    expect(close.stderr).toContain('Không chốt khi còn mâu thuẫn, kể cả với --accept-open.');
  });
});

// Made for stop 92 item 5 (what `thidua close` says of the council's sheets names only sheets that exist).
