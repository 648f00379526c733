// Hostile and broken workbooks cost only themselves: the hostile corpus (scripts/harness/hostile-corpus.ts) and
// the attacks of issue 25 (scripts/harness/hostile-attacks.ts: a FIFO, links to /dev/zero and out of the folder,
// a file past the size limit, merge bombs, a file that keeps a worker busy, a zip lying about its sizes,
// names carrying control and bidi characters) in ONE folder with good files, scored in one run of the built
// command: each file scored or refused with a message naming it, the good ones scored, the JSON and
// tong-hop.xlsx written, inputs byte-identical, nothing written outside --out (a planted symlink is replaced,
// its target untouched), within a bounded time and peak memory (the child's own resource usage).
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { WORKER_HEAP_MB } from '../../cli/scoring-threads.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { writeAttacks } from '../../scripts/harness/hostile-attacks.js';
import { writeHostileCorpus, type Expectation } from '../../scripts/harness/hostile-corpus.js';
import { BIN, hashes, tempDir } from './helpers.js';

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));
/** Two workers, and a time limit per file short enough for a test (a looping file costs this much). */
const ENV = { ...process.env, THIDUA_THREADS: '2', THIDUA_FILE_SECONDS: '15' };

let dir: string;
let expected: Expectation[];
let before: Record<string, string>;
let beforeOutside: Record<string, string>;
let run: { code: number; stdout: string; stderr: string; ms: number };
let doc: ScoreRunOutput;

beforeAll(async () => {
  dir = await tempDir();
  expected = [...(await writeHostileCorpus(dir)), ...(await writeAttacks(dir))];
  // Named on the command line (not found in a folder): a link to a device, read only to be refused.
  await mkdir(join(dir, 'lien-ket'));
  await symlink('/dev/zero', join(dir, 'lien-ket', 'zero.xlsx'));
  before = await hashes(join(dir, 'dau-vao'));
  beforeOutside = await hashes(join(dir, 'ngoai-cay'));
  const started = Date.now();
  run = await new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', PEAK, BIN, 'score', 'dau-vao', 'lien-ket/zero.xlsx', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'],
      { cwd: dir, maxBuffer: 256 * 1024 * 1024, env: ENV },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, ms: Date.now() - started }),
    );
  });
  doc = JSON.parse(run.stdout) as ScoreRunOutput;
}, 400_000);

/** Everything the run said about a file: its errors (a skipped one's too) and its units' flags. */
function said(file: string): string {
  const path = join('dau-vao', file);
  return [
    ...doc.errors.filter((x) => x.file === path).map((x) => x.message),
    ...doc.cards.filter((c) => c.file === path).flatMap((c) => c.flags.map((f) => f.message)),
  ].join('\n');
}

/** A run's officer-facing text (not --json) over the files with odd names, as a terminal would receive it. */
function runText(): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'score', 'dau-vao/ky-tu-dieu-khien.xlsx', 'dau-vao/bao-cao-\u202Exslx.xlsx', '--criteria', 'ta-ma-2025', '--out', 'ket-qua-2'],
      { cwd: dir },
      (_, stdout, stderr) => resolve(stdout + stderr),
    );
  });
}

