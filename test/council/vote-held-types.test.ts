// A «Biểu quyết» row thidua holds is written back as the council typed it, each cell of its type: the example commune
// reviewed, every nominee voted 9/8/7 (numbers), then the secretary types Công an xã Ta Ma's «Đồng ý» as «7 phiếu» and
// an officer retypes Bản Ta Ma's «Tổng số thành viên» as the text «9» with «Đồng ý» «7 phiếu» too (ExcelJS; saved by
// LibreOffice), scored again by the command line (in-process). Before, both rows were held and written back with every count
// as text: the numbers 9 and 8 came back as the texts «9», «8» (Excel's green triangle; a sum over the column skipped
// them). Now a number comes back a number, a text a text — read by ExcelJS (cell.type) and openpyxl (data_type); the task
// pane (Office.js fake) writes the numbers back as numbers. A row that reads as a vote, UBND xã Ta Ma's «9»/8/«7» with
// two counts typed as text: counted 9/8/7, but written back as the numbers 9 and 7 before; now its texts stay text. «Rà soát»'s «Ngày» is held the same way: a date cell, a
// number (a date whose format LibreOffice cleared) and a text «20/11/2026» come back as typed, on the command line and in the pane.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { FakeOffice } from '../../scripts/harness/office-fake.js';
import { exampleVotedInPane } from '../addin/pane-walk.js';
import type { Run } from '../cli/helpers.js';
import { readSummary, reviewedCommune, typeVotes, votedThenRetyped } from './council-meeting.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';
import { createHash } from 'node:crypto';
import { copyFile, cp, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PreviousSummary } from '../../core/run/previous-summary.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { openpyxl as readByOpenpyxl } from './typed-in-parts.js';

const NOW = new Date('2026-11-20T09:00:00+07:00');
/** Each row retyped: its members, present and in favour (columns E, F, G) as typed — a number or a text. */
const TYPED: Record<string, [number | string, number | string, number | string]> = {
  'Công an xã Ta Ma': [9, 8, '7 phiếu'],
  'Bản Ta Ma': ['9', 8, '7 phiếu'],
  // A row that reads as a vote (9/8/7) with «Tổng số thành viên» and «Đồng ý» typed as text: counted, and its text stays text.
  'UBND xã Ta Ma': ['9', 8, '7'],
};
/** The name the council gave «Biểu quyết» in the copy it hands back with --decisions. */
const GIVEN_VOTES = 'Biểu quyết HĐ 2026';
/** The units whose rows are held («7 phiếu» does not read), in TYPED's order. */
const HELD = Object.keys(TYPED).filter((unit) => TYPED[unit]!.includes('7 phiếu'));
const COLUMNS = ['E', 'F', 'G'] as const;
/** What each cell must hold again: its value and whether it is a number. */
const expected = Object.values(TYPED).flatMap((counts) => counts.map((v) => ({ value: v, number: typeof v === 'number' })));

