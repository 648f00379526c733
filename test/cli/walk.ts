// The officer's hand in the command-line walks through the year (walk-*.test.ts): the list of units and each unit's
// report typed into thidua's own templates by openpyxl, as Excel would leave them, and a scored copy's «Tổng điểm»
// and «Xếp loại» read back the same way.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { todayIso } from '../../core/workbook/plan-summary.js';
import { formatDateVi } from '../../core/values.js';
import { typeDecisions, typeVotes } from '../council/council-meeting.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { fillByOpenpyxl } from '../helpers/fill-by-openpyxl.js';
import { runChildOk, type Run } from './helpers.js';

/** The list of units for `score --units`, typed under its header, each of one kind (argv 3). */
const UNITS = `
import sys, json
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1]); ws = wb.worksheets[0]
head = next(r for r in ws.iter_rows() if r[0].value == 'Tên đơn vị')[0].row
for i, name in enumerate(json.loads(sys.argv[2])):
    ws.cell(head + 1 + i, 1, name); ws.cell(head + 1 + i, 2, sys.argv[3])
wb.save(sys.argv[1])
`;

/** What stands right of «Tổng điểm» and «Xếp loại» on each scored copy's sheet (argv 1: [copy, sheet] pairs), as openpyxl reads it. */
const BESIDE = `
import sys, json
from openpyxl import load_workbook
out = []
for copy, sheet in json.loads(sys.argv[1]):
    ws = load_workbook(copy)[sheet]
    at = {c.value: ws.cell(c.row, c.column + 1).value for r in ws.iter_rows() for c in r if c.value in ('Tổng điểm', 'Xếp loại')}
    out.append([at['Tổng điểm'], at['Xếp loại']])
print(json.dumps(out))
`;

/** `template --units` from the set `bo.json` in `dir`, the units typed in as one kind: don-vi.xlsx. */
export async function unitList(dir: string, names: readonly string[], kind: string): Promise<void> {
  await runChildOk(['template', '--criteria', 'bo.json', '--units', '--out', 'don-vi.xlsx'], dir);
  execFileSync('/usr/bin/python3', ['-c', UNITS, join(dir, 'don-vi.xlsx'), JSON.stringify(names), kind]);
}

/** A unit's own template of the set `bo.json` in `dir`, its self-scores typed by code and sent on `sent` (yyyy-mm-dd): bao-cao/<file>.xlsx. */
export async function sendReport(dir: string, file: string, unit: string, kind: string, typed: Record<string, number>, sent: string): Promise<void> {
  await runChildOk(['template', '--criteria', 'bo.json', '--unit', unit, '--kind', kind, '--out', `mau-${file}.xlsx`, '--force'], dir);
  fillByOpenpyxl(join(dir, `mau-${file}.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`), typed, sent);
}

/**
 * Each scored copy's «Tổng điểm» and «Xếp loại» on the unit's sheet, by [copy, sheet] (openpyxl, one start: ExcelJS
 * does not follow the copy's comments, which thidua links by their absolute part names, as the format allows).
 */
export function besideTotals(copies: readonly (readonly [string, string])[]): [number, string][] {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', BESIDE, JSON.stringify(copies)], { encoding: 'utf8' })) as [number, string][];
}

/** The template `dir`'s set bo.json makes for `unit`, the same bytes as the one `sentIn`'s unit typed its report into. */
async function sameTemplates(dir: string, sentIn: string, [file, name]: readonly [string, string], kind: string): Promise<void> {
  await runChildOk(['template', '--criteria', 'bo.json', '--unit', name, '--kind', kind, '--out', `mau-${file}.xlsx`, '--force'], dir);
  const [own, theirs] = await Promise.all([readFile(join(dir, `mau-${file}.xlsx`)), readFile(join(sentIn, `mau-${file}.xlsx`))]);
  if (!own.equals(theirs)) throw new Error(`mau-${file}.xlsx: the sets' templates differ, ${sentIn}'s reports are not this set's`);
}

