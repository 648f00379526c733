// «Rà soát» in one order on every face, the example commune's: the command line scores the twelve files of
// examples/bao-cao (tong-hop.xlsx's «Rà soát» read by openpyxl), the pane the one workbook examples/xa-ta-ma-2025.xlsx
// on the Office.js fake (its «Rà soát», and the review pane's list as drawn). Before, the command line listed the flags
// by file (Bản Phiêng Pi, Bản Sáng Tớ, … Trường PTDTBT Tiểu học Ta Ma), the pane by sheet (Trường PTDTBT Tiểu học Ta Ma,
// Trường Mầm non Ta Ma, …): the council reading the printed list beside the pane found them apart. Now both list the
// units as the posted list and the papers do (proposed.ts listOrder).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseHTML } from 'linkedom';
import { useCriteriaSheet } from '../../excel-addin/actions/criteria.js';
import { checkAndScore, type ScoreActionResult } from '../../excel-addin/actions/score.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { Pane, type PaneContext } from '../../excel-addin/shared/pane-context.js';
import { ReviewPane } from '../../excel-addin/taskpane/panes/ReviewPane.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, sheetValues, type FakeOffice } from '../../scripts/harness/office-fake.js';
import { scoredCommune } from '../council/example-commune.js';

const WORKBOOK = join(import.meta.dirname, '..', '..', 'examples', 'xa-ta-ma-2025.xlsx');
/** Each unit once, in the order first met. */
const once = (names: readonly string[]) => [...new Set(names)];

let fake: FakeOffice & { uninstall: () => void };
let cli: string[];
let pane: string[];
let drawn: string[];
let units: string[];

beforeAll(async () => {
  const { dir } = await scoredCommune();
  const program = `import openpyxl, sys, json\nws = openpyxl.load_workbook(sys.argv[1])['${REVIEW_SHEET}']\nprint(json.dumps([ws.cell(r, 2).value for r in range(2, ws.max_row + 1) if ws.cell(r, 5).value and ws.cell(r, 1).value != 'STT' and isinstance(ws.cell(r, 1).value, int)]))`;
  cli = once(JSON.parse(execFileSync('/usr/bin/python3', ['-c', program, join(dir, 'kq', 'tong-hop.xlsx')], { encoding: 'utf8' })) as string[]);
  fake = installFakeOffice(await fakeWorkbookFromXlsx(await readFile(WORKBOOK)), '1.18');
  const loaded = await runInExcel((port) => useCriteriaSheet(port));
  if (!loaded.ok) throw new Error(loaded.reason);
  const set: CriteriaSet = loaded.set;
  const result: ScoreActionResult = await runInExcel((port) => checkAndScore(port, set, { now: new Date('2025-11-27T09:00:00+07:00') }));
  const review = sheetValues(fake.state.sheets.find((s) => s.name === REVIEW_SHEET)!);
  pane = once(review.filter((r) => typeof r[0] === 'number' && r[4]).map((r) => String(r[1])));
  const ctx = { t: translator('vi'), lang: 'vi', mode: 'excel', busy: false, hasWorkbook: true, set, result } as unknown as PaneContext;
  const doc = parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(createElement(Pane.Provider, { value: ctx }, createElement(ReviewPane)))}</body></html>`).document;
  units = result.cards.map((c) => c.unitName);
  // Each item names its unit first («Bản Ta Ma · ô G19»).
  drawn = once([...doc.querySelectorAll('li')].map((li) => units.find((u) => (li.textContent ?? '').includes(u))!).filter(Boolean));
}, 240_000);
afterAll(() => fake?.uninstall());

describe('«Rà soát» on the command line and in the pane', () => {
  it('lists the same units in the same order: the sheet each writes, and the pane’s review list', () => {
    expect(cli.length).toBeGreaterThan(5);
    expect(pane).toEqual(cli);
    expect(drawn).toEqual(cli);
  });
});

// Made for: the example commune's «Rà soát» by file on the command line and by sheet in the pane.
