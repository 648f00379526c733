// A nominee's row on «Biểu quyết» where the council typed only «Không đồng ý» (2), its members, present and in favour
// left blank: the example commune reviewed, the vote typed by openpyxl as LibreOffice or Excel would save it, closed by
// the command line (in-process). The row is no vote — and every face that reads the sheet says so at its cells, never
// silently «chưa biểu quyết», never changing the 2 typed.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { notesAfterClosing, papersCheck } from '../../core/papers/index.js';
import { CLOSED_ROUNDS_KEY, roundsFromStore, roundsToStore, RUN_RECORD_KEY, RunRecord, StoredRounds, type ClosedRound } from '../../core/run/closing.js';
import { openLines } from '../../core/run/open-at-closing.js';
import { planClosing } from '../../core/run/plan-closing.js';
import { sealOf } from '../../core/run/seal.js';
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
  let row: number;

  beforeAll(async () => {
    dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    row = JSON.parse(execFileSync('/usr/bin/python3', ['-c', TYPE, summary], { encoding: 'utf8' })) as number;
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

  it('each face’s line opens the row it names: its place on «Biểu quyết», kept in the sealed round', () => {
    const at = { sheet: 'Biểu quyết', cell: `E${row}:G${row}` };
    expect(closed.open?.partlyTyped).toEqual([{ nominee: 'Bản Ta Ma (Giấy khen của Chủ tịch UBND xã)', line: line.slice(0, -1), where: at.cell }]);
    expect(openLines(closed.open!, COUNCIL_SHEET_NAMES).find((l) => l.text === line)).toEqual({ text: line, ...at });
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).unvoted).toEqual([{ text: line, ...at }]);
    expect(notesAfterClosing(closed, COUNCIL_SHEET_NAMES).find((l) => l.text === line)).toEqual({ text: line, ...at });
  });

  it('a round sealed before the row’s place was kept still reads: verified, its line said as before, of no place', async () => {
    const path = join(dir, 'kq', 'tong-hop.xlsx');
    const workbook = OoxmlWorkbook.open(await readFile(path));
    const record = RunRecord.parse(await workbook.readStore(RUN_RECORD_KEY));
    const [round] = roundsFromStore(StoredRounds.parse(await workbook.readStore(CLOSED_ROUNDS_KEY)), record).rounds;
    const { seal: _seal, ...rest } = { ...round!, open: { ...round!.open!, partlyTyped: round!.open!.partlyTyped!.map(({ where: _w, ...p }) => p) } };
    const earlier = { ...rest, seal: sealOf(rest) };
    // Written as that version wrote it: the round in the store, its row on «Chốt kết quả».
    await workbook.writeStore(CLOSED_ROUNDS_KEY, roundsToStore([earlier], record));
    await workbook.apply({ sheets: [planClosing([earlier])] });
    await writeFile(path, await workbook.toBuffer());
    expect((await runInProcess(['verify', 'kq'], dir)).code).toBe(0);
    const again = await runInProcess(['papers', 'kq', '--out', 'ho-so-cu'], dir);
    expect(again.stderr).toContain(`  - ${line}`);
    const read = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    expect(read.open?.partlyTyped).toEqual([{ nominee: 'Bản Ta Ma (Giấy khen của Chủ tịch UBND xã)', line: line.slice(0, -1) }]);
    expect(papersCheck(read, COUNCIL_SHEET_NAMES).unvoted).toEqual([{ text: line }]);
  });

  it('the 2 typed stays as typed', () => {
    expect(typedAfter).toBe(2);
  });
});
