// An old Word document (.doc) chosen on the standalone page opened from disk (file://) in Debian's chromium: the page
// cannot run LibreOffice, so it recognises the Word 97–2003 document by its content and gives the hint to save it as
// .docx — where the criteria are chosen, and on the document's own line when chosen with the reports — and no set is
// taken from it. The document is a real school's scoring form (test/fixtures/real/criteria/), written as .doc by
// LibreOffice; no request leaves the page.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveWorkerChromium, workerChromium } from '../helpers/worker-chromium.js';
import { tempDir } from '../cli/helpers.js';
import { conductForm, docByLibreOffice } from '../../scripts/harness/real-tables.js';
import { cspViolations, offline, openStandalonePage } from '../helpers/standalone-page.js';
import { builtAddin } from '../../scripts/harness/builds.js';

const HINT = 'Tệp hanh-kiem.doc là văn bản Word 97–2003 (.doc): mở trong Word và lưu lại dạng .docx.';

let browser: Browser;
let doc: string;
let renamed: string;
/** The run's build of the add-in and the standalone page (scripts/harness/builds.ts). */
let dist: string;
beforeAll(async () => {
  dist = await builtAddin();
  const dir = await tempDir();
  doc = await docByLibreOffice([await conductForm()], dir, 'hanh-kiem');
  // The same document under a .docx name: recognised by its content, not its name.
  renamed = join(await tempDir(), 'bang-diem.docx');
  await copyFile(doc, renamed);
  browser = await workerChromium();
}, 300_000);
afterAll(async () => {
  await leaveWorkerChromium(browser);
});

describe('a Word 97–2003 document on the standalone page', () => {
  it('is recognised and refused with the hint to save it as .docx, where the criteria are chosen and with the reports', async () => {
    const { page, requests } = await openStandalonePage(browser, dist);
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(doc);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(HINT);
    expect(await page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe('chưa chọn');
    await page.getByLabel('Tệp bộ tiêu chí').setInputFiles(renamed);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(HINT.replace('hanh-kiem.doc', 'bang-diem.docx'));
    await page.getByLabel('Tệp báo cáo').setInputFiles([doc]);
    const row = page.locator('tr[data-file="hanh-kiem.doc"] td[data-state]');
    await expect.poll(() => row.getAttribute('data-state')).toBe('bo-qua');
    expect(await row.textContent()).toBe(`bỏ qua: ${HINT}`);
    expect(await page.getByLabel('Bộ tiêu chí đang dùng').textContent()).toBe('chưa chọn');
    expect(offline(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
