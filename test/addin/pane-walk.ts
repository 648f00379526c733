// The task pane's walks through the year (pane-walk-*.test.ts): the pane's workbook on the Office.js fake read cell by
// cell as the command line's files are, to be held to them, the council's typing into it as Excel makes it (and into
// the command line's tong-hop.xlsx as openpyxl does), and each step's round trips.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import type { CellValue } from '../../core/cell.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { cellAddress } from '../../core/text.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { confirmCriteriaSheet, criteriaWorkbook, understoodKey, useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { createTemplates, templateFileName, templatesZip } from '../../excel-addin/actions/templates.js';
import { excelSession } from '../../excel-addin/shared/session.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { closeWorkbook, lastClosedRound, workbookRun } from '../../excel-addin/actions/closing.js';
import { postingDownload } from '../../excel-addin/shared/papers-download.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { closedNotice, workbookPapers } from '../../excel-addin/taskpane/panes/ClosingPanel.js';
import { officerDay } from '../../core/values.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, type FakeOffice, type FakeSheet } from '../../scripts/harness/office-fake.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { runOk, type Run } from '../cli/helpers.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { openpyxl } from '../council/typed-in-parts.js';
import { readPrinted } from '../papers/pdf-layout.js';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A cell as both faces mean it: a date as its day (a serial under a date format, or a date), a whole number as one. */
function meaning(value: CellValue | undefined, format = 'General'): string | number | boolean | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && /[dy]/i.test(format) && !/general/i.test(format)) return new Date(EXCEL_EPOCH + value * DAY_MS).toISOString().slice(0, 10);
  return value;
}

/** A sheet's cells by address, each as meaning() reads it, blanks left out. */
export type Cells = Map<string, string | number | boolean | null>;

export const paneCells = (sheet: FakeSheet): Cells =>
  new Map(
    [...sheet.cells]
      .map(([key, c]) => {
        const [row, col] = key.split(':').map(Number) as [number, number];
        return [cellAddress(row, col), meaning(c.value, c.numberFormat)] as const;
      })
      .filter(([, v]) => v !== null),
  );

/** Each sheet of the .xlsx at `path`, by name, as the command line's reader reads it. */
export async function fileCells(path: string): Promise<Map<string, Cells>> {
  const book = OoxmlWorkbook.open(await readFile(path));
  const grids = await book.readSheets(await book.listSheets());
  return new Map(
    grids.map((g) => {
      const cells: Cells = new Map();
      g.values.forEach((r, i) =>
        r.forEach((v, j) => {
          const m = meaning(v, g.formats?.[i]?.[j]);
          if (m !== null) cells.set(cellAddress((g.origin?.row ?? 1) + i, (g.origin?.col ?? 1) + j), m);
        }),
      );
      return [g.name, cells];
    }),
  );
}

/** The fake's key of an address: «K15» → «15:11». */
const at = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return `${m[2]}:${[...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)}`;
};

/** Typed in Excel: a date becomes a date under dd/mm/yyyy, a figure a number, anything else text. */
export function type(on: FakeSheet, address: string, typed: string | number): void {
  const date = typeof typed === 'string' ? /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(typed) : null;
  const value = date ? (Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])) - EXCEL_EPOCH) / DAY_MS : typed;
  on.cells.set(at(address), { value, numberFormat: date ? 'dd/mm/yyyy' : 'General', style: {} });
}

/** Each step's round trips to Excel (context.sync() calls) on the fake `fakeOf` gives, by the step's name. */
export function roundTrips(fakeOf: () => FakeOffice): { syncs: Record<string, number>; step: <T>(name: string, action: () => Promise<T>) => Promise<T> } {
  const syncs: Record<string, number> = {};
  const step = async <T>(name: string, action: () => Promise<T>): Promise<T> => {
    const before = fakeOf().syncs;
    const value = await action();
    syncs[name] = fakeOf().syncs - before;
    return value;
  };
  return { syncs, step };
}

/** A row of a table as openpyxl reads it: its number, its first three columns (code, words, points) as written. */
export type TableRow = { row: number; code: string; words: string; points: number };

const TABLE_ROWS = `
import sys, json
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps([[r, ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value] for r in range(1, ws.max_row + 1)], default=str))
`;

