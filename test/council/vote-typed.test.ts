// «Biểu quyết» of the example commune's tong-hop.xlsx typed as councils type it — counts that contradict each other,
// «Không đồng ý» and «Không biểu quyết» columns added beside «Đồng ý», «5/7» become a date, a row pasted without its
// header on a sheet of the council's own and one under the table — by openpyxl, then saved by LibreOffice (every
// workbook in one start) — and a sheet copied after the closing, read back by `thidua score` and `thidua close`: each count
// said at its own cell, no nominee passed or failed by a guess, no contradicted count sealed, a conflict said before
// a reason is asked. And against and abstaining typed where they agree, kept on the sheet, sealed, and said by the minutes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary } from './council-meeting.js';
import { closedCommune, scoredCommune } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

/** What each folder's council does to its tong-hop.xlsx (Python: `vs` «Biểu quyết», `wb` the workbook, helpers below). */
const EDITS: Record<string, string> = {
  // Counts that contradict each other, and the two columns a council adds beside «Đồng ý».
  counts: `
vs.cell(head, 10).value = 'Không đồng ý'
vs.cell(head, 11).value = 'Không biểu quyết'
tally('Đoàn Thanh niên xã Ta Ma', 7, 7, 8)
tally('Bản Hua Ca', 7, 8, 5)
tally('UBND xã Ta Ma', 7, 7, 5.5)
tally('Ủy ban MTTQ Việt Nam xã Ta Ma', 7, -1, 0)
tally('Công an xã Ta Ma', 7, 7, 5, 1, 0)
tally('Bản Ta Ma', 7, 6, 4, 1, 1)
`,
  // Every nominee voted, against and abstaining typed beside Công an xã Ta Ma's tally: the minutes must say them.
  others: `
vs.cell(head, 10).value = 'Không đồng ý'
vs.cell(head, 11).value = 'Không biểu quyết'
for r in rows(vs)[head:]:
    if r[1] and r[3]: tally(r[1], 7, 7, 6)
tally('Công an xã Ta Ma', 7, 7, 5, 1, 1)
`,
  // «5/7» typed into LibreOffice's cell: 5 July of this year under the format LibreOffice stores (mm/dd/yy, as its
  // vi-VN import of a CSV cell «5/7» wrote it, read back by openpyxl); one in «Đồng ý», one in «Tổng số thành viên».
  date: `
n = tally('Đoàn Thanh niên xã Ta Ma', 7, 7, datetime.datetime(YEAR, 7, 5))
vs.cell(n, 7).number_format = 'mm/dd/yy'
n = tally('Bản Hua Ca', datetime.datetime(YEAR, 7, 5), 7, 5)
vs.cell(n, 5).number_format = 'mm/dd/yy'
tally('Bản Ta Ma', 7, 7, 5)
`,
  // A nominee's row copied (its counts typed) onto a new sheet without the header, a note of the council's beside
  // another nominee there; another row pasted under the notes.
  pasted: `
ns = wb.create_sheet('Sheet1')
put(ns, 1, row('Công an xã Ta Ma')[:4] + [7, 7, 6])
put(ns, 3, row('Bản Hua Ca')[:4] + ['Đề nghị xem lại hồ sơ'])
put(vs, vs.max_row + 3, row('Bản Ta Ma')[:4] + [7, 7, 2])
`,
};

/** Edits of the closed commune's tong-hop.xlsx: a vote typed and «Rà soát» copied; «Biểu quyết» copied. */
const CLOSED_EDITS: Record<string, string> = {
  'review-copied': `
tally('Đoàn Thanh niên xã Ta Ma', 7, 7, 5)
wb.copy_worksheet(wb['Rà soát']).title = 'Rà soát (2)'
`,
  'votes-copied': `
wb.copy_worksheet(vs).title = 'Biểu quyết (2)'
`,
};

