// The pane's vote form against what the council typed in «Biểu quyết» since the form was filled: the example commune's
// workbook (examples/xa-ta-ma-2025.xlsx) on the Office.js fake, voted 9/8/7 on the sheet for every nominee and scored
// (the form then shows 9/8/7); the council types 9/8/4 for Bản Hua Ca in Excel; the officer records 9/8/6 for it from
// the form. Neither is chosen by thidua: the pane stops, writes nothing, and says both entries in the sentence the
// standalone page gives (core/run/face-and-file.ts), sheet and cells named; the officer keeps one. Where the sheet still
// holds what the form showed, the entry is recorded as before. Likewise a decision taken in the «Rà soát» tab over one
// the council typed in «Rà soát» since the tab showed it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { checkAndScore, type ScoreActionOptions } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { recordDecision } from '../../excel-addin/actions/review.js';
import { flagTitle } from '../../core/checks/titles.js';
import { VOTE_HEADER_ROW, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import type { FaceDiffers } from '../../core/run/face-and-file.js';
import { typedVote } from '../../excel-addin/shared/VoteList.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, sheetValues } from '../../scripts/harness/office-fake.js';

const WORKBOOK = join(import.meta.dirname, '..', '..', 'examples', 'xa-ta-ma-2025.xlsx');
const NOW = new Date('2025-11-27T09:00:00+07:00');
const HUA_CA = 'Bản Hua Ca';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

/**
 * The workbook voted 9/8/7 on «Biểu quyết» and scored (what the form shows), then `typed` in Bản Hua Ca's counts in
 * Excel; `record` is what the pane sends when 9/8/6 is recorded for it in the form.
 */
async function voted(typed: number[] | undefined) {
  const fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(WORKBOOK)), '1.18');
  uninstall = fake.uninstall;
  const loaded = await runInExcel((port) => useCriteriaSheet(port));
  if (!loaded.ok) throw new Error(loaded.reason);
  const set = loaded.set;
  await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  const sheet = () => fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
  const type = (r: number, counts: number[]) => counts.forEach((value, i) => sheet().cells.set(`${r}:${5 + i}`, { value, numberFormat: 'General', style: {} }));
  const table = () => sheetValues(sheet()).map((r, i) => [i + 1, r[1], r[3], r[4], r[5], r[6], r[8]] as const).filter(([n, unit, form]) => n > VOTE_HEADER_ROW && unit && form);
  for (const [r] of table()) type(r, [9, 8, 7]);
  const scored = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  const row = table().find(([, unit]) => unit === HUA_CA)!;
  if (typed) type(row[0], typed);
  const nominee = nomineesOf(scored.proposals).find((n) => n.unitName === HUA_CA)!;
  // What the pane sends: the entry typed in the form, and the vote the form was filled from (the last scoring's).
  const record = (more: Partial<ScoreActionOptions> = {}) => runInExcel((port) => checkAndScore(port, set, { now: NOW, vote: typedVote(nominee, { members: '9', present: '8', inFavour: '6' }), shown: scored, ...more }));
  const counts = () => table().find(([, unit]) => unit === HUA_CA)!.slice(3, 6);
  return { record, counts, row: row[0], label: `${HUA_CA} (${nominee.form})` };
}

describe('the pane’s vote form over «Biểu quyết» typed since it was filled', () => {
  it('stops on 9/8/4 typed in the sheet against 9/8/6 recorded in the form, says both with the sheet and cells, and writes nothing', async () => {
    const { record, counts, row, label } = await voted([9, 8, 4]);
    await expect(record()).rejects.toThrow(
      `${label}: 2 kết quả biểu quyết khác nhau (ghi trên ngăn tác vụ: 9/8/6; trang «Biểu quyết», ô E${row}:G${row}: 9/8/4); thidua không chọn, chưa áp kết quả biểu quyết nào. Hãy chọn giữ bản nào (bản trong trang tính hoặc bản ghi trên ngăn tác vụ).`,
    );
    expect(counts()).toEqual([9, 8, 4]);
  }, 120_000);

  it('keeps the one the officer chose, and says it with the run', async () => {
    const sheet = await voted([9, 8, 4]);
    const conflict = await sheet.record().then(
      () => expect.fail('recorded over the sheet'),
      (e: unknown) => e as FaceDiffers,
    );
    const [{ key, file }] = conflict.conflicts as [FaceDiffers['conflicts'][number]];
    const kept = await sheet.record({ kept: [{ key, file, keep: 'file' }] });
    expect(sheet.counts()).toEqual([9, 8, 4]);
    expect(kept.said.map((l) => l.text)[0]).toBe(`${sheet.label}: cán bộ chọn giữ bản trong trang «Biểu quyết», ô E${sheet.row}:G${sheet.row} (9/8/4), không áp bản ghi trên ngăn tác vụ (9/8/6).`);
    // The line opens the row its words name (before: no place, words alone).
    expect(kept.said[0]).toEqual({ text: kept.said[0]!.text, sheet: VOTE_SHEET, cell: `E${sheet.row}:G${sheet.row}` });
    await sheet.record({ kept: [{ key, file, keep: 'face' }] });
    expect(sheet.counts()).toEqual([9, 8, 6]);
  }, 120_000);

  it('records the form’s entry as before where the sheet still holds what the form showed', async () => {
    const { record, counts } = await voted(undefined);
    const recorded = await record();
    expect(counts()).toEqual([9, 8, 6]);
    expect(recorded.said.map((l) => l.text).join('\n')).not.toContain('cán bộ chọn');
  }, 120_000);
});

