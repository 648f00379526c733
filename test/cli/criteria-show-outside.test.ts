// `criteria show` and `criteria import` on one set say the same bonus and deduction maxima, from one computation
// (core/criteria/sheet/understood.ts), and `show` lists what gives them: the bonus and deduction criteria and each
// item's own lines. On the real Tiền Giang department table, whose items carry lines of their own (a1.1 «trừ 0,5»…):
// `show` said «điểm thưởng (C3.3) cộng thêm tối đa 1: tổng điểm có thể tới 101» where `import` said 25,5 and 49,75,
// and a unit scored 106.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess, tempDir } from './helpers.js';

let dir: string;
let imported: string;

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(CORPUS, 'tnmt-tien-giang-bang-diem-chuan.docx'), join(dir, 'bang-diem.docx'));
  const run = await runInProcess(['criteria', 'import', 'bang-diem.docx', '--out', 'tieu-chi.xlsx'], dir);
  expect(run.code, run.stderr).toBe(0);
  imported = run.stdout;
}, 300_000);

const totalLine = (stdout: string) => stdout.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('Chấm trên tổng'));

describe('criteria show on a table whose items carry bonus and deduction lines', () => {
  it.each(['tieu-chi.xlsx', 'bang-diem.docx'])('states the maxima import states (%s)', async (file) => {
    const show = await runInProcess(['criteria', 'show', file], dir);
    expect(show.code, show.stderr).toBe(0);
    // Of lines of which one only applies (3.3's «một trong các trường hợp»: 2, 2,5 and 2,7; a4.2's «01 trong 02 trường
    // hợp»: 1 and 2), the largest: 20, not 25,5.
    expect(totalLine(imported)).toEqual(['Chấm trên tổng 100 điểm (điểm thưởng cộng thêm tối đa 20; điểm trừ tối đa 46,05).']);
    expect(totalLine(show.stdout)).toEqual(totalLine(imported));
    expect(show.stdout).not.toContain('có thể tới 101');
  });

  it('lists the bonus and deduction criteria, and each item’s own lines under it with its cap', async () => {
    const show = await runInProcess(['criteria', 'show', 'tieu-chi.xlsx'], dir);
    const lines = show.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('Điểm thưởng: '))).toMatch(/^Điểm thưởng: C3\.3 \(tối đa 1\); dòng thưởng của các mục a4 \(tối đa 2\), a7 \(tối đa 1\), /);
    expect(lines.find((l) => l.startsWith('Điểm trừ: '))).toMatch(/^Điểm trừ: dòng trừ của các mục a1 \(tối đa 1,5\), a2 \(tối đa 2\), /);
    const a1 = lines.findIndex((l) => l.startsWith('  a1  '));
    expect(lines.slice(a1 + 2, a1 + 5)).toEqual([
      '      dòng trừ a1.1: Mỗi trường hợp không triển khai hoặc chậm triển khai so với kế hoạch (nếu có): trừ 0,5 điểm. — trừ 0,5 điểm',
      '      dòng trừ a1.2: Mỗi trường hợp không phối hợp với Sở Tài nguyên & Môi trường trong việc tuyên truyền pháp luật đất đai: trừ 0,5 điểm. — trừ 0,5 điểm',
      '      điểm trừ của mục a1 không quá 1,5',
    ]);
    expect(show.stdout).toContain('      dòng thưởng b2.1: Tự phát hiện khoan giếng trái phép');
    expect(lines.find((l) => l.startsWith('Điểm thưởng: '))).toContain('3.3 (tối đa 2,7)');
  });
});

// Made for a helper's officer-style walk: `criteria show` and `criteria import` disagreed on one set's bonus maximum
// (1 against 25,5), said no deduction maximum, and listed none of the items' own lines.
