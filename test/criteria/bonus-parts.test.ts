// Issue 55 item 2, bonus and deduction parts: a part the table names «Điểm cộng» / «Điểm thưởng» / «Điểm trừ» is
// outside the base maximum, with its cap where the table gives one — on real forms of the corpus
// (test/fixtures/real/criteria-corpus/): a school's monthly form whose part C «Điểm cộng thi đua … +7» was counted
// into the base (107 where the form says 100), and a city's Mẫu 03 whose part C holds «I. ĐIỂM CỘNG» over its rows.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
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

describe('a deduction part under our own sheet’s titles («Điểm chuẩn», «Điểm tối đa»)', () => {
  const base = [['I', 'LĨNH VỰC 1', 20], ['1', 'Chấp hành nội quy', 12], ['2', 'Báo cáo đúng hạn', 8]];
  const scored = (values: (string | number | null)[][]) => {
    const read = readCriteriaSheet({ name: 'Bảng 1', values }, { fileName: 'bang.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    const rows = read.set.criteria.map((c) => ({ code: c.code, result: c.maxPoints, selfScore: c.maxPoints }));
    return { read, card: score(read.set, makeReport({ unitName: 'Thôn Nà Sản', unitKind: 'Thôn', rows })) };
  };

  it('«II | ĐIỂM TRỪ (tối đa trừ 16 điểm) | -16» over «-5», «-3»: its rows deductions, with or without a total row above it', () => {
    for (const header of ['Điểm chuẩn', 'Điểm tối đa']) {
      for (const total of [[], [[null, 'Tổng cộng', 20]]]) {
        // Before: refused («nhóm thứ 2 (mã «II»), trường «Điểm tối đa»: phải ≥ 0 (đang là -16)»), or with the total row
        // above it the part left out of the set («chưa vào bộ tiêu chí»).
        const { read, card } = scored([['STT', 'Nội dung tiêu chí', header], ...base, ...total, ['II', 'ĐIỂM TRỪ (tối đa trừ 16 điểm)', -16], ['1', 'Vi phạm quy chế', -5], ['2', 'Chậm báo cáo', -3]]);
        expect(read.set.criteria.filter((c) => c.group === 'II').map((c) => [c.code, c.maxPoints, c.rule.kind])).toEqual([['II.1', 5, 'deduction'], ['II.2', 3, 'deduction']]);
        expect(read.reconciliation.agrees).toBe(true);
        expect(card).toMatchObject({ base: 20, deduction: 8, total: 12 });
      }
    }
  });

  it('«ĐIỂM TRỪ (tối đa trừ 16 điểm)» with its points cell empty: the cap its words write, not 0 (a unit’s violation took nothing)', () => {
    for (const header of ['Điểm chuẩn', 'Điểm']) {
      const { read, card } = scored([['STT', 'Nội dung tiêu chí', header], ...base, ['II', 'ĐIỂM TRỪ (tối đa trừ 16 điểm)', null], ['1', 'Vi phạm quy chế', -5]]);
      expect(read.set.groups.find((g) => g.id === 'II')?.maxPoints).toBe(16);
      expect(card).toMatchObject({ base: 20, deduction: 5, total: 15 });
    }
  });
});

describe('a criterion «Điểm cộng» beside the scored criteria of its section (Cần Thơ, KH 157/KH-UBND: «I | NHÓM XÃ, PHƯỜNG | 115» over 1–4 of 100 and «5 | Điểm cộng | 15» over 5.1–5.3 of 5)', () => {
  const values: (string | number | null)[][] = [
    ['STT', 'TIÊU CHÍ THI ĐUA', 'ĐIỂM CHUẨN', 'HƯỚNG DẪN CHẤM ĐIỂM'],
    ['I', 'NHÓM XÃ, PHƯỜNG', 115, null],
    ['1', 'Tỷ lệ người hưởng trợ cấp được tuyên truyền', 20, 'Điểm = Tỷ lệ * điểm chuẩn.'],
    ['2', 'Tỷ lệ người hưởng trợ cấp mở mới tài khoản', 40, 'Điểm = Tỷ lệ * điểm chuẩn.'],
    ['3', 'Tỷ lệ người hưởng trợ cấp được phát hành thẻ ATM', 20, 'Điểm = Tỷ lệ * điểm chuẩn.'],
    ['4', 'Tỷ lệ người hưởng trợ cấp nhận tiền không dùng tiền mặt', 20, 'Điểm = Tỷ lệ * điểm chuẩn.'],
    ['5', 'Điểm cộng', 15, null],
    ['5.1', 'Đơn vị đạt tỷ lệ 100% người hưởng mở mới tài khoản', 5, 'Đạt 100% cộng 05 điểm.'],
    ['5.2', 'Đơn vị có tỷ lệ nhận tiền không dùng tiền mặt từ 88% trở lên', 5, 'Từ 88 - 90% cộng 02 điểm; đạt 100% cộng 05 điểm.'],
    ['5.3', 'Đơn vị đạt tỷ lệ 100% được cập nhật dữ liệu', 5, 'Đạt 100% cộng 05 điểm.'],
  ];

  it('reads 5.1–5.3 as bonus: scored on 100, the bonus up to 15 on top, the section’s 115 said as 100 + 15 where it is reconciled', () => {
    // Before: all seven criteria in the base, «Chấm trên tổng 115 điểm», a unit's 88,4 read as 76,87 % (Đạt, not Tốt).
    const read = readCriteriaSheet({ name: 'Bảng 1', values }, { fileName: 'thang-diem-kh157.docx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(read.set.criteria.map((c) => [c.code, c.rule.kind, c.maxPoints])).toEqual([
      ['1', 'manual', 20], ['2', 'manual', 40], ['3', 'manual', 20], ['4', 'manual', 20], ['5.1', 'bonus', 5], ['5.2', 'bonus', 5], ['5.3', 'bonus', 5],
    ]);
    const lines = understoodLines(understoodSet(read.set));
    expect([lines[0], lines.at(-1)]).toEqual(['I. NHÓM XÃ, PHƯỜNG — 115 điểm: chấm trên 100, điểm thưởng cộng thêm tối đa 15', 'Chấm trên tổng 100 điểm (điểm thưởng cộng thêm tối đa 15).']);
    expect(read.reconciliation.agrees).toBe(true);
    expect(read.reconciliation.figures.find((f) => f.figure.kind === 'part' && f.figure.code === 'I')?.text).toBe('Phần I «NHÓM XÃ, PHƯỜNG» ghi 115 điểm (ô C2); thidua đọc được 115 ✔ (100 điểm, cộng 15 điểm thưởng)');
    expect(read.notices.filter((n) => n.cell === 'C2').map((n) => n.message)).toEqual([
      'Mục I ghi 115 điểm = 100 điểm của các mục 1, 2, 3, 4 + 15 điểm cộng của mục 5 ✔: chấm trên 100 điểm, điểm thưởng cộng thêm tối đa 15.',
    ]);
    // The manifest's unit: 18,4 + 34 + 16 + 15 on 100, and 5.3's 5 on top: 88,4 of 100.
    const rows = [['1', 18.4], ['2', 34], ['3', 16], ['4', 15], ['5.1', 0], ['5.2', 0], ['5.3', 5]].map(([code, points]) => ({ code: String(code), result: points as number, selfScore: points as number }));
    expect(score(read.set, makeReport({ unitName: 'UBND phường Ninh Kiều', unitKind: 'UBND xã', rows }))).toMatchObject({ base: 83.4, bonus: 5, total: 88.4, applicableMax: 100 });
  });

  it('a part «Ban thường vụ CĐCS (Điểm này do BTV chấm)» is scored in the base: «thường» (standing) is not «thưởng» (bonus)', () => {
    const read = readCriteriaSheet({ name: 'Bảng 1', values: [['STT', 'Nội dung tiêu chí', 'Điểm tối đa'], ['I', 'CÔNG TÁC TỔ CHỨC', 15], ['1', 'Phát triển đoàn viên', 15], ['II', 'Ban thường vụ CĐCS (Điểm này do BTV chấm)', 5]] }, { fileName: 'bang.xlsx' });
    if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
    expect(read.set.criteria.map((c) => [c.code, c.rule.kind])).toEqual([['1', 'manual'], ['II', 'manual']]);
    expect(understoodSet(read.set).total).toBe(20);
  });
});

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
/** A bonus or deduction part: its cap, its rows (each within it), and where the table writes the cap. */
const outsidePart = (where: fc.Arbitrary<'cell' | 'words' | 'both'>) =>
  // Rows of a part told apart by their points, as the base's items are below.
  fc.option(fc.integer({ min: 5, max: 20 }).chain((cap) => fc.record({ cap: fc.constant(cap), rows: fc.uniqueArray(fc.integer({ min: 1, max: cap }), { minLength: 1, maxLength: 5 }), where })), { nil: undefined });

it('reads random bonus and deduction parts beside the base as their caps say, the confirmation’s caps those scoring applies', () => {
  fc.assert(
    fc.property(
      // Items of a section told apart by their points: numbers starting again in each part whose points happen to add
      // up («2 … 4» over «3 … 2», «4 … 2») can be taken for sub-parts numbered like their items (numbers-alike.ts), a
      // coincidence the reconciliation then raises — said, not silent, and left out of this property.
      fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
      // A bonus part writing its points in its cell may be counted in the total (a union's «ĐIỂM THƯỞNG | 15» in its 100): its cap in words only here.
      outsidePart(fc.constant('words' as const)),
      outsidePart(fc.constantFrom('cell' as const, 'words' as const, 'both' as const)),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom('Điểm tối đa', 'Điểm chuẩn', 'Điểm'),
      (sections, bonus, deduction, totalRow, signed, header) => {
        const values: (string | number | null)[][] = [['STT', 'Nội dung tiêu chí', header]];
        const baseTotal = sections.reduce((s, items) => s + items.reduce((a, b) => a + b, 0), 0);
        sections.forEach((items, si) => {
          values.push([ROMAN[si]!, `LĨNH VỰC ${si + 1}`, items.reduce((a, b) => a + b, 0)]);
          items.forEach((p, ii) => values.push([String(ii + 1), `Nội dung ${si + 1}.${ii + 1}`, p]));
        });
        if (totalRow) values.push([null, 'Tổng cộng', baseTotal]);
        let k = sections.length;
        if (bonus) {
          values.push([ROMAN[k++]!, `ĐIỂM THƯỞNG (tối đa ${bonus.cap} điểm)`, null]);
          bonus.rows.forEach((p, i) => values.push([String(i + 1), `Có sáng kiến loại ${i + 1}`, p]));
        }
        if (deduction) {
          const title = deduction.where === 'cell' ? 'ĐIỂM TRỪ' : `ĐIỂM TRỪ (tối đa trừ ${deduction.cap} điểm)`;
          values.push([ROMAN[k++]!, title, deduction.where === 'words' ? null : signed ? -deduction.cap : deduction.cap]);
          deduction.rows.forEach((p, i) => values.push([String(i + 1), `Vi phạm loại ${i + 1}`, signed ? -p : p]));
        }
        const read = readCriteriaSheet({ name: 'Bảng 1', values }, { fileName: 'bang.xlsx' });
        if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
        expect(read.reconciliation.figures.filter((f) => !f.agrees).map((f) => f.text)).toEqual([]);
        const bonusMax = bonus ? Math.min(bonus.cap, bonus.rows.reduce((a, b) => a + b, 0)) : 0;
        const deductionMax = deduction ? Math.min(deduction.cap, deduction.rows.reduce((a, b) => a + b, 0)) : 0;
        const u = understoodSet(read.set);
        expect([u.total, u.bonusMax, u.deductionMax]).toEqual([baseTotal, bonusMax, deductionMax]);
        const rows = read.set.criteria.map((c) => ({ code: c.code, result: c.maxPoints, selfScore: c.maxPoints }));
        const card = score(read.set, makeReport({ unitName: 'Thôn Nà Sản', unitKind: 'Thôn', rows }));
        expect([card.base, card.bonus, card.deduction]).toEqual([baseTotal, bonusMax, deductionMax]);
      },
    ),
    { numRuns: 150 },
  );
});
