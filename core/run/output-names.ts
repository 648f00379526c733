// The names of the files a run writes, apart from the planning of them (plan-copy.ts): what reads or skips those
// files (a folder's scan, the command line's outputs) knows them without loading the scorer and the planners.

/** The summary workbook of a run holding more than one workbook. */
export const SUMMARY_FILE = 'tong-hop.xlsx';
/** How a scored copy's name ends: files thidua itself writes, left out of folder scans so a second run does not score its own output. */
export const SCORED_SUFFIX = '.cham-diem.xlsx';

// Made for issue 59 item 2: `thidua criteria`, `key`, `watch` and `template` start without the scorer they never run.
