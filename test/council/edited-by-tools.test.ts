// The example commune's tong-hop.xlsx edited as officers edit it with real tools — openpyxl types, sorts, filters,
// deletes, inserts, pastes, merges and copies sheets; LibreOffice then saves every workbook (one start for the file) —
// and read back by `thidua score` over the folder and by `thidua close`: every decision typed is kept, each doubt or
// conflict said at its sheet and cell, and a conflict never sealed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary } from './council-meeting.js';
import { scoredCommune } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';
import { formatDateVi, officerDay } from '../../core/values.js';

const NFD = (s: string) => s.normalize('NFD');
/** The day typed in «Ngày»: the day the flags were listed, never before (that doubt is another file's). */
const DAY = formatDateVi(officerDay());

/** What each folder's council does to its tong-hop.xlsx (Python, `ws` «Rà soát», `vs` «Biểu quyết», helpers below). */
const EDITS: Record<string, string> = {
  // Decisions typed as hands type them, then the table sorted by unit, a filter left on hiding two decided rows, an
  // undecided row deleted, a row inserted for a unit with no such flag; and four tallies as councils type them.
  tools: `
decide('Bản Phiêng Pi', 'Báo cáo lập theo bộ tiêu chí khác', nfd('Bác số liệu') + '  ')
decide('Bản Sáng Tớ', 'Nộp báo cáo muộn', 'chấp nhận   ')
decide('Bản Sáng Tớ', 'Báo cáo lập theo bộ tiêu chí khác', 'Đồng ý')
decide('Bản Ta Ma', 'Số liệu là công thức', 'BÁC SỐ LIỆU')
decide('Bản Ta Ma', 'Số liệu không đọc được', nfd('Chấp nhận'))
ws.delete_rows(row_of('Hội Nông dân xã Ta Ma', 'Số liệu ngoài phạm vi'))
sort_table(lambda r: str(r[1]), reverse=True)
n = last_row() + 1
ws.insert_rows(n)
put(ws, n, [None, 'Bản Hua Ca', 'Bản Hua Ca', 'G14', 'Số liệu ngoài phạm vi', 'Cảnh báo', None, 'Lần 1', 'Chấp nhận', 'Lò Văn Thành', DAY, None])
ws.auto_filter.ref = 'A4:L%d' % last_row()
for unit, flag in (('Bản Ta Ma', 'Số liệu là công thức'), ('Bản Ta Ma', 'Số liệu không đọc được')):
    ws.row_dimensions[row_of(unit, flag)].hidden = True
tally('Đoàn Thanh niên xã Ta Ma', 7, 7, 5)
tally('Bản Hua Ca', 7, 8, 5)
tally('UBND xã Ta Ma', 7, 7, '5/7')
tally('Ủy ban MTTQ Việt Nam xã Ta Ma', 7, 6, 7)
`,
  // The table's header and rows pasted on a sheet of the council's own, a decision there unlike the one in «Rà soát»;
  // «Biểu quyết» copied (Move or Copy Sheet) and a count changed in the copy.
  pasted: `
decide('Bản Phiêng Pi', 'Báo cáo lập theo bộ tiêu chí khác', 'Chấp nhận')
ns = wb.create_sheet('Rà soát (2)')
for i, r in enumerate(rows(ws)[3:8]): put(ns, i + 1, r)
ns.cell(2, 9).value = 'Bác số liệu'
tally('Đoàn Thanh niên xã Ta Ma', 7, 7, 5)
copy = wb.copy_worksheet(vs)
copy.title = 'Biểu quyết (2)'
copy.cell(tally_row('Đoàn Thanh niên xã Ta Ma'), 7).value = 3
`,
  // The three lines above the table (title and help) deleted, a decision typed.
  untitled: `
decide('Bản Phiêng Pi', 'Báo cáo lập theo bộ tiêu chí khác', 'Bác số liệu')
ws.delete_rows(1, 3)
`,
  // A decided row copied under itself (Ctrl+C, Insert copied cells), the copy's word typed again on a Mac: the same decision.
  twice: `
n = decide('Bản Phiêng Pi', 'Báo cáo lập theo bộ tiêu chí khác', 'Bác số liệu')
ws.insert_rows(n + 1)
put(ws, n + 1, rows(ws)[n - 1])
ws.cell(n + 1, 9).value = nfd('Bác số liệu')
`,
  // The council's copy given back with --decisions (giao-lai.xlsx, below) holds the folder's decision, typed on a Mac.
  given: `
decide('Bản Phiêng Pi', 'Báo cáo lập theo bộ tiêu chí khác', 'Bác số liệu')
`,
  // Two officers' copies merged by hand: a decision and three tallies here, the copy given with --decisions
  // (giao-lai-phieu.xlsx, below) holding another count for one nominee, the same «5 phiếu» held on another row (its table
  // sorted) and the same tally under a unit name retyped in capitals.
  givenVotes: `
decide('Bản Phiêng Pi', 'Báo cáo lập theo bộ tiêu chí khác', 'Bác số liệu')
tally('Đoàn Thanh niên xã Ta Ma', 7, 7, 5)
tally('UBND xã Ta Ma', 7, 7, '5 phiếu')
tally('Bản Hua Ca', 7, 7, 4)
`,
  // Two officers' copies of one held row: «7 phiếu» here with 9 typed as a number, the copy given with --decisions
  // (giao-lai-kieu.xlsx, below) the same row with «9» typed as text.
  givenTypes: `
tally('Bản Ta Ma', 9, 8, '7 phiếu')
`,
  // A decision typed in tong-hop.xlsx, another for the same flag on the unit's own scored copy (below).
  copy: `
decide('Bản Ta Ma', 'Số liệu không đọc được', 'Chấp nhận')
`,
  // A decision typed in a cell merged over two flags' rows.
  merged: `
n = decide('Bản Sáng Tớ', 'Nộp báo cáo muộn', 'Chấp nhận')
ws.merge_cells('I%d:I%d' % (n, n + 1))
`,
};

