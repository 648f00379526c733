// Every capture of `thidua watch` judged alone: each bad file, laid beside a good week of HAR files (Phú Thọ's saved
// responses), is named with why and left out, and the digest printed is the good week's, word for word.
import { execFile } from 'node:child_process';
import { lstat, mkdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { harOf, STORY, storyCaptures, UNITS } from '../watch/real-days.js';
import { fileURLToPath } from 'node:url';
import { BIN, runChild, tempDir, type Run } from './helpers.js';

const run = promisify(execFile);
const FILED = new Date('2026-11-01T00:00:00Z');
let good: string;

/** A folder holding the good week, each HAR last written on 1/11/2026. */
async function goodWeek(): Promise<string> {
  const folder = join(await tempDir(), 'lan-chup');
  await mkdir(folder, { recursive: true });
  for (const [i, plan] of STORY.entries()) {
    const file = join(folder, `dichvucong-${plan.day}.har`);
    await writeFile(file, JSON.stringify(harOf(plan, i === STORY.length - 1)));
    await utimes(file, FILED, FILED);
  }
  return folder;
}

/** The extension's backup holding the figures of a day after the week, its capture time as given. */
function backupAt(capturedAt: string, score = 5.5): string {
  const [capture] = storyCaptures([{ day: '2026-09-21', scores: { [UNITS.noiVu.code]: score } }]);
  const snapshots = capture!.snapshots.map((s) => ({ ...s, capturedAt }));
  return JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-10-01T00:00:00.000Z', snapshots });
}

/** The watch over the good week with `add` done to its folder. */
async function watchWith(add: (folder: string) => Promise<void>): Promise<Run> {
  const folder = await goodWeek();
  await add(folder);
  return runChild(['watch', 'lan-chup'], join(folder, '..'));
}

async function written(folder: string, name: string, text: string, at = FILED): Promise<void> {
  await writeFile(join(folder, name), text);
  await utimes(join(folder, name), at, at);
}

beforeAll(() => {
  good = digestText(digestOf(storyCaptures())!);
});

function heldOut(result: Run, name: string, why: RegExp | string): void {
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).not.toContain('unexpected error');
  const line = result.stderr.split('\n').find((l) => l.startsWith(`Bỏ qua lan-chup/${name}`));
  expect(line, result.stderr).toBeDefined();
  expect(line).toMatch(why);
  expect(result.stdout.trim()).toBe(good);
}