const LIB = `
import sys, json, datetime
from openpyxl import load_workbook
YEAR = datetime.date.today().year
def rows(ws): return [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)]
def put(ws, n, values):
    for c, v in enumerate(values): ws.cell(n, c + 1).value = v
def row_at(unit): return next(i + 1 for i, r in enumerate(rows(vs)) if r[1] == unit)
def row(unit): return rows(vs)[row_at(unit) - 1]
def tally(unit, *counts):
    n = row_at(unit)
    for c, v in enumerate(counts): vs.cell(n, 5 + c + (2 if c > 2 else 0)).value = v
    return n
for path, edit in json.loads(sys.argv[1]).items():
    wb = load_workbook(path)
    vs = wb['Biểu quyết']
    head = next(i + 1 for i, r in enumerate(rows(vs)) if r[0] == 'STT')
    exec(edit)
    wb.save(path)
`;

let dir: string;
let closedDir: string;
const summaryOf = (base: string, name: string) => join(base, name, 'tong-hop.xlsx');
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
const runs: Record<string, { score?: Run; close: Run; before: string; after: string }> = {};
const BY = ['--by', 'Lò Văn Thành'];

beforeAll(async () => {
  const [scored, closed] = await Promise.all([scoredCommune(), closedCommune()]);
  dir = scored.dir;
  closedDir = closed.dir;
  expect(closed.closed.code, closed.closed.stderr).toBe(0);
  for (const name of Object.keys(EDITS)) await cp(join(dir, 'kq'), join(dir, name), { recursive: true });
  for (const name of Object.keys(CLOSED_EDITS)) await cp(join(closedDir, 'kq'), join(closedDir, name), { recursive: true });
  const edits = { ...Object.fromEntries(Object.entries(EDITS).map(([n, e]) => [summaryOf(dir, n), e])), ...Object.fromEntries(Object.entries(CLOSED_EDITS).map(([n, e]) => [summaryOf(closedDir, n), e])) };
  execFileSync('/usr/bin/python3', ['-c', LIB, JSON.stringify(edits)]);
  // The workbooks of the counts typed saved by LibreOffice in one start (the closed commune's sheets copied stay
  // openpyxl's, as Excel's Move or Copy leaves them): the files' names differ, their folders' names are not kept.
  const typed = Object.keys(EDITS).map((name) => summaryOf(dir, name));
  const named = typed.map((_, i) => join(dir, `saved-${i}.xlsx`));
  for (const [i, path] of typed.entries()) await cp(path, named[i]!);
  await savedByLibreOffice(...named);
  for (const [i, path] of typed.entries()) await cp(named[i]!, path);
  // Each folder scored and closed on its own, the folders side by side.
  await Promise.all([
    ...Object.keys(EDITS).map(async (name) => {
      const score = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', name], dir);
      const before = await sha(summaryOf(dir, name));
      const close = await runInProcess(['close', name, ...BY, '--accept-open'], dir);
      runs[name] = { score, close, before, after: await sha(summaryOf(dir, name)) };
    }),
    ...Object.keys(CLOSED_EDITS).map(async (name) => {
      const before = await sha(summaryOf(closedDir, name));
      const close = await runInProcess(['close', name, ...BY], closedDir);
      runs[name] = { close, before, after: await sha(summaryOf(closedDir, name)) };
    }),
  ]);
}, 240_000);

