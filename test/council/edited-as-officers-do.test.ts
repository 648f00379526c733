// «Rà soát» and «Biểu quyết» of the example commune's real tong-hop.xlsx edited as officers edit them in Excel or
// LibreOffice — the sheet sorted, a follow-up row copied and changed, a column of the council's own notes added, a
// decision or a count typed as a formula, a decision typed with a stop after it — every edit made by openpyxl on the
// file `thidua score` wrote, then read back by `thidua score` (and `thidua close`): each thing the council typed is
// taken as typed, or said at its file, sheet and cell and kept; none dropped, none chosen without a word.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { exampleVotedInPane } from '../addin/pane-walk.js';
import { runInProcess } from '../cli/helpers.js';
import { readSummary } from './council-meeting.js';
import { scoredCommune } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

/** The example commune; its folder «reviewed», where every test starts from a copy: a flag of Hội Liên hiệp Phụ nữ asked to explain, explained, decided again. */
let dir: string;
const UNIT = 'Hội Liên hiệp Phụ nữ xã Ta Ma';
const FLAG = 'Điểm tự chấm chênh lệch điểm thẩm định';
const score = (out: string) => runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', out], dir);
const summaryOf = (out: string) => join(dir, out, 'tong-hop.xlsx');
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

/** openpyxl runs `edit` on `path` (as `wb`, with `rows(ws)`: its rows' values, and `put(ws, n, values)`) and saves it (unless `save` is false: read only); prints what `edit` prints. */
function openpyxl(path: string, edit: string, save = true): string {
  const lib = [
    'import sys, json',
    'from openpyxl import load_workbook',
    'wb = load_workbook(sys.argv[1])',
    'def rows(ws): return [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)]',
    'def put(ws, n, values):',
    '    for c, v in enumerate(values): ws.cell(n, c + 1).value = v',
    'def row_of(ws, unit, step):',
    "    return next(i + 1 for i, r in enumerate(rows(ws)) if r[1] == unit and r[4] == sys.argv[2] and str(r[7] or '').startswith(step))",
    // Sorted as Excel sorts the table under its header: every row whole, up to the first blank line.
    'def sort_table(ws, key, reverse=False):',
    '    table = rows(ws)[4:]',
    '    end = next((i for i, r in enumerate(table) if all(v in (None, "") for v in r)), len(table))',
    '    body = sorted(table[:end], key=key, reverse=reverse)',
    '    for i, r in enumerate(body): put(ws, 5 + i, r)',
    '    return body',
  ].join('\n');
  return execFileSync('/usr/bin/python3', ['-c', `${lib}\n${edit}${save ? '\nwb.save(sys.argv[1])' : ''}`, path, FLAG], { encoding: 'utf8' });
}

/** The results of formula cells stored in the file, as Excel stores them on saving: by sheet, address → result. */
function storeResults(path: string, results: Record<string, Record<string, string | number>>): void {
  const script = String.raw`
import sys, json, re, zipfile
path, results = sys.argv[1], json.loads(sys.argv[2])
z = zipfile.ZipFile(path)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
wb = parts['xl/workbook.xml'].decode()
rels = parts['xl/_rels/workbook.xml.rels'].decode()
for sheet, cells in results.items():
    rid = re.search(r'<sheet [^>]*name="' + re.escape(sheet) + r'"[^>]*r:id="([^"]+)"', wb).group(1)
    target = re.search(r'<Relationship [^>]*Id="' + rid + r'"[^>]*Target="([^"]+)"', rels) or re.search(r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="' + rid + '"', rels)
    name = 'xl/' + target.group(1).lstrip('/').removeprefix('xl/')
    xml = parts[name].decode()
    for ref, value in cells.items():
        def put(m, value=value):
            attrs = re.sub(r' t="[^"]*"', '', m.group(1)) + (' t="str"' if isinstance(value, str) else '')
            return '<c' + attrs + '><f>' + m.group(2) + '</f><v>' + str(value) + '</v></c>'
        xml, n = re.subn(r'<c( r="' + ref + r'"[^>]*)><f>([^<]*)</f>(?:<v>[^<]*</v>|<v/>)?</c>', put, xml)
        assert n == 1, (sheet, ref, n)
    parts[name] = xml.encode()
out = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
for n, data in parts.items():
    out.writestr(n, data)
out.close()
`;
  execFileSync('/usr/bin/python3', ['-c', script, path, JSON.stringify(results)]);
}

