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
import { docxByLibreOffice, xlsxByLibreOffice } from './fixtures/office-tables.js';
import { conductForm } from './fixtures/real-tables.js';

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

describe('a school’s conduct scoring form: five roman sections 20 / 25 / 20 / 25 / 10, numbers starting again in each, «Hoặc» in V', () => {
  let dir: string;
  let fromWord: SheetGrid;
  let pasted: SheetGrid;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'thidua-real-'));
    const form = await conductForm();
    fromWord = await docxGrid(await docxByLibreOffice([form], dir, 'hanh-kiem'));
    pasted = await xlsxGrid(await xlsxByLibreOffice([form], dir, 'hanh-kiem'));
  }, 240_000);

  it('reads the sections as groups with their stated maxima, the items numbered within their section', () => {
    for (const grid of [fromWord, pasted]) {
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
    const read = readOk(fromWord, 'hanh-kiem.docx');
    saidOnce(read);
    expect(said(read, /Nhóm V\b/)).toEqual([
      'C23: Nhóm V (ĐÁNH GIÁ VỀ Ý THỨC VÀ KẾT QUẢ KHI THAM GIA CÔNG TÁC CÁN BỘ LỚP, CÁC ĐOÀN THỂ, TỔ CHỨC TRONG NHÀ TRƯỜNG HOẶC NGƯỜI HỌC ĐẠT ĐƯỢC THÀNH TÍCH ĐẶC BIỆT TRONG HỌC TẬP VÀ RÈN LUYỆN.) ghi 10 điểm, nhưng các tiêu chí trong nhóm cộng được 20: nhóm tính tối đa 10 điểm (điểm các tiêu chí trong nhóm cộng lại, quá 10 thì tính 10).',
    ]);
    expect(said(read, /Hoặc/)).toEqual(['A25: Dòng «Hoặc»: mục V.1 hoặc mục V.2 — hai cách đạt, chỉ tính một; điểm tối đa của nhóm giới hạn tổng.']);
    // The «Tổng» row (100) agrees with the sections as capped: nothing said of it.
    expect(said(read, /Tổng cộng/)).toEqual([]);
  });

  it('reads «Điểm lớp đánh giá» as the verifier’s column, said once at its header', () => {
    const read = readOk(pasted, 'hanh-kiem.xlsx');
    expect(said(read, /là điểm thẩm định/)).toEqual([
      'E1: Cột «Điểm lớp đánh giá» là điểm thẩm định: khi chấm bản của đơn vị, điểm ghi ở cột này được tính và in cạnh điểm tự chấm; dòng chưa có thì tạm tính theo điểm tự chấm và có cờ «Chưa có điểm thẩm định».',
    ]);
  });

  it('scores a filled copy from the class’s column beside the self-score, section V counting at most 10', async () => {
    const { set } = readOk(fromWord, 'hanh-kiem.docx');
    const filled = await conductForm({ 'I.1': ['6', '5'], 'II.3': ['6', '6'], 'V.1': ['10', '10'], 'V.2': ['10', '8'] });
    const report = readReport(await xlsxGrid(await xlsxByLibreOffice([filled], dir, 'sinh-vien')));
    if (!report.ok) throw new Error(report.error.message);
    const card = score(set as CriteriaSet, report.report);
    const points = Object.fromEntries(card.criteria.filter((c) => c.selfScore !== null).map((c) => [c.code, [c.selfScore, c.points]]));
    expect(points).toEqual({ 'I.1': [6, 5], 'II.3': [6, 6], 'V.1': [10, 10], 'V.2': [10, 8] });
    // 5 + 6 + min(10 + 8, 10) of the form's 100; the self-scores add up as typed.
    expect([card.total, card.applicableMax, card.selfTotal]).toEqual([21, 100, 32]);
  }, 120_000);
});