/**
 * The corpus table `id` as an office sends it (bang.xlsx in `dir`, its rows as openpyxl reads them), read by `thidua
 * criteria import` (bo.json), and opened in Excel where the officer keeps it: Office.context.document.url gives its
 * path, the name the other faces read it by.
 */
export async function corpusTableInExcel(id: string, dir: string): Promise<{ fake: FakeOffice & { uninstall: () => void }; rows: TableRow[]; imported: CriteriaSet; importRun: Run }> {
  const [entry] = (await loadCorpus()).filter((e) => e.id === id);
  await copyFile((await renderCorpus([entry!], join(dir, 'ban-goc'))).get(id)!, join(dir, 'bang.xlsx'));
  const rows = (JSON.parse(execFileSync('/usr/bin/python3', ['-c', TABLE_ROWS, join(dir, 'bang.xlsx')], { encoding: 'utf8' })) as [number, unknown, unknown, unknown][]).map(([row, a, b, c]) => ({
    row,
    code: String(a ?? '').trim(),
    words: String(b ?? '').trim(),
    // A figure LibreOffice wrote as text with a decimal comma («1,5») read as the table means it.
    points: Number(String(c ?? '').replace(',', '.')),
  }));
  const importRun = await runOk(['criteria', 'import', 'bang.xlsx', '--out', 'bo.json'], dir);
  const imported = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;
  const fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(join(dir, 'bang.xlsx'))), '1.18', 'C:\\Users\\Hoa\\Documents\\Thi đua 2025\\bang.xlsx');
  return { fake, rows, imported, importRun };
}

type Step = ReturnType<typeof roundTrips>['step'];

/**
 * The open table taken as the workbook's criteria as «Dùng trang này làm tiêu chí» runs it (CriteriaPane, with the
 * workbook's name the session gives), confirmed as understood, and taken again: what the pane showed first, and the set.
 */
export async function takenAndConfirmed(step: Step) {
  const loaded = await step('criteria', () => excelSession.run((port, view) => useCriteriaSheet(port, undefined, view.fileName)));
  if (!loaded.ok) throw new Error(loaded.reason);
  await step('confirm', () => runInExcel((port) => confirmCriteriaSheet(port, understoodKey(loaded.set))));
  const again = await excelSession.run((port, view) => useCriteriaSheet(port, undefined, view.fileName));
  if (!again.ok || !again.confirmed) throw new Error('not confirmed');
  return { loaded, set: again.set };
}

/** The report sheets made in the pane, and the same sent to each unit (file, name) as its own workbook: each blank as `dir`/mau-<file>.xlsx. */
export async function paneTemplates(step: Step, set: CriteriaSet, units: readonly (readonly [string, string, ...unknown[]])[], kindId: string, dir: string): Promise<void> {
  const entries = units.map(([, name]) => ({ name, kindId }));
  await step('templates', () => runInExcel((port) => createTemplates(port, set, entries, 'Năm 2025')));
  const zip = await JSZip.loadAsync((await templatesZip(set, entries, 'Năm 2025')).bytes);
  await mkdir(join(dir, 'bao-cao'));
  for (const [file, name] of units) await writeFile(join(dir, `mau-${file}.xlsx`), await zip.file(templateFileName(name))!.async('nodebuffer'));
}

/**
 * A walk's two faces on the table of corpusTableInExcel: the pane scoring its workbook (a step), `thidua score --json`
 * scoring the reports sent back (`dir`/bao-cao) with the pane's set (tieu-chi.xlsx) into ket-qua, the pane's sheets held
 * to that folder cell by cell, and a sheet of the pane's workbook by name.
 */
export function walkFaces(of: () => { dir: string; fake: FakeOffice; set: CriteriaSet }, now: Date, step: Step) {
  const cliScore = () => runOk(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'ket-qua', '--json'], of().dir).then((r) => JSON.parse(r.stdout) as ScoreRunOutput);
  const paneScore = (name: string) => step(name, () => runInExcel((port) => checkAndScore(port, of().set, { now })));
  return {
    compare: () => againstCli(of().fake, join(of().dir, 'ket-qua'), join(of().dir, 'bang.xlsx')),
    cliScore,
    paneScore,
    sheet: (name: string) => of().fake.state.sheets.find((s) => s.name === name)!,
    /** Both faces score with the one set: the pane's, as the pane writes it for the officer (its «Tiêu chí» workbook). */
    firstScored: async () => {
      await writeFile(join(of().dir, 'tieu-chi.xlsx'), await criteriaWorkbook(of().set));
      const pane = await paneScore('score');
      return { pane, cli: await cliScore() };
    },
  };
}

