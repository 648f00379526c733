// The add-in (with the standalone page) and the extension built once per test run — or bench run — and shared by
// every browser test and bench section that opens them, whichever worker process asks first: the test files run
// side by side, and some 20 of them used to run `vite build` each (about half a minute of processor time apiece).
// The folder is THIDUA_BUILDS, set afresh by test/global-setup.ts (and by bench/run.ts), so a build is always of the
// sources as they are when the run starts.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, watch } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = join(ROOT, 'node_modules/.bin/vite');
const BUFFER = { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 };

/** `vite build` of the add-in and the standalone page into `outDir`, as `npm run build:addin` builds dist/. */
export async function buildAddin(outDir: string): Promise<void> {
  await promisify(execFile)(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], BUFFER);
}

/** `vite build` of the extension into `outDir` (a separate process, as `npm run build:extension` runs it). */
export async function buildExtension(outDir: string): Promise<void> {
  await promisify(execFile)(VITE, ['build', '-c', 'extension/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], BUFFER);
}

/** The folder of this run's builds. */
function buildsFolder(): string {
  const folder = process.env.THIDUA_BUILDS;
  if (!folder) throw new Error('THIDUA_BUILDS is not set: test/global-setup.ts (or bench/run.ts) sets it for the run');
  return folder;
}

/**
 * The folder `name` of this run, made by `build` (into the folder it is given) once for all test files: a folder the
 * files only copy or read (the example commune scored, test/council/example-commune.ts), never change.
 */
export const builtForRun = (name: string, build: (into: string) => Promise<void>): Promise<string> => builtOnce(join(buildsFolder(), name), build);

/** The add-in's build of this run: taskpane.html, the standalone page (STANDALONE_PAGE) and the examples. */
export const builtAddin = (): Promise<string> => builtForRun('addin', buildAddin);

/** The extension's build of this run (the unpacked extension Chromium loads). */
export const builtExtension = (): Promise<string> => builtForRun('extension', buildExtension);

/**
 * `dir` built by `build` once for all processes of the run: the first to take `<dir>.lock` (mkdir either makes it
 * or fails, for exactly one process) builds into `<dir>.partial` and renames it to `dir`; the others wait for `dir`,
 * or for `<dir>.failed`, which says why the build failed.
 */
async function builtOnce(dir: string, build: (into: string) => Promise<void>): Promise<string> {
  await mkdir(dirname(dir), { recursive: true });
  try {
    await mkdir(`${dir}.lock`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return builtByAnother(dir);
  }
  try {
    await build(`${dir}.partial`);
    await rename(`${dir}.partial`, dir);
    return dir;
  } catch (e) {
    await rm(`${dir}.partial`, { recursive: true, force: true });
    await writeFile(`${dir}.failed`, e instanceof Error ? (e.stack ?? e.message) : String(e));
    throw e;
  }
}

/** Resolves once `dir` is there (the rename seen in its parent folder), fails with the builder's error. */
function builtByAnother(dir: string): Promise<string> {
  return new Promise((resolved, failed) => {
    // Watching starts before the first look, so a rename between the two is never missed.
    const watcher = watch(dirname(dir));
    const look = () => {
      if (existsSync(dir)) {
        watcher.close();
        resolved(dir);
      } else if (existsSync(`${dir}.failed`)) {
        watcher.close();
        failed(new Error(`the build of ${dir} failed in another test file:\n${readFileSync(`${dir}.failed`, 'utf8')}`));
      }
    };
    watcher.on('change', look);
    look();
  });
}

// Made for issue 59 item 4: the test command under ten minutes on two cores — one build of each, not twenty.