/** A fresh copy of the reviewed folder, named `name`. */
async function copyOf(name: string): Promise<string> {
  await cp(join(dir, 'reviewed'), join(dir, name), { recursive: true });
  return name;
}

beforeAll(async () => {
  // The commune scored (the run's one score of it, copied here).
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  await rename(join(dir, 'kq'), join(dir, 'reviewed'));
  // The council asks Hội Liên hiệp Phụ nữ to explain K21; scored, «Rà soát» gains the unit's row and the second decision's.
  openpyxl(summaryOf('reviewed'), `ws = wb['Rà soát']\nn = row_of(ws, '${UNIT}', 'Lần 1')\nws.cell(n, 9).value = 'Giải trình'\nws.cell(n, 10).value = 'Lò Văn Thành'\nws.cell(n, 11).value = '20/11/2026'`);
  expect((await score('reviewed')).code).toBe(0);
  openpyxl(
    summaryOf('reviewed'),
    [
      "ws = wb['Rà soát']",
      `ws.cell(row_of(ws, '${UNIT}', 'Giải trình của đơn vị'), 12).value = 'Số liệu tự chấm theo biên bản kiểm tra ngày 15/11'`,
      `n = row_of(ws, '${UNIT}', 'Quyết định lần 2')`,
      "ws.cell(n, 9).value = 'Chấp nhận'",
      "ws.cell(n, 10).value = 'Quàng Văn Hải'",
      "ws.cell(n, 11).value = '25/11/2026'",
    ].join('\n'),
  );
}, 240_000);

