// A council of six that passes by «Từ 2/3» of its members (typed on «Biểu quyết» of a real run's tong-hop.xlsx, the
// example commune), through the command line: four votes in favour are exactly two thirds and pass, three do not; the
// rule is written back as the council typed it, and the papers list who passed. «Trên 2/3» then fails the four.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/helpers.js';
import { meetingShortOfQuorum } from '../../core/run/meeting-quorum.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { readSummary, reviewedCommune, typeVotes } from './council-meeting.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
const score = () => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
const summaryFile = () => join(dir, 'kq', 'tong-hop.xlsx');
/** Of six members, Bản Ta Ma has three votes in favour, Quàng Thị Lan five, every other nominee four. */
const tally = (unit: string) => [6, 6, unit === 'Bản Ta Ma' ? 3 : unit.startsWith('Quàng Thị Lan') ? 5 : 4];

/** «Biểu quyết» as the run wrote it: the rule's cell, and each nominee's «Kết quả». */
async function voteSheet(): Promise<{ share: unknown; results: Record<string, unknown> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summaryFile());
  const ws = wb.getWorksheet('Biểu quyết')!;
  const results: Record<string, unknown> = {};
  ws.eachRow((row, n) => {
    if (n > 7 && row.getCell(5).value !== null) results[String(row.getCell(2).value)] = row.getCell(8).value;
  });
  return { share: ws.getCell('B2').value, results };
}

const paper = async (folder: string, name: string) => (await mammoth.extractRawText({ path: join(dir, folder, name) })).value;

beforeAll(async () => {
  dir = await reviewedCommune();
}, 120_000);

