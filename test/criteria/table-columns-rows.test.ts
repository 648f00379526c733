// Columns no header word names, rows after the table, and a header written again over a page (issue 55 item 2, the
// columns and rows of an office's scoring table) — each on an original document the corpus keeps byte-exact
// (test/fixtures/real/criteria-corpus/manifest.json names its source): a city's Mẫu 03 (.xlsx, «Thang điểm tối đa»)
// and an academy's Mẫu 01 conduct form (.doc, «Điểm quy định»), read as `thidua criteria import` reads them.
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { docxOfWord97 } from '../../cli/word97.js';
import { cellText } from '../../core/values.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { docxByLibreOffice, type Cell } from './fixtures/office-tables.js';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const shape = (read: ReadCriteriaFile) => read.set.criteria.map((c) => [c.code, c.rule.kind, c.maxPoints]);
const said = (read: ReadCriteriaFile, pattern: RegExp) => read.notices.filter((n) => pattern.test(n.message)).map((n) => n.cell);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-columns-rows-'));
});

describe('a city’s Mẫu 03 whose points column is titled «Thang điểm tối đa», the form going on under the table', () => {
  let read: ReadCriteriaFile;
  beforeAll(async () => {
    // A copy: nothing the reader does can touch the kept file.
    await copyFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx'), join(dir, 'mau-03.xlsx'));
    read = await readCriteriaFile(join(dir, 'mau-03.xlsx'), dir);
  });

  it('takes the points column by its cells and says which it took, at its header cell', () => {
    expect(said(read, /lấy cột E \(«Thang điểm tối đa», ô E14\) làm cột điểm tối đa/)).toEqual(['E14']);
    expect(read.set.groups.filter((g) => g.id !== 'C').map((g) => [g.id, g.maxPoints])).toEqual([['A', 30], ['B', 70]]);
    expect(read.set.criteria.filter((c) => c.group === 'A')).toHaveLength(25);
    expect(read.set.criteria.filter((c) => c.group === 'B').map((c) => [c.code, c.rule.kind, c.maxPoints])).toEqual([['B.1', 'tiers', 20], ['B.2', 'tiers', 20], ['B.3', 'tiers', 30]]);
  });

  it('reconciles a heading numbered short («1» over A.I.1.a…) with the items under it, not as a row left out', () => {
    const heading = read.reconciliation.figures.find((f) => f.figure.cell === 'E17');
    expect(heading?.text).toBe('Mục 1 ghi 5 điểm (ô E17); thidua đọc được 5 ✔ (cộng các mục A.I.1.a, A.I.1.b, A.I.1.c, A.I.1.d, A.I.1.đ, A.I.1.e, A.I.1.ê, A.I.1.g)');
    expect(read.reconciliation.agrees, read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text).join('\n')).toBe(true);
  });

  it('ends the table before the form’s summary, its «Tự đề xuất xếp loại», dates and signatures, and says where', () => {
    expect(said(read, /Bảng tiêu chí dừng trước dòng 84 \(«II\. TỔNG HỢP KẾT QUẢ/)).toEqual(['A84']);
    expect(read.set.criteria.map((c) => c.code).filter((code) => !/^[ABC]\./.test(code))).toEqual([]);
    const after = /TỔNG HỢP KẾT QUẢ|Tự đề xuất xếp loại|NGƯỜI TỰ ĐÁNH GIÁ|NHẬN XÉT, ĐÁNH GIÁ, XẾP LOẠI|KẾT LUẬN CỦA|THỦ TRƯỞNG|ngày\S*\s*\S*\s*tháng/u;
    expect(read.set.criteria.filter((c) => after.test(c.title)).map((c) => c.code)).toEqual([]);
  });
});

