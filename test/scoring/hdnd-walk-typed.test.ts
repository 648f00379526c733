// What the units of an officer walk on Thanh Hóa's commune People's Council table typed, end to end on the command line
// as the walk went: a set written in Excel, `template`, the report filled as the units filled it, `score`.
// A bonus or deduction row whose «Kết quả» says what happened in words and whose «Điểm tự chấm» gives the points
// («Chủ tịch HĐND bị khiển trách» in G75, 10 in K75): the points are taken as a manual criterion's are; words with no
// number on the row are said, a deduction's as none taken until the council decides, never as a silent 0.
// A self-score over the maximum: every kind whose points stop there says what is counted.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runInProcess, tempDir } from '../cli/helpers.js';
import { typeInTemplate } from '../helpers/type-in-template.js';

let dir: string;

/** The set as an officer types it: two manual items (16 points), a bonus, a deduction, a deduction of 2 each «biên bản». */
async function writeSet(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Tiêu chí');
  ws.addRows([
    ['BỘ TIÊU CHÍ THI ĐUA'],
    [null, 'Mã bộ tiêu chí', 'hdnd-xa-thu'],
    [null, 'Phiên bản', '1'],
    [null, 'Tên bộ tiêu chí', 'Đánh giá hoạt động HĐND xã năm 2026'],
    [],
    ['DANH SÁCH TIÊU CHÍ'],
    ['Mã', 'Tiêu chí', 'Nhóm', 'Đơn vị tính', 'Chỉ tiêu', 'Điểm tối đa', 'Cách tính'],
    ['I.1', 'Tổ chức đủ kỳ họp thường lệ', '', 'điểm', null, 10, 'Thủ công'],
    ['I.2', 'Kiến nghị cử tri được trả lời đúng hạn', '', 'điểm', null, 6, 'Thủ công'],
    ['VIII.1', 'Mô hình được nhân rộng toàn tỉnh', '', 'điểm', null, 4, 'Cộng điểm'],
    ['IX.1', 'Chủ tịch HĐND bị kỷ luật từ khiển trách trở lên', '', 'điểm', null, 10, 'Trừ điểm'],
    ['IX.2', 'Biên bản kiểm tra kết luận có sai sót', '', 'biên bản', null, 6, 'Trừ điểm: 2'],
  ]);
  await book.xlsx.writeFile(path);
}

/** A unit's report: the template with «Kết quả» and «Điểm tự chấm» typed. */
async function report(unit: string, results: Record<string, number | string>, points: Record<string, number>): Promise<void> {
  const template = join(dir, `mau-${unit}.xlsx`);
  expect((await runInProcess(['template', '--criteria', 'bo.xlsx', '--unit', `HĐND xã ${unit}`, '--kind', 'Cơ quan', '--out', template], dir)).code).toBe(0);
  const out = join(dir, 'bao-cao', `${unit}.xlsx`);
  await typeInTemplate(template, out, 'Kết quả', results);
  await typeInTemplate(out, out, 'Điểm tự chấm', points);
}

let output: ScoreRunOutput;
const card = (unit: string) => output.cards.find((c) => c.unitName === `HĐND xã ${unit}`)!;
const of = (unit: string, code: string) => card(unit).criteria.find((c) => c.code === code)!;

beforeAll(async () => {
  dir = await tempDir();
  await writeSet(join(dir, 'bo.xlsx'));
  await mkdir(join(dir, 'bao-cao'));
  // Triệu Sơn wrote what happened in «Kết quả», the points in «Điểm tự chấm».
  await report(
    'Triệu Sơn',
    { 'VIII.1': 'Mô hình «Tiếp xúc cử tri trực tuyến» được nhân rộng', 'IX.1': 'Chủ tịch HĐND bị khiển trách', 'IX.2': '02 biên bản có sai sót' },
    { 'I.1': 10, 'I.2': 6, 'VIII.1': 4, 'IX.1': 10, 'IX.2': -4 },
  );
  // Thọ Xuân wrote the discipline in words and no points anywhere on its row; its «biên bản» only as points; the share
  // of petitions answered (92%) beside the points it gave itself for it.
  await report('Thọ Xuân', { 'I.2': '92%', 'IX.1': 'Chủ tịch HĐND bị khiển trách' }, { 'I.1': 10, 'I.2': 5.5, 'IX.2': -4 });
  // Hạc Thành gave itself more than the maximum on a manual item, the bonus and both deductions (4 «biên bản» of 2).
  await report('Hạc Thành', { 'VIII.1': 'Ban hành 03 nghị quyết chuyên đề', 'IX.2': 4 }, { 'I.1': 12, 'I.2': 6, 'VIII.1': 5, 'IX.1': -12, 'IX.2': -8 });
  const run = await runInProcess(['score', 'bao-cao', '--criteria', 'bo.xlsx', '--out', 'ket-qua', '--json'], dir);
  expect(run.code, run.stderr).toBe(0);
  output = JSON.parse(run.stdout) as ScoreRunOutput;
}, 300_000);

