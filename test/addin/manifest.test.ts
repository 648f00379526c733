// The manifest checked locally (the online validator is out of reach): well-formed to a strict XML
// parser and to Office's own manifest reader, shaped like Microsoft's published valid Excel manifest,
// elements in the schema's order, a GUID, https everywhere, every resid resolving, icons of the stated
// sizes — for the localhost manifest and the production one generated from it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { DEV, productionEnvironment } from '../../excel-addin/environment.js';
import { BASE_REQUIREMENT } from '../../excel-addin/workbook/capabilities.js';
import { productionManifest } from '../../scripts/manifest.js';
import { parseStrictXml, type XmlElement } from '../helpers/strict-xml.js';

const root = resolve(import.meta.dirname, '../..');
const devXml = readFileSync(resolve(root, 'manifest.xml'), 'utf8');
const prodBase = 'https://tinh.example.gov.vn/thidua/';
const prodXml = productionManifest(devXml, productionEnvironment(prodBase));
/** The header comment the manifest carried until issue 19: «--» is not allowed inside an XML comment. */
const oldXml = devXml.replace('(see docs/huong-dan/excel.md, «Cài đặt»)', '(npm run manifest:prod -- https://…/)');

/** Microsoft's valid Excel task-pane manifest, as shipped with its validator. */
const require = createRequire(import.meta.url);
const referenceXml = readFileSync(join(dirname(require.resolve('office-addin-validator/package.json')), 'manifest-to-test/valid_excel.xml'), 'utf8');

/** Office's own reader (office-addin-manifest, which `npm run sideload` uses) over this text, from a file as it reads. */
async function officeRead(xml: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  return OfficeAddinManifest.readManifestFile(file);
}

/**
 * Where `ours` departs from `reference` in shape: at every element both have (matched by name, first
 * of its name), a child element the reference has that ours lacks, or children both have in another order.
 */
function shapeDifferences(ours: XmlElement, reference: XmlElement, path = ours.name): string[] {
  const names = (el: XmlElement) => [...new Set(el.children.map((c) => c.name))];
  const mine = names(ours);
  const theirs = names(reference);
  const problems = theirs.filter((n) => !mine.includes(n)).map((n) => `${path}: no <${n}>`);
  const shared = mine.filter((n) => theirs.includes(n));
  const theirOrder = theirs.filter((n) => mine.includes(n));
  if (shared.join() !== theirOrder.join()) problems.push(`${path}: children in order ${shared.join(', ')}, expected ${theirOrder.join(', ')}`);
  for (const name of shared) {
    problems.push(...shapeDifferences(ours.children.find((c) => c.name === name)!, reference.children.find((c) => c.name === name)!, `${path}/${name}`));
  }
  return problems;
}