describe('thidua watch: each bad capture beside a good week is named and left out', () => {
  it('a HAR whose body says base64 and is not', async () => {
    const har = harOf({ day: '2026-09-21', scores: {} }, false) as { log: { entries: { response: { content: Record<string, string> } }[] } };
    for (const e of har.log.entries) e.response.content = { mimeType: 'application/json', encoding: 'base64', text: '{"không": "phải base64"} ***' };
    const result = await watchWith((f) => written(f, 'hong-base64.har', JSON.stringify(har)));
    heldOut(result, 'hong-base64.har', 'ghi mã hóa base64 mà không phải base64');
  }, 60_000);

  it('a copy of the last day’s HAR with one body that says base64 and is not: only the copy is left out, the day kept', async () => {
    const last = STORY.at(-1)!;
    const har = harOf(last, true) as { log: { entries: { request: { url: string }; response: { content: Record<string, string> } }[] } };
    const lying = har.log.entries.find((e) => e.request.url.endsWith('/dvc-progress-tree'))!;
    lying.response.content = { ...lying.response.content, encoding: 'base64', text: `${lying.response.content.text!.slice(0, 200)} ***` };
    const result = await watchWith((f) => written(f, `ban-sao-${last.day}.har`, JSON.stringify(har)));
    // Read with that answer left out, the copy would clash with the good file of the same time and both be dropped.
    expect(result.stderr).not.toContain('cùng giờ chụp mà số liệu khác nhau');
    heldOut(result, `ban-sao-${last.day}.har`, /phản hồi dvc-progress-tree ghi mã hóa base64 mà không phải base64/);
  }, 60_000);

  it('a body labelled base64 that is the JSON itself is read as it is', async () => {
    const last = STORY.at(-1)!;
    const har = harOf(last, true) as { log: { entries: { response: { content: Record<string, string> } }[] } };
    for (const e of har.log.entries) e.response.content = { ...e.response.content, encoding: 'base64' };
    const result = await watchWith((f) => written(f, `ban-sao-${last.day}.har`, JSON.stringify(har)));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr, result.stderr).not.toContain('Bỏ qua');
    expect(result.stdout.trim()).toBe(good);
  }, 60_000);

  it('a backup dated at the edge of JavaScript’s dates', async () => {
    const result = await watchWith((f) => written(f, 'sao-luu-bien.json', backupAt('+275760-09-13T00:00:00.000Z')));
    heldOut(result, 'sao-luu-bien.json', 'sau ngày mai, không thể đúng');
  }, 60_000);

  it('a backup dated year 10000', async () => {
    const result = await watchWith((f) => written(f, 'sao-luu-10000.json', backupAt('+010000-01-01T03:00:00.000Z')));
    heldOut(result, 'sao-luu-10000.json', 'sau ngày mai, không thể đúng');
  }, 60_000);

  it('a backup dated 2099', async () => {
    const result = await watchWith((f) => written(f, 'sao-luu-2099.json', backupAt('2098-12-31T21:10:00.000Z')));
    heldOut(result, 'sao-luu-2099.json', 'sau ngày mai, không thể đúng');
  }, 60_000);

  it('a backup dated after the file was written (and before tomorrow)', async () => {
    const result = await watchWith((f) => written(f, 'sao-luu-sau-tep.json', backupAt('2026-11-10T21:10:00.000Z')));
    heldOut(result, 'sao-luu-sau-tep.json', /giờ chụp 04:10 ngày 11\/11\/2026 \(giờ Việt Nam\) sau lúc tệp được ghi \(07:00 ngày 1\/11\/2026 \(giờ Việt Nam\)\)/);
  }, 60_000);

  it('a backup dated before 2020', async () => {
    const result = await watchWith((f) => written(f, 'sao-luu-2019.json', backupAt('2019-06-01T21:10:00.000Z')));
    heldOut(result, 'sao-luu-2019.json', 'trước năm 2020');
  }, 60_000);

  it('capture times written in words', async () => {
    const result = await watchWith((f) => written(f, 'sao-luu-chu.json', backupAt('sáng thứ hai tuần trước')));
    heldOut(result, 'sao-luu-chu.json', 'giờ chụp «sáng thứ hai tuần trước» không đọc được là ngày giờ');
  }, 60_000);

  it('a FIFO, never opened', async () => {
    const result = await watchWith((f) => run('mkfifo', [join(f, 'ong-dan.har')]).then(() => undefined));
    heldOut(result, 'ong-dan.har', 'không phải tệp thường');
  }, 60_000);

  it('a link to /dev/zero', async () => {
    const result = await watchWith((f) => symlink('/dev/zero', join(f, 'zero.json')));
    heldOut(result, 'zero.json', 'liên kết trỏ ra ngoài thư mục lần chụp');
  }, 60_000);

  it('a device, never opened', async () => {
    const result = await watchWith((f) => run('mknod', [join(f, 'thiet-bi.json'), 'c', '1', '5']).then(() => undefined));
    heldOut(result, 'thiet-bi.json', 'không phải tệp thường');
  }, 60_000);

  it('two captures of one time with different figures: both named, neither chosen', async () => {
    const result = await watchWith(async (f) => {
      await written(f, 'sao-luu-a.json', backupAt('2026-09-22T21:10:00.000Z', 5.5));
      await written(f, 'sao-luu-b.json', backupAt('2026-09-22T21:10:00.000Z', 9.5));
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'Bỏ qua lần chụp lúc 04:10 ngày 23/9/2026 (giờ Việt Nam) của lan-chup/sao-luu-a.json, lan-chup/sao-luu-b.json: cùng giờ chụp mà số liệu khác nhau, không chọn bên nào.',
    );
    expect(result.stdout.trim()).toBe(good);
  }, 60_000);
});

describe('thidua watch: a figure no unit can have is said by unit, metric and file', () => {
  it('a numerator above its denominator names the file, the unit and the metric by its Vietnamese name, never its code', async () => {
    const folder = await goodWeek();
    const name = `dichvucong-${STORY[0]!.day}.har`;
    const har = JSON.parse(await readFile(join(folder, name), 'utf8')) as { log: { entries: { request: { url: string }; response: { content: { text: string } } }[] } };
    const entry = har.log.entries.find((e) => e.request.url.endsWith('/dvc-progress-tree'))!;
    const body = JSON.parse(entry.response.content.text) as { data: { children: { departmentName: string; totalReceived: number; totalOnTime: number }[] } };
    const unit = body.data.children[1]!;
    unit.totalOnTime = unit.totalReceived * 2;
    entry.response.content.text = JSON.stringify(body);
    await written(folder, name, JSON.stringify(har));
    const result = await runChild(['watch', 'lan-chup'], join(folder, '..'));
    expect(result.code, result.stderr).toBe(0);
    const line = result.stderr.split('\n').find((l) => l.startsWith('Cảnh báo: Tử số lớn hơn mẫu số'));
    const counts = `tử số ${(unit.totalReceived * 2).toLocaleString('vi-VN')} lớn hơn mẫu số ${unit.totalReceived.toLocaleString('vi-VN')} (tệp lan-chup/${name})`;
    // Said of the group's score and of its metric, each by the name officers read on the portal.
    expect(line, result.stderr).toContain(`(2 lần): ${unit.departmentName}: «Tiến độ giải quyết»: ${counts}; ${unit.departmentName}: «Tỷ lệ hồ sơ xử lý đúng hạn»: ${counts}`);
    expect(line).not.toMatch(/[A-Z]{2,}_[A-Z_]+/);
  }, 60_000);
});

