// «Biểu quyết»'s headers in the council's own words: the example commune reviewed, its secretary heading «Đồng ý» as
// «Tán thành» and adding «Không tán thành» and «Không ý kiến» (openpyxl, as LibreOffice or Excel saves a file), the
// vote typed; scored again by the command line (in-process), which writes the sheet again. The words read are the council's,
// kept as typed — the votes under them still read and sealed.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary, reviewedCommune } from './council-meeting.js';

const TYPE = `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Biểu quyết']
ws['B3'] = '30/11/2026'; ws['B4'] = 'Lò Văn Thành'; ws['D4'] = 'Quàng Văn Hải'
ws['G7'] = 'Tán thành'; ws['J7'] = 'Không tán thành'; ws['K7'] = 'Không ý kiến'
for r in range(8, ws.max_row + 1):
    if not ws.cell(r, 4).value or not ws.cell(r, 2).value: continue
    for c, v in zip((5, 6, 7, 10, 11), (9, 8, 7, 1, 0)): ws.cell(r, c).value = v
wb.save(sys.argv[1])
`;

const HEADERS = `
import openpyxl, sys, json
ws = openpyxl.load_workbook(sys.argv[1])['Biểu quyết']
print(json.dumps([ws.cell(7, c).value for c in range(1, 12)]))
`;

describe("«Biểu quyết» headed in the council's words, written again", () => {
  let again: Run;
  let closing: Run;
  let headers: string[];
  let dir: string;

  beforeAll(async () => {
    dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    execFileSync('/usr/bin/python3', ['-c', TYPE, summary]);
    again = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
    headers = JSON.parse(execFileSync('/usr/bin/python3', ['-c', HEADERS, summary], { encoding: 'utf8' })) as string[];
    closing = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
  }, 240_000);

  it('keeps «Tán thành», «Không tán thành», «Không ý kiến» as the council typed them', () => {
    expect(again.code).toBe(0);
    expect(headers).toEqual(['STT', 'Đơn vị', 'Trang', 'Hình thức khen thưởng', 'Tổng số thành viên', 'Có mặt', 'Tán thành', 'Kết quả', 'Ghi chú', 'Không tán thành', 'Không ý kiến']);
  });

  it('still reads the votes under them, against and abstaining sealed', async () => {
    expect(closing.code).toBe(0);
    const votes = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!.votes!.votes;
    expect(votes.length).toBe(8);
    expect(votes.every((v) => v.tally.inFavour === 7 && v.tally.against === 1 && v.tally.abstain === 0)).toBe(true);
  });
});
