// Only what cannot be written is lost (issue 56 item 3): a hostile workbook of 4,980 report sheets beside good
// reports. Its copy would hold more parts than thidua reads again, so thidua declines to write it; its 4,980 units
// make a record of some 17 MB, past what one sheet part holds. Before, the whole run was lost («Không tệp nào của lần
// chấm này được ghi»); now the copy is named and left out, every other file is written, the record says what was left
// out and why, and `close` and `verify` work on the folder.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { RUN_RECORD_KEY, type RunRecord } from '../../core/run/closing.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { hamlet, manySheets } from '../../scripts/harness/hostile-attacks.js';
import { BIN, hashes, tempDir } from './helpers.js';

type Ran = { code: number; stdout: string; stderr: string };

/** `thidua` as a program; the time one file may take raised, so a loaded machine never stops the hostile workbook's reading (what is tested is what is written). */
function thidua(args: string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, THIDUA_FILE_SECONDS: '900' } }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

const HOSTILE = 'dau-vao/nhieu-trang.xlsx';
let dir: string;
let before: Record<string, string>;
let run: Ran;
let doc: ScoreRunOutput;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, 'dau-vao'));
  await writeFile(join(dir, HOSTILE), await manySheets(await hamlet('Bản 1'), 4980));
  await writeFile(join(dir, 'dau-vao', 'tot.xlsx'), await hamlet('Bản Tốt'));
  await writeFile(join(dir, 'dau-vao', 'tot-hai.xlsx'), await hamlet('Bản Tốt Hai'));
  before = await hashes(join(dir, 'dau-vao'));
  run = await thidua(['score', 'dau-vao', '--criteria', 'ta-ma-2025', '--out', 'ket-qua', '--json'], dir);
  doc = JSON.parse(run.stdout) as ScoreRunOutput;
}, 600_000);

describe('a workbook of 4,980 report sheets beside good reports', () => {
  it('loses only its own copy: named, and every other file written', async () => {
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('Không tệp nào của lần chấm này được ghi');
    expect(run.stderr).toMatch(/Lỗi: .*dau-vao\/nhieu-trang\.xlsx/);
    expect(doc.cards.filter((c) => c.file === HOSTILE)).toHaveLength(4980);
    expect(doc.files.find((f) => f.file === HOSTILE)?.output).toBeNull();
    expect((await readdir(join(dir, 'ket-qua'))).sort()).toEqual(['tong-hop.xlsx', 'tot-hai.cham-diem.xlsx', 'tot.cham-diem.xlsx']);
  });

  it('keeps a record that ranks its units, says its copy was left out and why, and vouches for the copies written', async () => {
    const summary = OoxmlWorkbook.open(await readFile(join(dir, 'ket-qua', 'tong-hop.xlsx')));
    const record = (await summary.readStore(RUN_RECORD_KEY)) as RunRecord;
    expect(record.units).toHaveLength(4982);
    expect(record.files.sort()).toEqual(['tot-hai.cham-diem.xlsx', 'tot.cham-diem.xlsx']);
    expect(record.copies?.map((c) => c.name).sort()).toEqual(['tot-hai.cham-diem.xlsx', 'tot.cham-diem.xlsx']);
    expect(record.notWritten).toEqual([{ what: 'nhieu-trang.cham-diem.xlsx', why: expect.stringContaining('dau-vao/nhieu-trang.xlsx') }]);
  });

  it('is closed (the copy left out said as still open) and verified', async () => {
    const refused = await thidua(['close', 'ket-qua', '--by', 'Chủ tịch'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nhieu-trang.cham-diem.xlsx');
    const closed = await thidua(['close', 'ket-qua', '--by', 'Chủ tịch', '--accept-open'], dir);
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain('Đã chốt kết quả lần 1');
    const verified = await thidua(['verify', 'ket-qua'], dir);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('2 tệp');
  }, 300_000);

  it('leaves every input byte-identical', async () => {
    expect(await hashes(join(dir, 'dau-vao'))).toEqual(before);
  });
});

// Made for issue 56 item 3: one hostile workbook beside good reports costs only its own copy.
