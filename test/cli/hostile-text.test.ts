// One unit name must not corrupt a shared document (issue 35 item 4): reports whose unit name holds a Word line break
// (U+000B, stored by Excel as «_x000B_»), a U+FFFF and U+FFFE, a bell (U+0007), or 5,000 characters, scored in one
// folder with a good report by the built command. Every part of every package written (the scored copies and
// tong-hop.xlsx; a template made for such a name) parses with a strict XML parser, each page header and footer holds
// at most Excel's 255 characters, LibreOffice opens every copy and prints its header, and the run says, once per unit
// and by its cell, what was replaced or cut. Inputs stay byte-identical.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { hamlet } from '../../scripts/harness/hostile-attacks.js';
import { parseStrictXml, descendants } from '../helpers/strict-xml.js';
import { BIN, hashes, tempDir } from './helpers.js';

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));
// Over the 255 characters a page header holds, within the 300 a unit name may have (longer is refused at its cell: hostile-long-name.test.ts).
const LONG = 'Bản Dài '.repeat(36);

/** A hamlet's report whose unit name is `stored` as Excel stores it in the shared strings («_x000B_» for U+000B). */
async function named(stored: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await hamlet('TEN-DON-VI'));
  const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
  zip.file('xl/sharedStrings.xml', strings.replace('TEN-DON-VI', stored));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The problems of a package: parts that are not strict XML, headers and footers past 255 characters. */
async function faults(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const found: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels|vml)$/.test(name)) continue;
    try {
      const root = parseStrictXml(await entry.async('string'), name);
      for (const el of descendants(root)) if (/^(odd|even|first)(Header|Footer)$/.test(el.local) && el.text.length > 255) found.push(`${name}: ${el.local} of ${el.text.length}`);
    } catch (e) {
      found.push(String(e));
    }
  }
  return found;
}

let dir: string;
let before: Record<string, string>;
let run: { code: number; stdout: string; stderr: string };
let doc: ScoreRunOutput;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, 'dau-vao'));
  await writeFile(join(dir, 'dau-vao', 'ngat-dong.xlsx'), await named('Bản_x000B_Nà'));
  await writeFile(join(dir, 'dau-vao', 'ffff.xlsx'), await named('Bản Pá_xFFFF__xFFFE_'));
  await writeFile(join(dir, 'dau-vao', 'chuong.xlsx'), await named('Bản_x0007_Chuông'));
  await writeFile(join(dir, 'dau-vao', 'ten-dai.xlsx'), await named(LONG));
  await writeFile(join(dir, 'dau-vao', 'tot.xlsx'), await hamlet('Bản Tốt'));
  before = await hashes(join(dir, 'dau-vao'));
  run = await new Promise((resolve) => {
    execFile(process.execPath, ['--import', PEAK, BIN, 'score', 'dau-vao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
  doc = JSON.parse(run.stdout) as ScoreRunOutput;
}, 300_000);

describe('thidua score of units whose names a file cannot hold as typed', () => {
  it('scores every report, with no stack trace', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|Error:/);
    expect(doc.files.map((f) => f.output).sort()).toEqual(['ket-qua/chuong.cham-diem.xlsx', 'ket-qua/ffff.cham-diem.xlsx', 'ket-qua/ngat-dong.cham-diem.xlsx', 'ket-qua/ten-dai.cham-diem.xlsx', 'ket-qua/tot.cham-diem.xlsx']);
    expect(Number(/THIDUA_PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1])).toBeLessThan(1024 * 1024);
  });

  it('writes every part of every package as strict XML, each header and footer within 255 characters', async () => {
    const written = (await readdir(join(dir, 'ket-qua'))).filter((f) => f.endsWith('.xlsx'));
    expect(written).toHaveLength(6);
    for (const file of written) expect(await faults(join(dir, 'ket-qua', file)), file).toEqual([]);
  });

  it('says once per unit, by its cell, which characters were replaced or that the name was cut', () => {
    const said = (file: string) => doc.cards.find((c) => c.file === join('dau-vao', file))!.flags.filter((f) => f.code === 'unwritable-text').map((f) => f.message);
    expect(said('ngat-dong.xlsx')).toEqual([expect.stringMatching(/^Ô B2: Tên đơn vị có ký tự U\+000B mà tệp Excel và Word không chứa được/)]);
    expect(said('ffff.xlsx')).toEqual([expect.stringMatching(/^Ô B2: Tên đơn vị có ký tự U\+FFFF, U\+FFFE /)]);
    expect(said('chuong.xlsx')).toEqual([expect.stringMatching(/^Ô B2: Tên đơn vị có ký tự U\+0007 /)]);
    expect(said('ten-dai.xlsx')).toEqual(['Ô B2: Tên đơn vị dài 287 ký tự: đầu trang in của bản chấm chỉ giữ phần đầu, cắt bằng «…» (Excel giữ tối đa 255 ký tự ở đầu trang)']);
    expect(said('tot.xlsx')).toEqual([]);
    // The name stays as typed in the cells thidua writes (Excel's own escapes), and in the run's document.
    expect(doc.cards.find((c) => c.file === 'dau-vao/ngat-dong.xlsx')?.unitName).toBe('Bản\u000BNà');
  });

  it('LibreOffice opens every copy and prints its header, the line break as a space', () => {
    const profile = join(dir, 'lo-profile');
    const files = ['ngat-dong', 'ffff', 'chuong', 'ten-dai'];
    // All four in one LibreOffice start (each start costs seconds of processor time); each copy printed to its own PDF.
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files.map((file) => join(dir, 'ket-qua', `${file}.cham-diem.xlsx`))], { stdio: 'ignore', timeout: 240_000 });
    for (const file of files) {
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'pdf', `${file}.cham-diem.pdf`), '-'], { encoding: 'utf8' });
      const header = { 'ngat-dong': 'Bản Nà', ffff: 'Bản Pá', chuong: 'BảnChuông', 'ten-dai': 'Bản Dài Bản Dài' }[file]!;
      expect(text, file).toContain(header);
    }
  }, 300_000);

  it('cuts the long name in the copy\'s header with «…», within Excel\'s 255 characters', async () => {
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'ket-qua', 'ten-dai.cham-diem.xlsx')));
    const sheet = parseStrictXml(await zip.file('xl/worksheets/sheet1.xml')!.async('string'));
    const header = [...descendants(sheet)].find((el) => el.local === 'oddHeader')?.text;
    expect(header).toMatch(/^&LBản Dài Bản Dài .*…(&R.*)?$/);
    expect(header!.length).toBeLessThanOrEqual(255);
  });

  it('leaves every input byte-identical and writes only into --out', async () => {
    expect(await hashes(join(dir, 'dau-vao'))).toEqual(before);
    expect((await readdir(dir)).filter((d) => !['lo-profile', 'pdf'].includes(d)).sort()).toEqual(['dau-vao', 'ket-qua']);
  });
});

describe('thidua template for a unit whose name a file cannot hold as typed', () => {
  it('writes strict XML, its sheet named and its header printed without the characters', async () => {
    const made = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [BIN, 'template', '--criteria', 'ta-ma-2025', '--unit', 'Bản\u000BNà\uFFFF', '--kind', 'ban', '--out', 'mau.xlsx'], { cwd: dir }, (error, _out, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      ),
    );
    expect(made.code, made.stderr).toBe(0);
    expect(await faults(join(dir, 'mau.xlsx'))).toEqual([]);
    const workbook = await (await JSZip.loadAsync(await readFile(join(dir, 'mau.xlsx')))).file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain('name="Bản Nà"');
  });
});
