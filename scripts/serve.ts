// Serves the built task pane (dist/) on https://localhost:3000 with the Office dev certificates and
// says how to open it in Excel. Build first: npm run build:addin.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { DEV, PAGES } from '../excel-addin/environment.js';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(root, 'dist', PAGES.taskpane))) {
  console.error('Chưa có dist/taskpane.html: hãy chạy «npm run build:addin» trước.');
  process.exit(1);
}
const server = await preview({ configFile: resolve(root, 'vite.config.ts') });
server.printUrls();
// THIDUA_HTTP (any value) serves plain http (vite.config.ts): say the address that actually answers.
const base = process.env.THIDUA_HTTP ? DEV.base.replace(/^https:/, 'http:') : DEV.base;
console.log(`
Ngăn tác vụ: ${base}${PAGES.taskpane}${process.env.THIDUA_HTTP ? '   (http: chỉ cho trình duyệt; Excel cần https)' : ''}
• Mở trong trình duyệt: trang độc lập (chọn tệp .xlsx hoặc sổ tính ví dụ; kết quả được tải về).
• Mở trong Excel:
  – Windows/Mac: npm run sideload   (nạp manifest.xml vào Excel trên máy)
  – Excel trên web: Trang đầu › Phần bổ trợ › Thêm phần bổ trợ khác › Tải lên phần bổ trợ của tôi › chọn ${resolve(root, 'manifest.xml')}
Dừng: Ctrl+C.`);
