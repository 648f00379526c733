// The task pane on a workbook whose hidden sheet an earlier version wrote: each sheet's fingerprint holds hashes of
// the cells, not the figures a council decision is now compared with. The example commune's workbook
// (examples/xa-ta-ma-2025.xlsx) scored, the council's «Bác số liệu» on Hội Nông dân xã Ta Ma's 105% at G16 typed in
// «Rà soát», and the fingerprints put back as the earlier version kept them: a note in «Ghi chú» and the 105% retyped
// as 1,05 shown as a percentage leave the decision applied (the hashes of the cells scoring reads are the same); 106%
// cannot be told a figure retyped from one edited by a hash, so the decision is held and said «Không so được ô G16 …»,
// run after run — never applied to it, never lost; and so it is when the hidden sheet is gone.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { readStored, writeStored } from '../../excel-addin/actions/store.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import type { PaneContext } from '../../excel-addin/shared/pane-context.js';
import { scoreNotice } from '../../excel-addin/taskpane/panes/ScorePane.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { EDITED_TITLE } from '../../core/workbook/edited-decisions.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { STORE_SHEET } from '../../core/workbook/store-layout.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, sheetValues } from '../../scripts/harness/office-fake.js';
import { FARMERS } from '../council/held-review.js';

const WORKBOOK = join(import.meta.dirname, '..', '..', 'examples', 'xa-ta-ma-2025.xlsx');
const NOW = new Date('2025-11-27T09:00:00+07:00');
const pane = { t: translator('vi'), setResult: () => undefined } as unknown as PaneContext;
const NOT_COMPARED = 'Không so được ô G16 với số liệu Hội đồng đã quyết định ngày 03/11/2026 (trang ẩn của thidua không giữ số liệu lần chấm trước của trang này: đã bị xóa, hay do phiên bản cũ ghi): quyết định không áp, Hội đồng xem xét lại.';
const SAID = `Trang «${FARMERS}», ô G16 (${FARMERS}): quyết định «Bác số liệu», Lò Văn Thành, 03/11/2026 về cảnh báo «Số liệu ngoài phạm vi» — k${NOT_COMPARED.slice(1, -1)}; giữ nguyên văn ở bảng «${EDITED_TITLE}» cuối trang «${REVIEW_SHEET}».`;

let fake: ReturnType<typeof installFakeOffice> | undefined;
afterEach(() => fake?.uninstall());
const sheet = (name: string) => fake!.state.sheets.find((s) => s.name === name)!;
const score = (set: CriteriaSet) => runInExcel((port) => checkAndScore(port, set, { now: NOW }));
/** What Hội Nông dân's cell holds, as Excel keeps it. */
const unitTypes = (address: string, value: string | number, numberFormat = 'General') => sheet(FARMERS).cells.set(`${address.slice(1)}:${address.charCodeAt(0) - 64}`, { value, numberFormat, style: {} });
/** The fingerprints as a version before this one kept them: hashes only. */
const asEarlierVersion = () =>
  runInExcel(async (port) => {
    const stored = (await readStored(port, 'fingerprints')).value!;
    await writeStored(port, 'fingerprints', stored.map(({ figures: _figures, ...f }) => f));
  });
/** The rows under «Quyết định trên số liệu đã sửa sau đó»: unit, cell, «Nội dung». */
const held = () => {
  const rows = sheetValues(sheet(REVIEW_SHEET));
  const top = rows.findIndex((r) => r[0] === EDITED_TITLE);
  return top < 0 ? [] : rows.slice(top + 2).filter((r) => r[1]).map((r) => [r[1], r[3], r[6]]);
};

/** The example workbook scored, the council's «Bác số liệu» typed on G16, scored again: applied. */
async function decided(): Promise<CriteriaSet> {
  fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(WORKBOOK)), '1.18');
  const loaded = await runInExcel((port) => useCriteriaSheet(port));
  if (!loaded.ok) throw new Error(loaded.reason);
  await score(loaded.set);
  const review = sheet(REVIEW_SHEET);
  const row = [...review.cells].find(([key, c]) => key.endsWith(':2') && c.value === FARMERS && review.cells.get(key.replace(/:2$/, ':4'))?.value === 'G16')![0].split(':')[0];
  ['Bác số liệu', 'Lò Văn Thành', '03/11/2026'].forEach((v, i) => review.cells.set(`${row}:${9 + i}`, { value: v, numberFormat: 'General', style: {} }));
  expect((await score(loaded.set)).decisions.map((d) => [d.unitName, d.cell, d.decision])).toEqual([[FARMERS, 'G16', 'reject']]);
  return loaded.set;
}

describe('a council decision under a fingerprint an earlier version of the pane wrote', () => {
  it('stays applied after a note in «Ghi chú» and 105% retyped as 1,05 shown as a percentage: the hashed cells scoring reads are the same', async () => {
    const set = await decided();
    await asEarlierVersion();
    unitTypes('L16', 'Họp trực tuyến cả các cuộc họp chi hội');
    unitTypes('G16', 1.05, '0%');
    const again = await score(set);
    expect(again.edited).toEqual([]);
    expect(again.decisions.map((d) => [d.unitName, d.cell, d.decision])).toEqual([[FARMERS, 'G16', 'reject']]);
  }, 60_000);

  it('is held and said «Không so được ô G16» once the unit types 106%, run after run: never applied to it, never lost', async () => {
    const set = await decided();
    await asEarlierVersion();
    unitTypes('G16', '106%');
    for (let run = 0; run < 2; run++) {
      const again = await score(set);
      expect(again.decisions).toEqual([]);
      expect(again.edited.map((u) => [u.unitName, u.cell, u.edited])).toEqual([[FARMERS, 'G16', { cells: [], uncompared: 'fingerprint' }]]);
      expect((scoreNotice(pane, again).items ?? []).map((i) => i.text)).toContain(SAID);
      expect(held()).toEqual([[FARMERS, 'G16', NOT_COMPARED]]);
    }
  }, 60_000);

  it('is held and said the same when the hidden sheet is gone', async () => {
    const set = await decided();
    fake!.state.sheets = fake!.state.sheets.filter((s) => s.name !== STORE_SHEET);
    const again = await score(set);
    expect(again.decisions).toEqual([]);
    expect(held()).toEqual([[FARMERS, 'G16', NOT_COMPARED]]);
  }, 60_000);
});
