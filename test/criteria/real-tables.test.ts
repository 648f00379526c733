// Scoring tables as offices and schools really issue them, kept as the text their public sources hold
// (test/fixtures/real/criteria/README.md) and written at test time by LibreOffice as the .docx an office sends and the
// .xlsx it pastes into. Every expected figure is the table's own: its sections' stated maxima, its total row, its
// column titles; every inference is checked by its message, said once, at its cell.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { score } from '../../core/checks/run.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { readCriteriaSheet, type ReadCriteriaSheetResult } from '../../core/criteria/sheet/index.js';
import { readReport } from '../../core/report/read.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { docxAllByLibreOffice, xlsxAllByLibreOffice } from './fixtures/office-tables.js';
import { conductForm, conductPageHtml, leadersSheet, leadersTable } from '../../scripts/harness/real-tables.js';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const docxGrid = async (path: string) => (await readDocxTables(await readFile(path), parse))[0]!.grid;
const xlsxGrid = async (path: string): Promise<SheetGrid> => {
  const wb = await ExcelJsWorkbook.fromBuffer(await readFile(path));
  return (await wb.readSheets(await wb.listSheets()))[0]!;
};
const readOk = (grid: SheetGrid, fileName: string) => {
  const read = readCriteriaSheet(grid, { fileName });
  if (!read.ok) throw new Error(read.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  return read;
};
/** Each notice once: the same words at the same cell never said twice. */
const saidOnce = (read: ReadCriteriaSheetResult) => expect(new Set(read.notices.map((n) => `${n.cell}${n.message}`)).size).toBe(read.notices.length);
const said = (read: ReadCriteriaSheetResult, pattern: RegExp) => read.notices.filter((n) => pattern.test(n.message)).map((n) => `${n.cell}: ${n.message}`);

/** Each table as LibreOffice wrote it from Word (.docx) and pasted into Calc (.xlsx), by its file's name. */
let fromWord: Record<string, SheetGrid>;
let pasted: Record<string, SheetGrid>;
// Every document of this file written up front, one LibreOffice start per step for all (html → .odt, .odt → .docx,
// html → .xlsx: 3 starts, not 11): the three blank tables as Word documents and pasted, and the filled copies the
// tests below score, pasted.
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-real-'));
  const blank = [
    { name: 'hanh-kiem', tables: [await conductForm()] },
    { name: 'ren-luyen', page: await conductPageHtml() },
    { name: 'lanh-dao', tables: [await leadersTable()] },
  ];
  const filled = [
    { name: 'sinh-vien', tables: [await conductForm({ 'I.1': ['6', '5'], 'II.3': ['6', '6'], 'V.1': ['10', '10'], 'V.2': ['10', '8'] })] },
    { name: 'don-vi', tables: [await leadersTable({ 'A.1.1': ['2', ''], 'A.3.1': ['2', '1.5'], 'B.16': ['5', '2,5'], 'B.17': ['6', '4'], C: ['3', '2'] })] },
  ];
  const byName = async (docs: { name: string }[], paths: Promise<string[]>, grid: (path: string) => Promise<SheetGrid>) => {
    const written = await paths;
    return Object.fromEntries(await Promise.all(docs.map(async (d, i) => [d.name, await grid(written[i]!)] as const)));
  };
  const books = [...blank, ...filled];
  [fromWord, pasted] = await Promise.all([byName(blank, docxAllByLibreOffice(blank, dir), docxGrid), byName(books, xlsxAllByLibreOffice(books, dir), xlsxGrid)]);
}, 240_000);

