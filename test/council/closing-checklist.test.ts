// The checklist before closing on the command line (issue 38 item 2), on the example commune: `thidua close` with flags
// undecided and errors unreviewed is refused, listing them with their units and cells, and writes nothing; once the
// council has asked one unit to explain and accepted one flag, the list says so; `--accept-open` closes, and what was
// open is on the «Chốt kết quả» sheet, in the closed round (the folder still verifies) and, counted, in the minutes.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { ClosedRound, RUN_RECORD_KEY, type RunRecord } from '../../core/run/closing.js';
import { openLines } from '../../core/run/open-at-closing.js';
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { CLOSING_SHEET } from '../../core/run/plan-closing.js';
import { sealOf } from '../../core/run/seal.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { typeDecision } from '../helpers/review-rows.js';
import { runInProcess } from '../cli/helpers.js';
import { scoredCommune } from './example-commune.js';
import { readSummary, typeVotes } from './council-meeting.js';

let dir: string;
const thidua = (...args: string[]) => runInProcess(args, dir);
const summary = () => join(dir, 'kq', 'tong-hop.xlsx');
const score = () => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');

beforeAll(async () => {
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
}, 120_000);

/** The four error flags of the example, as the checklist names them. */
const ERRORS = [
  'Bản Sáng Tớ — Báo cáo lập theo bộ tiêu chí khác (ô C10)',
  'Bản Ta Ma — Số liệu không đọc được (ô G19)',
  'Hội Nông dân xã Ta Ma — Số liệu không đọc được (ô G17)',
  'Trường PTDTBT Tiểu học Ta Ma — Tử số lớn hơn mẫu số (ô H19)',
];

