// `npm test` sees to the programs its tests drive: Debian's chromium (browser tests), LibreOffice and
// poppler (print tests), LibreOffice Writer (Word documents). Found → said
// and done; missing → installed with apt when we are root and apt is there, saying so; otherwise one
// Vietnamese line naming the command to run, and the tests stop before they start. No browser download.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What the tests need: the program's path and the Debian package that brings it. */
const PROGRAMS = [
  { path: '/usr/bin/chromium', pkg: 'chromium', for: 'kiểm thử trình duyệt' },
  { path: '/usr/bin/soffice', pkg: 'libreoffice-calc-nogui', for: 'kiểm thử bản in' },
  // Writer: Word documents (bảng điểm .docx, hồ sơ khen thưởng) converted and printed in tests.
  { path: '/usr/lib/libreoffice/program/libswlo.so', pkg: 'libreoffice-writer-nogui', for: 'kiểm thử văn bản Word' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils', for: 'kiểm thử bản in' },
  // openpyxl under Debian's own python3: report workbooks as provincial systems export them (absolute part targets, notes, charts).
  { path: '/usr/lib/python3/dist-packages/openpyxl/__init__.py', pkg: 'python3-openpyxl', for: 'kiểm thử sổ tính do openpyxl ghi' },
  // Calibri's metrics (the font workbooks name), so printed text is measured as Excel would lay it out.
  { path: '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf', pkg: 'fonts-crosextra-carlito', for: 'kiểm thử bản in' },
  // Times New Roman's metrics (the font the award papers name): rules, page breaks and the signer's block measured as Word lays them out.
  { path: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', pkg: 'fonts-liberation2', for: 'kiểm thử hồ sơ khen thưởng' },
];

/** Installs (or upgrades) `pkgs` with apt when we are root, saying so; otherwise one line naming the command, and stop. */
function aptInstall(pkgs, why) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    process.stderr.write(`${why}: hãy chạy «sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}» rồi chạy lại «npm test».\n`);
    process.exit(1);
  }
  process.stderr.write(`${why}: đang cài bằng «apt-get install -y ${pkgs.join(' ')}»…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...pkgs]]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) {
      process.stderr.write(`Không cài được ${pkgs.join(' ')} (apt-get ${args[0]} thoát với mã ${run.status}): hãy cài bằng tay rồi chạy lại «npm test».\n`);
      process.exit(1);
    }
  }
}

const missing = PROGRAMS.filter((p) => !existsSync(p.path));
if (missing.length > 0) {
  const pkgs = missing.map((p) => p.pkg);
  aptInstall(pkgs, `Thiếu ${missing.map((p) => `${p.pkg} (${p.for})`).join(', ')}`);
  const still = missing.filter((p) => !existsSync(p.path));
  if (still.length > 0) {
    process.stderr.write(`Đã cài nhưng vẫn không thấy ${still.map((p) => p.path).join(', ')}.\n`);
    process.exit(1);
  }
  process.stderr.write(`Đã cài ${pkgs.join(' ')}.\n`);
}

// Debian bookworm's own chromium 150 (its main suite, without bookworm-security's update) ends with SIGSEGV the moment
// the extension's popup opens (CDP's Extensions.triggerAction, any extension, headless or under Xvfb): every test that
// clicks the icon would fail as a closed browser. The browser tests are checked with bookworm-security's 156.
const CHROMIUM_CHECKED = 156;
const chromiumMajor = () => Number(/Chromium (\d+)\./.exec(spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout ?? '')?.[1]);
const found = chromiumMajor();
if (!(found >= CHROMIUM_CHECKED)) {
  aptInstall(['chromium'], `Chromium ${Number.isNaN(found) ? 'không rõ phiên bản' : found} cũ hơn bản kiểm thử trình duyệt đã kiểm (${CHROMIUM_CHECKED}; bản 150 đóng ngay khi mở cửa sổ tiện ích)`);
  const after = chromiumMajor();
  if (!(after >= CHROMIUM_CHECKED)) {
    process.stderr.write(`Đã cập nhật nhưng Chromium vẫn là bản ${after}: cần bản ${CHROMIUM_CHECKED} trở lên (kho bookworm-security của Debian).\n`);
    process.exit(1);
  }
}
