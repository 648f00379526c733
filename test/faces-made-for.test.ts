// Every source file of the faces (the extension with its build and manifest files, the add-in, the command line) ends
// with what it was made for, as the checks, rule kinds, sheet layouts and portal pages do: a file added without saying
// why fails here.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closingComment } from './helpers/made-for.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FACES = ['extension', 'excel-addin', 'cli'];

const sources = FACES.flatMap((face) =>
  (readdirSync(join(ROOT, face), { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f))
    .map((f) => relative(ROOT, join(ROOT, face, f)))
    .sort(),
);

describe('the faces’ files say what they were made for', () => {
  it('finds the faces’ files, the extension’s build and manifest files among them', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources).toEqual(expect.arrayContaining(['extension/vite.config.ts', 'extension/manifest.config.ts']));
  });

  it.each(sources)('%s ends with its «Made for» trailer', (file) => {
    expect(closingComment(join(ROOT, file)), `${file} ends with what it was made for`).toMatch(/^Made for\b.{40,}/s);
  });
});
