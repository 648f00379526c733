import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { flagTitle } from '../../core/checks/titles.js';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import {
  FIRST_ROW,
  GOOD_HAMLET_POINTS,
  GOOD_HAMLET_TOTAL,
  goodHamlet,
  hashes,
  notesOf,
  openXlsx,
  runChild,
  runChildAt,
  runInProcess,
  tempDir,
  writeReportWorkbook,
  type UnitSheet,
} from './helpers.js';

/** A hamlet with deliberate problems: late, numerator > denominator, evidence missing, self-score over max. */
const TROUBLED: UnitSheet = {
  sheet: 'Bản Co Muông',
  name: 'Bản Co Muông',
  kind: 'Bản',
  submitted: '12/11/2025',
  lines: [
    ['HTS1', '85,5%', null, null, null, 10],
    ['HTS2', null, 130, 120, null, 15], // row 9: tử số > mẫu số
    ['HTS3', 'Không', null, null, null, 0],
    ['HTS4', '45%', null, null, null, 15],
    ['XHS1', null, 40, 100, null, 12],
    ['XHS2', '80%', null, null, null, 10],
    ['TT1', null, 2, 4, null, 10], // row 14: minh chứng bắt buộc, để trống
    ['TT4', 'Có', null, null, 'Sổ theo dõi', 5],
    ['BAN1', null, null, null, 'Biên bản bình xét', 20], // row 16: tự chấm vượt 15
  ],
};

let dir: string;
let inputs: string;
let before: Record<string, string>;

beforeAll(async () => {
  dir = await tempDir();
  inputs = join(dir, 'bao-cao');
  await mkdir(join(inputs, 'cac-ban'), { recursive: true });
  await writeReportWorkbook(join(inputs, 'ban-na-say.xlsx'), [goodHamlet('Báo cáo', 'Bản Nà Sáy')]);
  // Two units in one workbook, in a sub-folder.
  await writeReportWorkbook(join(inputs, 'cac-ban', 'hai-ban.xlsx'), [goodHamlet('Bản Hua Sát', 'Bản Hua Sát'), TROUBLED]);
  await writeFile(join(inputs, 'hong.xlsx'), 'đây không phải tệp Excel');
  await writeFile(join(inputs, '~$ban-na-say.xlsx'), 'tệp khoá của Excel');
  await writeReportWorkbook(join(inputs, 'khong-phai-bao-cao.xlsx'), []).catch(() => undefined);
  before = await hashes(inputs);
});