describe('a school’s conduct scoring form: five roman sections 20 / 25 / 20 / 25 / 10, numbers starting again in each, «Hoặc» in V', () => {
  it('reads the sections as groups with their stated maxima, the items numbered within their section', () => {
    for (const grid of [fromWord['hanh-kiem']!, pasted['hanh-kiem']!]) {
      const { set } = readOk(grid, 'hanh-kiem.docx');
      expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['I', 20], ['II', 25], ['III', 20], ['IV', 25], ['V', 10]]);
      expect(set.criteria.map((c) => c.code)).toEqual([
        'I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2', 'IV.3', 'V.1', 'V.2',
      ]);
      // Each section's items add up to its maximum, but V's two alternatives (10 each, «Hoặc» between).
      for (const g of set.groups.slice(0, 4)) expect(set.criteria.filter((c) => c.group === g.id).reduce((s, c) => s + c.maxPoints, 0)).toBe(g.maxPoints);
    }
  });

  it('caps section V at its 10 points, says so once at its cell, and so meets the form’s total of 100', () => {
    const read = readOk(fromWord['hanh-kiem']!, 'hanh-kiem.docx');
    saidOnce(read);
    expect(said(read, /Nhóm V\b/)).toEqual([
      'C23: Nhóm V (ĐÁNH GIÁ VỀ Ý THỨC VÀ KẾT QUẢ KHI THAM GIA CÔNG TÁC CÁN BỘ LỚP, CÁC ĐOÀN THỂ, TỔ CHỨC TRONG NHÀ TRƯỜNG HOẶC NGƯỜI HỌC ĐẠT ĐƯỢC THÀNH TÍCH ĐẶC BIỆT TRONG HỌC TẬP VÀ RÈN LUYỆN.) ghi 10 điểm, nhưng các tiêu chí trong nhóm cộng được 20: nhóm tính tối đa 10 điểm (điểm các tiêu chí trong nhóm cộng lại, quá 10 thì tính 10).',
    ]);
    expect(said(read, /Hoặc/)).toEqual(['A25: Dòng «Hoặc»: mục V.1 hoặc mục V.2 — hai cách đạt, chỉ tính một; điểm tối đa của nhóm giới hạn tổng.']);
    // The «Tổng» row (100) agrees with the sections as capped: nothing said of it.
    expect(said(read, /Tổng cộng/)).toEqual([]);
  });

  it('reads «Điểm lớp đánh giá» as the verifier’s column, said once at its header', () => {
    const read = readOk(pasted['hanh-kiem']!, 'hanh-kiem.xlsx');
    expect(said(read, /là điểm thẩm định/)).toEqual([
      'E1: Cột «Điểm lớp đánh giá» là điểm thẩm định: khi chấm bản của đơn vị, điểm ghi ở cột này được tính và in cạnh điểm tự chấm; dòng chưa có thì tạm tính theo điểm tự chấm và có cờ «Chưa có điểm thẩm định».',
    ]);
  });

  it('scores a filled copy from the class’s column beside the self-score, section V counting at most 10', () => {
    const { set } = readOk(fromWord['hanh-kiem']!, 'hanh-kiem.docx');
    // The form filled in I.1, II.3, V.1 and V.2 (self-score, class's score), pasted by LibreOffice above.
    const report = readReport(pasted['sinh-vien']!);
    if (!report.ok) throw new Error(report.error.message);
    const card = score(set as CriteriaSet, report.report);
    const points = Object.fromEntries(card.criteria.filter((c) => c.selfScore !== null).map((c) => [c.code, [c.selfScore, c.points]]));
    expect(points).toEqual({ 'I.1': [6, 5], 'II.3': [6, 6], 'V.1': [10, 10], 'V.2': [10, 8] });
    // 5 + 6 + min(10 + 8, 10) of the form's 100; the self-scores add up as typed.
    expect([card.total, card.applicableMax, card.selfTotal]).toEqual([21, 100, 32]);
  });
});