describe('a held «Biểu quyết» row written again (thidua score, the command line in-process)', () => {
  let run: Run;
  let cells: string[];
  let exceljs: { value: unknown; number: boolean }[];
  let openpyxl: { value: unknown; type: string }[];
  /** UBND xã Ta Ma's row, which reads as a vote: its number and «Kết quả» written again. */
  let textRow: { row: string; result: unknown };
  /** The run given the council's copy with --decisions, and the cells it wrote. */
  let given: Run;
  let openpyxlGiven: { value: unknown; type: string }[];

  beforeAll(async () => {
    cells = [];
    let summary: string;
    ({ run, summary } = await votedThenRetyped(
      Object.fromEntries(
        Object.entries(TYPED).map(([unit, counts]) => [
          unit,
          (row: ExcelJS.Row) =>
            counts.forEach((v, i) => {
              const cell = row.getCell(5 + i);
              cell.value = v;
              cells.push(cell.address);
            }),
        ]),
      ),
    ));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(summary);
    const sheet = back.getWorksheet('Biểu quyết')!;
    exceljs = cells.map((c) => ({ value: sheet.getCell(c).value, number: sheet.getCell(c).type === ExcelJS.ValueType.Number }));
    const textCell = cells[Object.keys(TYPED).indexOf('UBND xã Ta Ma') * 3]!;
    const row = textCell.slice(1);
    textRow = { row, result: sheet.getCell(`H${row}`).value };
    const read = `ws = wb['Biểu quyết']\nprint(json.dumps([{'value': ws[c].value, 'type': ws[c].data_type} for c in ${JSON.stringify(cells)}]))`;
    openpyxl = JSON.parse(readByOpenpyxl(summary, read));
    // The council's copy saved under a name of its own, UBND xã Ta Ma's «Tổng số thành viên» retyped there as the number
    // 9, and given back with the folder's own (councilWork: both hold each vote, this one in cells of other types). There
    // the council renamed «Biểu quyết» (GIVEN_VOTES): the sheet thidua writes takes that name, and its line says it so.
    const dir = join(summary, '..', '..');
    await copyFile(summary, join(dir, 'hoi-dong.xlsx'));
    readByOpenpyxl(join(dir, 'hoi-dong.xlsx'), `wb['Biểu quyết']['${textCell}'] = 9\nwb['Biểu quyết'].title = '${GIVEN_VOTES}'`);
    given = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq', '--decisions', 'hoi-dong.xlsx'], dir);
    openpyxlGiven = JSON.parse(readByOpenpyxl(summary, read.replace("wb['Biểu quyết']", `wb['${GIVEN_VOTES}']`)));
  }, 300_000);

  it('holds both rows, said at their «Đồng ý» cells', () => {
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.includes('không hiểu số đồng ý «7 phiếu»'));
    expect(lines.map((l) => l.match(/G\d+/)?.[0])).toEqual(cells.filter((c, i) => c.startsWith('G') && HELD.includes(Object.keys(TYPED)[Math.floor(i / 3)]!)));
    expect(cells.map((c) => c.replace(/\d+/, ''))).toEqual(Object.keys(TYPED).flatMap(() => COLUMNS));
  });

  it('counts the row typed as text that reads as the vote it says, «Đạt» beside it, with no word on its cells', () => {
    expect(run.stderr).not.toMatch(new RegExp(`[EFG]${textRow.row}\\b`));
    expect(textRow.result).toBe('Đạt');
  });

  it('writes each cell back of the type typed, as ExcelJS reads it', () => {
    expect(exceljs).toEqual(expected);
  });

  it('and as openpyxl reads it', () => {
    expect(openpyxl).toEqual(expected.map((e) => ({ value: e.value, type: e.number ? 'n' : 's' })));
  });

  it('and again when the council’s copy is given with --decisions beside the folder’s own: the copy’s types, the one typed otherwise said', () => {
    expect(given.code, given.stderr).toBe(0);
    const retyped = Object.keys(TYPED).indexOf('UBND xã Ta Ma') * 3;
    expect(openpyxlGiven).toEqual(expected.map((e, i) => (i === retyped ? { value: 9, type: 'n' } : { value: e.value, type: e.number ? 'n' : 's' })));
    const cell = cells[retyped]!;
    expect(`${given.stdout}${given.stderr}`).toContain(
      `Biểu quyết UBND xã Ta Ma — Bằng khen của Chủ tịch UBND tỉnh (khen thưởng hằng năm): kq/tong-hop.xlsx và hoi-dong.xlsx ghi cùng 9/8/7, khác kiểu ô: «Tổng số thành viên» là chữ «9» ở kq/tong-hop.xlsx (trang «Biểu quyết», ô ${cell}:G${cell.slice(1)}), số 9 ở hoi-dong.xlsx (trang «${GIVEN_VOTES}», ô ${cell}:G${cell.slice(1)}) — thidua ghi lại theo hoi-dong.xlsx (tệp --decisions): số 9. Nếu Hội đồng muốn giữ như ở kq/tong-hop.xlsx, sau lần chấm này sửa lại ô ấy ở trang «${GIVEN_VOTES}» trong tệp thidua vừa ghi rồi lưu.`,
    );
  });
});