describe('«Biểu quyết» typed with openpyxl and saved by LibreOffice', () => {
  it('says each contradicted count at its own cell — in favour over present, present over members, a fraction, a negative, in favour + against + abstaining ≠ present — and reads the counts that agree', async () => {
    const { score } = runs.counts!;
    expect(score!.code, score!.stderr).toBe(0);
    const err = score!.stderr;
    expect(err).toMatch(/trang «Biểu quyết», G\d+: Đoàn Thanh niên xã Ta Ma: số đồng ý \(8\) lớn hơn số có mặt \(7\)/);
    expect(err).toMatch(/trang «Biểu quyết», F\d+: Bản Hua Ca: số có mặt \(8\) lớn hơn tổng số thành viên \(7\)/);
    expect(err).toMatch(/trang «Biểu quyết», G\d+: UBND xã Ta Ma: số đồng ý «5\.5» không phải số nguyên/);
    expect(err).toMatch(/trang «Biểu quyết», F\d+: Ủy ban MTTQ Việt Nam xã Ta Ma: số có mặt «-1» là số âm/);
    expect(err).toMatch(/trang «Biểu quyết», J\d+: Công an xã Ta Ma: số đồng ý \(5\) \+ số không đồng ý \(1\) \+ số không biểu quyết \(0\) = 6, khác số có mặt \(7\)/);
    const votes = (await readSummary(join(dir, 'counts'))).votes;
    // Only the row whose counts agree is a vote, its against and abstaining with it: no nominee passed or failed by a guess.
    expect(votes.votes.map((v) => [v.unitName, v.tally])).toEqual([['Bản Ta Ma', { members: 7, present: 6, inFavour: 4, against: 1, abstain: 1 }]]);
    expect(votes.held.map((v) => v.unitName).sort()).toEqual(['Bản Hua Ca', 'Công an xã Ta Ma', 'Đoàn Thanh niên xã Ta Ma', 'UBND xã Ta Ma', 'Ủy ban MTTQ Việt Nam xã Ta Ma'].sort());
  });

  it('`close` refuses to seal a contradicted count even with --accept-open, naming its sheet, cell and figures, and what to do', async () => {
    const { close, before, after } = runs.counts!;
    expect(close.code).not.toBe(0);
    expect(close.stderr).toMatch(/Mâu thuẫn, không chốt được kể cả khi Hội đồng xác nhận: Trang «Biểu quyết», ô G\d+: Đoàn Thanh niên xã Ta Ma \([^)]+\)+: số đồng ý \(8\) lớn hơn số có mặt \(7\); thidua không đoán số nào/);
    expect(close.stderr).toMatch(/Trang «Biểu quyết», ô J\d+: Công an xã Ta Ma \(Giấy khen của Chủ tịch UBND xã\): số đồng ý \(5\) \+ số không đồng ý \(1\)/);
    expect(close.stderr).toContain('hãy ghi lại đúng số Hội đồng đã biểu quyết');
    expect(close.stderr).toContain('Không chốt khi còn mâu thuẫn, kể cả với --accept-open.');
    // Said once, by its counts: never again among those «chưa có kết quả biểu quyết».
    const unvoted = close.stderr.split('\n').find((l) => l.includes('chưa có kết quả biểu quyết ở trang')) ?? '';
    for (const unit of ['Đoàn Thanh niên xã Ta Ma', 'Công an xã Ta Ma']) expect(unvoted).not.toContain(unit);
    expect(after).toBe(before);
  });

  it('keeps against and abstaining typed where they agree: on the sheet written again, in the sealed vote, and in the minutes’ line «… đồng ý (…%), 01 không đồng ý, 01 không biểu quyết: đạt»', async () => {
    const { score, close } = runs.others!;
    expect(score!.code, score!.stderr).toBe(0);
    expect(close.code, close.stderr).toBe(0);
    const summary = await readSummary(join(dir, 'others'));
    const police = (v: { unitName: string }) => v.unitName === 'Công an xã Ta Ma';
    expect(summary.rounds.at(-1)!.votes!.votes.find(police)!.tally).toEqual({ members: 7, present: 7, inFavour: 5, against: 1, abstain: 1 });
    // Those who typed none have none: nothing printed of them.
    expect(summary.rounds.at(-1)!.votes!.votes.filter((v) => !police(v)).map((v) => Object.keys(v.tally).sort())).toEqual(Array(7).fill(['inFavour', 'members', 'present']));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(summaryOf(dir, 'others'));
    const sheet = book.getWorksheet('Biểu quyết')!;
    const cells: unknown[][] = [];
    sheet.eachRow((r) => {
      if (r.getCell(2).text === 'STT' || r.getCell(1).text === 'STT' || police({ unitName: r.getCell(2).text })) cells.push([10, 11].map((c) => r.getCell(c).value));
    });
    expect(cells).toEqual([['Không đồng ý', 'Không biểu quyết'], [1, 1]]);
    const papers = await runInProcess(['papers', 'others', '--out', 'others-papers'], dir);
    expect(papers.code, papers.stderr).toBe(0);
    const minutes = (await mammoth.extractRawText({ path: join(dir, 'others-papers', 'bien-ban.docx') })).value;
    expect(minutes).toMatch(/Công an xã Ta Ma\n[^]*?07\/07 thành viên có mặt; 05\/07 thành viên Hội đồng đồng ý \(71,43%\), 01 không đồng ý, 01 không biểu quyết: đạt/);
    expect(minutes.match(/không đồng ý/g)).toHaveLength(1);
  });

  it('never reads «5/7» that LibreOffice made a date as a count: said at its cell as the day it is, kept a date, not sealed', async () => {
    const { score, close, before, after } = runs.date!;
    expect(score!.code, score!.stderr).toBe(0);
    expect(score!.stderr).toMatch(/trang «Biểu quyết», G(\d+): Đoàn Thanh niên xã Ta Ma: ô G\1 là ngày 05\/07, không phải số đồng ý \(LibreOffice, Excel đổi «5\/7» gõ vào ô thành ngày; thidua không đọc là 5 trên 7\): hãy định dạng ô là Số rồi gõ số đồng ý/);
    expect(score!.stderr).toMatch(/trang «Biểu quyết», E(\d+): Bản Hua Ca: ô E\1 là ngày 05\/07, không phải tổng số thành viên/);
    const votes = (await readSummary(join(dir, 'date'))).votes;
    expect(votes.votes.map((v) => v.unitName)).toEqual(['Bản Ta Ma']);
    // Written back as the date it was, never as its serial or a text.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(summaryOf(dir, 'date'));
    const sheet = book.getWorksheet('Biểu quyết')!;
    const cells: unknown[] = [];
    sheet.eachRow((r) => {
      if (r.getCell(2).text === 'Đoàn Thanh niên xã Ta Ma') cells.push(r.getCell(7).value);
    });
    expect(cells).toHaveLength(1);
    expect(cells[0]).toBeInstanceOf(Date);
    expect(close.code).not.toBe(0);
    expect(close.stderr).toMatch(/Mâu thuẫn, không chốt được kể cả khi Hội đồng xác nhận: Trang «Biểu quyết», ô G\d+: Đoàn Thanh niên xã Ta Ma [^:]+: ô G\d+ là ngày 05\/07/);
    expect(after).toBe(before);
  });

  it('says a vote row pasted without its header on a sheet of the council’s own (score writes nothing, close seals nothing), and reads one pasted under the table', async () => {
    const { score, close, before, after } = runs.pasted!;
    expect(score!.code).not.toBe(0);
    const line = /Trang «Sheet1», dòng 1: Công an xã Ta Ma — Giấy khen của Chủ tịch UBND xã, ghi «7», «7», «6»: giống một dòng của trang «Biểu quyết» dán sang mà không có dòng tiêu đề cột/;
    expect(score!.stderr).toMatch(line);
    expect(score!.stderr).toContain('Chưa chấm tệp nào');
    // A line of the council's own naming a nominee with words beside it, no count, is no vote.
    expect(score!.stderr).not.toContain('dòng 3');
    expect(close.code).not.toBe(0);
    expect(close.stderr).toMatch(line);
    expect(after).toBe(before);
    // The row under the notes is found where it stands, as the nominee's vote.
    expect((await readSummary(join(dir, 'pasted'))).votes.votes.map((v) => [v.unitName, v.tally])).toEqual([['Bản Ta Ma', { members: 7, present: 7, inFavour: 2 }]]);
  });

  it('`close` says two sheets claiming «Rà soát» or «Biểu quyết» first, never asking for --reason that could not help, nor saying nothing changed', async () => {
    for (const name of Object.keys(CLOSED_EDITS)) {
      const { close, before, after } = runs[name]!;
      expect(close.code, name).not.toBe(0);
      expect(close.stderr, name).toMatch(/Mâu thuẫn, không chốt được kể cả khi Hội đồng xác nhận: Các trang «(Rà soát|Biểu quyết)» và «\1 \(2\)»/);
      expect(close.stderr, name).not.toContain('--reason');
      expect(close.stdout, name).not.toContain('không có gì thay đổi');
      expect(after, name).toBe(before);
    }
  });
});

// Made for stop 93 (the council's vote held to what it typed): what held before and what did not.
