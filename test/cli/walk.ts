// The officer's hand in the command-line walks through the year (walk-*.test.ts): the list of units and each unit's
// report typed into thidua's own templates by openpyxl, as Excel would leave them, and a scored copy's «Tổng điểm»
// and «Xếp loại» read back the same way.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { roundPoints } from '../../core/criteria/rules/reason.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { RANKING_HEADERS, SUMMARY_SHEET, todayIso } from '../../core/workbook/plan-summary.js';
import { formatDateVi, formatPoints } from '../../core/values.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, type FakeOffice } from '../../scripts/harness/office-fake.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { paneTemplates, roundTrips, takenAndConfirmed, walkFaces } from '../addin/pane-walk.js';
import { typeDecisions, typeVotes } from '../council/council-meeting.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { fillAllByOpenpyxl, fillByOpenpyxl } from '../helpers/fill-by-openpyxl.js';
import { readPrinted } from '../papers/pdf-layout.js';
import { openXlsx, runChildOk, runOk, tempDir, type Run } from './helpers.js';

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

/** What stands right of each label (argv 2) on each scored copy's sheet (argv 1: [copy, sheet] pairs), as openpyxl reads it. */
const BESIDE = `
import sys, json
from openpyxl import load_workbook
labels = json.loads(sys.argv[2])
out = []
for copy, sheet in json.loads(sys.argv[1]):
    ws = load_workbook(copy)[sheet]
    at = {c.value: ws.cell(c.row, c.column + 1).value for r in ws.iter_rows() for c in r if c.value in labels}
    out.append([at[label] for label in labels])
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
  return beside(copies, ['Tổng điểm', 'Xếp loại']) as [number, string][];
}

/** What stands right of each of `labels` on each scored copy's sheet, by [copy, sheet] (openpyxl, one start). */
export function beside(copies: readonly (readonly [string, string])[], labels: readonly string[]): (number | string | null)[][] {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', BESIDE, JSON.stringify(copies), JSON.stringify(labels)], { encoding: 'utf8' })) as (number | string | null)[][];
}

/** The template `dir`'s set bo.json makes for `unit`, the same bytes as the one `sentIn`'s unit typed its report into. */
async function sameTemplates(dir: string, sentIn: string, [file, name]: readonly [string, string], kind: string): Promise<void> {
  await runChildOk(['template', '--criteria', 'bo.json', '--unit', name, '--kind', kind, '--out', `mau-${file}.xlsx`, '--force'], dir);
  const [own, theirs] = await Promise.all([readFile(join(dir, `mau-${file}.xlsx`)), readFile(join(sentIn, `mau-${file}.xlsx`))]);
  if (!own.equals(theirs)) throw new Error(`mau-${file}.xlsx: the sets' templates differ, ${sentIn}'s reports are not this set's`);
}

/**
 * What a run's tong-hop.xlsx in `dir`/ket-qua lists, as ExcelJS reads it: «Tổng hợp»'s ranked rows (name, total, max,
 * percent, band) and «Còn thiếu gì»'s (name, goal, points to gain).
 */
export async function summaryRows(dir: string): Promise<{ ranked: unknown[][]; shortfalls: unknown[][] }> {
  const [summary, shortfall] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([SUMMARY_SHEET, 'Còn thiếu gì']);
  const top = summary!.values.findIndex((r) => r[0] === RANKING_HEADERS[0] && r[1] === RANKING_HEADERS[1]);
  return {
    ranked: summary!.values.slice(top + 1).filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[3], r[4], r[5], r[6]]),
    shortfalls: shortfall!.values.filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[2], r[3]]),
  };
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

/** A drawn table's columns A–C from its second row on (argv 1), as openpyxl reads them. */
const TABLE_ROWS = `
import sys, json
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps([[ws.cell(r, k).value for k in range(1, 4)] for r in range(2, ws.max_row + 1)], default=str))
`;

