// «Tổng hợp» as this version writes it — the ranking one table under one header, repeated on each printed page by
// the sheet's print titles (_xlnm.Print_Titles), the proposals, what each unit would need and what was left out on
// sheets of their own, so «Điểm tối đa» and «Lý do» no longer share column E — and as the previous version wrote it
// (a folder closed then and kept: test/fixtures/previous-version), both read by every reader of the summary: `verify`
// (its own sheets against the seal, a scored copy's ranking cell by cell) and `score --decisions`.
import { cp, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import { planSummarySheets, RANKING_HEADERS, SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { PROPOSAL_HEADERS, PROPOSALS_SHEET } from '../../core/workbook/plan-proposals.js';
import { SHORTFALL_HEADERS, SHORTFALL_SHEET } from '../../core/workbook/plan-shortfall.js';
import { AWARD_LIST_SHEET } from '../../core/workbook/plan-award-list.js';
import { cellText } from '../../core/values.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { shortfalls } from '../../core/ranking/what-it-takes.js';
import { closedWithBuiltin } from './example-commune.js';

const root = resolve(import.meta.dirname, '../..');
const OLD = join(root, 'test/fixtures/previous-version/ta-ma-2025-chot');
const UNIT = 'Trạm Y tế xã Ta Ma';
const COPY = 'tram-y-te-ta-ma.cham-diem.xlsx';
/** Each table sheet of tong-hop.xlsx and its header's first cells. */
const TABLES: [string, readonly string[]][] = [
  [SUMMARY_SHEET, RANKING_HEADERS],
  [PROPOSALS_SHEET, PROPOSAL_HEADERS],
  [SHORTFALL_SHEET, SHORTFALL_HEADERS],
  [AWARD_LIST_SHEET, PROPOSAL_HEADERS],
];

let fresh: string;

beforeAll(async () => {
  // The example commune scored with the built-in set and closed (made once a run), in this file's own copy.
  const made = await closedWithBuiltin();
  fresh = join(made.dir, 'kq');
  expect([made.run.code, made.closed.code]).toEqual([0, 0]);
}, 120_000);

/** The rows of a sheet as text, from row 1. */
async function rowsOf(path: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: string[][] = [];
  wb.getWorksheet(sheet)!.eachRow({ includeEmpty: true }, (row, r) => (rows[r - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText((v ?? null) as never))));
  return Array.from(rows, (r) => r ?? []);
}

/** Print titles by sheet, as workbook.xml defines them. */
function printTitles(bytes: Uint8Array): Map<string, string> {
  const xml = new TextDecoder().decode(unzipSync(bytes)['xl/workbook.xml']);
  const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return new Map([...xml.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)</g)].map((m) => [sheets[Number(m[1])]!, m[2]!.replace(/&apos;/g, "'")]));
}

const headerAt = (rows: string[][], header: readonly string[]) => rows.flatMap((r, i) => (r[0] === header[0] && r[1] === header[1] ? [i + 1] : []));

/** `path`'s ranking cell «Tổng điểm» of UNIT (its first row: the old layout had the proposals' rows below, in the same columns) set to `to`; returns what it held. */
async function changeTotal(path: string, to: number): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let was = NaN;
  wb.getWorksheet(SUMMARY_SHEET)!.eachRow((row) => {
    if (Number.isNaN(was) && typeof row.getCell(1).value === 'number' && row.getCell(2).value === UNIT) {
      was = row.getCell(4).value as number;
      row.getCell(4).value = to;
    }
  });
  await wb.xlsx.writeFile(path);
  return was;
}

