// The score pool's bookkeeping for its worker threads, with a stand-in worker (test/fixtures/dying-worker.mjs):
// every file gets one result, in input order, however the workers finish; a worker that dies or loops costs
// only the file that brought it down, though it had other files in hand. (The real worker: workers.test.ts,
// hostile-attacks.test.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScorePool } from '../../cli/score-pool.js';
import type { FileJob, FileResult, FileTask } from '../../cli/score-file.js';

const WORKER = new URL('../fixtures/dying-worker.mjs', import.meta.url);
const job = { cwd: '.' } as FileJob; // the stand-in reads nothing of it

const task = (name: string): FileTask => ({ path: name, name, output: `${name}.out`, shownOutput: `${name}.out` });

async function runAll(names: string[]): Promise<{ index: number; result: FileResult }[]> {
  const pool = new ScorePool(job, names.length, { worker: WORKER });
  const seen: { index: number; result: FileResult }[] = [];
  try {
    await pool.run(names.map(task), (index, result) => seen.push({ index, result }));
  } finally {
    await pool.close();
  }
  return seen;
}

describe('ScorePool on worker threads', () => {
  const before = { threads: process.env.THIDUA_THREADS, seconds: process.env.THIDUA_FILE_SECONDS };
  beforeEach(() => {
    process.env.THIDUA_THREADS = '2';
    process.env.THIDUA_FILE_SECONDS = '1';
  });
  afterEach(() => {
    for (const [key, value] of [['THIDUA_THREADS', before.threads], ['THIDUA_FILE_SECONDS', before.seconds]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('delivers every result once, in input order', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `xa-${i}.xlsx`);
    const seen = await runAll(names);
    expect(seen.map((s) => s.index)).toEqual(names.map((_, i) => i));
    expect(seen.map((s) => s.result.output)).toEqual(names.map((n) => `${n}.out`));
  });

  it('loses only the file that brings a worker down, not the files it had in hand beside it', async () => {
    const names = Array.from({ length: 12 }, (_, i) => (i === 3 || i === 8 ? `hỏng-${i}.xlsx` : `xa-${i}.xlsx`));
    const seen = await runAll(names);
    expect(seen.map((s) => s.index)).toEqual(names.map((_, i) => i));
    for (const [i, { result }] of seen.entries()) {
      if (names[i]!.startsWith('hỏng')) {
        expect(result.output).toBeNull();
        expect(result.errors).toEqual([{ file: names[i], message: `Không chấm được tệp ${names[i]}: luồng chấm dừng bất thường (mã 7).` }]);
      } else {
        expect(result).toEqual({ units: 1, output: `${names[i]}.out`, cards: [], errors: [] });
      }
    }
  });

  it('stops a file that runs past its time limit, and only that file', async () => {
    const names = Array.from({ length: 6 }, (_, i) => (i === 2 ? `treo-${i}.xlsx` : `xa-${i}.xlsx`));
    const seen = await runAll(names);
    expect(seen.map((s) => s.index)).toEqual(names.map((_, i) => i));
    expect(seen[2]!.result.errors[0]!.message).toBe('Tệp treo-2.xlsx chấm quá 1 giây nên đã bị dừng, không được chấm (tệp có thể bị hỏng hoặc được làm ra để treo máy).');
    for (const i of [0, 1, 3, 4, 5]) expect(seen[i]!.result.output).toBe(`${names[i]}.out`);
  });
});
