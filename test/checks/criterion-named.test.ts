// A flag names its criterion by the title the officers wrote (core/checks/define.ts criterionNamed), in a sentence: a
// title written on several lines is quoted on one. On a real table: the corpus's ren-luyen-trang (a university's
// conduct form), written by LibreOffice as .xlsx, imported as `thidua criteria import` does, its template written by
// `thidua template`, a unit's value between 1.1.2's levels (2 / 4 điểm) typed in it, scored by `thidua score`. Until
// 2026-11-30 the flag quoted 1.1.2 «Thành viên các câu lạc bộ … khoa học…↵- Thành viên↵- Thành viên tích cực» with its
// line breaks, a sentence broken in the middle in the flags sheet and the JSON alike; and so did criterion-missing's
// list of the criteria a report made for another set lacks.
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

/** The template `thidua template` wrote, its sheet, and the column of its header named `title`. */
async function template(): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; header: number; column: (title: string) => number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(here, 'mau.xlsx'));
  const ws = wb.worksheets[0]!;
  let header = 0;
  ws.eachRow((row, i) => {
    if (header === 0 && Array.isArray(row.values) && row.values.includes('Mã tiêu chí')) header = i;
  });
  const titles = ws.getRow(header).values as unknown[];
  return { wb, ws, header, column: (title) => titles.indexOf(title) };
}

/** The flags `thidua score` gives the one report written into `folder`. */
async function flagsOf(wb: ExcelJS.Workbook, folder: string): Promise<{ code: string; message: string }[]> {
  await mkdir(join(here, folder), { recursive: true });
  await wb.xlsx.writeFile(join(here, folder, 'lop.xlsx'));
  const scored = await runInProcess(['score', folder, '--criteria', 'bo.json', '--out', `ket-qua-${folder}`, '--json'], here);
  expect(scored.code, scored.stderr).toBe(0);
  return (JSON.parse(scored.stdout).cards as { flags: { code: string; message: string }[] }[])[0]!.flags;
}

describe('a flag quoting a criterion written on several lines', () => {
  it('quotes ren-luyen-trang\'s 1.1.2 on one line', async () => {
    expect((await runInProcess(['criteria', 'import', table, '--out', 'bo.json'], here)).code).toBe(0);
    const set = JSON.parse(await readFile(join(here, 'bo.json'), 'utf8')) as { criteria: { code: string; title: string }[] };
    expect(set.criteria.find((c) => c.code === '1.1.2')?.title).toContain('\n- Thành viên\n');
    expect((await runInProcess(['template', '--criteria', 'bo.json', '--unit', 'Lớp K45', '--kind', 'Cá nhân', '--out', 'mau.xlsx'], here)).code).toBe(0);
    const { wb, ws, header, column } = await template();
    ws.eachRow((row, i) => {
      if (i > header && row.getCell(column('Mã tiêu chí')).value === '1.1.2') row.getCell(column('Kết quả')).value = 3;
    });
    const flags = await flagsOf(wb, 'bao-cao');
    const between = flags.find((f) => f.code === 'between-levels')?.message;
    expect(between).toContain('(tiêu chí «Thành viên các câu lạc bộ, đội nhóm về học thuật, nghiên cứu khoa học… - Thành viên - Thành viên tích cực»)');
    expect(flags.filter((f) => f.message.includes('\n'))).toEqual([]);
  });

  // A report that lacks most of the set's rows (made for another set) names the first few missing by their titles.
  it('lists ren-luyen-trang\'s 1.1.2 on one line among the criteria a report made for another set lacks', async () => {
    const { wb, ws, header, column } = await template();
    // Every row but the last few loses its code, as a report of another set's codes would.
    const rows: number[] = [];
    ws.eachRow((row, i) => {
      if (i > header && typeof row.getCell(column('Mã tiêu chí')).value === 'string') rows.push(i);
    });
    for (const i of rows.slice(0, -5)) ws.getRow(i).getCell(column('Mã tiêu chí')).value = null;
    const flags = await flagsOf(wb, 'khac');
    const missing = flags.find((f) => f.code === 'criterion-missing')?.message;
    expect(missing).toContain('«Thành viên các câu lạc bộ, đội nhóm về học thuật, nghiên cứu khoa học… - Thành viên - Thành viên tích cực»');
    expect(missing).not.toContain('\n');
  });
});
