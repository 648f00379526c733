import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinSets, findBuiltin } from '../../core/criteria/builtin/index.js';
import { loadCriteriaSet } from '../../core/criteria/load.js';
import { findCriteriaSheet, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { readReport } from '../../core/report/read.js';
import { criterion, makeSet } from '../helpers/make-report.js';
import { hashes, openXlsx, runInProcess, tempDir } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('thidua template', () => {
  it('writes a blank report that reads back as the unit’s report, with the criteria of its kind', async () => {
    const run = await runInProcess(['template', '--criteria', 'ta-ma-2025', '--unit', 'Bản Hua Ca', '--kind', 'Bản', '--out', 'mau/ban-hua-ca.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('mau/ban-hua-ca.xlsx');

    const port = await openXlsx(join(dir, 'mau', 'ban-hua-ca.xlsx'));
    const [grid] = await port.readSheets(await port.listSheets());
    const read = readReport(grid!);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.unitName?.raw).toBe('Bản Hua Ca');
    const set = findBuiltin('ta-ma-2025')!;
    const forHamlets = set.criteria.filter((c) => c.appliesTo.length === 0 || c.appliesTo.includes('ban')).map((c) => c.code);
    expect(read.report.rows.map((r) => r.code.raw)).toEqual(forHamlets);
    expect(read.report.rows.every((r) => r.result?.value.kind === 'empty')).toBe(true);
    const ws = port.workbook.getWorksheet(grid!.name)!;
    expect(ws.pageSetup.paperSize).toBe(9); // A4
  });

  it('refuses to overwrite an existing file unless --force, leaving it as it was', async () => {
    const path = join(dir, 'da-co.xlsx');
    await writeFile(path, 'tệp cũ');
    const args = ['template', '--criteria', 'ta-ma-2025', '--unit', 'UBND xã Ta Ma', '--kind', 'ubnd-xa', '--out', 'da-co.xlsx'];
    const refused = await runInProcess(args, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('đã có; thêm --force');
    expect(await readFile(path, 'utf8')).toBe('tệp cũ');
    expect((await runInProcess([...args, '--force'], dir)).code).toBe(0);
    expect((await openXlsx(path)).workbook.worksheets).toHaveLength(1);
  });

  it('names the kinds of the set when --kind is not one of them', async () => {
    const run = await runInProcess(['template', '--criteria', 'ta-ma-2025', '--unit', 'X', '--kind', 'Trường học', '--out', 'x.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có loại đơn vị «Trường học»');
    expect(run.stderr).toContain('ban (Bản)');
  });
});

describe('thidua criteria', () => {
  it('lists every built-in set', async () => {
    const run = await runInProcess(['criteria', 'list'], dir);
    expect(run.code).toBe(0);
    for (const { id } of builtinSets()) {
      expect(run.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    }
  });

  it('shows a set with its criteria, clauses and awards', async () => {
    const run = await runInProcess(['criteria', 'show', 'ta-ma-2025'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('HTS2  Hộ gia đình được phủ hạ tầng mạng băng rộng cáp quang');
    expect(run.stdout).toContain('căn cứ: KH Ta Ma 6/2023, mục III.2.2.1.a');
    expect(run.stdout).toMatch(/Khen thưởng: Bằng khen của Chủ tịch UBND tỉnh \(khen thưởng hằng năm\).*tất cả ≤ 5/);
    const unknown = await runInProcess(['criteria', 'show', 'khong-co'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có bộ tiêu chí có sẵn «khong-co»');
  });

  it('shows each criterion’s whole «Cách tính» as the criteria sheet words it: which formula, which tiers', async () => {
    const qd766 = await runInProcess(['criteria', 'show', 'qd766-xa'], dir);
    expect(qd766.code).toBe(0);
    const lineAfter = (stdout: string, code: string) => stdout.split('\n')[stdout.split('\n').findIndex((l) => l.startsWith(`  ${code}  `)) + 1];
    expect(lineAfter(qd766.stdout, 'MDSH4')).toContain('Công thức Cổng 766: đủ điểm từ 80% ·');
    expect(lineAfter(qd766.stdout, 'MDHL1')).toContain('Công thức Cổng 766: tối đa × tỷ lệ, không có phản ánh, kiến nghị thì đủ điểm ·');
    expect(lineAfter(qd766.stdout, 'CLGQ1')).toContain('Thủ công');

    const tiered = makeSet({ criteria: [criterion({ code: 'HOP-01', measure: 'count', unit: 'cuộc họp', maxPoints: 20, rule: { kind: 'tiers', tiers: [{ min: 4, points: 20 }, { min: 2.5, points: 10 }] } })] });
    await writeFile(join(dir, 'bac.json'), JSON.stringify(tiered));
    const run = await runInProcess(['criteria', 'show', 'bac.json'], dir);
    expect(run.code).toBe(0);
    expect(lineAfter(run.stdout, 'HOP-01')).toBe('      tối đa 20 điểm · Bậc: 4=20; 2,5=10');
  });

  it('exports every built-in to .xlsx and .json that read back equal to it', async () => {
    const before = await hashes(dir);
    for (const set of [findBuiltin('ta-ma-2025')!, findBuiltin('qd766-xa')!, findBuiltin('luc-ba-2024')!]) {
      expect((await runInProcess(['criteria', 'export', set.id, '--out', `xuat/${set.id}.xlsx`], dir)).code).toBe(0);
      const port = await openXlsx(join(dir, 'xuat', `${set.id}.xlsx`));
      const grid = findCriteriaSheet(await port.readSheets(await port.listSheets()));
      const read = readCriteriaSheet(grid!);
      expect(read.ok && read.set).toEqual(set);

      expect((await runInProcess(['criteria', 'export', set.id, '--out', `xuat/${set.id}.json`], dir)).code).toBe(0);
      const json = loadCriteriaSet({ kind: 'json', text: await readFile(join(dir, 'xuat', `${set.id}.json`), 'utf8'), name: set.id });
      expect(json.ok && json.set).toEqual(set);
    }
    // Exporting again without --force leaves the first export alone.
    const again = await runInProcess(['criteria', 'export', 'ta-ma-2025', '--out', 'xuat/ta-ma-2025.json'], dir);
    expect(again.code).toBe(2);
    const after = await hashes(dir);
    for (const [path, hash] of Object.entries(before)) expect(after[path]).toBe(hash);
  });

  it('rejects an unknown sub-command and a wrong --out extension', async () => {
    expect((await runInProcess(['criteria', 'xoa'], dir)).code).toBe(2);
    const bad = await runInProcess(['criteria', 'export', 'ta-ma-2025', '--out', 'x.csv'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.json hoặc .xlsx');
  });
});
