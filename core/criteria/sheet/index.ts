// Bộ tiêu chí ⇄ trang `Tiêu chí`: a criteria set as a plain sheet an officer edits in Excel, and back.
// vocabulary.ts holds the words, rule.ts «Cách tính» (each rule kind words itself), sheet-reader.ts the sections
// and cells every layout reads through, common-parts.ts the parts layouts share, layouts/ one file per way offices
// lay the sheet out (each reading its own table), write.ts the writing.
export { criteriaSheetChoices, findCriteriaSheet, findScoringSheet, otherCriteriaSheets, readCriteriaSheet, unusableTable, whyNoCriteriaTable, type CriteriaSheetChoice, type ReadCriteriaResult } from './layouts/index.js';
export { reconciliationLines, shownFigures, type ReconciledFigure, type Reconciliation } from './reconcile.js';
export type { CriteriaSheetError, CriteriaSheetNotice, ReadCriteriaSheetOptions, ReadCriteriaSheetResult } from './sheet-reader.js';
export { describeNotices, refusalText } from './notice-text.js';
export { deriveMeasure, formatRule, parseRule } from './rule.js';
export { CRITERIA_SHEET_NAME } from './vocabulary.js';
export { criteriaSetToGrid, planCriteriaSheet } from './write.js';
export { entriesOf, groupMaxText, itemCount, itemText, ownLinesMax, totalText, understoodLines, understoodSet, wholeText, type UnderstoodEntry, type UnderstoodGroup, type UnderstoodItem, type UnderstoodSet } from './understood.js';
export { partOfText } from './part-of.js';
