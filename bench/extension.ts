// Benchmark: capture-to-preview on a ranking page of 900 communes — the page adapters on linkedom, and
// the whole path in Debian's chromium through the built extension (click `Ghi nhận chỉ số` → preview
// drawn) — plus the built extension's bundle sizes (each JS chunk, total, the .zip).
import { gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { capturePage } from '../core/indicators/index.js';
import { previewCapture } from '../extension/src/history/compare.js';
import { packageExtension } from '../scripts/package-extension.js';
import { launchWithExtension, openPortalAndPopup, servePortalPage, timeCaptureClick } from '../scripts/harness/browser-harness.js';
import { LARGE_PAGE_URL, largePageUnitName, makeLargePage } from '../scripts/harness/make-large-page.js';
import { builtExtension, sized } from './child.js';

const ROWS = sized(900, 30);
const RUNS = sized(7, 1);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function linkedomCapture(html: string): { parse: number; capture: number; preview: number; snapshots: number } {
  const parse: number[] = [];
  const capture: number[] = [];
  const preview: number[] = [];
  let snapshots = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const { document } = parseHTML(html);
    parse.push(performance.now() - t);
    t = performance.now();
    const result = capturePage(document as unknown as Document, LARGE_PAGE_URL, { capturedAt: new Date().toISOString(), commune: largePageUnitName(ROWS - 1) });
    capture.push(performance.now() - t);
    if (!result.ok) throw new Error(result.error.message);
    snapshots = result.snapshots.length;
    // Against a history holding the previous capture of every unit.
    t = performance.now();
    previewCapture(result.snapshots, result.snapshots);
    preview.push(performance.now() - t);
  }
  return { parse: median(parse), capture: median(capture), preview: median(preview), snapshots };
}

/** In the popup page: click → the preview's first fact is in the DOM and a frame has been drawn. */
async function chromiumCapture(extensionDir: string, tmp: string, html: string): Promise<{ allUnits: number; commune: number }> {
  const browser = await launchWithExtension(extensionDir, tmp);
  try {
    await servePortalPage(browser.context, LARGE_PAGE_URL, html);
    const { popup } = await openPortalAndPopup(browser, LARGE_PAGE_URL);
    const timeOnce = () => timeCaptureClick(popup, '[data-testid="page-type"]');
    const series = async () => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        // The popup renders after it has read its settings: time from a drawn button only.
        await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).waitFor();
        times.push(await timeOnce());
        await popup.getByRole('button', { name: 'Hủy' }).click();
      }
      return median(times);
    };
    // No commune set: all 900 units listed and selected.
    const allUnits = await series();
    await browser.worker.evaluate((commune) => chrome.storage.local.set({ settings: { commune } }), largePageUnitName(ROWS - 1));
    await popup.reload();
    const commune = await series();
    return { allUnits, commune };
  } finally {
    await browser.context.close();
  }
}

function bundleSizes(dir: string): { file: string; bytes: number; gzip: number }[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: relative(dir, f), bytes: statSync(f).size, gzip: gzipSync(readFileSync(f)).length }))
    .sort((a, b) => b.bytes - a.bytes);
}

export async function run(): Promise<void> {
  const html = makeLargePage(ROWS);
  console.log(`\n## Tiện ích / extension: capture-to-preview, ${ROWS}-row commune table (${kb(html.length)} of HTML), median of ${RUNS}`);
  const l = linkedomCapture(html);
  console.log(`linkedom parse:                 ${ms(l.parse)}`);
  console.log(`capturePage (${l.snapshots} units):        ${ms(l.capture)}`);
  console.log(`preview vs. previous capture:   ${ms(l.preview)}`);

  mkdirSync('bench/.tmp', { recursive: true });
  const tmp = mkdtempSync(join(process.cwd(), 'bench/.tmp/extension-'));
  try {
    const dist = await builtExtension();
    const c = await chromiumCapture(dist, tmp, html);
    console.log(`chromium, click → preview drawn, all ${ROWS} units selected: ${ms(c.allUnits)}`);
    console.log(`chromium, click → preview drawn, officer's commune picked:  ${ms(c.commune)}`);

    const sizes = bundleSizes(dist);
    console.log('bundle (JS, minified / gzip):');
    for (const s of sizes) console.log(`  ${s.file.padEnd(40)} ${kb(s.bytes).padStart(10)} ${kb(s.gzip).padStart(10)}`);
    const total = sizes.reduce((n, s) => n + s.bytes, 0);
    console.log(`  ${'total'.padEnd(40)} ${kb(total).padStart(10)} ${kb(sizes.reduce((n, s) => n + s.gzip, 0)).padStart(10)}`);
    const { bytes } = await packageExtension(dist, join(tmp, 'extension.zip'));
    console.log(`dist-extension.zip: ${kb(bytes)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
