// Every XML part thidua writes into a workbook, read by a strict, namespace-aware XML parser (saxes), as
// Excel reads it: the scored copy and tong-hop.xlsx of a real run, a template and a criteria export,
// each made by the command line in-process, unzipped with fflate, every .xml and .rels parsed.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseStrictXml } from '../helpers/strict-xml.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { scoredWithBuiltin } from '../council/example-commune.js';

/** The workbook's parts: name → text, for the XML ones. */
async function xmlParts(path: string): Promise<Map<string, string>> {
  const parts = unzipSync(new Uint8Array(await readFile(path)));
  return new Map(Object.entries(parts).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('XML parts of the workbooks thidua writes', () => {
  const files = new Map<string, string>();

  beforeAll(async () => {
    const out = await tempDir();
    // The example commune scored with the built-in set (made once a run).
    const score = await scoredWithBuiltin();
    expect(score.run.stderr).not.toMatch(/Error|at .*\.ts:/);
    const scored = (await readdir(join(score.dir, 'kq'))).filter((f) => f.endsWith('.cham-diem.xlsx'));
    expect(scored.length).toBeGreaterThan(0);
    files.set('scored copy', join(score.dir, 'kq', scored[0]!));
    files.set('tong-hop.xlsx', join(score.dir, 'kq', 'tong-hop.xlsx'));
    expect((await runInProcess(['template', '--criteria', 'ta-ma-2025', '--unit', 'Bản Hua Ca & Bản Ta Ma', '--kind', 'ban', '--out', join(out, 'mau.xlsx')], out)).code).toBe(0);
    files.set('template', join(out, 'mau.xlsx'));
    expect((await runInProcess(['criteria', 'export', 'ta-ma-2025', '--out', join(out, 'tieu-chi.xlsx')], out)).code).toBe(0);
    files.set('criteria export', join(out, 'tieu-chi.xlsx'));
  }, 120_000);

  it.each(['scored copy', 'tong-hop.xlsx', 'template', 'criteria export'])('%s: every .xml and .rels part is well-formed, namespace-correct XML', async (what) => {
    const parts = await xmlParts(files.get(what)!);
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml']));
    const faults: string[] = [];
    for (const [name, xml] of parts) {
      try {
        parseStrictXml(xml, name);
      } catch (e) {
        faults.push((e as Error).message);
      }
    }
    expect(faults).toEqual([]);
  });

  it('the page header of a unit named with «&» keeps it as text («&&»), not as a header code', async () => {
    const parts = await xmlParts(files.get('template')!);
    const sheet = [...parts].find(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))![1];
    const root = parseStrictXml(sheet);
    const header = root.children.find((c) => c.local === 'headerFooter')?.children.find((c) => c.local === 'oddHeader');
    expect(header?.text).toMatch(/^&LBản Hua Ca && Bản Ta Ma&R/);
  });
});

describe('the strict parser', () => {
  it('refuses what a forgiving parser lets through', () => {
    for (const bad of ['<a><b></a></b>', '<a x="1" x="2"/>', '<a>Tom & Jerry</a>', '<a b=1/>', '<a/><b/>', '<!-- a -- b --><a/>', '<x:a/>']) {
      expect(() => parseStrictXml(bad), bad).toThrow();
    }
    expect(parseStrictXml('<?xml version="1.0"?><a xmlns:x="urn:x"><x:b c="&amp;&#233;"/></a>').children[0]!.attributes).toEqual({ c: '&é' });
  });
});
