// Hostile and broken workbooks cost only themselves: each corpus file (scripts/harness/hostile-corpus.ts) is
// scored or refused with a message naming it, the others are scored, inputs stay byte-identical, nothing
// is written outside --out (a planted symlink is replaced, its target untouched), and the run stays under 1 GB.
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { writeHostileCorpus, type Expectation } from '../../scripts/harness/hostile-corpus.js';
import { BIN, hashes, tempDir } from './helpers.js';

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));

let dir: string;
let expected: Expectation[];
let before: Record<string, string>;
let run: { code: number; stdout: string; stderr: string };
let doc: ScoreRunOutput;

beforeAll(async () => {
  dir = await tempDir();
  expected = await writeHostileCorpus(dir);
  before = await hashes(join(dir, 'dau-vao'));
  run = await new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', PEAK, BIN, 'score', 'dau-vao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'],
      { cwd: dir, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
  doc = JSON.parse(run.stdout) as ScoreRunOutput;
}, 240_000);

/** The same run's officer-facing text (not --json), as a terminal would receive it. */
function runText(): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'score', 'dau-vao/ky-tu-dieu-khien.xlsx', '--criteria', 'ta-ma-2025', '--out', 'ket-qua-2'], { cwd: dir }, (_, stdout, stderr) =>
      resolve(stdout + stderr),
    );
  });
}

describe('thidua score on the hostile corpus', () => {
  it('exits 1 (some inputs left out), with a JSON document and no stack trace', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stderr).not.toContain('Error:');
  });

  it('scores every scoreable file and says what it left out of each', () => {
    for (const e of expected.filter((x) => x.scored)) {
      const entry = doc.files.find((f) => f.file === join('dau-vao', e.file));
      expect(entry?.output, e.file).toMatch(/^ket-qua\/.+\.cham-diem\.xlsx$/);
      if (!e.says) continue;
      const said = [
        ...doc.errors.filter((x) => x.file === join('dau-vao', e.file)).map((x) => x.message),
        ...doc.cards.filter((c) => c.file === join('dau-vao', e.file)).flatMap((c) => c.flags.map((f) => f.message)),
      ];
      expect(said.join('\n'), e.file).toContain(e.says);
    }
  });

  it('refuses every hostile file with a Vietnamese message naming it', () => {
    for (const e of expected.filter((x) => !x.scored)) {
      const error = doc.errors.find((x) => x.file === join('dau-vao', e.file));
      expect(error?.message, e.file).toContain(e.says!);
      expect(error?.message, e.file).toContain(e.file.split('/').pop()!);
    }
  });

  it('keeps every number finite: 9E+307 self-scores read as unreadable, never summed to Infinity', async () => {
    const card = doc.cards.find((c) => c.unitName === 'Bản Số Lớn')!;
    expect(Number.isFinite(card.total) && Number.isFinite(card.percent)).toBe(true);
    expect(card.flags.some((f) => f.cell === 'G8')).toBe(true);
    expect(run.stdout).not.toContain('Infinity');
  });

  it('prints no control character, whatever a unit is named', async () => {
    expect(doc.cards.find((c) => c.unitName.includes('Đỏ'))?.unitName).toBe('Bản \u001b[31mĐỏ');
    const text = await runText();
    expect(text).toContain('Bản ?[31mĐỏ');
    expect(text).not.toContain('\u001b');
  });

  it('gives names that collide by case or Unicode composition outputs of their own', () => {
    const outputs = doc.files.map((f) => f.output).filter((o): o is string => o !== null);
    const keys = outputs.map((o) => o.normalize('NFC').toLowerCase());
    expect(new Set(keys).size).toBe(outputs.length);
  });

  it('leaves every input byte-identical and writes nothing outside --out, replacing the planted symlink', async () => {
    expect(await hashes(join(dir, 'dau-vao'))).toEqual(before);
    expect(await readFile(join(dir, 'ngoai', 'bi-ghi-de.txt'), 'utf8')).toBe('không được ghi đè');
    expect((await readdir(dir)).filter((d) => d !== 'ket-qua-2').sort()).toEqual(['dau-vao', 'ket-qua', 'ngoai']);
    expect(await readdir(join(dir, 'ngoai'))).toEqual(['bi-ghi-de.txt']);
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

  it('stays under 1 GB of memory for the whole run', () => {
    const kb = Number(/THIDUA_PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(1024 * 1024);
  });
});
