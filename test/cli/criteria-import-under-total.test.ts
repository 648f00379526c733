// A bonus written as a line under the criteria table's total («Tổng cộng | 100», then «Điểm thưởng: cộng tối đa 5 điểm
// cho đơn vị có mô hình …»), imported once by the command line (in-process, as it prints) into the set.xlsx an officer scores with all year:
// until 2026-11-30 the set kept no trace of it, and scoring — the command line, the task pane on the Office.js fake, the
// standalone page's run — said nothing while every unit got no bonus. Now the line goes into the «Tiêu chí» sheet's top
// block, is read back from it, and is said at scoring while the set has no bonus criterion; the officer who adds one, or
// deletes the line, hears no more of it. Scores never change.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CriteriaSet } from '../../core/criteria/schema.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import type { PaneContext } from '../../excel-addin/shared/pane-context.js';
import { scoreNotice } from '../../excel-addin/taskpane/panes/ScorePane.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice } from '../../scripts/harness/office-fake.js';
import { typeSelfScores } from '../helpers/self-scores-typed.js';
import { runPrintedOk, tempDir } from './helpers.js';

const BONUS_LINE = 'Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình, cách làm hay được UBND tỉnh công nhận';
const LABEL = 'Điểm thưởng ghi dưới dòng tổng';
/** What every face says at scoring, word for word. */
const SAID =
  'Bảng tiêu chí ghi điểm thưởng tối đa 5 điểm dưới dòng tổng (ô A10, trang «Bang diem» (tệp bang-diem.xlsx): «Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình, cá…») ' +
  'mà bộ tiêu chí không có tiêu chí thưởng nào: không đơn vị nào được cộng điểm ấy. Muốn chấm điểm thưởng ấy, thêm một tiêu chí thưởng (Cách tính «Cộng điểm», Điểm tối đa 5) ' +
  `trên trang «Tiêu chí» của tệp bộ tiêu chí (.xlsx) rồi chấm lại; không chấm thì xoá dòng «${LABEL}» ở phần đầu trang ấy.`;
const UNIT = 'Thôn Nà Pen';
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };

let dir: string;
const thidua = (...args: string[]) => runPrintedOk(args, dir);
const readJson = async (name: string) => CriteriaSet.parse(JSON.parse(await readFile(join(dir, name), 'utf8')));
/** The run's lines on stderr that say a line under the total. */
const saidOf = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('Bảng tiêu chí ghi điểm'));
const cardsOf = (stdout: string) => (JSON.parse(stdout) as { cards: ScoreCard[] }).cards.map((c) => [c.unitName, c.total, c.percent, c.classification?.label]);

/** The set.xlsx edited as an officer does in Excel (ExcelJS), saved under `name`. */
async function edited(name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'bo.xlsx'));
  edit(book.getWorksheet('Tiêu chí')!);
  await book.xlsx.writeFile(join(dir, name));
}
/** The row of the top block holding the line, as the sheet numbers it. */
const lineRow = (ws: ExcelJS.Worksheet) => {
  let found: number | undefined;
  ws.eachRow((row, n) => (row.getCell(2).value === LABEL ? (found = n) : undefined));
  return found;
};

beforeAll(async () => {
  dir = await tempDir();
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Bang diem').addRows([
    ['BẢNG CHẤM ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025'],
    ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm tự chấm'],
    ['I', 'CẢI CÁCH HÀNH CHÍNH', '40', null],
    ['1', 'Công khai thủ tục hành chính', '20', null],
    ['2', 'Giải quyết hồ sơ đúng hạn', '20', null],
    ['II', 'CHUYỂN ĐỔI SỐ', '60', null],
    ['1', 'Tỷ lệ hồ sơ trực tuyến', '30', null],
    ['2', 'Ký số văn bản đi', '30', null],
    [null, 'Tổng cộng', '100', null],
    [BONUS_LINE],
  ]);
  await book.xlsx.writeFile(join(dir, 'bang-diem.xlsx'));
  await thidua('criteria', 'import', 'bang-diem.xlsx', '--out', 'bo.xlsx');
  await thidua('template', '--criteria', 'bo.xlsx', '--unit', UNIT, '--kind', 'Thôn', '--out', 'mau.xlsx');
  typeSelfScores(join(dir, 'mau.xlsx'), join(dir, 'na-pen.xlsx'), { 'II.2': 25 });
}, 180_000);

