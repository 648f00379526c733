// `thidua score --clusters`: the example commune's units, the ranking of each kind also within each emulation cluster
// of an Excel list (a cluster written once over its members), in the kind's own order; a workbook without a list refused.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from './helpers.js';

const EXAMPLES = join(import.meta.dirname, '../../examples/bao-cao');
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cụm thi đua');
  ws.addRow(['Cụm thi đua', 'Đơn vị', 'Từ ngày', 'Đến ngày']);
  ws.addRow(['Khối đoàn thể', 'Đoàn Thanh niên xã Ta Ma', new Date('2025-07-01T00:00:00Z'), null]);
  ws.addRow([null, 'Hội Nông dân xã Ta Ma', null, null]);
  ws.addRow([null, 'Hội Liên hiệp Phụ nữ xã Ta Ma', null, null]);
  ws.addRow(['Khối sự nghiệp', 'Trạm Y tế xã Ta Ma', null, null]);
  ws.addRow([null, 'Trường Mầm non Ta Ma', null, null]);
  // Ended before today: not a member any more.
  ws.addRow([null, 'Công an xã Ta Ma', new Date('2025-07-01T00:00:00Z'), new Date('2025-12-31T00:00:00Z')]);
  await wb.xlsx.writeFile(join(dir, 'cum.xlsx'));
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Danh bạ').addRow(['Số điện thoại']);
  await other.xlsx.writeFile(join(dir, 'danh-ba.xlsx'));
}, 60_000);

describe('thidua score --clusters', () => {
  it('ranks within each cluster too, in the order of the kind’s ranking', async () => {
    const run = await runInProcess(['score', EXAMPLES, '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--clusters', 'cum.xlsx'], dir);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    const kind = lines.indexOf('Xếp hạng — Cơ quan, ban, ngành, UB MTTQ và tổ chức chính trị - xã hội xã');
    const ranked = lines.slice(kind + 1).filter((l) => /^ +\d+\. /.test(l)).slice(0, 8).map((l) => l.replace(/^ +\d+\. ([^:]+):.*$/, '$1'));
    const order = (names: string[]) => [...names].sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
    const doanThe = order(['Đoàn Thanh niên xã Ta Ma', 'Hội Nông dân xã Ta Ma', 'Hội Liên hiệp Phụ nữ xã Ta Ma']);
    const suNghiep = order(['Trạm Y tế xã Ta Ma', 'Trường Mầm non Ta Ma']);
    expect(lines).toContain(`  Khối đoàn thể: ${doanThe.map((n, i) => `${i + 1}. ${n}`).join('; ')}`);
    expect(lines).toContain(`  Khối sự nghiệp: ${suNghiep.map((n, i) => `${i + 1}. ${n}`).join('; ')}`);
  }, 120_000);

  it('refuses a workbook that holds no cluster list, saying what it lacks', async () => {
    const run = await runInProcess(['score', EXAMPLES, '--criteria', 'ta-ma-2025', '--out', 'ket-qua-2', '--clusters', 'danh-ba.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('danh-ba.xlsx: không đọc được danh sách cụm thi đua.');
    expect(run.stderr).toContain('Trang «Danh bạ» không có dòng tiêu đề «Cụm thi đua» và «Đơn vị»');
  }, 120_000);
});
