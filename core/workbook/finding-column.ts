// «Điều kiện xếp loại» on «Biểu quyết»: the column where the council types its finding on the condition of the band a
// nominee was graded into by points («Đạt» / «Không đạt», band-finding.ts), and the lines under the table saying what
// each band asks. Written beside the vote (plan-votes.ts) and read back with it (read-votes.ts), word for word.
import { parseFinding, type BandCondition, type ListedNominee } from '../council/band-finding.js';
import type { CellValue } from '../cell.js';
import type { CellFormat } from '../sheet/port.js';
import { nomineeKey, type VoteSheet } from '../council/vote.js';
import { FILL } from './plan-scored-sheet.js';

export const FINDING_HEADER = 'Điều kiện xếp loại';

/** The general line under the table, once some nominee's band asks more. */
export const FINDING_NOTE = `Cột «${FINDING_HEADER}» (ô vàng): ghi «Đạt» hoặc «Không đạt»; «Không đạt»: xếp loại mức liền dưới mà điểm đạt tới.`;
const BAND_LINE = 'Điều kiện xếp loại «';

/** «Điều kiện xếp loại «Xuất sắc»: «Không có cán bộ, công chức bị kỷ luật trong năm».», one line for each band asked of a nominee. */
export function conditionLines(nominees: readonly { condition?: BandCondition }[]): string[] {
  const bands = new Map(nominees.flatMap((n) => (n.condition ? [[n.condition.band, n.condition.condition] as const] : [])));
  return bands.size === 0 ? [] : [FINDING_NOTE, ...[...bands].map(([band, condition]) => `${BAND_LINE}${band}»: «${condition}».`)];
}

/** A line under the table thidua writes (conditionLines): not the council's words. */
export const isConditionLine = (text: string) => text === FINDING_NOTE || (text.startsWith(BAND_LINE) && text.endsWith('».'));

/**
 * The cell of one row: what the council typed, as typed; yellow where the nominee's band asks more (to be typed), marked
 * where the words say neither «Đạt» nor «Không đạt» or the band asks nothing more (then they count for nothing).
 */
export function findingCell(typed: string | undefined, condition: BandCondition | undefined): { value: CellValue; format: CellFormat | null } {
  const value = typed ? typed : null;
  if (typed && (!condition || !parseFinding(typed))) return { value, format: { fill: FILL.warning } };
  return { value, format: condition ? { fill: '#FFF2CC' } : null };
}

/**
 * Words typed in «Điều kiện xếp loại» for a nominee whose band asks nothing more (its band changed since, or a row
 * mistaken): kept as typed on its row, marked, and said here by unit, never applied. `sheet`: the name «Biểu quyết» has.
 */
export function findingsWithoutCondition(typed: Pick<VoteSheet, 'votes' | 'held'> | undefined, nominees: readonly ListedNominee[], sheet: string): { text: string; sheet: string }[] {
  const asks = new Map(nominees.map((n) => [nomineeKey(n), n.condition]));
  return [...(typed?.votes ?? []), ...(typed?.held ?? [])]
    .filter((v) => v.finding && asks.has(nomineeKey(v)) && !asks.get(nomineeKey(v)))
    .map((v) => ({ text: `Trang «${sheet}», cột «${FINDING_HEADER}», ${v.unitName} (${v.form}): «${v.finding}» — xếp loại theo điểm của trường hợp này không có điều kiện ngoài điểm; đã giữ nguyên chữ đã ghi, không áp dụng.`, sheet }));
}

// Made for: the council's «đạt / không đạt» on a band's condition, typed in tong-hop.xlsx beside its vote.
