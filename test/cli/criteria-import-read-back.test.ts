// `thidua criteria import` loads what it would write as the other commands load it before it says it is done. The
// real district DTI table (cds-cap-huyen-bo-chi-tieu.xlsx, sheet «Hoạt động chính quyền số») imports as before; the
// «Tiêu chí» sheet it writes, with the «Chỉ tiêu» of the rate 5.2 cleared in it by openpyxl as an officer clears a
// cell, is a set whose rate has no target: the import refuses it, naming file, sheet, criterion and why, and writes
// nothing; `criteria show` and `template` refuse the workbook as they refuse the same set in a .json.
import { execFile } from 'node:child_process';
import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { hashes, runChild, tempDir, type Run } from './helpers.js';

const run = promisify(execFile);
const WHY = 'tiêu chí thứ 2 (mã «5.2»), trường «Chỉ tiêu»: cách tính «Tỷ lệ» cần có chỉ tiêu';

/** Clears the «Chỉ tiêu» cell of criterion `code` on the «Tiêu chí» sheet, found by the column's title and the row's code. */
const CLEAR_TARGET = `
import openpyxl, sys
book = openpyxl.load_workbook(sys.argv[1]); sheet = book['Tiêu chí']
rows = list(sheet.iter_rows())
header = next(r for r in rows if r[0].value == 'Mã' and any(c.value == 'Chỉ tiêu' for c in r))
column = next(c.column for c in header if c.value == 'Chỉ tiêu')
row = next(r for r in rows if r[0].row > header[0].row and r[0].value == sys.argv[3])
print(sheet.cell(row[0].row, column).value); sheet.cell(row[0].row, column).value = None; book.save(sys.argv[2])
`;

let dir: string;
let imported: Run;
let cleared: string;
let before: Record<string, string>;
let refused: Run;

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(CORPUS, 'cds-cap-huyen-bo-chi-tieu.xlsx'), join(dir, 'bo-chi-tieu.xlsx'));
  imported = await runChild(['criteria', 'import', 'bo-chi-tieu.xlsx', '--sheet', 'Hoạt động chính quyền số', '--out', 'bo.xlsx'], dir);
  cleared = (await run('/usr/bin/python3', ['-c', CLEAR_TARGET, join(dir, 'bo.xlsx'), join(dir, 'bo-sua.xlsx'), '5.2'])).stdout.trim();
  before = await hashes(dir);
  refused = await runChild(['criteria', 'import', 'bo-sua.xlsx', '--out', 'lai.json'], dir);
}, 120_000);

describe('criteria import reads back what it writes', () => {
  it('stays silent on the real table, whose set loads again as written', () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Các số bảng ghi đều khớp');
    expect(imported.stderr).toBe('');
    expect(cleared).toBe('≥ 100%');
  });

  it('refuses a set the other commands would refuse, naming file, sheet, criterion and why, and writes nothing', async () => {
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.split('\n').slice(0, 4)).toEqual([
      'Trang «Tiêu chí» của tệp bo-sua.xlsx: bộ tiêu chí đọc được nhưng chưa dùng được — ghi ra rồi nạp lại như các lệnh score, template, criteria export nạp thì:',
      `  ghi ra tệp .json thì bị từ chối: «lai.json»: ${WHY}`,
      `  ghi ra trang «Tiêu chí» (.xlsx) thì bị từ chối: «lai.xlsx»: ${WHY}`,
      'Chưa ghi lai.json. Sửa các dòng của tiêu chí nêu trên trong bảng rồi nhập lại.',
    ]);
    expect(await hashes(dir)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['bo-chi-tieu.xlsx', 'bo-sua.xlsx', 'bo.xlsx']);
  });

  it('is refused alike by the commands that load a set from a workbook', async () => {
    for (const args of [['criteria', 'show', 'bo-sua.xlsx'], ['template', '--criteria', 'bo-sua.xlsx', '--unit', 'UBND huyện Đức Trọng', '--kind', 'Cơ quan', '--out', 'mau.xlsx']]) {
      const shown = await runChild(args, dir);
      expect(shown.code, args.join(' ')).toBe(2);
      expect(shown.stderr).toContain(`«bo-sua.xlsx»: ${WHY}`);
    }
    expect(await hashes(dir)).toEqual(before);
  });
});

// Made for an engineer's walk of the district DTI table's part 5: `criteria import` wrote a set (a rate without its
// target) which score and export then refused, with exit 0 and «Các số bảng ghi đều khớp …».
