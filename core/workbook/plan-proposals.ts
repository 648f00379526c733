// `Đề xuất khen thưởng`: the award proposals of the round, the units left to the council, then the closest few not
// proposed of each form — the short list the council reads; «Xét khen thưởng» holds every unit of every form.
import { AWARD_ROUND_TITLES, type AwardRound } from '../criteria/schema.js';
import type { CellValue } from '../cell.js';
import type { AwardProposal } from '../ranking/schema.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { FILL } from './plan-scored-sheet.js';
import { tableSheets, TEXT } from './table-sheet.js';

export const PROPOSALS_SHEET = 'Đề xuất khen thưởng';
/** A1 of every `Đề xuất khen thưởng` thidua writes: how a later run knows the sheet is its own. */
export const PROPOSALS_TITLE = 'ĐỀ XUẤT KHEN THƯỞNG';
export const PROPOSAL_HEADERS = ['STT', 'Hình thức', 'Đơn vị', 'Đề xuất', 'Lý do'] as const;
/** «Lý do» wide: a reason runs to a few hundred characters. */
export const PROPOSAL_WIDTHS = [6, 30, 30, 16, 80];

/** Not-proposed units listed per form, the closest first; the rest are counted (all are in --json and «Xét khen thưởng»). */
const CLOSEST_LISTED = 3;

/** The Đề xuất column: proposed within quota, eligible for the council to decide (the plan gives no number), or not. */
export function proposalStatus(p: Pick<AwardProposal, 'proposed' | 'eligible'>): string {
  return p.proposed ? 'Có' : p.eligible ? 'Đủ điều kiện, Hội đồng quyết định' : 'Không';
}

/** A proposal's row of the tables that list them, and its cells' formats. */
export function proposalRow(p: AwardProposal, n: number): { row: CellValue[]; format: (CellFormat | null)[] } {
  return {
    row: [n, p.formLabel, p.unitName, proposalStatus(p), p.reason],
    format: [null, TEXT, TEXT, { ...TEXT, horizontalAlignment: 'center', ...(p.proposed ? { fill: FILL.full } : {}) }, TEXT],
  };
}

/**
 * `awardListSheet`: where the full list is, named in the line under the table when some are not listed. The sheet
 * `sheet`, or sheets of `partRows` rows each past them (table-sheet.ts). `notes`: sentences said under the title of
 * every part, where the officer reads the lists — the plan's forms the lists leave out or the software chose
 * (core/ranking/plan-forms.ts), who reaches a form but is listed for another (held-elsewhere.ts). `noPlace`: why
 * a row's unit has no place in its form's quotas (awards.ts noPlaceText) — said once a form after the table, never
 * among the closest nor counted as farther from the quota (the example's two individuals under a Bằng khen «tập thể:
 * 30%» were two of «Còn 13 lượt … xa chỉ tiêu hơn», one of them at 96 %).
 */
export function planProposals(
  proposals: readonly AwardProposal[],
  round: AwardRound,
  awardListSheet: string,
  opts: { sheet?: string; partRows?: number; notes?: readonly string[]; noPlace?: (p: AwardProposal) => string | undefined } = {},
): SheetEdit[] {
  const { sheet = PROPOSALS_SHEET, partRows, notes = [], noPlace = () => undefined } = opts;
  const rows: CellValue[][] = [];
  const formats: (CellFormat | null)[][] = [];
  let rest = 0;
  const placeless: string[] = [];
  for (const form of new Set(proposals.map((p) => p.form))) {
    const ofForm = proposals.filter((p) => p.form === form);
    const notProposed = ofForm.filter((p) => !p.proposed && !p.eligible);
    const placed = notProposed.filter((p) => noPlace(p) === undefined);
    const shown = [...ofForm.filter((p) => p.proposed || p.eligible), ...placed.slice(0, CLOSEST_LISTED)];
    rest += placed.length - Math.min(placed.length, CLOSEST_LISTED);
    const why = new Map<string, string[]>();
    for (const p of notProposed) {
      const text = noPlace(p);
      if (text !== undefined) why.set(text, [...(why.get(text) ?? []), p.unitName]);
    }
    for (const [text, units] of why) placeless.push(`${ofForm[0]!.formLabel}: không đề xuất ${units.join(', ')} — ${text}.`);
    for (const p of shown) {
      const { row, format } = proposalRow(p, rows.length + 1);
      rows.push(row);
      formats.push(format);
    }
  }
  return tableSheets({
    sheet,
    title: PROPOSALS_TITLE,
    lines: [`Đợt xét khen thưởng: ${AWARD_ROUND_TITLES[round]}. Cảnh báo lỗi chưa được Hội đồng xem xét không chặn đề xuất; lý do ghi «lưu ý» để Hội đồng xem trước khi trình.`, ...notes],
    headers: PROPOSAL_HEADERS,
    rows,
    formats,
    empty: 'Bộ tiêu chí không có hình thức khen thưởng nào.',
    after: [...placeless, ...(rest > 0 ? [`Còn ${rest} lượt xét không đề xuất khác, xa chỉ tiêu hơn: danh sách đầy đủ ở trang «${awardListSheet}».`] : [])],
    widths: PROPOSAL_WIDTHS,
  }, partRows);
}

// Made for issue 46 item 5: the proposals on a sheet of their own, their header repeated on each page by print titles.
