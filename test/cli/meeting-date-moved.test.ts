// The council's date doubts name the file and the cell the date was read from, on the command line: the example
// commune scored into kq/, its flags accepted, the vote typed with a meeting on 12/01/2026 (before any run listed its
// nominees, today), then a row inserted above «Ngày họp» in «Biểu quyết» by openpyxl, as a council adds a line of its
// own in Excel: the date now stands in B4. `thidua close` and `thidua papers` name kq/tong-hop.xlsx and B4, not B3.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDateVi, officerDay } from '../../core/values.js';
import { reviewedCommune, typeVotes } from '../council/council-meeting.js';
import { runOk } from './helpers.js';

const INSERT_ROW = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Biểu quyết']
assert ws['A3'].value == 'Ngày họp', ws['A3'].value
ws.insert_rows(3)
wb.save(sys.argv[1])
`;

describe('a meeting dated before its list, «Ngày họp» moved down a row by the council', () => {
  it('is said by close and papers naming tong-hop.xlsx by its path and the cell the date was read from', async () => {
    const dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    await typeVotes(summary, () => [9, 8, 7], { B3: '12/01/2026' });
    execFileSync('/usr/bin/python3', ['-c', INSERT_ROW, summary]);
    const closed = await runOk(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
    const papers = await runOk(['papers', 'kq', '--out', 'ho-so'], dir);
    const today = formatDateVi(officerDay());
    for (const run of [closed, papers]) {
      expect(run.stderr).toMatch(new RegExp(`Lưu ý: Tệp kq/tong-hop\\.xlsx, trang «Biểu quyết», ô B4 \\(«Ngày họp»\\): cuộc họp biểu quyết ghi ngày 12/01/2026, trước ngày thidua lần đầu ghi vào danh sách biểu quyết \\d+ trường hợp .*kiểm tra lại ngày họp \\(không sớm hơn ${today}\\), sửa ở ô B4 rồi chốt lại\\.`));
      expect(run.stderr).not.toContain('ô B3');
    }
  }, 300_000);
});

// Made for the council's date doubts on the command line, which named «Biểu quyết» and B3 but not tong-hop.xlsx, and
// B3 even when the council had moved «Ngày họp» down a row.