describe('thidua watch --out onto what is no file is refused in plain words', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await goodWeek();
    const dir = join(folder, '..');
    await mkdir(join(dir, 'thu-muc.html'));
    await run('mkfifo', [join(dir, 'ong-dan.html')]);
    await writeFile(join(dir, 'that.html'), 'giữ nguyên');
    await symlink(join(dir, 'that.html'), join(dir, 'lien-ket.html'));
  }, 60_000);

  for (const [name, what] of [['thu-muc.html', 'là một thư mục'], ['ong-dan.html', 'không phải tệp thường'], ['lien-ket.html', 'là một liên kết']] as const) {
    for (const force of [false, true]) {
      it(`${name}${force ? ' with --force' : ''}`, async () => {
        const dir = join(folder, '..');
        const result = await runChild(['watch', 'lan-chup', '--out', name, ...(force ? ['--force'] : [])], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).not.toContain('unexpected error');
        expect(result.stderr).toContain(`Không ghi báo cáo vào ${name}: chỗ đó ${what}`);
        const kept = await lstat(join(dir, name));
        expect(kept.isFile()).toBe(false);
      }, 60_000);
    }
  }
});

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));
/** The built command with its peak memory (MB), as an officer runs it. */
async function measured(args: string[], cwd: string): Promise<Run & { peakMb: number }> {
  const r = await new Promise<Run>((done) => {
    execFile(process.execPath, ['--import', PEAK, BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
  return { ...r, peakMb: Number(/THIDUA_PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
}
/** A 48 MB JSON array of empty objects (issue 48: 1,561 MB in watch, 1,530 MB in score --indicators). */
const EMPTIES = `[${'{},'.repeat(16_000_000)}{}]`;

describe('bounded before it is parsed: a small file never costs the machine', () => {
  it('watch: a 48 MB JSON of empty objects is named and left out within 1 GB, the good week digested', async () => {
    const folder = await goodWeek();
    await written(folder, 'rong.json', EMPTIES);
    const result = await measured(['watch', 'lan-chup'], join(folder, '..'));
    heldOut(result, 'rong.json', 'dữ liệu JSON có hơn 4.000.000 đối tượng và mảng');
    expect(result.peakMb).toBeLessThan(1024);
  }, 150_000);

  it('watch: a backup of 20,000 provinces and 20,000 communes in one capture is named and left out', async () => {
    const [capture] = storyCaptures([{ day: '2026-09-21', scores: {} }]);
    const template = capture!.snapshots[0]!;
    const snapshots = Array.from({ length: 40_000 }, (_, i) => ({
      ...template,
      capturedAt: '2026-09-21T21:10:00.000Z',
      unit: { ...template.unit, id: `u${i}`, name: i < 20_000 ? `Tỉnh ${i}` : `UBND xã ${i} - Tỉnh ${i - 20_000}`, level: i < 20_000 ? 'province' : 'commune' },
    }));
    const folder = await goodWeek();
    await written(folder, 'sao-luu-lon.json', JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-10-01T00:00:00.000Z', snapshots }));
    const result = await measured(['watch', 'lan-chup'], join(folder, '..'));
    heldOut(result, 'sao-luu-lon.json', 'lần chụp lúc 04:10 ngày 22/9/2026 (giờ Việt Nam) có 40.000 dòng đơn vị — quá 10.000');
    expect(result.peakMb).toBeLessThan(1024);
  }, 150_000);

  it('score --indicators: the same 48 MB file is refused in Vietnamese before any report is read, within 1 GB', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'chi-so.json'), EMPTIES);
    await writeFile(join(dir, 'hong.json'), '{"snapshots": [');
    const inputs = [fileURLToPath(new URL('../../examples/bao-cao/ban-hua-ca.xlsx', import.meta.url)), '--criteria', fileURLToPath(new URL('../../examples/tieu-chi-ta-ma-2025.xlsx', import.meta.url))];
    const big = await measured(['score', ...inputs, '--indicators', 'chi-so.json', '--out', 'kq'], dir);
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('Không đọc được tệp chỉ số --indicators: chi-so.json: dữ liệu JSON có hơn 4.000.000 đối tượng và mảng');
    expect(big.peakMb).toBeLessThan(1024);
    const broken = await runChild(['score', ...inputs, '--indicators', 'hong.json', '--out', 'kq'], dir);
    expect(broken.code).toBe(2);
    // The engine's English («Unexpected end of JSON input») is never shown.
    expect(broken.stderr).toContain('Không đọc được tệp chỉ số --indicators: hong.json không phải JSON đọc được');
    expect(broken.stderr).not.toMatch(/Unexpected|JSON input/);
  }, 150_000);
});