describe('the council’s «Rà soát» edited as officers edit it', () => {
  it('reads a flag’s explanation and second decision sorted above its first review (sorted by «Bước»), then saved by LibreOffice', async () => {
    const out = await copyOf('sorted');
    // Sorted as Excel sorts the table under its header: every row whole, by the «Bước» column.
    openpyxl(
      summaryOf(out),
      [
        "ws = wb['Rà soát']",
        "body = sort_table(ws, lambda r: str(r[7] or ''))",
        `print(json.dumps([str(r[7]) for r in body if r[1] == '${UNIT}' and r[4] == sys.argv[2]], ensure_ascii=False))`,
      ].join('\n'),
    );
    await savedByLibreOffice(summaryOf(out));
    const r = await score(out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('không có quyết định lần 1');
    const trail = (await readSummary(join(dir, out))).review.decisions.find((d) => d.unitName === UNIT);
    expect(trail).toMatchObject({
      decision: 'explain',
      explanation: { text: 'Số liệu tự chấm theo biên bản kiểm tra ngày 15/11' },
      second: { decision: 'accept', reviewer: 'Quàng Văn Hải', date: '2026-11-25' },
    });
    expect(r.stderr).toContain('Rà soát: 1 đã quyết định lần 2.');
  }, 240_000);

  it('names a «Quyết định lần 2» row copied and changed, and a unit’s explanation twice, with their cells; score and close write nothing', async () => {
    const out = await copyOf('copied-step');
    const cells = JSON.parse(
      openpyxl(
        summaryOf(out),
        [
          "ws = wb['Rà soát']",
          `n = row_of(ws, '${UNIT}', 'Quyết định lần 2')`,
          'ws.insert_rows(n + 1)',
          'put(ws, n + 1, rows(ws)[n - 1])',
          "ws.cell(n + 1, 9).value = 'Bác số liệu'",
          "ws.cell(n + 1, 10).value = 'Lò Văn Thành'",
          `e = row_of(ws, '${UNIT}', 'Giải trình của đơn vị')`,
          'ws.insert_rows(e + 1)',
          'put(ws, e + 1, rows(ws)[e - 1])',
          "ws.cell(e + 1, 12).value = 'Đơn vị xin rút điểm tự chấm'",
          "print(json.dumps({'second': [f'I{n + 1}', f'I{n + 2}'], 'explanation': [f'L{e}', f'L{e + 1}']}))",
        ].join('\n'),
      ),
    ) as { second: [string, string]; explanation: [string, string] };
    const was = await sha(summaryOf(out));
    const r = await score(out);
    expect(r.code).not.toBe(0);
    const label = `${UNIT} — cảnh báo «${FLAG}» ô K21`;
    expect(r.stderr).toContain(
      `Trang «Rà soát», ô ${cells.second.join(', ')}: ${label}, dòng «Quyết định lần 2»: 2 dòng khác nhau (${cells.second[0]}: «Chấp nhận»; ${cells.second[1]}: «Bác số liệu»); thidua không chọn`,
    );
    expect(r.stderr).toContain(
      `Trang «Rà soát», ô ${cells.explanation.join(', ')}: ${label}, dòng «Giải trình của đơn vị»: 2 dòng khác nhau (${cells.explanation[0]}: «Số liệu tự chấm theo biên bản kiểm tra ngày 15/11»; ${cells.explanation[1]}: «Đơn vị xin rút điểm tự chấm»)`,
    );
    expect(r.stderr).toContain('không ghi gì');
    expect(await sha(summaryOf(out))).toBe(was);
    // Neither second decision is the flag's: it is not decided.
    expect((await readSummary(join(dir, out))).review.decisions.find((d) => d.unitName === UNIT)).toBeUndefined();
    const c = await runInProcess(['close', out, '--by', 'Lò Văn Thành', '--accept-open'], dir);
    expect(c.code).not.toBe(0);
    expect(c.stderr).toContain(`Trang «Rà soát», ô ${cells.second.join(', ')}`);
    expect(await sha(summaryOf(out))).toBe(was);
  }, 240_000);

  it('keeps the council’s own columns in place — inserted among thidua’s or headed right of the table — each value on its row, sorted or not, run after run', async () => {
    const out = await copyOf('notes');
    openpyxl(
      summaryOf(out),
      [
        "ws = wb['Rà soát']",
        `n = row_of(ws, '${UNIT}', 'Lần 1')`,
        "ws['M4'] = 'Ghi chú của thư ký'",
        "ws.cell(n, 13).value = 'Đã gọi điện cho đơn vị ngày 18/11'",
        // A column inserted before «Bước»: its header and a note on the first flag's row and on the unit's.
        'ws.insert_cols(8)',
        "ws['H4'] = 'Ghi chú riêng'",
        "ws['H5'] = 'cần xem lại'",
        "ws.cell(n, 8).value = 'đơn vị hẹn gửi biên bản'",
        // Sorted as Excel sorts the table under its header, the inserted column with it: the rows move, the notes with them.
        "sort_table(ws, lambda r: (str(r[1] or ''), str(r[8] or '')), True)",
        "v = wb['Biểu quyết']",
        "v['J7'] = 'Ý kiến thành viên'",
        "v['J8'] = 'Ông Hải đề nghị xem lại minh chứng'",
      ].join('\n'),
    );
    // What each note stands beside: its column's neighbours, its flag and step (or nominee).
    const notes = () =>
      JSON.parse(
        openpyxl(
          summaryOf(out),
          [
            "ws = wb['Rà soát']",
            'head = rows(ws)[3]',
            "kept = [(h, head[i - 1]) for i, h in enumerate(head) if h in ('Ghi chú riêng', 'Ghi chú của thư ký')]",
            "cols = {h: i for i, h in enumerate(head) if h in ('Ghi chú riêng', 'Ghi chú của thư ký')}",
            "at = [[h, r[1], r[4], str(r[head.index('Bước')]).split(' ·')[0], r[i]] for r in rows(ws)[4:] for h, i in cols.items() if r[i] not in (None, '')]",
            "v = wb['Biểu quyết']",
            'vh = rows(v)[6]',
            "vat = [[r[1], r[3], r[vh.index('Ý kiến thành viên')], vh[vh.index('Ý kiến thành viên') - 1]] for r in rows(v)[7:] if 'Ý kiến thành viên' in vh and r[vh.index('Ý kiến thành viên')]]",
            'print(json.dumps({"kept": kept, "at": at, "votes": vat}, ensure_ascii=False))',
          ].join('\n'),
          false,
        ),
      ) as { kept: [string, string][]; at: string[][]; votes: string[][] };
    const before = notes();
    expect(before.kept).toEqual([
      ['Ghi chú riêng', 'Nội dung'],
      ['Ghi chú của thư ký', 'Ý kiến'],
    ]);
    for (const time of [1, 2]) {
      const r = await score(out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('ghi ngoài các cột thidua ghi lại');
      expect(r.stderr).not.toContain('ghi ngoài các ô thidua đọc');
      const after = notes();
      expect(after.kept, `run ${time}`).toEqual(before.kept);
      expect(after.at.sort(), `run ${time}`).toEqual([...before.at].sort());
      expect(after.votes, `run ${time}`).toEqual([[expect.any(String), expect.any(String), 'Ông Hải đề nghị xem lại minh chứng', 'Ghi chú']]);
      const summary = await readSummary(join(dir, out));
      // Not copied under the tables as words outside any more: in place, and the decisions beside them read as before.
      expect(summary.review.unread.map((u) => u.first?.comment)).not.toContain('cần xem lại');
      expect(summary.votes.asides ?? []).toEqual([]);
      expect(summary.review.decisions.find((d) => d.unitName === UNIT)).toMatchObject({ second: { decision: 'accept' } });
    }
    expect(before.votes).toEqual([[expect.any(String), expect.any(String), 'Ông Hải đề nghị xem lại minh chứng', 'Ghi chú']]);
  }, 240_000);

  it('keeps a formula typed in «Rà soát» or «Biểu quyết» and saved by LibreOffice with its result as a formula, its result applied, run after run', async () => {
    const out = await copyOf('formulas-saved');
    const typed = JSON.parse(
      openpyxl(
        summaryOf(out),
        [
          "ws = wb['Rà soát']",
          "firsts = [i + 1 for i, r in enumerate(rows(ws)) if i >= 4 and str(r[7] or '') == 'Lần 1' and not r[8]]",
          "a, b = firsts[0], firsts[1]",
          "ws.cell(a, 9).value = 'Chấp nhận'",
          "ws.cell(a, 10).value = 'Lò Văn Thành'",
          "ws.cell(a, 11).value = '20/11/2026'",
          // A decision copied from the row above it, the day as =DATE(…) under a date format.
          "ws.cell(b, 9).value = f'=I{a}'",
          "ws.cell(b, 10).value = 'Lò Văn Thành'",
          "ws.cell(b, 11).value = '=DATE(2026,11,21)'",
          "ws.cell(b, 11).number_format = 'DD/MM/YYYY'",
          "v = wb['Biểu quyết']",
          "v['E8'] = 9; v['F8'] = '=E8-1'; v['G8'] = '=SUM(3,4)'",
          // The meeting's day, as a formula under a date format.
          "v['B3'] = '=DATE(2026,11,20)'; v['B3'].number_format = 'DD/MM/YYYY'",
          "print(json.dumps({'a': a, 'b': b, 'unit': rows(ws)[b - 1][1], 'flag': rows(ws)[b - 1][4], 'nominee': v['B8'].value}, ensure_ascii=False))",
        ].join('\n'),
      ),
    ) as { a: number; b: number; unit: string; flag: string; nominee: string };
    // Their results stored beside them, as Excel stores them on saving (openpyxl computes none); then LibreOffice saves the workbook.
    storeResults(summaryOf(out), {
      'Rà soát': { [`I${typed.b}`]: 'Chấp nhận', [`K${typed.b}`]: 46347 },
      'Biểu quyết': { F8: 8, G8: 7, B3: 46346 },
    });
    await savedByLibreOffice(summaryOf(out));
    const formulas = () =>
      JSON.parse(
        openpyxl(
          summaryOf(out),
          [
            "ws = wb['Rà soát']",
            `b = next(i + 1 for i, r in enumerate(rows(ws)) if r[1] == ${JSON.stringify(typed.unit)} and r[4] == ${JSON.stringify(typed.flag)} and str(r[7] or '').startswith('Lần 1'))`,
            "v = wb['Biểu quyết']",
            `n = next(i + 1 for i, r in enumerate(rows(v)) if r[1] == ${JSON.stringify(typed.nominee)})`,
            "print(json.dumps([ws.cell(b, 9).value, ws.cell(b, 11).value, v.cell(n, 6).value, v.cell(n, 7).value, v['B3'].value]))",
          ].join('\n'),
          false,
        ),
      ) as string[];
    expect(formulas()).toEqual([`=I${typed.a}`, '=DATE(2026,11,21)', '=E8-1', '=SUM(3,4)', '=DATE(2026,11,20)']);
    for (const time of [1, 2]) {
      const r = await score(out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('công thức');
      expect(formulas(), `run ${time}`).toEqual([`=I${typed.a}`, '=DATE(2026,11,21)', '=E8-1', '=SUM(3,4)', '=DATE(2026,11,20)']);
      // The results stored beside the formulas read as what the council decided and voted.
      const summary = await readSummary(join(dir, out));
      expect(summary.review.decisions.find((d) => d.unitName === typed.unit && d.date === "2026-11-21")).toMatchObject({ decision: 'accept', reviewer: 'Lò Văn Thành' });
      expect(summary.votes.votes.find((v) => v.unitName === typed.nominee)?.tally).toEqual({ members: 9, present: 8, inFavour: 7 });
      expect(summary.votes.meeting.date).toBe('2026-11-20');
    }
  }, 240_000);

  it('follows a formula reading its own row to the row its flag lands on, and names one reading another row, when the sheet was sorted and saved by LibreOffice', async () => {
    const out = await copyOf('formulas-moved');
    // Sorted as Excel sorts the table under its header (by «STT», descending: a flag's later rounds, which carry no
    // number, stay under its first), then formulas typed on the sorted rows — every row away from where thidua plans it.
    const typed = JSON.parse(
      openpyxl(
        summaryOf(out),
        [
          "ws = wb['Rà soát']",
          'last = [0]',
          'def stt(r):',
          '    if isinstance(r[0], (int, float)): last[0] = r[0]',
          '    return last[0]',
          'sort_table(ws, stt, True)',
          "firsts = [i + 1 for i, r in enumerate(rows(ws)) if i >= 4 and str(r[7] or '') == 'Lần 1' and not r[8]]",
          'a, b = firsts[0], firsts[1]',
          "ws.cell(a, 9).value = 'Chấp nhận'; ws.cell(a, 10).value = 'Lò Văn Thành'; ws.cell(a, 11).value = '20/11/2026'",
          // «Ý kiến» of a's row reads a's own decision; b's decision is copied from a's row.
          "ws.cell(a, 12).value = f'=\"Theo biên bản: \"&I{a}'",
          "ws.cell(b, 9).value = f'=I{a}'; ws.cell(b, 10).value = 'Lò Văn Thành'; ws.cell(b, 11).value = '21/11/2026'",
          "print(json.dumps({'a': a, 'b': b, 'rows': [[rows(ws)[n - 1][1], rows(ws)[n - 1][4]] for n in (a, b)]}, ensure_ascii=False))",
        ].join('\n'),
      ),
    ) as { a: number; b: number; rows: [string, string][] };
    storeResults(summaryOf(out), { 'Rà soát': { [`L${typed.a}`]: 'Theo biên bản: Chấp nhận', [`I${typed.b}`]: 'Chấp nhận' } });
    await savedByLibreOffice(summaryOf(out));
    // Where each row is now, and its «Quyết định» and «Ý kiến» cells as written.
    const now = () =>
      JSON.parse(
        openpyxl(
          summaryOf(out),
          [
            "ws = wb['Rà soát']",
            `at = [next(i + 1 for i, r in enumerate(rows(ws)) if [r[1], r[4]] == k and str(r[7] or '').startswith('Lần 1')) for k in ${JSON.stringify(typed.rows)}]`,
            'print(json.dumps([[n, ws.cell(n, 9).value, ws.cell(n, 12).value] for n in at], ensure_ascii=False))',
          ].join('\n'),
          false,
        ),
      ) as [number, string, string][];
    const r = await score(out);
    expect(r.code, r.stderr).toBe(0);
    const [[a, , comment], [b, decision]] = now() as [[number, string, string], [number, string, string]];
    // thidua plans the rows in its own order: both rows moved.
    expect(a).not.toBe(typed.a);
    expect(b).not.toBe(typed.b);
    expect(comment).toBe(`="Theo biên bản: "&I${a}`);
    expect(decision).toBe(`=I${typed.a}`);
    expect(r.stderr).toContain(
      `Trang «Rà soát», ô I${typed.b}: công thức =I${typed.a} của dòng ${typed.rows[1]![0]} — cảnh báo «${typed.rows[1]![1]}»`,
    );
    expect(r.stderr).toContain(
      `ghi lại ở ô I${b}, dòng ấy đã chuyển từ dòng ${typed.b} sang dòng ${b}; công thức tham chiếu ô I${typed.a} của dòng khác, dòng ấy nay không còn ở dòng ${typed.a}: có thể nay đọc dòng khác, thidua giữ nguyên như đã gõ — kiểm tra lại.`,
    );
    expect(r.stderr).not.toContain(`ô L${typed.a}: công thức`);
    // The decisions read are the results stored: each on its own flag.
    const summary = await readSummary(join(dir, out));
    for (const [i, [unit]] of typed.rows.entries()) expect(summary.review.decisions.find((d) => d.unitName === unit && d.date === `2026-11-2${i}`)).toMatchObject({ decision: 'accept', reviewer: 'Lò Văn Thành' });
    // Run again: the rows stay, the formula on its own row with them.
    expect((await score(out)).code).toBe(0);
    expect(now()[0]).toEqual([a, 'Chấp nhận', `="Theo biên bản: "&I${a}`]);
  }, 240_000);

  it('stops on a «Quyết định» or «Đồng ý» column retitled, naming the sheet, the row and the title it lacks; score and close write nothing', async () => {
    const out = await copyOf('retitled');
    openpyxl(
      summaryOf(out),
      [
        "ws = wb['Rà soát']",
        "ws['I4'] = 'Quyết định của Hội đồng'",
        "firsts = [i + 1 for i, r in enumerate(rows(ws)) if i >= 4 and str(r[7] or '') == 'Lần 1' and not r[8]]",
        "ws.cell(firsts[0], 9).value = 'Bác số liệu'",
        "v = wb['Biểu quyết']",
        "v['G7'] = 'Số phiếu đồng ý'",
        "v['E8'] = 9; v['F8'] = 9; v['G8'] = 2",
      ].join('\n'),
    );
    const was = await sha(summaryOf(out));
    const r = await score(out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'Trang «Rà soát» có tiêu đề «RÀ SOÁT CẢNH BÁO — HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG» của trang «Rà soát» nhưng bảng không đọc được (dòng 4 không có cột «Quyết định»): thidua không đọc được điều Hội đồng ghi trong đó',
    );
    expect(r.stderr).toContain('Trang «Biểu quyết» có tiêu đề «BIỂU QUYẾT CỦA HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG» của trang «Biểu quyết» nhưng bảng không đọc được (dòng 7 không có cột «Đồng ý»)');
    expect(r.stderr).toContain('không ghi gì');
    expect(await sha(summaryOf(out))).toBe(was);
    const c = await runInProcess(['close', out, '--by', 'Lò Văn Thành', '--accept-open'], dir);
    expect(c.code).not.toBe(0);
    expect(c.stderr).toContain('Trang «Rà soát» có tiêu đề');
    expect(await sha(summaryOf(out))).toBe(was);
  }, 240_000);

  it('stops on a «Ghi chú» column inserted in «Biểu quyết» between the counts, naming both «Ghi chú» header cells: neither is taken for thidua’s; score and close write nothing', async () => {
    // Before, the first «Ghi chú» (the inserted one) was read as the note and thidua's own went over as the council's
    // column; written again after «Kết quả» it came first, so the next run read «Không đề nghị» there: a decision taken
    // or left from one run to the next with nothing typed.
    const out = await copyOf('two-notes');
    openpyxl(
      summaryOf(out),
      ["v = wb['Biểu quyết']", "v['I9'] = 'Không đề nghị'", 'v.insert_cols(7)', "v['G7'] = 'Ghi chú'", "v['G9'] = 'Ông Hải xin ý kiến sau'"].join('\n'),
    );
    const was = await sha(summaryOf(out));
    const r = await score(out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'Trang «Biểu quyết», ô G7, J7: «Ghi chú» ở G7 và «Ghi chú» ở J7 đều là tiêu đề cột «Ghi chú» thidua đọc: thidua không biết cột nào là cột của mình, cột nào Hội đồng thêm, nên không chọn cột nào. Hãy đổi tiêu đề cột Hội đồng thêm (ví dụ «Ghi chú riêng»), lưu rồi chạy lại.',
    );
    expect(await sha(summaryOf(out))).toBe(was);
    const c = await runInProcess(['close', out, '--by', 'Lò Văn Thành', '--accept-open'], dir);
    expect(c.code).not.toBe(0);
    expect(c.stderr).toContain('đều là tiêu đề cột «Ghi chú» thidua đọc');
    expect(await sha(summaryOf(out))).toBe(was);
  }, 240_000);

  it('stops the pane the same way on that «Ghi chú» column inserted in its workbook (Office.js fake), writing nothing', async () => {
    const now = new Date('2026-11-20T09:00:00+07:00');
    const { fake, set, voteRow } = await exampleVotedInPane(now);
    try {
      const votes = fake.state.sheets.find((s) => s.name === 'Biểu quyết')!;
      const row = voteRow('Bản Hua Ca');
      // Column G inserted as Excel inserts it: every cell from G rightwards one column on, «Ghi chú» in the new G.
      const moved = [...votes.cells].map(([k, v]) => [k.split(':').map(Number), v] as const);
      for (const [[r, c]] of moved) if (c! >= 7) votes.cells.delete(`${r}:${c}`);
      for (const [[r, c], v] of moved) if (c! >= 7) votes.cells.set(`${r}:${c! + 1}`, v);
      votes.cells.set('7:7', { value: 'Ghi chú', numberFormat: 'General', style: {} });
      votes.cells.set(`${row}:7`, { value: 'Ông Hải xin ý kiến sau', numberFormat: 'General', style: {} });
      const before = JSON.stringify([...votes.cells]);
      await expect(runInExcel((port) => checkAndScore(port, set, { now }))).rejects.toThrow('Trang «Biểu quyết», ô G7, J7: «Ghi chú» ở G7 và «Ghi chú» ở J7 đều là tiêu đề cột «Ghi chú» thidua đọc');
      expect(JSON.stringify([...fake.state.sheets.find((s) => s.name === 'Biểu quyết')!.cells])).toBe(before);
    } finally {
      fake.uninstall();
    }
  }, 300_000);

  it('says a decision and a count typed as a formula the file holds no result of, keeps them as typed; says a count typed once over two rows; reads «Đồng ý.» as «Đồng ý»', async () => {
    const out = await copyOf('formulas');
    const rows = JSON.parse(
      openpyxl(
        summaryOf(out),
        [
          "ws = wb['Rà soát']",
          "firsts = [i + 1 for i, r in enumerate(rows(ws)) if i >= 4 and str(r[7] or '') == 'Lần 1' and not r[8]]",
          "ws.cell(firsts[0], 9).value = '=IF(1=1,\"Chấp nhận\",\"Bác số liệu\")'",
          "ws.cell(firsts[1], 9).value = 'Đồng ý.'",
          "v = wb['Biểu quyết']",
          "v['E8'] = 9; v['F8'] = 9; v['G8'] = '=4+5'",
          // «Tổng số thành viên» typed once over two nominees' rows.
          "v['E9'] = 9; v['F9'] = 9; v['G9'] = 9; v['F10'] = 9; v['G10'] = 9; v.merge_cells('E9:E10')",
          'print(json.dumps(firsts[:2]))',
        ].join('\n'),
      ),
    ) as [number, number];
    const r = await score(out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`tong-hop.xlsx, trang «Rà soát», I${rows[0]}: không hiểu quyết định «=IF(1=1,"Chấp nhận","Bác số liệu")» (ghi Chấp nhận, Giải trình hoặc Bác số liệu); đã giữ nguyên chữ đã ghi`);
    expect(r.stderr).toContain('tong-hop.xlsx, trang «Biểu quyết», G8: Đoàn Thanh niên xã Ta Ma: không hiểu số đồng ý «=4+5» (ghi một số nguyên); đã giữ nguyên chữ đã ghi');
    expect(r.stderr).toContain('tong-hop.xlsx, trang «Biểu quyết», E10: UBND xã Ta Ma: ô E10 nằm trong ô gộp E9:E10, tổng số thành viên ghi ở ô E9 chỉ là của dòng 9 (bỏ gộp ô, ghi số ở từng dòng); đã giữ nguyên chữ đã ghi');
    expect(r.stderr).not.toContain(`I${rows[1]}:`);
    const summary = await readSummary(join(dir, out));
    expect(summary.review.unread.map((u) => u.first?.decision)).toContain('=IF(1=1,"Chấp nhận","Bác số liệu")');
    expect(summary.review.decisions.filter((d) => d.typed === 'Đồng ý.').map((d) => d.decision)).toEqual(['accept']);
    expect(summary.votes.held.map((h) => [h.unitName, h.inFavour])).toContainEqual(['Đoàn Thanh niên xã Ta Ma', '=4+5']);
    // Written back as the text typed, read again the same.
    const again = await score(out);
    expect(again.stderr).toContain(`I${rows[0]}: không hiểu quyết định «=IF(1=1,"Chấp nhận","Bác số liệu")»`);
    expect(again.stderr).toContain('G8: Đoàn Thanh niên xã Ta Ma: không hiểu số đồng ý «=4+5»');
  }, 240_000);
});

// Made for: nothing the council typed may be lost or chosen silently — the review and vote sheets edited as officers
// edit them (sorted, rows copied, columns added, formulas), on the example commune's real outputs.