describe('thidua score on the hostile corpus and the attacks, in one folder', () => {
  it('exits 1 (some inputs left out), with a JSON document, tong-hop.xlsx and no stack trace', () => {
    expect(run.code).toBe(1);
    expect(doc.summaryFile).toBe('ket-qua/tong-hop.xlsx');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stderr).not.toContain('Error:');
    expect(run.stderr).not.toMatch(/Worker|memory limit|terminated/);
  });

  it('scores every scoreable file and says what it left out of each', () => {
    for (const e of expected.filter((x) => x.scored)) {
      const entry = doc.files.find((f) => f.file === join('dau-vao', e.file));
      expect(entry?.output, e.file).toMatch(/^ket-qua\/.+\.cham-diem\.xlsx$/);
      if (e.says) expect(said(e.file), e.file).toContain(e.says);
    }
    expect(doc.cards.find((c) => c.unitName === 'Bản Tốt')?.total).toBe(88.25);
  });

  it('refuses every hostile file with a Vietnamese message naming it', () => {
    for (const e of expected.filter((x) => !x.scored)) {
      const error = doc.errors.find((x) => x.file === join('dau-vao', e.file));
      expect(error?.message, e.file).toContain(e.file.split('/').pop()!);
      if (e.says) expect(error?.message, e.file).toContain(e.says);
    }
  });

  it('refuses a link to a device named on the command line, by name, before reading it', () => {
    expect(doc.errors.find((x) => x.file === 'lien-ket/zero.xlsx')?.message).toBe('Tệp lien-ket/zero.xlsx là một thiết bị (như /dev/zero), không phải tệp: không đọc.');
  });

  it('stops the merge bombs, the looping file and the size lie in their worker, each costing only itself', () => {
    for (const file of ['tron-o-ca-trang.xlsx', 'tron-o-nghin.xlsx', 'tron-o-100k.xlsx', 'noi-doi-kich-thuoc.xlsx']) {
      expect(said(file), file).toMatch(/chấm quá 15 giây nên đã bị dừng|cần hơn 640 MB bộ nhớ|không được mở|bị hỏng/);
    }
    expect(doc.cards.some((c) => c.unitName === 'Bản Ngoài Cây')).toBe(false); // behind a link out of the folder
  });

  it('reads a unit\'s own report sheet named «Tổng hợp»', () => {
    const card = doc.cards.find((c) => c.unitName === 'Bản Tổng Hợp');
    expect(card?.sheet).toBe('Tổng hợp');
    expect(card?.total).toBe(88.25);
  });

  it('keeps every number finite: 9E+307 self-scores read as unreadable, never summed to Infinity', async () => {
    const card = doc.cards.find((c) => c.unitName === 'Bản Số Lớn')!;
    expect(Number.isFinite(card.total) && Number.isFinite(card.percent)).toBe(true);
    expect(card.flags.some((f) => f.cell === 'G8')).toBe(true);
    expect(run.stdout).not.toContain('Infinity');
  });

  it('prints no control or bidi character from a file: each shown escaped, one line per line', async () => {
    expect(doc.cards.find((c) => c.unitName.includes('Đỏ'))?.unitName).toBe('Bản \u001b[31mĐỏ');
    const text = await runText();
    expect(text).toContain('Bản \\u001B[31mĐỏ');
    expect(text).toContain('[2/2] dau-vao/bao-cao-\\u202Exslx.xlsx');
    expect(text).toMatch(/^ +\d\. Bản \\u202EĐảo\\nDòng giả: 88,25\/100 điểm/m);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('gives names that collide by case or Unicode composition outputs of their own', () => {
    const outputs = doc.files.map((f) => f.output).filter((o): o is string => o !== null);
    const keys = outputs.map((o) => o.normalize('NFC').toLowerCase());
    expect(new Set(keys).size).toBe(outputs.length);
  });

  it('leaves every input byte-identical and writes nothing outside --out, replacing the planted symlink', async () => {
    expect(await hashes(join(dir, 'dau-vao'))).toEqual(before);
    expect(await hashes(join(dir, 'ngoai-cay'))).toEqual(beforeOutside);
    expect(await readFile(join(dir, 'ngoai', 'bi-ghi-de.txt'), 'utf8')).toBe('không được ghi đè');
    expect((await readdir(dir)).filter((d) => d !== 'ket-qua-2').sort()).toEqual(['dau-vao', 'ket-qua', 'lien-ket', 'ngoai', 'ngoai-cay']);
    expect(await readdir(join(dir, 'ngoai'))).toEqual(['bi-ghi-de.txt']);
    expect((await readdir(join(dir, 'ket-qua'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says in one line why an --out it cannot write is refused, before reading any input', async () => {
    const odd = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [BIN, 'score', 'dau-vao', '--criteria', 'ta-ma-2025', '--out', 'dau-vao/bao-cao-tot.xlsx/ket-qua'], { cwd: dir }, (error, _out, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      );
    });
    expect(odd.code).toBe(2);
    expect(odd.stderr.trim().split('\n')[0]).toMatch(/^Không ghi được vào thư mục kết quả --out dau-vao\/bao-cao-tot\.xlsx\/ket-qua \(ENOTDIR\)/);
    expect(odd.stderr).not.toContain('[1/');
  });

  it('ends in bounded time (no FIFO or /dev/zero hangs it) and bounded memory (two workers at their heap limit)', () => {
    // A few files run into the 15 s limit, two at a time; a hang would never end.
    expect(run.ms).toBeLessThan(300_000);
    const kb = Number(/THIDUA_PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan((2 * WORKER_HEAP_MB + 384) * 1024);
  });
});

/** A run expected to stop before reading any input: its exit code and stderr. */
function refused(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'score', ...args, '--criteria', 'ta-ma-2025'], { cwd: dir }, (error, _out, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }));
  });
}