describe('thidua close: what is still open', () => {
  it('is said in the help, with its option', async () => {
    const help = await thidua('close', '--help');
    expect(help.stdout).toContain('[--accept-open]');
    expect(help.stdout).toMatch(/--accept-open: Hội đồng vẫn chốt khi còn mục\s+mở/);
  });

  it('refuses to close while flags are undecided and errors unreviewed, then closes with --accept-open and records what was open', async () => {
    // The council has voted on every nominee: what is open here is the review alone.
    await typeVotes(summary(), () => [9, 8, 7]);
    const refused = await thidua('close', 'kq', '--by', 'Lò Văn Thành');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    const lines = refused.stderr.split('\n');
    expect(lines[0]).toBe('Chưa chốt: còn 20 cảnh báo chưa quyết định, 4 lỗi chưa rà soát:');
    expect(lines[1]).toMatch(/^ {2}- 20 cảnh báo chưa quyết định ở «Rà soát»: .*Trạm Y tế xã Ta Ma: 5;/);
    expect(lines[2]).toBe(`  - 4 lỗi chưa rà soát: ${ERRORS.join('; ')}.`);
    expect(lines[3]).toContain('thêm --accept-open');
    // Nothing was written: the folder is still not closed.
    expect((await thidua('verify', 'kq')).stderr).toContain('chưa được chốt');

    // The council asks Bản Sáng Tớ to explain its late report and accepts Đoàn Thanh niên's missing date, then scores again.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary());
    const review = wb.getWorksheet(REVIEW_SHEET)!;
    typeDecision(review, 'Bản Sáng Tớ', 'late-submission', 'Giải trình');
    typeDecision(review, 'Đoàn Thanh niên xã Ta Ma', 'missing-metadata', 'Chấp nhận');
    await wb.xlsx.writeFile(summary());
    expect((await score()).code).toBe(0);

    const still = await thidua('close', 'kq', '--by', 'Lò Văn Thành');
    expect(still.code).toBe(1);
    expect(still.stderr).toContain('Chưa chốt: còn 18 cảnh báo chưa quyết định, 4 lỗi chưa rà soát, 1 đơn vị chờ giải trình:');
    expect(still.stderr).toContain('  - 1 đơn vị chờ giải trình: Bản Sáng Tớ.');

    const closed = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    expect(closed.code).toBe(0);
    const said = 'Khi chốt còn 18 cảnh báo chưa quyết định, 4 lỗi chưa rà soát, 1 đơn vị chờ giải trình.';
    expect(closed.stdout).toMatch(/^Đã chốt kết quả lần 1, .*: 12 tệp, ghi trong .*tong-hop\.xlsx\. /);
    expect(closed.stdout.trim().endsWith(said)).toBe(true);
    // What was open is sealed with the round: the folder verifies as closed.
    expect((await thidua('verify', 'kq')).code).toBe(0);

    // Each unreviewed error's line carries the cell its words name, on the unit's report sheet of its file: where every
    // face opens it (the pane's and the page's links). Before, the line had no place at all.
    const sealed = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    const errors = openLines(sealed.open!, COUNCIL_SHEET_NAMES).find((l) => l.text.startsWith('4 lỗi chưa rà soát'))!;
    expect(errors.text).toBe(`4 lỗi chưa rà soát: ${ERRORS.join('; ')}.`);
    expect(errors.places).toEqual([
      { sheet: 'Bản Sáng Tớ', cell: 'C10', file: 'bao-cao/ban-sang-to.xlsx' },
      { sheet: 'Bản Ta Ma', cell: 'G19', file: 'bao-cao/ban-ta-ma.xlsx' },
      { sheet: 'Hội Nông dân xã Ta Ma', cell: 'G17', file: 'bao-cao/doan-the-xa-ta-ma.xlsx' },
      { sheet: 'Trường PTDTBT Tiểu học Ta Ma', cell: 'H19', file: 'bao-cao/truong-tieu-hoc-ta-ma.xlsx' },
    ]);
    // A round sealed before the sheet and file were kept still reads, and says its errors as it did, of no place.
    const { open, ...rest } = sealed;
    const earlier = ClosedRound.parse({ ...rest, open: { ...open, errors: open!.errors.map(({ sheet: _s, file: _f, ...e }) => e), undecided: open!.undecided.map(({ sheet: _s, file: _f, ...e }) => e) } });
    expect(openLines(earlier.open!, COUNCIL_SHEET_NAMES).find((l) => l.text === errors.text)).toEqual({ text: errors.text });

    // «Chốt kết quả»: the round's row says what was open; the list under it names the errors with their cells.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(summary());
    const rows: string[][] = [];
    book.getWorksheet(CLOSING_SHEET)!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => String(v ?? ''))));
    const header = rows.find((r) => r[0] === 'Lần')!;
    const round = rows.find((r) => r[0] === '1' && r[1] === 'Lò Văn Thành')!;
    expect(round[header.indexOf('Còn mở khi chốt')]).toBe(said);
    expect(rows.map((r) => r[0])).toContain(`4 lỗi chưa rà soát: ${ERRORS.join('; ')}.`);
    expect(rows.map((r) => r[0])).toContain('1 đơn vị chờ giải trình: Bản Sáng Tớ.');

    // The minutes name each open item by unit and cell.
    expect((await thidua('papers', 'kq', '--out', 'ho-so')).code).toBe(0);
    const minutes = (await mammoth.extractRawText({ path: join(dir, 'ho-so', 'bien-ban.docx') })).value;
    expect(minutes).toContain('2. Những nội dung còn mở khi Hội đồng chốt kết quả (19):');
    expect(minutes).toContain('Bản Sáng Tớ: chờ đơn vị giải trình;');
    expect(minutes).toContain('Trường PTDTBT Tiểu học Ta Ma: cảnh báo «Tử số lớn hơn mẫu số» (ô H19) chưa có quyết định của Hội đồng;');
  }, 300_000);

  it('refuses a result whose record was written before flags were kept: it cannot say what is open', async () => {
    expect((await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-cu')).code).toBe(0);
    // The record as an earlier version wrote it: no flags on its units, sealed as it was.
    const path = join(dir, 'kq-cu', 'tong-hop.xlsx');
    const book = OoxmlWorkbook.open(await readFile(path));
    const { seal: _seal, ...record } = (await book.readStore(RUN_RECORD_KEY)) as RunRecord;
    const earlier = { ...record, units: record.units.map(({ flags: _flags, ...u }) => u) };
    await book.writeStore(RUN_RECORD_KEY, { ...earlier, seal: sealOf(earlier) });
    await writeFile(path, await book.toBuffer());

    const refused = await thidua('close', 'kq-cu', '--by', 'Lò Văn Thành', '--accept-open');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('do phiên bản trước ghi, không giữ cảnh báo của lần chấm nên không biết còn gì mở: hãy chấm lại');
    expect((await thidua('verify', 'kq-cu')).stderr).toContain('chưa được chốt');
  }, 120_000);
});
