// A folder run on worker threads (the built command, 12 files) says and writes exactly what the same run
// says and writes in one thread (in-process, from the sources): same order, same messages, same scores.
import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runChild, runInProcess, tempDir } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/bao-cao', import.meta.url));
let threads: { code: number; stdout: string; stderr: string };
let single: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  const copy = async () => {
    const dir = await tempDir();
    await cp(EXAMPLES, join(dir, 'bao-cao'), { recursive: true });
    return dir;
  };
  const [a, b] = [await copy(), await copy()];
  expect((await readdir(join(a, 'bao-cao'))).length).toBeGreaterThanOrEqual(8);
  // Three workers, whatever this machine's default (one per core): results come back in any order, are printed in input order.
  threads = await runChild(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], a, { THIDUA_THREADS: '3' });
  single = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], b);
}, 120_000);

describe('worker threads', () => {
  it('give the same progress lines, messages, files and scores, in the same order', () => {
    expect(threads.code).toBe(single.code);
    expect(threads.stderr.trim()).toBe(single.stderr.trim());
    const a = JSON.parse(threads.stdout) as ScoreRunOutput;
    const b = JSON.parse(single.stdout) as ScoreRunOutput;
    expect(a.files).toEqual(b.files);
    expect(a.cards.map((c) => [c.file, c.sheet, c.total, c.flags.map((f) => f.code)])).toEqual(b.cards.map((c) => [c.file, c.sheet, c.total, c.flags.map((f) => f.code)]));
    expect(a.ranking).toEqual(b.ranking);
  });
});
