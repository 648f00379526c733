// The import's «đều khớp ✔ (…)» line counts what it compared: on Sơn Trà's Mẫu 03 (the real ccvc-son-tra-mau-03.xlsx,
// 35 criteria, B's items written with their levels' points a 20 / b 15 / c 10 …) the item rows' and level rows' points are
// 57 figures, so «57 mục» told the officer of items the table does not have; the line names points, not items.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from './helpers.js';

describe('criteria import on a table whose items write their levels’ points', () => {
  it('says how many points it compared without calling them items', async () => {
    const dir = await tempDir();
    await copyFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx'), join(dir, 'mau-03.xlsx'));
    const run = await runInProcess(['criteria', 'import', 'mau-03.xlsx', '--out', 'bo.json'], dir);
    expect(run.code).toBe(0);
    const criteria = (JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as { criteria: unknown[] }).criteria;
    expect(criteria).toHaveLength(35);
    const line = run.stdout.split('\n').find((l) => l.startsWith('Các số bảng ghi đều khớp'));
    expect(line).toBe('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (tổng 100 điểm, 5 phần, 57 số điểm của mục, 4 mức xếp loại).');
    expect(line).not.toMatch(/\b57 mục\b/);
  });
});

// Made for the import's agreeing line on a real table whose items write each level's points (Sơn Trà's Mẫu 03).
