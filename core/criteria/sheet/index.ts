// Bộ tiêu chí ⇄ trang `Tiêu chí`: a criteria set as a plain sheet an officer edits in Excel, and back.
// vocabulary.ts holds the words, rule.ts «Cách tính», reader.ts/read.ts the reading, write.ts the writing,
// layouts/ one file per way offices lay the sheet out.
export { findCriteriaSheet, findScoringSheet, readCriteriaSheet, whyNoCriteriaTable } from './layouts/index.js';
export type { CriteriaSheetError, CriteriaSheetNotice, ReadCriteriaSheetOptions, ReadCriteriaSheetResult } from './reader.js';
export { deriveMeasure, formatRule, parseRule } from './rule.js';
export { CRITERIA_SHEET_NAME } from './vocabulary.js';
export { criteriaSetToGrid, planCriteriaSheet } from './write.js';
