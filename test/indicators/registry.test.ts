// Every page file is registered under its file name, carries its own titles (Vietnamese and English) and the
// codes it yields, ends with the addresses it was made for, and names fixture pages that exist; every fixture page
// is some page type's; every documented code is some page type's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../core/indicators/codes.js';
import { GROUPS_766 } from '../../core/indicators/model-766/index.js';
import { PAGE_CARDS, PAGE_TYPES } from '../../core/indicators/pages/index.js';
import { RESPONSES_PAGE } from '../../core/indicators/page-766.js';
import { FIXTURES } from './load.js';

const folder = fileURLToPath(new URL('../../core/indicators/pages/', import.meta.url));
/** Fixture pages live in test/fixtures/pages/, or beside these tests (pages added with the one-stop platforms). */
const FIXTURE_FOLDERS = [FIXTURES, new URL('./fixtures/', import.meta.url)];
const fixtureExists = (name: string) => FIXTURE_FOLDERS.some((f) => existsSync(new URL(name, f)));
const pageFiles = readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

/** The fixture pages a page file's trailing comment names (after "Fixture:" / "Fixtures:"). */
function fixturesOf(file: string): string[] {
  const comment = trailer(file);
  const from = comment.search(/Fixtures?:/);
  return from < 0 ? [] : [...comment.slice(from).matchAll(/([a-z0-9-]+\.html)/g)].map((m) => m[1]!);
}

/** The trailing comment of a page file: its addresses and fixtures. */
function trailer(file: string): string {
  const text = readFileSync(folder + file, 'utf8').trimEnd();
  expect(text.endsWith('*/'), `${file} ends with its addresses comment`).toBe(true);
  return text.slice(text.lastIndexOf('/*'));
}

describe('page-type registry', () => {
  it.each(pageFiles)('%s is registered, carries its titles, documents its addresses and has its fixtures', (file) => {
    const id = file.replace(/\.ts$/, '');
    expect(PAGE_TYPES.map((p) => p.id)).toContain(id);
    // Its titles are written in its own file, nowhere else to edit.
    const page = PAGE_TYPES.find((p) => p.id === id)!;
    const source = readFileSync(folder + file, 'utf8');
    expect(source, `${file} writes its Vietnamese title`).toContain(`title: '${page.title}'`);
    expect(source, `${file} writes its English title`).toContain(`titleEn: '${page.titleEn}'`);
    const comment = trailer(file);
    expect(comment).toMatch(/Made for/);
    const fixtures = fixturesOf(file);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const f of fixtures) expect(fixtureExists(f), `${f} exists`).toBe(true);
  });

  it('registers nothing but those files, each once, with a Vietnamese and an English title', () => {
    expect(PAGE_TYPES.map((p) => p.id).sort()).toEqual(pageFiles.map((f) => f.replace(/\.ts$/, '')).sort());
    for (const p of PAGE_CARDS) {
      expect(p.title, p.id).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵệềếểễọỏõòóôộồốổỗơợờớởỡụủũùúưựừứửữịỉĩìíỵỷỹỳýđ]/i);
      expect(p.titleEn, p.id).toMatch(/^[\x20-\x7e—]+$/);
    }
    expect(new Set(PAGE_CARDS.map((p) => p.title)).size).toBe(PAGE_CARDS.length);
  });

  it('each page type yields documented codes, and every documented code comes from some page type', () => {
    const documented = new Set(INDICATORS.map((d) => d.code));
    for (const p of PAGE_CARDS) expect(p.yields.filter((code) => !documented.has(code)), p.id).toEqual([]);
    const yielded = new Set(PAGE_CARDS.flatMap((p) => p.yields));
    expect(INDICATORS.map((d) => d.code).filter((code) => !yielded.has(code))).toEqual([]);
  });

  it('every fixture page belongs to a page file', () => {
    const named = new Set(pageFiles.flatMap(fixturesOf));
    const pages = FIXTURE_FOLDERS.flatMap((folder) => readdirSync(fileURLToPath(folder)).filter((f) => f.endsWith('.html')));
    expect(pages.filter((p) => !named.has(p))).toEqual([]);
  });
});

describe('indicator codes', () => {
  it('are unique, upper-case, and documented with a Vietnamese label and unit', () => {
    const codes = INDICATORS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of INDICATORS) {
      expect(d.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(d.label.length).toBeGreaterThan(3);
    }
  });

  it('keep the names criteria sets and the brief rely on', () => {
    const codes = new Set(INDICATORS.map((d) => d.code));
    const needed = [
      'CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH', 'TONG_SCORE',
      'HS_TRUC_TUYEN', 'HS_TRUC_TIEP', 'HS_BCCI', 'TY_LE_NOP_TRUC_TUYEN', 'TY_LE_NOP_TRUC_TIEP', 'TY_LE_NOP_BCCI',
      'HS_DUNG_HAN', 'HS_QUA_HAN', 'TY_LE_DUNG_HAN', 'HS_DONG_BO_DVCQG', 'HS_CO_PHI', 'HS_TTTT', 'TY_LE_TTTT', 'TY_LE_TT_TRUC_TIEP',
      'TTHC_TONG', 'TTHC_DA_XU_LY', 'TTHC_CHUA_XU_LY', 'TTHC_TRUOC_HAN', 'TTHC_DUNG_HAN', 'TTHC_TRE_HAN',
      'TTHC_DA_XU_LY_PCT', 'TTHC_CHUA_XU_LY_PCT', 'TTHC_TRUOC_HAN_PCT', 'TTHC_DUNG_HAN_PCT', 'TTHC_TRE_HAN_PCT',
    ];
    expect(needed.filter((c) => !codes.has(c))).toEqual([]);
    // The six groups add up to the 100 points of the index.
    const six = INDICATORS.filter((d) => (GROUPS_766 as readonly string[]).includes(d.code));
    expect(six.reduce((a, d) => a + d.max!, 0)).toBe(100);
  });
});

/** The product's source files (core, adapters and the three faces), relative to the project. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = (dir: string): string[] => readdirSync(root + dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? sources(`${dir}/${e.name}`) : /\.tsx?$/.test(e.name) ? [`${dir}/${e.name}`] : []);
const PRODUCT = ['core', 'cli', 'adapters', 'excel-addin', 'extension/src'].flatMap(sources).map((f) => ({ f, text: readFileSync(root + f, 'utf8') }));

describe('written once', () => {
  it('the six 766 groups, as the model declares them (core/indicators/model-766/), wherever the product needs them', () => {
    const SIX_WRITTEN = /'CKMB'\s*[,|]\s*'TDGQ'\s*[,|]\s*'CLGQ'\s*[,|]\s*'TTTT'\s*[,|]\s*'MDHL'\s*[,|]\s*'MDSH'/g;
    expect(PRODUCT.flatMap(({ f, text }) => Array.from(text.matchAll(SIX_WRITTEN), () => f))).toEqual(['core/indicators/model-766/declare.ts']);
  });

  it('each page type’s id, in its own file: the rest of the product names it by the registry’s constant', () => {
    for (const { id } of PAGE_CARDS) {
      const home = id === RESPONSES_PAGE.id ? 'core/indicators/page-766.ts' : `core/indicators/pages/${id}.ts`;
      const literal = new RegExp(`['"\`]${id}['"\`]`);
      expect(PRODUCT.filter(({ text }) => literal.test(text)).map(({ f }) => f), id).toEqual([home]);
    }
  });
});
