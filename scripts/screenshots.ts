// Screenshots of the task pane in Vietnamese for the README (docs/screenshots/), taken in Debian's
// chromium on the standalone page with a generated four-unit workbook: npm run screenshots
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBuiltin } from '../core/criteria/builtin/index.js';
import { unitWorkbook } from '../test/addin/xlsx-fixture.js';
import { CHROMIUM } from './chromium.js';
import { serveStatic } from './static-server.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs/screenshots');
const set = findBuiltin('ta-ma-2025')!;

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
const file = join(await mkdtemp(join(tmpdir(), 'thidua-shots-')), 'Xã Ta Ma 2025.xlsx');
await writeFile(
  file,
  await unitWorkbook(set, [
    { name: 'Bản Hua Ca', kindId: 'ban', quality: 0.95 },
    { name: 'Bản Co Muông', kindId: 'ban', quality: 0.7, late: true },
    { name: 'Bản Phiêng Pi', kindId: 'ban', quality: 0.5, inconsistent: true },
    { name: 'Bản Nà Sáy', kindId: 'ban', quality: 0.85 },
  ]),
);
mkdirSync(out, { recursive: true });

const { server, url } = await serveStatic(join(root, 'dist'));
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({ viewport: { width: 420, height: 760 }, deviceScaleFactor: 2, locale: 'vi-VN' });
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  await page.goto(`${url}taskpane.html`);
  await page.waitForSelector('html[data-host="standalone"]');
  const shot = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, name), fullPage: true });
    console.log(join(out, name));
  };

  await page.getByLabel('Mở tệp .xlsx').setInputFiles(file);
  await page.getByText('Đã mở').waitFor();
  await page.getByRole('combobox', { name: 'Bộ tiêu chí có sẵn' }).click();
  await page.getByRole('option', { name: set.title }).click();
  await page.getByRole('button', { name: 'Dùng bộ này' }).click();
  await page.getByText('Đang dùng').first().waitFor();
  await shot('taskpane-tieu-chi.png');

  await page.getByRole('tab', { name: 'Chấm điểm' }).click();
  await page.getByRole('button', { name: 'Kiểm tra & chấm điểm' }).click();
  await page.getByText(/Đã chấm \d+ đơn vị/).waitFor();
  await shot('taskpane-cham-diem.png');

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await shot('taskpane-tong-hop.png');

  await page.getByRole('tab', { name: 'Rà soát' }).click();
  await page.getByRole('textbox', { name: 'Người rà soát' }).fill('Lò Văn Minh');
  await page.getByRole('button', { name: 'Quyết định' }).first().click();
  await page.getByRole('radio', { name: 'Yêu cầu giải trình' }).check();
  await page.getByRole('textbox', { name: 'Ý kiến' }).fill('Đề nghị bản bổ sung biên bản kiểm tra.');
  await shot('taskpane-ra-soat.png');
} finally {
  await browser.close();
  server.close();
}
