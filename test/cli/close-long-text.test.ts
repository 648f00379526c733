// Text the closing writes into a cell and reads back (issue 48 item 6): a closer's name or reason too long to keep
// whole is refused at the door, naming the option and its length, before the folder is touched.
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from './helpers.js';

describe('thidua close with an over-long --by or --reason', () => {
  it('refuses a 57,218-character name, saying its length, and writes nothing', async () => {
    const dir = await tempDir();
    const run = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành '.repeat(4402).slice(0, 57_218)], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--by dài 57.218 ký tự, quá 200');
  });

  it('refuses a reason past 2,000 characters', async () => {
    const run = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--reason', 'x'.repeat(2001)], await tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--reason dài 2.001 ký tự, quá 2.000');
  });

  it('takes a name of 200 characters to the folder (here none: said as no result folder)', async () => {
    const run = await runInProcess(['close', 'kq', '--by', 'T'.repeat(200)], await tempDir());
    expect(run.stderr).not.toContain('--by dài');
    expect(run.stderr).toContain('tong-hop.xlsx');
  });
});