describe('a held «Biểu quyết» row and «Rà soát»’s dates written again in the task pane (Office.js fake)', () => {
  let fake: FakeOffice & { uninstall: () => void };
  afterAll(() => fake?.uninstall());

  it('gives each cell back the value typed, a number where it was one', async () => {
    const scored = await exampleVotedInPane(NOW);
    fake = scored.fake;
    const votes = fake.state.sheets.find((s) => s.name === 'Biểu quyết')!;
    const keys = Object.entries(TYPED).flatMap(([unit, counts]) => {
      const row = scored.voteRow(unit);
      return counts.map((v, i) => {
        votes.cells.set(`${row}:${5 + i}`, { value: v, numberFormat: 'General', style: {} });
        return `${row}:${5 + i}`;
      });
    });
    // In the same run, «Rà soát»'s «Ngày» of three decisions typed as a date cell, a number and a text (DAYS).
    const review = () => fake.state.sheets.find((s) => s.name === 'Rà soát')!;
    const dayRow = (flag: string) => [...review().cells.keys()].map((k) => Number(k.split(':')[0])).find((r) => review().cells.get(`${r}:5`)?.value === flag && ['Bản Ta Ma', 'Bản Sáng Tớ'].includes(String(review().cells.get(`${r}:2`)?.value)));
    const days = Object.entries(DAYS).map(([flag, d]) => {
      const r = dayRow(flag)!;
      review().cells.set(`${r}:9`, { value: 'Chấp nhận', numberFormat: 'General', style: {} });
      review().cells.set(`${r}:11`, { value: d.value instanceof Date ? 46356 : d.value, numberFormat: d.numFmt ?? 'General', style: {} });
      return { flag, value: d.value instanceof Date ? 46356 : d.value, numberFormat: d.numFmt ?? (typeof d.value === 'string' ? '@' : 'General') };
    });
    // And Bản Hua Ca's row copied under the table's last row, its «Tổng số thành viên» retyped as the text «9» (COPIED's case).
    const huaCa = scored.voteRow('Bản Hua Ca');
    const copy = Math.max(...[...votes.cells.keys()].filter((k) => k.endsWith(':5') && votes.cells.get(k)?.value === 9).map((k) => Number(k.split(':')[0]))) + 1;
    for (let c = 1; c <= 9; c++) {
      const value = c === 5 ? '9' : votes.cells.get(`${huaCa}:${c}`)?.value;
      if (value !== undefined) votes.cells.set(`${copy}:${c}`, { value, numberFormat: 'General', style: {} });
    }
    const result = await runInExcel((port) => checkAndScore(port, scored.set, { now: NOW }));
    expect(result.votes?.held.filter((v) => v.unitName in TYPED).map((v) => v.unitName)).toEqual(HELD);
    expect(result.votes?.problems.filter((p) => p.message.includes('ghi cùng một kết quả biểu quyết'))).toEqual([
      expect.objectContaining({ cell: `E${huaCa}:G${huaCa}, E${copy}:G${copy}`, message: expect.stringContaining(`(ô E${copy} ghi chữ «9», ô E${huaCa} ghi số 9) — là một lần biểu quyết ghi 2 lần: thidua tính một lần, ghi lại dòng ${huaCa} như đã ghi, không ghi lại dòng ${copy}.`) }),
    ]);
    expect(days.map(({ flag }) => ({ flag, value: review().cells.get(`${dayRow(flag)}:11`)?.value, numberFormat: review().cells.get(`${dayRow(flag)}:11`)?.numberFormat }))).toEqual(days);
    // «Biểu quyết» is written again as a new sheet: read from the workbook as it stands now.
    const again = fake.state.sheets.find((s) => s.name === 'Biểu quyết')!;
    expect(again).not.toBe(votes);
    expect(keys.map((k) => again.cells.get(k)?.value)).toEqual(expected.map((e) => e.value));
    expect([...again.cells.keys()].filter((k) => k.endsWith(':2') && again.cells.get(k)?.value === 'Bản Hua Ca').map((k) => [5, 6, 7].map((c) => again.cells.get(`${k.split(':')[0]}:${c}`)?.value))).toEqual([[9, 8, 7]]);
  }, 300_000);
});

