// The published command line is plain JavaScript: it runs with tsx (and every other development
// tool) absent, imports only its runtime dependencies, answers --version, and scores the bundled example.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEV_ONLY = new Set(['tsx', 'esbuild', '@esbuild', 'typescript', 'vite', 'vitest', '@vitest', '.bin']);
const run = promisify(execFile);
/** package.json's dependencies: all the built command line may import besides Node's own modules. */
const RUNTIME = new Set(Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: object }).dependencies));

/** A copy of the installed command line whose node_modules holds every package but the development tools. */
let bin: string;
let home: string;
beforeAll(async () => {
  home = await tempDir();
  await cp(join(ROOT, 'dist-cli'), join(home, 'dist-cli'), { recursive: true });
  await mkdir(join(home, 'cli'));
  await cp(join(ROOT, 'cli/bin.mjs'), join(home, 'cli/bin.mjs'));
  await mkdir(join(home, 'node_modules'));
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (!DEV_ONLY.has(name)) await symlink(join(ROOT, 'node_modules', name), join(home, 'node_modules', name));
  }
  bin = join(home, 'cli/bin.mjs');
});

describe('built command line', () => {
  it('never imports a development tool', async () => {
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
      for (const p of imported) expect(RUNTIME.has(p.split('/')[0]!) || p.startsWith('node:'), `${f} imports ${p}`).toBe(true);
    }
  });

  it('answers --version from package.json, without tsx installed', async () => {
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
});
