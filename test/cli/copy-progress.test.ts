// What the copies' pass says as it goes (cli/copy-progress.ts), and that a run says it between its «[n/n]» lines
// and its report.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COPIES_SAID_BY_TENTHS, copyProgress } from '../../cli/copy-progress.js';
import { runInProcess, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function said(copies: number, files: number): string[] {
  const lines: string[] = [];
  const progress = copyProgress(copies, files, (l) => lines.push(l));
  for (let i = 0; i < copies; i++) progress(i);
  return lines;
}

describe('copyProgress', () => {
  it('says nothing for one file, as the read pass says no «[n/n]» for it', () => {
    expect(said(1, 1)).toEqual([]);
    expect(said(0, 3)).toEqual([]);
  });

  it('says a short run\'s copies begun, once', () => {
    expect(said(12, 12)).toEqual(['Đang ghi 12 bản đã chấm…']);
    expect(said(COPIES_SAID_BY_TENTHS - 1, 120)).toEqual([`Đang ghi ${COPIES_SAID_BY_TENTHS - 1} bản đã chấm…`]);
  });

  it('says each tenth of a long run\'s copies, in Vietnamese numbers, the last left to the summary\'s line', () => {
    expect(said(4200, 4200)).toEqual([
      'Đang ghi 4.200 bản đã chấm…',
      ...[420, 840, 1260, 1680, 2100, 2520, 2940, 3360, 3780].map((n) => `Bản đã chấm: ${n.toLocaleString('de-DE')}/4.200`),
    ]);
    // Not a multiple of ten: each tenth reached once, rounded up.
    expect(said(105, 110).slice(1)).toEqual([11, 21, 32, 42, 53, 63, 74, 84, 95].map((n) => `Bản đã chấm: ${n}/105`));
  });
});

describe('thidua score', () => {
  it('says its copies begun after the last file read, then tong-hop.xlsx, before its report', async () => {
    const out = await tempDir();
    const run = await runInProcess(['score', 'examples/bao-cao', '--criteria', 'ta-ma-2025', '--out', out], ROOT);
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n');
    const last = lines.findIndex((l) => l.startsWith('[12/12] '));
    expect(last).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf('Đang ghi 12 bản đã chấm…')).toBe(last + 1);
    expect(lines.indexOf(`Đang ghi ${join(out, 'tong-hop.xlsx')}…`)).toBeGreaterThan(last + 1);
    expect(run.stdout).toContain('tong-hop.xlsx');
  });
});