describe('«Từ 2/3» of six members', () => {
  it('passes four votes in favour, keeps the rule as typed, and the papers list the nominee', async () => {
    await typeVotes(summaryFile(), tally, { B2: 'Từ 2/3' });
    expect((await score()).code).toBe(0);
    const sheet = await voteSheet();
    expect(sheet.share).toBe('Từ 2/3');
    expect(sheet.results['Công an xã Ta Ma']).toBe('Đạt');
    expect(sheet.results['Bản Ta Ma']).toBe('Không đạt');

    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành')).code).toBe(0);
    expect((await thidua('papers', 'kq', '--out', 'ho-so')).code).toBe(0);
    const decision = await paper('ho-so', 'du-thao-quyet-dinh.docx');
    expect(decision).toContain('Công an xã Ta Ma');
    expect(decision).toContain('Quàng Thị Lan');
    expect(decision).not.toContain('Bản Ta Ma');
    const minutes = await paper('ho-so', 'bien-ban.docx');
    expect(minutes).toContain('điều kiện đạt: số phiếu đồng ý từ 2/3 tổng số thành viên Hội đồng');
    expect(minutes).toContain('06/06 thành viên có mặt; 04/06 thành viên Hội đồng đồng ý (66,67%): đạt');
    expect(minutes).toContain('06/06 thành viên có mặt; 03/06 thành viên Hội đồng đồng ý (50%): không đạt');
  }, 300_000);

  it('«Trên 2/3» fails the same four votes: the nominee leaves the papers', async () => {
    await typeVotes(summaryFile(), tally, { B2: 'Trên 2/3' });
    expect((await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--reason', 'Hội đồng sửa điều kiện đạt')).code).toBe(0);
    expect((await thidua('papers', 'kq', '--out', 'ho-so-2')).code).toBe(0);
    const decision = await paper('ho-so-2', 'du-thao-quyet-dinh.docx');
    expect(decision).not.toContain('Công an xã Ta Ma');
    expect(decision).toContain('Quàng Thị Lan');
    const minutes = await paper('ho-so-2', 'bien-ban.docx');
    expect(minutes).toContain('điều kiện đạt: số phiếu đồng ý trên 2/3 tổng số thành viên Hội đồng');
    expect(minutes).toContain('04/06 thành viên Hội đồng đồng ý (66,67%): không đạt');
  }, 300_000);
});

/**
 * A meeting of four of the council's eight members (typed by openpyxl, as LibreOffice or Excel would save it), the rule
 * «Trên 50% số thành viên có mặt»: Bản Ta Ma voted while six were present, every other nominee 8/4/3. The councils'
 * working rules ask two thirds of the members at a meeting whose conclusions stand: said with the figures and the rule
 * where the run reads the vote, after closing and before the papers — the votes counted as typed, nothing refused.
 */
const FOUR_OF_EIGHT = `
import openpyxl, sys, json
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Biểu quyết']
ws['B2'] = 'Trên 50%'; ws['D2'] = 'số thành viên có mặt'
ws['B3'] = '20/11/2026'; ws['B4'] = 'Lò Văn Thành'; ws['D4'] = 'Quàng Văn Hải'
rows = {}
for r in range(8, ws.max_row + 1):
    name = ws.cell(r, 2).value
    if not ws.cell(r, 4).value or not name: continue
    for c, v in zip((5, 6, 7), (8, 6, 5) if name == 'Bản Ta Ma' else (8, 4, 3)): ws.cell(r, c).value = v
    rows[name] = r
wb.save(sys.argv[1])
print(json.dumps(rows))
`;

describe('a vote taken with 4 of 8 members present', () => {
  let folder: string;
  let rows: Record<string, number>;
  const run = (...args: string[]) => runInProcess(args, folder);
  /** The line, of «Biểu quyết» as `where` names it. */
  const SHORT = (where: string) =>
    new RegExp(`${where}: 7 trường hợp được biểu quyết khi có mặt 4/8 thành viên Hội đồng \\(.*Công an xã Ta Ma \\(Giấy khen của Chủ tịch UBND xã\\).*\\), dưới 2/3 tổng số thành viên \\(cần ít nhất 6/8\\) — mức quy chế hoạt động của Hội đồng Thi đua - Khen thưởng thường đặt để cuộc họp xét khen thưởng có giá trị\\. thidua vẫn tính kết quả như đã ghi: hãy đối chiếu quy chế của Hội đồng; nếu số có mặt ghi nhầm, sửa ở dòng của từng trường hợp rồi chấm lại\\.`);

  beforeAll(async () => {
    folder = await reviewedCommune();
    rows = JSON.parse(execFileSync('/usr/bin/python3', ['-c', FOUR_OF_EIGHT, join(folder, 'kq', 'tong-hop.xlsx')], { encoding: 'utf8' })) as Record<string, number>;
  }, 120_000);

  it('is said where the run reads the vote, at the first row it names, and the votes are counted as typed', async () => {
    const scored = await run('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
    expect(scored.code, scored.stderr).toBe(0);
    const first = Math.min(...Object.entries(rows).filter(([name]) => name !== 'Bản Ta Ma').map(([, r]) => r));
    const lines = scored.stderr.split('\n').filter((l) => l.includes('dưới 2/3 tổng số thành viên'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(SHORT('Trang «Biểu quyết»'));
    // Bản Ta Ma voted with six of eight present: not named.
    expect(lines[0]).not.toContain('Bản Ta Ma');
    const summary = await readSummary(join(folder, 'kq'));
    expect(meetingShortOfQuorum(summary.votes.votes, COUNCIL_SHEET_NAMES, summary.votes.typedAt)[0]).toMatchObject({ sheet: 'Biểu quyết', cell: `E${first}:G${first}` });
    // 3 of 4 present is above half of those present: passed, as typed.
    expect(summary.votes.votes.find((v) => v.unitName === 'Công an xã Ta Ma')?.tally).toEqual({ members: 8, present: 4, inFavour: 3 });
  }, 120_000);

  it('is said after closing, naming the file, and before the papers; the closing and the papers are not refused for it', async () => {
    const closed = await run('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    expect(closed.code, closed.stderr).toBe(0);
    expect(closed.stderr).toMatch(SHORT('Lưu ý: Tệp kq/tong-hop\\.xlsx, trang «Biểu quyết»'));
    const papers = await run('papers', 'kq', '--out', 'ho-so');
    expect(papers.code, papers.stderr).toBe(0);
    expect(papers.stderr).toMatch(SHORT('Lưu ý: Tệp kq/tong-hop\\.xlsx, trang «Biểu quyết»'));
  }, 240_000);
});
