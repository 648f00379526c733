// A unit's hand on a template `thidua template` wrote, typed by openpyxl (/usr/bin/python3): every criterion's
// «Điểm tự chấm» at its maximum but those given, every rate's «Tử số» / «Mẫu số» 100 of 100 but those given.
import { execFileSync } from 'node:child_process';

const TYPE = `
import sys, json
from openpyxl import load_workbook
own, records = json.loads(sys.argv[3]), json.loads(sys.argv[4])
wb = load_workbook(sys.argv[1]); ws = wb.worksheets[0]
head = next(r for r in ws.iter_rows() if any(c.value == 'Mã tiêu chí' for c in r))
col = {c.value: c.column for c in head}
for r in ws.iter_rows(min_row=head[0].row + 1):
    code = r[col['Mã tiêu chí'] - 1].value
    if not code: continue
    if 'Tỷ lệ' in str(r[col['Đơn vị tính'] - 1].value):
        a, b = records.get(code, [100, 100])
        ws.cell(r[0].row, col['Tử số'], a); ws.cell(r[0].row, col['Mẫu số'], b)
    ws.cell(r[0].row, col['Điểm tự chấm'], own.get(code, r[col['Điểm tối đa'] - 1].value))
wb.save(sys.argv[2])
`;

/** `template` filled into `out`: `own` self-scores by code, `records` a rate's numerator and denominator by code. */
export function typeSelfScores(template: string, out: string, own: Record<string, number>, records: Record<string, [number, number]> = {}): void {
  execFileSync('/usr/bin/python3', ['-c', TYPE, template, out, JSON.stringify(own), JSON.stringify(records)]);
}

// Made for the walk of the district DTI table's part 5 (test/checks/off-scoring-words.test.ts and its faces in
// test/addin): a district's self-scores typed as a unit types them, by a tool other than thidua.
