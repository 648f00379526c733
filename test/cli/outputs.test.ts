// writeOutput (cli/outputs.ts), where every file the command line writes goes: a folder not there yet is made with
// its parents; one that cannot be made is said in Vietnamese with its path; a file there already is replaced whole,
// and kept when asked not to overwrite.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, writeOutput } from '../../cli/outputs.js';
import { tempDir } from './helpers.js';

describe('writeOutput', () => {
  it('makes the folders a file goes into, then writes it', async () => {
    const path = join(await tempDir(), 'xa-01', 'ket-qua', 'ban-hua-ca.cham-diem.xlsx');
    expect(await writeOutput(path, 'bản chấm')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('bản chấm');
  });

  it('says which folder it could not make when a file stands where it should be', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'xa-01'), 'một tệp, không phải thư mục');
    const path = join(dir, 'xa-01', 'ban-hua-ca.cham-diem.xlsx');
    const error = await writeOutput(path, 'bản chấm').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(new RegExp(`^Không tạo được thư mục ${join(dir, 'xa-01').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((EEXIST|ENOTDIR)\\)\\.$`));
  });

  it('replaces a file already there, or keeps it when asked not to overwrite', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'xa-01'));
    const path = join(dir, 'xa-01', 'tong-hop.xlsx');
    await writeFile(path, 'cũ');
    expect(await writeOutput(path, 'mới', false)).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('cũ');
    expect(await writeOutput(path, 'mới')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('mới');
  });
});
