// docs/ARCHITECTURE.md is written from the tree: every path it names exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TOP = ['core', 'adapters', 'cli', 'excel-addin', 'extension', 'bench', 'scripts', 'test', 'docs', 'examples'];

/** Paths the text names: words starting with a top folder (or a dot file), up to a space or a closing mark. */
export function namedPaths(text: string): string[] {
  const found = text.match(new RegExp(`(?<![\\w/.-])(?:(?:${TOP.join('|')})/[\\w./<>*-]*|\\.dependency-cruiser\\.cjs)`, 'g')) ?? [];
  return [...new Set(found.map((p) => p.replace(/[.,;:]+$/, '')).filter((p) => !/[<*]/.test(p)))];
}

describe('docs/ARCHITECTURE.md', () => {
  const text = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
  const paths = namedPaths(text);

  it('names the tree it describes', () => {
    expect(paths.length).toBeGreaterThan(40);
  });

  it.each(paths)('%s exists', (path) => {
    expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('would catch a path that does not exist', () => {
    expect(namedPaths('see core/criteria/sheet.ts, and core/checks/<id>.ts')).toEqual(['core/criteria/sheet.ts']);
    expect(existsSync(join(ROOT, 'core/criteria/sheet.ts'))).toBe(false);
  });
});
