import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWARD_ROUND_TITLES } from '../../core/criteria/schema.js';
import { catalogue, ROUND_TITLES_EN, translator } from '../../excel-addin/shared/i18n.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the task pane catalogue', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.vi).sort());
    for (const key of Object.keys(catalogue.vi) as (keyof typeof catalogue.vi)[]) {
      expect(catalogue.vi[key].trim(), key).not.toBe('');
      expect(catalogue.en[key].trim(), key).not.toBe('');
      expect(placeholders(catalogue.en[key]), key).toEqual(placeholders(catalogue.vi[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('vi');
    expect(t('scoreDone', { count: 4, flags: 3 })).toBe('Đã chấm 4 đơn vị. 3 cảnh báo.');
    expect(translator('en')('scoreDone', { count: 4 })).toBe('Scored 4 units. {flags} flags.');
  });

  it('is the only source of words in the pane: every t() key exists, and no JSX text is written inline', () => {
    // The pane, the standalone page and what both draw.
    const root = resolve(import.meta.dirname, '../../excel-addin');
    const files = ['taskpane', 'page', 'shared'].flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx')).map((f) => join(dir, f)));
    expect(files).toContain(join('page', 'CommunePanel.tsx'));
    for (const f of files) {
      const src = readFileSync(join(root, f), 'utf8');
      for (const m of src.matchAll(/\bt\('(\w+)'/g)) expect(catalogue.vi, `${f}: t('${m[1]}')`).toHaveProperty(m[1]!);
      // Text between tags that is not an expression: only the two language names are allowed.
      // (generic type arguments like useState<X>(…) are code: anything with code punctuation is skipped)
      const inline = [...src.matchAll(/>\s*([^<>{}\s][^<>{}]*?)\s*</g)].map((m) => m[1]!.trim()).filter((x) => /\p{L}/u.test(x) && !/[;=()[\]!&|]/.test(x) && !/^[A-Za-z]\w*$/.test(x));
      expect(inline.filter((x) => !['Tiếng Việt', 'English'].includes(x)), f).toEqual([]);
    }
  });

  it('names the review rounds in both languages', () => {
    expect(Object.keys(ROUND_TITLES_EN).sort()).toEqual(Object.keys(AWARD_ROUND_TITLES).sort());
  });
});
