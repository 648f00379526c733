// A commune's plan annex writing an item's levels as lettered rows under it, each with its points in the points column:
// «1 | Tỷ lệ hồ sơ giải quyết đúng hạn | 10» over «a) | Đạt 100% | 10», «b) | Từ 80% đến dưới 100% | 8», «c) | Dưới 80% | 0».
// Levels of one criterion (choose one, up to 10), not three criteria adding up to 18. Written by ExcelJS and by
// LibreOffice from HTML (.xlsx and .docx); read through cli/files.ts.
import ExcelJS from 'exceljs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCriteriaFile } from '../../cli/files.js';
import { docxAllByLibreOffice, xlsxAllByLibreOffice, type OfficeTable } from '../../scripts/harness/office-html.js';

const ROWS = [
  ['STT', 'Nội dung', 'Điểm chuẩn', 'Tự chấm', 'Thẩm định'],
  ['I', 'Cải cách hành chính', '50'],
  ['1', 'Công khai đầy đủ thủ tục hành chính', '20'],
  ['2', 'Cập nhật dữ liệu chuyên ngành', '30'],
  ['II', 'Chuyển đổi số', '50'],
  ['1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '10'],
  ['a)', 'Đạt 100%', '10'],
  ['b)', 'Từ 80% đến dưới 100%', '8'],
  ['c)', 'Dưới 80%', '0'],
  ['2', 'Ký số văn bản đi', '40'],
  ['', 'Tổng cộng', '100'],
];
// The item's words choosing one of its rows («các ý sau không cộng dồn»), its levels not stepping down to 0.
const CHOSEN = ROWS.map((r) => r[0] === '1' && r[1] === 'Tỷ lệ hồ sơ giải quyết đúng hạn' ? ['1', 'Kết quả thực hiện (điểm tối đa của tiêu chí là 10, các ý sau không cộng dồn)', '10'] : r[0] === 'a)' ? ['a)', 'Hoàn thành xuất sắc', '10'] : r[0] === 'b)' ? ['b)', 'Hoàn thành tốt', '8'] : r[0] === 'c)' ? ['c)', 'Hoàn thành', '6'] : r);
// The same levels typed in the content column with no number in STT: lettered, their points in the points column or
// only in the words; bulleted, only in the words.
const LEVEL_WORDS = ['Đạt 100%: 10 điểm', 'Từ 80% đến dưới 100%: 8 điểm', 'Dưới 80%: 0 điểm'];
const LEVEL_POINTS = ['10', '8', '0'];
const unnumbered = (mark: (k: number) => string, withPoints: boolean) => ROWS.flatMap((r) => (['a)', 'b)', 'c)'].includes(r[0]!) ? [] : r[1] === 'Tỷ lệ hồ sơ giải quyết đúng hạn' ? [r, ...LEVEL_WORDS.map((w, k) => ['', `${mark(k)} ${w}`, ...(withPoints ? [LEVEL_POINTS[k]!] : [])])] : [r]));
const LETTER = (k: number) => `${'abc'[k]})`;
// Unnumbered rows 10 / 8 / 6 under an item of 10, no words choosing one: levels or criteria, the table does not say.
const DOUBT = unnumbered(LETTER, true).map((r) => (r[2] === '0' && r[0] === '' ? ['', 'c) Dưới 80%: 6 điểm', '6'] : r));
// The same, the item's name then saying «chọn một mức», as that notice advises.
const ADVISED = DOUBT.map((r) => (r[1] === 'Tỷ lệ hồ sơ giải quyết đúng hạn' ? [r[0]!, `${r[1]} (chọn một mức)`, r[2]!] : r));
// A level row whose words and points cell differ («b) Từ 80% đến dưới 100%: 8 điểm | 6»).
const APART = unnumbered(LETTER, true).map((r) => (r[1] === `b) ${LEVEL_WORDS[1]}` ? [r[0]!, r[1], '6'] : r));
// Bulleted levels with their points in the points column («- Đạt 100% | 10»), no points in their words.
const LEVEL_NAMES = ['Đạt 100%', 'Từ 80% đến dưới 100%', 'Dưới 80%'];
const BULLETS = ROWS.flatMap((r) => (['a)', 'b)', 'c)'].includes(r[0]!) ? [] : r[1] === 'Tỷ lệ hồ sơ giải quyết đúng hạn' ? [r, ...LEVEL_NAMES.map((w, k) => ['', `- ${w}`, LEVEL_POINTS[k]!])] : [r]));
const CAPTION = 'BẢNG CHẤM ĐIỂM THI ĐUA CÁC XÃ';
const TABLES = { levels: ROWS, chosen: CHOSEN, typed: unnumbered(LETTER, true), 'typed-words': unnumbered(LETTER, false), 'bullet-words': unnumbered(() => '-', false), doubt: DOUBT, advised: ADVISED, apart: APART, bullets: BULLETS };
type Kind = 'exceljs' | 'xlsx' | 'docx';

describe('an item\'s levels written as lettered rows under it, each with its points', () => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-level-rows-'));
    const docs = Object.entries(TABLES).map(([name, rows]) => ({ name: `${name}-office`, tables: [{ caption: CAPTION, rows } as OfficeTable] }));
    for (const [name, rows] of Object.entries(TABLES)) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Tieu chi').addRows([[CAPTION], ...rows.map((r) => r.map((c) => c || null))]);
      files[`${name}-exceljs`] = join(dir, `${name}.xlsx`);
      await wb.xlsx.writeFile(files[`${name}-exceljs`]!);
    }
    (await xlsxAllByLibreOffice(docs, dir)).forEach((p, i) => (files[`${docs[i]!.name.replace('-office', '')}-xlsx`] = p));
    (await docxAllByLibreOffice(docs, dir)).forEach((p, i) => (files[`${docs[i]!.name.replace('-office', '')}-docx`] = p));
  }, 180_000);

  // `rows` names the level rows in the notice; unnumbered, by the three sheet rows right under the item's (its cell).
  const read = async (table: keyof typeof TABLES, kind: Kind, rows: 'numbered' | 'unnumbered' = 'numbered') => {
    const { set, notices, reconciliation } = await readCriteriaFile(files[`${table}-${kind}`]!, tmpdir());
    expect(set.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['I.1', 20], ['I.2', 30], ['II.1', 10], ['II.2', 40]]);
    const said = notices.filter((n) => n.message.startsWith('Mục II.1'));
    expect(said).toHaveLength(1);
    expect(said[0]!.cell).toMatch(/^A\d+$/);
    const at = Number(said[0]!.cell!.slice(1));
    const named = rows === 'numbered' ? 'II.1.a, II.1.b, II.1.c' : `${at + 1}, ${at + 2}, ${at + 3} (không số thứ tự)`;
    expect(said[0]!.message).toBe(`Mục II.1: các dòng ${named} là các mức của một tiêu chí (chọn một, không cộng), tối đa 10 điểm.`);
    expect(notices.some((n) => n.message.includes('dùng điểm của từng mục con'))).toBe(false);
    expect(notices.filter((n) => /mã tiêu chí là|lời mô tả/.test(n.message)).map((n) => n.message)).toEqual([]);
    expect(reconciliation.summary).toContain('đều khớp');
    return set.criteria.find((c) => c.code === 'II.1')!;
  };

  it.each(['exceljs', 'xlsx', 'docx'] as const)('the %s file reads II.1 as one criterion of three levels stepping down to 0, up to 10', async (kind) => {
    const item = await read('levels', kind);
    expect(item.title).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
    expect(item.rule).toEqual({ kind: 'tiers', tiers: [{ min: 10, points: 10, label: 'Đạt 100%' }, { min: 8, points: 8, label: 'Từ 80% đến dưới 100%' }, { min: 0, points: 0, label: 'Dưới 80%' }] });
  });

  it.each(['exceljs', 'xlsx', 'docx'] as const)('the %s file reads «các ý sau không cộng dồn» over 10 / 8 / 6 as levels of II.1, up to 10', async (kind) => {
    const item = await read('chosen', kind);
    expect(item.rule).toEqual({ kind: 'tiers', tiers: [{ min: 10, points: 10, label: 'Hoàn thành xuất sắc' }, { min: 8, points: 8, label: 'Hoàn thành tốt' }, { min: 6, points: 6, label: 'Hoàn thành' }] });
  });

  it.each(['exceljs', 'xlsx', 'docx'] as const)('the %s file says at II.1 that unnumbered rows 10 / 8 / 6 under it may be its levels', async (kind) => {
    const { notices } = await readCriteriaFile(files[`doubt-${kind}`]!, tmpdir());
    const said = notices.filter((n) => n.message.startsWith('Mục II.1 ghi 10 điểm; các dòng'));
    expect(said).toHaveLength(1);
    const at = Number(said[0]!.cell!.slice(1));
    expect(said[0]!.cell).toMatch(/^A\d+$/);
    expect(said[0]!.message).toBe(`Mục II.1 ghi 10 điểm; các dòng ${at + 1}, ${at + 2}, ${at + 3} (không số thứ tự) ngay dưới nó ghi 10, 8, 6 điểm, cao nhất bằng điểm của mục II.1: không rõ là các mức của mục II.1 (chọn một) hay các tiêu chí riêng — đọc là các tiêu chí riêng. Nếu là các mức, ghi «chọn một mức» vào tên mục II.1 rồi nhập lại.`);
  });

  it.each(['exceljs', 'xlsx', 'docx'] as const)('the %s file reads those rows as levels of II.1 once its name says «chọn một mức»', async (kind) => {
    const item = await read('advised', kind, 'unnumbered');
    expect(item.rule).toEqual({ kind: 'tiers', tiers: [{ min: 10, points: 10, label: 'a) Đạt 100%: 10 điểm' }, { min: 8, points: 8, label: 'b) Từ 80% đến dưới 100%: 8 điểm' }, { min: 6, points: 6, label: 'c) Dưới 80%: 6 điểm' }] });
  });

  it.each(['exceljs', 'xlsx', 'docx'] as const)('the %s file reads a level row\'s points cell and says at it the words writing other points', async (kind) => {
    const { set, notices } = await readCriteriaFile(files[`apart-${kind}`]!, tmpdir());
    expect(set.criteria.find((c) => c.code === 'II.1')!.rule).toEqual({ kind: 'tiers', tiers: [10, 6, 0].map((p, k) => ({ min: p, points: p, label: `${LETTER(k)} ${LEVEL_WORDS[k]}` })) });
    const item = Number(notices.find((n) => n.message.startsWith('Mục II.1: các dòng'))!.cell!.slice(1));
    const cell = `C${item + 2}`;
    expect(notices.filter((n) => n.message.includes('nhưng lời của dòng')).map((n) => [n.cell, n.message])).toEqual([[cell, `Mục II.1: ô ${cell} ghi 6 điểm nhưng lời của dòng («b) ${LEVEL_WORDS[1]}») ghi 8 điểm: thidua đọc theo ô điểm (6). Nếu lời mới đúng, sửa ô ${cell} rồi nhập lại.`]]);
  });

  it.each(['exceljs', 'xlsx', 'docx'] as const)('the %s file names bulleted levels with points in the points column by their sheet rows, not made-up codes', async (kind) => {
    const item = await read('bullets', kind, 'unnumbered');
    expect(item.rule).toMatchObject({ kind: 'tiers', tiers: LEVEL_POINTS.map((p) => ({ min: Number(p), points: Number(p) })) });
    expect(item.note).toBe(`Chọn một mức, không cộng: ${LEVEL_NAMES.map((w, k) => `- ${w} (${LEVEL_POINTS[k]} điểm)`).join('; ')}. Điểm tự chấm ghi ở dòng II.1 hoặc ở dòng mức đạt; điểm giữa hai mức tính mức thấp hơn.`);
  });

  it.each((['typed', 'typed-words', 'bullet-words'] as const).flatMap((table) => (['exceljs', 'xlsx', 'docx'] as const).map((kind) => [table, kind] as const)))('the %s table\'s %s file reads the unnumbered rows under II.1 as its levels 10 / 8 / 0, not criteria II.2–II.4', async (table, kind) => {
    const mark = table.startsWith('bullet') ? () => '-' : LETTER;
    const item = await read(table, kind, 'unnumbered');
    expect(item.rule).toEqual({ kind: 'tiers', tiers: LEVEL_WORDS.map((w, k) => ({ min: Number(LEVEL_POINTS[k]), points: Number(LEVEL_POINTS[k]), label: `${mark(k)} ${w}` })) });
  });
});

// Made for a commune plan's annex writing «a) Đạt 100%: 10 điểm; b) Từ 80% đến dưới 100%: 8 điểm; c) Dưới 80%: 0 điểm»
// as lettered rows under their item (the criteria-sheet layout, sectioned.ts): until 2026-11-30 read as three criteria
// II.1.a, II.1.b, II.1.c worth 10 + 8 + 0 = 18 under an item of 10 («dùng điểm của từng mục con»); and for «(điểm tối đa
// của tiêu chí là 10, các ý sau không cộng dồn)» over 10 / 8 / 6, until then three criteria worth 24; and for the same
// levels typed with no number in STT («a) Đạt 100%: 10 điểm», «- Dưới 80%: 0 điểm»), until then sibling criteria
// II.2–II.4 with made-up codes and the next item «II.2-2» (the group adding to 68), or the item's description; and for
// a level row whose words write other points than its points cell, until then read by the cell with nothing said.
// And for bulleted levels with their points in the points column («- Đạt 100% | 10»), read by the scoring-table layout:
// until 2026-11-30 evening named «II.1.a, II.1.b, II.1.c», codes the table does not have.