describe('an academy’s conduct form whose points column is titled «Điểm quy định»', () => {
  let docx: Uint8Array;
  let read: ReadCriteriaFile;
  beforeAll(async () => {
    // The Word 97 form as the command line reads it: through the .docx LibreOffice makes of it, converted once here.
    docx = await docxOfWord97(join(CORPUS, 'ren-luyen-ptit-hcm-phieu-mau-01.doc'), 'ren-luyen-ptit-hcm-phieu-mau-01.doc');
    await writeFile(join(dir, 'mau-01.docx'), docx);
    read = await readCriteriaFile(join(dir, 'mau-01.docx'), dir);
  }, 300_000);

  it('takes the points column by its cells, says so, and reads each part’s closing «Mức điểm tối đa» row as its maximum', () => {
    expect(said(read, /lấy cột H \(«Điểm quy định», ô H1\) làm cột điểm tối đa/)).toEqual(['H1']);
    expect(read.set.groups.map((g) => g.maxPoints)).toEqual([20, 25, 20, 25, 10]);
    expect(read.set.criteria.filter((c) => /Mức điểm tối đa/.test(c.title))).toEqual([]);
    const total = read.reconciliation.figures.find((f) => f.figure.kind === 'total');
    expect([total?.figure.value, total?.agrees]).toEqual([100, true]);
  });

  it('reconciles 1.2’s level rows (10 / 8 / 6 / 4 / 0 under a heading without points) as its levels, not as rows left out', () => {
    const levels = read.reconciliation.figures.filter((f) => f.figure.row >= 7 && f.figure.row <= 11);
    expect(levels.map((f) => [f.figure.value, f.agrees, f.text.replace(/^.*; /, '')])).toEqual(
      [10, 8, 6, 4, 0].map((v) => [v, true, `thidua đọc được ${v} ✔ (một mức của mục 1.2)`]),
    );
    expect(read.reconciliation.agrees).toBe(true);
  });

  it('ends the table at the place and date, the signatures under it no criteria', () => {
    expect(said(read, /Bảng tiêu chí dừng trước dòng 55 \(«TP\. HCM, ngày/)).toHaveLength(1);
    expect(read.set.criteria.filter((c) => /ngày|XÁC NHẬN|SINH VIÊN|BÍ THƯ/u.test(c.title))).toEqual([]);
  });

  it('reads the same table with its two-level header and column numbering written again where it goes on over a page', async () => {
    // The form's own rows, its header (2 rows) and a «(1) (2) …» numbering row written again before «Tiêu chí 2» and
    // before 4.3, where the printed form turns its pages; a Word document written by LibreOffice.
    const [, table] = await readDocxTables(docx, parse);
    const rows: Cell[][] = table!.grid.values.map((row) => row.map((v) => cellText(v)));
    const header = rows.slice(0, 2);
    let n = 0;
    const numbering = header[0]!.map((t) => (t === '' ? '' : `(${++n})`));
    const at = (opening: string) => rows.findIndex((r) => r.some((t) => typeof t === 'string' && t.startsWith(opening)));
    const again = [...header, numbering];
    const pages = [rows.slice(0, 2), [numbering], rows.slice(2, at('Tiêu chí 2')), again, rows.slice(at('Tiêu chí 2'), at('4.3')), again, rows.slice(at('4.3'))];
    const path = await docxByLibreOffice([{ caption: 'Phiếu đánh giá kết quả rèn luyện', rows: pages.flat() }], dir, 'mau-01-sang-trang');
    const continued = await readCriteriaFile(path, dir);
    expect(shape(continued)).toEqual(shape(read));
    expect(continued.set.groups.map((g) => g.maxPoints)).toEqual([20, 25, 20, 25, 10]);
    expect(said(continued, /ghi lại dòng tiêu đề của bảng \(bảng sang trang mới\)/)).toHaveLength(2);
  }, 480_000);
});

// Made for issue 55 item 2 (columns and rows): a city's Mẫu 03 and an academy's Mẫu 01, refused for their points
// columns' titles, and a table continued over a page with its two-level header written again.
