// `thidua criteria import` loads what it would write as the other commands load it before it says it is done. The
// real district DTI table (cds-cap-huyen-bo-chi-tieu.xlsx, sheet «Hoạt động chính quyền số») imports as before; the
// «Tiêu chí» sheet it writes, with the «Chỉ tiêu» of the rate 5.2 cleared in it by openpyxl as an officer clears a
// cell, is a set whose rate has no target: the reader refuses it at that cell, in the words a .json holding it is
// refused with, so the import writes nothing and `criteria show` and `template` refuse it alike (the standalone page
// and the task pane too: test/browser/standalone-unusable-criteria.test.ts, test/addin/unusable-criteria.test.ts).
import { readdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { clearedTarget, NO_TARGET } from '../helpers/cleared-target.js';
import { hashes, runInProcess, tempDir, type Run } from './helpers.js';

let dir: string;
let imported: Run;
let cleared: { cell: string; was: string };
let before: Record<string, string>;
let refused: Run;

beforeAll(async () => {
  dir = await tempDir();
  ({ imported, ...cleared } = await clearedTarget(dir));
  before = await hashes(dir);
  refused = await runInProcess(['criteria', 'import', 'bo-sua.xlsx', '--out', 'lai.json'], dir);
}, 120_000);

describe('criteria import reads back what it writes', () => {
  it('stays silent on the real table, whose set loads again as written', () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Các số bảng ghi đều khớp');
    expect(imported.stderr).toBe('');
    expect(cleared.was).toBe('≥ 100%');
  });

  it('refuses a set the other commands would refuse, naming file, sheet, the cell cleared, criterion and why, and writes nothing', async () => {
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trimEnd().split('\n')).toEqual([
      'Trang «Tiêu chí» của tệp bo-sua.xlsx có lỗi:',
      `  ô ${cleared.cell}: Bộ tiêu chí chưa dùng được: ${NO_TARGET}`,
    ]);
    expect(await hashes(dir)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['bo-chi-tieu.xlsx', 'bo-sua.xlsx', 'bo.xlsx']);
  });

  it('is refused alike by the commands that load a set from a workbook', async () => {
    for (const args of [['criteria', 'show', 'bo-sua.xlsx'], ['template', '--criteria', 'bo-sua.xlsx', '--unit', 'UBND huyện Đức Trọng', '--kind', 'Cơ quan', '--out', 'mau.xlsx']]) {
      const shown = await runInProcess(args, dir);
      expect(shown.code, args.join(' ')).toBe(1);
      expect(shown.stderr, args.join(' ')).toBe(refused.stderr);
    }
    expect(await hashes(dir)).toEqual(before);
  });
});

// Made for an engineer's walk of the district DTI table's part 5: `criteria import` wrote a set (a rate without its
// target) which score and export then refused, with exit 0 and «Các số bảng ghi đều khớp …».
