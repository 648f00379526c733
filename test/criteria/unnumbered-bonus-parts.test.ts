// A school's table whose bonus and deduction parts are headed by a row with no number and no points, after its total:
// «Tiêu chuẩn 1. … (40 điểm)», «Tiêu chuẩn 2. … (60 điểm)», «Tổng điểm | 100», then «Điểm thưởng (không quá 5 điểm, cộng
// vào tổng điểm)» over «1 | Có sản phẩm số đạt giải cấp tỉnh | 5» and «Điểm trừ» over «1 | Để xảy ra mất an toàn thông
// tin | -10». They were read as rows of part TC2 — the bonus as a criterion TC2.1 of 5 points in its base, the deduction
// as TC2.1-2 — part TC2 said as «cộng được 65, tính 60», and the two heading rows never mentioned. A second table words
// its parts «Điểm khuyến khích (tối đa 4 điểm, không cộng vào tổng)» and «Các trường hợp trừ điểm». Each written by
// LibreOffice as Word (HTML → .docx) and as a workbook, read through the command line's reader and by the command line.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { docxAllByLibreOffice, xlsxAllByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';
import { runInProcess } from '../cli/helpers.js';

const SCHOOL: OfficeTable = {
  before: ['PHỤ LỤC'],
  caption: 'THANG ĐIỂM CHẤM THI ĐUA CÁC TRƯỜNG HỌC TRÊN ĐỊA BÀN XÃ',
  rows: [
    ['TT', 'Nội dung chấm điểm', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm thẩm định'],
    ['', 'Tiêu chuẩn 1. Ứng dụng công nghệ thông tin trong quản lý (40 điểm)', '', '', ''],
    ['1', 'Sử dụng phần mềm quản lý trường học', '20', '', ''],
    ['', 'a) Cập nhật đầy đủ dữ liệu học sinh', '10', '', ''],
    ['', 'b) Sổ điểm điện tử', '10', '', ''],
    ['2', 'Học bạ số', '20', '', ''],
    ['', 'Tiêu chuẩn 2. Dạy học số (60 điểm)', '', '', ''],
    ['3', 'Giáo viên sử dụng bài giảng điện tử', '30', '', ''],
    ['4', 'Thanh toán học phí không dùng tiền mặt', '30', '', ''],
    ['', '- Đạt 100%', '30', '', ''],
    ['', '- Đạt từ 70% đến dưới 100%', '20', '', ''],
    ['', '- Dưới 70%', '10', '', ''],
    ['', 'Tổng điểm', '100', '', ''],
    ['', 'Điểm thưởng (không quá 5 điểm, cộng vào tổng điểm)', '', '', ''],
    ['1', 'Có sản phẩm số đạt giải cấp tỉnh', '5', '', ''],
    ['', 'Điểm trừ', '', '', ''],
    ['1', 'Để xảy ra mất an toàn thông tin', '-10', '', ''],
  ],
};

const RECORDED: OfficeTable = {
  caption: 'BẢNG ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ CÁC TRƯỜNG',
  rows: [
    ['TT', 'Nội dung chấm điểm', 'Điểm chuẩn'],
    ['I', 'Hạ tầng số', '50'],
    ['1', 'Mạng không dây phủ khắp trường', '25'],
    ['2', 'Phòng học thông minh', '25'],
    ['II', 'Dữ liệu số', '50'],
    ['3', 'Cơ sở dữ liệu ngành cập nhật đúng hạn', '50'],
    ['', 'Tổng cộng', '100'],
    ['', 'Điểm khuyến khích (tối đa 4 điểm, không cộng vào tổng)', ''],
    ['1', 'Có sáng kiến chuyển đổi số được công nhận', '2'],
    ['2', 'Được khen thưởng cấp huyện trở lên', '2'],
    ['', 'Các trường hợp trừ điểm', ''],
    ['1', 'Chậm báo cáo số liệu', '-2'],
  ],
};

type Files = Record<'docx' | 'xlsx', string[]>;

describe('bonus and deduction parts headed by a row with no number', () => {
  let files: Files;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'thidua-unnumbered-parts-'));
    const docs = [{ name: 'truong-hoc', tables: [SCHOOL] }, { name: 'khuyen-khich', tables: [RECORDED] }];
    files = { docx: await docxAllByLibreOffice(docs, dir), xlsx: await xlsxAllByLibreOffice(docs, dir) };
  }, 180_000);

  it.each(['docx', 'xlsx'] as const)('reads the school\'s .%s: the parts after the total a bonus and a deduction, each said with the code thidua gave it', async (ext) => {
    const { set, reconciliation, notices } = await readCriteriaFile(files[ext][0]!, tmpdir());
    expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['TC1', 40], ['TC2', 60], ['DCONG', 5], ['DTRU', 10]]);
    expect(set.criteria.map((c) => [c.code, c.group, c.rule.kind, c.maxPoints])).toEqual([
      ['TC1.1.a', 'TC1', 'manual', 10],
      ['TC1.1.b', 'TC1', 'manual', 10],
      ['TC1.2', 'TC1', 'manual', 20],
      ['3', 'TC2', 'manual', 30],
      ['4', 'TC2', 'tiers', 30],
      ['DCONG.1', 'DCONG', 'bonus', 5],
      ['DTRU.1', 'DTRU', 'deduction', 10],
    ]);
    expect(set.criteria.find((c) => c.code === 'DCONG.1')!.rule).not.toHaveProperty('recorded');
    expect(reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
    expect(reconciliation.figures.find((f) => f.figure.kind === 'part' && f.figure.code === 'TC2')).toMatchObject({ reads: 60, agrees: true });
    const said = notices.map((n) => n.message);
    expect(said.filter((m) => /không có số thứ tự, không ghi điểm, và đứng trên các mục đánh số dưới nó/.test(m))).toEqual([
      expect.stringMatching(/^Dòng \d+ «Điểm thưởng \(không quá 5 điểm, cộng vào tổng điểm\)» .*đọc là phần điểm cộng, .*thidua đặt mã «DCONG».*không thuộc phần TC2 ở trên/),
      expect.stringMatching(/^Dòng \d+ «Điểm trừ» .*đọc là phần điểm trừ, .*thidua đặt mã «DTRU»/),
    ]);
    expect(said.some((m) => /cộng được 65/.test(m))).toBe(false);
  }, 60_000);

  it.each(['docx', 'xlsx'] as const)('reads «Điểm khuyến khích (… không cộng vào tổng)» and «Các trường hợp trừ điểm» in the .%s as such parts, the bonus recorded beside the total', async (ext) => {
    const { set, reconciliation } = await readCriteriaFile(files[ext][1]!, tmpdir());
    expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 50], ['II', 50], ['DCONG', 4], ['DTRU', 2]]);
    expect(set.criteria.map((c) => [c.code, c.group, c.rule.kind, c.maxPoints, c.rule.kind === 'bonus' && c.rule.recorded === true])).toEqual([
      ['I.1', 'I', 'manual', 25, false],
      ['I.2', 'I', 'manual', 25, false],
      ['3', 'II', 'manual', 50, false],
      ['DCONG.1', 'DCONG', 'bonus', 2, true],
      ['DCONG.2', 'DCONG', 'bonus', 2, true],
      ['DTRU.1', 'DTRU', 'deduction', 2, false],
    ]);
    expect(reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
  }, 60_000);

  it('says the school\'s parts through `thidua criteria import`', async () => {
    const run = await runInProcess(['criteria', 'import', files.docx[0]!, '--out', join(dir, 'truong-hoc.json'), '--force'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('DCONG. Điểm thưởng (không quá 5 điểm, cộng vào tổng điểm) — ngoài tổng điểm: cộng thêm tối đa 5');
    expect(run.stdout).toContain('DTRU. Điểm trừ — ngoài tổng điểm: trừ tối đa 10');
    expect(run.stdout).toContain('Chấm trên tổng 100 điểm (điểm thưởng cộng thêm tối đa 5; điểm trừ tối đa 10).');
    expect(run.stdout).not.toContain('cộng được 65');
  }, 60_000);
});
