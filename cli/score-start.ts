// What `thidua score` begins as it is picked, beside the loading of its code: as many scoring workers as its run will
// use (scoring-threads.ts startEarly), the first at once and the others once its workbooks are counted. Both workers
// of a two-core run of 100 workbooks or more now load their code while the command loads its own; the second was
// started only as the run's pool was made, ~0.27 s in (docs/developer/bench.md, s107-H). A command line the command
// will refuse, or that names nothing, starts none; one workbook, one.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPassedOver, isScannable } from './input-names.js';
import { SCORE_OPTIONS } from './score-options.js';
import { startEarly, workerBuilt } from './scoring-threads.js';

export async function startScoring(cwd: string, args: string[]): Promise<void> {
  if (!workerBuilt()) return;
  let line;
  try {
    line = parseArgs({ args, options: SCORE_OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return; // the command says what is wrong with it
  }
  if (line.positionals.length === 0) return;
  // The first at once: counting waits on the disk between the command's modules loading on this thread, which put
  // it ~0.7 s later at load 13 (the run's 21–26 s); the others as soon as the count is known, none left for no workbook.
  startEarly(cwd, 1);
  startEarly(cwd, await workbooksNamed(line.positionals, cwd));
}

/**
 * The workbooks `paths` name or hold, as the run will list them (files.ts collectInputs) but for the links it follows
 * or refuses and what lies under --out, counted here: listing them there loads ~30 modules, which under the command's
 * own loading made the second worker start ~0.1 s after the first. A count too high starts a worker the run ends unused.
 */
async function workbooksNamed(paths: readonly string[], cwd: string): Promise<number> {
  let count = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (isPassedOver(e.name)) continue;
      if (e.isDirectory()) await walk(join(dir, e.name));
      else if (isScannable(e.name)) count++;
    }
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walk(path);
    else if (info) count++;
  }
  return count;
}

// Made for issue 59 item 2: the serial start of `thidua score`, both workers loading beside the command.
