// The folder an officer hands over often keeps the criteria workbook beside the units' reports. Named as --criteria,
// it is the set, not a report that failed: the run says so once and exits 0, as the page takes such a file as the set
// («bộ tiêu chí (không chấm)»); a workbook that holds the set and the reports (a commune's all-in-one file) is scored.
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runInProcess, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORTS = join(ROOT, 'examples/bao-cao');

async function folderWith(extra: string): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'nop'));
  const reports = (await readdir(REPORTS)).filter((f) => f.endsWith('.xlsx'));
  for (const f of [...reports.map((r) => join(REPORTS, r)), join(ROOT, 'examples', extra)]) await copyFile(f, join(dir, 'nop', f.split('/').at(-1)!));
  return dir;
}

describe('the criteria workbook kept among the reports', () => {
  it('is the set, said once, not a report that failed', async () => {
    const dir = await folderWith('tieu-chi-ta-ma-2025.xlsx');
    const before = await readFile(join(dir, 'nop/tieu-chi-ta-ma-2025.xlsx'));
    const reports = (await readdir(REPORTS)).filter((f) => f.endsWith('.xlsx')).length;
    const run = await runInProcess(['score', 'nop', '--criteria', 'nop/tieu-chi-ta-ma-2025.xlsx', '--out', 'out', '--json'], dir);
    expect(run.stderr).not.toContain('Tệp nop/tieu-chi-ta-ma-2025.xlsx không có trang báo cáo nào');
    expect(run.code).toBe(0);
    const said = run.stderr.split('\n').filter((l) => l.includes('tieu-chi-ta-ma-2025.xlsx'));
    expect(said).toEqual(['nop/tieu-chi-ta-ma-2025.xlsx: bộ tiêu chí (không chấm) — tệp --criteria nằm cùng các báo cáo, không có trang báo cáo nào của đơn vị.']);
    const doc = ScoreRunOutput.parse(JSON.parse(run.stdout));
    expect(doc.errors).toEqual([]);
    expect(doc.files.map((f) => f.file).sort()).toEqual((await readdir(REPORTS)).filter((f) => f.endsWith('.xlsx')).map((f) => `nop/${f}`).sort());
    expect(doc.files).toHaveLength(reports);
    // The same units and points as the set named from outside the folder.
    const apart = ScoreRunOutput.parse(JSON.parse((await runInProcess(['score', REPORTS, '--criteria', join(ROOT, 'examples/tieu-chi-ta-ma-2025.xlsx'), '--out', await tempDir(), '--json'], ROOT)).stdout));
    const points = (d: ScoreRunOutput) => d.cards.map((c) => `${c.unitName}: ${c.total}`).sort();
    expect(points(doc)).toEqual(points(apart));
    expect(await readFile(join(dir, 'nop/tieu-chi-ta-ma-2025.xlsx'))).toEqual(before);
  });

  it('a workbook holding the set and the reports is scored', async () => {
    const dir = await folderWith('xa-ta-ma-2025.xlsx');
    const run = await runInProcess(['score', 'nop', '--criteria', 'nop/xa-ta-ma-2025.xlsx', '--out', 'out', '--json'], dir);
    expect(run.stderr).not.toContain('bộ tiêu chí (không chấm)');
    const doc = ScoreRunOutput.parse(JSON.parse(run.stdout));
    expect(doc.files.find((f) => f.file === 'nop/xa-ta-ma-2025.xlsx')?.units).toBeGreaterThan(0);
  });
});
