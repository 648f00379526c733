// Benchmark: the 766 page's own API responses and the one-stop tables as the platforms draw them — core readers on
// their own, the table reader's cap on a hostile page, and in Debian's chromium the one click on a 766 page whose
// script fetched a 150-unit province (click → preview drawn). Median of 7.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { capturePage, captureResponses, listTables, readTables, type SeenResponse } from '../core/indicators/index.js';
import { launchWithExtension, openPortalAndPopup, servePortalPage, timeCaptureClick, type ExtensionBrowser } from '../scripts/harness/browser-harness.js';
import { warningsFor } from '../core/indicators/capture.js';
import { MAX_LIST_UNITS } from '../core/indicators/responses/shared.js';
import { BIN, buildCli, builtExtension, load, mb, runNode, seconds, sized, withTempDir } from './child.js';
import { provinceView, viewPage } from '../scripts/harness/province-766.js';
import { API, apiAnswer, communeName, PAGE_766, paymentTree, progressTree, request, shapeA, shapeAUnit, spaPage } from '../scripts/harness/responses-766.js';

const RUNS = sized(7, 1);
/** Rows of each of the hostile page's five tables. */
const HOSTILE_ROWS = sized(3000, 300);
/** The lists past the bound `thidua capture` is given (issue 35: a stack overflow at 200,000, 1.8 GB at 50,000). */
const REFUSED_UNITS = sized([200_000, 50_000], [MAX_LIST_UNITS + 1]);
/** One response's units, against a quarter of them (linear ≈ 4). */
const LINEAR_UNITS = sized(4000, 400);
/** The list `thidua capture` reads whole: the largest it reads when measuring, a small one in a smoke run (the same way). */
const READ_UNITS = sized(MAX_LIST_UNITS, LINEAR_UNITS);
/** Units of the one-stop platform's 766 table. */
const ONE_STOP_ROWS = sized(900, 30);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function timed(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** A province of 150 communes as the page receives it: transparency in two pages, progress and payment trees. */
function provinceResponses(): SeenResponse[] {
  const payment = Array.from({ length: 150 }, (_, i) => ({ departmentName: communeName(i), totalDossierOnlinePaymentSuccess: i, totalDossierFinancialObligation: 150, totalScore: (10 * i) / 150, totalMaxScore: 10, ratio: (100 * i) / 150 }));
  return [
    { url: `${API}transparency`, request: request({ currentPage: 1 }), body: shapeA(150, 1) },
    { url: `${API}transparency`, request: request({ currentPage: 2 }), body: shapeA(150, 2) },
    { url: `${API}dvc-progress-tree`, request: request(), body: progressTree(150) },
    { url: `${API}formality-online-payment-tree`, request: request(), body: paymentTree(payment) },
  ];
}

/** Phú Thọ's real August 2026 view: the six saved answers (test/fixtures/real/watch/README.md) and their requests. */
function realMonth(): SeenResponse[] {
  const root = { rootDepartmentId: '019d2be3-6a88-732b-8b17-b68020c8553a', currentPage: 1 };
  const month = { timeType: 'month', year: 2026, month: 8 };
  const lists: [string, object][] = [
    ['dvc-progress-tree', { ...root, pageSize: 100, ...month }],
    ['transparency', { ...root, pageSize: 200, ...month }],
    ['provide-online-tree', { ...root, pageSize: 200, ...month }],
    ['formality-online-payment-tree', { ...root, pageSize: 100, ...month }],
    ['handling-satisfaction', { ...root, pageSize: 200, fromDate: '2026-08-01', toDate: '2026-08-31' }],
    ['dossier-digitized', { ...root, pageSize: 200, ...month }],
  ];
  return lists.map(([endpoint, body]) => ({ url: `${API}${endpoint}`, request: body, body: JSON.parse(readFileSync(`test/fixtures/real/watch/${endpoint}-month-all.json`, 'utf8')) as unknown }));
}

/** The 766 monitor of a one-stop platform: title rows and `<td>` headers, numbering row, 900 units, «Tổng số» footer. */
function oneStopTable(rows: number): string {
  const cells = (i: number) => [String(i + 1), `H17.${i}`, `UBND xã Số ${i}`, '1.234', '388', '12', '75.5', '23.7', '0.8', '1.530', '16', '98.96', '1.600', '210', '150', '71.43', '28.57'];
  const td = (xs: string[]) => `<tr>${xs.map((x) => `<td>${x}</td>`).join('')}</tr>`;
  return `<!DOCTYPE html><html><body><table>
    <tr><td colspan="17"><strong>BÁO CÁO THEO DÕI CHỈ TIÊU DVC TRỰC TUYẾN THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTg</strong></td></tr>
    <tr><td colspan="17">Từ ngày 01/01/2025 đến ngày 31/10/2025</td></tr>
    <tr><td rowspan="2"><b>STT</b></td><td rowspan="2"><b>Mã định danh</b></td><td rowspan="2"><b>Tên đơn vị</b></td><td colspan="3"><b>Số hồ sơ tiếp nhận</b></td>
      <td colspan="3"><b>Tỉ lệ nộp hồ sơ</b></td><td colspan="3"><b>Kết quả xử lý hồ sơ nộp trực tuyến với hồ sơ đang xử lý</b></td>
      <td rowspan="2"><b>Số lượng hồ sơ đã đồng bộ về Cổng DVC QG</b></td><td rowspan="2"><b>Tổng HS có nghĩa vụ tài chính</b></td><td colspan="3"><b>Thanh toán trực tuyến</b></td></tr>
    <tr><td>Số mới tiếp nhận trực tuyến</td><td>Trực tiếp</td><td>Qua bưu chính</td><td>Trực tuyến (%)</td><td>Trực tiếp (%)</td><td>BCCI (%)</td>
      <td>Trước hạn, đúng hạn</td><td>Trễ hạn</td><td>Tỉ lệ sớm và đúng hạn</td><td>Số HS đã TTTT</td><td>Tỉ lệ TTTT (%)</td><td>Tỉ lệ TT trực tiếp (%)</td></tr>
    ${td(Array.from({ length: 17 }, (_, i) => `(${i + 1})`))}
    ${Array.from({ length: rows }, (_, i) => td(cells(i))).join('\n')}
  </table></body></html>`;
}

/** HOSTILE_ROWS (3,000) rows claiming colspan=1000 and a rowspan over the table, five times. */
function hostilePage(): string {
  const table = `<table><tr><th>Tên đơn vị</th><th>Điểm</th></tr>${Array.from({ length: HOSTILE_ROWS }, (_, i) => `<tr><td colspan="1000">Xã ${i}</td><td rowspan="65534">y</td><td>${i}</td></tr>`).join('')}</table>`;
  return `<!DOCTYPE html><html><body>${table.repeat(5)}</body></html>`;
}

/**
 * A 766 page in chromium: the API routed to `answer`, the page served, the officer's commune set; the median of
 * RUNS clicks → the commune's table drawn, once the page shows `loaded`. Its tabs are closed at the end: the
 * section's next page opens in the same browser.
 */
async function chromiumClicks(browser: ExtensionBrowser, answer: (url: string, body: unknown) => unknown, page: string, loaded: string): Promise<number> {
  await browser.context.unroute(`${API}**`);
  await browser.context.route(`${API}**`, (route) =>
    route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify(answer(route.request().url(), route.request().postDataJSON())) }),
  );
  await servePortalPage(browser.context, PAGE_766, page);
  // What is timed is reading the lists the page loaded: the click's gathering (1,5 s between lists) is not asked for.
  await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { commune: 'Xã Tam Sơn', observeOnly: true } }));
  const { popup, portal } = await openPortalAndPopup(browser, PAGE_766);
  try {
    await portal.locator(loaded).waitFor();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).waitFor();
      times.push(await timeCaptureClick(popup, '[data-testid="preview-unit"]'));
      await popup.getByRole('button', { name: 'Hủy' }).click();
    }
    return median(times);
  } finally {
    await popup.close();
    await portal.close();
  }
}

