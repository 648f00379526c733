// Bảng tiêu chí theo mục: a criteria table found by its header row (Mã | Tiêu chí | Điểm tối đa…), with the
// metadata block above it and the other parts each under its section title (NHÓM TIÊU CHÍ, XẾP LOẠI…).
import type { SheetGrid } from '../../../report/schema.js';
import { CriteriaSet } from '../../schema.js';
import { readAwards, readBands, readCriteria, readGroups, readKinds, readMetadata, readTieBreaks } from '../read.js';
import { hasCriteriaTable, SheetReader, sortByCell, type CriteriaLayout, type ReadCriteriaSheetResult } from '../reader.js';

function read(grid: SheetGrid): ReadCriteriaSheetResult {
  const sheet = new SheetReader(grid);
  const meta = readMetadata(sheet);
  const groups = readGroups(sheet);
  const kinds = readKinds(sheet);
  const bands = readBands(sheet);
  const criteria = readCriteria(sheet, groups, kinds);
  const forms = readAwards(sheet, bands, criteria, kinds);
  const tieBreaks = readTieBreaks(sheet);
  if (sheet.errors.length > 0) return { ok: false, errors: sortByCell(sheet.errors) };

  const parsed = CriteriaSet.safeParse({
    ...meta,
    subjectKinds: kinds,
    groups,
    criteria,
    classification: bands,
    awards: { forms, ...(tieBreaks && { tieBreaks }) },
  });
  if (parsed.success) return { ok: true, set: parsed.data };
  // Everything the schema checks is checked above with a cell; this is a safety net.
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({
      cell: sheet.at(0, 0),
      message: `Bộ tiêu chí chưa hợp lệ ở «${i.path.join('.')}»: ${i.message}`,
    })),
  };
}

export default {
  id: 'sectioned',
  detect: hasCriteriaTable,
  read,
} satisfies CriteriaLayout;

// Made for: the sheet `thidua criteria export` and the task pane write, and sheets officers type in that form
// (labels with or without colons, headers shuffled or without diacritics, group headings among the criteria).