/** What the year's commands said: the first run, the run with the council's decisions (text and --json), `close`, `papers`. */
export type Year = { first: Run; again: Run; json: ScoreRunOutput; closed: Run; papers: Run };

/**
 * The year from the set bo.json in `dir` on, every unit of one `kind` («Cơ quan» unless said): the list of `units` ([file, name]),
 * each unit's report typed as `typedBy` says, sent 10/12/2025 but the last, `resaved` saved again by LibreOffice;
 * the first `score`; the council's copy of tong-hop.xlsx, every flag accepted and «Rà soát» renamed «Rà soát của
 * Hội đồng»; the last unit's report, late (20/12/2025); `score --decisions` and `--json`; the vote today at `place`
 * (7 members, 7 present, 6 for each); `close`; `papers` into ho-so. With `sentIn`, a walk's folder of the same units
 * typed the same on a set whose templates are the same bytes (its award forms are on no template), the list and the
 * reports are that walk's, taken each at the step it sent it, not typed again.
 */
export async function walkYear(
  dir: string,
  units: readonly (readonly [string, string])[],
  typedBy: (file: string) => Record<string, number>,
  resaved: string,
  place: string,
  kind = 'Cơ quan',
  sentIn?: string,
): Promise<Year> {
  const thidua = (...args: string[]) => runChildOk(args, dir);
  if (sentIn) await sameTemplates(dir, sentIn, units[0]!, kind);
  if (sentIn) await copyFile(join(sentIn, 'don-vi.xlsx'), join(dir, 'don-vi.xlsx'));
  else await unitList(dir, units.map(([, name]) => name), kind);
  await mkdir(join(dir, 'bao-cao'));
  const send = ([file, name]: readonly [string, string], sent: string) =>
    sentIn ? copyFile(join(sentIn, 'bao-cao', `${file}.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`)) : sendReport(dir, file, name, kind, typedBy(file), sent);
  for (const unit of units.slice(0, -1)) await send(unit, '2025-12-10');
  if (!sentIn) await savedByLibreOffice(join(dir, 'bao-cao', `${resaved}.xlsx`));
  const score = (...more: string[]) => thidua('score', 'bao-cao', '--criteria', 'bo.json', '--units', 'don-vi.xlsx', '--out', 'ket-qua', ...more);
  const first = await score();
  await copyFile(join(dir, 'ket-qua', 'tong-hop.xlsx'), join(dir, 'tong-hop-hoi-dong.xlsx'));
  await typeDecisions(join(dir, 'tong-hop-hoi-dong.xlsx'), () => 'Chấp nhận');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'tong-hop-hoi-dong.xlsx'));
  wb.getWorksheet('Rà soát')!.name = 'Rà soát của Hội đồng';
  await wb.xlsx.writeFile(join(dir, 'tong-hop-hoi-dong.xlsx'));
  await send(units.at(-1)!, '2025-12-20');
  const again = await score('--decisions', 'tong-hop-hoi-dong.xlsx');
  const json = JSON.parse((await score('--json')).stdout) as ScoreRunOutput;
  await typeVotes(join(dir, 'ket-qua', 'tong-hop.xlsx'), () => [7, 7, 6], { B3: formatDateVi(todayIso()), D3: place, B4: 'Nguyễn Văn An', D4: 'Trần Thị Bình' });
  const closed = await thidua('close', 'ket-qua', '--by', 'Nguyễn Văn An');
  const papers = await thidua('papers', 'ket-qua', '--out', 'ho-so');
  return { first, again, json, closed, papers };
}

// Made for the walk of a Word plan (walk-par-index-lam-dong.test.ts): the Tiền Giang walk's hand, shared; its kind
// given for the walk of individuals (walk-ca-nhan-son-tra.test.ts), whose second year takes the first's reports (`sentIn`).
