// «Rà soát» of a workbook as openpyxl reads it, for the tests of a council decision held because its figure was edited
// since (or could not be compared): the flags' rows and the rows under the table of decisions held, each as (unit,
// cell, flag, «Nội dung», «Bước», decision, who, when) — and the council's decisions typed on the example commune.
import { EDITED_TITLE } from '../../core/workbook/edited-decisions.js';
import { openpyxl } from './typed-in-parts.js';

export type Review = { flags: unknown[][]; held: unknown[][] };

export const review = (file: string): Review =>
  JSON.parse(
    openpyxl(
      file,
      [
        "s = wb['Rà soát']",
        `top = next((r[0].row for r in s.iter_rows() if r[0].value == '${EDITED_TITLE}'), None)`,
        'rows = lambda lo, hi: [[r[1].value, r[3].value, r[4].value, r[6].value, r[7].value, r[8].value, r[9].value, r[10].value] for r in s.iter_rows(min_row=lo, max_row=hi) if isinstance(r[0].value, int)]',
        'print(json.dumps({"flags": rows(5, (top or s.max_row + 1) - 1), "held": [] if top is None else rows(top + 1, s.max_row)}, ensure_ascii=False))',
      ].join('\n'),
    ),
  ) as Review;

export const FARMERS = 'Hội Nông dân xã Ta Ma';

/** The council rejects Hội Nông dân's 105% at G16 and accepts Bản Ta Ma's formula at G19, in the run's tong-hop.xlsx. */
export function decideOnExample(summary: string): void {
  openpyxl(
    summary,
    [
      "s = wb['Rà soát']",
      'for r in s.iter_rows(min_row=5):',
      `  if r[1].value == '${FARMERS}' and r[3].value == 'G16' and r[7].value == 'Lần 1': r[8].value, r[9].value, r[10].value = 'Bác số liệu', 'Lò Văn Thành', '03/11/2026'`,
      "  if r[1].value == 'Bản Ta Ma' and r[4].value == 'Số liệu là công thức': r[8].value, r[9].value, r[10].value = 'Chấp nhận', 'Lò Văn Thành', '03/11/2026'",
    ].join('\n'),
  );
}

// Made for: the council's decisions held against the copies they were made on, read the same way by every test of it.
