// Every input accounted for: a folder with a duplicate report, a blank template, a .docx, an .xls, a
// broken .xlsx and a report sheet among other sheets — each said in the JSON, in `Tổng hợp` and in the exit code.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { goodHamlet, reportWorkbook, runInProcess, tempDir, writeReportWorkbook, type UnitSheet } from './helpers.js';

let dir: string;
let run: { code: number; stdout: string; stderr: string };
let doc: ScoreRunOutput;
let summary: string[];

/** Every cell's text in every sheet of a workbook. */
async function cellTexts(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const texts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void texts.push(c.text))));
  return texts;
}

beforeAll(async () => {
  dir = await tempDir();
  const inputs = join(dir, 'bao-cao');
  await mkdir(inputs);
  await writeReportWorkbook(join(inputs, 'ban-a.xlsx'), [{ ...goodHamlet('Báo cáo', 'Bản A'), submitted: '01/11/2025' }]);
  // The corrected copy, sent again two days later.
  await writeReportWorkbook(join(inputs, 'ban-a (1).xlsx'), [{ ...goodHamlet('Báo cáo', 'BẢN A'), submitted: '03/11/2025' }]);
  const blank: UnitSheet = { ...goodHamlet('Báo cáo', 'Bản Trống'), lines: goodHamlet('x', 'x').lines.map(([code]) => [code, null, null, null, null, null]) };
  await writeReportWorkbook(join(inputs, 'ban-trong.xlsx'), [blank]);
  const mixed = reportWorkbook([goodHamlet('Bản C', 'Bản C')]);
  mixed.addWorksheet('Danh bạ').getCell('A1').value = 'Số điện thoại trưởng bản';
  await mixed.xlsx.writeFile(join(inputs, 'ban-c.xlsx'));
  await writeFile(join(inputs, 'cong-van.docx'), 'PK\u0003\u0004 không phải sổ tính');
  await writeFile(join(inputs, 'bao-cao-cu.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
  await writeFile(join(inputs, 'hong.xlsx'), 'PK\u0003\u0004 hỏng');
  run = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], dir);
  doc = JSON.parse(run.stdout) as ScoreRunOutput;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'ket-qua', 'tong-hop.xlsx'));
  summary = [];
  // «Tổng hợp» counts them and names the sheet that lists them.
  for (const sheet of ['Tổng hợp', 'Không chấm, không xếp hạng']) wb.getWorksheet(sheet)!.eachRow((row) => row.eachCell((c) => void summary.push(String(c.value))));
}, 120_000);

