// The peak memory the tests and the bench read off a child `thidua` (test/fixtures/peak-memory.mjs) is the child's own:
// getrusage's maxRSS also holds the RSS of the process the child was forked from, so a small command started by a
// large Vitest worker or bench read as large as its parent (542–553 MB for a small `criteria import` under the bench).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));

const childPeakKb = (script: string) =>
  new Promise<number>((resolve, reject) =>
    execFile(process.execPath, ['--import', PEAK, '-e', script], (error, _out, stderr) => {
      const kb = /THIDUA_PEAK_RSS_KB=(\d+)/.exec(stderr);
      if (error || !kb) reject(error ?? new Error(stderr));
      else resolve(Number(kb[1]));
    }),
  );

it('is the child’s own peak, not its parent’s', async () => {
  // 400 MB written (so resident) in this process before the child is started.
  const held = Buffer.alloc(400 * 1024 * 1024, 1);
  const small = await childPeakKb('0');
  const large = await childPeakKb('globalThis.b = Buffer.alloc(200 * 1024 * 1024, 1)');
  expect(held.length).toBeGreaterThan(0);
  expect(small).toBeLessThan(150 * 1024);
  // What the child itself held is counted: 200 MB more than the small one, not hidden under the parent's.
  expect(large - small).toBeGreaterThan(190 * 1024);
  expect(large).toBeLessThan(350 * 1024);
});
