// Issue 55 item 2, bonus and deduction parts: a part the table names «Điểm cộng» / «Điểm thưởng» / «Điểm trừ» is
// outside the base maximum, with its cap where the table gives one — on real forms of the corpus
// (test/fixtures/real/criteria-corpus/): a school's monthly form whose part C «Điểm cộng thi đua … +7» was counted
// into the base (107 where the form says 100), and a city's Mẫu 03 whose part C holds «I. ĐIỂM CỘNG» over its rows.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { readCriteriaFile } from '../../cli/files.js';
import { score } from '../../core/checks/run.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { understoodLines, understoodSet } from '../../core/criteria/sheet/understood.js';
import { CORPUS, judge, loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { makeReport } from '../helpers/make-report.js';

describe('a school’s monthly form (vien-chuc-mau-03): part C «Điểm cộng thi đua» +7, part D «Điểm trừ thi đua» −5', () => {
  let read: Awaited<ReturnType<typeof readCriteriaFile>>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-bonus-parts-'));
    const entry = (await loadCorpus()).find((e) => e.id === 'vien-chuc-mau-03')!;
    const written = await renderCorpus([entry], dir);
    read = await readCriteriaFile(written.get(entry.id)!, dir);
  }, 120_000);

  it('reads C as a bonus and D as a deduction, outside the base maximum the total row states (100, not 107)', async () => {
    const entry = (await loadCorpus()).find((e) => e.id === 'vien-chuc-mau-03')!;
    expect(judge(entry, read).maximum).toEqual({ base: 100, withBonus: 107 });
    expect(read.set.criteria.filter((c) => c.code === 'C' || c.code === 'D').map((c) => [c.code, c.rule.kind, c.maxPoints])).toEqual([['C', 'bonus', 7], ['D', 'deduction', 5]]);
    expect(read.reconciliation.agrees).toBe(true);
  });

  it('scores a teacher at every maximum with the whole bonus as 100 + 7, the bonus beside the base', () => {
    const rows = read.set.criteria.map((c) => ({ code: c.code, ...(c.rule.kind !== 'deduction' && { result: c.maxPoints, selfScore: c.maxPoints }) }));
    const card = score(read.set, makeReport({ unitName: 'Giáo viên', unitKind: 'Cá nhân', rows }));
    expect(card).toMatchObject({ base: 100, bonus: 7, deduction: 0, total: 107, applicableMax: 100 });
  });
});

