// Every built-in criteria set (bộ tiêu chí có sẵn) is one file of core/criteria/builtin/ named by its id, one entry of
// the registry (core/criteria/builtin/index.ts), and one row of the «Bộ tiêu chí có sẵn» table officers read — nothing
// listed here: the files, the registry and the table are compared with each other. The registry parses a set when it
// is first asked for, not as it loads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinIds, builtinSets, findBuiltin } from '../../core/criteria/builtin/index.js';
import { CriteriaSet } from '../../core/criteria/schema.js';
import { withParseWatched } from '../helpers/parse-watched.js';

const ROOT = join(import.meta.dirname, '../..');
const FOLDER = join(ROOT, 'core/criteria/builtin');
/** Every file but the registry and the parts sets share (…shared.ts) holds one set. */
const setFiles = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('shared.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

const HEADING = 'Bộ tiêu chí có sẵn';

/** The documents officers read: the README and docs/, each file's text by its path. */
function documents(): [string, string][] {
  const docs = readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join('docs', f));
  return ['README.md', ...docs].map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]);
}

/** The rows of the table under the heading «Bộ tiêu chí có sẵn» (wherever the documents keep it): each row's cells. */
function builtinTable(docs: [string, string][]): { where: string[]; rows: string[][] } {
  const where: string[] = [];
  let rows: string[][] = [];
  for (const [path, text] of docs) {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^#+\s/.test(l) && l.replace(/^#+\s*/, '').trim() === HEADING);
    if (at < 0) continue;
    where.push(path);
    const start = lines.findIndex((l, i) => i > at && l.startsWith('|'));
    const table: string[] = [];
    for (let i = start; i >= 0 && i < lines.length && lines[i]!.startsWith('|'); i++) table.push(lines[i]!);
    // The header and the |---| line are not sets.
    rows = table.slice(2).map((l) => l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
  }
  return { where, rows };
}

describe('built-in criteria sets: files, registry and the table officers read', () => {
  const table = builtinTable(documents());
  const rowOf = (id: string) => table.rows.find((r) => r[0] === `\`${id}\``);

  it('finds one «Bộ tiêu chí có sẵn» table, one row per set', () => {
    expect(table.where).toHaveLength(1);
    expect(table.rows.length).toBeGreaterThan(0);
    expect(table.rows.map((r) => r[0]).sort()).toEqual(builtinIds.map((id) => `\`${id}\``).sort());
  });

  it.each(setFiles)('%s.ts holds one set, of its own id, registered once and documented', async (file) => {
    const mod = (await import(`../../core/criteria/builtin/${file}.ts`)) as Record<string, unknown>;
    const sets = Object.values(mod).flatMap((v) => {
      const parsed = CriteriaSet.safeParse(v);
      return parsed.success ? [parsed.data] : [];
    });
    expect(sets.map((s) => s.id), `${file}.ts exports one criteria set`).toEqual([file]);
    const set = findBuiltin(file)!;
    expect(set, `${file} is listed in core/criteria/builtin/index.ts`).toEqual(sets[0]);
    expect(builtinSets().filter((s) => s === set), `${file} is listed once`).toHaveLength(1);
    const row = rowOf(file);
    expect(row, `${file} has a row in the «${HEADING}» table (${table.where.join(', ')})`).toBeDefined();
    // The row says whose plan it is: the commune, or for a national set the document it follows.
    expect(row!.slice(1).every((c) => c.length > 0)).toBe(true);
    expect(row![1]).toContain(set.commune ?? set.legalBasis.document!);
  });

  it('registers no set without its file, and no id twice', () => {
    const ids = builtinSets().map((s) => s.id);
    expect(ids).toEqual(builtinIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...setFiles].sort());
    expect(findBuiltin('khong-co')).toBeUndefined();
  });

  it('parses a set by its schema when it is first asked for, once, and none as the registry loads', () =>
    withParseWatched(async (parse) => {
      const registry = await import('../../core/criteria/builtin/index.js');
      expect(registry.builtinIds).toHaveLength(setFiles.length);
      expect(parse).not.toHaveBeenCalled();
      const set = registry.findBuiltin('ta-ma-2030');
      expect(parse).toHaveBeenCalledTimes(1);
      expect(set?.id).toBe('ta-ma-2030');
      expect(registry.findBuiltin('ta-ma-2030')).toBe(set);
      expect(registry.findBuiltin('khong-co')).toBeUndefined();
      expect(parse).toHaveBeenCalledTimes(1);
    }));

  it('names a set (title and version, as a report stating it is told) without parsing it, as parsing gives them', () =>
    withParseWatched(async (parse) => {
      const registry = await import('../../core/criteria/builtin/index.js');
      const names = registry.builtinIds.map((id) => registry.builtinName(id));
      expect(parse).not.toHaveBeenCalled();
      expect(registry.builtinName('khong-co')).toBeUndefined();
      expect(names).toEqual(registry.builtinSets().map(({ title, version }) => ({ title, version })));
    }));

});