/** How a walk of a corpus table runs its year (corpusYear). */
export type CorpusWalk = {
  /** The corpus entry, drawn and copied to `table` in the walk's folder. */
  entry: string;
  table: string;
  /** The units ([file, name]) in the order they send, the last late; their kind as typed and as the pane names it. */
  units: readonly (readonly [string, string])[];
  kind: string;
  kindId: string;
  /** The table's rows A–C as openpyxl reads them, handed over before anything is typed (the walk counts from them). */
  read: (rows: (string | null)[][]) => void;
  typedBy: (file: string) => Record<string, number>;
  /** The unit whose flags the council rejects («Bác số liệu»; the rest «Chấp nhận»), the one 3 of 7 vote for. */
  rejected: string;
  failing: string;
  place: string;
  /** The papers of ho-so printed by LibreOffice and read back. */
  docs: readonly string[];
  /** Where the officer keeps the table, as Excel names the open workbook. */
  workbookPath: string;
};

/** What a corpus table's year showed on every face: the command line's runs, the printed papers, the pane's set and scores. */
export type CorpusYear = {
  dir: string;
  set: CriteriaSet;
  imported: Run;
  first: Run;
  again: Run;
  json: ScoreRunOutput;
  posted: Run;
  closed: Run;
  papers: Run;
  printed: Map<string, string>;
  fake: FakeOffice & { uninstall: () => void };
  pane: { set: CriteriaSet; cards: ScoreCard[]; cli: ScoreRunOutput; against: { compared: number; differ: string[] } };
};

/**
 * A corpus table's year, in-process: `criteria import` → the list of units → each unit's `template` filled by openpyxl
 * (all sent 10/12/2025 but the last) → `score` → the council's copy of tong-hop.xlsx, `rejected`'s flags «Bác số liệu»
 * and the rest «Chấp nhận» → the last unit's report (20/12/2025) → `score --decisions` and `--json` → the vote today at
 * `place` (7 of 7 present, 6 for each, 3 for `failing`) → the posted list → `close` → `papers`, `docs` printed by
 * LibreOffice; and the task pane taking the same table, confirmed, its report sheets typed as the units typed theirs,
 * scored and held to `thidua score` of the same reports cell by cell.
 */
export async function corpusYear(w: CorpusWalk): Promise<CorpusYear> {
  const dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  const [entry] = (await loadCorpus()).filter((e) => e.id === w.entry);
  await copyFile((await renderCorpus([entry!], join(dir, 'ban-goc'))).get(w.entry)!, join(dir, w.table));
  w.read(JSON.parse(execFileSync('/usr/bin/python3', ['-c', TABLE_ROWS, join(dir, w.table)], { encoding: 'utf8' })) as (string | null)[][]);
  const imported = await thidua('criteria', 'import', w.table, '--out', 'bo.json');
  const set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as CriteriaSet;

  await unitList(dir, w.units.map(([, name]) => name), w.kind);
  await mkdir(join(dir, 'bao-cao'));
  for (const [file, name] of w.units) await thidua('template', '--criteria', 'bo.json', '--unit', name, '--kind', w.kind, '--out', `mau-${file}.xlsx`);
  const fill = (units: readonly (readonly [string, string])[], sent: string) => fillAllByOpenpyxl(units.map(([file]) => [join(dir, `mau-${file}.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`), w.typedBy(file)] as const), sent);
  fill(w.units.slice(0, -1), '2025-12-10');
  const score = (...more: string[]) => thidua('score', 'bao-cao', '--criteria', 'bo.json', '--units', 'don-vi.xlsx', '--out', 'ket-qua', ...more);
  const first = await score();
  await copyFile(join(dir, 'ket-qua', 'tong-hop.xlsx'), join(dir, 'tong-hop-hoi-dong.xlsx'));
  await typeDecisions(join(dir, 'tong-hop-hoi-dong.xlsx'), (unit) => (unit === w.rejected ? 'Bác số liệu' : 'Chấp nhận'));
  fill(w.units.slice(-1), '2025-12-20');
  const again = await score('--decisions', 'tong-hop-hoi-dong.xlsx');
  const json = JSON.parse((await score('--json')).stdout) as ScoreRunOutput;
  await typeVotes(join(dir, 'ket-qua', 'tong-hop.xlsx'), (unit) => (unit === w.failing ? [7, 7, 3] : [7, 7, 6]), { B3: formatDateVi(todayIso()), D3: w.place, B4: 'Nguyễn Văn An', D4: 'Trần Thị Bình' });
  const posted = await thidua('papers', 'ket-qua', '--out', 'niem-yet', '--posting-list');
  const closed = await thidua('close', 'ket-qua', '--by', 'Nguyễn Văn An');
  const papers = await thidua('papers', 'ket-qua', '--out', 'ho-so');
  await sofficeAll(w.docs.map((d) => join(dir, 'ho-so', `${d}.docx`)), join(dir, 'ho-so'), 'pdf');
  const printed = new Map<string, string>();
  for (const d of w.docs) printed.set(d, (await readPrinted(join(dir, 'ho-so', `${d}.pdf`))).lines.map((l) => l.text).join(' '));

  const pane = join(dir, 'ngan-tac-vu');
  await mkdir(pane);
  const fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(join(dir, w.table))), '1.18', w.workbookPath);
  const { step } = roundTrips(() => fake);
  const paneSet = (await takenAndConfirmed(step)).set;
  // The sheets in the order of the command line's files, as the officer adds them.
  await paneTemplates(step, paneSet, [...w.units].sort((a, b) => a[0].localeCompare(b[0])), w.kindId, pane);
  fillAllByOpenpyxl(w.units.map(([file]) => [join(pane, `mau-${file}.xlsx`), join(pane, 'bao-cao', `${file}.xlsx`), w.typedBy(file)] as const), '2025-12-10');
  for (const [file] of w.units) {
    const [filled] = (await fakeWorkbookFromXlsx(await readFile(join(pane, 'bao-cao', `${file}.xlsx`)))).sheets;
    fake.state.sheets[fake.state.sheets.findIndex((s) => s.name === filled!.name)] = filled!;
  }
  await copyFile(join(dir, w.table), join(pane, 'bang.xlsx'));
  const faces = walkFaces(() => ({ dir: pane, fake, set: paneSet }), new Date(), step);
  const both = await faces.firstScored();
  return { dir, set, imported, first, again, json, posted, closed, papers, printed, fake, pane: { set: paneSet, cards: both.pane.cards, cli: both.cli, against: await faces.compare() } };
}


