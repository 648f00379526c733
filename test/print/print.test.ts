// Every workbook thidua writes, printed the way an officer without Excel would print it: written with
// the real code, turned into PDF by LibreOffice, read back with pdftotext. A4 pages, every word of
// every printable cell on paper (a row one line high prints only its last line), text not shrunk
// below 8 pt, and a hamlet's blank report on one sheet of paper.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { planCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { planTemplate } from '../../core/report/template.js';
import { planReview } from '../../core/workbook/plan-review.js';
import { planSummary } from '../../core/workbook/plan-summary.js';
import { scoreWorkbook } from '../../core/workbook/score-workbook.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { exportTable } from '../../extension/src/export/table.js';
import { buildXlsx } from '../../extension/src/export/xlsx.js';
import { translator } from '../../extension/src/i18n.js';
import { snapshot } from '../extension/snapshots.js';

const run = promisify(execFile);
const SET = findBuiltin('ta-ma-2025')!;
const DATE = '2025-11-06';
const example = (path: string) => readFile(new URL(`../../examples/${path}`, import.meta.url));

type Word = { text: string; height: number };
type Pdf = { pages: { width: number; height: number }[]; words: Word[] };

/** The workbooks, by file name (without .xlsx). */
async function workbooks(): Promise<Record<string, Uint8Array>> {
  const template = ExcelJsWorkbook.create();
  await template.apply({ sheets: [planTemplate(SET, { name: 'Bản Hua Ca', kindId: 'ban' })] });

  const scored = await ExcelJsWorkbook.fromBuffer(await example('bao-cao/ubnd-xa-ta-ma.xlsx'));
  await scoreWorkbook(scored, SET, { date: DATE });

  // Tổng hợp and Rà soát over the whole commune, as `thidua score` writes tong-hop.xlsx.
  const commune = await scoreWorkbook(await ExcelJsWorkbook.fromBuffer(await example('xa-ta-ma-2025.xlsx')), SET, { date: DATE });
  const summary = ExcelJsWorkbook.create();
  await summary.apply({ sheets: [planSummary(SET, commune.cards, commune.ranking, commune.proposals, { date: DATE }), planReview(commune.cards)] });

  const criteria = ExcelJsWorkbook.create();
  await criteria.apply({ sheets: [planCriteriaSheet(SET)] });

  const snapshots = [
    snapshot({ unit: 'Xã Tà Mung, huyện Than Uyên, tỉnh Lai Châu', values: { TONG_SCORE: 78.5, CKMB: 16 } }),
    snapshot({ unit: 'Xã Ta Ma', hash: 'h2', values: { CKMB: 12 } }),
  ];
  return {
    'mau-bao-cao': await template.toBuffer(),
    'ban-cham': await scored.toBuffer(),
    'tong-hop': await summary.toBuffer(),
    'tieu-chi': await criteria.toBuffer(),
    'chi-so': await buildXlsx(exportTable(snapshots, translator('vi')), 'Chỉ số'),
  };
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

async function readPdf(path: string): Promise<Pdf> {
  const { stdout } = await run('pdftotext', ['-bbox', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const words = [...stdout.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: unescapeXml(m[3]!).normalize('NFC'),
    height: Number(m[2]) - Number(m[1]),
  }));
  return { pages, words };
}

/** Words of the text cells LibreOffice prints: visible sheets, inside the print area when there is one. */
async function printableWords(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const words: string[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.state !== 'visible') continue;
    const area = ws.pageSetup.printArea?.replace(/\$/g, '').split(':');
    const inArea = (cell: ExcelJS.Cell) => {
      if (!area) return true;
      const [from, to] = area.map((a) => ws.getCell(a));
      return cell.row >= from!.row && cell.row <= to!.row && cell.col >= from!.col && cell.col <= to!.col;
    };
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : null;
        if (text && inArea(cell)) words.push(...text.normalize('NFC').split(/\s+/).filter(Boolean));
      }),
    );
  }
  return words;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('printing on A4 (LibreOffice → PDF)', () => {
  const pdfs = new Map<string, Pdf>();
  const expected = new Map<string, string[]>();

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-print-'));
    const files: string[] = [];
    for (const [name, bytes] of Object.entries(await workbooks())) {
      const file = join(dir, `${name}.xlsx`);
      await writeFile(file, bytes);
      files.push(file);
      expected.set(name, await printableWords(bytes));
    }
    // One LibreOffice run for every file: starting it is most of the cost. Its own profile keeps it
    // apart from any LibreOffice the machine runs.
    await run('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
      timeout: 240_000,
    });
    for (const name of expected.keys()) pdfs.set(name, await readPdf(join(dir, `${name}.pdf`)));
  }, 300_000);

  const NAMES = ['mau-bao-cao', 'ban-cham', 'tong-hop', 'tieu-chi', 'chi-so'];

  it.each(NAMES)('%s.xlsx prints on A4 pages', (name) => {
    const pdf = pdfs.get(name)!;
    expect(pdf.pages.length).toBeGreaterThan(0);
    for (const page of pdf.pages) {
      expect([Math.round(Math.min(page.width, page.height)), Math.round(Math.max(page.width, page.height))]).toEqual([595, 842]);
    }
  });

  // The criteria sheet included: the set's notes (~2,000 characters) run on over several rows, each within
  // Excel's tallest row (409 pt), so none of it is cut on paper.
  it.each(NAMES)('%s.xlsx prints every word of every printable cell, nothing as ###', (name) => {
    const pdf = pdfs.get(name)!;
    // Joined without spaces: a word LibreOffice breaks across lines still counts as printed.
    const printed = pdf.words.map((w) => w.text).join('');
    const missing = [...new Set(expected.get(name)!)].filter((word) => !printed.includes(word));
    expect(missing).toEqual([]);
    expect(pdf.words.some((w) => /^#{3,}$/.test(w.text))).toBe(false);
  });

  it.each(NAMES)('%s.xlsx keeps text at 8 pt or more (median word height)', (name) => {
    expect(median(pdfs.get(name)!.words.map((w) => w.height))).toBeGreaterThanOrEqual(8);
  });

  it("a hamlet's blank report fits on one page", () => {
    expect(pdfs.get('mau-bao-cao')!.pages).toHaveLength(1);
  });
});
