// The scoring worker of the built command line is compiled from the code cache the build made of it
// (cli/score-worker-start.ts, scripts/build-cli.mjs): under the flags the command sets, V8 takes the whole cache —
// its size in bytes deserialized, as V8's --profile-deserialization reports (its lines set aside, what the run says is compared). A flag the command sets and the build's
// run (cli/make-code-cache.ts) does not would have V8 reject the cache without a word, every worker compiled again.
// A cache V8 rejects (another Node's) or one not there: the worker compiled as before, the run the same to the byte.
import { execFile } from 'node:child_process';
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { hashes, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

it("scores with the worker compiled from the build's code cache, and alike without it", async () => {
  // A copy of the built command line, whose cache is then spoilt and taken away.
  const home = await tempDir();
  await cp(join(ROOT, 'dist-cli'), join(home, 'dist-cli'), { recursive: true });
  await mkdir(join(home, 'cli'));
  await cp(join(ROOT, 'cli/bin.mjs'), join(home, 'cli/bin.mjs'));
  const cache = join(home, 'dist-cli/score-worker.cjs.cache');
  const { size } = await stat(cache).catch(() => ({ size: 0 }));
  expect(size, 'dist-cli/score-worker.cjs.cache made by the build').toBeGreaterThan(0);

  const score = async (out: string) => {
    const args = ['--profile-deserialization', join(home, 'cli/bin.mjs'), 'score', 'examples/bao-cao/ubnd-xa-ta-ma.xlsx', '--criteria', 'ta-ma-2025', '--out', join(home, out)];
    const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return { deserialized: stdout.includes(`[Deserializing from ${size} bytes took`), said: stdout.replace(/^\[(?:[A-Z][^\]\n]* took [\d.]+ ms|Cached code failed check)\]\n/gm, '').replaceAll(out, 'OUT') + stderr, files: await hashes(join(home, out)) };
  };
  const cached = await score('cached');
  expect(cached.deserialized).toBe(true);
  await writeFile(cache, Buffer.alloc(size, 7));
  const spoilt = await score('spoilt');
  await rm(cache);
  const none = await score('none');
  for (const without of [spoilt, none]) expect(without).toEqual({ ...cached, deserialized: false });
});

// Made for issue 59 item 2: the scoring worker's start, each run's fixed cost, kept from compiling what the build compiled.