/** The stand-in page of a 163-unit province asking all seven lists (satisfaction by dates). */
function provincePage(): string {
  const year = { timeType: 'year', year: 2026 };
  return viewPage([
    { endpoint: 'service-results', body: { ...year, departmentType: 'ADMINISTRATIVE_UNIT' } },
    ...['transparency', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree', 'dossier-digitized'].map((endpoint) => ({ endpoint, body: year })),
    { endpoint: 'handling-satisfaction', body: { fromDate: '2026-01-01', toDate: '2026-12-31' } },
  ]);
}

/** One transparency response of `units` communes, captured, its notes matched to every unit (issue 25: was quadratic). */
function largeResponse(units: number): () => unknown {
  const seen = [{ url: `${API}transparency`, request: request({ pageSize: units }), body: shapeA(units, 1, units, (i) => shapeAUnit(i)) }];
  return () => {
    const r = captureResponses(seen, { capturedAt: new Date().toISOString() });
    if (!r.ok) throw new Error(r.error.message);
    return warningsFor(r.warnings, r.snapshots.map((s) => s.unit.name));
  };
}

/**
 * `thidua capture` on saved responses at and past the bounds, in a child process (its peak memory): a list of
 * 200,000 and of 50,000 units (issue 35: a stack overflow at 2.2 GB, and 1.8 GB), refused before they are read; the
 * largest list read (MAX_LIST_UNITS; READ_UNITS); a province's real payment list (test/fixtures/real/portal/). Lines on stderr
 * are the notes, said once per kind.
 */
async function savedResponses(): Promise<void> {
  buildCli();
  console.log(`thidua capture on saved responses (${load()}):`);
  await withTempDir('capture', async (dir) => {
    const cases: [string, string, unknown][] = [
      ...REFUSED_UNITS.map((units): [string, string, unknown] => [`${units.toLocaleString('en')} units (refused)`, 'dvc-progress-tree', progressTree(units)]),
      [`${READ_UNITS.toLocaleString('en')} units, ${READ_UNITS === MAX_LIST_UNITS ? 'the largest list read' : 'a list read'}`, 'transparency', shapeA(READ_UNITS, 1, READ_UNITS)],
      ['Phú Thọ 2026, the real payment list of 163 units', 'formality-online-payment-tree', JSON.parse(readFileSync('test/fixtures/real/portal/formality-online-payment-tree-phu-tho-2026.json', 'utf8'))],
    ];
    for (const [name, endpoint, body] of cases) {
      const file = join(dir, `${endpoint}.json`);
      await writeFile(file, JSON.stringify(body));
      const run = await runNode([BIN, 'capture', file, '--url', `${API}${endpoint}`, '--json']);
      const lines = run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('THIDUA_')).length;
      console.log(`  ${name}: exit ${run.code}, ${seconds(run.ms)}, peak ${mb(run.peakKb)}, ${lines} lines on stderr`);
    }
  });
}

