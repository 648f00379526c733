// A bonus part whose rows add past the part's maximum (an officer's walk: «Phần III» added 14, the part tops at 10;
// the items' points summed 122 where the total said 113), through the command line: a commune's DTI table typed as an
// officer types it (ExcelJS), imported, its template filled, scored, the vote typed, closed and the papers written.
// The scored copy, the printed ranking, --json and the achievement report each say the capped part where they list
// the points, and the points listed with that line make the total tong-hop.xlsx shows.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { typeInTemplate } from '../helpers/type-in-template.js';
import { typeVotes } from '../council/council-meeting.js';
import { openXlsx, runOk, tempDir, type Run } from './helpers.js';

const UNIT = 'UBND xã Nà Tấu';
const LINE = '«III. Điểm thưởng» cộng 14 điểm, tính tối đa 10 điểm';

let dir: string;
let plain: Run;
let json: ScoreRunOutput;

/** The commune's table as its officer typed it: parts I–III, the bonus part «III | Điểm thưởng | 10» over rows of 8 and 6. */
async function writeTable(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Tiêu chí');
  ws.addRows([
    ['BỘ CHỈ SỐ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP XÃ (DTI) NĂM 2025'],
    [],
    ['STT', 'Tên chỉ số', 'Điểm tối đa', 'Cách xác định và tính điểm'],
    ['I', 'Chuyển đổi nhận thức', 25],
    [1, 'Số lần tổ chức tuyên truyền về chuyển đổi số trong năm', 20, '4 lần: 20 điểm; 3 lần: 15; 2 lần: 10; 1 lần: 5; còn lại: 0'],
    [2, 'Ban hành kế hoạch chuyển đổi số năm', 5, 'Ban hành trước 31/3: Điểm tối đa; Ban hành sau 31/3: 1/2 × Điểm tối đa; Không ban hành: 0'],
    ['II', 'Hạ tầng và dịch vụ số', 75],
    [3, 'Hộ gia đình có đường cáp quang', 40, 'Tỷ lệ = số hộ có cáp quang / tổng số hộ; Điểm = Tỷ lệ × Điểm tối đa'],
    [4, 'Khảo sát trực tiếp tại Bộ phận Một cửa', 35, 'Từ 90% trở lên: 35 điểm; Từ 70% đến dưới 90%: 20 điểm; Dưới 70%: 0'],
    ['III', 'Điểm thưởng', 10],
    [5, 'Được tặng Cờ thi đua về chuyển đổi số', 8, 'Cộng 8 điểm'],
    [6, 'Được tặng Bằng khen về chuyển đổi số', 6, 'Cộng 6 điểm'],
    [null, 'Tổng cộng', 100],
  ]);
  await book.xlsx.writeFile(path);
}

beforeAll(async () => {
  dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  await writeTable(join(dir, 'bang.xlsx'));
  await thidua('criteria', 'import', 'bang.xlsx', '--out', 'tieu-chi.xlsx');
  await thidua('template', '--criteria', 'tieu-chi.xlsx', '--unit', UNIT, '--kind', 'ubnd-xa', '--out', 'mau.xlsx');
  await mkdir(join(dir, 'bao-cao'));
  // Both bonus rows earned in full: 8 + 6 = 14 of a part that counts 10.
  await typeInTemplate(join(dir, 'mau.xlsx'), join(dir, 'bao-cao', 'na-tau.xlsx'), 'Kết quả', { 1: 4, 2: 1, 3: '90%', 4: '92%', 5: 8, 6: 6 });
  json = JSON.parse((await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'thu', '--json')).stdout) as ScoreRunOutput;
  plain = await thidua('score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'ket-qua');
  await typeVotes(join(dir, 'ket-qua', 'tong-hop.xlsx'), () => [9, 8, 8]);
  await thidua('close', 'ket-qua', '--by', 'Lò Văn Thành');
  await thidua('papers', 'ket-qua', '--out', 'ho-so');
}, 300_000);

/** A sheet's row whose cells include `text`, and the cell after it. */
const after = (values: readonly (readonly unknown[])[], text: string) => {
  const row = values.find((r) => r.includes(text));
  return row?.[row.indexOf(text) + 1];
};

