// First load of the one-file standalone page (dist/thidua-doc-lap.html): the page is everything the
// browser reads — React, Fluent UI, the workbook package reader and writer and the example workbooks included — so its size, raw and
// gzipped (as a server would send it; opened from disk nothing is compressed), is the first load.
// Builds first: npx tsx scripts/standalone-size.ts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { STANDALONE_PAGE } from './standalone-page.js';

const root = resolve(import.meta.dirname, '..');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
const page = readFileSync(join(root, 'dist', STANDALONE_PAGE));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/${STANDALONE_PAGE}: ${kb(page.length)} raw, ${kb(gzipSync(page).length)} gzip (one file, nothing else loaded)`);