describe('words in «Kết quả» of a bonus or deduction row, points in «Điểm tự chấm»', () => {
  it('take the points typed: the bonus added and both deductions taken, 16 + 4 − 10 − 4 = 6, not 20 with three cells unreadable', () => {
    expect(card('Triệu Sơn')).toMatchObject({ base: 16, bonus: 4, deduction: 14, total: 6 });
    expect([of('Triệu Sơn', 'VIII.1').points, of('Triệu Sơn', 'IX.1').points]).toEqual([4, -10]);
    expect(of('Triệu Sơn', 'IX.1').reason).toBe('Trừ 10 điểm (tối đa 10) (theo điểm tự chấm)');
    expect(card('Triệu Sơn').flags.filter((f) => f.code === 'unparseable-value')).toEqual([]);
  });

  it('take a per-occurrence deduction’s points as points, not as a count of 2 each, and say so', () => {
    const counted = of('Triệu Sơn', 'IX.2');
    expect([counted.status, counted.points]).toEqual(['scored', -4]);
    expect(counted.reason).toBe('Trừ 4 điểm (tối đa 6) (theo điểm tự chấm, không tính theo số biên bản: ô G18 không ghi số biên bản)');
    // «−4» is how officers write points taken: no flag of a negative count.
    expect(card('Triệu Sơn').flags.filter((f) => f.criterion === 'IX.2')).toEqual([]);
    // Typed beside a blank «Kết quả», likewise: never «không ghi» with the points left unread.
    expect(of('Thọ Xuân', 'IX.2')).toMatchObject({ status: 'scored', points: -4 });
  });

  it('without a number on the row, say at the cell that the deduction is not taken until the council decides, not «→ 0 điểm»', () => {
    const words = of('Thọ Xuân', 'IX.1');
    expect([words.status, words.points]).toEqual(['invalid', 0]);
    const flag = card('Thọ Xuân').flags.find((f) => f.criterion === 'IX.1')!;
    expect([flag.code, flag.cell]).toEqual(['unparseable-value', 'G17']);
    expect(flag.message).toBe('Ô G17: "Chủ tịch HĐND bị khiển trách" không đọc được thành điểm, «Điểm tự chấm» (K17) để trống → chưa trừ điểm, đơn vị giữ điểm cho đến khi Hội đồng quyết định (tiêu chí «Chủ tịch HĐND bị kỷ luật từ khiển trách trở lên»)');
    expect(words.reason).toBe('Ô G17: "Chủ tịch HĐND bị khiển trách" không đọc được thành điểm, «Điểm tự chấm» (K17) để trống → chưa trừ điểm, đơn vị giữ điểm cho đến khi Hội đồng quyết định');
    expect(card('Thọ Xuân').total).toBe(11.5);
  });
});

describe('a self-score over the maximum', () => {
  it('says what is counted for a manual item, a bonus and a deduction alike, from the score computed', () => {
    const said = card('Hạc Thành').flags.filter((f) => f.code === 'self-score-over-max').map((f) => [f.cell, f.message.replace(/ \(tiêu chí «.*»\)$/, '')]);
    expect(said).toEqual([
      ['K14', 'Ô K14: điểm tự chấm 12 vượt điểm tối đa 10 → tính 10'],
      ['K16', 'Ô K16: điểm tự chấm 5 vượt điểm tối đa 4 → tính 4'],
      ['K17', 'Ô K17: điểm tự chấm trừ 12 điểm, quá mức trừ tối đa 10 điểm → trừ 10 điểm'],
      // Scored on the count in «Kết quả», not on the self-score: the cell counted is named.
      ['K18', 'Ô K18: điểm tự chấm trừ 8 điểm, quá mức trừ tối đa 6 điểm → trừ 6 điểm (theo ô G18)'],
    ]);
    expect(card('Hạc Thành')).toMatchObject({ base: 16, bonus: 4, deduction: 16, total: 4 });
  });

  it('says the points counted once in the explanation: «→ tính 10 điểm», not «10/10 điểm»', () => {
    expect(of('Hạc Thành', 'I.1').reason).toBe('Chấm 12 vượt tối đa 10 → tính 10 điểm (theo điểm tự chấm)');
  });
});

describe('a figure reported in «Kết quả» beside the self-score', () => {
  it('is said in the explanation, on the scored copy as in the card: the 92% the unit reported does not disappear', async () => {
    const reason = 'Chấm 5,5/6 điểm (theo điểm tự chấm; đơn vị báo cáo 92%)';
    expect(of('Thọ Xuân', 'I.2').reason).toBe(reason);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'ket-qua', 'Thọ Xuân.cham-diem.xlsx'));
    const row = book.worksheets[0]!.getRow(15);
    expect([row.getCell(2).value, row.getCell(7).value]).toEqual(['I.2', '92%']);
    expect((row.values as unknown[]).includes(reason)).toBe(true);
  });
});

// Made for an officer walk on Thanh Hóa's commune People's Council table: nine bonus and deduction rows of five units
// read as «Số liệu không đọc được → 0 điểm», a chairman's discipline vanished and the unit proposed for an award.
