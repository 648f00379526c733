// Công văn 5155's scoring step: its guide under the table says «Tùy theo các minh chứng ở mỗi tiêu chí mà cho điểm phù
// hợp (cho điểm lẻ đến 0,5 điểm)». Through the command line, as the office sends it (a Word document) and pasted
// into Excel: imported (the step said where it stands), carried in the criteria workbook the run reads back, a centre's
// self-score of 2,3 flagged at its cell for the council (counted as typed), and «Còn thiếu gì» asking only figures the
// table gives. Before: 2,3 taken silently, and «Còn thiếu gì» asked 4.2 «2,5 → 2,7», a figure no step reaches.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { runOk, tempDir, type Run } from './helpers.js';
import { typeInTemplate } from '../helpers/type-in-template.js';

const ID = 'tp-hcm-5155-trung-tam-hoc-tap-cong-dong';
const UNIT = 'Trung tâm học tập cộng đồng phường Bàn Cờ';
const entry = (await loadCorpus()).find((e) => e.id === ID)!;

/**
 * The corpus's example centre (90), its 5.5 self-scored 2,3 of 3, its 4.2 raised to 2,5 of 3 and its 5.1 down to 1,5 of
 * 9: 84,8, 0,2 short of «Tốt» (85); 4.2 has 0,5 left, 5.5 0,7.
 */
const SELF = { ...(entry.example!.values as Record<string, number>), '4.2': 2.5, '5.1': 1.5, '5.5': 2.3 };

/** A workbook's sheet (the first when unnamed), its rows' values. */
const rowsOf = async (path: string, sheet?: string): Promise<unknown[][]> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const rows: unknown[][] = [];
  (sheet === undefined ? book.worksheets[0] : book.getWorksheet(sheet))!.eachRow((row) => rows.push((row.values as unknown[]).filter((v) => v != null)));
  return rows;
};

const thidua = (dir: string, ...args: string[]): Promise<Run> => runOk(args, dir);

describe.each([
  ['docx', 'Bước chấm điểm 0,5 điểm theo văn bản ghi dưới bảng (đoạn 4): «cho điểm lẻ đến 0,5 điểm»:'],
  ['xlsx', 'ô A35: Bước chấm điểm 0,5 điểm theo dòng dưới bảng: «cho điểm lẻ đến 0,5 điểm»:'],
] as const)('Công văn 5155 as .%s: «cho điểm lẻ đến 0,5 điểm»', (as, said) => {
  let dir: string;
  let imported: Run;
  let json: ScoreRunOutput;
  let plain: Run;
  beforeAll(async () => {
    dir = await tempDir();
    const table = (await renderCorpus([{ ...entry, as }], dir)).get(ID)!;
    imported = await thidua(dir, 'criteria', 'import', table, '--out', 'tieu-chi.xlsx');
    await thidua(dir, 'template', '--criteria', 'tieu-chi.xlsx', '--unit', UNIT, '--kind', 'Cơ quan', '--out', 'mau.xlsx');
    await mkdir(join(dir, 'bao-cao'));
    await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'mau-minh-chung.xlsx'), 'Minh chứng', Object.fromEntries(Object.keys(SELF).map((code) => [code, 'Biên bản kiểm tra ngày 05/12/2025'])));
    await typeInTemplate(join(dir, 'mau-minh-chung.xlsx'), join(dir, 'bao-cao', 'ban-co.xlsx'), 'Điểm tự chấm', SELF);
    json = JSON.parse((await thidua(dir, 'score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'thu', '--json')).stdout) as ScoreRunOutput;
    plain = await thidua(dir, 'score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'ket-qua');
  }, 300_000);

  it('says the step on import where the table writes it, and keeps it in the criteria workbook', async () => {
    expect(imported.stdout + imported.stderr).toContain(said);
    const rows = await rowsOf(join(dir, 'tieu-chi.xlsx'));
    expect(rows).toContainEqual(['Bước chấm điểm', 0.5]);
    expect(rows).toContainEqual(['Bước chấm điểm theo lời bảng', 'cho điểm lẻ đến 0,5 điểm']);
  });

  it('numbers the template’s groups 1–5 as the document and the set do, not I–V', async () => {
    const groups = (await rowsOf(join(dir, 'mau.xlsx'))).filter((r) => r.length === 2 && / \(\d+ điểm\)$/.test(String(r[1])));
    expect(groups).toEqual([
      ['1', 'Tổ chức bộ máy của trung tâm (10 điểm)'],
      ['2', 'Cơ sở vật chất (20 điểm)'],
      ['3', 'Kinh phí hoạt động (20 điểm)'],
      ['4', 'Nội dung hoạt động (20 điểm)'],
      ['5', 'Kết quả hoạt động (30 điểm)'],
    ]);
  });

  it('flags the centre’s 2,3 at its cell for the council, counted as typed', () => {
    const card = json.cards[0]!;
    expect(card.total).toBe(84.8);
    expect(card.flags.filter((f) => f.code === 'score-off-step').map((f) => [f.severity, f.criterion, f.message.replace(/ \(tiêu chí «.*»\)$/, '')])).toEqual([
      ['warning', '5.5', expect.stringMatching(/^Ô [A-Z]+\d+: điểm 2,3 không theo bước chấm 0,5 điểm của bảng \(cho điểm lẻ đến 0,5 điểm\)$/)],
    ]);
    expect(plain.stdout).toMatch(/Cảnh báo · ô [A-Z]+\d+ — Điểm không theo bước chấm của bảng: điểm 2,3 không theo bước chấm 0,5\s+điểm của bảng/);
  });

  it('«Còn thiếu gì» asks only figures on the step: 5.5 from 2,3 to 2,5, not 4.2 from 2,5 to 2,7', async () => {
    const rows = await rowsOf(join(dir, 'ket-qua', 'tong-hop.xlsx'), 'Còn thiếu gì');
    const tot = rows.find((r) => r.includes(UNIT) && r.includes('Tốt'))!;
    expect(tot.slice(-2)).toEqual([0.2, 'Tổng số lượt người tham gia học tập đạt tối thiểu 100 lượt người/tháng. 2,3 điểm → 2,5 điểm: +0,2 điểm']);
    const asked = rows.flatMap((r) => [...String(r.at(-1)).matchAll(/→ (\d+(?:,\d+)?) điểm/g)].map((m) => Number(m[1]!.replace(',', '.'))));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((figure) => (figure * 2) % 1 !== 0)).toEqual([]);
  });
});
