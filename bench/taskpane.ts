// Task pane first load: the add-in built as shipped (`vite build`), and the gzipped size of what the built
// taskpane.html makes the browser fetch before the pane can draw — the page, its scripts, modulepreloads and
// stylesheets — against the 250 KB goal. Chunks imported lazily (ExcelJS for the standalone page) load later
// and are listed apart; Office.js comes from Microsoft's CDN, cached by Office, and is not ours to count.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { builtAddin, load, seconds } from './child.js';

const GOAL_KB = 250;
// 1 KB = 1,024 bytes; gzip at Node's default level, as a server compresses on the fly.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The URLs of the page's <script src>, and of its <link> with rel modulepreload or stylesheet. */
function initialLoads(html: string): string[] {
  const urls: string[] = [];
  for (const [, tag, attrs] of html.matchAll(/<(script|link)\b([^>]*)>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs!)?.[1];
    if (tag === 'script' && attr('src')) urls.push(attr('src')!);
    if (tag === 'link' && /^(modulepreload|stylesheet)$/.test(attr('rel') ?? '') && attr('href')) urls.push(attr('href')!);
  }
  return urls;
}

export async function run(): Promise<void> {
  console.log('\n## Bổ trợ Excel / task pane: first load (gzip)');
  const t = performance.now();
  const dir = await builtAddin();
  // Nothing when another section built it first in this run.
  console.log(`vite build in ${seconds(performance.now() - t)}   ${load()}`);
  const html = await readFile(join(dir, 'taskpane.html'));
  const urls = initialLoads(html.toString());
  const external = urls.filter((u) => /^https?:/.test(u));
  const files = ['taskpane.html', ...urls.filter((u) => !external.includes(u)).map((u) => u.replace(/^\.\//, ''))];
  // A page whose tags this reading misses would count as nothing loaded: better to stop than to print 1 KB.
  if (!files.some((f) => f.endsWith('.js'))) throw new Error(`no script of ours found in the built taskpane.html:\n${html}`);
  const sizes = await Promise.all(files.map(async (file) => ({ file, gzip: gzipSync(await readFile(join(dir, file))).length })));
  for (const s of sizes) console.log(`  ${s.file.padEnd(44)} ${kb(s.gzip).padStart(10)}`);
  const total = sizes.reduce((n, s) => n + s.gzip, 0);
  console.log(`  ${'first load, total'.padEnd(44)} ${kb(total).padStart(10)}  (goal ≤ ${GOAL_KB} KB: ${total <= GOAL_KB * 1024 ? 'met' : `${kb(total - GOAL_KB * 1024)} over`})`);
  for (const u of external) console.log(`  not counted, from its CDN: ${u}`);
  const lazy = (await readdir(join(dir, 'assets'))).filter((f) => /\.(js|css)$/.test(f) && !files.includes(`assets/${f}`));
  for (const f of lazy) console.log(`  not counted, loaded later: assets/${f} ${kb(gzipSync(await readFile(join(dir, 'assets', f))).length)}`);
}
