// A nominee's row on «Biểu quyết» where the council typed only «Không đồng ý» (2), its members, present and in favour
// left blank: the example commune reviewed, the vote typed by openpyxl as LibreOffice or Excel would save it, closed by
// the command line (in-process). The row is no vote — and every face that reads the sheet says so at its cells, never
// silently «chưa biểu quyết», never changing the 2 typed.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { papersCheck } from '../../core/papers/index.js';
import type { ClosedRound } from '../../core/run/closing.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { closedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary, reviewedCommune } from './council-meeting.js';

/** Every nominee voted 9/8/7 (1 against, 0 abstaining) but Bản Ta Ma, whose row holds only «2» under «Không đồng ý». */
const TYPE = `
import openpyxl, sys, json
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Biểu quyết']
ws['B4'] = 'Lò Văn Thành'; ws['D4'] = 'Quàng Văn Hải'
ws['J7'] = 'Không đồng ý'; ws['K7'] = 'Không biểu quyết'
row = None
for r in range(8, ws.max_row + 1):
    name = ws.cell(r, 2).value
    if not ws.cell(r, 4).value or not name: continue
    if name == 'Bản Ta Ma':
        ws.cell(r, 10).value = 2; row = r; continue
    for c, v in zip((5, 6, 7, 10, 11), (9, 8, 7, 1, 0)): ws.cell(r, c).value = v
wb.save(sys.argv[1])
print(json.dumps(row))
`;

const PARTIAL = (row: number) =>
  `Trang «Biểu quyết», dòng ${row} (ô J${row}): Bản Ta Ma (Giấy khen của Chủ tịch UBND xã) đã ghi 2 không đồng ý nhưng chưa ghi tổng số thành viên / số có mặt / số đồng ý (ô E${row}, F${row}, G${row}) — chưa tính là đã biểu quyết; đã giữ nguyên số đã ghi: ghi đủ các số của dòng này, lưu rồi chốt lại.`;

describe('a vote row with only «Không đồng ý» typed', () => {
  let dir: string;
  let line: string;
  let refused: Run;
  let closing: Run;
  let papers: Run;
  let closed: ClosedRound;
  let typedAfter: unknown;

  beforeAll(async () => {
    dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    const row = JSON.parse(execFileSync('/usr/bin/python3', ['-c', TYPE, summary], { encoding: 'utf8' })) as number;
    line = PARTIAL(row);
    refused = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
    closing = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
    papers = await runInProcess(['papers', 'kq', '--out', 'ho-so'], dir);
    closed = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    typedAfter = JSON.parse(execFileSync('/usr/bin/python3', ['-c', `import openpyxl, sys, json; print(json.dumps(openpyxl.load_workbook(sys.argv[1])['Biểu quyết'].cell(${row}, 10).value))`, summary], { encoding: 'utf8' }));
  }, 240_000);

  it('close says the row at its cells, before and after the council confirms, still counting it not voted', () => {
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`  - ${line}`);
    expect(refused.stderr).toContain('1 trường hợp chưa có kết quả biểu quyết');
    expect(closing.code).toBe(0);
    expect(closing.stderr).toContain(`Lưu ý: ${line}`);
    expect(closed.open?.unvoted).toEqual(['Bản Ta Ma (Giấy khen của Chủ tịch UBND xã)']);
  });

  it('papers, the pane and the page name the row, not only the nominee', () => {
    expect(papers.code).not.toBe(0);
    expect(papers.stderr).toContain(`  - ${line}`);
    // The pane and the page refuse the papers with papersCheck's list, and say the closing with closedNotice's notes.
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).unvoted.map((l) => l.text)).toEqual([line]);
    expect(closedNotice(closed, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text)).toContain(line);
  });

  it('the 2 typed stays as typed', () => {
    expect(typedAfter).toBe(2);
  });
});