describe('a bonus part capped at its maximum', () => {
  it('is carried in --json, both sums, and printed under the unit’s total', () => {
    const card = json.cards[0]!;
    expect([card.base, card.bonus, card.total]).toEqual([96, 10, 106]);
    expect(card.caps).toEqual([{ group: 'III', title: 'Điểm thưởng', part: 'bonus', summed: 14, counted: 10 }]);
    const lines = plain.stdout.split('\n');
    const unit = lines.findIndex((l) => l.includes(`${UNIT}: 106 điểm (96/100 điểm chuẩn, cộng 10 điểm thưởng) — `));
    expect(lines[unit + 1]).toBe(`      ${LINE}`);
  });

  it('leaves the unit, eligible under a form with no quota, to the council under no empty «Đề xuất … (0):»', () => {
    expect(json.proposals.filter((p) => p.proposed)).toEqual([]);
    expect(json.proposals.filter((p) => p.eligible).map((p) => p.unitName)).toEqual([UNIT]);
    expect(plain.stdout).not.toContain('Đề xuất khen thưởng — Hằng năm (0)');
    expect(plain.stdout).toContain(`Đủ điều kiện, Hội đồng quyết định — kế hoạch không nêu số lượng (1):\n  Giấy khen của Chủ tịch UBND xã: ${UNIT}`);
  });

  it('is said in the scored copy above «Tổng điểm»: the points column and the line make the total tong-hop.xlsx shows', async () => {
    const [sheet] = await (await openXlsx(join(dir, 'ket-qua', 'na-tau.cham-diem.xlsx'))).readSheets([UNIT]);
    const values = sheet!.values;
    const header = values.find((r) => r.includes('Điểm thẩm định'))!;
    const [code, points, said] = [header.indexOf('Mã tiêu chí'), header.indexOf('Điểm thẩm định'), header.indexOf('Diễn giải')];
    const listed = values.filter((r) => typeof r[code] === 'string' && /^\d+$/.test(r[code] as string)).map((r) => r[points] as number);
    expect(listed).toEqual([20, 5, 36, 35, 8, 6]);
    const cap = values.find((r) => r[said] === LINE)!;
    expect(cap.slice(points, points + 2)).toEqual(['Vượt tối đa', -4]);
    // Just above the total it explains.
    expect(values[values.indexOf(cap) + 1]![points]).toBe('Tổng điểm');
    const total = after(values, 'Tổng điểm');
    expect(listed.reduce((a, b) => a + b, 0) + (cap[points + 1] as number)).toBe(total);
    expect(total).toBe(106);

    const [summary] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets(['Tổng hợp']);
    const head = summary!.values.find((r) => r.includes('Tổng điểm'))!;
    expect(summary!.values.find((r) => r.includes(UNIT))![head.indexOf('Tổng điểm')]).toBe(total);
  });

  it('is said under the achievement report’s table: its points and the line make the total it states', async () => {
    const html = (await mammoth.convertToHtml({ buffer: await readFile(join(dir, 'ho-so', 'bao-cao-thanh-tich-01-ubnd-xa-na-tau.docx')) })).value;
    const text = (cell: string) => cell.replace(/<[^>]+>/g, '').trim();
    // The criteria's table (the heading's is the first); mammoth reads its cells as <th> or <td>.
    const table = /<table>(?:(?!<table>).)*?Số liệu và cách tính.*?<\/table>/s.exec(html)![0];
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].slice(1).map((r) => [...r[1]!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/gs)].map((c) => text(c[1]!)));
    // The bonus rows by what they added, never «8/8» read as a criterion scored.
    expect(rows.map((r) => r[3])).toEqual(['20/20', '5/5', '36/40', '35/35', 'cộng 8 (tối đa 8)', 'cộng 6 (tối đa 6)']);
    const listed = rows.reduce((sum, r) => sum + Number(/^(?:cộng )?(\d+)/.exec(r[3]!)![1]), 0);
    // Right after the table.
    expect(html.slice(html.indexOf(table) + table.length)).toMatch(new RegExp(`^<p>${LINE}\\.</p>`));
    const [, summed, counted] = /cộng (\d+) điểm, tính tối đa (\d+) điểm/.exec(LINE)!;
    const total = Number(/: (\d+) điểm \(96\/100 điểm chuẩn, cộng 10 điểm thưởng\), xếp loại/.exec(html)![1]);
    expect(listed - Number(summed) + Number(counted)).toBe(total);
    expect(total).toBe(106);
    // What it completed is the base criteria at their maximum (1, 2, 4), not the bonus rows earned: «3 tiêu chí», not 5.
    expect(html).toContain('Hoàn thành đầy đủ 3 tiêu chí: Số lần tổ chức tuyên truyền về chuyển đổi số trong năm; Ban hành kế hoạch chuyển đổi số năm; Khảo sát trực tiếp tại Bộ phận Một cửa.');
  });
});

// Made for an officer's walk: a part capped at its maximum, its items' points shown without the cap, adding to more than the total.
