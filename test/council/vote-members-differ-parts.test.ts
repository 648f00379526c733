// One meeting, one council, whatever the parts «Biểu quyết» goes on in: the example commune's units 8 times (the run's
// «Biểu quyết» forced into parts of 50 rows, as council-sheets-in-parts does), the first nominee of part 1 voted 9/8/7
// and the first of part 2 typed 90 members (for 9) by openpyxl. Before, the members were compared within each part
// only: 9 and 90 passed silently, and the part-2 nominee was judged over 90. Now the two numbers are one conflict, each
// cell named with its part, none chosen.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { readPreviousSummary } from '../../core/run/previous-summary.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { partName } from '../../core/workbook/table-sheet.js';
import { tempDir } from '../cli/helpers.js';
import { eightCommunes, writeSummary } from '../run/eight-communes.js';
import { openpyxl } from './typed-in-parts.js';

let file: string;

beforeAll(async () => {
  const { set, run } = await eightCommunes('2025-11-27');
  file = join(await tempDir(), 'tong-hop.xlsx');
  await writeSummary(file, set, run, { date: '2025-11-27', partRows: 50 });
}, 120_000);

describe('the council’s members typed in two parts of «Biểu quyết»', () => {
  it('9 on part 1 and 90 on part 2 of one meeting: one conflict naming each number’s cell with its part', async () => {
    const typed = (part: number, members: number) =>
      openpyxl(
        file,
        [
          `votes = wb['${partName(VOTE_SHEET, part)}']`,
          'nominee = next(r for r in votes.iter_rows() if isinstance(r[0].value, int))',
          `nominee[4].value = ${members}; nominee[5].value = 8; nominee[6].value = 7`,
          'print(nominee[4].coordinate)',
        ].join('\n'),
      ).trim();
    const nine = typed(1, 9);
    const ninety = typed(2, 90);
    const s = await readPreviousSummary(OoxmlWorkbook.open(await readFile(file)));
    const part2 = partName(VOTE_SHEET, 2);
    expect(s.conflicts).toEqual([
      `Trang «${VOTE_SHEET}» và «${part2}»: tổng số thành viên Hội đồng ghi khác nhau giữa các trường hợp của một cuộc họp: 9 ở 1 dòng (trang «${VOTE_SHEET}», ô ${nine}); 90 ở 1 dòng (trang «${part2}», ô ${ninety}); thidua không chọn số nào, chưa tính đạt hay không đạt theo số ấy. Hãy ghi cùng một tổng số thành viên Hội đồng ở mọi dòng.`,
    ]);
  }, 120_000);
});
