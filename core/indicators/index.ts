// Chỉ số từ cổng dịch vụ công (portal indicators): the pure page adapters the extension and `thidua capture` run.
//
// USE (extension content script, or any DOM — the browser's or linkedom's):
//
//   import { capturePage, listTables } from '../core/indicators/index.js';
//   const result = capturePage(document, location.href, {
//     capturedAt: new Date().toISOString(),   // the caller's clock; core reads none
//     commune: 'Xã Ta Ma',                     // optional: the officer's commune → result.picked
//     mapping,                                 // optional: a saved GenericMapping → the generic table adapter
//   });
//   if (result.ok) {
//     result.snapshots;   // IndicatorSnapshot[] (schema.ts), one per unit row, each dated, sourced and hashed
//     result.warnings;    // CaptureWarning[]: { message (Vietnamese), unit? } — blank cells, tables skipped, period
//                         // unknown…; `unit` (the name as on the page) when about one unit's row, absent when page-level
//     warningsFor(result.warnings, ['Xã Ta Ma'])  // only those units' warnings + the page-level ones (for the preview)
//     result.picked;      // with `commune`: indexes of that commune's snapshots ([] = not on the page, and a warning)
//   } else {
//     result.error.message;  // Vietnamese: what is wrong
//     result.error.lookedFor; // every label / figure looked for
//     result.error.missing;   // what was not found or not readable (labels, or "dòng …, cột «…»: «…»" cells)
//   }
//
//   listTables(document) → TableSummary[]  // for the "pick a table" UI: flattened headers, row count, groups, sample
//   GenericMapping (zod)                   // { unitColumn: header, columns: [{ header, code, unit }] }; parse stored
//                                          // mappings with GenericMapping.safeParse; headers as listTables gives them
//   PAGE_TYPES / pageTypesFor(url)         // which adapters apply to an address (e.g. to enable the button)
//   pageCard(id)                           // a page type's Vietnamese and English titles and the codes it yields
//   INDICATORS / indicatorDefinition(code) // documented codes: Vietnamese label, unit, max
//   MODEL_766 / metricOf(code) / moverOf(code, figures)  // the 766 index declared once (model-766/, one file per
//                                          // group): labels, maxima, formulas, who can move a figure
//   sameUnit(a, b) / unitKey(name)         // unit names compared as officers read them ("UBND xã Ta Ma" = "Ta Ma")
//
// Guarantees: data is found by Vietnamese labels (diacritics optional, grouped headers flattened "A › B"), numbers
// are read the Vietnamese way (core/values.ts parseCell); a page that does not match gives `ok: false` with the
// labels it looked for — never zeros or a partial snapshot presented as complete. Snapshot content hashes cover
// the period, the table headers and the unit's own row, so an unchanged unit hashes the same across captures.
// On the 766 page itself, read what the page received instead of what it drew (DOMAIN §6):
//   captureView(document, location.href, seenResponses, opts)  // responses when there are any, else the tables
//   captureResponses(seen, opts)   // SeenResponse[] = { url, request?, body }: every endpoint, every page; the
//                                  // units' own figures from unfiltered answers, `procedures` apart (procedures.ts)
//   readSavedResponses(json, url)  // a saved body, a HAR from the network panel, or the extension's export
// Adding a page type: core/indicators/pages/<id>.ts made with definePage (its titles, the codes it yields, ending
// with the addresses it was made for and its fixtures), one line in pages/index.ts, a fixture in test/fixtures/pages/.

export {
  type CaptureContext,
  type CaptureError,
  type CaptureOptions,
  type CaptureResult,
  type CaptureWarning,
  foundOf,
  type PageCard,
  type PageType,
  type ViewGroups,
  warningsFor,
} from './capture.js';
export { groupOf, GROUPS_766, metricOf, MODEL_766, moverOf, type Mover } from './model-766/index.js';
export { INDICATORS, indicatorDefinition, indicatorName, labelsOf, ratioCode, type IndicatorDefinition, type IndicatorUnit } from './codes.js';
export { parsePeriodText, readPeriod } from './period.js';
export {
  capturePage,
  GenericColumn,
  GenericMapping,
  listTables,
  PAGE_CARDS,
  PAGE_TYPES,
  pageCard,
  type PageTypeId,
  pageTypesFor,
  type TableSummary,
} from './pages/index.js';
export {
  captureResponses,
  captureView,
  endpointOf,
  type PendingRequest,
  type RefusedList,
  refusedListWords,
  readSavedResponses,
  RESPONSE_TYPES,
  type ResponsesResult,
  SavedResponses,
  type SeenResponse,
  viewGroups,
} from './responses/index.js';
export { IndicatorExport, IndicatorSnapshot, IndicatorValue, Period } from './schema.js';
export { compactExport, IndicatorExportFile } from './export-file.js';
export { findColumn, HEADER_SEPARATOR, readTable, readTables, type TableGrid, type TableRow } from './table.js';
export { sameUnit, unitKey } from './units.js';
