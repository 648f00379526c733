// tong-hop.xlsx never holds a table longer than thidua reads again (issue 56 item 3): a table past PART_ROWS rows goes
// on in sheets of its own, «Tổng hợp (phần 2)»…, each with its title, header and print titles and a line saying which
// rows it holds. Forced here with a lowered limit (the example commune's 15 units, 8 times under new names: 120 units,
// parts of 50 rows), written by the package writer and read back: the record seals every part, a later reading finds
// nothing edited, a figure edited by hand in a later part is named with its sheet, and openpyxl opens the workbook.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { Run } from '../../core/run/decide-run.js';
import { planSummaryWorkbook, wholeSummary } from '../../core/run/plan-copy.js';
import { readPreviousSummary } from '../../core/run/previous-summary.js';
import { AWARD_LIST_SHEET } from '../../core/workbook/plan-award-list.js';
import { SUMMARY_SHEET } from '../../core/workbook/plan-summary.js';
import { partName } from '../../core/workbook/table-sheet.js';
import { tempDir } from '../cli/helpers.js';
import { eightCommunes } from './eight-communes.js';

const DATE = '2025-11-27';
const PART_ROWS = 50;

let set: CriteriaSet;
let run: Run;
let plan: ReturnType<typeof wholeSummary>;
let bytes: Uint8Array;

/** tong-hop.xlsx as the command line writes it: each sheet, then the store. */
async function written(summary: ReturnType<typeof wholeSummary>): Promise<Uint8Array> {
  const book = OoxmlWorkbook.create();
  await book.apply(summary.edit);
  for (const [key, value] of Object.entries(summary.store)) await book.writeStore(key, value);
  return book.toBuffer();
}

beforeAll(async () => {
  const eight = await eightCommunes(DATE);
  set = eight.set;
  run = eight.run;
  const inputs = eight.inputs;
  plan = wholeSummary(planSummaryWorkbook(set, run, [], { date: DATE, closed: [], files: inputs.map((_, i) => `xa-${i + 1}.cham-diem.xlsx`), partRows: PART_ROWS }));
  bytes = await written(plan);
}, 120_000);

describe('a table past its part rows in tong-hop.xlsx', () => {
  it('goes on in sheets of its own, each with its title, its header repeated by print titles, and a line naming its rows', () => {
    const names = plan.edit.sheets.map((s) => s.sheet);
    // 120 units in 2 kinds' parts: the ranking's rows (a row opening each kind) and the award list's, in parts of 50.
    expect(names.filter((n) => n.startsWith(SUMMARY_SHEET))).toEqual([SUMMARY_SHEET, partName(SUMMARY_SHEET, 2), partName(SUMMARY_SHEET, 3)]);
    expect(names.filter((n) => n.startsWith(AWARD_LIST_SHEET)).length).toBeGreaterThan(1);
    for (const sheet of plan.edit.sheets.filter((s) => s.sheet.startsWith(SUMMARY_SHEET))) {
      expect(sheet.print?.titleRows).toMatch(/^\$\d+:\$\d+$/);
      const header = Number(/^\$(\d+)/.exec(sheet.print!.titleRows!)![1]);
      const table = sheet.blocks.find((b) => b.address === `A${header}`)!;
      expect(table.values[0]![0]).toBe('Hạng');
      expect(table.values.length - 1).toBeLessThanOrEqual(PART_ROWS);
    }
    const second = plan.edit.sheets.find((s) => s.sheet === partName(SUMMARY_SHEET, 2))!;
    expect(second.blocks.flatMap((b) => b.values.flat())).toContain(`Phần 2/3 của bảng: dòng 51–100; tiếp ở trang «${partName(SUMMARY_SHEET, 3)}».`);
    // Every unit is ranked in one of the parts, once.
    const ranked = plan.edit.sheets.filter((s) => s.sheet.startsWith(SUMMARY_SHEET)).flatMap((s) => s.blocks.flatMap((b) => b.values.filter((r) => typeof r[0] === 'number').map((r) => r[1])));
    expect(ranked.sort()).toEqual(run.cards.map((c) => c.unitName).sort());
  });

  it('is sealed part by part in the record, and read back as written: nothing edited', async () => {
    expect(plan.record.shown.map((s) => s.name)).toEqual(expect.arrayContaining([SUMMARY_SHEET, partName(SUMMARY_SHEET, 2), partName(SUMMARY_SHEET, 3)]));
    const read = await readPreviousSummary(OoxmlWorkbook.open(bytes));
    expect(read.damage).toEqual([]);
    expect(read.edited).toEqual([]);
    expect(read.record?.seal).toBe(plan.record.seal);
  });

  it('names a figure edited by hand in a later part, with its sheet', async () => {
    const part = partName(SUMMARY_SHEET, 3);
    const sheet = plan.edit.sheets.find((s) => s.sheet === part)!;
    const table = sheet.blocks.find((b) => b.address === `A${/^\$(\d+)/.exec(sheet.print!.titleRows!)![1]}`)!;
    const at = table.values.findIndex((r) => typeof r[0] === 'number');
    const edited = { ...plan, edit: { sheets: plan.edit.sheets.map((s) => (s === sheet ? { ...s, blocks: s.blocks.map((b) => (b === table ? { ...b, values: b.values.map((r, i) => (i === at ? r.map((v, c) => (c === 3 ? 100 : v)) : r)) } : b)) } : s)) } };
    const read = await readPreviousSummary(OoxmlWorkbook.open(await written(edited)));
    expect(read.edited.join('\n')).toContain(`«${part}»`);
    expect(read.edited.join('\n')).toMatch(/ô D\d+: [\d,]+ → 100/);
  });

  it('opens in openpyxl, every part a sheet of its own', async () => {
    const file = join(await tempDir(), 'tong-hop.xlsx');
    await writeFile(file, bytes);
    const names = JSON.parse(execFileSync('/usr/bin/python3', ['-c', 'import sys, json, openpyxl; print(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames))', file], { encoding: 'utf8' })) as string[];
    expect(names).toEqual(expect.arrayContaining([SUMMARY_SHEET, partName(SUMMARY_SHEET, 2), partName(SUMMARY_SHEET, 3)]));
  });
});

// Made for issue 56 item 3: tong-hop.xlsx of a province never holds a sheet past what thidua and Excel read.
