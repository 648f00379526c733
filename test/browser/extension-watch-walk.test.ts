// The watch walked as an officer walks it, in Debian's chromium whose language is English (en-US), with the built
// extension: four mornings captured through the popup over a stand-in 766 page asking Phú Thọ's six saved answers
// (test/watch/six-lists-days.ts) — every list and the ranking on 11/9, two lists on 12/9, on 13/9 the portal refusing
// the page «Mức độ hài lòng» and the ranking (said refused, as `thidua capture` says it of the morning's HAR, the save
// button too, in the words of «Bản tin»), every
// list again on 14/9 —; then the popup's verdicts, «Bản tin», the brief, the history page and its «Xuất JSON», and
// `thidua watch` over that file in a Vietnamese-locale process: every number they show counted by hand from the
// answers served (units, groups, days, reds, falls, slides, ranks), and all alike. The days typed on the history page
// («Các ngày trước») and in Cài đặt (the reminder's deadline) read day/month/year, as «Bản tin» writes them, though
// the browser's date fields show and take month/day/year.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { BLANK_766, briefCells, openPortalAndPopup, servePortalPage, startExtensionBrowser, storageContents, verdictPopup, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { runChild, tempDir } from '../cli/helpers.js';
import { API, capturedAtOf, PHU_THO } from '../watch/real-days.js';
import { harOfAsked, listOn, rankingOn, RANKING, REQUESTS } from '../watch/six-lists-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-walk-', 'en-US');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** The six lists by endpoint, each with its group as the portal names it. */
const GROUPS: Readonly<Record<string, string>> = {
  transparency: 'Công khai, minh bạch',
  'dvc-progress-tree': 'Tiến độ giải quyết',
  'provide-online-tree': 'Dịch vụ công trực tuyến',
  'formality-online-payment-tree': 'Thanh toán trực tuyến',
  'handling-satisfaction': 'Mức độ hài lòng',
  'dossier-digitized': 'Số hóa hồ sơ',
};
const LISTS = Object.keys(GROUPS);
type Morning = { day: string; opened: readonly string[]; refused?: readonly string[] };
const MORNINGS: readonly Morning[] = [
  { day: '2026-09-11', opened: [...LISTS, RANKING] },
  { day: '2026-09-12', opened: ['transparency', 'dvc-progress-tree'] },
  { day: '2026-09-13', opened: [...LISTS, RANKING], refused: ['handling-satisfaction', RANKING] },
  { day: '2026-09-14', opened: [...LISTS, RANKING] },
];
const OWN = 'UBND xã Đoan Hùng';
const served = (m: Morning, endpoint: string) => m.opened.includes(endpoint) && !m.refused?.includes(endpoint);
/** Group names as every face lists them, each in «…» (one holds a comma). */
const quoted = (names: readonly (string | undefined)[]) => names.map((n) => `«${n}»`).join(', ');

