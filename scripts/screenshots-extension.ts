// `npm run screenshots:extension`: pictures of the extension (Vietnamese) for the README and its guide (docs/huong-dan/tien-ich-chrome.md), taken in
// Debian's chromium with the built extension capturing a fixture page served at its real address.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, openPortalAndPopup, servePortalPage } from './harness/browser-harness.js';
import { buildExtension } from './harness/builds.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs', 'screenshots');
const PAGE_URL = 'https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html';
let page = readFileSync(join(root, 'test/fixtures/pages/dvc-766-tinh-thanh-pho-tinh.html'), 'utf8');

mkdirSync(join(root, 'test/.tmp'), { recursive: true });
const tmp = mkdtempSync(join(root, 'test/.tmp/shots-'));
try {
  await buildExtension(join(tmp, 'dist'));
  const browser = await launchWithExtension(join(tmp, 'dist'), tmp);
  await servePortalPage(browser.context, PAGE_URL, page);
  const { popup, portal } = await openPortalAndPopup(browser, PAGE_URL);
  await popup.getByRole('button', { name: 'Cài đặt' }).click();
  await popup.getByLabel('Xã/phường của tôi').fill('Ta Ma');
  await popup.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
  await popup.getByTestId('preview-unit').first().waitFor();
  await popup.screenshot({ path: join(out, 'tien-ich-xem-truoc.png'), fullPage: true });
  await popup.getByRole('button', { name: /^Lưu \(/ }).click();
  await popup.getByTestId('saved').waitFor();
  // A later capture of the same page with moved figures, so the history shows a change and a trend: the total moved
  // with its groups (16,5 → 17,2 and 10,1 → 11,6: 78,45 → 80,65), as the portal adds them.
  for (const [from, to] of [['16,5', '17,2'], ['78,45', '80,65'], ['10,1', '11,6']]) page = page.replace(`>${from}<`, `>${to}<`);
  await Promise.all([popup.close(), portal.close()]);
  await servePortalPage(browser.context, PAGE_URL, page);
  const later = await openPortalAndPopup(browser, PAGE_URL);
  await later.popup.getByRole('button', { name: 'Ghi nhận chỉ số' }).click();
  await later.popup.getByRole('button', { name: /^Lưu \(/ }).click();
  await later.popup.getByTestId('saved').waitFor();

  const history = await browser.context.newPage();
  await history.setViewportSize({ width: 900, height: 700 });
  await history.goto(`chrome-extension://${browser.extensionId}/src/history-page/index.html`);
  await history.getByTestId('unit-history').first().waitFor();
  // The total's row opened to its trend, as an officer would.
  await history.locator('tr[data-code="TONG_SCORE"]').first().getByRole('button').click();
  await history.screenshot({ path: join(out, 'tien-ich-lich-su.png'), fullPage: false });
  await browser.context.close();
  console.log(`Đã lưu ảnh vào ${out}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