/** The five communes of the Phước Hải walks and the file each sends (walk-dti-phuoc-hai, walk-par-phuoc-hai). */
export const PHUOC_HAI_COMMUNES = [
  ['phuoc-hai', 'UBND xã Phước Hải'],
  ['long-hai', 'UBND xã Long Hải'],
  ['dat-do', 'UBND xã Đất Đỏ'],
  ['long-dien', 'UBND xã Long Điền'],
  ['phuoc-tinh', 'UBND xã Phước Tỉnh'],
] as const;
export type PhuocHaiCommune = (typeof PHUOC_HAI_COMMUNES)[number][0];
export const communeName = (file: PhuocHaiCommune) => PHUOC_HAI_COMMUNES.find(([f]) => f === file)![1];

/** What a corpus walk counts of its council's year (councilsYear), from the table's cells and what each unit typed. */
export type CouncilCounts<F extends string> = {
  year: () => CorpusYear;
  /** The units [file, name] in the ranking's order. */
  ranked: () => readonly (readonly [F, string])[];
  /** The rows of «Rà soát» the council decided, in its order: [file, the flag's cell, decision, note]. */
  review: readonly (readonly [F, string, string, string | null])[];
  /** The unit whose criterion `code` the council rejected, and the unit whose flag it accepted. */
  rejected: { file: F; code: string };
  accepted: F;
  counted: (file: F, decided?: boolean) => number;
  pointsOf: (file: F, code: string, decided?: boolean) => number;
  /** The words the papers give a unit's standing: «Xếp loại …, … điểm (…%)». */
  standing: (file: F) => string;
  /** The papers' words without the units' names, which LibreOffice may break across lines. */
  unnamed: (text: string) => string;
};

/**
 * The council's part of a corpus year (corpusYear): its decisions kept on «Rà soát» and printed in the minutes, the
 * posted list the papers keep, the vote as typed (6 of 7 for each, 3 of 7 for `failing`) and the papers naming the
 * four that passed, each at its figure and rank, at the example's rates (Giấy khen 0,6 × 2.530.000, up to the ten
 * thousand: 1.520.000 each).
 */
