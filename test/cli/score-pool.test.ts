// The score pool's bookkeeping for its worker threads, with a stand-in worker (test/fixtures/dying-worker.mjs):
// every file gets one result, in input order, however the workers finish; a worker that dies or loops costs
// only the file that brought it down, though it had other files in hand — sixteen, as when reading, or the copies'
// many while the command's thread is busy with tong-hop.xlsx — and results it had not yet sent back (the stand-in
// sends them four at a time, as the worker sends its batches); one lost between files, sending a batch, is charged
// to no file of the batch until the file that brings a worker down alone is found; each worker is given its share of
// the run's budget of workbooks kept open, and each copy goes to the worker that read its file. (The real worker:
// workers.test.ts, hostile.test.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COPIES_IN_WORKER, ScorePool } from '../../cli/score-pool.js';
import type { FileJob, FileResult, FileTask } from '../../cli/score-file.js';
import type { RunShare } from '../../core/run/plan-copy.js';

const WORKER = new URL('../fixtures/dying-worker.mjs', import.meta.url);
const job = { cwd: '.' } as FileJob; // the stand-in reads nothing of it

const task = (name: string): FileTask => ({ path: name, name, output: `${name}.out`, shownOutput: `${name}.out` });

/** `ahead`: files in each worker's hand; `busy`: this thread kept busy that long at the first result (as it is while it plans tong-hop.xlsx). */
async function runAll(names: string[], ahead?: number, busy = 0): Promise<{ index: number; result: FileResult }[]> {
  const pool = new ScorePool(job, names.length, { worker: WORKER });
  const seen: { index: number; result: FileResult }[] = [];
  try {
    await pool.run(
      names.map(task),
      (index, result) => {
        if (seen.length === 0) for (const until = Date.now() + busy; Date.now() < until; );
        seen.push({ index, result });
      },
      ahead,
    );
  } finally {
    await pool.close();
  }
  return seen;
}

describe.each([
  ['the files in hand when reading', undefined, 0],
  ['the copies in hand, this thread busy 300 ms', COPIES_IN_WORKER, 300],
])('ScorePool on worker threads, %s', (_, ahead, busy) => {
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
    const seen = await runAll(names, ahead, busy);
    expect(seen.map((s) => s.index)).toEqual(names.map((_, i) => i));
    expect(seen.map((s) => s.result.output)).toEqual(names.map((n) => `${n}.out`));
  });

  it('loses only the file that brings a worker down, not the files it had in hand beside it', async () => {
    const names = Array.from({ length: 12 }, (_, i) => (i === 3 || i === 8 ? `hỏng-${i}.xlsx` : `xa-${i}.xlsx`));
    const seen = await runAll(names, ahead, busy);
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

  it('names the file whose result brought a worker down between files, not another of the batch', async () => {
    const names = Array.from({ length: 12 }, (_, i) => (i === 5 ? `quá-lớn-${i}.xlsx` : `xa-${i}.xlsx`));
    const seen = await runAll(names, ahead, busy);
    expect(seen.map((s) => s.index)).toEqual(names.map((_, i) => i));
    expect(seen[5]!.result).toEqual({ units: 0, output: null, cards: [], errors: [{ file: names[5], message: `Không chấm được tệp ${names[5]}: luồng chấm dừng bất thường (mã 9).` }] });
    for (const i of names.keys()) if (i !== 5) expect(seen[i]!.result).toEqual({ units: 1, output: `${names[i]}.out`, cards: [], errors: [] });
  });

  it('stops a file that runs past its time limit, and only that file', async () => {
    const names = Array.from({ length: 6 }, (_, i) => (i === 2 ? `treo-${i}.xlsx` : `xa-${i}.xlsx`));
    const seen = await runAll(names, ahead, busy);
    expect(seen.map((s) => s.index)).toEqual(names.map((_, i) => i));
    expect(seen[2]!.result.errors[0]!.message).toBe('Tệp treo-2.xlsx chấm quá 1 giây nên đã bị dừng, không được chấm (tệp có thể bị hỏng hoặc được làm ra để treo máy).');
    for (const i of [0, 1, 3, 4, 5]) expect(seen[i]!.result.output).toBe(`${names[i]}.out`);
  });
});

