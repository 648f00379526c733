// Nhiều dòng «một trong các trường hợp»: a unit gave points on more than one of an item's lines of which only one
// applies (ItemLines.oneOf); scoring counted the largest (core/scoring/item-lines.ts), said here at each cell typed.
import { oneOfBreaches, oneOfWords, reportedLines, typedLines } from '../scoring/item-lines.js';
import { cellMessage, defineCheck, rowsOf } from './define.js';

export default defineCheck({
  id: 'one-of-lines',
  severity: 'error',
  title: 'Ghi điểm ở nhiều dòng chỉ được chọn một',
  titleEn: 'Points on several lines of which one applies',
  description: 'Mục ghi «đối với một trong các trường hợp sau» mà đơn vị ghi điểm ở nhiều dòng: chỉ tính dòng lớn nhất; Hội đồng kiểm lại trường hợp đúng của đơn vị.',
  canFlag: (set) => set.criteria.some((c) => c.own?.oneOf !== undefined),
  looksAt: (criterion) => criterion.own?.oneOf !== undefined,
  criterion(ctx, { criterion }, flags) {
    const rows = rowsOf(ctx).lines;
    const reported = reportedLines(criterion, rows, ctx.report.columns);
    for (const breach of oneOfBreaches(criterion.own!, typedLines(criterion, rows, ctx.report.columns))) {
      const words = oneOfWords(breach);
      for (const line of [breach.counted, ...breach.dropped]) {
        const reading = reported.find((r) => r.line.code === line.code)?.reading;
        const cell = reading?.kind === 'value' ? reading.cell : undefined;
        flags.push({ message: cellMessage(cell, `mục ${criterion.code}: ${words}`, criterion), cell, criterion: criterion.code, details: { group: breach.group, counted: breach.counted.code, dropped: breach.dropped.map((l) => l.code) } });
      }
    }
  },
});

// Made for issue 55 (never silently wrong): the Tiền Giang department table's item 3.3, whose bonus lines 3.3.2.1–3.3.2.3
// and deduction lines 3.3.3.1–3.3.3.3 stand under headings «đối với một trong các trường hợp sau»: a unit typing two
// of them had both counted, silently.
