// What a workbook written by a run says of each unit, read back from its sheets: the ranking rows of
// «Tổng hợp» (rank, unit, kind, total, max, percent, band, flags) and every line of «Xét khen thưởng».
import { cellText } from '../../core/values.js';
import { AWARD_LIST_SHEET } from '../../core/workbook/plan-award-list.js';
import { RANKING_HEADERS, rankingOf, SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';

export type Verdicts = {
  /** Unit → its ranking row as written (rank first). */
  ranks: Map<string, string>;
  /** «form · unit» → «decision — reason». */
  proposals: Map<string, string>;
};

export async function runVerdicts(bytes: Uint8Array): Promise<Verdicts> {
  const book = await ExcelJsWorkbook.fromBuffer(bytes);
  const [summary, awards] = await book.readSheets([SUMMARY_SHEET, AWARD_LIST_SHEET]);
  const ranks = new Map<string, string>();
  let inRanking = false;
  for (const row of summary!.values) {
    if (cellText(row[0] ?? null) === RANKING_HEADERS[0] && cellText(row[1] ?? null) === RANKING_HEADERS[1]) inRanking = true;
    else if (inRanking && typeof row[0] === 'number') ranks.set(cellText(row[1] ?? null), row.slice(0, RANKING_HEADERS.length).map((v) => cellText(v ?? null)).join(' | '));
    // The row opening a subject kind's part of the ranking («Xếp hạng — Bản»).
    else if (!(inRanking && cellText(row[0] ?? null).startsWith(rankingOf('')))) inRanking = false;
  }
  const proposals = new Map<string, string>();
  for (const row of awards!.values.slice(1)) {
    if (typeof row[0] === 'number') proposals.set(`${cellText(row[1] ?? null)} · ${cellText(row[2] ?? null)}`, `${cellText(row[3] ?? null)} — ${cellText(row[4] ?? null)}`);
  }
  return { ranks, proposals };
}
