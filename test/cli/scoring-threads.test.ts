// How many workers score a run (cli/scoring-threads.ts): one per core but the command's own, a second on two cores
// only for a run long enough to repay its warm-up, and THIDUA_THREADS over all of it. (What each choice costs and
// saves is measured in `npm run bench -- batch` and bench.md, not here.) Where the copies are zipped follows from it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoringThreads, SECOND_WORKER_FILES, zipsInWorker } from '../../cli/scoring-threads.js';

describe('scoringThreads', () => {
  const asked = process.env.THIDUA_THREADS;
  beforeEach(() => {
    delete process.env.THIDUA_THREADS;
  });
  afterEach(() => {
    if (asked === undefined) delete process.env.THIDUA_THREADS;
    else process.env.THIDUA_THREADS = asked;
  });

  it('gives a two-core machine a second worker only from SECOND_WORKER_FILES files on', () => {
    expect(scoringThreads(12, 2)).toBe(1);
    expect(scoringThreads(SECOND_WORKER_FILES - 1, 2)).toBe(1);
    expect(scoringThreads(SECOND_WORKER_FILES, 2)).toBe(2);
    expect(scoringThreads(4200, 2)).toBe(2);
    // Started with the command, before the inputs are counted: as for a short run.
    expect(scoringThreads(undefined, 2)).toBe(1);
  });

  it('leaves the command its own core elsewhere, and one core a worker', () => {
    expect(scoringThreads(4200, 1)).toBe(1);
    expect(scoringThreads(4200, 4)).toBe(3);
    expect(scoringThreads(12, 8)).toBe(7);
  });

  it('takes THIDUA_THREADS as given, and ignores what is not a whole number of at least one', () => {
    process.env.THIDUA_THREADS = '3';
    expect(scoringThreads(12, 2)).toBe(3);
    expect(scoringThreads(4200, 8)).toBe(3);
    for (const wrong of ['0', '-2', '1.5', 'hai', '']) {
      process.env.THIDUA_THREADS = wrong;
      expect(scoringThreads(4200, 2)).toBe(2);
      expect(scoringThreads(12, 2)).toBe(1);
    }
  });

  it("has the workers zip their copies only when they take every core, the command's thread otherwise", () => {
    expect(zipsInWorker(scoringThreads(300, 2), 2)).toBe(true);
    expect(zipsInWorker(scoringThreads(60, 2), 2)).toBe(false);
    expect(zipsInWorker(scoringThreads(4200, 4), 4)).toBe(false);
    expect(zipsInWorker(1, 1)).toBe(true);
  });
});