describe('the pane’s «Rà soát» tab over a decision typed in «Rà soát» since it was shown', () => {
  /** The example commune scored, a flag's «Chấp nhận» recorded from the tab, then «Bác số liệu» typed over it in Excel. */
  async function decided() {
    const fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(WORKBOOK)), '1.18');
    uninstall = fake.uninstall;
    const loaded = await runInExcel((port) => useCriteriaSheet(port));
    if (!loaded.ok) throw new Error(loaded.reason);
    const set = loaded.set;
    const first = await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
    const card = first.cards.find((c) => c.flags.some((f) => f.cell))!;
    const flag = card.flags.find((f) => f.cell)!;
    const accepted = { sheet: flag.sheet, unitName: card.unitName, flagCode: flag.code, cell: flag.cell!, decision: 'accept' as const, reviewer: 'Lò Văn Minh', date: '2025-11-20', comment: '' };
    const shown = await runInExcel((port) => recordDecision(port, set, accepted, NOW, { shown: first }));
    const review = () => fake.state.sheets.find((s) => s.name === 'Rà soát')!;
    const values = sheetValues(review());
    const r = values.findIndex((row) => row.includes(flagTitle(flag.code)) && row.includes(flag.cell!) && row.includes('Chấp nhận'));
    const c = values[r]!.indexOf('Chấp nhận');
    review().cells.set(`${r + 1}:${c + 1}`, { value: 'Bác số liệu', numberFormat: 'General', style: {} });
    const typed = () => sheetValues(review())[r]![c];
    const label = `${card.unitName} — cảnh báo «${flagTitle(flag.code)}» ô ${flag.cell}`;
    // What the tab sends: a new decision on the flag, taken over the «Chấp nhận» it showed.
    const record = (more: Partial<ScoreActionOptions> = {}) => runInExcel((port) => recordDecision(port, set, { ...accepted, decision: 'explain', comment: 'Nêu rõ mẫu số' }, NOW, { shown, ...more }));
    return { record, typed, label, cell: `${String.fromCharCode(65 + c)}${r + 1}` };
  }

  it('stops on «Bác số liệu» typed in the sheet against «Giải trình» taken in the tab, says both with the sheet and cell, and writes nothing', async () => {
    const { record, typed, label, cell } = await decided();
    await expect(record()).rejects.toThrow(
      `${label}: 2 quyết định khác nhau (ghi trên ngăn tác vụ: «Giải trình»; trang «Rà soát», ô ${cell}: «Bác số liệu»); thidua không chọn, chưa áp quyết định nào. Hãy chọn giữ bản nào (bản trong trang tính hoặc bản ghi trên ngăn tác vụ).`,
    );
    expect(typed()).toBe('Bác số liệu');
  }, 120_000);

  it('keeps the one the officer chose', async () => {
    const sheet = await decided();
    const stopped = await sheet.record().then(
      () => expect.fail('recorded over the sheet'),
      (e: unknown) => e as FaceDiffers,
    );
    const [{ key, file }] = stopped.conflicts as [FaceDiffers['conflicts'][number]];
    const kept = await sheet.record({ kept: [{ key, file, keep: 'file' }] });
    expect(sheet.typed()).toBe('Bác số liệu');
    expect(kept.said.map((l) => l.text)[0]).toBe(`${sheet.label}: cán bộ chọn giữ bản trong trang «Rà soát», ô ${sheet.cell} («Bác số liệu»), không áp bản ghi trên ngăn tác vụ («Giải trình»).`);
    // The line opens the cell of «Rà soát» its words say was kept (before: no place, words alone).
    expect(kept.said[0]).toEqual({ text: kept.said[0]!.text, sheet: 'Rà soát', cell: sheet.cell });
    await sheet.record({ kept: [{ key, file, keep: 'face' }] });
    expect(sheet.typed()).toBe('Giải trình');
  }, 120_000);
});
