// A hamlets' table as a commune's plan annex writes it: a plain header («STT | Tiêu chí | Điểm tối đa | Thôn tự chấm |
// Hội đồng chấm», the words of thidua's own «Tiêu chí» sheet), each part's heading written across the table
// («I. NHÓM TIÊU CHÍ VỀ TUYÊN TRUYỀN (30 điểm)», one merged cell), item 3's levels numbered in their words «3.1. Trên
// 80%», «3.2. …», «3.3. …» with the number cell empty. It was read by the layout of thidua's own sheet: the three levels
// as items II.1–II.3 that add (part II 145 against the 70 it writes, the total 175 against 100), and the reconciliation
// said «dòng 7 không thành tiêu chí nào» of a row the tree read as II.1. A part written across the table is an office's
// scoring table. Written by LibreOffice as Word (HTML → .odt → .docx) and as a workbook, read through the command line's
// reader.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { docxAllByLibreOffice, xlsxAllByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const across = (text: string) => ({ text, colSpan: 5 });
const HAMLETS: OfficeTable = {
  before: ['Phụ lục 02'],
  caption: 'BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ ĐỐI VỚI CÁC THÔN NĂM 2025',
  rows: [
    ['STT', 'Tiêu chí', 'Điểm tối đa', 'Thôn tự chấm', 'Hội đồng chấm'],
    [across('I. NHÓM TIÊU CHÍ VỀ TUYÊN TRUYỀN (30 điểm)')],
    ['1', 'Thành lập Tổ công nghệ số cộng đồng', '10', '', ''],
    ['2', 'Tuyên truyền trên hệ thống loa truyền thanh', '20', '', ''],
    [across('II. NHÓM TIÊU CHÍ VỀ KẾT QUẢ (70 điểm)')],
    ['3', 'Tỷ lệ hồ sơ dịch vụ công trực tuyến của người dân trong thôn', '40', '', ''],
    ['', '3.1. Trên 80%', '40', '', ''],
    ['', '3.2. Từ 50% đến 80%', '25', '', ''],
    ['', '3.3. Dưới 50%', '10', '', ''],
    ['4', 'Tỷ lệ người dân có tài khoản định danh điện tử mức 2', '30', '', ''],
    [{ text: 'Tổng cộng (I + II)', colSpan: 2 }, '100', '', ''],
  ],
};

describe('a part written across a plain header, levels numbered in their words', () => {
  let files: Record<'docx' | 'xlsx', string>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-part-across-'));
    const [docx] = await docxAllByLibreOffice([{ name: 'phu-luc-thon', tables: [HAMLETS] }], dir);
    const [xlsx] = await xlsxAllByLibreOffice([{ name: 'phu-luc-thon', tables: [HAMLETS] }], dir);
    files = { docx: docx!, xlsx: xlsx! };
  }, 180_000);

  it.each(['docx', 'xlsx'] as const)('reads the .%s as the plan writes it: two parts, item 3 of three levels, every figure reproduced', async (ext) => {
    const read = await readCriteriaFile(files[ext], tmpdir());
    const { set, reconciliation } = read;
    expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 30], ['II', 70]]);
    expect(set.criteria.map((c) => [c.code, c.group, c.maxPoints])).toEqual([['1', 'I', 10], ['2', 'I', 20], ['3', 'II', 40], ['4', 'II', 30]]);
    const three = set.criteria.find((c) => c.code === '3')!;
    expect(three.rule.kind === 'tiers' ? three.rule.tiers.map((t) => t.points) : three.rule.kind).toEqual([40, 25, 10]);
    expect(reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
    expect(reconciliation.figures.find((f) => f.figure.kind === 'total')).toMatchObject({ reads: 100, agrees: true });
  }, 60_000);
});
