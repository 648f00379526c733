// Word's automatic bullets in a scoring table's cells («•» before each sub-criterion, «◦» a level deeper), which
// mammoth keeps as lists without their glyphs: a Party-cell form whose criterion 1 writes 9 points over «Phát biểu» 3
// (its levels 3 / 2 / 1 a level deeper), «Tài liệu» 5 (levels 5 / 4 / 3 / 2) and «Đúng giờ» 1 was read by its figures
// alone, which add up to 9 two ways (the last 1 a part, or a level of «Tài liệu»): said as a doubt, every row read as
// an unnumbered row. The depth of each bullet tells them apart, as the form's «-» and «+» would. Written by LibreOffice
// (HTML → .odt → .docx), read through the adapter the command line uses (mammoth + linkedom).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { docxAllByLibreOffice } from '../../scripts/harness/office-html.js';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

/** A row: its number, its words at a bullet depth (0: none), its points. */
type Row = [string, string, number, number];
const FORM: Row[] = [
  ['1', 'Sinh hoạt chi bộ', 0, 9],
  ['', 'Có nhiều đảng viên phát biểu', 1, 3],
  ['', 'Trên 50% số đảng viên phát biểu', 2, 3],
  ['', 'Từ 30% đến 50% số đảng viên phát biểu', 2, 2],
  ['', 'Dưới 30% số đảng viên phát biểu', 2, 1],
  ['', 'Tài liệu sinh hoạt đăng tải trước', 1, 5],
  ['', 'Trước 3 ngày', 2, 5],
  ['', 'Trước 2 ngày', 2, 4],
  ['', 'Trước 1 ngày', 2, 3],
  ['', 'Trong ngày sinh hoạt', 2, 2],
  ['', 'Bắt đầu đúng giờ', 1, 1],
  ['2', 'Kết thúc sinh hoạt', 0, 2],
  ['', 'Thông qua biên bản', 1, 1],
  ['', 'Phân công nhiệm vụ', 1, 1],
];

const bullet = (words: string, depth: number) => (depth === 0 ? words : depth === 1 ? `<ul><li>${words}</li></ul>` : `<ul><li><ul><li>${words}</li></ul></li></ul>`);
const page = (flat: boolean) =>
  `<!doctype html><html><head><meta charset="utf-8"></head><body><p>PHIẾU ĐÁNH GIÁ CHẤT LƯỢNG SINH HOẠT CHI BỘ</p><table border="1">` +
  `<tr><td>STT</td><td>Nội dung đánh giá</td><td>Điểm tối đa</td></tr>` +
  FORM.map(([n, words, depth, points]) => `<tr><td>${n}</td><td>${bullet(words, flat ? Math.min(depth, 1) : depth)}</td><td>${points}</td></tr>`).join('') +
  `</table></body></html>`;

let nested: Uint8Array;
let flat: Uint8Array;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bullets-'));
  const [a, b] = await docxAllByLibreOffice([{ name: 'long-nhau', page: page(false) }, { name: 'mot-cap', page: page(true) }], dir);
  [nested, flat] = await Promise.all([readFile(a!), readFile(b!)]);
}, 120_000);

const readWord = async (data: Uint8Array) => {
  const [table] = await readDocxTables(data, parse);
  const read = readCriteriaSheet(table!.grid, { fileName: 'phieu-chi-bo.docx' });
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  return { grid: table!.grid, read };
};

describe('Word bullets in a scoring table', () => {
  it('nested: each item marked by its depth («- », «+ »), and the criterion read as its parts and their levels, every figure agreeing', async () => {
    const { grid, read } = await readWord(nested);
    expect(grid.values.slice(1).map((row) => String(row[1] ?? '').slice(0, 2))).toEqual(FORM.map(([, , depth]) => (depth === 0 ? expect.anything() : depth === 1 ? '- ' : '+ ')));
    expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
    const levels = (code: string) => {
      const rule = read.set.criteria.find((c) => c.code === code)!.rule;
      return rule.kind === 'tiers' ? rule.tiers.map((t) => t.points) : rule.kind;
    };
    expect(read.set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['1.a', 3], ['1.b', 5], ['1.c', 1], ['2.a', 1], ['2.b', 1]]);
    expect([levels('1.a'), levels('1.b'), levels('1.c')]).toEqual([[3, 2, 1], [5, 4, 3, 2], 'manual']);
  });

  it('one depth only: left unmarked, told apart by the figures as before (here two ways: said, not guessed)', async () => {
    const { grid, read } = await readWord(flat);
    expect(grid.values.slice(1).some((row) => /^[-+] /.test(String(row[1] ?? '')))).toBe(false);
    expect(read.reconciliation.agrees).toBe(false);
    expect(read.notices.map((n) => n.message)).toContainEqual(expect.stringContaining('không có một cách đọc duy nhất'));
  });
});

// Made for Word forms whose lists are automatic bullets (mammoth drops the glyph): the nesting Word keeps is read.
