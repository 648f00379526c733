// Every check file is registered, named after its flag code, carries its titles, has its own test file and ends
// with what it was made for;
// every flag code, the run's own among them, has a Vietnamese and an English title.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../core/checks/define.js';
import { checks } from '../../core/checks/index.js';
import { RUN_FLAGS } from '../../core/flags/run-flags.js';
import { FLAG_TITLES, FLAG_TITLES_EN, flagCodeOf, flagTitle } from '../../core/checks/titles.js';
import { closingComment } from '../helpers/made-for.js';

const folder = fileURLToPath(new URL('../../core/checks/', import.meta.url));
const testFolder = fileURLToPath(new URL('./', import.meta.url));
const checkFiles = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && !['define.ts', 'index.ts', 'titles.ts', 'run.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));

describe('check registry', () => {
  it.each(checkFiles)('%s is registered under its file name and tested', async (id) => {
    const mod = (await import(`../../core/checks/${id}.ts`)) as { default: Check };
    expect(mod.default.id).toBe(id);
    expect(checks).toContain(mod.default);
    expect(existsSync(`${testFolder}${id}.test.ts`)).toBe(true);
    expect(closingComment(`${folder}${id}.ts`), `${id}.ts ends with what it was made for`).toMatch(/^Made for\b.{40,}/s);
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

  it('titles every flag code in Vietnamese and English, from the check files and run-flags.ts alone', () => {
    const codes = [...checks.map((c) => c.id), ...RUN_FLAGS.map((f) => f.id)];
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(FLAG_TITLES).sort()).toEqual([...codes].sort());
    expect(Object.keys(FLAG_TITLES_EN).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const [vi, en] = [flagTitle(code), flagTitle(code, 'en')];
      expect(vi, code).not.toBe(code);
      expect(en.trim(), code).toBeTruthy();
      expect(en, code).not.toBe(vi);
      expect(en, code).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      expect(flagCodeOf(vi.toUpperCase()), code).toBe(code);
    }
    expect(flagTitle('late-submission', 'en')).toBe('Report submitted late');
    expect(flagTitle('duplicate-report')).toBe('Báo cáo trùng');
  });
});