describe('a city’s Mẫu 03 (ccvc-son-tra-mau-03): part C «ĐIỂM CỘNG, ĐIỂM TRỪ (nếu có)» over «I. ĐIỂM CỘNG» 1 / 1 / 2 / 2 and «II. ĐIỂM TRỪ»', () => {
  let grid: SheetGrid;
  beforeAll(async () => {
    const wb = await ExcelJsWorkbook.fromBuffer(await readFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx')));
    const sheet = (await wb.readSheets(await wb.listSheets()))[1]!;
    // The table as the form writes it, rows 14–83 (header to the end of part C; what follows is the form's summary),
    // columns STT, «Tiêu chí chấm điểm» and the maxima. The maxima's header «Thang điểm tối đa» is found by the
    // columns pass; here it is given the reader's own word, so this test holds the parts alone.
    const rows = sheet.values.slice(13, 83).map((r) => [r[0] ?? null, r[1] ?? null, r[4] ?? null]);
    rows[0] = ['STT', 'Tiêu chí chấm điểm', 'Điểm tối đa'];
    grid = { name: sheet.name, values: rows as SheetGrid['values'] };
  });

  it('reads the rows of «I. ĐIỂM CỘNG» as bonus, outside the 100 of parts A and B the total row states', () => {
    const read = readCriteriaSheet(grid, { fileName: 'ccvc-son-tra-mau-03.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    const bonus = read.set.criteria.filter((c) => c.rule.kind === 'bonus');
    expect(bonus.map((c) => [c.code, c.maxPoints])).toEqual([['C.I.1', 1], ['C.I.2', 1], ['C.I.3', 2], ['C.I.4', 2]]);
    const base = read.set.criteria.filter((c) => c.rule.kind !== 'bonus' && c.rule.kind !== 'deduction').reduce((s, c) => s + c.maxPoints, 0);
    expect(base).toBe(100);
    expect(read.reconciliation.figures.find((f) => f.figure.kind === 'total')).toMatchObject({ reads: 100, agrees: true });
  });
});

describe('a bonus part and a deduction part each capped below what their rows add (a provincial council’s framework: VIII «tối đa 10 điểm» over 5 / 5 / 3, IX «tối đa trừ 20 điểm» over −5 … −10)', () => {
  const values: SheetGrid['values'] = [
    ['STT', 'Nội dung tiêu chí, cách chấm điểm', 'Điểm tối đa'],
    ['I', 'TỔ CHỨC KỲ HỌP', 60],
    ['1', 'Tổ chức các kỳ họp kịp thời, đúng luật', 35],
    ['2', 'Quyết định các vấn đề quan trọng của địa phương', 25],
    ['II', 'HOẠT ĐỘNG GIÁM SÁT', 40],
    ['1', 'Giám sát chuyên đề theo chương trình năm', 40],
    [null, 'TỔNG CỘNG (I + II)', 100],
    ['VIII', 'ĐIỂM THƯỞNG ĐỔI MỚI SÁNG TẠO (tối đa 10 điểm)', 10],
    ['1', 'Có mô hình, sáng kiến được Trung ương giới thiệu, nhân rộng', 5],
    ['2', 'Được tặng giải thưởng cấp quốc gia về đổi mới sáng tạo', 5],
    ['3', 'Tỉnh tăng hạng các chỉ số có liên quan', 3],
    ['IX', 'ĐIỂM TRỪ VÀ CHẾ TÀI VI PHẠM (tối đa trừ 20 điểm)', -20],
    ['1', 'Nghị quyết bị kết luận ban hành trái pháp luật', -5],
    ['2', 'Không hoàn thành cuộc giám sát chuyên đề', -3],
    ['3', 'Chậm gửi báo cáo định kỳ', -5],
    ['4', 'Người đứng đầu bị kỷ luật từ khiển trách trở lên', -10],
    ['5', 'Kê khai minh chứng không trung thực', -5],
  ];

  it('says each part’s cap where the set is confirmed, as scoring counts it: «trừ tối đa 20 (các dòng cộng được 28, tính 20)», the total line the same', () => {
    const read = readCriteriaSheet({ name: 'Phụ lục I', values }, { fileName: 'khung-tieu-chi.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    const lines = understoodLines(understoodSet(read.set));
    expect(lines.filter((l) => /^(VIII|IX)\. /.test(l))).toEqual([
      'VIII. ĐIỂM THƯỞNG ĐỔI MỚI SÁNG TẠO (tối đa 10 điểm) — ngoài tổng điểm: cộng thêm tối đa 10 (các dòng cộng được 13, tính 10)',
      'IX. ĐIỂM TRỪ VÀ CHẾ TÀI VI PHẠM (tối đa trừ 20 điểm) — ngoài tổng điểm: trừ tối đa 20 (các dòng cộng được 28, tính 20)',
    ]);
    expect(lines.at(-1)).toBe('Chấm trên tổng 100 điểm (điểm thưởng cộng thêm tối đa 10; điểm trừ tối đa 20).');
    // The unit at every base maximum, every bonus and every deduction: 100 + 10 − 20, the caps the lines say.
    const rows = read.set.criteria.map((c) => ({ code: c.code, result: c.maxPoints, selfScore: c.maxPoints }));
    expect(score(read.set, makeReport({ unitName: 'HĐND tỉnh', unitKind: 'Cơ quan', rows }))).toMatchObject({ base: 100, bonus: 10, deduction: 20, total: 90 });
  });
});
