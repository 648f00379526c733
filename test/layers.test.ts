// The layering of .dependency-cruiser.cjs holds on the whole tree, and its rules do fail: a small tree that
// breaks each of them is cruised with the same configuration and every rule is seen to catch its case.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const FOLDERS = ['core', 'adapters', 'cli', 'excel-addin', 'extension', 'bench', 'scripts', 'examples'];

type Violation = { rule: { name: string }; from: string; to: string };

/** Cruises `folders` of `cwd` with the project's rules; the violations found. */
function cruise(cwd: string, folders: string[]): Promise<Violation[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [DEPCRUISE, ...folders, '--config', CONFIG, '--output-type', 'json'], { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        resolve((JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations);
      } catch {
        reject(error ?? new Error(stderr));
      }
    });
  });
}

describe('layers (dependency-cruiser)', () => {
  it('the tree keeps every rule: no circles (nor folder loops in the extension), core one way and pure, faces apart (the pane and the page too), adapters under the faces, bench apart from test', async () => {
    const violations = await cruise(ROOT, FOLDERS);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 300_000);

  it('fails on a tree that breaks each rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-layers-'));
    const files: Record<string, string> = {
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true } }),
      'core/text.ts': `import { plan } from './workbook/plan.js';\nexport const text = plan;\n`,
      'core/workbook/plan.ts': 'export const plan = 1;\n',
      'core/sheet/a.ts': `import { b } from './b.js';\nexport const a = () => b;\n`,
      'core/sheet/b.ts': `import { a } from './a.js';\nexport const b = () => a;\n`,
      'core/values.ts': `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`,
      'core/report/read.ts': `import { x } from '../../cli/x.js';\nexport const r = x;\n`,
      'cli/x.ts': `import { y } from '../excel-addin/y.js';\nexport const x = y;\n`,
      'excel-addin/y.ts': 'export const y = 1;\n',
      'adapters/z.ts': `import { y } from '../excel-addin/y.js';\nexport const z = y;\n`,
      'adapters/ooxml/reader.ts': `import { w } from './write/w.js';\nexport const r = w;\n`,
      'adapters/ooxml/write/w.ts': 'export const w = 1;\n',
      'bench/b.ts': `import { h } from '../test/helper.js';\nexport const b = h;\n`,
      // Two folders that import each other through different files: no module circle, a folder loop.
      'extension/src/store/keep.ts': `import { key } from '../history/key.js';\nexport const keep = key;\n`,
      'extension/src/history/key.ts': 'export const key = 1;\n',
      'extension/src/history/list.ts': `import type { Kept } from '../store/kept.js';\nexport const list = (k: Kept) => k;\n`,
      'extension/src/store/kept.ts': 'export type Kept = number;\n',
      'test/helper.ts': 'export const h = 1;\n',
      // The add-in's pane and page apart, what both draw under neither; the page's entry alone draws the pane.
      'excel-addin/page/panel.ts': `import { tab } from '../taskpane/tab.js';\nexport const panel = tab;\n`,
      'excel-addin/page/standalone-file.tsx': `import { tab } from '../taskpane/tab.js';\nexport const page = tab;\n`,
      'excel-addin/taskpane/tab.ts': `import { run } from '../page/run.js';\nexport const tab = run;\n`,
      'excel-addin/page/run.ts': 'export const run = 1;\n',
      'excel-addin/shared/view.ts': `import { run } from '../page/run.js';\nexport const view = run;\n`,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    copyFileSync(CONFIG, join(dir, '.dependency-cruiser.cjs'));
    const caught = (await cruise(dir, ['core', 'cli', 'excel-addin', 'adapters', 'bench', 'extension'])).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(caught).toEqual(
      expect.arrayContaining([
        'core-layer-1-imports-up: core/text.ts → core/workbook/plan.ts',
        expect.stringMatching(/^no-circles: core\/sheet\/[ab]\.ts → core\/sheet\/[ab]\.ts$/),
        'core-imports-only-zod: core/values.ts → fs',
        'core-imports-only-core: core/report/read.ts → cli/x.ts',
        'cli-imports-no-other-face: cli/x.ts → excel-addin/y.ts',
        'adapters-import-no-face: adapters/z.ts → excel-addin/y.ts',
        'ooxml-reading-imports-no-writer: adapters/ooxml/reader.ts → adapters/ooxml/write/w.ts',
        'bench-imports-no-test: bench/b.ts → test/helper.ts',
        'extension-no-folder-circles: extension/src/store → extension/src/history',
        'page-imports-no-taskpane: excel-addin/page/panel.ts → excel-addin/taskpane/tab.ts',
        'taskpane-imports-no-page: excel-addin/taskpane/tab.ts → excel-addin/page/run.ts',
        'shared-imports-no-face: excel-addin/shared/view.ts → excel-addin/page/run.ts',
      ]),
    );
    expect(caught.filter((c) => c.includes('excel-addin/page/standalone-file.tsx →'))).toEqual([]);
  }, 300_000);
});
