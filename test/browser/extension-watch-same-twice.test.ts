// A morning captured twice with the same figures, in Debian's chromium: Phú Thọ's November mornings (season-days.ts),
// 4/11 captured whole at 04:10 on 5/11 and whole again at 15:00, restored from a backup. The store keeps the figures
// once, the first time; «Bản tin», `thidua watch` over the history's export and `thidua watch` over the two mornings'
// HAR files all say «chụp lúc 04:10 ngày 5/11/2026» — before, «Bản tin» after the restore and `thidua watch` over the
// HAR files said 15:00, the export 04:10.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/browser-harness.js';
import { runChild, tempDir } from '../cli/helpers.js';
import { seasonSaves, WHOLE_TWICE } from '../watch/season-days.js';
import { harOfAsked } from '../watch/six-lists-days.js';

let browser: ExtensionBrowser & { close(): Promise<void> };

beforeAll(async () => {
  browser = await startExtensionBrowser('test/.tmp/extension-watch-same-twice-');
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const saves = seasonSaves(WHOLE_TWICE).filter((s) => s.day >= '2026-11-01');
const heading = 'Tháng 11/2026 · số liệu ngày 4/11/2026 (chụp lúc 04:10 ngày 5/11/2026)';

/** `thidua watch` over `files` (name → content) in a folder of their own: what it prints. */
async function watched(files: Readonly<Record<string, string | Buffer>>): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'lan-chup'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, 'lan-chup', name), content);
  const run = await runChild(['watch', 'lan-chup'], dir);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trim();
}

describe('a morning captured twice with the same figures, in the extension', () => {
  it('«Bản tin», `thidua watch` over the export and over the two HAR files date it by its first capture', async () => {
    expect(saves.filter((s) => s.day === WHOLE_TWICE).map((s) => s.capturedAt)).toEqual(['2026-11-04T21:10:00.000Z', '2026-11-05T08:00:00.000Z']);
    const snapshots = saves.flatMap((s) => s.capture.snapshots.map((x) => ({ ...x, capturedAt: s.capturedAt })));
    const history = await browser.context.newPage();
    await history.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#lich-su`);
    await history.locator('input[type=file]').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-11-06T00:00:00.000Z', snapshots })) });
    await history.getByRole('status').filter({ hasText: 'Đã nhập' }).waitFor();

    const digest = await browser.context.newPage();
    await digest.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html#ban-tin`);
    const text = await digest.getByTestId('digest-text').innerText();
    await digest.close();
    expect(text.split('\n').find((l) => l.includes('số liệu ngày'))).toBe(heading);

    // The history's export of every stored day.
    await history.reload();
    await history.getByTestId('unit-history').first().waitFor();
    await history.getByLabel('Xuất mọi ngày đã lưu').check();
    const [file] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'Xuất JSON (cho chấm điểm)' }).click()]);
    const exported = await readFile((await file.path())!);
    await history.close();
    expect(await watched({ 'chi-so.json': exported })).toBe(text);

    // The mornings' HAR files, 4/11's two among them.
    const hars = Object.fromEntries(saves.map((s) => [`${s.capturedAt.replace(/:/g, '-')}.har`, JSON.stringify(harOfAsked(s.day, s.asked, s.capturedAt))]));
    expect(await watched(hars)).toBe(text);
  }, 240_000);
});

/* Made for: the watch audit of 4/11 — a morning captured twice with the same figures dated alike on every face. */