/** «Ngày» of three decisions retyped on «Rà soát»: a date cell, a number as LibreOffice leaves a date whose format was cleared, and the text typed. */
const DAYS: Record<string, { value: Date | number | string; numFmt?: string; type: number; openpyxl: string }> = {
  'Số liệu là công thức': { value: new Date(Date.UTC(2026, 10, 30)), numFmt: 'dd/mm/yyyy', type: ExcelJS.ValueType.Date, openpyxl: 'd' },
  'Số liệu không đọc được': { value: 46356, type: ExcelJS.ValueType.Number, openpyxl: 'n' },
  'Nộp báo cáo muộn': { value: '20/11/2026', type: ExcelJS.ValueType.String, openpyxl: 's' },
};

describe('«Rà soát»’s «Ngày» written again (thidua score, the command line in-process)', () => {
  it('gives each date back of the type typed — a date cell, a number, a text — as ExcelJS and openpyxl read it, its decision applied', async () => {
    const dir = await reviewedCommune();
    const summary = join(dir, 'kq', 'tong-hop.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    wb.getWorksheet('Rà soát')!.eachRow((row) => {
      const day = DAYS[String(row.getCell(5).value)];
      if (!day || row.getCell(8).value !== 'Lần 1' || !['Bản Ta Ma', 'Bản Sáng Tớ'].includes(String(row.getCell(2).value))) return;
      row.getCell(11).value = day.value;
      if (day.numFmt) row.getCell(11).numFmt = day.numFmt;
    });
    await wb.xlsx.writeFile(summary);
    await savedByLibreOffice(summary);
    const run = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('không hiểu ngày');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(summary);
    const cells: Record<string, string> = {};
    back.getWorksheet('Rà soát')!.eachRow((row) => {
      const flag = String(row.getCell(5).value);
      if (flag in DAYS && String(row.getCell(8).value).startsWith('Lần 1') && ['Bản Ta Ma', 'Bản Sáng Tớ'].includes(String(row.getCell(2).value))) cells[flag] = row.getCell(11).address;
    });
    const sheet = back.getWorksheet('Rà soát')!;
    expect(Object.fromEntries(Object.entries(cells).map(([flag, c]) => [flag, [sheet.getCell(c).type, sheet.getCell(c).value, sheet.getCell(`I${c.slice(1)}`).value]]))).toEqual(
      Object.fromEntries(Object.entries(DAYS).map(([flag, d]) => [flag, [d.type, d.value, 'Chấp nhận']])),
    );
    const read = `ws = wb['Rà soát']\nprint(json.dumps({f: [ws[c].data_type, ws[c].number_format if ws[c].data_type == 'd' else None] for f, c in ${JSON.stringify(cells)}.items()}, ensure_ascii=False))`;
    expect(JSON.parse(readByOpenpyxl(summary, read))).toEqual(Object.fromEntries(Object.entries(DAYS).map(([flag, d]) => [flag, [d.openpyxl, d.numFmt ?? null]])));
  }, 300_000);
});

/**
 * A row copied under itself (Insert copied cells) and one cell retyped: «9» as text where the row above holds the number
 * 9 — Công an xã Ta Ma's 9/8/7 that reads, Bản Ta Ma's 9/8/«7 phiếu» held. One vote written twice, typed two ways.
 */
const COPIED: Record<string, (number | string)[]> = { 'Công an xã Ta Ma': [9, 8, 7], 'Bản Ta Ma': [9, 8, '7 phiếu'] };

