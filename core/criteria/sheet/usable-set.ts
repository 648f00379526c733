// Bộ tiêu chí dùng được (a set the loader takes): the set a sheet was read into, held to what the schema cannot see
// (../check-set.ts) as a set file is held, each problem said at its cell. The last step of reading a sheet
// (layouts/index.ts), so the command line, the page and the pane refuse alike, in the words a set file is refused with,
// what a .json would be refused for — a rate whose «Chỉ tiêu» an officer cleared on our own sheet, dates out of order.
// An office's table is read into a usable set by its layout (the tolerant reader imports every table with a content
// and a points column): a problem here from such a table is the reader's fault, which its property tests find.
import { findLabeledCells, gridAddress, isBlank } from '../../sheet/grid.js';
import type { SheetGrid } from '../../sheet/cell.js';
import { cellText } from '../../values.js';
import { checkCriteriaSet, describeSetProblems, type SetProblem } from '../check-set.js';
import type { CriteriaSet } from '../schema.js';
import { columnsOf, criteriaColumn, sectionsOf, type CriteriaSheetError, type Section } from './sheet-reader.js';
import { META, type MetaKey, type SectionKey } from './vocabulary.js';

/** The part of the sheet each of the set's lists is read from. */
const SECTION_OF: Partial<Record<string, SectionKey>> = { subjectKinds: 'kinds', groups: 'groups', classification: 'bands', awards: 'awards' };
/** The labelled cell above the tables each of the set's dates is read from. */
const DATE_OF: Record<string, MetaKey> = { 'period.from': 'from', 'period.to': 'to', 'legalBasis.date': 'documentDate', deadline: 'deadline' };
/** A criterion's field by the column our own sheet writes it in, where the names differ. */
const COLUMN_OF: Partial<Record<string, string>> = { evidenceRequired: 'evidence' };

/**
 * A criterion's cell: its row — the one the layout read it from (`rowOf`), else the row of the criteria table whose «Mã»
 * holds its code — in the column its field is written in («Chỉ tiêu» for a target), else its first filled cell.
 */
function criterionCell(grid: SheetGrid, criteria: Section | undefined, code: string, field: unknown, rowOf: ReadonlyMap<string, number> | undefined): string | undefined {
  const columns = criteria?.header === undefined ? {} : columnsOf(grid.values[criteria.header], criteriaColumn);
  const known = rowOf?.get(code);
  const r = known !== undefined ? known - (grid.origin?.row ?? 1)
    : columns.code === undefined || criteria === undefined ? -1
    : grid.values.findIndex((row, i) => i > criteria.header! && i < criteria.end && cellText(row[columns.code!]).trim() === code);
  const row = grid.values[r];
  if (row === undefined) return undefined;
  const key = typeof field === 'string' ? (COLUMN_OF[field] ?? field) : undefined;
  const column = key === undefined ? undefined : (columns as Record<string, number | undefined>)[key] ?? (key === 'rule' ? columns.rubric : undefined);
  return gridAddress(grid, r, column ?? Math.max(0, row.findIndex((v) => !isBlank(v))));
}

/**
 * Where a problem is said: a criterion at its row, a date at its labelled cell, a list at its part of the sheet; else
 * the criteria table's header, as the schema's problems are (finish.ts).
 */
function cellOf(grid: SheetGrid, set: CriteriaSet, problem: SetProblem, rowOf: ReadonlyMap<string, number> | undefined): string {
  const sections = sectionsOf(grid);
  const criteria = sections.find((s) => s.key === 'criteria');
  const [root, index, field] = problem.path;
  const criterion = root === 'criteria' && typeof index === 'number' ? set.criteria[index] : undefined;
  const at = criterion && criterionCell(grid, criteria, criterion.code, field, rowOf);
  if (at) return at;
  const date = DATE_OF[problem.path.join('.')];
  const labelled = date === undefined ? undefined : findLabeledCells(grid, { [date]: META[date] }, 0, sections[0]?.start ?? grid.values.length)[date];
  if (labelled) return labelled.address;
  const section = typeof root === 'string' ? sections.find((s) => s.key === SECTION_OF[root]) : undefined;
  const r = section?.start ?? criteria?.header ?? 0;
  return gridAddress(grid, r, Math.max(0, (grid.values[r] ?? []).findIndex((v) => !isBlank(v))));
}

/**
 * Every problem check-set.ts finds in a set read from `grid`, each at its cell in the words a set file is refused with
 * («Bộ tiêu chí chưa dùng được: tiêu chí thứ 2 (mã «5.2»), trường «Chỉ tiêu»: cách tính «Tỷ lệ» cần có chỉ tiêu»);
 * none when the set is usable. `rowOf`: the row each criterion was read from, when the layout knows it.
 */
export function unusableAt(set: CriteriaSet, grid: SheetGrid, rowOf?: ReadonlyMap<string, number>): CriteriaSheetError[] {
  const problems = checkCriteriaSet(set);
  const words = describeSetProblems(problems, set);
  return problems.map((p, i) => ({ cell: cellOf(grid, set, p, rowOf), message: `Bộ tiêu chí chưa dùng được: ${words[i]}` }));
}

// Made for: a rate whose «Chỉ tiêu» an officer cleared on the «Tiêu chí» sheet, refused by the command line but taken
// and scored with by the standalone page and the task pane.
