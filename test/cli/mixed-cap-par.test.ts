// A part holding both bonus and deduction rows under one written cap, on the corpus's commune PAR INDEX set
// (par-xa-phuoc-hai: part III «ĐIỂM THƯỞNG, ĐIỂM TRỪ … (Tối đa 04 điểm)» over four +1 and four −1), written by
// LibreOffice as the .xlsx an office sends, then edited by openpyxl as an officer would: a fifth +1 row under part III.
// Imported and scored as the command line does (`criteria import`, `template`, a report filled by openpyxl, `score
// --json`): the cap is said at the part's cell and first in the reconciliation (never ✔), and scoring applies it.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { fillByOpenpyxl } from '../helpers/fill-by-openpyxl.js';
import { runOk, tempDir, type Run } from './helpers.js';

// The officer's edit: a row inserted above «Điểm trừ», numbered 1.5, worth 1 like the four bonus rows above it.
const FIFTH = `
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1]); ws = wb.worksheets[0]
at = next(r[0].row for r in ws.iter_rows() if r[1].value == 'Điểm trừ')
ws.insert_rows(at)
for col, value in enumerate(['1.5', 'Có sáng kiến cải cách hành chính được Thành phố công nhận', '1'], start=1): ws.cell(at, col, value)
wb.save(sys.argv[2])
`;

const PART = 'III. ĐIỂM THƯỞNG, ĐIỂM TRỪ TRONG CÔNG TÁC CCHC (Tối đa 04 điểm)';
let dir: string;
let real: Run;
let edited: Run;
let scored: ScoreRunOutput;
let scoredText: Run;

beforeAll(async () => {
  dir = await tempDir();
  const written = await renderCorpus((await loadCorpus()).filter((e) => e.id === 'par-xa-phuoc-hai'), dir);
  execFileSync('/usr/bin/python3', ['-c', FIFTH, written.get('par-xa-phuoc-hai')!, join(dir, 'bang-par-5.xlsx')]);
  real = await runOk(['criteria', 'import', written.get('par-xa-phuoc-hai')!, '--out', 'bo-goc.json'], dir);
  edited = await runOk(['criteria', 'import', 'bang-par-5.xlsx', '--out', 'bo.json'], dir);
  await runOk(['template', '--criteria', 'bo.json', '--unit', 'UBND xã Phước Hải', '--kind', 'UBND xã', '--out', 'mau.xlsx'], dir);
  // Every item of parts I and II at its «Điểm» (96), and all five bonus rows claimed.
  const set = JSON.parse(await readFile(join(dir, 'bo.json'), 'utf8')) as { criteria: { code: string; maxPoints: number; group: string }[] };
  const typed = Object.fromEntries(set.criteria.map((c) => [c.code, c.group === 'III' ? (c.code.startsWith('III.1.') ? 1 : 0) : c.maxPoints]));
  await mkdir(join(dir, 'bao-cao'));
  fillByOpenpyxl(join(dir, 'mau.xlsx'), join(dir, 'bao-cao', 'phuoc-hai.xlsx'), typed, '2026-11-20');
  scoredText = await runOk(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua'], dir);
  scored = JSON.parse((await runOk(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua-json', '--json'], dir)).stdout) as ScoreRunOutput;
}, 300_000);

describe('part III of a commune’s PAR INDEX set: bonus and deduction rows under one written «Tối đa 04 điểm»', () => {
  it('a fifth +1 row past the cap: said first in the reconciliation (no ✔), the part read «cộng thêm tối đa 4 (các dòng cộng được 5, tính 4)», its heading’s note saying what was done', () => {
    expect(edited.stdout).not.toContain('✔');
    expect(edited.stdout).toContain(
      'Nhóm III («ĐIỂM THƯỞNG, ĐIỂM TRỪ TRONG CÔNG TÁC CCHC (Tối đa 04 điểm)») ghi một mức tối đa 4 điểm chung cho điểm thưởng và điểm trừ, nhưng các dòng điểm thưởng cộng được 5: bảng không nói mức ấy áp cho từng bên hay cho số còn lại sau khi bù trừ. thidua áp cho từng bên — cộng thêm tối đa 4, trừ tối đa 4; xác nhận cách hiểu này hoặc sửa mức tối đa của nhóm (xem ghi chú ở ô tên phần, dòng 98).',
    );
    expect(edited.stdout).toContain(`${PART} — ngoài tổng điểm: cộng thêm tối đa 4 (các dòng cộng được 5, tính 4); trừ tối đa 4`);
    expect(edited.stdout).toContain('Chấm trên tổng 96 điểm (điểm thưởng cộng thêm tối đa 4; điểm trừ tối đa 4).');
    expect(edited.stdout).toContain(
      'ô B98: Dòng 98 «ĐIỂM THƯỞNG, ĐIỂM TRỪ TRONG CÔNG TÁC CCHC (Tối đa 04 điểm)» chỉ ghi lời ở cột nội dung (ô số thứ tự và ô điểm để trống) và đứng đầu các mục dưới nó: đọc là phần III, phần điểm thưởng và điểm trừ ngoài tổng điểm chuẩn; điểm của phần là mức tối đa 4 điểm đọc từ tên phần («Tối đa 04 điểm»), không phải tổng điểm các mục (các dòng điểm thưởng cộng được 5, các dòng điểm trừ trừ được 4). Bảng không nói một mức chung ấy áp cho từng bên hay cho số còn lại sau khi bù trừ: thidua áp cho từng bên — điểm thưởng cộng thêm tối đa 4, điểm trừ tối đa 4 (điểm thưởng tính 4); xác nhận cách hiểu này hoặc sửa mức tối đa của phần.',
    );
  });

  it('a unit claiming all five bonus rows scores 96 + 4 = 100, the cap said on the scoring’s own line', () => {
    const card = scored.cards[0]!;
    expect([card.total, card.bonus, card.deduction, card.applicableMax]).toEqual([100, 4, 0, 96]);
    expect(card.caps).toEqual([{ group: 'III', title: PART.slice(5), part: 'bonus', summed: 5, counted: 4 }]);
    expect(scoredText.stdout).toContain('UBND xã Phước Hải: 100 điểm (96/96 điểm chuẩn, cộng 4 điểm thưởng)');
    expect(scoredText.stdout.replace(/\s+/g, ' ')).toContain(`«${PART}» cộng 5 điểm, tính tối đa 4 điểm`);
  });

  it('the real table, whose rows cannot pass the cap either way, stays ✔, its heading’s note saying the 4 is the title’s, not its rows’ sum', () => {
    expect(real.stdout).toContain('Các số bảng ghi đều khớp với bộ tiêu chí thidua đọc được ✔ (81 số điểm của mục).');
    expect(real.stdout).toContain(`${PART} — ngoài tổng điểm: cộng thêm tối đa 4; trừ tối đa 4`);
    expect(real.stdout).toContain('điểm của phần là mức tối đa 4 điểm đọc từ tên phần («Tối đa 04 điểm»), không phải tổng điểm các mục (các dòng điểm thưởng cộng được 4, các dòng điểm trừ trừ được 4)');
    expect(real.stdout).not.toContain('đọc là phần III, một nhóm tiêu chí; điểm của nhóm là tổng điểm các mục của nó');
  });
});

// Made for the walk of par-xa-phuoc-hai (walk-par-phuoc-hai.test.ts): a part of bonus and deduction rows under one
// written cap, a fifth bonus row scored 101 of 96 + 4 with «đều khớp ✔», and its heading's note calling the part's 4 the
// sum of its rows.
