// The council's decisions live in the workbook: typed into `Rà soát` of tong-hop.xlsx (with ExcelJS, then
// saved again by LibreOffice as an office would), read back by the next `thidua score`, applied (a
// «Bác số liệu» withdraws the figure's points), and still in the new `Rà soát`; a word it cannot read is named by its
// cell and kept as typed — with who, when and the comment — run after run, once, the flag left undecided; so is a
// decision typed on a row of its own that names no flag.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { flagCodeOf } from '../../core/checks/titles.js';
import { REVIEW_HEADERS, REVIEW_HEADER_ROW, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { goodHamlet, runInProcess, tempDir, writeReportWorkbook } from './helpers.js';

let dir: string;
const col = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h) + 1;

async function score(): Promise<{ doc: ScoreRunOutput; stderr: string; code: number }> {
  const run = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], dir);
  return { doc: JSON.parse(run.stdout) as ScoreRunOutput, stderr: run.stderr, code: run.code };
}

async function reviewRows(): Promise<ExcelJS.Row[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'ket-qua', 'tong-hop.xlsx'));
  const ws = wb.getWorksheet(REVIEW_SHEET)!;
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, r) => void (r > REVIEW_HEADER_ROW && rows.push(row)));
  return rows;
}

let second: Awaited<ReturnType<typeof score>>;
let third: Awaited<ReturnType<typeof score>>;

/** The rows of Bản B's late-submission flag in the new `Rà soát`: decision, who, when, comment, and the decision cell's note. */
async function heldRows(): Promise<{ typed: unknown[]; step: string; note: string }[]> {
  return (await reviewRows())
    .filter((r) => r.getCell(col('Đơn vị')).value === 'Bản B' && flagCodeOf(r.getCell(col('Cảnh báo')).text) === 'late-submission')
    .map((r) => {
      const note = r.getCell(col('Quyết định')).note;
      return {
        typed: [col('Quyết định'), col('Người rà soát'), col('Ngày'), col('Ý kiến')].map((c) => r.getCell(c).value),
        step: r.getCell(col('Bước')).text,
        note: typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join(''),
      };
    });
}

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, 'bao-cao'));
  // Bản A states 60% for HTS1 beside counts of 30/100: the counts win and the gap is flagged.
  const troubled = goodHamlet('Báo cáo', 'Bản A');
  troubled.lines[0] = ['HTS1', '60%', 30, 100, null, 10];
  await writeReportWorkbook(join(dir, 'bao-cao', 'ban-a.xlsx'), [troubled]);
  await writeReportWorkbook(join(dir, 'bao-cao', 'ban-b.xlsx'), [{ ...goodHamlet('Báo cáo', 'Bản B'), submitted: '10/11/2025' }]);
  const first = await score();
  expect(first.doc.cards.find((c) => c.unitName === 'Bản A')!.criteria.find((c) => c.code === 'HTS1')!.status).toBe('scored');

  // The council types its decisions into tong-hop.xlsx.
  const path = join(dir, 'ket-qua', 'tong-hop.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(REVIEW_SHEET)!;
  ws.eachRow((row, r) => {
    if (r <= REVIEW_HEADER_ROW) return;
    const code = flagCodeOf(row.getCell(col('Cảnh báo')).text);
    const unit = row.getCell(col('Đơn vị')).value;
    if (unit === 'Bản A' && code === 'ratio-mismatch') {
      row.getCell(col('Quyết định')).value = 'bác bỏ';
      row.getCell(col('Người rà soát')).value = 'Lò Văn Minh';
      row.getCell(col('Ngày')).value = '20/11/2025';
      row.getCell(col('Ý kiến')).value = 'Tỷ lệ ghi không khớp số hộ';
    }
    if (unit === 'Bản B' && code === 'late-submission') {
      row.getCell(col('Quyết định')).value = 'xem sau';
      row.getCell(col('Người rà soát')).value = 'Quàng Thị Lan';
      row.getCell(col('Ngày')).value = '21/11/2025';
      row.getCell(col('Ý kiến')).value = 'Chờ biên bản họp thôn';
    }
  });
  // And a row of its own under the table: a unit and its decision, no sheet and no flag.
  let below = REVIEW_HEADER_ROW + 1;
  while (ws.getRow(below).getCell(col('Cảnh báo')).text !== '') below++;
  const typed = ws.getRow(below);
  typed.getCell(col('Đơn vị')).value = 'Bản B';
  typed.getCell(col('Quyết định')).value = 'Chấp nhận';
  typed.getCell(col('Người rà soát')).value = 'Quàng Thị Lan';
  typed.getCell(col('Ngày')).value = '22/11/2025';
  typed.getCell(col('Ý kiến')).value = 'Đã đối chiếu sổ theo dõi';
  await wb.xlsx.writeFile(path);
  await savedByLibreOffice(path);
  second = await score();
  // Saved again by LibreOffice, as the office keeps it, then scored a third time.
  await savedByLibreOffice(path);
  third = await score();
}, 360_000);