describe('a university’s conduct form from its page: parts 1–5 without a number column, «Điểm cộng» and «Điểm trừ» capped, points per occurrence', () => {
  it('reads the five parts as groups with the maxima of their «TỔNG ĐIỂM PHẦN» rows, which add up to its 100', () => {
    for (const grid of [fromWord['ren-luyen']!, pasted['ren-luyen']!]) {
      const read = readOk(grid, 'ren-luyen.docx');
      expect(read.set.groups.map((g) => [g.id, g.maxPoints])).toEqual([['1', 20], ['2', 25], ['3', 20], ['4', 25], ['5', 10]]);
      expect(read.set.criteria).toHaveLength(41);
      // «TỔNG ĐIỂM PHẦN 1 + 2 + 3 + 4 + 5 … 100 điểm» agrees with the parts as capped: nothing said of it.
      expect(said(read, /Dòng tổng/)).toEqual([]);
      saidOnce(read);
    }
  });

  it('reads its points as written: levels in one cell, points per occurrence capped by their part, deductions', () => {
    const { set } = readOk(fromWord['ren-luyen']!, 'ren-luyen.docx');
    const rule = (code: string) => {
      const c = set.criteria.find((x) => x.code === code)!;
      return [c.maxPoints, c.rule];
    };
    expect(rule('1.1.1')).toEqual([5, { kind: 'manual' }]);
    expect(rule('1.1.2')).toEqual([4, { kind: 'tiers', tiers: [{ min: 4, points: 4 }, { min: 2, points: 2 }] }]);
    expect(rule('1.1.3')).toEqual([20, { kind: 'per_occurrence', pointsEach: 2 }]);
    expect(rule('1.2.1')).toEqual([20, { kind: 'deduction' }]);
    expect(rule('2.2.2')).toEqual([25, { kind: 'deduction', pointsEach: 10 }]);
    expect(rule('5.1.1')).toEqual([10, { kind: 'tiers', tiers: [{ min: 10, points: 10 }, { min: 7, points: 7 }, { min: 5, points: 5 }] }]);
  });

  it('says each inference once at its cell: the capped part, the number left off, a number written twice, rows that describe', () => {
    const read = readOk(fromWord['ren-luyen']!, 'ren-luyen.docx');
    expect(said(read, /^Nhóm 1 /)).toEqual([
      'B16: Nhóm 1 (Đánh giá về ý thức tham gia học tập) ghi 20 điểm, nhưng các tiêu chí trong nhóm cộng được 109: nhóm tính tối đa 20 điểm (điểm các tiêu chí trong nhóm cộng lại, quá 20 thì tính 20).',
    ]);
    expect(said(read, /chưa có số thứ tự/)).toEqual(['A7: Dòng có điểm nhưng chưa có số thứ tự, ngay sau mục 1.1.3: đọc là mục 1.1.4.']);
    expect(said(read, /Hai dòng cùng số/)).toEqual(['A24: Hai dòng cùng số 2.2.3 (ô A24 và ô A25): dòng không ghi điểm là dòng đầu của mục, đọc là một mục.']);
    expect(said(read, /lời mô tả/)).toEqual(['A21: Mục 2.2 có điểm; các dòng 2.2.7 dưới nó không ghi điểm: đọc là lời mô tả của mục 2.2, không phải mục con.']);
    expect(said(read, /^Mục 1\.1\.3:/)).toEqual(['B6: Mục 1.1.3: được 2 điểm mỗi lần, tối đa 20 điểm (bằng điểm tối đa của phần chứa nó): đơn vị ghi số lần.']);
    expect(said(read, /là điểm thẩm định/)).toEqual([
      'F1: Cột «Khoa Đánh Giá» là điểm thẩm định: khi chấm bản của đơn vị, điểm ghi ở cột này được tính và in cạnh điểm tự chấm; dòng chưa có thì tạm tính theo điểm tự chấm và có cờ «Chưa có điểm thẩm định».',
    ]);
  });
});

