// The council's meeting typed into a run's tong-hop.xlsx as an officer would in Excel: a decision on each flag of
// «Rà soát», then each nominee's vote and the meeting on «Biểu quyết»; and the closed round read back as every face
// reads it (core/run/previous-summary.ts).
import { copyFile, cp, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readSummaryFile } from '../../cli/closed-rounds.js';
import type { PreviousSummary } from '../../core/run/previous-summary.js';
import { runInProcess, type Run } from '../cli/helpers.js';
import { builtForRun } from '../../scripts/harness/builds.js';
import { copiedForTest, scoredCommune, scoredWithBuiltin } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

/** Each flag's first review: `choose` gives the decision word for (unit, flag title), '' to leave it undecided. */
export async function typeDecisions(summary: string, choose: (unit: string, flag: string) => string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const ws = wb.getWorksheet('Rà soát')!;
  ws.eachRow((row, n) => {
    if (n <= 4 || !String(row.getCell(8).value ?? '').startsWith('Lần 1')) return;
    const d = choose(String(row.getCell(2).value), String(row.getCell(5).value));
    if (!d) return;
    row.getCell(9).value = d;
    row.getCell(10).value = 'Lò Văn Thành';
    row.getCell(11).value = '20/11/2026';
    if (d === 'Bác số liệu') row.getCell(12).value = 'Không có minh chứng';
  });
  await wb.xlsx.writeFile(summary);
}

/**
 * The council retypes a flag's first review after closing, as in Excel: `unit`'s `flag` on «Rà soát» given `decision`
 * with `comment`, the reviewer and the day as they stood, the sheet renamed `renamed` when given; LibreOffice saves the file.
 */
export async function retypeDecision(summary: string, unit: string, flag: string, decision: string, comment: string, renamed?: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const sheet = wb.getWorksheet('Rà soát')!;
  if (renamed) sheet.name = renamed;
  sheet.eachRow((r) => {
    if (r.getCell(2).value === unit && r.getCell(5).value === flag && String(r.getCell(8).value).startsWith('Lần 1')) {
      r.getCell(9).value = decision;
      r.getCell(12).value = comment;
    }
  });
  await wb.xlsx.writeFile(summary);
  await savedByLibreOffice(summary);
}

/**
 * The council retypes cells on «Biểu quyết», as in Excel: each unit's row (one each) given to its `retype`, the sheet
 * renamed `renamed` when given; LibreOffice saves the file.
 */
export async function retypeVoteRows(summary: string, retype: Record<string, (row: ExcelJS.Row) => void>, renamed?: string): Promise<void> {
  await retypeVoteSheet(
    summary,
    (sheet) => {
      const rows = new Map<string, ExcelJS.Row[]>();
      sheet.eachRow((row, n) => {
        const unit = String(row.getCell(2).value);
        if (n > 7 && unit in retype) rows.set(unit, [...(rows.get(unit) ?? []), row]);
      });
      for (const [unit, edit] of Object.entries(retype)) {
        const found = rows.get(unit) ?? [];
        if (found.length !== 1) throw new Error(`${unit}: ${found.length} rows on «Biểu quyết»`);
        edit(found[0]!);
      }
    },
    renamed,
  );
}

/** The council retypes cells above «Biểu quyết»'s table (its rule, its meeting), by address, as in Excel; the sheet renamed `renamed` when given; LibreOffice saves the file. */
export const retypeMeeting = (summary: string, cells: Record<string, string>, renamed?: string): Promise<void> =>
  retypeVoteSheet(summary, (sheet) => Object.entries(cells).forEach(([address, value]) => (sheet.getCell(address).value = value)), renamed);

/** `edit` on «Biểu quyết» as in Excel, the sheet renamed `renamed` when given; LibreOffice saves the file. */
async function retypeVoteSheet(summary: string, edit: (sheet: ExcelJS.Worksheet) => void, renamed?: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const sheet = wb.getWorksheet('Biểu quyết')!;
  if (renamed) sheet.name = renamed;
  edit(sheet);
  await wb.xlsx.writeFile(summary);
  await savedByLibreOffice(summary);
}

/** The council retypes `unit`'s count in favour on «Biểu quyết» after closing (retypeVoteRows), the sheet renamed `renamed` when given. */
export const retypeInFavour = (summary: string, unit: string, inFavour: number, renamed?: string): Promise<void> => retypeVoteRows(summary, { [unit]: (row) => (row.getCell(7).value = inFavour) }, renamed);

