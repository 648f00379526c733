// A council of six that passes by «Từ 2/3» of its members (typed on «Biểu quyết» of a real run's tong-hop.xlsx, the
// example commune), through the command line: four votes in favour are exactly two thirds and pass, three do not; the
// rule is written back as the council typed it, and the papers list who passed. «Trên 2/3» then fails the four.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/helpers.js';
import { reviewedCommune, typeVotes } from './council-meeting.js';

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
