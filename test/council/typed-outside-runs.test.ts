// The council at work on the example commune's tong-hop.xlsx with openpyxl, as another program an office uses, and
// `thidua score` run again and again: words typed on «Biểu quyết» outside the cells thidua reads — a note right of the
// table, a word among the meeting's cells, a word on the blank row under the table, a line under the notes, a word in
// «Kết quả» — are said once at their cell and copied word for word under the tables, read back as kept (never said
// again, never copied twice, never a vote), and a line the council deletes is gone; the decisions typed in «Rà soát»
// («Đồng ý», «Yêu cầu giải trình») stay in the council's own words while they apply as «Chấp nhận» and «Giải trình».
// Closing, verifying and the papers go on as before: the kept words are in none of them.
import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASIDES_TITLE } from '../../core/workbook/plan-votes.js';
import { runInProcess, type Run } from '../cli/helpers.js';
import { scoredCommune } from './example-commune.js';
import { openpyxl } from './typed-in-parts.js';

let dir: string;
const summary = () => join(dir, 'kq', 'tong-hop.xlsx');
const thidua = (...args: string[]) => runInProcess(args, dir);
const score = () => thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq');
const KEPT = `chép nguyên văn xuống bảng «${ASIDES_TITLE}» cuối trang để không mất, không tính là biểu quyết`;

/** The sheets as openpyxl reads them: the block of kept words, the nominees' rows (B, E–I), «Rà soát»'s decided rows (B, E, H–J). */
type Seen = { asides: unknown[][]; nominees: unknown[][]; review: unknown[][] };
const seen = (): Seen =>
  JSON.parse(
    openpyxl(
      summary(),
      [
        "v = wb['Biểu quyết']",
        `title = next((r[0].row for r in v.iter_rows() if r[0].value == '${ASIDES_TITLE}'), None)`,
        'asides = [] if title is None else [[c.value for c in r[:3]] for r in v.iter_rows(min_row=title + 2) if any(c.value is not None for c in r)]',
        'nominees = [[r[1].value] + [c.value for c in r[4:9]] for r in v.iter_rows(min_row=8) if isinstance(r[0].value, int) and (title is None or r[0].row < title)]',
        "review = [[r[1].value, r[4].value] + [c.value for c in r[7:10]] for r in wb['Rà soát'].iter_rows(min_row=5) if r[8].value]",
        'print(json.dumps({"asides": asides, "nominees": nominees, "review": review}, ensure_ascii=False, default=str))',
      ].join('\n'),
    ),
  ) as Seen;

/** Where the officer typed, as openpyxl found the cells. */
let typed: { right: string; meeting: string; blank: string; under: string; result: string; accepted: [string, string]; explain: [string, string] };
let second: Run;
let third: Run;
let afterSecond: Seen;
let afterThird: Seen;

beforeAll(async () => {
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  typed = JSON.parse(
    openpyxl(
      summary(),
      [
        "v = wb['Biểu quyết']",
        'rows = [r for r in v.iter_rows(min_row=8) if isinstance(r[0].value, int)]',
        // The first nominee voted 9/7/6; a note right of the second's row; a word in «Kết quả» of the third, not voted on.
        'rows[0][4].value = 9; rows[0][5].value = 7; rows[0][6].value = 6',
        "right = v.cell(row=rows[1][0].row, column=10); right.value = 'Hỏi thêm ý kiến Mặt trận về trường hợp này'",
        "rows[2][7].value = 'Chờ ý kiến cấp trên'",
        // A word among the meeting's cells, one on the blank row under the table, a line under the notes.
        "v['G3'] = 'nháp'",
        "blank = v.cell(row=rows[-1][0].row + 1, column=2); blank.value = 'Bà Lò Thị D xin vắng, gửi ý kiến bằng văn bản'",
        "under = v.cell(row=v.max_row + 2, column=1); under.value = 'Thư ký ghi: họp lại ngày 25/11 nếu thiếu người'",
        // «Rà soát»: the first flag «Đồng ý», the second «Yêu cầu giải trình».
        "flags = [r for r in wb['Rà soát'].iter_rows(min_row=5) if r[7].value == 'Lần 1']",
        "flags[0][8].value = 'Đồng ý'; flags[0][9].value = 'Lò Văn Thành'; flags[0][10].value = '20/11/2025'",
        "flags[1][8].value = 'Yêu cầu giải trình'; flags[1][9].value = 'Lò Văn Thành'; flags[1][10].value = '20/11/2025'",
        'print(json.dumps({"right": right.coordinate, "meeting": "G3", "blank": blank.coordinate, "under": under.coordinate, "result": rows[2][7].coordinate,',
        '  "accepted": [flags[0][1].value, flags[0][4].value], "explain": [flags[1][1].value, flags[1][4].value]}, ensure_ascii=False))',
      ].join('\n'),
    ),
  ) as typeof typed;
  second = await score();
  afterSecond = seen();
  third = await score();
  afterThird = seen();
}, 300_000);

