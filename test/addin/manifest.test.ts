// The manifest checked locally (the online validator is out of reach): well-formed, elements in the
// schema's order, a GUID, https everywhere, every resid resolving, icons of the stated sizes — for
// the localhost manifest and the production one generated from it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEV, productionEnvironment } from '../../excel-addin/environment.js';
import { BASE_REQUIREMENT } from '../../excel-addin/workbook/capabilities.js';
import { productionManifest } from '../../scripts/manifest.js';
import { xmlProblems } from './xml-check.js';

const root = resolve(import.meta.dirname, '../..');
const devXml = readFileSync(resolve(root, 'manifest.xml'), 'utf8');
const prodBase = 'https://tinh.example.gov.vn/thidua/';
const prodXml = productionManifest(devXml, productionEnvironment(prodBase));

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

  it('is well-formed XML', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(app.tagName).toBe('OfficeApp');
    expect(app.getAttribute('xsi:type')).toBe('TaskPaneApp');
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

describe('the strict XML check', () => {
  it('finds what a forgiving parser would accept', () => {
    expect(xmlProblems('<a><b></a></b>')).not.toEqual([]);
    expect(xmlProblems('<a x="1" x="2"/>')).toEqual(['line 1: attribute x twice on <a>']);
    expect(xmlProblems('<a>Tom & Jerry</a>')).toEqual(['line 1: bare "&"']);
    expect(xmlProblems('<a b=1/>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).toEqual(['2 root elements']);
    expect(xmlProblems('<?xml version="1.0"?><a>&amp;&#233;</a>')).toEqual([]);
  });
});
