// Bảng tiêu chí: a criteria table found by its header row (Mã | Tiêu chí | Điểm tối đa…), alone or with the
// metadata block above it and the other parts each under its section title (NHÓM TIÊU CHÍ, XẾP LOẠI…).
// Only the table is required; what the sheet leaves out is inferred and said as a notice.
import type { SheetGrid } from '../../../sheet/cell.js';
import { groupNamer, kindNamer } from '../infer.js';
import { readAwards, readBands, readCriteria, readGroups, readKinds, readMetadata, readTieBreaks } from '../read.js';
import { finishSet } from '../finish.js';
import { hasCriteriaTable, SheetReader, type CriteriaLayout, type ReadCriteriaSheetOptions, type ReadCriteriaSheetResult } from '../reader.js';

function read(grid: SheetGrid, options: ReadCriteriaSheetOptions = {}): ReadCriteriaSheetResult {
  const sheet = new SheetReader(grid);
  const meta = readMetadata(sheet, options.fileName, options.caption);
  const groupNames = groupNamer(sheet, readGroups(sheet));
  const kindNames = kindNamer(sheet, readKinds(sheet));
  const bands = readBands(sheet);
  const criteria = readCriteria(sheet, groupNames, kindNames);
  const headerCell = sheet.headerCell('criteria');
  const groups = criteria && groupNames.groups(criteria, headerCell);
  const kinds = criteria && kindNames.kinds(headerCell);
  const forms = readAwards(sheet, bands, criteria, kinds);
  const tieBreaks = readTieBreaks(sheet);
  return finishSet(sheet, {
    ...meta,
    subjectKinds: kinds,
    groups,
    criteria,
    classification: bands,
    awards: { forms, ...(tieBreaks && { tieBreaks }) },
  });
}

export default {
  id: 'sectioned',
  detect: hasCriteriaTable,
  read,
} satisfies CriteriaLayout;

// Made for: the sheet `thidua criteria export` and the task pane write; sheets officers type in that form
// (labels with or without colons, headers shuffled or without diacritics, group headings among the criteria);
// and the plain criteria table the README documents, with nothing else on the sheet.
