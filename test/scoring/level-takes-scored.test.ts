// A level that takes points scored end to end (issue 55): the real Tiền Giang department table imported, its template
// filled by a unit at C3.1's lower level («Không có công văn chỉ đạo», typed 0 as its points column writes it), at
// C3.2's («Không tổ chức», typed −3 as its «Trừ» column writes it), and at C4.1's upper level (2), scored by the
// command line: C3.1 −2, C3.2 −3, C4.1 2; `--json`, the scored sheet's «Tổng điểm» and the plain output agree.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { openXlsx } from '../cli/helpers.js';
import { tienGiangTyped } from '../helpers/tien-giang-typed.js';

let dir: string;
let output: ScoreRunOutput;
let plain: string;

beforeAll(async () => {
  ({ dir, output, plain } = await tienGiangTyped({ 'C3.1': 0, 'C3.2': -3, 'C4.1': 2 }));
}, 300_000);

describe('a unit at a level that takes points', () => {
  it('loses them: C3.1 −2 for its 0, C3.2 −3, beside C4.1’s 2', () => {
    const card = output.cards[0]!;
    const c = (code: string) => card.criteria.find((x) => x.code === code)!;
    expect([c('C3.1').points, c('C3.2').points, c('C4.1').points]).toEqual([-2, -3, 2]);
    expect(c('C3.1').reason).toContain('Ghi 0 điểm: mức bị trừ 2 điểm → -2/2 điểm');
    expect(card.total).toBe(-3);
    // −3 typed where the table writes «-3» is how the level is written, not a figure out of range; 0 typed is the
    // level's points column, the 2 it takes left out of the unit's own score: that gap is said at its cell.
    expect(card.flags.filter((f) => f.criterion === 'C3.2')).toEqual([]);
    expect(card.flags.filter((f) => f.criterion === 'C3.1').map((f) => [f.code, f.message.replace(/ \(tiêu chí.*$/s, '')])).toEqual([
      ['self-score-gap', `Ô K${c('C3.1').row}: điểm tự chấm 0 chênh 2 điểm so với điểm thẩm định -2 (cho phép 0,5)`],
    ]);
  });

  it('gives the scored sheet and the plain output the same total', async () => {
    const card = output.cards[0]!;
    const [sheet] = await (await openXlsx(join(dir, 'ket-qua', 'don-vi.cham-diem.xlsx'))).readSheets([card.sheet]);
    const total = sheet!.values.find((r) => r.includes('Tổng điểm'))!;
    expect(total[total.indexOf('Tổng điểm') + 1]).toBe(-3);
    expect(plain).toContain(`${card.unitName}: -3/100 điểm`);
  });
});

// Made for issue 55: Tiền Giang's C3.1 and C3.2, whose lower levels take 2 and 3 points that were scored as 0.
