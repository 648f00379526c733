// Benchmark: the province watch over a year — 365 daily captures of a 200-unit province with every group
// (scripts/harness/watch-days.ts) kept by the extension's own store: what a year takes in chrome.storage.local (against
// the 10 MB quota without unlimitedStorage, and against the same snapshots kept as one list, as before the watch);
// the digest and the brief over that year in Node; then in Debian's chromium, with the year in the built extension's
// storage, the history page and «Bản tin» from navigation to drawn; the JSON export of a week and of the year (every
// stored day, as the history page now offers, the filters over them timed), by
// column (version 2) and as version 1 wrote it — each against a reference measured in the same
// run (reading every stored snapshot; the same pages over one stored day).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBrief } from '../core/watch/brief.js';
import { watchSeries } from '../core/watch/captures.js';
import { buildDigest, digestWindow } from '../core/watch/digest.js';
import { digestText } from '../core/watch/digest-text.js';
import { planBrief } from '../core/watch/plan-brief.js';
import { buildExport } from '../extension/src/export/backup.js';
import { counted, exportedDays, type Held } from '../extension/src/history-page/history-state.js';
import { exportFile } from '../extension/src/export/backup.js';
import type { StorageArea } from '../extension/src/storage/area.js';
import { Settings } from '../extension/src/storage/settings.js';
import { createStore } from '../extension/src/storage/store.js';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../scripts/harness/browser-harness.js';
import { provinceCaptures } from '../scripts/harness/watch-days.js';
import { builtExtension, sized } from './child.js';

const DAYS = sized(365, 3);
// At least 20: the history page is timed to its first 20 tables.
const UNITS = sized(200, 20);
const RUNS = sized(5, 1);
const LOCAL_QUOTA = 10 * 1024 * 1024;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** chrome.storage.local as the store sees it: values kept as JSON text, their size counted as Chrome counts it. */
export function jsonArea() {
  const data = new Map<string, string>();
  const area: StorageArea & { data: Map<string, string>; bytesInUse(): Promise<number> } = {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, JSON.parse(data.get(k)!) as unknown])),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, JSON.stringify(v))),
    remove: async (keys) => void keys.forEach((k) => data.delete(k)),
    // UTF-8 bytes of key and JSON, as getBytesInUse counts (its few escapes of «<» aside): Vietnamese names are not one byte a letter.
    bytesInUse: async () => [...data].reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0),
  };
  return area;
}

async function time(f: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * Navigation to the first `selector` drawn, in the page's own clock (a frame after it appears); with `all`, to
 * `all` of them drawn (the history page's first page of tables).
 */
async function openTime(browser: ExtensionBrowser, path: string, selector: string, all?: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.locator(selector).nth((all ?? 1) - 1).waitFor({ timeout: 120_000 });
    // Runs in the page: it names only the page's globals. An imported name (performance from node:perf_hooks, as this
    // file once had) is rewritten by the test runner's transform (`__vite_ssr_import_0__.performance`), undefined
    // in the page: the frame's callback threw, the promise never settled and the smoke run waited to its limit.
    times.push(await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())))));
    await page.close();
  }
  return median(times);
}

/**
 * Storage reached from a page of the extension, not its service worker: Chrome stops an idle worker after 30 s (a
 * loaded machine opening the pages above takes that long), and a stopped worker's evaluate never returns. The page is
 * the extension's manifest.json, which has chrome.storage and draws nothing: the history page there drew whatever was
 * stored (the year, at full size) while it was being seeded, work beside the pages timed next.
 */
async function inExtension<T>(browser: ExtensionBrowser, work: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    return await work(page);
  } finally {
    await page.close();
  }
}

/** The store's own records, put into the extension's chrome.storage.local a few days at a time. */
async function seed(browser: ExtensionBrowser, data: Map<string, string>): Promise<void> {
  const entries = [...data];
  await inExtension(browser, async (page) => {
    await page.evaluate(() => chrome.storage.local.clear());
    for (let i = 0; i < entries.length; i += 20) {
      await page.evaluate((batch) => chrome.storage.local.set(Object.fromEntries(batch.map(([k, v]) => [k, JSON.parse(v) as unknown]))), entries.slice(i, i + 20));
    }
  });
}

