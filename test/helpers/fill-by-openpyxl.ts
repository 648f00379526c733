// A unit's template filled by openpyxl, as an office with Python fills it: «Kỳ báo cáo» («Năm 2025» unless said), «Ngày nộp» the day
// sent (a date cell, dd/mm/yyyy), and each figure in «Điểm tự chấm» (or the cells named) at its criterion's row — the columns found by the
// header's words, as an officer finds them. What the walks fill (test/cli/walk.ts's sendReport,
// test/browser/walk-dti-tay-ninh-page.test.ts); the rest of the template is left as written.
import { execFileSync } from 'node:child_process';

const FILL = `
import sys, json, datetime
from openpyxl import load_workbook
for template, out, typed in json.loads(sys.argv[1]):
    wb = load_workbook(template); ws = wb.worksheets[0]
    head = next(r for r in ws.iter_rows() if any(c.value == 'Mã tiêu chí' for c in r))
    col = {c.value: c.column for c in head}
    for r in ws.iter_rows(max_row=head[0].row):
        for c in r:
            if c.value == 'Kỳ báo cáo:': ws.cell(c.row, c.column + 2, sys.argv[3])
            if c.value == 'Ngày nộp:': ws.cell(c.row, c.column + 2, datetime.datetime.strptime(sys.argv[2], '%Y-%m-%d')).number_format = 'dd/mm/yyyy'
    for r in ws.iter_rows(min_row=head[0].row + 1):
        code = r[col['Mã tiêu chí'] - 1].value
        if code not in typed: continue
        for header, value in (typed[code].items() if isinstance(typed[code], dict) else [('Điểm tự chấm', typed[code])]):
            ws.cell(r[0].row, col[header], value)
    wb.save(out)
`;

/** What a unit types on a criterion's row: its self-score, or cells by their header («Kết quả», «Minh chứng», «Điểm tự chấm»…). */
export type Typed = number | string | Readonly<Record<string, number | string>>;

/** `template` filled with `typed` (by criterion code) for `period` («Kỳ báo cáo») and sent on `sent` (YYYY-MM-DD), saved as `out`. */
export function fillByOpenpyxl(template: string, out: string, typed: Record<string, Typed>, sent: string, period = 'Năm 2025'): void {
  fillAllByOpenpyxl([[template, out, typed]], sent, period);
}

/** Each [template, out, typed] filled as fillByOpenpyxl fills one, all sent on `sent`, in one start of Python. */
export function fillAllByOpenpyxl(fills: readonly (readonly [string, string, Record<string, Typed>])[], sent: string, period = 'Năm 2025'): void {
  execFileSync('/usr/bin/python3', ['-c', FILL, JSON.stringify(fills), sent, period]);
}

// Made for the officer walks' units (the command-line walks through test/cli/walk.ts, the commune's DTI table on the
// page); fillAllByOpenpyxl for a walk's units together (pane-walk-nq57.test.ts: one Python start, not five); a row's
// other cells and the period for the walks of the built-in sets (walk-tan-quang, walk-tan-linh, walk-cat-ne).
