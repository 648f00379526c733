// Measures the one-stop statistics corpus (test/fixtures/pages/platforms/, saved by Chromium): how many of its
// pages are read and how many of the figures they show come through under the right code, as `thidua capture`
// and the extension read them. Run: npx tsx scripts/table-corpus.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { capturePage } from '../core/indicators/pages/index.js';
import { sameUnit } from '../core/indicators/units.js';

const DIR = 'test/fixtures/pages/platforms';
interface Truth {
  url: string;
  figures: { unit: string; code: string; value: number }[];
}

let pagesRead = 0;
let figuresRead = 0;
let figures = 0;
const names = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();
for (const name of names) {
  const truth = JSON.parse(readFileSync(join(DIR, name.replace(/\.html$/, '.truth.json')), 'utf8')) as Truth;
  const doc = parseHTML(readFileSync(join(DIR, name), 'utf8')).document as unknown as Document;
  const result = capturePage(doc, truth.url, { capturedAt: new Date().toISOString() });
  const read = result.ok
    ? truth.figures.filter((f) => result.snapshots.some((s) => sameUnit(s.unit.name, f.unit) && s.indicators.some((i) => i.code === f.code && i.value !== null && Math.abs(i.value - f.value) < 0.005)))
    : [];
  figures += truth.figures.length;
  figuresRead += read.length;
  if (result.ok) pagesRead++;
  const what = result.ok ? `${result.pageType}` : `từ chối: ${result.error.message.slice(0, 160)}`;
  console.log(`${name.padEnd(40)} ${String(read.length).padStart(3)}/${String(truth.figures.length).padEnd(3)} ${what}`);
}
console.log(`\nTrang đọc được: ${pagesRead}/${names.length}; số liệu đọc đúng: ${figuresRead}/${figures}`);

/*
Made for: the before/after figures of issue 22 (pages read of 8, figures read) on the corpus of
scripts/platform-pages.ts.
*/
