// Saves the platform renderings of scripts/platform-pages.ts as Chromium draws them: each page is served at its
// provincial address (context.route), its scripts run, and `page.content()` — what «Save page» keeps — is written
// to test/fixtures/pages/platforms/<name>.html with <name>.truth.json beside it (the figures the page shows).
// Run: npx tsx scripts/save-platform-pages.ts [name…] (only the pages named; all without a name)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PLATFORM_PAGES } from './platform-pages.js';

const OUT = 'test/fixtures/pages/platforms';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const context = await browser.newContext();
  mkdirSync(OUT, { recursive: true });
  const wanted = process.argv.slice(2);
  for (const p of PLATFORM_PAGES.filter((page) => wanted.length === 0 || wanted.includes(page.name))) {
    await context.route(p.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: p.html }));
    const tab = await context.newPage();
    await tab.goto(p.url);
    writeFileSync(join(OUT, `${p.name}.html`), `${await tab.content()}\n`);
    writeFileSync(join(OUT, `${p.name}.truth.json`), `${JSON.stringify({ url: p.url, figures: p.truth }, null, 1)}\n`);
    await tab.close();
    console.log(`${p.name}: ${p.truth.length} số liệu`);
  }
} finally {
  await browser.close();
}

/*
Made for: the saved-page corpus of issue 22 (test/fixtures/pages/platforms/), measured by scripts/table-corpus.ts
and read in test/indicators/one-stop.test.ts.
*/
