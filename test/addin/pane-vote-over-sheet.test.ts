// The pane's vote form against what the council typed in «Biểu quyết» since the form was filled: the example commune's
// workbook (examples/xa-ta-ma-2025.xlsx) on the Office.js fake, voted 9/8/7 on the sheet for every nominee and scored
// (the form then shows 9/8/7); the council types 9/8/4 for Bản Hua Ca in Excel; the officer records 9/8/6 for it from
// the form. Neither is chosen by thidua: the pane stops, writes nothing, and says both entries in the sentence the
// standalone page gives (core/run/face-and-file.ts), sheet and cells named; the officer keeps one. Where the sheet still
// holds what the form showed, the entry is recorded as before.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { checkAndScore, type ScoreActionOptions } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { VOTE_HEADER_ROW, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { nomineesOf } from '../../core/run/plan-copy.js';
import type { FaceDiffers } from '../../core/run/face-and-file.js';
import { typedVote } from '../../excel-addin/shared/VoteList.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, sheetValues } from '../../scripts/harness/office-fake.js';

const WORKBOOK = join(import.meta.dirname, '..', '..', 'examples', 'xa-ta-ma-2025.xlsx');
const NOW = new Date('2025-11-27T09:00:00');
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
  const record = (more: Partial<ScoreActionOptions> = {}) => runInExcel((port) => checkAndScore(port, set, { now: NOW, vote: typedVote(nominee, { members: '9', present: '8', inFavour: '6' }), shown: scored.votes!, ...more }));
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
    expect(kept.said[0]).toBe(`${sheet.label}: cán bộ chọn giữ bản trong trang «Biểu quyết», ô E${sheet.row}:G${sheet.row} (9/8/4), không áp bản ghi trên ngăn tác vụ (9/8/6).`);
    await sheet.record({ kept: [{ key, file, keep: 'face' }] });
    expect(sheet.counts()).toEqual([9, 8, 6]);
  }, 120_000);

  it('records the form’s entry as before where the sheet still holds what the form showed', async () => {
    const { record, counts } = await voted(undefined);
    const recorded = await record();
    expect(counts()).toEqual([9, 8, 6]);
    expect(recorded.said.join('\n')).not.toContain('cán bộ chọn');
  }, 120_000);
});
