// The council's decisions as a secretary writes them into the minutes: a unit's decisions of one kind and reason — the
// same flag, decided the same way with the same words, by the same member on the same day, to the same effect — are
// one row naming the criteria (their cells where the round kept no criterion), counted beyond a few; every decision
// is still in a row, so the rows' counts add up to the decisions in «Rà soát».
import { addTo } from '../grouped.js';
import type { RecordedDecision } from '../run/council-at-closing.js';
import { criterionName } from './wording.js';

/** Up to this many criteria a row names; beyond it, it counts them. */
const NAMED = 5;

/** The decisions grouped, each group in the order its first decision comes (the record's: unit by unit). */
export function decisionRows(list: readonly RecordedDecision[]): RecordedDecision[][] {
  const groups = new Map<string, RecordedDecision[]>();
  for (const d of list) {
    addTo(groups, JSON.stringify([d.sheet, d.unitName, d.flag, d.first, d.decision, d.reviewer, d.date, d.comment, d.explanation ?? null, d.points ?? null, d.total]), d);
  }
  return [...groups.values()];
}

/** «K14–K29», «K14, K16, M3»: cells of one column in consecutive rows as a range. */
function cellRanges(cells: readonly string[]): string[] {
  const runs: { col: string; from: number; to: number; raw?: string }[] = [];
  for (const cell of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    const last = runs.at(-1);
    if (m && last && last.raw === undefined && last.col === m[1] && Number(m[2]) === last.to + 1) last.to += 1;
    else runs.push(m ? { col: m[1]!, from: Number(m[2]), to: Number(m[2]) } : { col: '', from: 0, to: 0, raw: cell });
  }
  return runs.map((r) => r.raw ?? (r.from === r.to ? `${r.col}${r.from}` : `${r.col}${r.from}–${r.col}${r.to}`));
}

/**
 * The «Số liệu» of a row: one decision as it reads alone («Chất lượng: Thiếu số liệu (ô K21)», the criterion named as
 * every paper names it, without the levels its table writes after the name: criterionName); a group, the flag and
 * its criteria by code — named up to a few, counted beyond — with their cells («Điểm tự chấm vượt điểm tối đa: 16 tiêu
 * chí (ô K14–K29)»); in a round that kept no criterion, its cells counted.
 */
export function figuresText(group: readonly RecordedDecision[]): string {
  const [d] = group;
  if (group.length === 1) return `${d!.criterion ? `${criterionName(d!.criterion)}: ` : ''}${d!.flag}${d!.cell ? ` (ô ${d!.cell})` : ''}`;
  const cells = cellRanges(group.flatMap((x) => (x.cell ? [x.cell] : [])));
  const where = cells.length > 0 ? ` (ô ${cells.length > 4 ? `${cells.slice(0, 3).join(', ')}…` : cells.join(', ')})` : '';
  const codes = group.map((x) => x.code ?? x.criterion);
  if (codes.every((c) => c !== undefined)) {
    return `${d!.flag}: ${group.length <= NAMED ? `tiêu chí ${codes.join(', ')}` : `${group.length} tiêu chí`}${where}`;
  }
  return `${d!.flag}: ${group.length} chỗ${where}`;
}

// Made for: Hải Phòng's walk (Phụ lục 03, eight civil servants), whose minutes gave Lê Quang Huy 16 near-identical rows,
// one per self-score over the maximum the council accepted with one note.