describe('every input accounted for', () => {
  it('exits 1: something was left out', () => expect(run.code).toBe(1));

  it('names each file not scored, and why, in the JSON and in tong-hop.xlsx', () => {
    const why = (file: string) => doc.errors.find((e) => e.file === join('bao-cao', file))?.message ?? '';
    expect(why('cong-van.docx')).toContain('không phải sổ tính .xlsx');
    expect(why('bao-cao-cu.xls')).toContain('Excel 97–2003 (.xls)');
    expect(why('hong.xlsx')).toContain('hong.xlsx');
    for (const file of ['cong-van.docx', 'bao-cao-cu.xls', 'hong.xlsx']) expect(summary.some((v) => v.includes(file)), file).toBe(true);
    expect(summary).toContain('KHÔNG ĐƯỢC CHẤM HAY KHÔNG XẾP HẠNG');
    expect(summary.some((v) => v.includes('(xem trang «Không chấm, không xếp hạng»)'))).toBe(true);
  });

  it('ranks a unit reported twice once, the later Ngày nộp, and says which and why', () => {
    const hamlets = doc.ranking.find((g) => g.kind === 'ban')!.entries.map((e) => e.file);
    expect(hamlets).toContain('bao-cao/ban-a (1).xlsx');
    expect(hamlets).not.toContain('bao-cao/ban-a.xlsx');
    const duplicate = doc.omitted.find((o) => o.what.includes('bao-cao/ban-a.xlsx'))!;
    expect(duplicate.why).toBe('báo cáo trùng: xếp hạng bản ở tệp bao-cao/ban-a (1).xlsx, trang «Báo cáo» — Ngày nộp muộn hơn (03/11/2025)');
    expect(doc.cards.filter((c) => c.flags.some((f) => f.code === 'duplicate-report'))).toHaveLength(2);
  });

  it('flags the duplicate in both scored copies, and only in those', async () => {
    const flagged = async (copy: string) => (await cellTexts(join(dir, 'ket-qua', copy))).some((t) => t.includes('có 2 báo cáo'));
    expect(await flagged('ban-a.cham-diem.xlsx')).toBe(true);
    expect(await flagged('ban-a (1).cham-diem.xlsx')).toBe(true);
    expect(await flagged('ban-c.cham-diem.xlsx')).toBe(false);
  });

  it('lists a blank template as «Chưa nộp», not ranked at 0 %', () => {
    expect(doc.ranking.flatMap((g) => g.entries).some((e) => e.unitName === 'Bản Trống')).toBe(false);
    expect(doc.omitted.find((o) => o.what.startsWith('Bản Trống'))?.why).toMatch(/^Chưa nộp/);
    expect(summary.some((v) => v.startsWith('Chưa nộp'))).toBe(true);
  });

  it('with the commune’s list of units: a listed unit without a report is «Chưa nộp», an unlisted one is flagged', async () => {
    const list = new ExcelJS.Workbook();
    const ws = list.addWorksheet('Danh sách đơn vị');
    ws.addRows([['DANH SÁCH ĐƠN VỊ THI ĐUA'], [], ['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, 'Bản A', 'Bản'], [2, 'Bản C', 'Bản'], [3, 'Bản Trống', 'Bản'], [4, 'Bản D', 'Bản']]);
    await list.xlsx.writeFile(join(dir, 'don-vi.xlsx'));
    const listed = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--units', 'don-vi.xlsx', '--out', 'ket-qua-2', '--json'], dir);
    const out = JSON.parse(listed.stdout) as ScoreRunOutput;
    expect(listed.stderr).toContain('Danh sách đơn vị: 4 đơn vị');
    expect(out.omitted).toContainEqual({ what: 'Bản D', why: 'Chưa nộp: có trong «Danh sách đơn vị» nhưng không có báo cáo' });
    expect(out.omitted.filter((o) => o.what.startsWith('Bản Trống'))).toHaveLength(1);
    const unlisted = out.cards.filter((c) => c.flags.some((f) => f.code === 'unlisted-unit')).map((c) => c.unitName);
    expect(unlisted).toEqual([]);
    ws.spliceRows(5, 1); // Bản C left off the list
    await list.xlsx.writeFile(join(dir, 'don-vi-thieu.xlsx'));
    const short = await runInProcess(['score', 'bao-cao/ban-c.xlsx', '--criteria', 'ta-ma-2025', '--units', 'don-vi-thieu.xlsx', '--out', 'ket-qua-3', '--json'], dir);
    const flags = (JSON.parse(short.stdout) as ScoreRunOutput).cards.flatMap((c) => c.flags).filter((f) => f.code === 'unlisted-unit');
    expect(flags.map((f) => f.message)).toEqual(['Đơn vị «Bản C» không có trong «Danh sách đơn vị»: kiểm tra lại tên đơn vị, hoặc bổ sung vào danh sách.']);
  });

  it('a commune folder and its subfolder are one commune; two communes\' folders are not', async () => {
    // xa-a/: the whole-commune workbook beside xa-a/bao-cao/ (the unit files again): duplicates.
    // xa-b/: another commune with a hamlet of the same name: not a duplicate.
    await mkdir(join(dir, 'tinh', 'xa-a', 'bao-cao'), { recursive: true });
    await mkdir(join(dir, 'tinh', 'xa-b'));
    await writeReportWorkbook(join(dir, 'tinh', 'xa-a', 'ca-xa.xlsx'), [goodHamlet('Bản Na', 'Bản Na'), goodHamlet('Bản Pe', 'Bản Pe')]);
    await writeReportWorkbook(join(dir, 'tinh', 'xa-a', 'bao-cao', 'ban-na.xlsx'), [goodHamlet('Báo cáo', 'Bản Na')]);
    await writeReportWorkbook(join(dir, 'tinh', 'xa-b', 'ban-na.xlsx'), [goodHamlet('Báo cáo', 'Bản Na')]);
    const province = await runInProcess(['score', 'tinh', '--criteria', 'ta-ma-2025', '--out', 'ket-qua-tinh', '--json'], dir);
    const out = JSON.parse(province.stdout) as ScoreRunOutput;
    const duplicated = out.cards.filter((c) => c.flags.some((f) => f.code === 'duplicate-report')).map((c) => `${c.file} ${c.unitName}`);
    expect(duplicated.sort()).toEqual(['tinh/xa-a/bao-cao/ban-na.xlsx Bản Na', 'tinh/xa-a/ca-xa.xlsx Bản Na']);
    const ranked = out.ranking.flatMap((g) => g.entries).map((e) => `${e.file} ${e.unitName}`);
    expect(ranked.filter((r) => r.endsWith('Bản Na'))).toHaveLength(2); // one in xa-a, one in xa-b
    expect(ranked).toContain('tinh/xa-b/ban-na.xlsx Bản Na');
    // The scored copies say it too, though each was written before the other file was read.
    for (const copy of ['ca-xa.cham-diem.xlsx', 'ban-na.cham-diem.xlsx']) {
      const texts = await cellTexts(join(dir, 'ket-qua-tinh', copy));
      expect(texts.some((t) => t.includes('Đơn vị «Bản Na» có 2 báo cáo')), copy).toBe(true);
    }
  });

  it('scores a report sheet among other sheets, without a word about the others', () => {
    expect(doc.cards.some((c) => c.unitName === 'Bản C')).toBe(true);
    expect(doc.errors.some((e) => e.file === join('bao-cao', 'ban-c.xlsx'))).toBe(false);
  });
});
