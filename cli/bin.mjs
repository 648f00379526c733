#!/usr/bin/env node
// `thidua` command line: plain JavaScript built from cli/ by `npm install` (the `prepare` script).
try {
  await import('../dist-cli/thidua.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist-cli')) throw e;
  process.stderr.write('Dòng lệnh thidua chưa được dựng: chạy «npm run build:cli» (hoặc «npm install») trong thư mục dự án.\n');
  process.exitCode = 2;
}

/* Made for: `npx thidua` and the installed command: the built command line started, or a Vietnamese sentence saying how to build it when it is not. */
