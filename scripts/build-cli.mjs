// Builds the `thidua` command line into plain JavaScript (dist-cli/), so the published command starts
// without compiling TypeScript. Run by `prepare` (npm install in a clone) and before the tests.
// Commands stay separate chunks: `thidua criteria list` loads neither ExcelJS nor the scorer.
import { build } from 'esbuild';
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
    // The worker is its own entry: worker threads of a large folder run load it beside thidua.mjs.
    entryPoints: { thidua: 'cli/program.ts', 'score-worker': 'cli/score-worker.ts' },
    outdir,
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