/** The example commune's one workbook (examples/xa-ta-ma-2025.xlsx) open in the pane on the Office.js fake, by its own «Tiêu chí», scored once. */
export async function exampleScoredInPane(now: Date): Promise<{ fake: FakeOffice & { uninstall: () => void }; set: CriteriaSet }> {
  const fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(join(import.meta.dirname, '..', '..', 'examples', 'xa-ta-ma-2025.xlsx'))), '1.18');
  const loaded = await runInExcel((port) => useCriteriaSheet(port));
  if (!loaded.ok) throw new Error(loaded.reason);
  await runInExcel((port) => checkAndScore(port, loaded.set, { now }));
  return { fake, set: loaded.set };
}

/**
 * The example commune in the pane (exampleScoredInPane), every nominee then voted 9/8/7 there; `voteRow` finds a unit's
 * row on «Biểu quyết» as the fake holds it now.
 */
export async function exampleVotedInPane(now: Date): Promise<{ fake: FakeOffice & { uninstall: () => void }; set: CriteriaSet; voteRow: (unit: string) => number }> {
  const scored = await exampleScoredInPane(now);
  const first = await runInExcel((port) => checkAndScore(port, scored.set, { now }));
  for (const n of nomineesOf(first.proposals)) await runInExcel((port) => checkAndScore(port, scored.set, { now, vote: { ...n, tally: { members: 9, present: 8, inFavour: 7 }, note: '' } }));
  const voteRow = (unit: string) => {
    const votes = scored.fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
    const key = [...votes.cells.keys()].find((k) => k.endsWith(':2') && Number(k.split(':')[0]) > 7 && votes.cells.get(k)?.value === unit);
    if (!key) throw new Error(`${unit}: no row on «${VOTE_SHEET}»`);
    return Number(key.split(':')[0]);
  };
  return { ...scored, voteRow };
}

/** Each report sent back (`resaved` first saved again by LibreOffice) moved into the workbook over its blank sheet (Excel's «Move or Copy»). */
export async function movedIn(fake: FakeOffice, reports: readonly string[], resaved: string): Promise<void> {
  await savedByLibreOffice(resaved);
  for (const report of reports) {
    const [filled] = (await fakeWorkbookFromXlsx(await readFile(report))).sheets;
    fake.state.sheets[fake.state.sheets.findIndex((s) => s.name === filled!.name)] = filled!;
  }
}

/** A paper's words, but what differs between two closings of one result: the seal's line and the closing's time. */
export const paperWords = (buffer: Buffer) => mammoth.extractRawText({ buffer }).then((r) => r.value.replace(/Mã niêm phong[^\n]*/g, 'Mã niêm phong …').replace(/\d\d\/\d\d\/\d{4} \d\d:\d\d/g, '…'));

/**
 * The papers' «Tờ trình» (of `zip`) printed by LibreOffice into `dir`/in and read back as one line of words, and
 * `unnamed`, which reads words as that line holds them: without the units' names (`names`), which the table's narrow
 * column breaks apart from the rest.
 */
export async function printedProposal(zip: JSZip, dir: string, names: readonly string[]): Promise<{ printed: string; unnamed: (words: string) => string }> {
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in', 'to-trinh.docx'), await zip.file('to-trinh.docx')!.async('nodebuffer'));
  const [pdf] = await sofficeAll([join(dir, 'in', 'to-trinh.docx')], join(dir, 'in'), 'pdf');
  const words = new Set(names.flatMap((name) => name.split(' ')));
  const unnamed = (line: string) => line.split(/\s+/).filter((w) => !words.has(w)).join(' ');
  return { printed: unnamed((await readPrinted(pdf!)).lines.map((l) => l.text).join(' ')), unnamed };
}

/** What a cell of the pane's sheet holds. */
export const text = (on: FakeSheet, row: number, col: number) => on.cells.get(`${row}:${col}`)?.value;