describe('words the council typed on «Biểu quyết» outside the cells thidua reads, through runs of thidua score', () => {
  const words = {
    meeting: 'nháp',
    right: 'Hỏi thêm ý kiến Mặt trận về trường hợp này',
    result: 'Chờ ý kiến cấp trên',
    blank: 'Bà Lò Thị D xin vắng, gửi ý kiến bằng văn bản',
    under: 'Thư ký ghi: họp lại ngày 25/11 nếu thiếu người',
  } as const;

  it('says each word once at its cell, and copies it word for word under the tables with where it was typed', () => {
    expect(second.code).toBe(0);
    for (const [where, text] of Object.entries(words)) {
      expect(second.stderr).toContain(`trang «Biểu quyết», ${typed[where as keyof typeof words]}: «${text}» ghi ngoài các ô thidua đọc: ${KEPT}`);
    }
    expect(second.stderr).toContain(`5 dòng Hội đồng ghi ngoài bảng biểu quyết: giữ nguyên văn ở bảng «${ASIDES_TITLE}» cuối trang «Biểu quyết», không tính là biểu quyết.`);
    // In the sheet's order: the meeting's cells, the table's rows, under it.
    expect(afterSecond.asides).toEqual(
      (['meeting', 'right', 'result', 'blank', 'under'] as const).map((w, i) => [i + 1, words[w], typed[w]]),
    );
    // The vote typed is a vote; the kept words are none: the third nominee's «Kết quả» is blank again, no row was added.
    expect(afterSecond.nominees[0]!.slice(1, 5)).toEqual([9, 7, 6, 'Đạt']);
    expect(afterSecond.nominees[2]!.slice(1, 5)).toEqual([null, null, null, null]);
    expect(afterSecond.nominees).toHaveLength(8);
  });

  it('reads them back as kept on the next run: not said again, not copied twice', () => {
    expect(third.code).toBe(0);
    expect(third.stderr).not.toContain('ghi ngoài các ô thidua đọc');
    expect(third.stderr).toContain(`5 dòng Hội đồng ghi ngoài bảng biểu quyết: giữ nguyên văn`);
    expect(afterThird).toEqual(afterSecond);
  });

  it('keeps the decision words as the council typed them in «Rà soát», applied as their decisions', () => {
    expect(second.stderr).toContain('Đã áp dụng 2 quyết định của Hội đồng.');
    expect(second.stderr).toContain('Rà soát: 1 chờ giải trình.');
    for (const seen of [afterSecond, afterThird]) {
      expect(seen.review).toEqual([
        [...typed.accepted, 'Lần 1', 'Đồng ý', 'Lò Văn Thành'],
        [...typed.explain, 'Lần 1 · chờ giải trình', 'Yêu cầu giải trình', 'Lò Văn Thành'],
      ]);
    }
  });

  it('lets a kept line the council deletes go, and keeps the rest', async () => {
    openpyxl(summary(), ["v = wb['Biểu quyết']", "v.delete_rows(next(r[0].row for r in v.iter_rows() if r[1].value == 'nháp'))"].join('\n'));
    const run = await score();
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('ghi ngoài các ô thidua đọc');
    expect(run.stderr).toContain('4 dòng Hội đồng ghi ngoài bảng biểu quyết');
    expect(seen().asides).toEqual((['right', 'result', 'blank', 'under'] as const).map((w, i) => [i + 1, words[w], typed[w]]));
  });

  it('closes, verifies and writes the papers as before, the kept words in none of them, the decisions in thidua’s words there', async () => {
    // Every nominee voted, the council's explanation answered and decided, so the papers can be written.
    openpyxl(
      summary(),
      [
        "v = wb['Biểu quyết']",
        // The nominees' rows: from the header's next row to the first row without a number.
        'for r in v.iter_rows(min_row=8):',
        '    if not isinstance(r[0].value, int): break',
        '    if r[4].value is None: r[4].value = 9; r[5].value = 8; r[6].value = 7',
      ].join('\n'),
    );
    expect((await score()).code).toBe(0);
    const closed = await thidua('close', 'kq', '--by', 'Lò Văn Thành', '--accept-open');
    expect(closed.code, closed.stderr).toBe(0);
    expect((await thidua('verify', 'kq')).code).toBe(0);
    const kept = seen().asides;
    expect(kept).toHaveLength(4);
    // Scored again, nothing changed: nothing written, the kept words where they were.
    const same = await score();
    expect(same.stderr).toContain('không thay đổi gì: không ghi lại');
    expect(seen().asides).toEqual(kept);
    const papers = await thidua('papers', 'kq', '--out', 'ho-so');
    expect(papers.code, papers.stderr).toBe(0);
    const minutes = (await mammoth.extractRawText({ path: join(dir, 'ho-so', (await readdir(join(dir, 'ho-so'))).find((f) => f.startsWith('bien-ban'))!) })).value;
    for (const text of Object.values(words)) expect(minutes).not.toContain(text);
    expect(minutes).toContain('Chấp nhận');
    expect(minutes).not.toContain('Đồng ý');
  });
});

// Made for the council's words on «Biểu quyết» kept like those on «Rà soát», and its decision words kept as typed.