/**
 * The hostile page in chromium: click → the refusal drawn, and how much the portal tab's JS heap grew (CDP
 * Performance metrics, after a collection) while the injected script read its tables.
 */
async function chromiumHostile(browser: ExtensionBrowser): Promise<{ ms: number; heapMb: number }> {
  const url = 'https://motcua.dienbien.gov.vn/bao-cao/bang-lon';
  await servePortalPage(browser.context, url, hostilePage());
  // No commune set, as in a browser of its own: the 766 pages' settings are not carried over.
  await browser.worker.evaluate(() => chrome.storage.local.remove('settings'));
  const { popup, portal } = await openPortalAndPopup(browser, url);
  try {
    const cdp = await browser.context.newCDPSession(portal);
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
    };
    const before = await heap();
    let peak = before;
    const sampling = setInterval(() => {
      void cdp.send('Performance.getMetrics').then(({ metrics }) => {
        peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')!.value);
      }, () => undefined);
    }, 20);
    const started = performance.now();
    await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
    await popup.getByTestId('capture-error').waitFor();
    const took = performance.now() - started;
    clearInterval(sampling);
    return { ms: took, heapMb: (peak - before) / 1e6 };
  } finally {
    await popup.close();
    await portal.close();
  }
}

export async function run(): Promise<void> {
  console.log(`\n## 766 responses and one-stop tables, median of ${RUNS}`);
  const seen = provinceResponses();
  const opts = { capturedAt: new Date().toISOString(), commune: 'Xã Tam Sơn' };
  const r = captureResponses(seen, opts);
  if (!r.ok) throw new Error(r.error.message);
  console.log(`captureResponses, 150 communes × 3 endpoints (${r.snapshots.length} snapshots): ${ms(timed(() => captureResponses(seen, opts)))}`);

  // The real answers: Phú Thọ's August 2026 view, all six groups as the portal answered (test/fixtures/real/watch/).
  const real = realMonth();
  const realRead = captureResponses(real, opts);
  if (!realRead.ok) throw new Error(realRead.error.message);
  const realBytes = real.reduce((n, s) => n + JSON.stringify(s.body).length, 0);
  console.log(`captureResponses, Phú Thọ's real August 2026 view, 6 lists × 163 units (${(realBytes / 1e6).toFixed(2)} MB, ${realRead.snapshots.length} snapshots): ${ms(timed(() => captureResponses(real, opts)))}`);

  // Linear in the units: 4,000 (near the bound of one list, MAX_LIST_UNITS) against 1,000 (a ratio near 4; quadratic
  // would be 16). Fewer runs: seconds each.
  const once = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  const small = largeResponse(LINEAR_UNITS / 4);
  const large = largeResponse(LINEAR_UNITS);
  const [t1k, t4k] = [median([once(small), once(small), once(small)]), median([once(large), once(large), once(large)])];
  console.log(`captureResponses + warningsFor, one response of ${LINEAR_UNITS.toLocaleString('en')} units: ${ms(t4k)} (${(LINEAR_UNITS / 4).toLocaleString('en')} units: ${ms(t1k)}; ratio ${(t4k / t1k).toFixed(1)}, linear ≈ 4)`);
  await savedResponses();

  const html = oneStopTable(ONE_STOP_ROWS);
  const doc = parseHTML(html).document as unknown as Document;
  const url = 'https://motcua.dienbien.gov.vn/bao-cao/theo-doi-chi-tieu-766';
  const t = capturePage(doc, url, opts);
  if (!t.ok) throw new Error(t.error.message);
  console.log(`capturePage, one-stop 766 table of ${ONE_STOP_ROWS} units (<td> headers, title rows): ${ms(timed(() => capturePage(doc, url, opts)))}`);

  const hostile = parseHTML(hostilePage()).document as unknown as Document;
  const listed = timed(() => listTables(hostile));
  // The heap a single reading holds at its end (its tables kept alive), after a collection when node allows one.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = readTables(hostile);
  const held = process.memoryUsage().heapUsed - before;
  console.log(`listTables, 5 × ${HOSTILE_ROWS.toLocaleString('en')} rows of colspan=1000: ${ms(listed)}; readTables holds ${(held / 1e6).toFixed(0)} MB for ${kept.length} tables${gc ? '' : ' (no --expose-gc: garbage included)'}`);

  mkdirSync('bench/.tmp', { recursive: true });
  const tmp = mkdtempSync(join(process.cwd(), 'bench/.tmp/responses-'));
  try {
    // One browser for the three pages, each in tabs of its own (a launch with the extension costs seconds of
    // processor time; what is timed is a click in a page already loaded).
    const browser = await launchWithExtension(await builtExtension(), tmp);
    try {
      const spa = await chromiumClicks(browser, (url, body) => apiAnswer(url, body as { currentPage?: number }), spaPage(), '#app[data-progress=ok]:has-text("100+50 đơn vị")');
      console.log(`chromium, 766 page with 150 communes fetched, click → preview drawn: ${ms(spa)}`);
      const province = await chromiumClicks(browser, (url, body) => provinceView(new URL(url).pathname.split('/').pop()!, body, 163), provincePage(), '#app:has-text("Đã tải 7 phản hồi")');
      console.log(`chromium, 766 page of a 163-unit province, all 7 lists (both period forms), click → preview drawn: ${ms(province)} (goal ≤ 300 ms)`);
      const hostileRun = await chromiumHostile(browser);
      console.log(`chromium, colspan=1000 page (5 × ${HOSTILE_ROWS.toLocaleString('en')} rows), click → refusal drawn: ${ms(hostileRun.ms)}, portal tab JS heap peak +${hostileRun.heapMb.toFixed(0)} MB (sampled every 20 ms)`);
    } finally {
      await browser.context.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
