// docs/ARCHITECTURE.md is written from the tree: every path it names exists, and its layers of core/ are the
// dependency rules' (`CORE_LAYERS` of .dependency-cruiser.cjs): as many, in the same order, each file of core/ in the
// same layer by both.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

type DocLayer = { title: string; text: string };

/** The numbered list under «The layers of core/, bottom to top»: each layer's bold title and its text. */
function docLayers(text: string): DocLayer[] {
  const section = text.split(/^## /m).find((part) => part.startsWith('The layers of core/')) ?? '';
  return [...section.matchAll(/^(\d+)\. \*\*(.+?)\*\*([\s\S]*?)(?=^\d+\. \*\*|(?![\s\S]))/gm)].map((m) => ({ title: m[2]!, text: m[3]! }));
}

/**
 * Where the doc places a file of core/: the layer naming the file itself, else the one naming its nearest folder.
 * A path named «(layer N)» is another layer's, named in passing: it places nothing, and must be that layer's.
 */
function docPlaces(layers: DocLayer[]): { layerOf: (file: string) => number | undefined; inPassing: { path: string; layer: number; namedIn: number }[] } {
  const held = new Map<string, number>();
  const inPassing: { path: string; layer: number; namedIn: number }[] = [];
  layers.forEach(({ text }, i) => {
    for (const m of text.matchAll(/`(core\/[\w./-]*)`(?: \(layer (\d+)\))?/g)) {
      if (m[2]) inPassing.push({ path: m[1]!, layer: Number(m[2]), namedIn: i + 1 });
      else held.set(m[1]!, held.has(m[1]!) && held.get(m[1]!) !== i + 1 ? -1 : i + 1);
    }
  });
  const layerOf = (file: string) => {
    for (let path = file; path.includes('/'); path = path.replace(/[^/]*\/?$/, '')) {
      const layer = held.get(path);
      if (layer !== undefined) return layer;
    }
    return undefined;
  };
  return { layerOf, inPassing };
}

/** The layer of `file` by the rules: the first whose path matches (1-based). */
const configLayerOf = (layers: readonly (readonly [string, string])[], file: string) => {
  const i = layers.findIndex(([, path]) => new RegExp(path).test(file));
  return i < 0 ? undefined : i + 1;
};

const CORE_LAYERS = (createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs')) as { CORE_LAYERS: [string, string][] }).CORE_LAYERS;
const coreFiles = readdirSync(join(ROOT, 'core'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => `core/${f.split('\\').join('/')}`)
  .sort();

describe('the layers of core/ in docs/ARCHITECTURE.md are the dependency rules’', () => {
  const layers = docLayers(readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8'));
  const { layerOf, inPassing } = docPlaces(layers);

  it('as many, in the same order, each titled as the rules name it', () => {
    expect(CORE_LAYERS.length).toBeGreaterThan(5);
    expect(layers).toHaveLength(CORE_LAYERS.length);
    // The rules' name opens with the doc's title («rule kinds (cách tính): …» for «Rule kinds»).
    const opens = (name: string, title: string) => name.toLowerCase().startsWith(title.toLowerCase()) && !/\p{L}/u.test(name.charAt(title.length));
    CORE_LAYERS.forEach(([name], i) => expect(opens(name, layers[i]!.title), `layer ${i + 1}: «${layers[i]!.title}» in the doc, «${name}» in the rules`).toBe(true));
  });

  it('every file of core/ is in one layer, the same by both', () => {
    expect(coreFiles.length).toBeGreaterThan(100);
    const apart = coreFiles
      .map((file) => ({ file, doc: layerOf(file), rules: configLayerOf(CORE_LAYERS, file) }))
      .filter(({ doc, rules }) => doc === undefined || doc < 0 || doc !== rules)
      .map(({ file, doc, rules }) => `${file}: ${doc === undefined ? 'in no layer of the doc' : doc < 0 ? 'named by two layers of the doc' : `doc layer ${doc}`}, ${rules === undefined ? 'in no layer of the rules' : `rules' layer ${rules}`}`);
    expect(apart).toEqual([]);
  });

  it('a path named in passing is in the layer it says', () => {
    expect(inPassing.length).toBeGreaterThan(0);
    for (const { path, layer, namedIn } of inPassing) {
      const files = coreFiles.filter((f) => f === path || (path.endsWith('/') && f.startsWith(path)));
      expect(files.length, `${path} (layer ${layer}), named in layer ${namedIn}`).toBeGreaterThan(0);
      for (const f of files) expect(configLayerOf(CORE_LAYERS, f), `${f}, said in layer ${namedIn} to be of layer ${layer}`).toBe(layer);
    }
  });

  it('would see a layer moved, one added, and a file placed apart', () => {
    const swapped = [CORE_LAYERS[1]!, CORE_LAYERS[0]!, ...CORE_LAYERS.slice(2)];
    expect(coreFiles.some((f) => layerOf(f) !== configLayerOf(swapped, f))).toBe(true);
    const added: [string, string][] = [...CORE_LAYERS.slice(0, 3), ['cards', '^core/cards/'], ...CORE_LAYERS.slice(3)];
    expect(coreFiles.some((f) => layerOf(f) !== configLayerOf(added, f))).toBe(true);
    const cellUp = CORE_LAYERS.map(([name, path]) => [name, path.replace('|cell|', '|')] as [string, string]);
    expect(configLayerOf(cellUp, 'core/cell.ts')).not.toBe(layerOf('core/cell.ts'));
  });
});

