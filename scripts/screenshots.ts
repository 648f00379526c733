// Screenshots of the task pane in Vietnamese for the README and docs/huong-dan/excel.md (docs/screenshots/), taken in Debian's
// chromium on the standalone page at a real task pane's size (340 × 800 px), with the example commune
// opened through the page's own example button: npm run screenshots
// An English view of the scoring pane goes to the temporary folder it prints, for checking the toggle.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM } from './chromium.js';
import { serveStatic } from './static-server.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs/screenshots');
/** Excel's task pane is about 320–350 px wide. */
const PANE = { width: 340, height: 800 };

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });
const scratch = await mkdtemp(join(tmpdir(), 'thidua-shots-'));

const { server, url } = await serveStatic(join(root, 'dist'));
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({ viewport: PANE, deviceScaleFactor: 2, locale: 'vi-VN' });
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  await page.goto(`${url}taskpane.html`);
  await page.waitForSelector('html[data-host="standalone"]');
  /** The pane as the officer sees it: from the top, or scrolled so `show` is in view. */
  const shot = async (name: string, dir = out, show?: Locator) => {
    await page.waitForTimeout(300);
    if (show) await show.evaluate((e) => e.scrollIntoView({ block: 'end' }));
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(dir, name) });
    console.log(join(dir, name));
  };

  await page.getByRole('button', { name: 'Mở sổ tính ví dụ' }).click();
  await page.getByText('Đã mở').waitFor();
  await page.getByRole('button', { name: 'Dùng trang «Tiêu chí» của sổ tính' }).click();
  await page.getByText('Đã đọc bộ tiêu chí').waitFor();
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
  await page.getByRole('textbox', { name: 'Ý kiến' }).fill('Đề nghị đơn vị bổ sung biên bản.');
  await shot('taskpane-ra-soat.png', out, page.getByRole('button', { name: 'Lưu quyết định' }));

  await switchToEnglish(page);
  await page.getByRole('tab', { name: 'Scoring' }).click();
  await shot('taskpane-scoring-en.png', scratch);
  await switchToEnglish(page, 'Tiếng Việt'); // leave the stored choice as a first visit finds it
} finally {
  await browser.close();
  server.close();
}

async function switchToEnglish(page: Page, to = 'English'): Promise<void> {
  await page.getByRole('combobox', { name: to === 'English' ? 'Ngôn ngữ' : 'Language' }).click();
  await page.getByRole('option', { name: to }).click();
}