export function councilsYear<F extends string>(c: CouncilCounts<F>, failing: F): void {
  const name = (file: F) => c.ranked().find(([f]) => f === file)![1];
  it(`keeps the council’s rejection and its note on «Rà soát», and the minutes print what it took (${c.rejected.code} → 0)`, async () => {
    const y = c.year();
    expect(y.again.stderr).toContain(`Đã áp dụng ${c.review.length} quyết định của Hội đồng.`);
    const [review] = await (await openXlsx(join(y.dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Rà soát']);
    // In the lists' order (core/ranking/list-order.ts), as the posted list and the papers.
    expect(review!.values.filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[3], r[8], r[11] ?? null])).toEqual(c.review.map(([file, ...rest]) => [name(file), ...rest]));
    const minutes = y.printed.get('bien-ban')!;
    expect(minutes).toContain(`giữ nguyên ${formatPoints(c.counted(c.accepted))} điểm`);
    const { file, code } = c.rejected;
    expect(minutes).toMatch(new RegExp(`Bác số liệu — Không\\s.*điểm tiêu chí: ${c.pointsOf(file, code, false)} → 0; tổng: ${c.counted(file, false)} → ${c.counted(file)}`));
  });

  it('posts the list of the five nominees before the meeting, the same list the papers keep after it', async () => {
    const y = c.year();
    expect(y.posted.stdout).toContain('Danh sách niêm yết công khai');
    const words = async (path: string) => (await mammoth.extractRawText({ path })).value;
    expect(await words(join(y.dir, 'ho-so', 'danh-sach-cong-khai.docx'))).toBe(await words(join(y.dir, 'niem-yet', 'danh-sach-cong-khai.docx')));
    expect(y.printed.get('danh-sach-cong-khai')).toContain('Đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã: 05 tập thể');
  });

  it('prints the vote as typed: 6 of 7 (85,71 %) passing, 3 of 7 (42,86 %) not; the proposal and the decision name the four that passed, each at its counted figure and rank', () => {
    const y = c.year();
    expect(y.closed.stdout).toMatch(/^Đã chốt kết quả lần 1/);
    const minutes = c.unnamed(y.printed.get('bien-ban')!);
    const percent = (yes: number) => formatPoints(roundPoints((yes / 7) * 100));
    expect([percent(6), percent(3)]).toEqual(['85,71', '42,86']);
    expect(minutes.split(`06/07 thành viên Hội đồng đồng ý (${percent(6)}%): đạt`).length - 1).toBe(4);
    expect(minutes).toContain(`03/07 thành viên Hội đồng đồng ý (${percent(3)}%): không đạt`);
    expect(y.printed.get('bien-ban')).toMatch(new RegExp(`Không đạt số phiếu đồng ý: ${name(failing).replace(/ /g, '\\s+')}`));
    const passed = c.ranked().filter(([file]) => file !== failing);
    for (const [paper, text] of y.printed) {
      if (paper.startsWith('bao-cao-thanh-tich')) continue;
      // Every paper but the posted list (all five) names the four that passed.
      const listed = paper === 'danh-sach-cong-khai' ? c.ranked() : passed;
      for (const [k, [file, unit]] of c.ranked().entries()) {
        const line = `${c.standing(file)}, hạng ${k + 1}/5 trong bảng xếp hạng UBND xã`;
        if (listed.some(([f]) => f === file)) expect(c.unnamed(text), `${paper}: ${unit}`).toContain(c.unnamed(line));
        else if (paper !== 'bien-ban') expect(c.unnamed(text), `${paper}: ${unit}`).not.toContain(c.unnamed(line));
      }
    }
    expect(y.printed.get('to-trinh')).toContain('cho 04 tập thể');
    expect(y.printed.get('du-thao-quyet-dinh')).toContain('Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 04 tập thể');
    expect(y.printed.get('du-thao-quyet-dinh')).toContain('(1.520.000 đồng)');
    expect(y.printed.get('du-thao-quyet-dinh')).toContain('Tổng số tiền thưởng 6.080.000 đồng');
    expect(y.papers.stdout).not.toContain(name(failing));
  });
}

// Made for the walk of a Word plan (walk-par-index-lam-dong.test.ts): the Tiền Giang walk's hand, shared; its kind
// given for the walk of individuals (walk-ca-nhan-son-tra.test.ts), whose second year takes the first's reports (`sentIn`);
// `beside` for the PAR walk (walk-par-phuoc-hai.test.ts), whose scored copies carry part III's «Điểm cộng» and «Điểm trừ»;
// corpusYear the year of a corpus table the DTI and PAR walks of Phước Hải share (walk-dti-phuoc-hai, walk-par-phuoc-hai),
// and councilsYear what both check of its council's part, from their own counts.
