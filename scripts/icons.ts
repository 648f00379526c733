// Draws the add-in's icons (16, 32, 64, 80 px PNG) with Debian's chromium: one SVG, rendered at
// each size so small sizes stay crisp. Run once after changing the drawing: npx tsx scripts/icons.ts
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ICON_SIZES, iconPath } from '../excel-addin/environment.js';
import { CHROMIUM } from './chromium.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Excel green tile, a white bar chart with a star above the tallest bar: scoring and emulation. */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect x="1" y="1" width="30" height="30" rx="6" fill="#107C41"/>
  <rect x="7" y="18" width="4.5" height="8" rx="1" fill="#fff"/>
  <rect x="13.75" y="14" width="4.5" height="12" rx="1" fill="#fff"/>
  <rect x="20.5" y="16" width="4.5" height="10" rx="1" fill="#fff" opacity="0.85"/>
  <path d="M16 3.5l1.7 3.5 3.8.5-2.8 2.6.7 3.8L16 12.1l-3.4 1.8.7-3.8-2.8-2.6 3.8-.5z" fill="#FFD23F"/>
</svg>`;

const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    const file = resolve(root, 'excel-addin', iconPath(size));
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(file);
  }
} finally {
  await browser.close();
}
