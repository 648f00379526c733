// The published command line is plain JavaScript with its packages bundled in: it runs with no
// node_modules at all (tsx and every other development tool absent), imports only Node's own modules,
// answers --version, and scores the bundled example; `score` starts its scoring threads as the command starts, as many
// as its run will use, and the run takes them; a command stopped early by a usage error is not held by them.
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runWorkers, SECOND_WORKER_FILES } from '../../cli/scoring-threads.js';
import { tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** A copy of the built command line with no node_modules beside it. */
let bin: string;
let home: string;
beforeAll(async () => {
  home = await tempDir();
  await cp(join(ROOT, 'dist-cli'), join(home, 'dist-cli'), { recursive: true });
  await mkdir(join(home, 'cli'));
  await cp(join(ROOT, 'cli/bin.mjs'), join(home, 'cli/bin.mjs'));
  bin = join(home, 'cli/bin.mjs');
});

describe('built command line', () => {
  it("imports nothing but Node's own modules", async () => {
    const files = await readdir(join(ROOT, 'dist-cli'), { recursive: true });
    for (const f of files.filter((f) => f.endsWith('.mjs'))) {
      const text = await readFile(join(ROOT, 'dist-cli', f), 'utf8');
      const imported = [
        ...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm),
        ...text.matchAll(/^import\s*"([^"]+)"/gm),
        ...text.matchAll(/\bimport\("([^"]+)"\)/g),
      ]
        .map((m) => m[1]!)
        .filter((p) => !p.startsWith('.'));
      for (const p of imported) expect(p.startsWith('node:') || builtinModules.includes(p), `${f} imports ${p}`).toBe(true);
    }
  });

  it('answers --version from package.json, with no packages installed', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { stdout } = await run(process.execPath, [bin, '--version'], { cwd: home });
    expect(stdout.trim()).toBe(`thidua ${version}`);
    await expect(run(process.execPath, ['-e', 'import("tsx")'], { cwd: home })).rejects.toThrow(/tsx/);
  });

  it('lists the built-in sets and scores the bundled example', async () => {
    const list = await run(process.execPath, [bin, 'criteria', 'list'], { cwd: home });
    expect(list.stdout).toMatch(/^ta-ma-2025\s/m);
    const out = join(home, 'out');
    const scored = await run(process.execPath, [bin, 'score', join(ROOT, 'examples/bao-cao'), '--criteria', 'ta-ma-2025', '--out', out, '--json'], { cwd: home, maxBuffer: 64 << 20 });
    const doc = JSON.parse(scored.stdout) as { files: { output: string | null }[]; cards: unknown[]; errors: unknown[] };
    expect(doc.errors).toEqual([]);
    expect(doc.files.filter((f) => f.output !== null).length).toBe((await readdir(join(ROOT, 'examples/bao-cao'))).filter((f) => f.endsWith('.xlsx')).length);
    expect(await readdir(out)).toContain('tong-hop.xlsx');
  });

  const COUNT_WORKERS = join(ROOT, 'test/fixtures/count-workers.mjs');
  const workersStarted = (stderr: string) => Number(/THIDUA_WORKERS_STARTED=(\d+)/.exec(stderr)?.[1]);
  const oneThread = { cwd: home, env: { ...process.env, THIDUA_THREADS: '1' }, maxBuffer: 64 << 20 };

  it('scores a run on the thread it started as the command started: one thread in all for one asked', async () => {
    const out = join(home, 'out-one-thread');
    const { stderr } = await run(process.execPath, ['--import', COUNT_WORKERS, bin, 'score', join(ROOT, 'examples/bao-cao'), '--criteria', 'ta-ma-2025', '--out', out], oneThread);
    expect(workersStarted(stderr)).toBe(1);
    expect(await readdir(out)).toContain('tong-hop.xlsx');
  });

  it('ends a command stopped by a usage error at once, though its scoring thread was started', async () => {
    const failed = await run(process.execPath, ['--import', COUNT_WORKERS, bin, 'score', join(ROOT, 'examples/bao-cao'), '--criteria', 'khong-co-bo-nay'], { ...oneThread, timeout: 20_000 }).then(
      () => undefined,
      (e: { code: number; killed: boolean; stderr: string }) => e,
    );
    expect(failed?.killed).toBe(false);
    expect(failed?.code).toBe(2);
    expect(workersStarted(failed!.stderr)).toBe(1);
  });

  const beforeJob = (stderr: string) => Number(/THIDUA_WORKERS_BEFORE_JOB=(\d+)/.exec(stderr)?.[1]);

  it('starts no scoring thread for a command line the command refuses, and one for one workbook though more are asked', async () => {
    const refused = await run(process.execPath, ['--import', COUNT_WORKERS, bin, 'score', join(ROOT, 'examples/bao-cao'), '--khong-co'], oneThread).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused?.code).toBe(2);
    expect(refused!.stderr).toContain('Không có tuỳ chọn --khong-co.');
    expect(workersStarted(refused!.stderr)).toBe(0);
    const one = (await readdir(join(ROOT, 'examples/bao-cao'))).find((f) => f.endsWith('.xlsx'))!;
    const out = join(home, 'out-one-file');
    const { stderr } = await run(process.execPath, ['--import', COUNT_WORKERS, bin, 'score', join(ROOT, 'examples/bao-cao', one), '--criteria', 'ta-ma-2025', '--out', out], { ...oneThread, env: { ...process.env, THIDUA_THREADS: '2' } });
    expect(workersStarted(stderr)).toBe(1);
    expect(await readdir(out)).toContain('tong-hop.xlsx');
  });

  it('starts every scoring thread of a long run as the command starts, before the run hands out its job', async () => {
    // Nine communes' folders of the example's workbooks: a run of SECOND_WORKER_FILES or more, two threads on two cores.
    const examples = (await readdir(join(ROOT, 'examples/bao-cao'))).filter((f) => f.endsWith('.xlsx'));
    const folder = join(home, 'long-run');
    const communes = Math.ceil(SECOND_WORKER_FILES / examples.length);
    for (let c = 0; c < communes; c++) {
      await mkdir(join(folder, `xa-${c}`), { recursive: true });
      for (const f of examples) await cp(join(ROOT, 'examples/bao-cao', f), join(folder, `xa-${c}`, f));
    }
    const env = { ...process.env };
    delete env.THIDUA_THREADS;
    const { stderr } = await run(process.execPath, ['--import', COUNT_WORKERS, bin, 'score', folder, '--criteria', 'ta-ma-2025', '--out', join(home, 'out-long')], { cwd: home, env, maxBuffer: 64 << 20 });
    expect(workersStarted(stderr)).toBe(runWorkers(communes * examples.length));
    expect(beforeJob(stderr)).toBe(runWorkers(communes * examples.length));
  });
});
