// `npm run sideload [-- stop]`: loads manifest.xml into desktop Excel on Windows or Mac with
// office-addin-debugging. That tool pulls ~500 packages and a native keychain module, which would
// make every fresh `npm install` of thidua slow and fragile, so it is installed here on first use,
// pinned and with the override it needs, into .tools/sideload/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const VERSION = '7.0.0';
const root = resolve(import.meta.dirname, '..');
const toolDir = join(root, '.tools', 'sideload');
const action = process.argv[2] === 'stop' ? 'stop' : 'start';

if (process.platform !== 'win32' && process.platform !== 'darwin') {
  console.error(
    [
      'Nạp thử (sideload) vào Excel trên máy chỉ làm được trên Windows hoặc Mac có Excel.',
      'Trên máy này: chạy «npm start», rồi trong Excel trên web chọn Trang đầu › Phần bổ trợ › Thêm phần bổ trợ khác ›',
      `Tải lên phần bổ trợ của tôi › chọn ${join(root, 'manifest.xml')}.`,
      '(Sideloading needs desktop Excel on Windows or Mac; on this machine upload manifest.xml in Excel on the web.)',
    ].join('\n'),
  );
  process.exit(2);
}

const bin = join(toolDir, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
if (!existsSync(bin)) {
  console.log(`Cài office-addin-debugging@${VERSION} lần đầu vào .tools/sideload … / installing it once`);
  mkdirSync(toolDir, { recursive: true });
  writeFileSync(
    join(toolDir, 'package.json'),
    JSON.stringify(
      {
        private: true,
        dependencies: { 'office-addin-debugging': VERSION },
        // office-addin-debugging installs only with this linkedom version.
        overrides: { linkedom: '0.18.12' },
      },
      null,
      2,
    ),
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: toolDir, stdio: 'inherit', shell: process.platform === 'win32' });
  if (install.status !== 0) {
    console.error('Không cài được office-addin-debugging; kiểm tra kết nối tới kho npm rồi chạy lại.');
    process.exit(1);
  }
}

const args = [action, join(root, 'manifest.xml'), ...(action === 'start' ? ['desktop', '--app', 'excel'] : [])];
const run = spawnSync(bin, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(run.status ?? 1);