/**
 * Each nominee's vote: `tally` gives [members, present, in favour] (numbers, or text as typed) for a unit, undefined to
 * leave its row blank; the meeting's day, place, chair and secretary above the table.
 */
export async function typeVotes(summary: string, tally: (unit: string) => (number | string)[] | undefined, cells: Record<string, string> = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const ws = wb.getWorksheet('Biểu quyết')!;
  const typed = { B3: '20/11/2026', D3: 'Hội trường Ủy ban nhân dân xã Ta Ma', B4: 'Lò Văn Thành', D4: 'Quàng Văn Hải', ...cells };
  for (const [address, value] of Object.entries(typed)) ws.getCell(address).value = value;
  ws.eachRow((row, n) => {
    if (n <= 7 || !row.getCell(2).value) return;
    const t = tally(String(row.getCell(2).value));
    if (t) t.forEach((v, i) => (row.getCell(5 + i).value = v));
  });
  await wb.xlsx.writeFile(summary);
}

/**
 * The example commune scored into kq/, every flag accepted on «Rà soát» and scored again so the decisions apply: the
 * council's review done, its vote to come. Its folder.
 */
export async function reviewedCommune(): Promise<string> {
  // Made once per test run from the scored commune, and copied (four files start from it).
  const made = await builtForRun('reviewed-commune', async (into) => {
    const { dir, run } = await scoredCommune();
    if (run.code !== 0) throw new Error(`the example commune does not score:\n${run.stderr}`);
    await cp(dir, into, { recursive: true });
    await typeDecisions(join(into, 'kq', 'tong-hop.xlsx'), () => 'Chấp nhận');
    const again = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], into);
    if (again.code !== 0) throw new Error(`the example commune does not score with the decisions typed:\n${again.stderr}`);
  });
  return copiedForTest(made);
}

/**
 * The reviewed commune (reviewedCommune), every nominee voted 9/8/7 on «Biểu quyết», then rows retyped there
 * (retypeVoteRows, saved by LibreOffice) and scored again by the command line (in-process): the run, and the summary's path.
 */
export async function votedThenRetyped(retype: Record<string, (row: ExcelJS.Row) => void>): Promise<{ run: Run; summary: string }> {
  const dir = await reviewedCommune();
  const summary = join(dir, 'kq', 'tong-hop.xlsx');
  await typeVotes(summary, () => [9, 8, 7]);
  await retypeVoteRows(summary, retype);
  return { run: await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir), summary };
}

/** An output folder's tong-hop.xlsx (or the run's summary the council saved there as `name`) as every face reads it. */
export async function readSummary(folder: string, name = 'tong-hop.xlsx'): Promise<PreviousSummary> {
  const read = await readSummaryFile(join(folder, name), folder);
  if (!read || 'ok' in read) throw new Error('tong-hop.xlsx does not read');
  return read.summary;
}

/**
 * The example commune scored with the built-in set (scoredWithBuiltin), every flag accepted on «Rà soát» and scored
 * again, each nominee voted 9/8/7 and closed by `thidua close`; the closed tong-hop.xlsx kept as truoc/tong-hop.xlsx,
 * then `retype` types on kq/tong-hop.xlsx what the council changed since: the standalone page's walks after closing
 * start here. The folder, the file as closed and as retyped, and the scored copies.
 */
export async function retypedAfterClosingWithBuiltin(retype: (summary: string) => Promise<void>): Promise<{ dir: string; unchangedFile: string; changedFile: string; copies: string[] }> {
  const { dir, run: scored } = await scoredWithBuiltin();
  if (scored.code !== 0) throw new Error(scored.stderr);
  const summary = join(dir, 'kq', 'tong-hop.xlsx');
  await typeDecisions(summary, () => 'Chấp nhận');
  const again = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'kq'], dir);
  if (again.code !== 0) throw new Error(again.stderr);
  await typeVotes(summary, () => [9, 8, 7]);
  const closed = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành'], dir);
  if (closed.code !== 0) throw new Error(closed.stderr);
  await mkdir(join(dir, 'truoc'));
  const unchangedFile = join(dir, 'truoc', 'tong-hop.xlsx');
  await copyFile(summary, unchangedFile);
  await retype(summary);
  const copies = (await readdir(join(dir, 'kq'))).filter((f) => f.endsWith('.cham-diem.xlsx')).map((f) => join(dir, 'kq', f));
  return { dir, unchangedFile, changedFile: summary, copies };
}
