// `Tổng hợp`: ranking per subject kind, award proposals with their reasons, and a chart of the
// scores — one sheet the council prints on A4 landscape.
import type { CriteriaSet } from '../criteria/schema.js';
import type { CellValue } from '../report/schema.js';
import type { AwardProposal, Ranking } from '../ranking/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import { cellAddress } from '../text.js';
import { formatDateVi } from '../values.js';
import { FILL } from './plan-scored-sheet.js';
import type { Block, CellFormat, SheetEdit } from './port.js';

export const SUMMARY_SHEET = 'Tổng hợp';

export const RANKING_HEADERS = ['Hạng', 'Đơn vị', 'Loại', 'Tổng điểm', 'Tỷ lệ %', 'Xếp loại', 'Số cảnh báo'] as const;
export const PROPOSAL_HEADERS = ['STT', 'Hình thức', 'Đơn vị', 'Đề xuất (Có/Không)', 'Lý do'] as const;

const HEADER: CellFormat = { bold: true, fill: FILL.header, wrap: true, horizontalAlignment: 'center' };
const PERCENT: CellFormat = { numberFormat: '0.00' };

/** A card's key across workbooks: the same sheet name may appear in several files. */
export function cardKey(x: { file?: string; sheet: string }): string {
  return `${x.file ?? ''}\u0000${x.sheet}`;
}

/** Today as "YYYY-MM-DD", local time (the officer's day). */
export function todayIso(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** `date` ("YYYY-MM-DD") is the day the summary is made, today when omitted; pass it for a reproducible sheet. */
export function planSummary(
  set: CriteriaSet,
  cards: readonly ScoreCard[],
  ranking: Ranking,
  proposals: readonly AwardProposal[],
  opts: { date?: string } = {},
): SheetEdit {
  const byKey = new Map(cards.map((c) => [cardKey(c), c]));
  const kindLabel = (id: string | null) => set.subjectKinds.find((k) => k.id === id)?.label ?? '—';
  const blocks: Block[] = [];
  let row = 1;
  /** Adds a section of rows at column A and moves on, leaving one blank row after it. */
  const section = (values: CellValue[][], cellFormats?: (CellFormat | null)[][]) => {
    blocks.push({ address: cellAddress(row, 1), values, ...(cellFormats ? { cellFormats } : {}) });
    row += values.length + 1;
  };
  const title = (text: string, size: 'big' | 'small' = 'small') => {
    blocks.push({ address: cellAddress(row, 1), values: [[text]], format: { bold: true, ...(size === 'big' ? { fontColor: '#1F3864' } : {}) } });
    row += 1;
  };

  title('TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ', 'big');
  section([
    [`Bộ tiêu chí: ${set.title} (${set.id}, phiên bản ${set.version})`],
    [`Kỳ: ${set.period.label}${set.legalBasis.document ? ` — căn cứ ${set.legalBasis.document}` : ''}`],
    [`Ngày lập: ${formatDateVi(opts.date ?? todayIso())} · Số đơn vị được chấm: ${cards.length}`],
  ]);

  if (cards.length === 0) {
    section([['Không có đơn vị nào được chấm.']]);
    return finish(blocks);
  }

  for (const group of ranking) {
    title(`Xếp hạng — ${group.kindLabel}`);
    const rows: CellValue[][] = [[...RANKING_HEADERS]];
    const formats: (CellFormat | null)[][] = [RANKING_HEADERS.map(() => HEADER)];
    for (const e of group.entries) {
      rows.push([e.rank, e.unitName, kindLabel(e.unitKind), e.total, e.percent, e.classification ?? 'Chưa xếp loại', byKey.get(cardKey(e))?.flags.length ?? 0]);
      formats.push([null, null, null, null, PERCENT, null, null]);
    }
    section(rows, formats);
  }

  title('Đề xuất khen thưởng');
  if (proposals.length === 0) {
    section([['Bộ tiêu chí không có hình thức khen thưởng nào.']]);
  } else {
    const rows: CellValue[][] = [[...PROPOSAL_HEADERS]];
    const formats: (CellFormat | null)[][] = [PROPOSAL_HEADERS.map(() => HEADER)];
    proposals.forEach((p, i) => {
      rows.push([i + 1, p.formLabel, p.unitName, p.proposed ? 'Có' : 'Không', p.reason]);
      formats.push([null, null, null, p.proposed ? { fill: FILL.full, horizontalAlignment: 'center' } : { horizontalAlignment: 'center' }, null]);
    });
    section(rows, formats);
  }

  // The chart's data: every unit in ranking order, as one contiguous range.
  title('Biểu đồ tỷ lệ điểm theo đơn vị');
  const first = row + 1;
  const entries = ranking.flatMap((g) => g.entries);
  const chartRows: CellValue[][] = [[null, 'Đơn vị', 'Tỷ lệ %'], ...entries.map((e): CellValue[] => [null, e.unitName, e.percent])];
  section(chartRows, [[null, HEADER, HEADER], ...entries.map(() => [null, null, PERCENT])]);
  const last = first + entries.length - 1;
  return finish(blocks, {
    title: 'Tỷ lệ điểm (%) theo đơn vị',
    categories: `B${first}:B${last}`,
    values: `C${first}:C${last}`,
    anchor: `E${first - 1}`,
  });
}

function finish(blocks: Block[], chart?: SheetEdit['chart']): SheetEdit {
  return {
    sheet: SUMMARY_SHEET,
    mode: 'replace',
    blocks,
    ...(chart ? { chart } : {}),
    columnWidths: [
      { column: 'A', width: 7 },
      { column: 'B', width: 34 },
      { column: 'C', width: 30 },
      { column: 'D', width: 12 },
      { column: 'E', width: 12 },
      { column: 'F', width: 14 },
      { column: 'G', width: 12 },
    ],
    print: { orientation: 'landscape', fitToWidth: true },
  };
}