/** OfficeApp (TaskPaneApp) children, in the order the schema's sequence gives them. */
const SCHEMA_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'Dictionary', 'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings', 'Permissions'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parse(xml: string) {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}
const all = (doc: Document, tag: string) => [...doc.getElementsByTagName(tag)];
const dv = (el: Element) => el.getAttribute('DefaultValue') ?? '';

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe.each([
  ['dev', devXml, DEV.base],
  ['production', prodXml, prodBase],
])('%s manifest', (_name, xml, base) => {
  const doc = parse(xml);
  const app = doc.documentElement;

  it('is well-formed, namespace-correct XML to a strict parser', () => {
    const root = parseStrictXml(xml, 'manifest.xml');
    expect(root.local).toBe('OfficeApp');
    expect(root.uri).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
  });

  it("is read by Office's own manifest reader as a task-pane add-in for Excel", async () => {
    const info = await officeRead(xml);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.id).toMatch(GUID);
    expect(info.defaultSettings?.sourceLocation).toBe(`${base}taskpane.html`);
    expect(info.supportUrl).toMatch(/^https:\/\//);
    expect(info.appDomains).toEqual([new URL(base).origin]);
    expect(info.permissions).toBe('ReadWriteDocument');
  });

  it("has the shape of Microsoft's valid Excel manifest: its elements, in its order, at every level", () => {
    expect(shapeDifferences(parseStrictXml(xml), parseStrictXml(referenceXml))).toEqual([]);
  });

  it('has the required elements in schema order', () => {
    const children = [...app.children].map((c) => c.tagName);
    for (const r of REQUIRED) expect(children).toContain(r);
    const positions = children.map((c) => SCHEMA_ORDER.indexOf(c));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('has a GUID id, a four-part version, Vietnamese defaults with an English override, within length limits', () => {
    expect(all(doc, 'Id')[0]!.textContent).toMatch(GUID);
    expect(all(doc, 'Version')[0]!.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(all(doc, 'DefaultLocale')[0]!.textContent).toBe('vi-VN');
    for (const tag of ['DisplayName', 'Description']) {
      const el = all(doc, tag)[0]!;
      expect(dv(el)).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      expect(el.getElementsByTagName('Override')[0]?.getAttribute('Locale')).toBe('en-US');
    }
    expect(dv(all(doc, 'DisplayName')[0]!).length).toBeLessThanOrEqual(125);
    expect(dv(all(doc, 'Description')[0]!).length).toBeLessThanOrEqual(2000);
    for (const s of all(doc, 'bt:ShortStrings').flatMap((e) => [...e.getElementsByTagName('bt:String')])) expect(dv(s).length).toBeLessThanOrEqual(125);
    for (const s of all(doc, 'bt:LongStrings').flatMap((e) => [...e.getElementsByTagName('bt:String')])) expect(dv(s).length).toBeLessThanOrEqual(250);
  });

  it('asks for the base requirement set only', () => {
    const sets = all(doc, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([[BASE_REQUIREMENT.name, BASE_REQUIREMENT.version]]);
  });

  it('uses https addresses under its base only', () => {
    const urls = [
      ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Image', 'bt:Url'].flatMap((t) => all(doc, t).map(dv)).filter(Boolean),
      ...all(doc, 'AppDomain').map((e) => `${e.textContent}/`),
    ];
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      expect(new URL(u).protocol).toBe('https:');
      expect(u.startsWith(new URL(base).origin)).toBe(true);
    }
    expect(dv(all(doc, 'SourceLocation')[0]!)).toBe(`${base}taskpane.html`);
  });

  it('resolves every resid to a resource of the right kind', () => {
    const ids = (tag: string) => new Set(all(doc, tag).map((e) => e.getAttribute('id')));
    const images = ids('bt:Image');
    const urls = ids('bt:Url');
    const strings = new Set([...all(doc, 'bt:String').map((e) => e.getAttribute('id'))]);
    const refs = [...doc.querySelectorAll('[resid]')];
    expect(refs.length).toBeGreaterThan(10);
    for (const el of refs) {
      const id = el.getAttribute('resid');
      const pool = el.tagName === 'bt:Image' ? images : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.tagName) ? urls : strings;
      expect(pool.has(id), `${el.tagName} resid="${id}"`).toBe(true);
    }
  });

  it('points at icons that exist with the stated pixel sizes', () => {
    const stated: [string, number][] = [
      [dv(all(doc, 'IconUrl')[0]!), 32],
      [dv(all(doc, 'HighResolutionIconUrl')[0]!), 64],
      ...all(doc, 'bt:Image')
        .filter((e) => e.hasAttribute('DefaultValue'))
        .map((e) => [dv(e), Number(/(\d+)x\d+/.exec(e.getAttribute('id')!)![1])] as [string, number]),
    ];
    for (const [url, size] of stated) {
      const file = resolve(root, 'excel-addin', url.slice(base.length));
      expect(pngSize(file), url).toEqual({ width: size, height: size });
    }
  });
});

describe('production manifest generation', () => {
  it('gets its own id and no localhost', () => {
    expect(prodXml).not.toContain('localhost');
    expect(parse(prodXml).getElementsByTagName('Id')[0]!.textContent).not.toBe(DEV.addinId);
  });

  it('refuses a base that is not https', () => {
    expect(() => productionEnvironment('http://tinh.example.gov.vn/')).toThrow(/https/);
    expect(() => productionEnvironment('tinh.example')).toThrow(/URL/);
    expect(productionEnvironment('https://tinh.example.gov.vn/thidua').base).toBe('https://tinh.example.gov.vn/thidua/');
  });

  it('fails loudly when the dev manifest lacks an address it should carry', () => {
    const env = productionEnvironment(prodBase);
    expect(() => productionManifest(devXml.replace(/<SourceLocation [^>]*\/>/, ''), env)).toThrow(/SourceLocation/);
    expect(() => productionManifest(devXml.replace('https://localhost:3000/assets/icon-32.png', 'https://cdn.example/icon.png'), env)).toThrow(/IconUrl/);
  });
});

describe('the manifest before issue 19 (a «--» in its header comment)', () => {
  it('is refused by the strict parser and by Office\'s reader, as Excel refused it', async () => {
    expect(() => parseStrictXml(oldXml, 'manifest.xml')).toThrow(/^manifest\.xml:3:\d+: malformed comment/);
    await expect(officeRead(oldXml)).rejects.toThrow(/Malformed comment/);
  });

  it('differs from the reference in shape when an element is missing or out of order', () => {
    const reference = parseStrictXml(referenceXml);
    const withoutSupport = parseStrictXml(devXml.replace(/\s*<SupportUrl [^>]*\/>/, ''));
    expect(shapeDifferences(withoutSupport, reference)).toEqual(['OfficeApp: no <SupportUrl>']);
    const swapped = parseStrictXml(devXml.replace(/(<Permissions>[^<]*<\/Permissions>)\s*/, '').replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>'));
    expect(shapeDifferences(swapped, reference)).toHaveLength(1);
  });
});