const LIB = `
import sys, json, unicodedata
from openpyxl import load_workbook
DAY = sys.argv[1]
def nfd(s): return unicodedata.normalize('NFD', s)
def rows(ws): return [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)]
def put(ws, n, values):
    for c, v in enumerate(values): ws.cell(n, c + 1).value = v
def head_row(): return next(i + 1 for i, r in enumerate(rows(ws)) if r[8] == 'Quyết định')
def last_row(): return max(i + 1 for i, r in enumerate(rows(ws)) if r[1] not in (None, ''))
def row_of(unit, flag): return next(i + 1 for i, r in enumerate(rows(ws)) if r[1] == unit and r[4] == flag)
def decide(unit, flag, word):
    n = row_of(unit, flag)
    put(ws, n, rows(ws)[n - 1][:8] + [word, nfd('Lò Văn Thành'), DAY])
    return n
# Sorted as LibreOffice's Data → Sort sorts the table under its header: every row whole.
def sort_table(key, reverse=False):
    h = head_row()
    body = sorted(rows(ws)[h:last_row()], key=key, reverse=reverse)
    for i, r in enumerate(body): put(ws, h + 1 + i, r)
def tally_row(unit): return next(i + 1 for i, r in enumerate(rows(vs)) if r[1] == unit)
def tally(unit, members, present, yes):
    n = tally_row(unit)
    for c, v in ((5, members), (6, present), (7, yes)): vs.cell(n, c).value = v
for path, edit in json.loads(sys.argv[2]).items():
    wb = load_workbook(path)
    ws, vs = wb['Rà soát'], wb['Biểu quyết'] if 'Biểu quyết' in wb.sheetnames else None
    exec(edit)
    wb.save(path)
`;

/** The council's copy of the folder's tong-hop.xlsx, saved under a name of its own, that «given» is scored with. */
const GIVEN = 'giao-lai.xlsx';
/** The other officer's copy «givenVotes» is scored with. */
const GIVEN_VOTES = 'giao-lai-phieu.xlsx';
/** The other officer's copy «givenTypes» is scored with. */
const GIVEN_TYPES = 'giao-lai-kieu.xlsx';
/** The copy each folder is scored with (--decisions). */
const GIVEN_TO: Record<string, string> = { given: GIVEN, givenVotes: GIVEN_VOTES, givenTypes: GIVEN_TYPES };
/** Other workbooks edited, by their path in the test's folder: the council's copies above, and Bản Ta Ma's scored copy in «copy». */
const OTHER_EDITS: Record<string, string> = {
  [GIVEN]: `decide('Bản Phiêng Pi', 'Báo cáo lập theo bộ tiêu chí khác', nfd('Bác số liệu'))`,
  [GIVEN_VOTES]: `
tally('Đoàn Thanh niên xã Ta Ma', 7, 7, 6)
tally('UBND xã Ta Ma', 7, 7, '5 phiếu')
tally('Bản Hua Ca', 7, 7, 4)
vs.cell(tally_row('Bản Hua Ca'), 2).value = 'BẢN HUA CA'
end = next(i for i, r in enumerate(rows(vs)) if i > 7 and r[1] in (None, ''))
for i, r in enumerate(sorted(rows(vs)[7:end], key=lambda r: str(r[1]))): put(vs, 8 + i, r)
`,
  [GIVEN_TYPES]: `tally('Bản Ta Ma', '9', 8, '7 phiếu')`,
  'copy/ban-ta-ma.cham-diem.xlsx': `decide('Bản Ta Ma', 'Số liệu không đọc được', 'Bác số liệu')`,
};