describe('a «Biểu quyết» row copied under itself, «9» retyped as text in the copy (openpyxl, LibreOffice, thidua score twice)', () => {
  let first: Run;
  let second: Run;
  /** Each unit's rows as typed (row numbers, the first's and the copy's). */
  let rows: Record<string, [number, number]>;
  let summary: string;

  beforeAll(async () => {
    const dir = await reviewedCommune();
    summary = join(dir, 'kq', 'tong-hop.xlsx');
    await typeVotes(summary, () => [9, 8, 7]);
    const edit = `
vs = wb['Biểu quyết']
out = {}
for unit, counts in ${JSON.stringify(COPIED)}.items():
    n = next(r for r in range(8, vs.max_row + 1) if vs.cell(r, 2).value == unit)
    vs.insert_rows(n + 1)
    for c in range(1, vs.max_column + 1): vs.cell(n + 1, c).value = vs.cell(n, c).value
    for i, v in enumerate(counts): vs.cell(n, 5 + i).value = v; vs.cell(n + 1, 5 + i).value = v
    vs.cell(n + 1, 5).value = '9'
for unit in ${JSON.stringify(Object.keys(COPIED))}:
    found = [r for r in range(8, vs.max_row + 1) if vs.cell(r, 2).value == unit]
    out[unit] = found
print(json.dumps(out, ensure_ascii=False))`;
    rows = JSON.parse(readByOpenpyxl(summary, edit));
    await savedByLibreOffice(summary);
    first = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
    second = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
  }, 300_000);

  it('says at both rows’ cells that they are one vote written twice, which row is written again as typed and which is not', () => {
    expect(first.code, first.stderr).toBe(0);
    for (const [unit, [a, b]] of Object.entries(rows)) {
      const line = first.stderr.split('\n').find((l) => l.includes(`«Biểu quyết», E${a}:G${a}, E${b}:G${b}: ${unit}`));
      expect(line, `${unit}:\n${first.stderr}`).toBeDefined();
      expect(line).toContain(`2 dòng ghi cùng một kết quả biểu quyết`);
      expect(line).toContain(`ô E${b} ghi chữ «9», ô E${a} ghi số 9`);
      expect(line).toContain(`ghi lại dòng ${a} như đã ghi, không ghi lại dòng ${b}`);
    }
    // Written once, the next run has nothing to say of it.
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).not.toContain('ghi cùng một kết quả biểu quyết');
  });

  it('writes the first row back of the types typed there, as openpyxl reads it, once', () => {
    const read = `vs = wb['Biểu quyết']\nprint(json.dumps({u: [[vs.cell(r, c).value, vs.cell(r, c).data_type] for r in range(8, vs.max_row + 1) if vs.cell(r, 2).value == u for c in (5, 6, 7)] for u in ${JSON.stringify(Object.keys(COPIED))}}, ensure_ascii=False))`;
    expect(JSON.parse(readByOpenpyxl(summary, read))).toEqual(Object.fromEntries(Object.entries(COPIED).map(([unit, counts]) => [unit, counts.map((v) => [v, typeof v === 'number' ? 'n' : 's'])])));
  });
});

/**
 * A round closed by the code before stop 102 over Công an xã Ta Ma's row copied under itself (E14 the text «9», E13 the
 * number 9): that code held the vote twice (test/fixtures/previous-version/ta-ma-2025-chot-dong-chep). Read now, the
 * vote typed is one — `verify` must find it the one sealed, or say what differs at its cells; a sealed record is never written again.
 */
