// A form's own title as the set's name when the line right above its table is a section heading or a line to fill in:
// Decree 335's «PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC» over «Họ và tên: ……» and «I. KẾT QUẢ THEO DÕI, ĐÁNH GIÁ THEO TIÊU CHÍ
// CHUNG» was imported as a set named «I. KẾT QUẢ …»; an academy's conduct form as «Học kỳ: ……… Năm học: ………». Written
// by LibreOffice (HTML → .odt → .docx), read through the adapter the command line uses (mammoth + linkedom).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { readDocxCriteria } from '../../adapters/docx/criteria.js';
import { docxAllByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const rows = [['TT', 'Tiêu chí chấm điểm', 'Điểm tối đa'], ['I', 'Phẩm chất chính trị, đạo đức', '10'], ['1', 'Phẩm chất chính trị', '5'], ['2', 'Ý thức kỷ luật, kỷ cương', '5'], ['', 'Tổng cộng', '10']];
const FORM: OfficeTable = { before: ['PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC (Kỳ theo dõi, đánh giá:..........)', 'Họ và tên: ....................'], caption: 'I. KẾT QUẢ THEO DÕI, ĐÁNH GIÁ THEO TIÊU CHÍ CHUNG', rows };
const PLAN: OfficeTable = { before: ['Kế hoạch thi đua năm 2026'], caption: 'BẢNG CHẤM ĐIỂM THI ĐUA CÁC THÔN (tối đa 10 điểm)', rows };

it('names the set by the form’s title above a section heading and lines to fill in; a caption that is a name stays the name', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-docx-title-'));
  const [form, plan] = await docxAllByLibreOffice([{ name: 'mau-01', tables: [FORM] }, { name: 'ke-hoach', tables: [PLAN] }], dir);
  const read = async (path: string) => {
    const r = await readDocxCriteria(await readFile(path), parse, 'mau.docx');
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r;
  };
  const a = await read(form!);
  expect(a.set.title).toBe('PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC');
  // Taken from above the table, so at no cell of it (never «ô A1» of a Word table).
  expect(a.notices).toContainEqual({ message: 'Chưa có «Tên bộ tiêu chí»: dùng «PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC» (lấy từ tiêu đề văn bản, trên bảng).' });
  // The table is still named by the line right above it, whose figures it still holds.
  expect(a.table).toBe('Bảng 1 («I. KẾT QUẢ THEO DÕI, ĐÁNH GIÁ THEO TIÊU CHÍ CHUNG»)');
  const b = await read(plan!);
  expect(b.set.title).toBe('BẢNG CHẤM ĐIỂM THI ĐUA CÁC THÔN (tối đa 10 điểm)');
  expect(b.reconciliation.figures.filter((f) => f.figure.kind === 'title').map((f) => [f.figure.value, f.agrees])).toEqual([[10, true]]);
}, 120_000);
