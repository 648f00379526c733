// Every check file is registered, named after its flag code, and has its own test file.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../core/checks/define.js';
import { checks } from '../../core/checks/index.js';

const folder = fileURLToPath(new URL('../../core/checks/', import.meta.url));
const testFolder = fileURLToPath(new URL('./', import.meta.url));
const checkFiles = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && !['define.ts', 'index.ts', 'flag.ts', 'titles.ts', 'run.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));

describe('check registry', () => {
  it.each(checkFiles)('%s is registered under its file name and tested', async (id) => {
    const mod = (await import(`../../core/checks/${id}.ts`)) as { default: Check };
    expect(mod.default.id).toBe(id);
    expect(checks).toContain(mod.default);
    expect(existsSync(`${testFolder}${id}.test.ts`)).toBe(true);
  });

  it('registers nothing but those files, each once', () => {
    expect(checks.map((c) => c.id).sort()).toEqual([...checkFiles].sort());
  });

  it('gives every check a Vietnamese title and description', () => {
    for (const check of checks) {
      expect(check.title.length).toBeGreaterThan(5);
      expect(check.description.length).toBeGreaterThan(20);
    }
  });
});
