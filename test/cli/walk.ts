// The officer's hand in the command-line walks through the year (walk-*.test.ts): the list of units and each unit's
// report typed into thidua's own templates by openpyxl, as Excel would leave them, and a scored copy's «Tổng điểm»
// and «Xếp loại» read back the same way.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { roundPoints } from '../../core/criteria/rules/reason.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { RANKING_HEADERS, SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { formatDateVi, formatPoints, officerDay } from '../../core/values.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, type FakeOffice } from '../../scripts/harness/office-fake.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { paneTemplates, roundTrips, takenAndConfirmed, walkFaces } from '../addin/pane-walk.js';
import { typeDecisions, typeVotes } from '../council/council-meeting.js';
import { savedByLibreOffice } from '../council/saved-by-libreoffice.js';
import { fillAllByOpenpyxl, fillByOpenpyxl, type Typed } from '../helpers/fill-by-openpyxl.js';
import { printedAgainstDocx, readPrinted } from '../papers/pdf-layout.js';
import { openXlsx, runChildOk, runOk, tempDir, type Run } from './helpers.js';

/** The list of units for `score --units`, typed under its header, each of its kind (argv 3, by name). */
const UNITS = `
import sys, json
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1]); ws = wb.worksheets[0]
head = next(r for r in ws.iter_rows() if r[0].value == 'Tên đơn vị')[0].row
kinds = json.loads(sys.argv[3])
for i, name in enumerate(json.loads(sys.argv[2])):
    ws.cell(head + 1 + i, 1, name); ws.cell(head + 1 + i, 2, kinds[i])
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

/** `template --units` from the set `bo.json` in `dir`, the units typed in as one kind, or each as its own: don-vi.xlsx. */
export async function unitList(dir: string, names: readonly string[], kind: string | readonly string[]): Promise<void> {
  await runChildOk(['template', '--criteria', 'bo.json', '--units', '--out', 'don-vi.xlsx'], dir);
  const kinds = typeof kind === 'string' ? names.map(() => kind) : kind;
  execFileSync('/usr/bin/python3', ['-c', UNITS, join(dir, 'don-vi.xlsx'), JSON.stringify(names), JSON.stringify(kinds)]);
}

/** A unit's own template of the set `bo.json` in `dir`, typed by code for `period` and sent on `sent` (yyyy-mm-dd): bao-cao/<file>.xlsx. */
export async function sendReport(dir: string, file: string, unit: string, kind: string, typed: Record<string, Typed>, sent: string, period?: string): Promise<void> {
  await runChildOk(['template', '--criteria', 'bo.json', '--unit', unit, '--kind', kind, '--out', `mau-${file}.xlsx`, '--force'], dir);
  fillByOpenpyxl(join(dir, `mau-${file}.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`), typed, sent, period);
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

/** When a walk's units report: the period typed in «Kỳ báo cáo», the day all but the last send, the last's day. */
export type ReportDays = { period: string; sent: string; late: string };
const YEAR_2025: ReportDays = { period: 'Năm 2025', sent: '2025-12-10', late: '2025-12-20' };

/**
 * The year from the set bo.json in `dir` on, every unit of one `kind` («Cơ quan» unless said) or its own (a third in its
 * entry): the list of `units` ([file, name, kind?]),
 * each unit's report typed as `typedBy` says, sent 10/12/2025 but the last (`days` says other days), `resaved` saved again by LibreOffice;
 * the first `score`; the council's copy of tong-hop.xlsx, every flag accepted and «Rà soát» renamed «Rà soát của
 * Hội đồng»; the last unit's report, late (20/12/2025); `score --decisions` and `--json`; the vote today at `place`
 * (7 members, 7 present, 6 for each); `close`; `papers` into ho-so. With `sentIn`, a walk's folder of the same units
 * typed the same on a set whose templates are the same bytes (its award forms are on no template), the list and the
 * reports are that walk's, taken each at the step it sent it, not typed again.
 */
export async function walkYear(
  dir: string,
  units: readonly (readonly [string, string, string?])[],
  typedBy: (file: string) => Record<string, Typed>,
  resaved: string,
  place: string,
  kind = 'Cơ quan',
  sentIn?: string,
  days: ReportDays = YEAR_2025,
): Promise<Year> {
  const thidua = (...args: string[]) => runChildOk(args, dir);
  if (sentIn) await sameTemplates(dir, sentIn, [units[0]![0], units[0]![1]], kind);
  if (sentIn) await copyFile(join(sentIn, 'don-vi.xlsx'), join(dir, 'don-vi.xlsx'));
  else await unitList(dir, units.map(([, name]) => name), units.map(([, , own]) => own ?? kind));
  await mkdir(join(dir, 'bao-cao'));
  const send = ([file, name, own]: readonly [string, string, string?], sent: string) =>
    sentIn ? copyFile(join(sentIn, 'bao-cao', `${file}.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`)) : sendReport(dir, file, name, own ?? kind, typedBy(file), sent, days.period);
  for (const unit of units.slice(0, -1)) await send(unit, days.sent);
  if (!sentIn) await savedByLibreOffice(join(dir, 'bao-cao', `${resaved}.xlsx`));
  const score = (...more: string[]) => thidua('score', 'bao-cao', '--criteria', 'bo.json', '--units', 'don-vi.xlsx', '--out', 'ket-qua', ...more);
  const first = await score();
  await copyFile(join(dir, 'ket-qua', 'tong-hop.xlsx'), join(dir, 'tong-hop-hoi-dong.xlsx'));
  await typeDecisions(join(dir, 'tong-hop-hoi-dong.xlsx'), () => 'Chấp nhận');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'tong-hop-hoi-dong.xlsx'));
  wb.getWorksheet('Rà soát')!.name = 'Rà soát của Hội đồng';
  await wb.xlsx.writeFile(join(dir, 'tong-hop-hoi-dong.xlsx'));
  await send(units.at(-1)!, days.late);
  const again = await score('--decisions', 'tong-hop-hoi-dong.xlsx');
  const json = JSON.parse((await score('--json')).stdout) as ScoreRunOutput;
  await typeVotes(join(dir, 'ket-qua', 'tong-hop.xlsx'), () => [7, 7, 6], { B3: formatDateVi(officerDay()), D3: place, B4: 'Nguyễn Văn An', D4: 'Trần Thị Bình' });
  const closed = await thidua('close', 'ket-qua', '--by', 'Nguyễn Văn An');
  const papers = await thidua('papers', 'ket-qua', '--out', 'ho-so');
  return { first, again, json, closed, papers };
}

/** A built-in set's year (builtinYear): the commands' words, and each paper of ho-so as its .docx says it and as printed. */
export type PrintedYear = Year & {
  dir: string;
  /** Each paper's words as its .docx holds them (mammoth, spaces collapsed): where a figure is looked for whole. */
  words: Map<string, string>;
  /** What the print lost or added against the .docx (printedAgainstDocx): nothing, when the paper prints whole. */
  against: Map<string, { lost: string[]; added: string[] }>;
};

/**
 * The year of the built-in set `id` (exported to bo.json as an officer keeps it), walked as walkYear walks it, every
 * paper of ho-so read from its .docx and printed by LibreOffice once, read back against it.
 */
export async function builtinYear(
  id: string,
  units: readonly (readonly [string, string, string?])[],
  typedBy: (file: string) => Record<string, Typed>,
  resaved: string,
  place: string,
  days?: ReportDays,
): Promise<PrintedYear> {
  const dir = await tempDir();
  await runChildOk(['criteria', 'export', id, '--out', 'bo.json'], dir);
  const year = await walkYear(dir, units, typedBy, resaved, place, 'Cơ quan', undefined, days);
  const docs = (await readdir(join(dir, 'ho-so'))).filter((f) => f.endsWith('.docx')).sort();
  const pdfs = await sofficeAll(docs.map((d) => join(dir, 'ho-so', d)), join(dir, 'ho-so'), 'pdf');
  const words = new Map<string, string>();
  const against = new Map<string, { lost: string[]; added: string[] }>();
  for (const [k, pdf] of pdfs.entries()) {
    const docx = join(dir, 'ho-so', docs[k]!);
    const name = docs[k]!.replace(/\.docx$/, '');
    words.set(name, (await mammoth.extractRawText({ path: docx })).value.replace(/\s+/g, ' '));
    against.set(name, await printedAgainstDocx(pdf, docx));
  }
  return { ...year, dir, words, against };
}

/** A ranked row of «Tổng hợp» in tong-hop.xlsx: its rank, name, kind as labelled, total, maximum, percent, band. */
export type RankedRow = { rank: number; name: string; kind: string; total: number; max: number; percent: number; band: string };

/** «Tổng hợp»'s ranked rows and «Biểu quyết»'s [unit, form, members, present, in favour] of a run's tong-hop.xlsx (ExcelJS). */
export async function councilFigures(dir: string): Promise<{ ranked: RankedRow[]; votes: [string, string, number, number, number][] }> {
  const [summary, votes] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([SUMMARY_SHEET, 'Biểu quyết']);
  const top = summary!.values.findIndex((r) => r[0] === RANKING_HEADERS[0] && r[1] === RANKING_HEADERS[1]);
  const ranked = summary!.values
    .slice(top + 1)
    .filter((r) => typeof r[0] === 'number')
    .map((r) => ({ rank: r[0] as number, name: r[1] as string, kind: r[2] as string, total: r[3] as number, max: r[4] as number, percent: r[5] as number, band: r[6] as string }));
  const head = votes!.values.findIndex((r) => r[0] === 'STT');
  return { ranked, votes: votes!.values.slice(head + 1).filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[3], r[4], r[5], r[6]] as [string, string, number, number, number]) };
}

/** «Xếp loại Xuất sắc, 95/100 điểm (95%), hạng 1/2 trong bảng xếp hạng …»: a nominee's standing as the papers word it, from its «Tổng hợp» row. */
export function standingWords(row: RankedRow, ranked: readonly RankedRow[]): string {
  const of = ranked.filter((r) => r.kind === row.kind).length;
  return `Xếp loại ${row.band}, ${formatPoints(row.total)}/${formatPoints(row.max)} điểm (${formatPoints(row.percent)}%)${of > 1 ? `, hạng ${row.rank}/${of} trong bảng xếp hạng ${row.kind}` : ''}`;
}

/** The three subjects the papers count, as each walk's plan names its units. */
export type Subject = 'tập thể' | 'cá nhân' | 'hộ gia đình';

/** What a walk of a built-in set holds its papers to (papersAgree). */
export type PlanPapers = {
  year: () => PrintedYear;
  /** Each unit's subject, as its plan counts it. */
  subjects: Readonly<Record<string, Subject>>;
  /** The commune's form as the papers name it, and its prize per collective and per individual as multiples of the base salary. */
  communeForm: { label: string; collective: number; individual: number };
};

const two = (n: number) => String(n).padStart(2, '0');

/**
 * What every walk of a built-in set holds its papers to, each figure from tong-hop.xlsx (councilFigures) and the day
 * of the walk: every paper printed whole; each nominee voted through at its «Tổng hợp» figures on every paper that lists
 * it; each vote as «Biểu quyết» holds it; the decision's counts of its subjects and its prize sum (the commune's form,
 * rounded up to ten thousand đồng, households left to the rules in force); the meeting's, closing's and posting's days.
 */
export function papersAgree(p: PlanPapers): void {
  it('prints every paper word for word as its .docx holds it: no figure cut, none added', () => {
    const y = p.year();
    expect(y.against.size).toBeGreaterThan(4);
    for (const [paper, diff] of y.against) expect(diff, paper).toEqual({ lost: [], added: [] });
  });

  it('lists each nominee voted through at its figures in «Tổng hợp», and each vote as «Biểu quyết» holds it', async () => {
    const y = p.year();
    const { ranked, votes } = await councilFigures(y.dir);
    expect(votes.length).toBeGreaterThan(0);
    const minutes = y.words.get('bien-ban')!;
    for (const [unit, form, members, present, yes] of votes) {
      const row = ranked.find((r) => r.name === unit)!;
      const standing = standingWords(row, ranked);
      for (const paper of ['to-trinh', 'bien-ban', 'danh-sach-cong-khai']) expect(y.words.get(paper), `${paper}: ${unit}`).toContain(`${unit} ${standing}`);
      if (form.startsWith('Giấy khen của Chủ tịch UBND xã')) expect(y.words.get('du-thao-quyet-dinh'), unit).toContain(`${unit} ${standing}`);
      const reports = [...y.words].filter(([paper, text]) => paper.startsWith('bao-cao-thanh-tich') && text.includes(unit));
      expect(reports.length, unit).toBeGreaterThan(0);
      for (const [paper, text] of reports) expect(text, paper).toContain(`${formatPoints(row.total)}/${formatPoints(row.max)} điểm (${formatPoints(row.percent)}%), xếp loại ${row.band}`);
      const share = formatPoints(roundPoints((yes / members) * 100));
      expect(minutes, unit).toContain(`${two(present)}/${two(members)} thành viên có mặt; ${two(yes)}/${two(members)} thành viên Hội đồng đồng ý (${share}%): đạt`);
    }
    expect(minutes.split('thành viên Hội đồng đồng ý').length - 1).toBe(votes.length);
  });

  it('counts the commune form’s nominees by the plan’s subjects and pays each as its form says, households left to the rules in force', async () => {
    const y = p.year();
    const { votes } = await councilFigures(y.dir);
    const named = votes.filter(([, form]) => form.startsWith('Giấy khen của Chủ tịch UBND xã')).map(([unit]) => p.subjects[unit]!);
    const count = (word: Subject) => named.filter((s) => s === word).length;
    const counted = (['tập thể', 'cá nhân', 'hộ gia đình'] as const).filter((w) => count(w) > 0).map((w) => `${two(count(w))} ${w}`);
    const words = counted.length > 1 ? `${counted.slice(0, -1).join(', ')} và ${counted.at(-1)}` : counted[0]!;
    const decision = y.words.get('du-thao-quyet-dinh')!;
    expect(decision).toContain(`Điều 1. Tặng ${p.communeForm.label} cho ${words} đã có thành tích`);
    // The base salary the papers say they take, the prize rounded up to ten thousand đồng (Decree 91/2017 Art. 68 k2, as printed).
    const base = Number(/mức lương cơ sở ([\d.]+) đồng\/tháng/.exec(y.papers.stdout)![1]!.replace(/\./g, ''));
    const prize = (multiple: number) => Math.ceil((multiple * base) / 10_000) * 10_000;
    const sum = count('tập thể') * prize(p.communeForm.collective) + count('cá nhân') * prize(p.communeForm.individual);
    const dong = (n: number) => n.toLocaleString('de-DE');
    expect(decision).toContain(`mỗi tập thể được thưởng ${formatPoints(p.communeForm.collective)} lần mức lương cơ sở (${dong(prize(p.communeForm.collective))} đồng)`);
    expect(decision).toContain(`Tổng số tiền thưởng ${dong(sum)} đồng${count('hộ gia đình') > 0 ? ` (chưa gồm tiền thưởng của ${two(count('hộ gia đình'))} hộ gia đình)` : ''}`);
  });

  it('dates the meeting and the closing the day the council met, and the posting the five working days the papers were told', () => {
    const y = p.year();
    const today = formatDateVi(officerDay());
    const minutes = y.words.get('bien-ban')!;
    expect(minutes).toContain(`Thời gian: ngày ${today}.`);
    expect(minutes).toContain(`đã được Hội đồng chốt ngày ${today}`);
    const [, from, to] = /niêm yết từ (\d\d\/\d\d\/\d{4}) đến (\d\d\/\d\d\/\d{4})/.exec(y.papers.stdout)!;
    expect(minutes).toContain(`từ ngày ${from} đến hết ngày ${to}`);
    const [d, m, yy] = from!.split('/');
    expect(y.words.get('danh-sach-cong-khai')).toContain(`ngày ${d} tháng ${m} năm ${yy}`);
  });
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
  await typeVotes(join(dir, 'ket-qua', 'tong-hop.xlsx'), (unit) => (unit === w.failing ? [7, 7, 3] : [7, 7, 6]), { B3: formatDateVi(officerDay()), D3: w.place, B4: 'Nguyễn Văn An', D4: 'Trần Thị Bình' });
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
// and councilsYear what both check of its council's part, from their own counts. builtinYear, a unit's own kind and
// the days of its year for the walks of the built-in sets never walked to print (walk-tan-quang, walk-tan-linh,
// walk-cat-ne).
