// The fallback vote, end to end on the example commune: the council's vote (typed by openpyxl) passes every nominee but
// the Fatherland Front, 4 of 9 for the province's Bằng khen; scored again, «Biểu quyết» gives it a row for the commune's
// Giấy khen it still reaches, under the failed one, with a line saying why. The council votes it (9/8/6) — closed by the
// command line, the papers written and printed by LibreOffice: it is on the Giấy khen's lists — or writes
// «Không đề nghị» in «Ghi chú»: on no list by the council's decision, said so on every face.
import { execFileSync, execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { papersCheck } from '../../core/papers/index.js';
import type { ClosedRound } from '../../core/run/closing.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { closedNotice } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { runInProcess, tempDir, type Run } from '../cli/helpers.js';
import { readSummary, reviewedCommune } from '../council/council-meeting.js';

const run = promisify(execFile);
const BANG_KHEN = 'Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm)';
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';
const FRONT = 'Ủy ban MTTQ Việt Nam xã Ta Ma';
/** What every face said of the Front before the council voted the Giấy khen or declined it (listedNowhere). */
const NOWHERE = `${FRONT} không được Hội đồng thông qua đề nghị ${BANG_KHEN}; đạt điều kiện ${GIAY_KHEN} nhưng chưa có trong danh sách nào`;
const DECLINED = `${FRONT} không được Hội đồng thông qua đề nghị ${BANG_KHEN}; đạt điều kiện ${GIAY_KHEN}, Hội đồng ghi không đề nghị ${GIAY_KHEN}: không có trong danh sách nào theo quyết định của Hội đồng.`;
const LINE = `Biểu quyết hình thức khác sau khi không đạt: ${FRONT} không được Hội đồng thông qua đề nghị ${BANG_KHEN}, đạt điều kiện ${GIAY_KHEN} — Hội đồng biểu quyết đề nghị ${GIAY_KHEN} ở dòng của hình thức này, hoặc ghi «Không đề nghị» ở cột «Ghi chú».`;

/** Runs a Python program with openpyxl on `file`; its printed JSON. */
const py = (program: string, file: string, ...args: string[]): unknown => JSON.parse(execFileSync('/usr/bin/python3', ['-c', `import openpyxl, sys, json\n${program}`, file, ...args], { encoding: 'utf8' }));

/** Every nominee 9/8/7 but the Front's Bằng khen, 9/8/4 (a row with a unit and a form, nothing typed yet). */
const VOTE = `
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Biểu quyết']
ws['B4'] = 'Lò Văn Thành'; ws['D4'] = 'Quàng Văn Hải'
for r in range(8, ws.max_row + 1):
    if not ws.cell(r, 4).value or not ws.cell(r, 2).value: continue
    for c, v in zip((5, 6, 7), (9, 8, 4 if ws.cell(r, 2).value.startswith('Ủy ban MTTQ') else 7)): ws.cell(r, c).value = v
wb.save(sys.argv[1]); print('null')
`;
/** The table's rows (unit, form, members, note) and the lines under it, as the file holds them. */
const ROWS = `
ws = openpyxl.load_workbook(sys.argv[1])['Biểu quyết']
rows = [[r, ws.cell(r, 2).value, ws.cell(r, 4).value, ws.cell(r, 5).value, ws.cell(r, 9).value] for r in range(8, ws.max_row + 1) if ws.cell(r, 4).value]
lines = [ws.cell(r, 1).value for r in range(8, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, str)]
print(json.dumps({'rows': rows, 'lines': lines}))
`;
const TYPE_ROW = `
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Biểu quyết']; r = int(sys.argv[2])
for c, v in json.loads(sys.argv[3]).items(): ws.cell(r, int(c)).value = v
wb.save(sys.argv[1]); print('null')
`;

type Sheet = { rows: [number, string, string, unknown, unknown][]; lines: string[] };

describe('the fallback vote on «Biểu quyết»', () => {
  let voted: string;
  let declined: string;
  let sheet: Sheet;
  let fallbackRow: number;
  const closing: Record<'voted' | 'declined', Run> = {} as never;
  const papers: Record<'voted' | 'declined', Run> = {} as never;
  const verify: Record<'voted' | 'declined', Run> = {} as never;
  const closed: Record<'voted' | 'declined', ClosedRound> = {} as never;
  let keptNote: Sheet;
  const text = new Map<string, string>();

  beforeAll(async () => {
    voted = await reviewedCommune();
    const summary = (dir: string) => join(dir, 'kq', 'tong-hop.xlsx');
    py(VOTE, summary(voted));
    const again = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], voted);
    expect(again.code).toBe(0);
    sheet = py(ROWS, summary(voted)) as Sheet;
    fallbackRow = sheet.rows.find(([, unit, form]) => unit === FRONT && form === GIAY_KHEN)?.[0] ?? 0;
    declined = await tempDir();
    await cp(voted, declined, { recursive: true });
    // Typed where the row is (none without it: then the tests say what is missing).
    if (fallbackRow > 0) {
      py(TYPE_ROW, summary(voted), String(fallbackRow), JSON.stringify({ 5: 9, 6: 8, 7: 6 }));
      py(TYPE_ROW, summary(declined), String(fallbackRow), JSON.stringify({ 9: 'Không đề nghị' }));
    }
    for (const [name, dir] of [['voted', voted], ['declined', declined]] as const) {
      closing[name] = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
      papers[name] = await runInProcess(['papers', 'kq', '--out', 'ho-so'], dir);
      verify[name] = await runInProcess(['verify', 'kq'], dir);
      closed[name] = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    }
    // Scored again after closing: the council's «Không đề nghị» stays on its row.
    await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], declined);
    keptNote = py(ROWS, summary(declined)) as Sheet;
    // The papers of both, printed by LibreOffice in one conversion.
    await cp(join(declined, 'ho-so', 'du-thao-quyet-dinh.docx'), join(voted, 'ho-so', 'khong-de-nghi-du-thao-quyet-dinh.docx'));
    const names = ['du-thao-quyet-dinh', 'to-trinh', 'bien-ban', 'khong-de-nghi-du-thao-quyet-dinh'];
    await sofficeAll(names.map((n) => join(voted, 'ho-so', `${n}.docx`)), join(voted, 'ho-so'), 'pdf');
    for (const n of names) {
      await run('pdftotext', ['-raw', join(voted, 'ho-so', `${n}.pdf`), join(voted, 'ho-so', `${n}.txt`)]);
      text.set(n, (await readFile(join(voted, 'ho-so', `${n}.txt`), 'utf8')).replace(/\s+/g, ' '));
    }
  }, 600_000);

  it('scored again after the vote, the Front has a row for the Giấy khen under its failed Bằng khen, and a line saying why', () => {
    const front = sheet.rows.findIndex(([, unit, form]) => unit === FRONT && form === BANG_KHEN);
    expect(front).toBeGreaterThanOrEqual(0);
    expect(sheet.rows[front + 1]!.slice(1, 3)).toEqual([FRONT, GIAY_KHEN]);
    expect(sheet.lines).toContain(LINE);
  });

  it('voted 9/8/6: sealed with the round, on the Giấy khen lists of the decision and the proposal, the minutes printing its vote; no «on no list» said', () => {
    expect(closing.voted.code).toBe(0);
    expect(closed.voted.votes!.votes.find((v) => v.unitName === FRONT && v.form === GIAY_KHEN)?.tally).toEqual({ members: 9, present: 8, inFavour: 6 });
    expect(closing.voted.stderr).not.toContain(NOWHERE);
    expect(closedNotice(closed.voted, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text).join('\n') ?? '').not.toContain(NOWHERE);
    expect(papers.voted.code).toBe(0);
    expect(papers.voted.stderr).not.toContain(NOWHERE);
    expect(verify.voted.stdout).toContain('Khớp với kết quả đã chốt');
    expect(text.get('du-thao-quyet-dinh')).toMatch(/DANH SÁCH 03 TẬP THỂ VÀ 01 CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN .*Ủy ban MTTQ Việt Nam xã Ta Ma/);
    expect(text.get('du-thao-quyet-dinh')).not.toContain(NOWHERE);
    expect(text.get('to-trinh')).toMatch(/tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã.*Ủy ban MTTQ Việt Nam xã Ta Ma/);
    expect(text.get('bien-ban')).toMatch(/Đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 03 tập thể và 01 cá nhân: Ủy ban MTTQ Việt Nam xã Ta Ma;/);
  });

  it('«Không đề nghị» typed: said as the council\u2019s decision on every face and in the decision, sealed, kept on its row', () => {
    expect(closing.declined.code).toBe(0);
    expect(closed.declined.votes!.declined).toEqual([{ sheet: FRONT, unitName: FRONT, form: GIAY_KHEN }]);
    expect(closing.declined.stderr).toContain(`Lưu ý: ${DECLINED}`);
    expect(closedNotice(closed.declined, COUNCIL_SHEET_NAMES, translator('vi')).items?.map((i) => i.text)).toContain(DECLINED);
    expect(papersCheck(closed.declined, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text)).toContain(DECLINED);
    expect(papers.declined.code).toBe(0);
    expect(papers.declined.stderr).toContain(`Lưu ý: ${DECLINED}`);
    expect(verify.declined.stdout).toContain('Khớp với kết quả đã chốt');
    expect(text.get('khong-de-nghi-du-thao-quyet-dinh')).toContain(DECLINED);
    expect(text.get('khong-de-nghi-du-thao-quyet-dinh')).toMatch(/DANH SÁCH 02 TẬP THỂ VÀ 01 CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN/);
    expect(keptNote.rows.find(([r]) => r === fallbackRow)?.slice(1)).toEqual([FRONT, GIAY_KHEN, null, 'Không đề nghị']);
  });
});
