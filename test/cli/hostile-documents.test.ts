// Word criteria files made to hurt (issue 35 item 5), built at test time by scripts/harness/hostile-documents.ts:
// each given to the built command as a criteria file, in a child process whose own peak memory is measured. Each
// hostile one is refused in one Vietnamese line naming the file and the limit it passes (exit 1, no stack trace),
// within a bounded time and peak; the one whose picture is shown 200 times is read (its picture never is) and
// scores a folder of reports, and the largest document the limits admit is read within the same bounds. The files
// are left byte-identical and nothing is written beside them.
import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Expectation } from '../../scripts/harness/hostile-corpus.js';
import { writeDocumentAttacks } from '../../scripts/harness/hostile-documents.js';
import { BIN, goodHamlet, hashes, tempDir, writeReportWorkbook } from './helpers.js';

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));
const GB = 1024 * 1024;

type Measured = { code: number; stdout: string; stderr: string; ms: number; peakKb: number };

function run(args: string[], cwd: string): Promise<Measured> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', PEAK, BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, ms: Date.now() - started, peakKb: Number(/THIDUA_PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1]) }),
    );
  });
}

let dir: string;
let expected: Expectation[];
let before: Record<string, string>;
const imports = new Map<string, Measured>();

beforeAll(async () => {
  dir = await tempDir();
  expected = await writeDocumentAttacks(join(dir, 'van-ban'));
  before = await hashes(join(dir, 'van-ban'));
  for (const e of expected) imports.set(e.file, await run(['criteria', 'import', join('van-ban', e.file), '--out', join('ket-qua', `${e.file}.json`)], dir));
}, 600_000);

describe('thidua criteria import of hostile Word documents', () => {
  it('refuses each in one Vietnamese line naming the file and the limit it passes: exit 1, no stack trace', () => {
    for (const e of expected.filter((x) => !x.scored)) {
      const r = imports.get(e.file)!;
      expect(r.code, e.file).toBe(1);
      const said = r.stderr.replace(/\nTHIDUA_PEAK_RSS_KB=\d+\n$/, '').trim();
      expect(said, e.file).toBe(said.split('\n')[0]);
      expect(said, e.file).toMatch(new RegExp(`^Tệp van-ban/${e.file.replace('.', '\\.')} không được đọc: `));
      expect(said, e.file).toContain(e.says!);
      expect(said, e.file).not.toMatch(/\n\s+at .+:\d+:\d+|Error:|unexpected error/);
    }
  });

  it('reads the document whose picture is shown 200 times without reading the picture, and the largest the limits admit', () => {
    for (const e of expected.filter((x) => x.scored)) {
      const r = imports.get(e.file)!;
      expect(r.code, e.file).toBe(0);
      expect(r.stdout, e.file).toContain('(3 tiêu chí, 1 nhóm) từ Bảng 1');
    }
  });

  it('each within 150 s and 1 GB of peak memory (the child process as the system counts it)', () => {
    for (const [file, r] of imports) {
      expect(r.peakKb, file).toBeGreaterThan(0);
      expect(r.peakKb, file).toBeLessThan(GB);
      expect(r.ms, file).toBeLessThan(150_000);
    }
  });

  it('leaves the documents byte-identical and writes only the set it read', async () => {
    expect(await hashes(join(dir, 'van-ban'))).toEqual(before);
    expect((await readdir(join(dir, 'ket-qua'))).sort()).toEqual(['anh-8mb-200-lan.docx.json', 'gioi-han.docx.json']);
    expect((await readdir(dir)).sort()).toEqual(['ket-qua', 'van-ban']);
  });
});

describe('thidua score with --criteria of a Word document', () => {
  it('refuses a hostile one before reading any report, naming it; scores the folder with a good one', async () => {
    await mkdir(join(dir, 'bao-cao'));
    await writeReportWorkbook(join(dir, 'bao-cao', 'ban-a.xlsx'), [goodHamlet('Báo cáo', 'Bản A')]);
    const refused = await run(['score', 'bao-cao', '--criteria', 'van-ban/anh-40-lan.docx', '--out', 'kq-tu-choi'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Tệp van-ban/anh-40-lan.docx không được đọc: hình ảnh «word/media/image1.png» giải nén ra 40 MB, quá giới hạn 16 MB.');
    expect(refused.peakKb).toBeLessThan(GB);
    const scored = await run(['score', 'bao-cao', '--criteria', 'van-ban/anh-8mb-200-lan.docx', '--out', 'kq', '--json'], dir);
    expect(JSON.parse(scored.stdout).files.map((f: { output: string | null }) => f.output)).toEqual(['kq/ban-a.cham-diem.xlsx']);
    expect(scored.peakKb).toBeLessThan(GB);
  }, 300_000);
});
