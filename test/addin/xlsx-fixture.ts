// A multi-unit workbook made the way officers make one: report sheets from the add-in's template,
// filled in with plausible figures (one unit late and one with a numerator above its denominator),
// saved as .xlsx bytes with ExcelJS. Used by the standalone browser test and the screenshots when
// the bundled example is not there.
import ExcelJS from 'exceljs';
import type { Criterion, CriteriaSet } from '../../core/criteria/schema.js';
import { readReport } from '../../core/report/read.js';
import type { CellValue } from '../../core/report/schema.js';
import { planTemplate } from '../../core/report/template.js';
import { cellAddress, columnNumber } from '../../core/text.js';
import type { Block } from '../../core/workbook/port.js';
import { ExcelJsWorkbook } from '../../excel-addin/workbook/exceljs-workbook.js';

export type FixtureUnit = { name: string; kindId: string; quality: number; late?: boolean; inconsistent?: boolean };

function figures(c: Criterion, q: number, inconsistent: boolean): { result?: CellValue; num?: number; den?: number; self: number } {
  const self = c.maxPoints;
  switch (c.measure) {
    case 'ratio':
      return inconsistent ? { num: 130, den: 120, self } : { num: Math.round(200 * q), den: 200, self };
    case 'percent':
      return { result: `${Math.round(100 * q)}%`, self };
    case 'count':
      return { result: Math.max(0, Math.round(4 * q)), self };
    case 'yes_no':
      return { result: q > 0.6 ? 'Có' : 'Không', self };
    case 'date':
      return { result: '15/10/2025', self };
    default:
      return { self: Math.round(c.maxPoints * q) };
  }
}

export async function unitWorkbook(set: CriteriaSet, units: readonly FixtureUnit[]): Promise<Uint8Array> {
  const wb = new ExcelJsWorkbook(new ExcelJS.Workbook());
  await wb.apply({ sheets: units.map((u) => planTemplate(set, { name: u.name, kindId: u.kindId })) });
  const grids = await wb.readSheets(await wb.listSheets());
  const sheets = units.map((u, i) => {
    const read = readReport(grids[i]!);
    if (!read.ok) throw new Error(read.error.message);
    const r = read.report;
    const blocks: Block[] = [];
    const put = (col: string | undefined, row: number, v: CellValue | undefined) => {
      if (col && v !== undefined) blocks.push({ address: cellAddress(row, columnNumber(col)), values: [[v]] });
    };
    if (r.submittedAt) blocks.push({ address: r.submittedAt.address, values: [[u.late ? '20/11/2025' : '01/11/2025']] });
    r.rows.forEach((row, k) => {
      const c = set.criteria.find((x) => x.code === row.code.raw);
      if (!c) return;
      const f = figures(c, u.quality, !!u.inconsistent && k === 0);
      put(r.columns.result, row.row, f.result);
      put(r.columns.numerator, row.row, f.num);
      put(r.columns.denominator, row.row, f.den);
      put(r.columns.evidence, row.row, `Báo cáo số ${k + 1}/BC-${u.name}`);
      put(r.columns.selfScore, row.row, f.self);
    });
    return { sheet: r.sheet, mode: 'existing' as const, blocks };
  });
  await wb.apply({ sheets });
  return wb.toBuffer();
}
