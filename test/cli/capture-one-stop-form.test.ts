// `thidua capture`, run as the program, on a one-stop report drawn as Biểu số II.06a/VPCP/KSTT: three title boxes
// (the form's number, its title, the reporting units), the period and unit lines, a three-row header with a note in
// brackets under «Đúng hạn», the numbering row «(1)…(13)», group rows and «Tổng cộng» (test/fixtures/pages/
// one-stop-bieu-ii06a.html). It was refused (exit 1, the title boxes taken for the header); now every column is read,
// and a column thidua cannot place is named by number and header.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import { runInProcess, tempDir } from './helpers.js';

const PAGE = fileURLToPath(new URL('../fixtures/pages/one-stop-bieu-ii06a.html', import.meta.url));
const URL_ = 'https://motcua.thanhhoa.gov.vn/bao-cao/tinh-hinh-giai-quyet-ho-so';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  const html = await readFile(PAGE, 'utf8');
  await writeFile(join(dir, 'bieu-ii06a.html'), html);
  // The same report with the last column worded as no platform of DOMAIN §7 words it.
  await writeFile(join(dir, 'cot-la.html'), html.replace('font-weight:600">Quá hạn</td>\n  </tr>', 'font-weight:600">Chậm chuyển huyện</td>\n  </tr>'));
});

describe('thidua capture on Biểu II.06a drawn with title boxes above a three-row header', () => {
  it('reads every unit and every column, the numbering row, group and total rows left out', async () => {
    const r = await runInProcess(['capture', 'bieu-ii06a.html', '--url', URL_, '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const doc = IndicatorExportFile.parse(JSON.parse(r.stdout));
    expect(doc.snapshots.map((s) => [s.unit.name, s.unit.group])).toEqual([
      ['Sở Tư pháp', 'Sở, ban, ngành'],
      ['Sở Xây dựng', 'Sở, ban, ngành'],
      ['UBND xã Đông Sơn', 'UBND cấp xã'],
    ]);
    expect(doc.snapshots[0]!.period).toMatchObject({ kind: 'range', from: '2025-07-01', to: '2025-09-30' });
    const values = Object.fromEntries(doc.snapshots[2]!.indicators.map((i) => [i.code, i.value]));
    // Columns (3)…(13) in order; «TT» is the row number, not «thanh toán»; «Đúng hạn (Bao gồm cả hồ sơ chờ Bổ sung và
    // Trả lại/Xin rút)» is on time, not paused.
    expect(values).toEqual({
      HS_TIEP_NHAN: 2105, HS_TRUC_TUYEN: 1630, HS_TRUC_TIEP: 435, HS_KY_TRUOC: 40,
      HS_DA_GIAI_QUYET: 2060, HS_TRUOC_HAN: 1500, HS_DUNG_HAN: 548, HS_QUA_HAN: 12,
      HS_DANG_GIAI_QUYET: 45, HS_DANG_TRONG_HAN: 44, HS_DANG_QUA_HAN: 1,
    });
    expect(r.stderr).not.toMatch(/chưa rõ nghĩa|không có cột/);
  });

  it('names the column it cannot place, by number and header, and reads the rest', async () => {
    const r = await runInProcess(['capture', 'cot-la.html', '--url', URL_], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('chưa rõ nghĩa 1 cột có số liệu, không ghi: cột 13 «Hồ sơ đang xử lý › Chậm chuyển huyện»');
    expect(r.stdout).toContain('Hồ sơ đang giải quyết trong hạn: 44');
  });
});