describe('a power company’s table for its heads: parts A / B / C lettered, items numbered again in B, a bonus part with no item, rows spelt out', () => {
  // The document's own figures: its parts («A | NHÓM TIÊU CHÍ CHUNG | 30»…), its total row and its scored items (a
  // numbered row with points and no deeper-numbered row with points under it).
  let parts: [string, number][];
  let total: number;
  let items: string[];
  let spelt: string[];
  beforeAll(async () => {
    const { rows } = await leadersSheet();
    parts = rows.filter((r) => /^[A-Z]$/.test(r.stt)).map((r) => [r.stt, r.standardScore!]);
    const after = rows.findIndex((r) => r.stt === '3.3') + 1;
    spelt = rows.slice(after, after + rows.slice(after).findIndex((r) => r.stt !== '')).map((r) => r.content);
    total = rows.find((r) => /^TỔNG CỘNG/.test(r.stt))!.standardScore!;
    let part = '';
    items = rows.flatMap((r, i) => {
      if (/^[A-Z]$/.test(r.stt)) part = r.stt;
      const deeper = rows.slice(i + 1).findIndex((d) => !d.stt.startsWith(`${r.stt}.`) && d.stt !== '');
      const under = rows.slice(i + 1, deeper < 0 ? undefined : i + 1 + deeper).some((d) => d.stt !== '' && d.standardScore !== null);
      return /^\d+(\.\d+)*$/.test(r.stt) && r.standardScore !== null && !under ? [`${part}.${r.stt}`] : [];
    });
  });

  it('reads the lettered parts as groups with their stated maxima, B’s items told from A’s by their part, C as one bonus item', () => {
    for (const grid of [fromWord['lanh-dao']!, pasted['lanh-dao']!]) {
      const { set } = readOk(grid, 'lanh-dao.docx');
      expect(set.groups.map((g) => [g.id, g.maxPoints])).toEqual(parts);
      expect(set.criteria.map((c) => c.code)).toEqual([...items, 'C']);
      // A's and B's items add up to their parts' 30 and 65; C (ĐIỂM THƯỞNG, 5) is the part itself, a bonus.
      for (const [id, max] of parts.slice(0, 2)) expect(set.criteria.filter((c) => c.group === id).reduce((s, c) => s + c.maxPoints, 0)).toBe(max);
      const bonus = set.criteria.find((c) => c.code === 'C')!;
      expect([bonus.group, bonus.maxPoints, bonus.rule.kind]).toEqual(['C', parts[2]![1], 'bonus']);
      // The rows spelt out under 3.1–3.5 are their descriptions, not items: kept in the item's note.
      for (const line of spelt) expect(set.criteria.find((c) => c.code === 'A.3.3')!.note).toContain(line);
      expect(parts.reduce((s, [, max]) => s + max, 0)).toBe(total);
    }
  });

  it('says each inference once at its cell: rows that spell an item out, the part scored as one item, a total that counts the bonus', () => {
    const read = readOk(fromWord['lanh-dao']!, 'lanh-dao.docx');
    saidOnce(read);
    expect(said(read, /lời mô tả/)).toEqual([
      'A18: Mục A.3.1 có điểm; các dòng 19–22 (không số thứ tự) dưới nó không ghi điểm: đọc là lời mô tả của mục A.3.1, không phải mục con.',
      'A23: Mục A.3.2 có điểm; các dòng 24–26 (không số thứ tự) dưới nó không ghi điểm: đọc là lời mô tả của mục A.3.2, không phải mục con.',
      'A27: Mục A.3.3 có điểm; các dòng 28–29 (không số thứ tự) dưới nó không ghi điểm: đọc là lời mô tả của mục A.3.3, không phải mục con.',
      'A30: Mục A.3.4 có điểm; các dòng 31–33 (không số thứ tự) dưới nó không ghi điểm: đọc là lời mô tả của mục A.3.4, không phải mục con.',
      'A34: Mục A.3.5 có điểm; các dòng 35–38 (không số thứ tự) dưới nó không ghi điểm: đọc là lời mô tả của mục A.3.5, không phải mục con.',
    ]);
    expect(said(read, /^Nhóm C /)).toEqual([
      'A71: Nhóm C (ĐIỂM THƯỞNG) ghi 5 điểm, không có mục nào dưới nó: chấm cả nhóm như một mục điểm thưởng, cộng thêm vào tổng, tối đa 5 điểm.',
    ]);
    // 100 = 30 + 65 + the bonus's 5.
    expect(said(read, /Tổng cộng/)).toEqual([
      'C72: Dòng «Tổng cộng» ghi 100 điểm, tính cả điểm thưởng (C tối đa 5); không kể điểm thưởng, các tiêu chí cộng được 95 điểm.',
    ]);
    // «Điểm phúc tra» is the verifier's column under its own name: nothing inferred, nothing said.
    expect(said(read, /là điểm thẩm định/)).toEqual([]);
  });

  it('scores a filled copy: «Điểm chấm» as the self-score, «Điểm phúc tra» as the verified one, the bonus row C as its item', () => {
    const { set } = readOk(fromWord['lanh-dao']!, 'lanh-dao.docx');
    // The table filled in A.1.1, A.3.1, B.16, B.17 and C («Điểm chấm», «Điểm phúc tra»), pasted by LibreOffice above.
    const report = readReport(pasted['don-vi']!);
    if (!report.ok) throw new Error(report.error.message);
    expect(report.report.columns).toMatchObject({ selfScore: 'D', verifiedScore: 'G' });
    const card = score(set as CriteriaSet, report.report);
    const points = Object.fromEntries(card.criteria.filter((c) => c.selfScore !== null).map((c) => [c.code, [c.selfScore, c.points]]));
    expect(points).toEqual({ 'A.1.1': [2, 2], 'A.3.1': [2, 1.5], 'B.16': [5, 2.5], 'B.17': [6, 4], C: [3, 2] });
    // 2 + 1,5 + 2,5 + 4 and the bonus's 2, out of A's 30 and B's 65; the self-scores add up as typed.
    expect([card.total, card.applicableMax, card.selfTotal]).toEqual([12, 95, 18]);
    expect(card.flags.filter((f) => /criterion-missing|unknown-criterion|self-score-total/.test(f.code))).toEqual([]);
  });
});

