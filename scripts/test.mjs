// npm test: the type check (tsc --noEmit) and the tests (vitest run, with the arguments npm test was given) side by
// side: tsc's ~35 s of processor time runs while the tests start (the builds, the first files), not before them.
// Either failing fails the command; the tests run to the end whatever tsc says.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The file of a package's command, as its package.json names it (vitest does not export its bin file). */
function commandOf(pkg, command) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin[command]);
}

/** `file` run by Node; `niceness` above 0 gives it the processor only when the others leave it some. */
const run = (file, args, stdio, niceness = 0) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [file, ...args], { stdio });
    if (niceness && child.pid) setPriority(child.pid, niceness);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });

// tsc's errors are held and printed after the tests' report, not in the middle of it. The tests keep both cores
// busy (~96 % of a run: docs/developer/testing.md), so tsc at the lowest priority takes the moments they wait (on
// Chromium, LibreOffice) instead of taking a core from them.
const [types, tests] = await Promise.all([
  run(commandOf('typescript', 'tsc'), ['--noEmit', '-p', '.'], ['ignore', 'pipe', 'inherit'], 19),
  run(commandOf('vitest', 'vitest'), ['run', ...process.argv.slice(2)], 'inherit'),
]);
if (types.code !== 0) {
  process.stdout.write(types.output);
  console.error(`\ntsc --noEmit: kiểm tra kiểu không qua (mã ${types.code}): các lỗi ở trên.`);
}
process.exit(types.code !== 0 ? types.code : tests.code);
