// The council at work on a tong-hop.xlsx whose «Rà soát» and «Biểu quyết» go on in parts: openpyxl, as another
// program the council may use, types a decision and a tally in part 2 of each and saves the file in place.
import { execFileSync } from 'node:child_process';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { partName } from '../../core/workbook/table-sheet.js';

/** openpyxl runs `edit` on `file` (as `wb`), saves it and returns what it prints. */
export function openpyxl(file: string, edit: string): string {
  return execFileSync('/usr/bin/python3', ['-c', `import sys, json\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\n${edit}\nwb.save(sys.argv[1])`, file], { encoding: 'utf8' });
}

/**
 * In part 2 of «Rà soát», the first flag's first review accepted (by Nguyễn Văn A on 20/11/2025); in part 2 of «Biểu
 * quyết», the first nominee's tally 9/8/7. Returns the flag (unit, criterion) and the nominee's unit.
 */
export function typeInPart2(file: string): { flag: [string, string]; unit: string } {
  return JSON.parse(
    openpyxl(
      file,
      [
        `review = wb['${partName(REVIEW_SHEET, 2)}']`,
        "row = next(r for r in review.iter_rows() if r[7].value == 'Lần 1')",
        "row[8].value = 'Chấp nhận'; row[9].value = 'Nguyễn Văn A'; row[10].value = '20/11/2025'",
        `votes = wb['${partName(VOTE_SHEET, 2)}']`,
        "nominee = next(r for r in votes.iter_rows() if isinstance(r[0].value, int))",
        'nominee[4].value = 9; nominee[5].value = 8; nominee[6].value = 7',
        'print(json.dumps({"flag": [row[1].value, row[4].value], "unit": nominee[1].value}, ensure_ascii=False))',
      ].join('\n'),
    ),
  ) as { flag: [string, string]; unit: string };
}

/**
 * The council continues `sheet` on a second sheet of its own, as thidua writes a sheet in parts (table-sheet.ts): the
 * sheet renamed `first`, its latter numbered rows moved to a copy named `second`, part 1's line «Phần 1/2 của bảng: …»
 * above its header; `part2` puts part 2's line (`line2`) on the copy. The openpyxl lines doing so.
 */
function continuedOnSecond(sheet: string, first: string, second: string, part2: readonly string[]): string[] {
  return [
    `v = wb['${sheet}']`,
    `v.title = ${JSON.stringify(first)}`,
    'rows = [r[0].row for r in v.iter_rows() if isinstance(r[0].value, int)]',
    'cut = len(rows) // 2',
    'p2 = wb.copy_worksheet(v)',
    `p2.title = ${JSON.stringify(second)}`,
    'v.delete_rows(rows[cut], len(rows) - cut)',
    'v.insert_rows(rows[0] - 1)',
    `v.cell(rows[0] - 1, 1).value = f'Phần 1/2 của bảng: dòng 1–{cut}; tiếp ở trang «${second}».'`,
    'p2.delete_rows(rows[0], cut)',
    "line2 = f'Phần 2/2 của bảng: dòng {cut + 1}–{len(rows)}.'",
    ...part2,
  ];
}

/**
 * «Biểu quyết» continued by the council on a second sheet (continuedOnSecond), the fields above the table kept on the
 * first alone; openpyxl saves the file. Each nominee's row on part 2, by its unit.
 */
export function votesInTwoParts(file: string, first: string, second: string): Record<string, number> {
  const part2 = ['p2.delete_rows(2, rows[0] - 3)', 'p2.insert_rows(2)', 'p2.cell(2, 1).value = line2'];
  return JSON.parse(
    openpyxl(file, [...continuedOnSecond(VOTE_SHEET, first, second, part2), 'print(json.dumps({r[1].value: r[0].row for r in p2.iter_rows() if isinstance(r[0].value, int)}, ensure_ascii=False))'].join('\n')),
  ) as Record<string, number>;
}

/**
 * «Rà soát» continued by the council on a second sheet (continuedOnSecond; each flag one row, none decided yet), each
 * part's line above its header, then part 2's first flag «Chấp nhận» by Nguyễn Văn A on 20/11/2025; openpyxl saves the
 * file. That flag: its unit, report sheet and cell.
 */
export function reviewInTwoParts(file: string, first: string, second: string): [string, string, string] {
  const part2 = ['p2.insert_rows(rows[0] - 1)', 'p2.cell(rows[0] - 1, 1).value = line2'];
  const accept = ["row = next(r for r in p2.iter_rows() if r[7].value == 'Lần 1')", "row[8].value = 'Chấp nhận'; row[9].value = 'Nguyễn Văn A'; row[10].value = '20/11/2025'"];
  return JSON.parse(openpyxl(file, [...continuedOnSecond(REVIEW_SHEET, first, second, part2), ...accept, 'print(json.dumps([row[1].value, row[2].value, row[3].value], ensure_ascii=False))'].join('\n'))) as [string, string, string];
}

/* Made for issue 56: the council's typing in part 2 of its sheets, shared by the command line's and the task pane's tests. */
