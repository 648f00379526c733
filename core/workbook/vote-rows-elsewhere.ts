// Dòng biểu quyết dán ra ngoài (rows of «Biểu quyết» pasted without their header): a nominee's row — its unit, its form
// and counts right of them — copied onto a sheet of the council's own without the table's header row, which makes no
// sheet claim «Biểu quyết» (council-sheets.ts). Read by nothing, its counts would be lost while the nominee stays
// «chưa biểu quyết»; thidua never guesses which columns they are, so each such row is said with its sheet and row and
// stops the run and the closing as a conflict, until the council moves it into «Biểu quyết» or deletes it. A list of
// the council's naming units and forms with words beside them (no count) is no vote, and not said.
import type { Nominee } from '../council/vote.js';
import { normalizeLabel } from '../text.js';
import type { SheetGrid } from '../sheet/cell.js';
import { cellText } from '../values.js';

/**
 * One line per row of `grids` (the council's own sheets) naming one of `nominees` — its unit and its form as cells —
 * with a count typed right of the form; `votes`, the name «Biểu quyết» has in the workbook.
 */
export function voteRowsElsewhere(grids: readonly SheetGrid[], nominees: readonly Nominee[], votes: string): string[] {
  // Compared as nomineeKey compares them: without case and diacritics.
  const units = new Set(nominees.map((n) => normalizeLabel(n.unitName)));
  return grids.flatMap((grid) =>
    grid.values.flatMap((row, r) => {
      const texts = row.map((v) => cellText(v ?? null));
      const u = texts.findIndex((t) => units.has(normalizeLabel(t)));
      if (u < 0) return [];
      const forms = new Set(nominees.filter((n) => normalizeLabel(n.unitName) === normalizeLabel(texts[u]!)).map((n) => normalizeLabel(n.form)));
      const f = texts.findIndex((t, c) => c > u && forms.has(normalizeLabel(t)));
      // A unit's name without its form beside it (a row of «Rà soát», a list of units) is no vote row.
      if (f < 0) return [];
      const after = texts.slice(f + 1).filter((t) => t !== '');
      // Counts right of the form — a number, «5/7», a date —, not a list of the council's with words beside the form.
      if (!row.slice(f + 1).some((v) => typeof v === 'number' || v instanceof Date || /^\d+([.,/]\d+)?$/.test(cellText(v ?? null)))) return [];
      return [`Trang «${grid.name}», dòng ${(grid.origin?.row ?? 1) + r}: ${texts[u]} — ${texts[f]}, ghi ${after.map((t) => `«${t}»`).join(', ')}: giống một dòng của trang «${votes}» dán sang mà không có dòng tiêu đề cột; thidua không đọc số nào ở đó là biểu quyết, cũng không bỏ qua. Hãy chép các số vào dòng của trường hợp này ở trang «${votes}» (hoặc xóa dòng nếu không dùng), lưu rồi chạy lại.`];
    }),
  );
}

// Made for rows of «Biểu quyết» pasted without their header onto a sheet of the council's own
// (test/council/vote-typed.test.ts): said, never silently left unread.
