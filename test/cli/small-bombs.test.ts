// Small inputs that declare large costs (issue 56 item 5): an indicator file or backup whose `count` declares rows its
// bytes do not carry, a `count` of −1 or 1e308, a key file of 50 MB. Each is named in Vietnamese before anything is
// unpacked, within 1 GB, and the rest of the batch goes on (the good week digested, the report never blamed). A points
// cell of 10 million digits is read without recursion and named at its cell.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { harOf, STORY, storyCaptures } from '../watch/real-days.js';
import { BIN, tempDir, type Run } from './helpers.js';
import { exampleCommune, scoredCommune } from '../council/example-commune.js';
import { declaring } from '../fixtures/declared-rows.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { GOOD_HAMLET_TOTAL, goodHamlet, reportWorkbook } from '../../scripts/harness/report-workbooks.js';

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));
/** The built command with its peak memory (MB). */
function measured(args: string[], cwd: string): Promise<Run & { peakMb: number }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', PEAK, BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, peakMb: Number(/THIDUA_PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024 }),
    );
  });
}

let good: string;
beforeAll(() => {
  good = digestText(digestOf(storyCaptures())!);
});

/** The good week with `name` beside it, watched. */
async function watchBeside(name: string, text: string): Promise<Run & { peakMb: number }> {
  const folder = join(await tempDir(), 'lan-chup');
  await mkdir(folder);
  for (const [i, plan] of STORY.entries()) await writeFile(join(folder, `dichvucong-${plan.day}.har`), JSON.stringify(harOf(plan, i === STORY.length - 1)));
  await writeFile(join(folder, name), text);
  return measured(['watch', 'lan-chup'], join(folder, '..'));
}

function heldOut(run: Run & { peakMb: number }, name: string, why: string): void {
  expect(run.stderr).not.toContain('unexpected error');
  const line = run.stderr.split('\n').find((l) => l.startsWith(`Bỏ qua lan-chup/${name}`));
  expect(line, run.stderr).toBeDefined();
  expect(line).toContain(why);
  expect(run.stdout.trim()).toBe(good);
  expect(run.code).toBe(0);
  expect(run.peakMb).toBeLessThan(1024);
}

describe('declared counts checked against the bytes that carry them', () => {
  it('watch: a 600-byte indicator file declaring a million units is named and left out', async () => {
    const text = declaring(1_000_000);
    expect(text.length).toBeLessThan(700);
    heldOut(await watchBeside('trieu.json', text), 'trieu.json', 'khai 1.000.000 đơn vị');
  }, 150_000);

  it('watch: a 66 KB backup of 300 captures × 10,000 rows is named and left out', async () => {
    const text = declaring(10_000, 300);
    expect(text.length).toBeLessThan(70_000);
    heldOut(await watchBeside('sao-luu.json', text), 'sao-luu.json', 'khai 10.000 đơn vị nhưng chỉ ghi tên 1');
  }, 150_000);

  it.each([
    ['am.json', -1, 'khai -1 đơn vị'],
    ['vo-cung.json', 1e308, 'khai 1e+308 đơn vị'],
  ])('watch: %s (count %d) is named, never «Invalid array length»', async (name, count, why) => {
    heldOut(await watchBeside(name, declaring(count)), name, why);
  }, 150_000);

  it('score --indicators: the million-unit file is refused naming it, the report never blamed', async () => {
    const dir = await exampleCommune();
    await writeFile(join(dir, 'chi-so.json'), declaring(1_000_000));
    const run = await measured(['score', 'bao-cao/ban-hua-ca.xlsx', '--criteria', 'tieu-chi.xlsx', '--indicators', 'chi-so.json', '--out', 'kq'], dir);
    expect(run.stderr).toContain('Tệp chỉ số chi-so.json');
    expect(run.stderr).toContain('khai 1.000.000 đơn vị');
    expect(run.stderr).not.toContain('ban-hua-ca');
    expect(run.code).toBe(2);
    expect(run.peakMb).toBeLessThan(1024);
  }, 150_000);
});