describe('thidua score (child process)', () => {
  let run: Awaited<ReturnType<typeof runChild>>;
  beforeAll(async () => {
    run = await runChild(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua'], dir);
  });

  it('exits 1 naming the unreadable files, and still scores the others', async () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Tệp bao-cao/hong.xlsx không phải tệp Excel .xlsx');
    expect(run.stderr).toMatch(/\[\d\/4\] bao-cao\/cac-ban\/hai-ban\.xlsx/);
    expect(run.stderr).not.toContain('~$');
    expect((await readdir(join(dir, 'ket-qua'))).sort()).toEqual(['ban-na-say.cham-diem.xlsx', 'hai-ban.cham-diem.xlsx', 'tong-hop.xlsx']);
    expect(run.stdout).toContain('Bản Nà Sáy');
  });

  it('leaves every input byte-identical', async () => {
    expect(await hashes(inputs)).toEqual(before);
  });

  it('writes points, max and flags beside each criterion, with notes on the flagged cells', async () => {
    const port = await openXlsx(join(dir, 'ket-qua', 'hai-ban.cham-diem.xlsx'));
    expect(await port.listSheets()).toEqual(['Bản Hua Sát', 'Bản Co Muông', 'Tổng hợp', 'Đề xuất khen thưởng', 'Rà soát', 'Xét khen thưởng']);
    const [good, troubled] = await port.readSheets(['Bản Hua Sát', 'Bản Co Muông']);
    // Typed columns A–H; one blank column (I); then J = Điểm thẩm định, K = Điểm tối đa, L = Cảnh báo.
    expect(good!.values[6]!.slice(8, 12)).toEqual([null, 'Điểm thẩm định', 'Điểm tối đa', 'Cảnh báo']);
    const points = Object.fromEntries(good!.values.slice(FIRST_ROW - 1, FIRST_ROW + 8).map((r) => [r[0], r[9]]));
    expect(points).toEqual(GOOD_HAMLET_POINTS);
    const totalRow = good!.values.findIndex((r) => r[9] === 'Tổng điểm');
    expect(good!.values[totalRow]![10]).toBe(GOOD_HAMLET_TOTAL);

    const row = (n: number) => troubled!.values[n - 1]!;
    expect(row(9)[11]).toMatch(/^\[Tử số lớn hơn mẫu số\]/);
    expect(row(14)[11]).toMatch(/\[Thiếu minh chứng\]/);
    expect(row(16)[9]).toBe(15); // capped at the max
    expect(row(16)[11]).toMatch(/\[Điểm tự chấm vượt điểm tối đa\]/);
    // A flag about the whole sheet: a note from «Điểm thẩm định» (J) across scoring's columns, in a row above the table.
    expect(troubled!.values.slice(0, 6).map((r) => r[9]).find((v) => typeof v === 'string' && v.startsWith('[Nộp báo cáo muộn]'))).toBeDefined();
    // The unit's own figures are untouched.
    expect(row(9).slice(0, 8)).toEqual(['HTS2', 'Tiêu chí HTS2', null, 130, 120, null, 15, null]);

    const ws = port.workbook.getWorksheet('Bản Co Muông')!;
    // The notes as Excel reads them (ExcelJS reads a note's text only from formatted runs).
    const notes = await notesOf(join(dir, 'ket-qua', 'hai-ban.cham-diem.xlsx'), 'Bản Co Muông');
    const note = (cell: string) => notes.get(cell);
    expect(note('D9')).toMatch(/tử số 130 lớn hơn mẫu số 120/);
    expect(note('F14')).toMatch(/minh chứng/);
    expect(note('B4')).toMatch(/12\/11\/2025/);
    expect(ws.getCell('J9').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });

  it('writes `Tổng hợp` and `Rà soát` across every unit in tong-hop.xlsx', async () => {
    const port = await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'));
    expect(await port.listSheets()).toEqual(['Tổng hợp', 'Đề xuất khen thưởng', 'Còn thiếu gì', 'Không chấm, không xếp hạng', 'Rà soát', 'Xét khen thưởng', 'Biểu quyết']);
    const [summary, review] = await port.readSheets(['Tổng hợp', 'Rà soát']);
    const ranked = summary!.values.filter((r) => typeof r[0] === 'number' && r[2] === 'Bản').map((r) => [r[0], r[1], r[3]]);
    expect(ranked[0]).toEqual([1, expect.stringMatching(/^Bản (Nà Sáy|Hua Sát)$/), GOOD_HAMLET_TOTAL]);
    expect(ranked.map((r) => r[1])).toContain('Bản Co Muông');
    expect(ranked).toHaveLength(3);

    const flagRows = review!.values.filter((r) => typeof r[0] === 'number');
    expect(flagRows.length).toBeGreaterThanOrEqual(4);
    expect(flagRows.every((r) => r[1] === 'Bản Co Muông' || r[1] === 'Bản Hua Sát' || r[1] === 'Bản Nà Sáy')).toBe(true);
    expect(flagRows.map((r) => [r[2], r[3], r[4]])).toEqual(
      expect.arrayContaining([
        ['Bản Co Muông', 'D9', flagTitle('numerator-exceeds-denominator')],
        ['Bản Co Muông', 'F14', flagTitle('evidence-missing')],
        ['Bản Co Muông', 'B4', flagTitle('late-submission')],
      ]),
    );
  });
});

describe('thidua score --json (in-process)', () => {
  it('prints one ScoreRunOutput document on stdout, progress and errors on stderr only', async () => {
    const run = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua-json', '--json'], dir);
    expect(run.code).toBe(1);
    const doc = ScoreRunOutput.parse(JSON.parse(run.stdout));
    expect(doc.cards.map((c) => c.unitName).sort()).toEqual(['Bản Co Muông', 'Bản Hua Sát', 'Bản Nà Sáy']);
    expect(doc.cards.find((c) => c.unitName === 'Bản Nà Sáy')!.total).toBe(GOOD_HAMLET_TOTAL);
    const troubled = doc.cards.find((c) => c.unitName === 'Bản Co Muông')!;
    expect(troubled.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining(['numerator-exceeds-denominator', 'evidence-missing', 'self-score-over-max', 'late-submission']),
    );
    expect(doc.errors.map((e) => e.file).sort()).toEqual(['bao-cao/hong.xlsx', 'bao-cao/khong-phai-bao-cao.xlsx']);
    expect(doc.files.find((f) => f.file === 'bao-cao/cac-ban/hai-ban.xlsx')).toEqual({
      file: 'bao-cao/cac-ban/hai-ban.xlsx',
      output: 'ket-qua-json/hai-ban.cham-diem.xlsx',
      units: 2,
      reviewSheet: 'Rà soát',
    });
    expect(doc.summaryFile).toBe('ket-qua-json/tong-hop.xlsx');
    expect(doc.ranking[0]!.entries).toHaveLength(3);
    expect(run.stderr).toContain('[1/4]');
    expect(await hashes(inputs)).toEqual(before);
  });

  it('exits 0 when every input is a readable report', async () => {
    const run = await runInProcess(['score', 'bao-cao/ban-na-say.xlsx', '--criteria', 'ta-ma-2025', '--out', 'mot-tep'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(''); // one file: no progress lines
    expect(await hashes(inputs)).toEqual(before);
  });

  it('scores with a criteria workbook exported by `thidua criteria export`', async () => {
    expect((await runInProcess(['criteria', 'export', 'ta-ma-2025', '--out', 'tieu-chi.xlsx'], dir)).code).toBe(0);
    const run = await runInProcess(['score', 'bao-cao/ban-na-say.xlsx', '--criteria', 'tieu-chi.xlsx', '--out', 'theo-tep', '--json'], dir);
    expect(run.code).toBe(0);
    expect(ScoreRunOutput.parse(JSON.parse(run.stdout)).cards[0]!.total).toBe(GOOD_HAMLET_TOTAL);
  });
});

describe('thidua score: refusals and usage', () => {
  it('refuses an output folder that is one of the inputs', async () => {
    const run = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'bao-cao'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('trùng với đầu vào');
    expect(await hashes(inputs)).toEqual(before);
  });

  it('never writes a scored copy onto an input, refuses a summary that would land on one, and an --out that is a file', async () => {
    await mkdir(join(dir, 'ket-qua'), { recursive: true });
    await copyFile(join(inputs, 'ban-na-say.xlsx'), join(dir, 'ket-qua/ban-na-say.cham-diem.xlsx'));
    const kept = await hashes(join(dir, 'ket-qua'));
    const run = await runInProcess(['score', 'bao-cao/ban-na-say.xlsx', 'ket-qua/ban-na-say.cham-diem.xlsx', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], dir);
    expect(run.code).toBe(0); // the same unit in two folders: two communes' units may share a name
    const outputs = (JSON.parse(run.stdout) as { files: { output: string }[] }).files.map((f) => f.output);
    expect(outputs).toEqual(['ket-qua/ban-na-say-2.cham-diem.xlsx', 'ket-qua/ban-na-say.cham-diem.cham-diem.xlsx']);
    expect((await hashes(join(dir, 'ket-qua')))['ban-na-say.cham-diem.xlsx']).toBe(kept['ban-na-say.cham-diem.xlsx']);

    await copyFile(join(inputs, 'ban-na-say.xlsx'), join(dir, 'ket-qua/tong-hop.xlsx'));
    const summary = await runInProcess(['score', 'ket-qua/tong-hop.xlsx', '--criteria', 'ta-ma-2025', '--out', 'ket-qua'], dir);
    expect(summary.code).toBe(2);
    expect(summary.stderr).toContain('Tệp tổng hợp ket-qua/tong-hop.xlsx sẽ ghi đè một tệp đầu vào');

    const file = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'bao-cao/ban-na-say.xlsx'], dir);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('là một tệp, không phải thư mục');
    expect(await hashes(inputs)).toEqual(before);
  });

  it('says which criteria set is unknown, and which options are missing', async () => {
    const unknown = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2099'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có bộ tiêu chí có sẵn «ta-ma-2099»');
    expect((await runInProcess(['score', 'bao-cao'], dir)).stderr).toContain('Thiếu --criteria');
    expect((await runInProcess(['score', '--criteria', 'ta-ma-2025'], dir)).code).toBe(2);
    expect((await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--lam-gi'], dir)).stderr).toContain('Không có tuỳ chọn --lam-gi');
  });

  it('reads --indicators with the extension export schema and rejects anything else', async () => {
    await writeFile(join(dir, 'chi-so.json'), JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2025-11-01T08:00:00Z', snapshots: [] }));
    await writeFile(join(dir, 'sai.json'), JSON.stringify({ format: 'khac' }));
    const ok = await runInProcess(['score', 'bao-cao/ban-na-say.xlsx', '--criteria', 'ta-ma-2025', '--out', 'cs', '--indicators', 'chi-so.json'], dir);
    expect(ok.code).toBe(0);
    const bad = await runInProcess(['score', 'bao-cao/ban-na-say.xlsx', '--criteria', 'ta-ma-2025', '--out', 'cs', '--indicators', 'sai.json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Tệp chỉ số sai.json không đúng định dạng');
  });

  it('prints help in Vietnamese then English, exit 0', async () => {
    const run = await runInProcess(['score', '--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Chấm điểm mọi trang báo cáo[\s\S]*English: scores every unit report sheet/);
    expect((await runInProcess(['--help'], dir)).stdout).toContain('thidua score examples/bao-cao --criteria ta-ma-2025');
    expect((await runInProcess(['lam-gi'], dir)).code).toBe(2);
  });
});

describe('thidua score when its copies or tong-hop.xlsx cannot be written (child process, worker threads)', () => {
  // A run is written whole or not at all (issue 48): a folder standing where a copy or tong-hop.xlsx goes is said before
  // anything is moved into place, and nothing of the run is written.
  it('names each place a folder stands in, with the duplicate, writes nothing of the run, exit 1', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'bao-cao'), { recursive: true });
    for (const name of ['a-ban-na-say.xlsx', 'b-ban-na-say.xlsx', 'c-ban-hua-sat.xlsx']) {
      await writeReportWorkbook(join(dir, 'bao-cao', name), [goodHamlet('Báo cáo', name.startsWith('c') ? 'Bản Hua Sát' : 'Bản Nà Sáy')]);
    }
    // A folder where a copy and tong-hop.xlsx would go: neither can be written.
    await mkdir(join(dir, 'ket-qua', 'c-ban-hua-sat.cham-diem.xlsx'), { recursive: true });
    await mkdir(join(dir, 'ket-qua', 'tong-hop.xlsx'), { recursive: true });
    const run = await runChild(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], dir, { THIDUA_THREADS: '1' });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('unexpected error');
    expect(run.stderr).toContain('Báo cáo trùng: Bản Nà Sáy');
    expect(run.stderr).toMatch(/ket-qua\/c-ban-hua-sat\.cham-diem\.xlsx: Không ghi được «.*c-ban-hua-sat\.cham-diem\.xlsx» là một thư mục/);
    expect(run.stderr).toMatch(/ket-qua\/tong-hop\.xlsx: Không ghi được «.*tong-hop\.xlsx» là một thư mục/);
    expect(run.stderr).toContain('Không tệp nào của lần chấm này được ghi; kết quả trước trong thư mục giữ nguyên.');
    expect((await readdir(join(dir, 'ket-qua'))).sort()).toEqual(['c-ban-hua-sat.cham-diem.xlsx', 'tong-hop.xlsx']);
  });
});

describe('the officer\'s day, whatever the clock of the machine (child process)', () => {
  // 01:30 on 1/12/2026 in Vietnam, 18:30 on 30/11 in UTC: a provincial server or a CI on UTC dated the run, its seal and
  // the papers' day (the seal's, defaultPaperOptions) «30/11/2026 18:30», the day before the watch's capture of that morning.
  const NOW = '2026-11-30T18:30:00Z';
  /** `score`, `close` and `verify` of one hamlet's report at NOW under `tz`: what they print, and tong-hop.xlsx's «Ngày lập». */
  async function datedUnder(tz: string) {
    const here = await tempDir();
    await mkdir(join(here, 'bao-cao'));
    await writeReportWorkbook(join(here, 'bao-cao', 'ban-na-say.xlsx'), [goodHamlet('Báo cáo', 'Bản Nà Sáy')]);
    const runs = [];
    for (const args of [['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'kq'], ['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], ['verify', 'kq']]) {
      const run = await runChildAt(args, here, NOW, tz);
      expect(run.code, `${args.join(' ')} (TZ=${tz})\n${run.stderr}`).toBe(0);
      // The seal's code is its own each closing (its key is made then): the rest is what the officer reads of the days.
      runs.push((run.stdout + run.stderr).replace(/Mã niêm phong: [\w-]+/g, 'Mã niêm phong: …'));
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(here, 'kq', 'tong-hop.xlsx'));
    const made = [...Array(8).keys()].map((r) => String(wb.getWorksheet('Tổng hợp')?.getCell(r + 1, 1).value ?? '')).find((t) => t.startsWith('Ngày lập:'));
    return { runs, made };
  }

  it('dates tong-hop.xlsx, the seal and what follows from it by Vietnam\'s calendar, on a machine on UTC as on one in Vietnam', async () => {
    const utc = await datedUnder('UTC');
    const vietnam = await datedUnder('Asia/Ho_Chi_Minh');
    expect(vietnam.made).toMatch(/^Ngày lập: 01\/12\/2026 · /);
    expect(vietnam.runs.join('\n')).toContain('01/12/2026 01:30, Lò Văn Thành');
    expect(utc.made).toBe(vietnam.made);
    expect(utc.runs).toEqual(vietnam.runs);
  }, 120_000);
});
