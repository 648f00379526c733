// A tong-hop.xlsx whose «Rà soát» and «Biểu quyết» go on in parts «(phần n)» (as the command line writes them past
// PART_ROWS rows, forced here at 50 rows over the example commune's 15 units 8 times), with a decision and a tally
// typed by openpyxl in part 2 of each, opened in the Office.js fake: the task pane writes each council sheet as one
// sheet, so it stops before scoring, naming every part and pointing to `thidua score`, in the two round trips of a
// read, and nothing is written — the council's decision and tally stay where they were typed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { partName } from '../../core/workbook/table-sheet.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { closeWorkbook } from '../../excel-addin/actions/closing.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, sheetValues } from '../../scripts/harness/office-fake.js';
import { tempDir } from '../cli/helpers.js';
import { typeInPart2 } from '../council/typed-in-parts.js';
import { eightCommunes, writeSummary } from '../run/eight-communes.js';

const DATE = '2025-11-27';
const NOW = new Date(`${DATE}T09:30:00+07:00`);

let set: CriteriaSet;
let file: string;
let typed: { flag: [string, string]; unit: string };
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

beforeAll(async () => {
  const eight = await eightCommunes(DATE);
  set = eight.set;
  file = join(await tempDir(), 'tong-hop.xlsx');
  await writeSummary(file, set, eight.run, { date: DATE, partRows: 50 });
  typed = typeInPart2(file);
}, 120_000);

describe('the council’s sheets in parts, in the task pane', () => {
  it('stop the pane before scoring, every part named and `thidua score` asked for; nothing written, the typed decision and tally kept', async () => {
    const state = await fakeWorkbookFromXlsx(await readFile(file));
    const names = state.sheets.map((s) => s.name);
    const parts = (sheet: string) => names.filter((n) => n === sheet || n.startsWith(`${sheet} (phần `));
    expect(parts(REVIEW_SHEET).length).toBeGreaterThan(1);
    expect(parts(VOTE_SHEET).length).toBeGreaterThan(1);
    const before = structuredClone(state.sheets.map((s) => [s.name, sheetValues(s)]));

    const fake = installFakeOffice(state, '1.18');
    uninstall = fake.uninstall;
    const said = await runInExcel((port) => checkAndScore(port, set, { now: NOW })).then(
      () => '',
      (e: Error) => e.message,
    );
    for (const sheet of [REVIEW_SHEET, VOTE_SHEET]) {
      const line = `Trang ${parts(sheet).map((n) => `«${n}»`).join(', ')} là các phần của một trang của Hội đồng: ở đây thidua chỉ ghi lại trang ấy thành một trang, nên không chạy. Hãy chấm tong-hop.xlsx này bằng dòng lệnh (thidua score).`;
      expect(said.split('\n')).toContain(line);
    }
    expect(said).toMatch(/^Điều Hội đồng đã ghi trong sổ tính có chỗ mâu thuẫn, thidua không tự chọn; chưa chấm, không ghi gì:/);
    // listSheets and the one read; no apply, no store written.
    expect(fake.syncs).toBe(2);
    const after = fake.state.sheets.map((s) => [s.name, sheetValues(s)] as const);
    expect(after).toEqual(before);
    const row = (sheet: string, first: (r: (string | number | boolean | null)[]) => boolean) => after.find(([n]) => n === sheet)![1].find(first);
    expect(row(partName(REVIEW_SHEET, 2), (r) => r[1] === typed.flag[0] && r[4] === typed.flag[1] && r[7] === 'Lần 1')!.slice(8, 11)).toEqual(['Chấp nhận', 'Nguyễn Văn A', '20/11/2025']);
    expect(row(partName(VOTE_SHEET, 2), (r) => r[1] === typed.unit)!.slice(4, 7)).toEqual([9, 8, 7]);
  }, 120_000);
});

describe('a vote recorded in the pane’s form, and closing, on the council’s sheets in parts', () => {
  it('stop alike before anything is read as one sheet or written: the parts named, `thidua score` asked for, the tally typed in part 2 kept', async () => {
    const state = await fakeWorkbookFromXlsx(await readFile(file));
    const before = structuredClone(state.sheets.map((s) => [s.name, sheetValues(s)]));
    const fake = installFakeOffice(state, '1.18');
    uninstall = fake.uninstall;
    const parts = state.sheets.map((s) => s.name).filter((n) => n === VOTE_SHEET || n.startsWith(`${VOTE_SHEET} (phần `));
    const line = `Trang ${parts.map((n) => `«${n}»`).join(', ')} là các phần của một trang của Hội đồng: ở đây thidua chỉ ghi lại trang ấy thành một trang, nên không chạy. Hãy chấm tong-hop.xlsx này bằng dòng lệnh (thidua score).`;
    const failed = (p: Promise<unknown>) => p.then(() => '', (e: Error) => e.message);
    const vote = { sheet: typed.unit, unitName: typed.unit, form: 'Giấy khen', tally: { members: 9, present: 8, inFavour: 6 }, note: '' };
    expect((await failed(runInExcel((port) => checkAndScore(port, set, { now: NOW, vote })))).split('\n')).toContain(line);
    expect((await failed(runInExcel((port) => closeWorkbook(port, set, { now: NOW, closedBy: 'Lò Văn Thành', acceptOpen: true })))).split('\n')).toContain(line);
    expect(fake.state.sheets.map((s) => [s.name, sheetValues(s)])).toEqual(before);
  }, 120_000);
});

// Made for issue 56: the task pane's stop on a council sheet in parts, tested on a real tong-hop.xlsx.
