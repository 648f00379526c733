// The fallback vote in the task pane: the example commune's one workbook (examples/xa-ta-ma-2025.xlsx) scored by the
// pane on the Office.js fake; the council types its vote on the pane's «Biểu quyết» as Excel keeps it — the Fatherland
// Front 9/8/4 for the province's Bằng khen, every other nominee 9/8/7 —; scored again, the pane writes the Front a row
// for the commune's Giấy khen under the failed one, with the line saying why, as the command line does
// (test/papers/fallback-vote.test.ts); the council's «Không đề nghị» typed on it stays, scoring after scoring.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { VOTE_HEADER_ROW, VOTE_SHEET } from '../../core/workbook/plan-votes.js';
import { FALLBACK_LINE_HEAD } from '../../core/council/fallback-vote.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, sheetValues, type FakeOffice } from '../../scripts/harness/office-fake.js';

const WORKBOOK = join(import.meta.dirname, '..', '..', 'examples', 'xa-ta-ma-2025.xlsx');
const NOW = new Date('2025-11-27T09:00:00');
const FRONT = 'Ủy ban MTTQ Việt Nam xã Ta Ma';
const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';

let fake: FakeOffice & { uninstall: () => void };
let set: CriteriaSet;
const votes = () => fake.state.sheets.find((s) => s.name === VOTE_SHEET)!;
/** A cell typed as Excel keeps it (row and column from 1). */
const type = (r: number, c: number, value: string | number) => votes().cells.set(`${r}:${c}`, { value, numberFormat: 'General', style: {} });
/** The table's rows: [sheet row, unit, form, members, note]. */
const rows = () =>
  sheetValues(votes())
    .map((r, i) => [i + 1, r[1], r[3], r[4], r[8]] as const)
    .filter(([n, unit, form]) => n > VOTE_HEADER_ROW && unit && form);
let afterVote: ReturnType<typeof rows>;
let lines: string[];
let afterDecline: ReturnType<typeof rows>;

beforeAll(async () => {
  fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(WORKBOOK)), '1.18');
  const loaded = await runInExcel((port) => useCriteriaSheet(port));
  if (!loaded.ok) throw new Error(loaded.reason);
  set = loaded.set;
  await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  for (const [r, unit] of rows()) [9, 8, String(unit).startsWith('Ủy ban MTTQ') ? 4 : 7].forEach((v, i) => type(r, 5 + i, v));
  await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  afterVote = rows();
  lines = sheetValues(votes()).map((r) => String(r[0] ?? ''));
  const fallback = afterVote.find(([, unit, form]) => unit === FRONT && form === GIAY_KHEN);
  if (fallback) type(fallback[0], 9, 'Không đề nghị');
  for (let run = 0; run < 2; run++) await runInExcel((port) => checkAndScore(port, set, { now: NOW }));
  afterDecline = rows();
}, 240_000);
afterAll(() => fake?.uninstall());

describe('the pane writes the fallback vote’s row', () => {
  it('under the Front’s failed Bằng khen, for the Giấy khen it reaches, with the line saying why', () => {
    const failed = afterVote.findIndex(([, unit, form]) => unit === FRONT && String(form).startsWith('Bằng khen'));
    expect(failed).toBeGreaterThanOrEqual(0);
    expect(afterVote[failed + 1]?.slice(1)).toEqual([FRONT, GIAY_KHEN, null, null]);
    expect(lines.filter((l) => l.startsWith(FALLBACK_LINE_HEAD))).toHaveLength(1);
  });

  it('keeps the council’s «Không đề nghị» on it, scoring after scoring', () => {
    expect(afterDecline.find(([, unit, form]) => unit === FRONT && form === GIAY_KHEN)?.slice(3)).toEqual([null, 'Không đề nghị']);
  });
});