/** A process's resident memory now and at its peak (VmRSS, VmHWM), in bytes. */
function memoryOf(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) * 1024;
  return { now: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Chromium's processes of the profile under `root`: the browser's, and the extension's renderer (its pages and worker). */
function chromiumProcesses(root: string): { browser: number; extension: number } {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      return [{ pid: Number(d), parent: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]), cmd: readFileSync(`/proc/${d}/cmdline`, 'utf8') }];
    } catch {
      return [];
    }
  });
  const browser = procs.find((p) => p.cmd.includes(`--user-data-dir=${root}`) && !p.cmd.includes('--type='));
  const under = (p: (typeof procs)[number]): boolean => p.parent === browser?.pid || procs.some((q) => q.pid === p.parent && under(q));
  const extension = procs.find((p) => p.cmd.includes('--type=renderer') && p.cmd.includes('--extension-process') && under(p));
  if (!browser || !extension) throw new Error(`chromium's processes under ${root} not found`);
  return { browser: browser.pid, extension: extension.pid };
}

/**
 * The history page's JSON export of every stored day, clicked as the officer clicks it: from the click to the file
 * saved, and the peak resident memory meanwhile of the extension's process (its pages share it) and of the browser's
 * (which keeps the file's Blob parts) — each process's peak reset just before the click (/proc/<pid>/clear_refs).
 */