// ---- Counted by hand from the answers served ----
type Row = { departmentId: string; departmentName: string; departmentLevel?: string; totalScore?: number; score?: number };
const rowsOf = (endpoint: string, day: string): Row[] => {
  const data = listOn(day, endpoint).data as { children?: Row[]; evaluation?: Row[] };
  return data.children ?? data.evaluation!;
};
/** A group's score of each unit served on `day`: the trees keep it in `score` (progress) or `totalScore`, the lists in `totalScore`. */
const groupScores = (endpoint: string, day: string) => new Map(rowsOf(endpoint, day).map((r) => [r.departmentId, endpoint === 'dvc-progress-tree' ? r.score! : r.totalScore!]));
const ranking = (day: string) => (rankingOn(day) as { data: { evaluation: Row[] } }).data.evaluation;
/** The units a morning's answers name, the province with them. */
const unitsOn = (m: Morning) => new Set([PHU_THO, ...LISTS.filter((e) => served(m, e)).flatMap((e) => rowsOf(e, m.day).map((r) => r.departmentId))]);
const last = MORNINGS.at(-1)!;
const withTotal = MORNINGS.filter((m) => served(m, RANKING));
const previousTotal = withTotal.at(-2)!;
const levelOf = (level: 'PROVINCE' | 'COMMUNE') => ranking(last.day).filter((r) => r.departmentLevel === level);
const totalOn = (day: string) => new Map(ranking(day).map((r) => [r.departmentId, r.totalScore!]));
const red = (total: number) => total < 50;
/** What a unit's groups moved since each group was last captured: the fall said today, not one seen on an earlier morning. */
function movedToday(id: string): number {
  let moved = 0;
  for (const e of LISTS) {
    const before = MORNINGS.slice(0, -1).filter((m) => served(m, e)).at(-1)!;
    moved += groupScores(e, last.day).get(id)! - groupScores(e, before.day).get(id)!;
  }
  return Math.round(moved * 100) / 100;
}
/** Runs of declines: a group or the total falling on 3 captures of it in a row. */
function slides(id: string): boolean {
  const runs = [...LISTS.map((e) => MORNINGS.filter((m) => served(m, e)).map((m) => groupScores(e, m.day).get(id)!)), withTotal.map((m) => totalOn(m.day).get(id)!)];
  return runs.some((values) => values.length > 3 && values.slice(-4).every((v, i, a) => i === 0 || v < a[i - 1]!));
}
const vi = (n: number) => String(n).replace('.', ',');
const short = (day: string) => day.split('-').reverse().map(Number).join('/');
function levelCounts(level: 'PROVINCE' | 'COMMUNE') {
  const units = levelOf(level);
  const now = totalOn(last.day);
  const before = totalOn(previousTotal.day);
  const reds = units.filter((u) => red(now.get(u.departmentId)!));
  return {
    units: units.length,
    fell: units.filter((u) => movedToday(u.departmentId) <= -0.5),
    slid: units.filter((u) => slides(u.departmentId)).length,
    stillRed: reds.filter((u) => red(before.get(u.departmentId)!)).length,
    intoRed: reds.filter((u) => !red(before.get(u.departmentId)!)).length,
    yellow: units.filter((u) => !red(now.get(u.departmentId)!) && now.get(u.departmentId)! < 70).length,
    green: units.filter((u) => now.get(u.departmentId)! >= 70).length,
  };
}
const agencies = levelCounts('PROVINCE');
const communes = levelCounts('COMMUNE');

/** The stand-in 766 page: it asks the lists the officer opened, as the portal's page asks them. */
function pageOf(m: Morning): string {
  return `<!DOCTYPE html><html lang="vi"><body><h1>Đánh giá chất lượng phục vụ</h1><div id="app">Đang tải…</div><script>
    (async () => {
      for (const [endpoint, body] of ${JSON.stringify(m.opened.map((e) => [e, REQUESTS[e]]))}) {
        await fetch(${JSON.stringify(API)} + endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      }
      document.getElementById('app').textContent = 'Đã tải';
    })();
  </script></body></html>`;
}

/** One morning through the popup, its clock at 04:10 the next day: the groups it says it holds, and what it saved. */
async function capture(m: Morning): Promise<{ held: string; notes: string; save: string; saved: string }> {
  await browser.context.unroute(`${API}**`);
  await browser.context.route(`${API}**`, (route) => {
    const endpoint = new URL(route.request().url()).pathname.split('/').pop()!;
    if (m.refused?.includes(endpoint)) return route.fulfill({ status: 403, body: 'Forbidden' });
    return route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify(endpoint === RANKING ? rankingOn(m.day) : listOn(m.day, endpoint)) });
  });
  await servePortalPage(browser.context, PAGE_766_URL, pageOf(m));
  const { popup, portal } = await openPortalAndPopup(browser, PAGE_766_URL);
  await portal.locator('#app', { hasText: 'Đã tải' }).waitFor();
  await popup.clock.setFixedTime(new Date(capturedAtOf(m.day)));
  await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
  await popup.getByTestId('preview-unit').first().waitFor();
  const held = await popup.getByTestId('groups-held').innerText();
  const notes = popup.getByTestId('preview-warnings');
  await notes.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const noted = await notes.innerText();
  await popup.getByRole('button', { name: 'Chọn tất cả' }).click();
  const button = popup.getByRole('button', { name: /^Lưu (là chụp chưa đủ )?\(\d+\)/ });
  const save = await button.innerText();
  await button.click();
  const saved = await popup.locator('[data-testid=saved], [data-testid=capture-error]').first().innerText();
  await Promise.all([popup.close(), portal.close()]);
  return { held, notes: noted, save, saved };
}