describe('tong-hop.xlsx as this version writes it', () => {
  it('holds each table once, its header once, and print titles on that header row', async () => {
    const path = join(fresh, 'tong-hop.xlsx');
    const titles = printTitles(await readFile(path));
    for (const [sheet, header] of TABLES) {
      const rows = await rowsOf(path, sheet);
      const at = headerAt(rows, header);
      expect(at, sheet).toHaveLength(1);
      expect(titles.get(sheet), sheet).toBe(`'${sheet}'!$${at[0]}:$${at[0]}`);
    }
    // No page break fixed inside the ranking: the printer breaks it, the print titles head each page.
    const xml = new TextDecoder().decode(unzipSync(await readFile(path))['xl/worksheets/sheet1.xml']);
    expect(xml).not.toContain('<rowBreaks');
  });

  it('gives «Điểm tối đa» and «Lý do» a column each', async () => {
    const path = join(fresh, 'tong-hop.xlsx');
    const summary = await rowsOf(path, SUMMARY_SHEET);
    expect(summary.flat()).not.toContain('Lý do');
    const at = headerAt(summary, RANKING_HEADERS)[0]!;
    expect(summary[at - 1]![4]).toBe('Điểm tối đa');
    const proposals = await rowsOf(path, PROPOSALS_SHEET);
    expect(proposals[headerAt(proposals, PROPOSAL_HEADERS)[0]! - 1]![4]).toBe('Lý do');
    expect(proposals.flat()).not.toContain('Điểm tối đa');
  });

  it('the scored copy too: its ranking and its proposals, each under one header with print titles', async () => {
    const bytes = await readFile(join(fresh, COPY));
    const titles = printTitles(bytes);
    for (const [sheet, header] of [TABLES[0]!, TABLES[1]!]) {
      const rows = await rowsOf(join(fresh, COPY), sheet);
      expect(headerAt(rows, header), sheet).toHaveLength(1);
      expect(titles.get(sheet), sheet).toBe(`'${sheet}'!$${headerAt(rows, header)[0]}:$${headerAt(rows, header)[0]}`);
    }
  });

  it('the ExcelJS writer (the task pane without Office) defines the same print titles', async () => {
    const set = findBuiltin('ta-ma-2025')!;
    const commune = await scoreWorkbook(OoxmlWorkbook.open(await readFile(join(root, 'examples/xa-ta-ma-2025.xlsx'))), set, { date: '2025-11-06' });
    const wb = ExcelJsWorkbook.create();
    const sheets = planSummarySheets(set, commune.cards, commune.ranking, commune.proposals, { date: '2025-11-06', whatItTakes: shortfalls(set, commune.cards, commune.proposals, commune.decisions) });
    await wb.apply({ sheets });
    const titles = printTitles(await wb.toBuffer());
    for (const edit of sheets) expect(titles.get(edit.sheet), edit.sheet).toBe(`'${edit.sheet}'!${edit.print!.titleRows}`);
  });

  it('verify names a ranking cell edited by hand, its value then and now', async () => {
    const folder = join(await tempDir(), 'sua');
    await cp(fresh, folder, { recursive: true });
    const was = await changeTotal(join(folder, 'tong-hop.xlsx'), 12.5);
    const run = await runInProcess(['verify', folder], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`Trang «Tổng hợp», dòng \\d+: đã sửa sau khi chốt — ô D\\d+: ${String(was).replace('.', ',')} → 12,5\\.`));
  });
});

describe('a summary written by the previous version (last year\'s folder)', () => {
  it('still verifies as closed', async () => {
    const folder = join(await tempDir(), 'cu');
    await cp(OLD, folder, { recursive: true });
    const run = await runInProcess(['verify', folder], root);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Khớp với kết quả đã chốt (lần 1');
    expect(run.code).toBe(0);
  });

  it('has its repeated headers still read as its ranking: an edited cell of it is named, then and now', async () => {
    const folder = join(await tempDir(), 'cu-sua');
    await cp(OLD, folder, { recursive: true });
    // The old layout: a header row before each kind's table.
    expect(headerAt(await rowsOf(join(folder, 'tong-hop.xlsx'), SUMMARY_SHEET), RANKING_HEADERS).length).toBeGreaterThan(1);
    const was = await changeTotal(join(folder, 'tong-hop.xlsx'), 12.5);
    const wasCopy = await changeTotal(join(folder, COPY), 13.5);
    const run = await runInProcess(['verify', folder], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`Trang «Tổng hợp», dòng \\d+: đã sửa sau khi chốt — ô D\\d+: ${String(was).replace('.', ',')} → 12,5\\.`));
    expect(run.stderr).toMatch(new RegExp(`Tệp ${COPY.replace(/\./g, '\\.')} đã khác bản đã chốt: trang «Tổng hợp», ô D\\d+: ${String(wasCopy).replace('.', ',')} → 13,5\\.`));
  });

  it('gives its council decisions to a new run (--decisions)', async () => {
    const out = join(await tempDir(), 'moi');
    const run = await runInProcess(['score', join(root, 'examples/bao-cao'), '--criteria', 'ta-ma-2025', '--out', out, '--decisions', join(OLD, 'tong-hop.xlsx')], root);
    expect(run.stderr).toContain('Đã đọc 1 quyết định của Hội đồng từ');
    expect(run.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    // Written in this version's layout.
    expect(headerAt(await rowsOf(join(out, 'tong-hop.xlsx'), SUMMARY_SHEET), RANKING_HEADERS)).toHaveLength(1);
  });
});

// Made for issue 46 item 5: the summary's tables under print titles, each figure in its own column, last year's files still read.
