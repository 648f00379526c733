// Năm ghi trên giấy tờ (the year the papers print) of a yearly round whose set names no period: the year every unit's
// «Kỳ báo cáo» states when they agree, else the scoring day's — said before the papers are written, with where it came
// from (each report's file, sheet and cell) or how the reports differ, never taken silently.
import { addTo } from '../grouped.js';
import type { RunRecord } from '../run/closing.js';
import { named } from '../run/open-at-closing.js';
import { saidOf, type Said } from '../run/said.js';
import { formatDateVi } from '../values.js';
import { listOrder } from '../ranking/list-order.js';
import { namesNoPeriod, reportsYear, roundYear } from './wording.js';

type Unit = RunRecord['units'][number];

/** «tệp bao-cao/so-tai-chinh.xlsx, trang «Sở Tài chính», ô C8: «Năm 2025»»; a report stating none, where it is. */
function stated(u: Unit): string {
  const where = `${u.file ? `tệp ${u.file}, ` : ''}trang «${u.sheet}»`;
  return u.period ? `${where}, ô ${u.period.cell}: «${u.period.text}»` : `${where}: để trống`;
}

/** The reports in the papers' order (listOrder), not the files' (the command line) or the sheets' (the pane): every face names the same ones. */
const reports = (record: RunRecord, units: readonly Unit[]) => `${units.length} báo cáo: ${named([...units].sort(listOrder(record)).map(stated), (n) => `và ${n} báo cáo khác`)}`;

/** How to give the movement's year in the set itself. */
const SET_IT = 'Phong trào của năm khác thì ghi «Kỳ» (ví dụ «Năm 2025») trên trang «Tiêu chí» của tệp bộ tiêu chí, chấm và chốt lại.';

/** The note on the year the papers print, for a yearly round of a set naming no period, at each «Kỳ báo cáo» it names; none otherwise. */
export function yearOfPapersNote(record: RunRecord): Said[] {
  if (record.round !== 'hang-nam' || !namesNoPeriod(record)) return [];
  const year = roundYear(record);
  const at = (text: string) => saidOf(text, record.units.flatMap((u) => (u.period ? [{ words: stated(u), place: { sheet: u.sheet, cell: u.period.cell, ...(u.file ? { file: u.file } : {}) } }] : [])));
  if (reportsYear(record) !== undefined) {
    return [at(`Bộ tiêu chí không ghi kỳ của phong trào: giấy tờ ghi «năm ${year}» theo «Kỳ báo cáo» của các đơn vị — cả ${reports(record, record.units)}. ${SET_IT}`)];
  }
  // The reports by the year they state, those stating none last: what differs is said beside the scoring day's year.
  const byYear = new Map<string, Unit[]>();
  for (const u of record.units) addTo(byYear, u.period?.year === undefined ? '' : String(u.period.year), u);
  const said = [...byYear.keys()].filter((k) => k !== '').sort();
  const differ = said.length > 0 ? ` Các báo cáo không ghi cùng một năm ở «Kỳ báo cáo»: ${[...said, ...(byYear.has('') ? [''] : [])].map((k) => `${k ? `năm ${k}` : 'không ghi năm'} (${reports(record, byYear.get(k)!)})`).join('; ')}.` : '';
  return [at(`Bộ tiêu chí không ghi kỳ của phong trào: giấy tờ ghi «năm ${year}» theo ngày chấm điểm (${formatDateVi(record.scoredOn)}).${differ} ${SET_IT}`)];
}

// Made for the DTI part 6 walk: six reports said «Năm 2025» in «Kỳ báo cáo», the set (imported from the Word table) no
// period, and every paper printed «năm 2026» from the scoring day.
