// A folder run on worker threads (the built command, 12 files) says and writes exactly what the same run
// says and writes in one thread (in-process, from the sources): same order, same messages, same scores.
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runChild, runInProcess, tempDir } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/bao-cao', import.meta.url));
let threads: { code: number; stdout: string; stderr: string };
let single: { code: number; stdout: string; stderr: string };
/** One worker keeping only some workbooks open: the others are read again for their copies. */
let reread: { code: number; stdout: string; stderr: string };
const outputs: Record<'threads' | 'reread', string> = { threads: '', reread: '' };

beforeAll(async () => {
  const copy = async () => {
    const dir = await tempDir();
    await cp(EXAMPLES, join(dir, 'bao-cao'), { recursive: true });
    return dir;
  };
  const [a, b, c] = [await copy(), await copy(), await copy()];
  outputs.threads = join(a, 'ket-qua');
  outputs.reread = join(c, 'ket-qua');
  expect((await readdir(join(a, 'bao-cao'))).length).toBeGreaterThanOrEqual(8);
  // Three workers, whatever this machine's default (one per core): results come back in any order, are printed in input order.
  threads = await runChild(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], a, { THIDUA_THREADS: '3' });
  single = await runInProcess(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], b);
  // About 300 KB: the first four example workbooks are kept (~70 KB each as counted), the rest are not.
  reread = await runChild(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], c, { THIDUA_THREADS: '1', THIDUA_KEPT_BYTES: '300000' });
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

  it("make the same copies, part for part, whether the worker kept a workbook open (planned from what it kept) or read it again for its copy", async () => {
    expect(reread.code).toBe(threads.code);
    expect(reread.stderr.trim()).toBe(threads.stderr.trim());
    const names = (await readdir(outputs.threads)).sort();
    expect(names.length).toBeGreaterThanOrEqual(9);
    expect((await readdir(outputs.reread)).sort()).toEqual(names);
    for (const name of names) {
      const [x, y] = [unzipSync(await readFile(join(outputs.threads, name))), unzipSync(await readFile(join(outputs.reread, name)))];
      expect(Object.keys(y).sort(), name).toEqual(Object.keys(x).sort());
      for (const part of Object.keys(x)) expect(Buffer.from(y[part]!).equals(Buffer.from(x[part]!)), `${name} ${part}`).toBe(true);
    }
  });
});