/**
 * The pane's visible sheets against the command line's folder `out`, cell by cell: each unit's sheet against its scored
 * copy, the council's and the summary's against tong-hop.xlsx, the table's own sheets against `table` as opened. The
 * command line names the file a report came from where the pane has one workbook: «tệp bao-cao/x.xlsx, » is read out.
 */
export async function againstCli(fake: FakeOffice, out: string, table: string): Promise<{ compared: number; differ: string[] }> {
  const cli = new Map<string, Cells>(await fileCells(table));
  for (const f of (await readdir(out)).filter((f) => f.endsWith('.xlsx'))) for (const [name, cells] of await fileCells(join(out, f))) if (!cli.has(name) || f === 'tong-hop.xlsx') cli.set(name, cells);
  // «Còn thiếu gì» is tong-hop.xlsx's sheet and the pane's own section (WhatItTakes), not a sheet of the pane's workbook.
  const unfiled = (v: string | number | boolean | null | undefined) =>
    typeof v === 'string' ? v.replace(/tệp bao-cao\/[a-z-]+\.xlsx, /g, '').replace(/ \(tệp bao-cao\/[a-z-]+\.xlsx\)/g, '').replace('; cách ít điểm nhất để lên mức kế tiếp ở trang «Còn thiếu gì».', '.') : v;
  let compared = 0;
  const differ: string[] = [];
  for (const s of fake.state.sheets.filter((s) => s.visibility === 'Visible')) {
    const theirs = cli.get(s.name);
    if (!theirs) {
      differ.push(`${s.name}: chỉ ngăn tác vụ có trang này`);
      continue;
    }
    const pane = paneCells(s);
    const all = new Set([...pane.keys(), ...theirs.keys()]);
    compared += all.size;
    for (const a of all) if (unfiled(pane.get(a)) !== unfiled(theirs.get(a))) differ.push(`${s.name}!${a}: ${String(theirs.get(a))} | ${String(pane.get(a))}`);
  }
  return { compared, differ };
}

/**
 * The list posted from the pane («Lập danh sách niêm yết»: a step, «post») and by `thidua papers --posting-list` into
 * `dir`/niem-yet, each as its words (paperWords), and what the pane said with it.
 */
export async function postedOnBoth(step: Step, set: CriteriaSet, now: Date, dir: string): Promise<{ pane: string; cli: string; notes: readonly unknown[] }> {
  const run = await step('post', () => runInExcel((port) => workbookRun(port, set, { now })));
  const where = translator('vi')('postingWhereSheet', { votes: run.result.councilSheets.votes });
  const posted = await postingDownload(run.record, run.meeting, undefined, where, officerDay(now), { review: { decisions: run.result.decisions, unread: run.result.unread }, sheets: run.result.councilSheets });
  if (!posted.ok) throw new Error(posted.text);
  await runOk(['papers', 'ket-qua', '--out', 'niem-yet', '--posting-list'], dir);
  return { pane: await paperWords(Buffer.from(posted.bytes)), cli: await paperWords(await readFile(join(dir, 'niem-yet', 'danh-sach-cong-khai.docx'))), notes: posted.notes };
}