let dir: string;
const summaryOf = (name: string) => join(dir, name, 'tong-hop.xlsx');
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
/** Each folder's score (over the folder its tong-hop.xlsx is in), its close where a conflict must stop it, and its tong-hop.xlsx's SHA-256 before them. */
const runs: Record<string, { score: Run; close?: Run; before: string }> = {};
const CLOSED = new Set(['pasted', 'copy', 'merged']);

beforeAll(async () => {
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  for (const name of Object.keys(EDITS)) await cp(join(dir, 'kq'), join(dir, name), { recursive: true });
  for (const given of Object.values(GIVEN_TO)) await copyFile(summaryOf('kq'), join(dir, given));
  const edits = { ...Object.fromEntries(Object.entries(EDITS).map(([name, edit]) => [summaryOf(name), edit])), ...Object.fromEntries(Object.entries(OTHER_EDITS).map(([path, edit]) => [join(dir, path), edit])) };
  execFileSync('/usr/bin/python3', ['-c', LIB, DAY, JSON.stringify(edits)]);
  // Saved by LibreOffice, side by side under names of their own, and put back.
  const saved = await mkdtemp(join(tmpdir(), 'thidua-edited-by-tools-'));
  const paths = Object.keys(edits);
  const named = paths.map((_, i) => join(saved, `${i}.xlsx`));
  for (const [i, path] of paths.entries()) await copyFile(path, named[i]!);
  await savedByLibreOffice(...named);
  for (const [i, path] of paths.entries()) await copyFile(named[i]!, path);
  await Promise.all(
    Object.keys(EDITS).map(async (name) => {
      const before = await sha(summaryOf(name));
      const given = name in GIVEN_TO ? ['--decisions', GIVEN_TO[name]!] : [];
      const score = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', name, ...given], dir);
      const close = CLOSED.has(name) ? await runInProcess(['close', name, '--by', 'Lò Văn Thành', '--accept-open'], dir) : undefined;
      runs[name] = { score, ...(close ? { close } : {}), before };
    }),
  );
}, 240_000);