describe('ScorePool and the budget of workbooks a run keeps open', () => {
  const before = { threads: process.env.THIDUA_THREADS, kept: process.env.THIDUA_KEPT_BYTES };
  afterEach(() => {
    for (const [key, value] of [['THIDUA_THREADS', before.threads], ['THIDUA_KEPT_BYTES', before.kept]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it.each([
    [1, 90_000],
    [3, 30_000],
  ])('gives each of %i workers its share of it', async (threads, share) => {
    process.env.THIDUA_THREADS = String(threads);
    process.env.THIDUA_KEPT_BYTES = '90000';
    const names = Array.from({ length: 9 }, (_, i) => `ngân-sách-${i}.xlsx`);
    const seen = await runAll(names);
    expect(seen.map((s) => s.result.units)).toEqual(names.map(() => share));
  });
});

describe('ScorePool and the workbooks its workers keep open for their copies', () => {
  const before = process.env.THIDUA_THREADS;
  afterEach(() => {
    if (before === undefined) delete process.env.THIDUA_THREADS;
    else process.env.THIDUA_THREADS = before;
  });

  it('hands each copy to the worker that read its file, not to whichever has room', async () => {
    process.env.THIDUA_THREADS = '2';
    // Read four at a time: the first worker reads 0–3, the second 4–7; each copy's share handed with its task, as folder-run.ts does.
    const tasks = Array.from({ length: 8 }, (_, i) => task(`giữ-${i}.xlsx`));
    const pool = new ScorePool(job, tasks.length, { worker: WORKER });
    const copies: number[] = [];
    try {
      await pool.run(tasks, () => {}, 4);
      await pool.run(tasks, (_, result) => void copies.push(result.units), COPIES_IN_WORKER, (i) => ({ ...tasks[i]!, share: {} as RunShare }));
    } finally {
      await pool.close();
    }
    // 1: made by the worker that read the file (the workbook it kept); 0: read again by the other.
    expect(copies).toEqual(tasks.map(() => 1));
  });

  it('gives the files of a worker lost while making copies to the others, each made once, in input order', async () => {
    process.env.THIDUA_THREADS = '2';
    const tasks = Array.from({ length: 8 }, (_, i) => task(i === 1 ? `hỏng-khi-chép-${i}.xlsx` : `giữ-${i}.xlsx`));
    const pool = new ScorePool(job, tasks.length, { worker: WORKER });
    const seen: { index: number; result: FileResult }[] = [];
    try {
      await pool.run(tasks, () => {}, 4);
      await pool.run(tasks, (index, result) => void seen.push({ index, result }), COPIES_IN_WORKER, (i) => ({ ...tasks[i]!, share: {} as RunShare }));
    } finally {
      await pool.close();
    }
    expect(seen.map((s) => s.index)).toEqual(tasks.map((_, i) => i));
    expect(seen[1]!.result.errors[0]!.message).toBe(`Không chấm được tệp ${tasks[1]!.name}: luồng chấm dừng bất thường (mã 7).`);
    // The lost worker's other files are made by a worker that did not read them (read again); the other worker's by it.
    expect(seen.filter((_, i) => i !== 1).map((s) => s.result.output)).toEqual(tasks.filter((_, i) => i !== 1).map((t) => t.output));
    expect(seen.slice(4).map((s) => s.result.units)).toEqual([1, 1, 1, 1]);
  });
});

describe('ScorePool with results the caller holds (copies waiting to be written)', () => {
  it('hands a worker a new file only while fewer than `ahead` results are held and its hand has room', async () => {
    const names = Array.from({ length: 24 }, (_, i) => `xa-${i}.xlsx`);
    const tasks = names.map(task);
    const pool = new ScorePool(job, names.length, { worker: WORKER });
    let handed = 0;
    let delivered = 0;
    let settled = 0;
    let mostHeld = 0;
    let mostInHand = 0;
    // Each result is held until written, one after the other, four times slower than the stand-in worker's 5 ms a file.
    let writing = Promise.resolve();
    try {
      await pool.run(
        tasks,
        () => {
          delivered++;
          writing = writing.then(async () => {
            await new Promise((resolve) => setTimeout(resolve, 20));
            settled++;
          });
          return writing;
        },
        4,
        (i) => {
          handed++;
          mostHeld = Math.max(mostHeld, delivered - settled);
          mostInHand = Math.max(mostInHand, handed - delivered);
          return tasks[i]!;
        },
      );
      await writing;
    } finally {
      await pool.close();
    }
    expect(delivered).toBe(names.length);
    expect(settled).toBe(names.length);
    expect(mostHeld).toBeLessThan(4);
    expect(mostInHand).toBeLessThanOrEqual(4);
  });
});
