// Workbooks that would cost an object model gigabytes (test/fixtures/bounded-bombs.ts) are refused by the
// bounded pre-pass before ExcelJS sees them: one folder of bombs and a good report, `thidua score` exits 1,
// names every bomb with the sheet and range at fault, scores the good report, and stays small.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { bombs, goodReport, type Bomb } from '../fixtures/bounded-bombs.js';
import { BIN, GOOD_HAMLET_TOTAL, tempDir } from './helpers.js';

const PEAK = fileURLToPath(new URL('../fixtures/peak-memory.mjs', import.meta.url));

let made: Bomb[];
let run: { code: number; stdout: string; stderr: string };
let doc: ScoreRunOutput;

beforeAll(async () => {
  const dir = await tempDir();
  await mkdir(join(dir, 'bao-cao'));
  made = await bombs();
  for (const b of made) await writeFile(join(dir, 'bao-cao', b.file), b.bytes);
  await writeFile(join(dir, 'bao-cao', 'ban-tot.xlsx'), await goodReport('Bản Tốt'));
  run = await new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', PEAK, BIN, 'score', 'bao-cao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'],
      { cwd: dir, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
  doc = JSON.parse(run.stdout) as ScoreRunOutput;
}, 120_000);

describe('thidua score on workbooks past the read limits', () => {
  it('exits 1 without a stack trace', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('refuses each bomb by name, saying the sheet and the range or cell at fault', () => {
    for (const b of made) {
      const error = doc.errors.find((e) => e.file === join('bao-cao', b.file));
      expect(error?.message, b.file).toContain(b.file);
      expect(error?.message, b.file).toContain(b.says);
      if (b.file !== 'khai-sai-kich-thuoc.xlsx') expect(error?.message, b.file).toContain('trang tính «Báo cáo»');
    }
  });

  it('scores the good report beside them', () => {
    const card = doc.cards.find((c) => c.unitName === 'Bản Tốt');
    expect(card?.total).toBe(GOOD_HAMLET_TOTAL);
  });

  it('stays under 400 MB, though the bombs would make gigabytes of cells and bytes', () => {
    const kb = Number(/THIDUA_PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(400 * 1024);
  });
});
