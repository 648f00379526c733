// A flag names its criterion by the title the officers wrote (core/checks/define.ts criterionNamed), in a sentence: a
// title written on several lines is quoted on one. On a real table: the corpus's ren-luyen-trang (a university's
// conduct form), written by LibreOffice as .xlsx, imported as `thidua criteria import` does, its template written by
// `thidua template`, a unit's value between 1.1.2's levels (2 / 4 điểm) typed in it, scored by `thidua score`. Until
// 2026-11-30 the flag quoted 1.1.2 «Thành viên các câu lạc bộ … khoa học…↵- Thành viên↵- Thành viên tích cực» with its
// line breaks, a sentence broken in the middle in the flags sheet and the JSON alike.
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess } from '../cli/helpers.js';

let here: string;
let table: string;
beforeAll(async () => {
  here = await mkdtemp(join(tmpdir(), 'thidua-criterion-named-'));
  const entries = (await loadCorpus()).filter((e) => e.id === 'ren-luyen-trang').map((e) => ({ ...e, as: 'xlsx' as const }));
  table = (await renderCorpus(entries, here)).get('ren-luyen-trang')!;
}, 600_000);

describe('a flag quoting a criterion written on several lines', () => {
  it('quotes ren-luyen-trang\'s 1.1.2 on one line', async () => {
    expect((await runInProcess(['criteria', 'import', table, '--out', 'bo.json'], here)).code).toBe(0);
    const set = JSON.parse(await readFile(join(here, 'bo.json'), 'utf8')) as { criteria: { code: string; title: string }[] };
    expect(set.criteria.find((c) => c.code === '1.1.2')?.title).toContain('\n- Thành viên\n');
    expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', 'Lớp K45', '--kind', 'Cá nhân', '--out', 'mau.xlsx'], here)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(here, 'mau.xlsx'));
    const ws = wb.worksheets[0]!;
    let header = 0;
    ws.eachRow((row, i) => {
      if (header === 0 && Array.isArray(row.values) && row.values.includes('Mã tiêu chí')) header = i;
    });
    const titles = ws.getRow(header).values as unknown[];
    ws.eachRow((row, i) => {
      if (i > header && row.getCell(titles.indexOf('Mã tiêu chí')).value === '1.1.2') row.getCell(titles.indexOf('Kết quả')).value = 3;
    });
    await mkdir(join(here, 'bao-cao'), { recursive: true });
    await wb.xlsx.writeFile(join(here, 'bao-cao', 'lop.xlsx'));
    const scored = await runInProcess(['score', 'bao-cao', '--criteria', 'bo.json', '--out', 'ket-qua', '--json'], here);
    expect(scored.code, scored.stderr).toBe(0);
    const flags = (JSON.parse(scored.stdout).cards as { flags: { code: string; message: string }[] }[])[0]!.flags;
    const between = flags.find((f) => f.code === 'between-levels')?.message;
    expect(between).toContain('(tiêu chí «Thành viên các câu lạc bộ, đội nhóm về học thuật, nghiên cứu khoa học… - Thành viên - Thành viên tích cực»)');
    expect(flags.filter((f) => f.message.includes('\n'))).toEqual([]);
  });
});