/** A command's «Lưu ý: » lines in the pane's words: the pane has one workbook where the command line names the file. */
export const notesAsPane = (run: { stdout: string; stderr: string }) =>
  `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((l) => l.startsWith('Lưu ý: '))
    .map((l) => l.replace(/^Lưu ý: /, '').replace(/tệp ket-qua\/tong-hop\.xlsx, trang/g, 'trang').replace(/^Tệp ket-qua\/tong-hop\.xlsx, trang/, 'Trang').replace(/tệp bao-cao\/[a-z-]+\.xlsx, /g, ''));

/**
 * The round closed by `by` in the pane (a step, «close») and by `thidua close` on `dir`/ket-qua, then the papers made in
 * the pane (a step, «papers») and by `thidua papers` into `dir`/ho-so: the pane's outcome, what it showed with the
 * closing (its seal code) and with the papers, the papers' zip, and the two commands as they ran.
 */
export async function closedOnBoth(step: Step, set: CriteriaSet, now: Date, by: string, dir: string) {
  const closed = await step('close', () => runInExcel((port) => closeWorkbook(port, set, { now, closedBy: by })));
  const cliClosed = await runOk(['close', 'ket-qua', '--by', by], dir);
  const cliPapers = await runOk(['papers', 'ket-qua', '--out', 'ho-so'], dir);
  let saved: Uint8Array | undefined;
  const { sheets } = await runInExcel((port) => lastClosedRound(port));
  const made = await step('papers', () => runInExcel((port) => workbookPapers(port, translator('vi'), (bytes) => (saved = bytes))));
  const notice = closedNotice(made.last!, sheets, translator('vi'));
  const seal = /Mã niêm phong: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/.exec(notice.text)?.[1];
  return { outcome: closed.outcome, notice, seal, papersNotice: made.notice, zip: await JSZip.loadAsync(saved!), cliClosed, cliPapers };
}

/** A value typed as openpyxl writes it: a day «dd/mm/yyyy» a date cell under dd/mm/yyyy (as type() makes it in Excel). */
const typedPy = (cell: string, v: string | number) =>
  typeof v === 'string' && /^\d\d\/\d\d\/\d{4}$/.test(v) ? `${cell}.value = datetime.datetime.strptime('${v}', '%d/%m/%Y'); ${cell}.number_format = 'dd/mm/yyyy'` : `${cell}.value = ${JSON.stringify(v)}`;

/**
 * The council's first decisions («unit|cell» → decision, comment), by `by` on `day`, typed on each flag's «Lần 1» row of
 * «Rà soát» on both faces — the pane's sheet as Excel makes it, the command line's tong-hop.xlsx (`summary`) by openpyxl
 * — and the sheet renamed `renamed` on both. How many rows the pane's sheet took.
 */
export function decideOnBoth(review: FakeSheet, summary: string, decisions: Record<string, [string, string]>, by: string, day: string, renamed: string): number {
  let typed = 0;
  for (let row = 5; row < 400; row++) {
    const d = decisions[`${String(text(review, row, 2))}|${String(text(review, row, 4))}`];
    if (!d || text(review, row, 8) !== 'Lần 1') continue;
    [d[0], by, day, d[1]].forEach((v, i) => type(review, `${'IJKL'[i]}${row}`, v));
    typed++;
  }
  const sheetName = review.name;
  review.name = renamed;
  openpyxl(summary, [
    'import datetime',
    `dec = ${JSON.stringify(decisions)}`,
    `ws = wb[${JSON.stringify(sheetName)}]`,
    'for r in range(5, ws.max_row + 1):',
    "    d = dec.get(f'{ws.cell(r, 2).value}|{ws.cell(r, 4).value}')",
    `    if d and ws.cell(r, 8).value == 'Lần 1': ws.cell(r, 9).value = d[0]; ws.cell(r, 10).value = ${JSON.stringify(by)}; ${typedPy('ws.cell(r, 11)', day)}; ws.cell(r, 12).value = d[1]`,
    `ws.title = ${JSON.stringify(renamed)}`,
  ].join('\n'));
  return typed;
}

/** The meeting (address → value, a day as a date) and each nominee's tally (members, present, in favour) typed on «Biểu quyết» on both faces. */
export function voteOnBoth(ballot: FakeSheet, summary: string, meeting: readonly [string, string][], tallies: Record<string, [number, number, number]>): void {
  for (const [address, v] of meeting) type(ballot, address, v);
  for (let row = 8; row < 60; row++) tallies[String(text(ballot, row, 2))]?.forEach((n, i) => type(ballot, `${'EFG'[i]}${row}`, n));
  openpyxl(summary, [
    'import datetime',
    `t = ${JSON.stringify(tallies)}`,
    `b = wb[${JSON.stringify(ballot.name)}]`,
    ...meeting.map(([a, v]) => typedPy(`b['${a}']`, v)),
    'for r in range(8, 60):',
    '    v = t.get(b.cell(r, 2).value)',
    '    if v: b.cell(r, 5).value, b.cell(r, 6).value, b.cell(r, 7).value = v',
  ].join('\n'));
}

// Made for: the second pane walk (pane-walk-cong-an.test.ts), which read and typed the pane's workbook as the first
// (pane-walk-kh157.test.ts) did: one copy of both; and the third (pane-walk-nq57.test.ts), which held the pane to the
// command line's folder and typed the council's decisions and vote on both faces as the second did: one copy of both.
