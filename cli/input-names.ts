// Which names met in a folder `thidua score` reads: a workbook (.xlsx) that is neither Excel's lock file nor thidua's
// own output, in no hidden folder nor node_modules. Apart from files.ts, which lists the inputs, so that the count
// made as the command starts (score-start.ts) loads nothing more than this.
import { extname } from 'node:path';
import { SCORED_SUFFIX, SUMMARY_FILE } from '../core/run/output-names.js';

export function isOwnOrLock(name: string): boolean {
  return name.startsWith('~$') || name.endsWith(SCORED_SUFFIX) || name === SUMMARY_FILE;
}

export function isScannable(name: string): boolean {
  return extname(name).toLowerCase() === '.xlsx' && !isOwnOrLock(name);
}

/** A hidden entry or node_modules: never walked into nor read. */
export function isPassedOver(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

// Made for `thidua score` over a folder: one rule of what is read, for the inputs' list and for the workers' count.
