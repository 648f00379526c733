// Builds the `thidua` command line into plain JavaScript (dist-cli/), so the published command starts
// without compiling TypeScript. Run by `prepare` (npm install in a clone) and before the tests.
// Commands stay separate chunks: `thidua criteria list` loads neither ExcelJS nor the scorer.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist-cli`;

/**
 * zod's namespace carries every locale's messages (`z.locales`, `z.core.locales`: 64, 365 KB of zod's 756 KB in the
 * bundle) that thidua never asks for: English is zod's default and the officer reads core/schema-messages.ts's words.
 * Only English is bundled: each thread that loads zod (the command's, each scoring worker's) starts ~10 ms sooner.
 */
const englishZodOnly = {
  name: 'english-zod-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      /[\\/]zod[\\/]v4[\\/]/.test(importer) ? { path: 'locales', namespace: 'english-zod-only', pluginData: dirname(importer) } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'english-zod-only' }, ({ pluginData }) => ({ contents: "export { default as en } from '../locales/en.js';", resolveDir: pluginData }));
  },
};

/**
 * How code is bundled for Node, the command's and the bench's in-process phase alike (bench/in-process.ts: timed as the
 * command runs it, not as tsx runs the sources, whose kept function names cost scoring ~40 %).
 */
export const nodeBundle = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // fflate, saxes, zod and linkedom are bundled in too: Node then reads a few files instead of resolving and
  // compiling some 300 modules of node_modules at every start (measured: 0.1–0.15 s of a run's start-up).
  // Their CommonJS asks for Node's own modules with `require`, which an ES module gets from createRequire.
  banner: { js: "import { createRequire as thiduaRequire } from 'node:module'; const require = thiduaRequire(import.meta.url);" },
  // The bundled packages' licence notices stay with their code.
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [englishZodOnly],
};

export async function buildCli() {
  await rm(outdir, { recursive: true, force: true });
  await build({
    ...nodeBundle,
    // dist-cli/score-worker.mjs is what worker threads of a large folder run load beside thidua.mjs: it compiles the
    // worker (below) with its code cache. make-code-cache.mjs is run once here, then removed.
    entryPoints: { thidua: 'cli/program.ts', 'score-worker': 'cli/score-worker-start.ts', 'make-code-cache': 'cli/make-code-cache.ts' },
    outdir,
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
  });
  // The worker as one plain script, which node:vm compiles with a code cache (an ES module cannot be given one in
  // Node 20): its own bundle, sharing no chunk with the command's. Its modules' import.meta.url is the script's URL,
  // handed in by cli/score-worker-start.ts, as are require, module and exports.
  await build({
    ...nodeBundle,
    format: 'cjs',
    banner: {},
    define: { 'import.meta.url': 'thiduaUrl' },
    entryPoints: ['cli/score-worker.ts'],
    outfile: `${outdir}/score-worker.cjs`,
  });
  // The cache, made by a worker loaded under the command's own V8 flags (V8 takes a cache only under the flags it was made with).
  execFileSync(process.execPath, [`${outdir}/make-code-cache.mjs`], { stdio: 'inherit' });
  await rm(`${outdir}/make-code-cache.mjs`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