async function exportInPage(browser: ExtensionBrowser, root: string) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html`);
    await page.locator('[data-testid=unit-history]').first().waitFor({ timeout: 120_000 });
    await page.locator('input[name=export-all-days]').check();
    const pids = chromiumProcesses(root);
    for (const pid of Object.values(pids)) writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const [rendererBefore, browserBefore] = [memoryOf(pids.extension).now, memoryOf(pids.browser).now];
    const started = performance.now();
    // What the officer reads meanwhile: the status line, read every second until the file is saved.
    const said: { ms: number; text: string }[] = [];
    let saved = false;
    const reading = (async () => {
      while (!saved) {
        const text = await page.evaluate(() => document.querySelector('[data-testid=export-progress]')?.textContent ?? '');
        if (text) said.push({ ms: performance.now() - started, text });
        await new Promise((r) => setTimeout(r, 1_000));
      }
    })();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: 'Xuất JSON (cho chấm điểm)' }).click()]);
    const path = await file.path();
    const elapsed = performance.now() - started;
    saved = true;
    await reading;
    return { ms: elapsed, bytes: statSync(path).size, rendererBefore, rendererPeak: memoryOf(pids.extension).peak, browserBefore, browserPeak: memoryOf(pids.browser).peak, said };
  } finally {
    await page.close();
  }
}

export async function run(): Promise<void> {
  console.log(`\n## Theo dõi tỉnh / province watch: ${DAYS} daily captures of ${UNITS} units, every group, median of ${RUNS}`);
  const area = jsonArea();
  const store = createStore(area);
  let raw = 0;
  let saving = 0;
  const captures = provinceCaptures(DAYS, UNITS);
  for (const c of captures) {
    raw += JSON.stringify(c.snapshots).length;
    const t = performance.now();
    await store.save(c.snapshots);
    saving += performance.now() - t;
  }
  const bytes = await area.bytesInUse();
  console.log(`kept by the store: ${mb(bytes)} (${(bytes / DAYS / 1024).toFixed(0)} KB a day), ${(bytes / LOCAL_QUOTA).toFixed(1)}× chrome.storage.local's 10 MB quota; as one list of snapshots (before the watch): ${mb(raw)} (${(raw / bytes).toFixed(1)}× more)`);
  console.log(`saving a day's capture (${captures[0]!.snapshots.length} units): ${ms(saving / DAYS)} on average`);

  // The JSON export of a week and of the year, as the history page writes them, against version 1 (one object a unit).
  for (const [what, days] of [['the last 7 days', (await store.days()).slice(-7)], ['the year', await store.days()]] as const) {
    const { snapshots } = await store.snapshots(days);
    const plain = snapshots.map(({ id: _, ...s }) => s);
    // Counted a snapshot at a time: a year of version 1 is longer than the longest string JavaScript can hold.
    const before = JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: new Date().toISOString(), snapshots: [] }).length + plain.reduce((n, s) => n + JSON.stringify(s).length + 1, -1);
    const after = JSON.stringify(buildExport(plain, new Date().toISOString())).length;
    // As the history page writes it when the officer exports every stored day: a day at a time, the same bytes.
    const exportedAt = new Date().toISOString();
    const writing = performance.now();
    const held: Held = { count: 0, days: new Set() };
    const file = await exportFile(counted(exportedDays(async (day) => (await store.snapshots([day])).snapshots, days, {}), held), exportedAt);
    const write = performance.now() - writing;
    if (held.count !== snapshots.length || file.size !== Buffer.byteLength(JSON.stringify(buildExport(plain, exportedAt)))) throw new Error(`the export of every stored day wrote ${held.count} of ${snapshots.length} snapshots, ${file.size} bytes`);
    console.log(`JSON export of ${what} (${plain.length} snapshots): ${mb(after)} (version 2, by column); version 1 (a unit an object): ${mb(before)}, ${(before / after).toFixed(1)}× more; written a day at a time from the store, as the history page does, in Node: ${ms(write)}`);
  }

  const settings = Settings.parse({ commune: 'UBND xã Số 17' });
  const digestOfStore = async () => {
    const { captures: week } = await store.captures(digestWindow(await store.days(), settings.thresholds));
    const series = watchSeries(week)!;
    const digest = buildDigest(series, { own: settings.commune, thresholds: settings.thresholds });
    return { text: digestText(digest), sheet: planBrief(buildBrief(digest, series)) };
  };
  const digest = await time(digestOfStore);
  // Once: it reads the whole year.
  const everything = await time(() => store.snapshots(), 1);
  console.log(`digest and brief over the year (the last week of days read): ${ms(digest)}; reading every stored snapshot, once (reference, what the history page read before): ${ms(everything)} — ${(everything / digest).toFixed(0)}× longer`);
  console.log(`the digest: ${(await digestOfStore()).text.split('\n').length} lines`);

  mkdirSync('bench/.tmp', { recursive: true });
  const tmp = mkdtempSync(join(process.cwd(), 'bench/.tmp/watch-'));
  try {
    const browser = await launchWithExtension(await builtExtension(), tmp);
    try {
      // The references: the same pages with nothing stored (what the machine's load costs any page now), and over one stored day.
      await seed(browser, new Map([['settings', JSON.stringify(settings)]]));
      const historyNone = await openTime(browser, 'src/history-page/index.html', '[data-testid=history-empty]');
      const digestNone = await openTime(browser, 'src/history-page/index.html#ban-tin', '[data-testid=digest-empty]');
      const last = `day:${(await store.days()).at(-1)}`;
      const oneDay = new Map([...area.data].filter(([k]) => !k.startsWith('day:') || k === last));
      const oneIndex = JSON.parse(oneDay.get('watch-days')!) as { days: Record<string, unknown> };
      oneIndex.days = Object.fromEntries(Object.entries(oneIndex.days).slice(-1));
      oneDay.set('watch-days', JSON.stringify(oneIndex));
      oneDay.set('settings', JSON.stringify(settings));
      await seed(browser, oneDay);
      const historyOne = await openTime(browser, 'src/history-page/index.html', '[data-testid=unit-history]');
      const digestOne = await openTime(browser, 'src/history-page/index.html#ban-tin', '[data-testid=digest-text]');
      const year = new Map(area.data);
      year.set('settings', JSON.stringify(settings));
      await seed(browser, year);
      const used = await inExtension(browser, (page) => page.evaluate(() => chrome.storage.local.getBytesInUse(null)));
      console.log(`chromium: the year in chrome.storage.local: ${mb(used)} (unlimitedStorage)`);
      const history = await openTime(browser, 'src/history-page/index.html', '[data-testid=unit-history]');
      const historyAll = await openTime(browser, 'src/history-page/index.html', '[data-testid=unit-history]', 20);
      const digestPage = await openTime(browser, 'src/history-page/index.html#ban-tin', '[data-testid=digest-text]');
      console.log(`chromium, history page opened to its first table: a year stored ${ms(history)}, one day stored ${ms(historyOne)} (×${(history / historyOne).toFixed(2)}), nothing stored ${ms(historyNone)}`);
      console.log(`chromium, history page to its first 20 tables (a week of 20 units): a year stored ${ms(historyAll)}`);
      console.log(`chromium, «Bản tin» opened to the digest drawn:    a year stored ${ms(digestPage)}, one day stored ${ms(digestOne)} (×${(digestPage / digestOne).toFixed(2)}), nothing stored ${ms(digestNone)}`);
      const exported = await exportInPage(browser, tmp);
      console.log(`chromium, the history page's «Xuất JSON» of every stored day (the year, no filter), click to file saved: ${ms(exported.ms)}, ${mb(exported.bytes)}; peak memory meanwhile: the extension's process ${mb(exported.rendererPeak)} (${mb(exported.rendererBefore)} before the click), the browser's ${mb(exported.browserPeak)} (${mb(exported.browserBefore)} before)`);
      const [firstSaid, lastSaid] = [exported.said[0], exported.said.at(-1)];
      console.log(`  the status line meanwhile, read each second: ${exported.said.length} readings${firstSaid && lastSaid ? `, the first at ${ms(firstSaid.ms)} «${firstSaid.text}», the last at ${ms(lastSaid.ms)} «${lastSaid.text}»` : ' (the file was saved before the first)'}`);
    } finally {
      await browser.context.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