/** The popup's «Cài đặt» opened over the 766 page with nothing loaded, and changed by `set`. */
async function settings(set: (popup: import('playwright-core').Page) => Promise<void>) {
  await servePortalPage(browser.context, PAGE_766_URL, BLANK_766);
  const { popup, portal } = await openPortalAndPopup(browser, PAGE_766_URL);
  await popup.getByRole('button', { name: 'Cài đặt' }).click();
  await set(popup);
  await Promise.all([popup.close(), portal.close()]);
}

const historyPage = async (tab: 'ban-tin' | 'lich-su') => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#${tab}`);
  return page;
};

describe('the watch walked morning after morning, in an English-language browser', () => {
  let digest = '';

  it('reads the deadline typed in Cài đặt day/month/year; captures each morning with the groups the page was answered, says the lists the portal refused as `thidua capture` says them, and saves every unit the answers name', async () => {
    // The refused morning as the network panel saves it, read by `thidua capture`: its words for each refusal.
    const dir = await tempDir();
    const refusedOn = MORNINGS.find((m) => m.refused)!;
    await writeFile(join(dir, 'sang.har'), JSON.stringify(harOfAsked(refusedOn.day, refusedOn.opened.map((e) => (served(refusedOn, e) ? { endpoint: e, status: 201, body: e === RANKING ? rankingOn(refusedOn.day) : listOn(refusedOn.day, e) } : { endpoint: e, status: 403 })))));
    const read = await runChild(['capture', 'sang.har', '--url', PAGE_766_URL], dir);
    const refusals = read.stderr.split('\n').flatMap((l) => /Cổng không trả danh sách.*$/.exec(l) ?? []);
    expect(refusals).toEqual(['Cổng không trả danh sách «Mức độ hài lòng» (mã 403): lần chụp thiếu danh sách này.', 'Cổng không trả danh sách «Tổng điểm của mọi đơn vị» (mã 403): lần chụp thiếu danh sách này.']);

    await settings(async (popup) => {
      await popup.getByLabel('Xã/phường của tôi').fill('Xã Đoan Hùng');
      await popup.getByLabel(/^Chỉ ghi nhận những gì trang đã tải/).check();
      // The reminder's deadline typed day/month/year; a month/day/year, as the browser's date field took it, refused.
      await popup.locator('input[name=reminder]').nth(2).check();
      await popup.getByLabel('Hạn báo cáo', { exact: true }).fill('10/15/2026');
      await popup.getByRole('button', { name: 'Lưu cài đặt' }).click();
      expect(await popup.getByRole('alert').innerText()).toBe('Hạn báo cáo: không đọc được «10/15/2026» là một ngày (viết ngày/tháng/năm, như 15/9/2026).');
      await popup.getByLabel('Hạn báo cáo', { exact: true }).fill('15/10/2026');
      await popup.getByRole('button', { name: 'Lưu cài đặt' }).click();
    });
    expect(((await storageContents(browser)).settings as { reminder: unknown }).reminder).toEqual({ kind: 'before-deadline', deadline: '2026-10-15', daysBefore: 3 });
    for (const m of MORNINGS) {
      const shown = await capture(m);
      const held = LISTS.filter((e) => served(m, e)).map((e) => GROUPS[e]);
      const missing = LISTS.filter((e) => !served(m, e)).map((e) => GROUPS[e]);
      const units = unitsOn(m).size;
      // Each group in «…»: «Công khai, minh bạch, Tiến độ giải quyết» read as three groups (12/9).
      expect(shown.held, m.day).toBe(quoted(held));
      // A list the page asked and the portal refused is not one to open on the page (before: «Trang chưa tải nhóm
      // Mức độ hài lòng … (mở các nhóm đó trên trang rồi chụp lại)», the ranking's refusal unsaid).
      const never = missing.filter((g) => !m.refused?.some((e) => GROUPS[e] === g));
      // The save button says what «Bản tin» says of it: the refusals apart from the groups not loaded (before, on 13/9:
      // «thiếu nhóm Mức độ hài lòng», a 403 as a group to open, the ranking's unsaid).
      const refusedNames = (m.refused ?? []).map((e) => `«${e === RANKING ? 'Tổng điểm của mọi đơn vị' : GROUPS[e]}» (mã 403)`);
      const lacking = [
        ...(refusedNames.length > 0 ? [`cổng không trả ${refusedNames.length} danh sách: ${refusedNames.join(', ')} — lỗi phía cổng, ghi nhận lại sau`] : []),
        ...(never.length > 0 ? [`trang chưa tải ${never.length} nhóm: ${quoted(never)} — lần sau mở các nhóm đó trên trang rồi ghi nhận`] : []),
      ].join('; ');
      expect(shown.save, m.day).toBe(lacking ? `Lưu là chụp chưa đủ (${units}) — ${lacking}` : `Lưu (${units})`);
      expect(shown.saved, m.day).toContain(`Đã lưu ${units} bản ghi.`);
      if (m.refused) for (const r of refusals) expect(shown.notes, m.day).toContain(r);
      expect(shown.notes.includes('Trang chưa tải nhóm'), m.day).toBe(never.length > 0);
    }
    const days = Object.keys(await storageContents(browser)).filter((k) => k.startsWith('day:')).sort();
    expect(days).toEqual(MORNINGS.map((m) => `day:${m.day}`));
  }, 240_000);

  it('says in the popup, «Bản tin» and the brief the reds, falls and slides counted by hand, and the officer’s commune as its answers give it; Cài đặt shows the deadline as typed', async () => {
    // By hand: 15 agencies and 148 communes in the ranking of 14/9; the reds below 50 of 100 points; a fall of 0,5
    // point since each group's last capture; no unit falling on three captures in a row.
    expect([agencies.units, communes.units]).toEqual([15, 148]);
    expect(communes.fell.map((u) => u.departmentName)).toEqual(['UBND Phường Phú Thọ']);
    expect([agencies.fell.length, agencies.slid, communes.slid, agencies.intoRed, communes.stillRed + communes.intoRed]).toEqual([0, 0, 0, 0, 0]);
    const counts = (c: typeof agencies) => [['giảm từ 0,5 điểm', c.fell.length], ['vẫn đỏ', c.stillRed], ['vào vùng đỏ', c.intoRed]].filter(([, n]) => Number(n) > 0).map(([w, n]) => `${w} ${n}`).join(', ');

    const { popup, portal } = await verdictPopup(browser, PAGE_766_URL);
    expect(await popup.getByTestId('verdicts').locator('p').first().innerText()).toBe(`Nhận định ngày số liệu ${short(last.day)}`);
    expect(await popup.getByTestId('verdict-level').allInnerTexts()).toEqual([`Sở, ban, ngành (15 đơn vị): ${counts(agencies)}`, `UBND cấp xã (148 đơn vị): ${counts(communes)}`]);
    // Đoan Hùng: 62,99 of 100 (yellow), «Số hóa hồ sơ» 8,09 of 22 (red).
    const own = ranking(last.day).find((r) => r.departmentName === OWN)!;
    expect(own.totalScore).toBe(62.99);
    expect(groupScores('dossier-digitized', last.day).get(own.departmentId)! / 22).toBeLessThan(0.5);
    // The officer's line is «Bản tin»'s, read below (before: «vàng; «Số hóa hồ sơ»: đỏ» alone).
    const ownShown = await popup.getByTestId('verdict-own').innerText();
    // The deadline saved before the mornings, shown back day/month/year.
    await popup.getByRole('button', { name: 'Cài đặt' }).click();
    expect(await popup.getByLabel('Hạn báo cáo', { exact: true }).inputValue()).toBe('15/10/2026');
    await Promise.all([popup.close(), portal.close()]);

    const page = await historyPage('ban-tin');
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    digest = await page.getByTestId('digest-text').innerText();
    const communeTotals = levelOf('COMMUNE').map((r) => r.totalScore!);
    const placeOf = (total: number) => `thứ ${communeTotals.filter((t) => t > total).length + 1}/148`;
    const phuTho = ranking(last.day).find((r) => r.departmentName === 'UBND Phường Phú Thọ')!;
    const phuThoBefore = totalOn(previousTotal.day).get(phuTho.departmentId)!;
    const passed = `(lần chụp ${MORNINGS.slice(1, -1).reverse().map((m) => short(m.day)).join(', ')} không có điểm này)`;
    expect(digest).toContain(`số liệu ngày ${short(last.day)} (chụp lúc 04:10 ngày 15/9/2026)`);
    const ownNews = `${OWN} (${placeOf(62.99)}): 62,99 điểm (vàng); giảm ${vi(Math.round((totalOn(previousTotal.day).get(own.departmentId)! - 62.99) * 100) / 100)} so với lần chụp ${short(previousTotal.day)} ${passed}; Số hóa hồ sơ đỏ`;
    expect(digest).toContain(`Đơn vị của tôi — ${ownNews}`);
    expect(ownShown).toBe(`Đơn vị của tôi: ${ownNews}`);
    // Each level's heading whole: no slide, no unit into red, no other count than those by hand.
    const lines = digest.split('\n');
    expect(lines).toContain(`Sở, ban, ngành (15 đơn vị) — vẫn đỏ ${agencies.stillRed}:`);
    expect(digest).toContain(`Vẫn đỏ (${agencies.stillRed} đơn vị):`);
    expect(lines).toContain(`UBND cấp xã (148 đơn vị) — giảm từ 0,5 điểm ${communes.fell.length}:`);
    expect(digest).toContain(
      `• UBND Phường Phú Thọ (${placeOf(phuTho.totalScore!)}): ${vi(phuTho.totalScore!)} điểm (vàng); giảm ${vi(Math.round((phuThoBefore - phuTho.totalScore!) * 100) / 100)} so với lần chụp ${short(previousTotal.day)} ${passed}; Thanh toán trực tuyến giảm ${vi(-movedToday(phuTho.departmentId))} so với hôm trước`,
    );
    expect(digest).not.toMatch(/\d\.\d+ điểm/);

    const brief = await briefCells(page);
    expect(brief).toContain(`Sở, ban, ngành: 15 đơn vị — đỏ ${agencies.stillRed} (vẫn đỏ ${agencies.stillRed}), vàng ${agencies.yellow}, xanh ${agencies.green}.`);
    expect(brief).toContain(`UBND cấp xã: 148 đơn vị — đỏ 0, vàng ${communes.yellow}, xanh ${communes.green}.`);
    await page.close();
  }, 240_000);

  it('shows and exports every record of the four days, reads the day typed to clear old days as day/month/year, and `thidua watch` over the export in a Vietnamese-locale process prints «Bản tin» as the English browser shows it', async () => {
    const records = MORNINGS.reduce((n, m) => n + unitsOn(m).size, 0);
    const page = await historyPage('lich-su');
    await page.getByTestId('unit-history').first().waitFor();
    expect(await page.getByText(/^Đang lưu \d+ ngày số liệu/).innerText()).toContain(`Đang lưu ${MORNINGS.length} ngày số liệu`);
    expect(await page.getByText(/^Đang lưu \d+ ngày số liệu/).innerText()).toContain(`hiện ${records} bản ghi của ${MORNINGS.length} ngày gần nhất`);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất JSON (cho chấm điểm)' }).click()]);
    const text = readFileSync((await file.path())!, 'utf8');
    const exported = IndicatorExportFile.parse(JSON.parse(text));
    expect(exported.snapshots).toHaveLength(records);
    // Times written with the browser's offset: the same instants.
    expect([...new Set(exported.snapshots.map((s) => Date.parse(s.capturedAt)))].sort()).toEqual(MORNINGS.map((m) => Date.parse(capturedAtOf(m.day))));

    // «Các ngày trước» read day/month/year, shown back so; a month/day/year refused, nothing exported while it is.
    const field = page.locator('input[name=prune-before]');
    const read = page.locator('output[data-read=prune-before]');
    await field.fill('13/9/2026');
    expect(await read.innerText()).toBe('đọc là ngày 13/9/2026');
    // 11/9 and 12/9 are before 13 September.
    expect(await page.getByRole('button', { name: 'Xuất 2 ngày ra tệp JSON' }).isEnabled()).toBe(true);
    await field.fill('09/13/2026');
    expect(await read.innerText()).toBe('Các ngày trước: không đọc được «09/13/2026» là một ngày (viết ngày/tháng/năm, như 15/9/2026).');
    expect(await page.getByRole('button', { name: /^Xuất \d+ ngày ra tệp JSON$/ }).isDisabled()).toBe(true);

    await page.close();

    const dir = await tempDir();
    await mkdir(join(dir, 'xuat'));
    await writeFile(join(dir, 'xuat', 'chi-so.json'), text);
    const run = await runChild(['watch', 'xuat', '--unit', 'Xã Đoan Hùng'], dir, { LC_ALL: 'vi_VN.UTF-8', LANG: 'vi_VN.UTF-8' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trimEnd()).toBe(digest);
  }, 240_000);
});

/* Made for: the watch walked end to end as the officer walks it — captures of partial and whole mornings, the popup, «Bản tin», the brief, the history page, its export and `thidua watch` — every number counted by hand and alike on every face, in a browser whose language is English. */