describe('key files bounded in bytes', () => {
  it('a 50 MB «key» is refused by close and verify, named, within 1 GB', async () => {
    // The example commune scored (made once a run), in this test's own copy.
    const { dir, run } = await scoredCommune();
    expect(run.code).toBe(0);
    const pem = `-----BEGIN PRIVATE KEY-----\n${'QUFB'.repeat(13_000_000)}\n-----END PRIVATE KEY-----\n`;
    await writeFile(join(dir, 'khoa.pem'), pem);
    const closed = await measured(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open', '--key', 'khoa.pem'], dir);
    expect(closed.stderr).toContain('Tệp khoa.pem nặng');
    expect(closed.code).toBe(1);
    expect(closed.peakMb).toBeLessThan(1024);
    const verified = await measured(['verify', 'kq', '--public-key', 'khoa.pem'], dir);
    expect(verified.stderr).toContain('Tệp khoa.pem nặng');
    expect(verified.peakMb).toBeLessThan(1024);
  }, 150_000);
});

describe('numbers of any length', () => {
  /** A good hamlet's report whose «Điểm tự chấm» of BAN1 (G16, self-score stands) is `cell`'s XML, written by ExcelJS then edited in the zip. */
  async function withPointsCell(cell: string): Promise<Uint8Array> {
    const unit = goodHamlet('Báo cáo', 'Bản Nà Ca');
    unit.lines[8]![5] = 424_242;
    const parts = unzipSync(new Uint8Array(await reportWorkbook([unit]).xlsx.writeBuffer()));
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    const edited = xml.replace(/<c r="G16"[^>]*><v>424242<\/v><\/c>/, cell);
    expect(edited).not.toBe(xml);
    parts['xl/worksheets/sheet1.xml'] = strToU8(edited);
    return zipSync(parts, { level: 6 });
  }

  it('a points cell of 10 million digits, as a number and as text: each named with its file, sheet and cell, the rest scored, within 1 GB', async () => {
    const digits = '9'.repeat(10_000_000);
    const dir = await tempDir();
    await mkdir(join(dir, 'bao-cao'));
    await writeFile(join(dir, 'bao-cao', 'ban-so.xlsx'), await withPointsCell(`<c r="G16"><v>${digits}</v></c>`));
    await writeFile(join(dir, 'bao-cao', 'ban-chu.xlsx'), await withPointsCell(`<c r="G16" t="inlineStr"><is><t>${digits}</t></is></c>`));
    await writeFile(join(dir, 'bao-cao', 'ban-tot.xlsx'), new Uint8Array(await reportWorkbook([goodHamlet('Báo cáo', 'Bản Tốt')]).xlsx.writeBuffer()));
    const run = await measured(['score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'kq', '--json'], dir);
    expect(run.stderr).not.toMatch(/unexpected error|Maximum call stack/);
    expect(run.peakMb).toBeLessThan(1024);
    // As text: past Excel's 32,767 characters a cell, named and read from its start.
    expect(run.stderr).toContain('bao-cao/ban-chu.xlsx, trang «Báo cáo»: ô G16 dài hơn 32.767 ký tự');
    // As a number: read without recursion, past every number a spreadsheet holds, said at its cell in its file's card.
    const cards = (JSON.parse(run.stdout) as { cards: { file: string; sheet: string; unitName: string; total: number; flags: { cell?: string; message: string }[] }[] }).cards;
    const big = cards.find((c) => c.file.endsWith('ban-so.xlsx'))!;
    expect(big.sheet).toBe('Báo cáo');
    expect(big.flags.find((f) => f.cell === 'G16')?.message).toMatch(/^Ô G16: một số quá lớn \(vượt mọi số Excel giữ được\) không đọc được thành điểm → 0 điểm/);
    expect(cards.find((c) => c.unitName === 'Bản Tốt')?.total).toBe(GOOD_HAMLET_TOTAL);
  }, 150_000);
});
