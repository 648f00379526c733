// The six departments of the DTI part 6 walk (the real cds-so-ban-nganh-hoat-dong-cds.docx, and its workbook twin
// cds-so-ban-nganh-bo-chi-so.xlsx under the codes 1.1–1.17: rowsIn): what each types in its template, mistakes
// included, and the openpyxl script that types it as a department does — «Kỳ báo cáo» «Năm 2025», «Ngày nộp»
// 10/12/2025, then «Kết quả», «Tử số», «Mẫu số», «Điểm tự chấm» at the columns the header names.
import { execFile, execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { builtForRun } from '../../scripts/harness/builds.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runChild, type Run } from '../cli/helpers.js';
import { copiedForTest } from '../council/example-commune.js';
/** A department's row of one indicator: «Kết quả» (G), «Tử số» (H), «Mẫu số» (I), «Điểm tự chấm» (K). */
export type Typed = { G?: string | number; percent?: true; H?: number; I?: number; K?: number };
export type Department = { name: string; file: string; rows: Record<string, Typed> };

const MAX_ROW = (rate: [number, number], K: number): Typed => ({ H: rate[0], I: rate[1], K });
export const DEPARTMENTS: Department[] = [
  {
    name: 'Sở Tài chính',
    file: 'so-tai-chinh',
    rows: {
      '6.1': { G: 'Đáp ứng NĐ 42; đã chuyển IPv6', K: 10 }, '6.2': { K: 5 }, '6.3': { K: 5 }, '6.4': MAX_ROW([12, 12], 5), '6.5': MAX_ROW([45, 50], 9),
      '6.6': MAX_ROW([8500, 10000], 20), '6.7': { K: 10 }, '6.8': { K: 10 }, '6.9': { G: '7 hoạt động', K: 7 }, '6.10': MAX_ROW([950, 1000], 10),
      '6.11': { G: 1, percent: true, K: 10 }, '6.12': { K: 10 }, '6.13': { K: 10 }, '6.14': { K: 10 }, '6.15': MAX_ROW([80, 100], 10),
      '6.16': MAX_ROW([980, 1000], 5), '6.17': MAX_ROW([12.5, 250], 10),
    },
  },
  {
    // A blank (6.3), a rate typed as text (6.4 «85%»), a numerator above its denominator (6.5), a self-score above
    // the maximum (6.9's 12 activities for at most 10).
    name: 'Sở Y tế',
    file: 'so-y-te',
    rows: {
      '6.1': { G: 'Đáp ứng NĐ 42; chưa IPv6', K: 8 }, '6.2': { K: 2.5 }, '6.3': {}, '6.4': { G: '85%', K: 4.25 }, '6.5': MAX_ROW([130, 120], 10),
      '6.6': MAX_ROW([7000, 10000], 17.5), '6.7': { K: 10 }, '6.8': { K: 0 }, '6.9': { G: '12 hoạt động', K: 12 }, '6.10': MAX_ROW([850, 1000], 8.5),
      '6.11': MAX_ROW([40, 50], 8), '6.12': { K: 10 }, '6.13': { K: 0 }, '6.14': { K: 10 }, '6.15': MAX_ROW([60, 100], 6),
      '6.16': MAX_ROW([900, 1000], 4), '6.17': MAX_ROW([5, 300], 3),
    },
  },
  {
    // Saved again by LibreOffice; self-scores its words do not give: 7 of 6.1's 8 + 2, 3 of 6.2's 2,5 + 2,5, 5 of 6.7's 10 / 0.
    name: 'Sở Giáo dục và Đào tạo',
    file: 'so-giao-duc',
    rows: {
      '6.1': { G: 'Đáp ứng một phần', K: 7 }, '6.2': { K: 3 }, '6.3': { K: 5 }, '6.4': MAX_ROW([3, 4], 3.75), '6.5': MAX_ROW([20, 25], 8),
      '6.6': MAX_ROW([9000, 10000], 20), '6.7': { G: 'Đang triển khai', K: 5 }, '6.8': { K: 10 }, '6.9': { K: 4 }, '6.10': MAX_ROW([870, 1000], 8.7),
      '6.11': { G: '100%', K: 10 }, '6.12': { K: 10 }, '6.13': { K: 10 }, '6.14': { K: 10 }, '6.15': MAX_ROW([70, 100], 7),
      '6.16': MAX_ROW([850, 1000], 3), '6.17': MAX_ROW([8, 400], 5),
    },
  },
  {
    // Only 6.1's IPv6 part (2), one of 6.2's halves, no 6.7: 139,5 of 160, 4,5 short of «Xuất sắc».
    name: 'Sở Nội vụ',
    file: 'so-noi-vu',
    rows: {
      '6.1': { G: 'Đã chuyển IPv6', K: 2 }, '6.2': { K: 2.5 }, '6.3': { K: 5 }, '6.4': { G: '100%', K: 5 }, '6.5': MAX_ROW([30, 30], 10),
      '6.6': MAX_ROW([8000, 10000], 20), '6.7': { K: 0 }, '6.8': { K: 10 }, '6.9': { G: '11 hoạt động', K: 10 }, '6.10': MAX_ROW([920, 1000], 10),
      '6.11': MAX_ROW([20, 20], 10), '6.12': { K: 10 }, '6.13': { K: 10 }, '6.14': { K: 10 }, '6.15': MAX_ROW([85, 100], 10),
      '6.16': MAX_ROW([995, 1000], 5), '6.17': MAX_ROW([10, 200], 10),
    },
  },
  {
    // 3,5 on 6.9, whose words give 1 point an activity.
    name: 'Sở Xây dựng',
    file: 'so-xay-dung',
    rows: {
      '6.1': { K: 8 }, '6.2': { K: 0 }, '6.3': { K: 0 }, '6.4': MAX_ROW([1, 5], 1), '6.5': MAX_ROW([10, 40], 2.5),
      '6.6': MAX_ROW([3000, 10000], 7.5), '6.7': { K: 0 }, '6.8': { K: 0 }, '6.9': { K: 3.5 }, '6.10': MAX_ROW([500, 1000], 5),
      '6.11': MAX_ROW([5, 20], 2.5), '6.12': { K: 10 }, '6.13': { K: 0 }, '6.14': { K: 10 }, '6.15': MAX_ROW([40, 100], 4),
      '6.16': MAX_ROW([700, 1000], 2), '6.17': MAX_ROW([2, 500], 1),
    },
  },
  {
    // 6.11 not assigned (no level-4 service of its own), 6.10's rate typed in «Kết quả».
    name: 'Ban Quản lý các khu công nghiệp',
    file: 'ban-quan-ly-kcn',
    rows: {
      '6.1': { K: 10 }, '6.2': { K: 5 }, '6.3': { K: 5 }, '6.4': MAX_ROW([4, 5], 4), '6.5': MAX_ROW([9, 10], 9),
      '6.6': MAX_ROW([800, 1000], 20), '6.7': { K: 10 }, '6.8': { K: 10 }, '6.9': { G: '6 hoạt động', K: 6 }, '6.10': { G: '95%', K: 10 },
      '6.11': { G: 'Không được giao' }, '6.12': { K: 10 }, '6.13': { K: 10 }, '6.14': { K: 10 }, '6.15': MAX_ROW([90, 100], 10),
      '6.16': MAX_ROW([950, 1000], 4.5), '6.17': MAX_ROW([3, 100], 10),
    },
  },
];

/** The two twins of the part the departments fill: the Word table (6.1–6.17) and the workbook, numbering nothing, read as part 1. */
export const TWINS = [
  { table: 'cds-so-ban-nganh-hoat-dong-cds.docx', part: '6' },
  { table: 'cds-so-ban-nganh-bo-chi-so.xlsx', part: '1' },
] as const;

/** A department's rows under the codes of a twin of the part: «6.1» as typed here, «1.1» in the workbook read as part 1. */
export const rowsIn = (rows: Record<string, Typed>, part: string): Record<string, Typed> => Object.fromEntries(Object.entries(rows).map(([code, typed]) => [code.replace(/^6\./, `${part}.`), typed]));

/** The real table the departments report against: the DTI part 6 as a Word document. */
export const DEPARTMENTS_TABLE = TWINS[0].table;

/**
 * The walk's folder made as an officer makes it: a twin of the part (the Word table unless told) imported into
 * `bo.json` by `criteria import`, a template made for each department by `template` (the built command line, a
 * program), filled by openpyxl into `bao-cao/<file>.xlsx` under the twin's codes; and `criteria import`'s run. Made
 * once per test run for each twin (scripts/harness/builds.ts) and copied into a new folder for the file that asks, as
 * the example commune's score is (test/council/example-commune.ts): the walk, the standalone page's and the task
 * pane's Min-Max files each made the Word table's. The six departments are made side by side (each writes files of
 * its own); every run is held to exit 0 in each file that takes the folder.
 */
export async function departmentsFilled(twin: (typeof TWINS)[number] = TWINS[0]): Promise<{ dir: string; imported: Run }> {
  const made = await builtForRun(`cds-departments-${twin.part}`, async (into) => {
    const dir = join(into, 'folder');
    await mkdir(join(dir, 'bao-cao'), { recursive: true });
    await copyFile(join(CORPUS, twin.table), join(dir, twin.table));
    const importing = ['criteria', 'import', twin.table, '--out', 'bo.json'];
    const runs = [{ args: importing, run: await runChild(importing, dir) }];
    runs.push(
      ...(await Promise.all(
        DEPARTMENTS.map(async (d) => {
          const args = ['template', '--criteria', 'bo.json', '--unit', d.name, '--kind', 'Cơ quan', '--out', `mau-${d.file}.xlsx`];
          const run = await runChild(args, dir);
          if (run.code === 0) await promisify(execFile)('/usr/bin/python3', ['-c', FILL, join(dir, `mau-${d.file}.xlsx`), join(dir, 'bao-cao', `${d.file}.xlsx`), JSON.stringify(rowsIn(d.rows, twin.part))]);
          return { args, run };
        }),
      )),
    );
    await writeFile(join(into, 'runs.json'), JSON.stringify(runs));
  });
  const runs = JSON.parse(await readFile(join(made, 'runs.json'), 'utf8')) as { args: string[]; run: Run }[];
  for (const { args, run } of runs) expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return { dir: await copiedForTest(join(made, 'folder')), imported: runs[0]!.run };
}

/** The score both Min-Max files (the task pane's and the standalone page's) hold their faces to: its arguments. */
const SCORED = ['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'];

/**
 * departmentsFilled()'s folder (the Word table) with ket-qua/ as `thidua score bao-cao --criteria bo.json --out
 * ket-qua --json` wrote it, in a new folder, and the score's run (its stdout the --json), held to exit 0: made once per
 * test run from departmentsFilled()'s own copy, as closedCommune() is from scoredCommune().
 */
export async function departmentsScored(): Promise<{ dir: string; run: Run }> {
  const made = await builtForRun('cds-departments-scored', async (into) => {
    const { dir } = await departmentsFilled();
    const run = await runChild(SCORED, dir);
    await cp(dir, join(into, 'folder'), { recursive: true });
    await writeFile(join(into, 'run.json'), JSON.stringify(run));
  });
  const run = JSON.parse(await readFile(join(made, 'run.json'), 'utf8')) as Run;
  expect(run.code, `${SCORED.join(' ')}\n${run.stderr}`).toBe(0);
  return { dir: await copiedForTest(join(made, 'folder')), run };
}

/** Reports gathered into one workbook: the sheets of argv 3… appended to the workbook argv 2, saved as argv 1. */
const GATHER = `
import sys
from openpyxl import load_workbook
out = load_workbook(sys.argv[2]); first = out.worksheets[0]
for path in sys.argv[3:]:
    src = load_workbook(path).worksheets[0]
    ws = out.create_sheet(src.title)
    for row in src.iter_rows():
        for c in row:
            if c.value is not None:
                ws.cell(c.row, c.column, c.value).number_format = c.number_format
out.save(sys.argv[1])
`;

/**
 * The six filled reports of `dir`'s bao-cao copied, value by value, into one workbook as an officer gathers them
 * (openpyxl), a department a sheet, for the task pane: its path (`dir`/mot-tep.xlsx).
 */
export function departmentsGathered(dir: string): string {
  const files = DEPARTMENTS.map((d) => join(dir, 'bao-cao', `${d.file}.xlsx`));
  execFileSync('/usr/bin/python3', ['-c', GATHER, join(dir, 'mot-tep.xlsx'), files[0]!, ...files.slice(1)]);
  return join(dir, 'mot-tep.xlsx');
}

/** A template filled by openpyxl (/usr/bin/python3) at the columns its header names, the period (argv 4, «Năm 2025» when none) and the day sent typed. */
export const FILL = `
import sys, json, datetime
from openpyxl import load_workbook
rows = json.loads(sys.argv[3])
period = sys.argv[4] if len(sys.argv) > 4 else 'Năm 2025'
wb = load_workbook(sys.argv[1]); ws = wb.worksheets[0]
head = next(r for r in ws.iter_rows() if any(c.value == 'Mã tiêu chí' for c in r))
col = {c.value: c.column for c in head}
for r in ws.iter_rows(max_row=head[0].row):
    for c in r:
        if c.value == 'Kỳ báo cáo:': ws.cell(c.row, c.column + 2, period)
        if c.value == 'Ngày nộp:':
            ws.cell(c.row, c.column + 2, datetime.datetime(2025, 12, 10)).number_format = 'dd/mm/yyyy'
names = {'G': 'Kết quả', 'H': 'Tử số', 'I': 'Mẫu số', 'K': 'Điểm tự chấm'}
for r in ws.iter_rows(min_row=head[0].row + 1):
    typed = rows.get(str(r[col['Mã tiêu chí'] - 1].value))
    if typed is None: continue
    for key, name in names.items():
        if key in typed: ws.cell(r[0].row, col[name], typed[key])
    if typed.get('percent'): ws.cell(r[0].row, col['Kết quả']).number_format = '0%'
    if typed: ws.cell(r[0].row, col['Minh chứng'], 'Báo cáo số %d/BC' % r[0].row)
wb.save(sys.argv[2])
`;

// Made for the walk of the departments' DTI part 6 (test/cli/walk-cds-so-ban-nganh.test.ts) and its council's papers
// (test/cli/walk-cds-papers.test.ts), which type the same departments; gathered into one workbook for the task pane
// (the walk, test/addin/what-it-takes-min-max-pane.test.tsx); filled and scored once a run for the Min-Max files
// (that one and test/browser/standalone-min-max.test.ts), issue 59 item 4.