describe('council decisions typed into tong-hop.xlsx', () => {
  it('are said beside their flags in the plain output; a flag whose word was not read is shown as undecided', async () => {
    const plain = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua'], dir);
    // Each flag on its lines joined back (they wrap under a hanging indent).
    const flags = plain.stdout.replace(/\n {8}(?=\S)/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('- '));
    expect(flags.find((l) => l.includes('Tỷ lệ không khớp')), plain.stdout).toMatch(/\[Hội đồng: Bác số liệu\]$/);
    expect(flags.find((l) => l.includes('Nộp báo cáo muộn')), plain.stdout).not.toContain('[Hội đồng:');
  });

  it('are read back and said', () => {
    expect(second.stderr).toContain('Đã đọc 1 quyết định của Hội đồng từ ket-qua/tong-hop.xlsx.');
    expect(second.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
  });

  it('are applied: «Bác số liệu» withdraws the figure’s points', () => {
    const hts1 = second.doc.cards.find((c) => c.unitName === 'Bản A')!.criteria.find((c) => c.code === 'HTS1')!;
    expect(hts1).toMatchObject({ status: 'rejected', points: 0 });
  });

  it('stay in the new `Rà soát`, with who and when, the decision in the council’s own word', async () => {
    const row = (await reviewRows()).find((r) => r.getCell(col('Đơn vị')).value === 'Bản A' && flagCodeOf(r.getCell(col('Cảnh báo')).text) === 'ratio-mismatch')!;
    // «bác bỏ» as typed, through two runs and two saves by LibreOffice: applied as «Bác số liệu», never rewritten as it.
    expect([col('Quyết định'), col('Người rà soát'), col('Ngày'), col('Ý kiến')].map((c) => row.getCell(c).value)).toEqual([
      'bác bỏ',
      'Lò Văn Minh',
      '20/11/2025',
      'Tỷ lệ ghi không khớp số hộ',
    ]);
  });

  it('name a decision word they cannot read, with its cell, and say it was kept', () => {
    expect(second.stderr).toMatch(/ket-qua\/tong-hop\.xlsx, trang «Rà soát», I\d+: không hiểu quyết định «xem sau» .*đã giữ nguyên chữ đã ghi/);
    expect(second.stderr).toContain('1 cảnh báo có quyết định chưa hiểu: giữ nguyên chữ Hội đồng đã ghi trong «Rà soát», tính là chưa quyết định.');
  });

  it('keep a decision word they cannot read as typed, with who, when and the comment, noted and undecided — once, run after run', async () => {
    const held = [{ typed: ['xem sau', 'Quàng Thị Lan', '21/11/2025', 'Chờ biên bản họp thôn'], step: 'Lần 1 · chưa hiểu, chưa quyết định', note: expect.stringContaining('Chưa hiểu quyết định «xem sau»: hãy ghi Chấp nhận, Giải trình hoặc Bác số liệu') }];
    // After the third run (the second's tong-hop.xlsx saved by LibreOffice and read back): still there, once.
    expect(await heldRows()).toEqual(held);
    expect(third.stderr).toMatch(/ket-qua\/tong-hop\.xlsx, trang «Rà soát», I\d+: không hiểu quyết định «xem sau»/);
    // Not applied: the flag's unit scores as before, and the council's readable decision still applies.
    expect(third.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    const hts1 = third.doc.cards.find((c) => c.unitName === 'Bản A')!.criteria.find((c) => c.code === 'HTS1')!;
    expect(hts1).toMatchObject({ status: 'rejected', points: 0 });
  });

  it('keep a decision typed on a row that names no flag as typed, noted, applied to none — once, run after run', async () => {
    for (const run of [second, third]) {
      expect(run.stderr).toMatch(/ket-qua\/tong-hop\.xlsx, trang «Rà soát», I\d+: quyết định không kèm trang và cảnh báo: không biết áp cho cảnh báo nào; đã giữ nguyên chữ đã ghi/);
      expect(run.stderr).toContain('1 dòng Hội đồng ghi không kèm trang và cảnh báo (kể cả chữ ghi ngoài bảng, chép xuống cuối trang): giữ nguyên chữ đã ghi trong «Rà soát», chưa áp cho cảnh báo nào.');
    }
    const kept = (await reviewRows()).filter((r) => r.getCell(col('Ý kiến')).value === 'Đã đối chiếu sổ theo dõi');
    expect(
      kept.map((r) => {
        const note = r.getCell(col('Quyết định')).note;
        return {
          typed: [col('Đơn vị'), col('Trang'), col('Cảnh báo'), col('Quyết định'), col('Người rà soát'), col('Ngày')].map((c) => r.getCell(c).text),
          note: typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join(''),
        };
      }),
    ).toEqual([{ typed: ['Bản B', '', '', 'Chấp nhận', 'Quàng Thị Lan', '22/11/2025'], note: expect.stringContaining('Dòng này chưa ghi Trang và Cảnh báo nên chưa áp cho cảnh báo nào') }]);
    // Applied to none: Bản B's late submission is still undecided, held as typed above.
    expect(await heldRows()).toHaveLength(1);
  });
});
