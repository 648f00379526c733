// Every criteria sheet layout is one file of core/criteria/sheet/layouts/ holding its own reading, and one line
// of the registry there: registered once under its file name, and closing with what it was made for.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layouts } from '../../core/criteria/sheet/layouts/index.js';
import type { CriteriaLayout } from '../../core/criteria/sheet/sheet-reader.js';
import { closingComment } from '../helpers/made-for.js';

const folder = fileURLToPath(new URL('../../core/criteria/sheet/layouts/', import.meta.url));
const layoutFiles = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('criteria sheet layout registry', () => {
  it.each(layoutFiles)('%s is registered under its file name and says what it was made for', async (id) => {
    const mod = (await import(`../../core/criteria/sheet/layouts/${id}.ts`)) as { default: CriteriaLayout };
    expect(mod.default.id).toBe(id);
    expect(layouts).toContain(mod.default);
    expect(closingComment(`${folder}${id}.ts`), `${id}.ts ends with what it was made for`).toMatch(/^Made for\b.{40,}/s);
  });

  // A layout read in passes keeps them in a folder of its name, each pass a file saying what it was made for.
  const passFiles = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('/') && f.endsWith('.ts'));
  it.each(passFiles)('pass %s says what it was made for', (file) => {
    expect(layoutFiles).toContain(file.split('/')[0]);
    expect(closingComment(`${folder}${file}`), `${file} ends with what it was made for`).toMatch(/^Made for\b.{40,}/s);
  });

  it('registers nothing but those files, each once', () => {
    expect(layouts.map((l) => l.id).sort()).toEqual([...layoutFiles].sort());
  });
});