describe('a bonus line under the total, kept with the set imported once', () => {
  it('is written in the «Tiêu chí» sheet’s top block, with where the table wrote it', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'bo.xlsx'));
    const ws = book.getWorksheet('Tiêu chí')!;
    const row = ws.getRow(lineRow(ws)!);
    expect([row.getCell(3).value, row.getCell(14).value]).toEqual([BONUS_LINE, 'ô A10, trang «Bang diem» (tệp bang-diem.xlsx)']);
  });

  it('is carried and said by the import of that workbook, which reads back as written', async () => {
    const again = await thidua('criteria', 'import', 'bo.xlsx', '--out', 'lai.json');
    expect((await readJson('lai.json')).underTotal).toEqual([{ kind: 'bonus', text: BONUS_LINE, maxPoints: 5, where: 'ô A10, trang «Bang diem» (tệp bang-diem.xlsx)' }]);
    expect(again.stdout).toContain(
      'Trang «Tiêu chí» (tệp bo.xlsx) giữ điểm thưởng tối đa 5 điểm bảng tiêu chí ghi dưới dòng tổng (ô C19: «Điểm thưởng: cộng tối đa 5 điểm cho đơn vị có mô hình, cá…», ghi ở ô A10, trang «Bang diem» (tệp bang-diem.xlsx)) ' +
        'mà bộ tiêu chí không có tiêu chí thưởng nào: khi chấm, không đơn vị nào được cộng điểm ấy. Muốn chấm điểm thưởng ấy, thêm một tiêu chí thưởng (Cách tính «Cộng điểm», Điểm tối đa 5) trên trang ấy; không chấm thì xoá dòng ở ô C19.',
    );
  }, 60_000);

  it('is said once by thidua score with the set.xlsx and with its .json, scores as they were', async () => {
    const xlsx = await thidua('score', 'na-pen.xlsx', '--criteria', 'bo.xlsx', '--out', 'kq', '--json');
    expect(saidOf(xlsx.stderr)).toEqual([SAID]);
    const json = await thidua('score', 'na-pen.xlsx', '--criteria', 'lai.json', '--out', 'kq-json', '--json');
    expect(saidOf(json.stderr)).toEqual([SAID]);
    expect(cardsOf(json.stdout)).toEqual(cardsOf(xlsx.stdout));
    expect(cardsOf(xlsx.stdout)).toEqual([[UNIT, 95, 95, 'Xuất sắc']]);
  }, 120_000);

  it('is said by the task pane’s scoring and by the standalone page’s run, the command line’s line word for word', async () => {
    const read = await readCriteriaFile(new Blob([await readFile(join(dir, 'bo.xlsx'))]), 'bo.xlsx');
    if (!read.ok) throw new Error(read.message);
    const report = new Uint8Array(await readFile(join(dir, 'na-pen.xlsx')));
    const fake = installFakeOffice(await fakeWorkbookFromXlsx(report), '1.18');
    try {
      const scored = await runInExcel((port) => checkAndScore(port, read.set, { now: new Date('2026-11-30T09:00:00') }));
      expect(scored.said.filter((l) => l.startsWith('Bảng tiêu chí ghi điểm'))).toEqual([SAID]);
      // In the notice the pane shows after «Kiểm tra & chấm điểm».
      expect(scoreNotice({ t: translator('vi'), setResult: () => undefined } as unknown as PaneContext, scored).items).toContainEqual({ text: SAID });
      expect(scored.cards.map((c) => c.total)).toEqual([95]);
    } finally {
      fake.uninstall();
    }
    const page = await runCommune([{ name: 'na-pen.xlsx', file: new Blob([report]) }], { set: read.set, date: '2026-11-30', thread: inProcess });
    expect(page.decisionsSaid.filter((l) => l.startsWith('Bảng tiêu chí ghi điểm'))).toEqual([SAID]);
  }, 120_000);

  it('is no longer said once the officer adds a bonus criterion, and still carried as typed', async () => {
    await edited('co-thuong.xlsx', (ws) => {
      let header: ExcelJS.Row | undefined;
      let last = 0;
      ws.eachRow((row, n) => {
        if (row.getCell(1).value === 'Mã' && row.getCell(2).value === 'Tiêu chí') header = row;
        else if (header && row.getCell(1).value === 'II.2') last = n;
      });
      const col = (label: string) => (header!.values as unknown[]).indexOf(label);
      const added = ws.insertRow(last + 1, []);
      for (const [label, value] of [['Mã', 'II.3'], ['Tiêu chí', 'Mô hình, cách làm hay được UBND tỉnh công nhận'], ['Nhóm', 'II'], ['Điểm tối đa', 5], ['Cách tính', 'Cộng điểm']] as const) added.getCell(col(label)).value = value;
    });
    const read = await thidua('criteria', 'import', 'co-thuong.xlsx', '--out', 'co-thuong.json');
    const set = await readJson('co-thuong.json');
    expect(set.criteria.filter((c) => c.rule.kind === 'bonus').map((c) => c.code)).toEqual(['II.3']);
    expect(set.underTotal?.map((l) => l.text)).toEqual([BONUS_LINE]);
    expect(read.stdout).not.toContain('dưới dòng tổng');
    expect(saidOf((await thidua('score', 'na-pen.xlsx', '--criteria', 'co-thuong.xlsx', '--out', 'kq-thuong', '--json')).stderr)).toEqual([]);
  }, 120_000);

  it('is gone once the officer deletes its row, the scores the same', async () => {
    await edited('khong-dong.xlsx', (ws) => {
      expect(lineRow(ws)).toBeDefined();
      ws.spliceRows(lineRow(ws)!, 1);
    });
    await thidua('criteria', 'import', 'khong-dong.xlsx', '--out', 'khong-dong.json');
    expect((await readJson('khong-dong.json')).underTotal).toBeUndefined();
    const without = await thidua('score', 'na-pen.xlsx', '--criteria', 'khong-dong.xlsx', '--out', 'kq-khong', '--json');
    expect(saidOf(without.stderr)).toEqual([]);
    expect(cardsOf(without.stdout)).toEqual([[UNIT, 95, 95, 'Xuất sắc']]);
  }, 120_000);
});
