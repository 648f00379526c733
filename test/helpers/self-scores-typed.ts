// A unit's hand on a template `thidua template` wrote, typed by openpyxl (/usr/bin/python3): every criterion's
// «Điểm tự chấm» at its maximum but those given (null: left blank), every rate's «Tử số» / «Mẫu số» 100 of 100 but those
// given, and «Kết quả» where given (a number, or words such as «Có» or «100%» as a unit types them).
import { execFileSync } from 'node:child_process';

const TYPE = `
import sys, json
from openpyxl import load_workbook
own, records, results = json.loads(sys.argv[3]), json.loads(sys.argv[4]), json.loads(sys.argv[5])
wb = load_workbook(sys.argv[1]); ws = wb.worksheets[0]
head = next(r for r in ws.iter_rows() if any(c.value == 'Mã tiêu chí' for c in r))
col = {c.value: c.column for c in head}
cells = {}
for r in ws.iter_rows(min_row=head[0].row + 1):
    code = r[col['Mã tiêu chí'] - 1].value
    if not code: continue
    if 'Tỷ lệ' in str(r[col['Đơn vị tính'] - 1].value):
        a, b = records.get(code, [100, 100])
        ws.cell(r[0].row, col['Tử số'], a); ws.cell(r[0].row, col['Mẫu số'], b)
    ws.cell(r[0].row, col['Điểm tự chấm'], own.get(code, r[col['Điểm tối đa'] - 1].value))
    if code in results:
        ws.cell(r[0].row, col['Kết quả'], results[code])
        cells[code] = {'result': ws.cell(r[0].row, col['Kết quả']).coordinate, 'selfScore': ws.cell(r[0].row, col['Điểm tự chấm']).coordinate}
wb.save(sys.argv[2])
print(json.dumps(cells))
`;

/** The «Kết quả» and «Điểm tự chấm» cells of a row whose «Kết quả» was typed. */
export type TypedCells = { result: string; selfScore: string };

/**
 * `template` filled into `out`: `own` self-scores by code, `records` a rate's numerator and denominator by code,
 * `results` «Kết quả» by code; gives the cells of the rows whose «Kết quả» was typed, by code.
 */
export function typeSelfScores(
  template: string,
  out: string,
  own: Record<string, number | null>,
  records: Record<string, [number, number]> = {},
  results: Record<string, number | string> = {},
): Record<string, TypedCells> {
  const printed = execFileSync('/usr/bin/python3', ['-c', TYPE, template, out, JSON.stringify(own), JSON.stringify(records), JSON.stringify(results)], { encoding: 'utf8' });
  return JSON.parse(printed) as Record<string, TypedCells>;
}

// Made for the walk of the district DTI table's part 5 (test/checks/off-scoring-words.test.ts and its faces in
// test/addin): a district's self-scores typed as a unit types them, by a tool other than thidua.
