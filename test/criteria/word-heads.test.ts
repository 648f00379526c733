// Scoring tables whose groups are rows of words alone (no number, no points), on the real tables the corpus keeps
// (test/fixtures/real/criteria-corpus/manifest.json names their source): a commune's DTI set 2026 — eight heads over
// indicators coded «DTI-01»…«DTI-43» under «ID» — and its PAR INDEX 2026 set — three parts over 21 fields, items at two
// depths side by side («1.2» after «1.1.2»), the bonus and deduction rows under «Điểm thưởng» / «Điểm trừ» — each
// written by LibreOffice as the .xlsx an office sends and read as `thidua criteria import` reads it. Then the content
// column found by its cells beside a named points column, on a province's real PAR INDEX self-assessment (.docx).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import { readCriteriaFile, type ReadCriteriaFile } from '../../cli/files.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { CORPUS, loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';

let dti: ReadCriteriaFile;
let par: ReadCriteriaFile;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-word-heads-'));
  const entries = (await loadCorpus()).filter((e) => e.id === 'dti-xa-phuoc-hai' || e.id === 'par-xa-phuoc-hai');
  const written = await renderCorpus(entries, dir);
  dti = await readCriteriaFile(written.get('dti-xa-phuoc-hai')!, dir);
  par = await readCriteriaFile(written.get('par-xa-phuoc-hai')!, dir);
}, 600_000);

describe('a commune’s DTI set: eight heads of words alone over indicators coded «DTI-01»…', () => {
  it('reads each head as a group of the indicators under it, coded by the «ID» column, and says so at the head', () => {
    expect(dti.set.groups.map((g) => [g.id, g.title, g.maxPoints])).toEqual([
      ['1', 'Nhận thức số', 8], ['2', 'Thể chế số', 10], ['3', 'Hạ tầng số', 6], ['4', 'Nhân lực số', 10],
      ['5', 'An toàn thông tin mạng', 5], ['6', 'Hoạt động Chính quyền số', 45], ['7', 'Hoạt động Kinh tế số', 6], ['8', 'Hoạt động Xã hội số', 10],
    ]);
    expect(dti.set.criteria.map((c) => c.code)).toEqual(Array.from({ length: 43 }, (_, i) => `DTI-${String(i + 1).padStart(2, '0')}`));
    expect(dti.set.criteria.filter((c) => c.group === '3').map((c) => [c.code, c.maxPoints])).toEqual([['DTI-12', 1], ['DTI-13', 1], ['DTI-14', 4]]);
    expect(dti.notices.find((n) => n.cell === 'B2')?.message).toMatch(/^Dòng 2 «Nhận thức số» chỉ ghi lời ở cột nội dung .*: đọc là nhóm 1, một nhóm tiêu chí/);
    expect(dti.reconciliation.agrees, dti.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text).join('\n')).toBe(true);
  });
});

describe('a commune’s DTI set: the frame each indicator is scored in, in a «Khung» column', () => {
  it('keeps each row’s frame in its criterion’s note, as written, and says at D1 that it is read as no target or rule', () => {
    const note = (code: string) => dti.set.criteria.find((c) => c.code === code)?.note;
    expect([note('DTI-01'), note('DTI-04'), note('DTI-12'), note('DTI-28')].map((n) => n?.split(' ').slice(0, 3).join(' '))).toEqual([
      'Khung: Có/Không. -', 'Khung: >52 bài/năm.', 'Khung: 1. Tổng', 'Khung: >75%. a=',
    ]);
    expect(dti.set.criteria.filter((c) => c.note?.startsWith('Khung: '))).toHaveLength(43);
    expect(dti.notices.find((n) => n.cell === 'D1')?.message).toBe(
      'Cột «Khung» ghi khung chấm của từng tiêu chí: giữ làm ghi chú của tiêu chí («Khung: …»), không đọc thành chỉ tiêu hay cách tính. Ghi «Chỉ tiêu», «Cách tính» trên trang «Tiêu chí» của tệp .xlsx xuất ra nếu cần.',
    );
  });
});

describe('a commune’s PAR INDEX set: parts over fields, items at two depths side by side', () => {
  it('reads the parts as groups (I 76, II 20, III bonus and deduction), each field’s name kept in its items’ notes', () => {
    expect(par.set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 76], ['II', 20], ['III', 4]]);
    expect(par.set.criteria).toHaveLength(81);
    const of = (code: string) => par.set.criteria.find((c) => c.code === code);
    // «1.2» after «1.1.2» is beside it, not its part «1.1.2.1.2»; «7» after «6.7» likewise.
    expect([of('I.1.1.2')?.maxPoints, of('I.1.2')?.maxPoints, of('I.6.7')?.maxPoints, of('I.7')?.maxPoints]).toEqual([1, 2, 1, 14]);
    expect(of('I.1.3.1')?.note).toMatch(/^Lĩnh vực: Công tác kiểm tra CCHC\./);
    expect(par.set.criteria.filter((c) => c.group === 'III').map((c) => [c.code, c.rule.kind, c.maxPoints])).toEqual([
      ['III.1.1', 'bonus', 1], ['III.1.2', 'bonus', 1], ['III.1.3', 'bonus', 1], ['III.1.4', 'bonus', 1],
      ['III.2.1', 'deduction', 1], ['III.2.2', 'deduction', 1], ['III.2.3', 'deduction', 1], ['III.2.4', 'deduction', 1],
    ]);
    expect(par.notices.find((n) => n.cell === 'B3')?.message).toMatch(/đọc là tên lĩnh vực của các mục dưới nó trong phần I/);
    expect(par.reconciliation.agrees, par.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text).join('\n')).toBe(true);
  });
});

describe('a header naming the points column but not the content column', () => {
  it('finds the content column by its cells (a province’s PAR INDEX self-assessment, its content title unknown to the reader)', async () => {
    const bytes = await readFile(join(CORPUS, 'par-index-lam-dong-2025-tu-danh-gia.docx'));
    const tables = await readDocxTables(bytes, (html) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document);
    const table = tables.find((t) => t.grid.values.some((row) => row.includes('Lĩnh vực/Tiêu chí/Tiêu chí thành phần')))!;
    // The same table under a title for its content column no office's word list holds: only its cells say what it is.
    const values = table.grid.values.map((row) => row.map((v) => (v === 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần' ? 'Nội hàm đánh giá' : v)));
    const read = readCriteriaSheet({ ...table.grid, values }, { fileName: 'tu-danh-gia.docx' });
    if (!read.ok) expect.fail(read.errors.map((e) => e.message).join('\n'));
    expect(read.set.criteria).toHaveLength(70);
    expect(read.set.groups.map((g) => g.maxPoints)).toEqual([8, 5, 12, 6.5, 5.5, 8, 12, 4.5]);
    expect(read.notices.filter((n) => /^Dòng tiêu đề không có cột «Nội dung» \/ «Tên tiêu chí»: lấy cột B \(«Nội hàm đánh giá»/.test(n.message)).map((n) => n.cell)).toEqual(['B1']);
  });
});
