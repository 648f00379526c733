// A unit that sent its template back blank, through the command line on real workbooks: two templates written by
// `thidua template` for the Ta Ma table's «Bản», filled by openpyxl as an office fills them — Bản Nà Sáy's with its
// «Kỳ báo cáo» and «Ngày nộp» alone (not one figure), Bản Hua Ca's with one self-score. The blank unit is said once,
// «Đơn vị chưa nộp báo cáo», on every face (the printed run, --json, «Rà soát» of tong-hop.xlsx, the close step),
// and one decision on it is all closing asks of it; the unit with one figure keeps its «Thiếu số liệu» at each row.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { fillByOpenpyxl } from '../helpers/fill-by-openpyxl.js';
import { openXlsx, runInProcess, runOk, tempDir, type Run } from './helpers.js';

const CRITERIA = fileURLToPath(new URL('../../examples/tieu-chi-ta-ma-2025.xlsx', import.meta.url));
const BLANK = 'Bản Nà Sáy';
const ONE = 'Bản Hua Ca';
const SAID = 'Đơn vị chưa nộp báo cáo: mẫu gửi lại chưa điền số liệu nào (9 tiêu chí để trống): Bản Nà Sáy không xếp hạng, không đề xuất';

let dir: string;
let json: ScoreRunOutput;
let plain: Run;
let refused: Run;
let decidedRefused: Run;

/** The council's decision typed by openpyxl on the «Rà soát» row of `unit`'s flag titled `title`. */
function decide(book: string, unit: string, title: string): void {
  execFileSync('/usr/bin/python3', ['-c', `
import sys, datetime
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1]); ws = wb['Rà soát']
head = next(r for r in ws.iter_rows() if any(c.value == 'Quyết định' for c in r))
col = {c.value: c.column for c in head}
for r in ws.iter_rows(min_row=head[0].row + 1):
    if r[col['Đơn vị'] - 1].value == sys.argv[2] and r[col['Cảnh báo'] - 1].value == sys.argv[3]:
        ws.cell(r[0].row, col['Quyết định'], 'Chấp nhận')
        ws.cell(r[0].row, col['Người rà soát'], 'Lò Văn Thành')
        ws.cell(r[0].row, col['Ngày'], datetime.datetime(2025, 11, 20)).number_format = 'dd/mm/yyyy'
        ws.cell(r[0].row, col['Ý kiến'], 'Đơn vị không nộp báo cáo')
wb.save(sys.argv[1])
`, book, unit, title]);
}

beforeAll(async () => {
  dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  await mkdir(join(dir, 'bao-cao'));
  for (const [unit, file, typed] of [[BLANK, 'na-say', {}], [ONE, 'hua-ca', { HTS3: 5 }]] as const) {
    await thidua('template', '--criteria', CRITERIA, '--unit', unit, '--kind', 'ban', '--out', `mau-${file}.xlsx`);
    fillByOpenpyxl(join(dir, `mau-${file}.xlsx`), join(dir, 'bao-cao', `${file}.xlsx`), typed, '2025-11-01');
  }
  json = JSON.parse((await thidua('score', 'bao-cao', '--criteria', CRITERIA, '--out', 'thu', '--json')).stdout) as ScoreRunOutput;
  plain = await thidua('score', 'bao-cao', '--criteria', CRITERIA, '--out', 'ket-qua');
  refused = await runInProcess(['close', 'ket-qua', '--by', 'Lò Văn Thành'], dir);
  decide(join(dir, 'ket-qua', 'tong-hop.xlsx'), BLANK, 'Đơn vị chưa nộp báo cáo');
  await thidua('score', 'bao-cao', '--criteria', CRITERIA, '--out', 'ket-qua');
  decidedRefused = await runInProcess(['close', 'ket-qua', '--by', 'Lò Văn Thành'], dir);
}, 300_000);

const flagsOf = (unit: string) => json.cards.find((c) => c.unitName === unit)!.flags;

describe('a template sent back blank', () => {
  it('gives the blank unit one flag at its sheet, none per criterion; the unit with one figure keeps its «Thiếu số liệu» at each blank row', () => {
    expect(flagsOf(BLANK)).toEqual([
      { code: 'blank-report', severity: 'warning', message: SAID.slice('Đơn vị chưa nộp báo cáo: '.length), sheet: BLANK, details: { unit: BLANK, blankCriteria: 9 } },
    ]);
    const one = flagsOf(ONE);
    expect(one.some((f) => f.code === 'blank-report')).toBe(false);
    // Nine criteria, eight left blank, and HTS3's self-score typed beside no «Kết quả»: nine rows said, each at its cell (the last, scored by hand, at its «Điểm tự chấm»).
    expect(one.filter((f) => f.code === 'missing-value').map((f) => f.cell)).toEqual(['G14', 'G15', 'G16', 'G17', 'G19', 'G20', 'G22', 'G23', 'K24']);
    expect(json.omitted).toContainEqual({ what: `${BLANK} (tệp bao-cao/na-say.xlsx, trang «${BLANK}»)`, why: 'Chưa nộp: báo cáo còn để trống, không xếp hạng, không đề xuất' });
  });

  it('is printed once under «Không xếp hạng», with its file and sheet', () => {
    const lines = plain.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes(`${BLANK}: không xếp hạng · 1 cảnh báo`));
    expect(lines[at + 1]).toBe(`      tệp bao-cao/na-say.xlsx, trang «${BLANK}»:`);
    expect(lines.slice(at + 2, at + 4).join(' ').replace(/\s+/g, ' ').trim()).toBe(`- Cảnh báo — ${SAID}`);
  });

  it('is one row of the council’s «Rà soát» in tong-hop.xlsx', async () => {
    const [review] = await (await openXlsx(join(dir, 'thu', 'tong-hop.xlsx'))).readSheets(['Rà soát']);
    const head = review!.values.find((r) => r.includes('Quyết định'))!;
    const rows = review!.values.filter((r) => r[head.indexOf('Đơn vị')] === BLANK);
    expect(rows.map((r) => [r[head.indexOf('Trang')], r[head.indexOf('Ô')], r[head.indexOf('Cảnh báo')], r[head.indexOf('Nội dung')]])).toEqual([
      [BLANK, null, 'Đơn vị chưa nộp báo cáo', SAID.slice('Đơn vị chưa nộp báo cáo: '.length)],
    ]);
  });

  it('asks closing one decision for the blank unit, and once decided asks nothing more of it', () => {
    const open = flagsOf(ONE).length;
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining(`${open + 1} cảnh báo chưa quyết định ở «Rà soát»: ${ONE}: ${open}; ${BLANK}: 1.`)]);
    expect([decidedRefused.code, decidedRefused.stderr]).toEqual([1, expect.stringContaining(`${open} cảnh báo chưa quyết định ở «Rà soát»: ${ONE}: ${open}.`)]);
  });
});

// Made for the walks that found a blank template said as one «Thiếu số liệu» a criterion (62 on Tây Ninh's table,
// 176 on the police's), each to be decided before closing.
