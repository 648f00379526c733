// What a scoring worker thread runs first (dist-cli/score-worker.mjs): the worker itself (cli/score-worker.ts), built as
// one plain script (dist-cli/score-worker.cjs), compiled with the V8 code cache the build made of it
// (score-worker.cjs.cache, scripts/build-cli.mjs). Every worker of a run compiled the same 1.6 MB again: with the cache,
// V8 reads back what it compiled as the worker loaded instead (one workbook's run ~10 % less processor time,
// docs/developer/bench.md). A cache V8 rejects (another Node, other flags) or one not there: the worker is compiled as
// before, and nothing is said — only its start is slower.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { workerData } from 'node:worker_threads';

const file = fileURLToPath(new URL('score-worker.cjs', import.meta.url));
const cacheFile = `${file}.cache`;

function cached(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// Strict, as the worker's ES modules were; `thiduaUrl` stands for their import.meta.url (scripts/build-cli.mjs).
const script = new Script(`(function (require, module, exports, thiduaUrl) {'use strict';${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData: cached() });
const module = { exports: {} };
script.runInThisContext()(createRequire(file), module, module.exports, pathToFileURL(file).href);

// The build's own run (scripts/build-cli.mjs): the cache written once the worker is loaded, and the thread ended.
if ((workerData as { makeCodeCache?: boolean }).makeCodeCache) {
  writeFileSync(cacheFile, script.createCachedData());
  process.exit(0);
}

// Made for issue 59 item 2: a scoring worker's start, the fixed cost of every `thidua score` run, paid with less compiling.
