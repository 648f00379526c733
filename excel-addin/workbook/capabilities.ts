// What this Excel can do beyond the manifest's base requirement (ExcelApi 1.4), asked once at run time.
// Each optional feature names the requirement set it needs, so a newer Excel gets notes and charts
// with category labels while Excel 2016 still scores (flags then stay in the `Cảnh báo` column).

export type IsSetSupported = (name: string, version: string) => boolean;

export type Capabilities = {
  /** Workbook.notes — ExcelApi 1.18. */
  notes: boolean;
  /** Workbook.comments (threaded) — ExcelApi 1.10; used when notes are missing. */
  comments: boolean;
  /** Application.suspendApiCalculationUntilNextSync — ExcelApi 1.6. */
  suspendCalculation: boolean;
  /** Runtime.enableEvents — ExcelApi 1.8. */
  suspendEvents: boolean;
  /** Worksheet.freezePanes, ChartSeries.setXAxisValues and ChartAxis.reversePlotOrder — ExcelApi 1.7. */
  freezePanes: boolean;
  chartCategories: boolean;
  /** Worksheet.pageLayout (A4, fit to width, title rows) — ExcelApi 1.9. */
  pageLayout: boolean;
  /** Worksheet.getRanges (many areas in one format call) — ExcelApi 1.9. */
  rangeAreas: boolean;
  /** Range.getMergedAreasOrNullObject (a decision typed over several rows is seen as such) — ExcelApi 1.13. */
  mergedAreas: boolean;
};

/** The base requirement the manifest declares: every call outside `Capabilities` is within it. */
export const BASE_REQUIREMENT = { name: 'ExcelApi', version: '1.4' } as const;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const has = (v: string) => isSetSupported('ExcelApi', v);
  return {
    notes: has('1.18'),
    comments: has('1.10'),
    suspendCalculation: has('1.6'),
    suspendEvents: has('1.8'),
    freezePanes: has('1.7'),
    chartCategories: has('1.7'),
    pageLayout: has('1.9'),
    rangeAreas: has('1.9'),
    mergedAreas: has('1.13'),
  };
}

/** Which kind of annotation flags get: a note, a threaded comment, or none (flag column only). */
export function annotationKind(caps: Capabilities): 'note' | 'comment' | 'none' {
  return caps.notes ? 'note' : caps.comments ? 'comment' : 'none';
}

/* Made for: Excel 2016 still scoring: what this Excel can do beyond ExcelApi 1.4 asked once, each optional feature named by the requirement set it needs. */