describe('«Rà soát» and «Biểu quyết» edited with openpyxl and saved by LibreOffice', () => {
  it('keeps every decision typed — decomposed, spaced, upper or lower case, a synonym — through a sort, a filter hiding rows, a row deleted and one inserted', async () => {
    const { score } = runs.tools!;
    expect(score.code, score.stderr).toBe(0);
    const review = (await readSummary(join(dir, 'tools'))).review;
    const kinds = Object.fromEntries(review.decisions.map((d) => [`${d.unitName} — ${d.flagCode}`, [d.decision, d.typed ?? '', d.reviewer]]));
    const who = NFD('Lò Văn Thành');
    expect(kinds).toEqual({
      'Bản Phiêng Pi — criteria-set-mismatch': ['reject', NFD('Bác số liệu'), who],
      'Bản Sáng Tớ — late-submission': ['accept', 'chấp nhận', who],
      'Bản Sáng Tớ — criteria-set-mismatch': ['accept', 'Đồng ý', who],
      'Bản Ta Ma — formula-in-input': ['reject', 'BÁC SỐ LIỆU', who],
      'Bản Ta Ma — unparseable-value': ['accept', NFD('Chấp nhận'), who],
      'Bản Hua Ca — out-of-range': ['accept', '', 'Lò Văn Thành'],
    });
    // The row inserted for a flag Bản Hua Ca does not have is kept apart and said, never applied; the deleted row's flag is back, undecided.
    expect(score.stderr).toMatch(/Trang «Bản Hua Ca», ô G14 \(Bản Hua Ca\): quyết định «Chấp nhận», Lò Văn Thành, \d\d\/\d\d\/\d{4} về cảnh báo «Số liệu ngoài phạm vi» — lần chấm này không còn cảnh báo ấy: không áp/);
    expect(score.stderr).toContain('Đã áp dụng 5 quyết định của Hội đồng; 1 quyết định không còn cảnh báo');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(summaryOf('tools'));
    const written = book.getWorksheet('Rà soát')!;
    const listed: string[] = [];
    written.eachRow((row) => listed.push(`${row.getCell(2).text} — ${row.getCell(5).text} — ${row.getCell(9).text}`));
    expect(listed).toContain('Hội Nông dân xã Ta Ma — Số liệu ngoài phạm vi — ');
  });

  it('says each tally it cannot take — more present than members, more in favour than present, «5/7» — at its cell, and keeps the one that reads', async () => {
    const { score } = runs.tools!;
    const votes = (await readSummary(join(dir, 'tools'))).votes;
    expect(votes.votes.map((v) => [v.unitName, v.tally])).toEqual([['Đoàn Thanh niên xã Ta Ma', { members: 7, present: 7, inFavour: 5 }]]);
    expect(votes.held.map((v) => [v.unitName, v.members, v.present, v.inFavour])).toEqual(
      expect.arrayContaining([
        ['Bản Hua Ca', '7', '8', '5'],
        ['UBND xã Ta Ma', '7', '7', '5/7'],
        ['Ủy ban MTTQ Việt Nam xã Ta Ma', '7', '6', '7'],
      ]),
    );
    expect(score.stderr).toMatch(/trang «Biểu quyết», F\d+: Bản Hua Ca: số có mặt \(8\) lớn hơn tổng số thành viên \(7\)/);
    expect(score.stderr).toMatch(/trang «Biểu quyết», G\d+: UBND xã Ta Ma: không hiểu số đồng ý «5\/7» \(ghi một số nguyên\)/);
    expect(score.stderr).toMatch(/trang «Biểu quyết», G\d+: Ủy ban MTTQ Việt Nam xã Ta Ma: số đồng ý \(7\) lớn hơn số có mặt \(6\)/);
  });

  it('stops on the table pasted on a sheet of the council’s own and on «Biểu quyết» copied with another count, naming both sheets of each; score writes nothing, close seals nothing', async () => {
    const { score, close, before } = runs.pasted!;
    expect(score.code).toBe(1);
    expect(score.stderr).toContain('Các trang «Rà soát» và «Rà soát (2)» đều là trang «Rà soát» của Hội đồng');
    expect(score.stderr).toContain('trang «Rà soát (2)» không có tiêu đề «RÀ SOÁT CẢNH BÁO — HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG» nhưng có dòng ấy ở dòng 1');
    expect(score.stderr).toContain('Các trang «Biểu quyết» và «Biểu quyết (2)» đều là trang «Biểu quyết» của Hội đồng (cùng tiêu đề');
    expect(close!.code).not.toBe(0);
    expect(close!.stderr).toContain('Mâu thuẫn, không chốt được kể cả khi Hội đồng xác nhận: Các trang «Rà soát» và «Rà soát (2)»');
    expect(close!.stderr).toContain('Các trang «Biểu quyết» và «Biểu quyết (2)»');
    expect(await sha(summaryOf('pasted'))).toBe(before);
  });

  it('reads «Rà soát» whose title lines were deleted as the council’s: its decision applied, written back under its name', async () => {
    const { score } = runs.untitled!;
    expect(score.code, score.stderr).toBe(0);
    const read = await readSummary(join(dir, 'untitled'));
    expect(read.council.review).toEqual(['Rà soát']);
    expect(read.review.decisions.map((d) => [d.unitName, d.decision])).toEqual([['Bản Phiêng Pi', 'reject']]);
    expect(score.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
  });

  it('takes a row copied under itself, its word retyped in decomposed Unicode, as the one decision it is', async () => {
    const { score } = runs.twice!;
    expect(score.code, score.stderr).toBe(0);
    expect(score.stderr).not.toContain('khác nhau');
    expect((await readSummary(join(dir, 'twice'))).review.decisions.map((d) => [d.unitName, d.decision])).toContainEqual(['Bản Phiêng Pi', 'reject']);
  });

  it('takes the same decision typed in composed Unicode in the folder’s tong-hop.xlsx and decomposed in the copy given with --decisions as one', async () => {
    const { score } = runs.given!;
    expect(score.code, score.stderr).toBe(0);
    expect(score.stderr).not.toContain('ghi khác nhau');
    expect((await readSummary(join(dir, 'given'))).review.decisions.map((d) => [d.unitName, d.decision])).toEqual([['Bản Phiêng Pi', 'reject']]);
  });

  it('stops on two officers’ copies holding two counts for one nominee, naming both files’ cells; the same tally on another row or under its unit retyped is one', async () => {
    const { score, before } = runs.givenVotes!;
    expect(score.code).toBe(2);
    const lines = score.stderr.split('\n').filter((l) => l.startsWith('  - '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^  - Biểu quyết Đoàn Thanh niên xã Ta Ma — Bằng khen của Chủ tịch UBND tỉnh \(khen thưởng hằng năm\): givenVotes\/tong-hop\.xlsx ghi 7\/7\/5 \(trang «Biểu quyết», ô E8:G8\), giao-lai-phieu\.xlsx ghi 7\/7\/6 \(trang «Biểu quyết», ô E\d+:G\d+\)\.$/,
    );
    expect(lines[0]).not.toMatch(/ô E8:G8\)\.$/);
    expect(await sha(summaryOf('givenVotes'))).toBe(before);
  });

  it('says a held row typed alike in two officers’ copies, «9» a number in one and text in the other, naming both files’ cells and the type written', async () => {
    const { score } = runs.givenTypes!;
    expect(score.code, score.stderr).toBe(0);
    const line = score.stderr.split('\n').find((l) => l.startsWith('Biểu quyết Bản Ta Ma — '));
    expect(line, score.stderr).toMatch(
      /^Biểu quyết Bản Ta Ma — [^:]+: givenTypes\/tong-hop\.xlsx và giao-lai-kieu\.xlsx ghi cùng 9\/8\/7 phiếu \(chưa đọc được\), khác kiểu ô: «Tổng số thành viên» là số 9 ở givenTypes\/tong-hop\.xlsx \(trang «Biểu quyết», ô (E\d+):G\d+\), chữ «9» ở giao-lai-kieu\.xlsx \(trang «Biểu quyết», ô \1:G\d+\) — thidua ghi lại theo giao-lai-kieu\.xlsx \(tệp --decisions\): chữ «9»\./,
    );
    const read = `vs = wb['Biểu quyết']\nprint(json.dumps([[vs.cell(r, c).value, vs.cell(r, c).data_type] for r in range(8, vs.max_row + 1) if vs.cell(r, 2).value == 'Bản Ta Ma' for c in (5, 6, 7)], ensure_ascii=False))`;
    const written = execFileSync('/usr/bin/python3', ['-c', `import json\nfrom openpyxl import load_workbook\nwb = load_workbook(${JSON.stringify(summaryOf('givenTypes'))})\n${read}`], { encoding: 'utf8' });
    expect(JSON.parse(written)).toEqual([['9', 's'], [8, 'n'], ['7 phiếu', 's']]);
  });

  it('stops on a decision typed on the unit’s own scored copy unlike the one in tong-hop.xlsx, naming both files and cells; close seals neither', async () => {
    const { score, close, before } = runs.copy!;
    expect(score.code).toBe(2);
    expect(score.stderr).toMatch(
      /Quyết định về cảnh báo «Số liệu không đọc được» ô G19 của Bản Ta Ma \(trang «Bản Ta Ma»\): copy\/ban-ta-ma\.cham-diem\.xlsx ghi «Bác số liệu», [^,]+, \d\d\/\d\d\/\d{4} \(trang «Rà soát», ô I\d+\), copy\/tong-hop\.xlsx ghi «Chấp nhận», [^,]+, \d\d\/\d\d\/\d{4} \(trang «Rà soát», ô I\d+\)\./,
    );
    expect(score.stderr).toContain('Chưa chấm tệp nào');
    expect(await sha(summaryOf('copy'))).toBe(before);
    expect(close!.code).not.toBe(0);
    expect(close!.stderr).toContain('Tệp ban-ta-ma.cham-diem.xlsx không phải bản lần chấm đã ghi');
  });

  it('names a decision merged over two flags’ rows by its cells, applies it to neither, and close refuses it even with --accept-open', async () => {
    const { score, close, before } = runs.merged!;
    expect(score.code).toBe(1);
    expect(score.stderr).toMatch(/Trang «Rà soát», ô I(\d+):I\d+: «Chấp nhận» ghi trong ô gộp I\1:I\d+, trải qua 2 dòng: thidua không áp cho cảnh báo nào/);
    expect(close!.code).not.toBe(0);
    expect(close!.stderr).toContain('Không chốt khi còn mâu thuẫn, kể cả với --accept-open.');
    expect(await sha(summaryOf('merged'))).toBe(before);
  });
});

// Made for stop 92 (the council's sheets edited as officers edit them, by openpyxl and LibreOffice): what held and what did not.