describe('a round closed before a copied «Biểu quyết» row was one vote (thidua verify and score, the command line in-process)', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  let dir: string;
  let verified: Run;
  let scored: Run;
  let verifiedAfter: Run;
  let sealed: PreviousSummary['rounds'][number]['votes'];
  let bytes: [string, string];
  let retyped: { verify: Run; score: Run };
  let papers: Run;
  let minutes: string;

  beforeAll(async () => {
    dir = await tempDir();
    await cp(join(ROOT, 'test/fixtures/previous-version/ta-ma-2025-chot-dong-chep'), join(dir, 'kq'), { recursive: true });
    await cp(join(ROOT, 'examples/bao-cao'), join(dir, 'bao-cao'), { recursive: true });
    await copyFile(join(ROOT, 'examples/tieu-chi-ta-ma-2025.xlsx'), join(dir, 'tieu-chi.xlsx'));
    const digest = async () => createHash('sha256').update(await readFile(join(dir, 'kq', 'tong-hop.xlsx'))).digest('hex');
    const before = await digest();
    verified = await runInProcess(['verify', 'kq'], dir);
    scored = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
    verifiedAfter = await runInProcess(['verify', 'kq'], dir);
    bytes = [before, await digest()];
    sealed = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!.votes;
    papers = await runInProcess(['papers', 'kq', '--out', 'giay'], dir);
    minutes = (await mammoth.extractRawText({ path: join(dir, 'giay', 'bien-ban.docx') })).value;
    // Then the copy's «Đồng ý» retyped 6: two tallies for one nominee, neither the one sealed.
    await cp(join(dir, 'kq'), join(dir, 'kq-sua'), { recursive: true });
    readByOpenpyxl(join(dir, 'kq-sua', 'tong-hop.xlsx'), "wb['Biểu quyết']['G14'] = 6");
    retyped = { verify: await runInProcess(['verify', 'kq-sua'], dir), score: await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-sua'], dir) };
  }, 300_000);

  it('verifies: the vote sealed is the one typed, sealed once, 9/8/7', () => {
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('Khớp với kết quả đã chốt (lần 1');
    expect(sealed?.votes.filter((v) => v.unitName === 'Công an xã Ta Ma').map((v) => v.tally)).toEqual([{ members: 9, present: 8, inFavour: 7 }]);
  });

  it('the minutes `thidua papers` prints from the round give each nominee’s tally once', () => {
    expect(papers.code, papers.stderr).toBe(0);
    // The example's 8 nominees, each voted 9/8/7.
    expect(new Set(sealed!.votes.map((v) => v.unitName)).size).toBe(8);
    expect(minutes.match(/08\/09 thành viên có mặt; 07\/09 thành viên Hội đồng đồng ý \(77,78%\): đạt/g)).toHaveLength(8);
  });

  it('a later run says the copy at both rows’ cells and writes nothing over the closed round; verify still finds it whole', () => {
    expect(scored.code, scored.stderr).toBe(0);
    expect(scored.stderr).toContain('trang «Biểu quyết», E13:G13, E14:G14: Công an xã Ta Ma (Giấy khen của Chủ tịch UBND xã): 2 dòng ghi cùng một kết quả biểu quyết 9/8/7 (ô E14 ghi chữ «9», ô E13 ghi số 9)');
    expect(`${scored.stdout}${scored.stderr}`).toContain('lần chấm này không thay đổi gì: không ghi lại thư mục kq');
    expect(bytes[1]).toBe(bytes[0]);
    expect(verifiedAfter.code, verifiedAfter.stderr).toBe(0);
    expect(verifiedAfter.stdout).toContain('Khớp với kết quả đã chốt (lần 1');
  });

  it('the copy retyped with another tally since: verify says what differs from the round at both rows’ cells, the run names both rows and chooses neither', () => {
    expect(retyped.verify.code).toBe(1);
    expect(retyped.verify.stderr.split('\n')).toEqual(expect.arrayContaining([
      '  - Kết quả biểu quyết ở trang «Biểu quyết» đã khác lần chốt.',
      '  - Trang «Biểu quyết», ô E13:G13, E14:G14: Công an xã Ta Ma (Giấy khen của Chủ tịch UBND xã): khi chốt 9/8/7; nay 2 kết quả khác nhau (9/8/7; 9/8/6), chưa tính kết quả nào.',
    ]));
    expect(retyped.score.code).toBe(1);
    expect(retyped.score.stderr).toContain('Trang «Biểu quyết», ô E13:G13, E14:G14: Công an xã Ta Ma (Giấy khen của Chủ tịch UBND xã): 2 kết quả biểu quyết khác nhau (E13:G13: 9/8/7; E14:G14: 9/8/6); thidua không chọn');
  });
});

// Made for the hunt of 30/11/2026: a held vote row's counts typed as numbers (E13, F13) written back as text; and
// «Rà soát»'s dates, read as typed since, held to their types.