describe('a run without --criteria', () => {
  it('looks for a scoring sheet in the inputs in a worker too: a merge bomb among them does not bring the run down', async () => {
    await mkdir(join(dir, 'khong-bo'));
    await copyFile(join(dir, 'dau-vao', 'tron-o-ca-trang.xlsx'), join(dir, 'khong-bo', 'a-tron-o.xlsx'));
    await copyFile(join(dir, 'dau-vao', 'bao-cao-tot.xlsx'), join(dir, 'khong-bo', 'b-tot.xlsx'));
    const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [BIN, 'score', 'khong-bo', '--out', 'kq-khong-bo'], { cwd: dir, env: ENV }, (error, _out, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Thiếu --criteria (bộ tiêu chí), và không tệp nào có bảng chấm điểm');
  }, 120_000);
});

describe('outputs never onto an input, by real path', () => {
  it('stops a run whose --out is a link to the input folder, in one line, writing nothing', async () => {
    await symlink(join(dir, 'dau-vao'), join(dir, 'ra-dau-vao'));
    const run = await refused(['dau-vao', '--out', 'ra-dau-vao']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`Thư mục kết quả --out ra-dau-vao trùng với đầu vào «dau-vao» (cả hai là ${join(dir, 'dau-vao')}); hãy chọn thư mục khác. / --out is one of the inputs.`);
    expect(await hashes(join(dir, 'dau-vao'))).toEqual(before);
    expect(await readdir(join(dir, 'dau-vao'))).not.toContain('tong-hop.xlsx');
  });

  it('stops a run given its own tong-hop.xlsx through a linked folder', async () => {
    await symlink(join(dir, 'ket-qua'), join(dir, 'kq-lien-ket'));
    const summary = await readFile(join(dir, 'ket-qua', 'tong-hop.xlsx'));
    const run = await refused(['kq-lien-ket/tong-hop.xlsx', '--out', 'ket-qua']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('Tệp tổng hợp ket-qua/tong-hop.xlsx sẽ ghi đè một tệp đầu vào; hãy chọn --out khác.');
    expect(await readFile(join(dir, 'ket-qua', 'tong-hop.xlsx'))).toEqual(summary);
  });

  it('says what is wrong with an --out that holds the input folder (its parent), instead of finding no file', async () => {
    const run = await refused(['dau-vao', '--out', '.']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^Thư mục đầu vào «dau-vao» nằm trong thư mục kết quả --out \.: /);
    expect(run.stderr).not.toContain('Không tìm thấy tệp .xlsx nào');
  });

  it('stops before scoring when --out holds a tong-hop.xlsx it cannot read, and says the ways out', async () => {
    await mkdir(join(dir, 'kq-hong'));
    await writeFile(join(dir, 'kq-hong', 'tong-hop.xlsx'), 'không phải sổ tính');
    const run = await refused(['dau-vao/bao-cao-tot.xlsx', '--out', 'kq-hong']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không đọc được quyết định của Hội đồng trong kq-hong/tong-hop.xlsx, tệp tổng hợp lượt chấm này sẽ ghi lại: Tệp kq-hong/tong-hop.xlsx không phải tệp Excel .xlsx');
    expect(run.stderr).toContain('đổi tên nó (ví dụ tong-hop-cu.xlsx) rồi chạy lại');
    expect(await readdir(join(dir, 'kq-hong'))).toEqual(['tong-hop.xlsx']);
    expect(await readFile(join(dir, 'kq-hong', 'tong-hop.xlsx'), 'utf8')).toBe('không phải sổ tính');
  });
});
