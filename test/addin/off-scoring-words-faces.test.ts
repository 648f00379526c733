// The doubt off-scoring-words says, on the two faces beside the command line (test/checks/off-scoring-words.test.ts):
// the district DTI table's part 5 (the real cds-cap-huyen-bo-chi-tieu.xlsx) imported by the command line into a
// criteria workbook, a district's template filled with openpyxl — 10 on 5.20 (levels 50 / 40 / 30 / 0), 7 on 5.26 (4
// points an application, at most 20), 20 on 5.21 (a level) — and scored by the task pane on the Office.js fake and by
// the standalone page's commune run: each writes both flags at their cells into a «Rà soát», as the command line does.
import { execFileSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { Flag } from '../../core/flags/flag.js';
import { REVIEW_HEADERS, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, sheetValues, type FakeOffice } from '../../scripts/harness/office-fake.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { typeSelfScores } from '../helpers/self-scores-typed.js';

const UNIT = 'UBND huyện Đức Trọng';
const OWN = { '5.20': 10, '5.26': 7, '5.21': 20 };
const TITLE = 'Điểm không phải mức bảng ghi';
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };

let report: Uint8Array<ArrayBuffer>;
let set: CriteriaSet;
let cli: Flag[];
let fake: FakeOffice & { uninstall: () => void };

beforeAll(async () => {
  const dir = await tempDir();
  const thidua = (...args: string[]) => runOk(args, dir);
  await copyFile(join(CORPUS, 'cds-cap-huyen-bo-chi-tieu.xlsx'), join(dir, 'bo-chi-tieu.xlsx'));
  await thidua('criteria', 'import', 'bo-chi-tieu.xlsx', '--sheet', 'Hoạt động chính quyền số', '--out', 'bo.xlsx');
  await thidua('template', '--criteria', 'bo.xlsx', '--unit', UNIT, '--kind', 'Cơ quan', '--out', 'mau.xlsx');
  typeSelfScores(join(dir, 'mau.xlsx'), join(dir, 'duc-trong.xlsx'), OWN);
  report = new Uint8Array(await readFile(join(dir, 'duc-trong.xlsx')));
  const criteria = await readCriteriaFile(new Blob([await readFile(join(dir, 'bo.xlsx'))]), 'bo.xlsx');
  if (!criteria.ok) throw new Error(criteria.message);
  set = criteria.set;
  cli = (JSON.parse((await thidua('score', 'duc-trong.xlsx', '--criteria', 'bo.xlsx', '--out', 'kq', '--json')).stdout) as { cards: { flags: Flag[] }[] }).cards[0]!.flags;
  fake = installFakeOffice(await fakeWorkbookFromXlsx(report), '1.18');
}, 300_000);
afterAll(() => fake?.uninstall());

/** «Rà soát»'s rows of this check: the unit, the cell and what it says. */
const reviewed = (rows: unknown[][]) =>
  rows.filter((r) => r[REVIEW_HEADERS.indexOf('Cảnh báo')] === TITLE).map((r) => [r[REVIEW_HEADERS.indexOf('Đơn vị')], r[REVIEW_HEADERS.indexOf('Ô')], r[REVIEW_HEADERS.indexOf('Nội dung')]]);
/** This check's flags as «Rà soát» gives them, once each of 5.20 and 5.26 is among them. */
const said = (flags: readonly Flag[]) => {
  const own = flags.filter((f) => f.code === 'off-scoring-words');
  expect(own.map((f) => f.criterion)).toEqual(['5.20', '5.26']);
  return own.map((f) => [UNIT, f.cell, f.message]);
};

describe('off-scoring-words on the pane and the page', () => {
  it('is said by the command line for 5.20 and 5.26, not 5.21', () => {
    expect(cli.filter((f) => f.code === 'off-scoring-words').map((f) => f.criterion)).toEqual(['5.20', '5.26']);
  });

  it('is written by the task pane into the workbook’s «Rà soát», the same flags at the same cells', async () => {
    const scored = await runInExcel((port) => checkAndScore(port, set, { now: new Date('2026-11-28T09:00:00+07:00') }));
    expect(said(scored.cards[0]!.flags)).toEqual(said(cli));
    expect(reviewed(sheetValues(fake.state.sheets.find((s) => s.name === REVIEW_SHEET)!))).toEqual(said(cli));
  });

  it('is written by the standalone page’s run into the scored copy it gives, «Rà soát» in it (one workbook chosen)', async () => {
    const page = await runCommune([{ name: 'duc-trong.xlsx', file: new Blob([report]) }], { set, date: '2026-11-28', thread: inProcess });
    expect(said(page.run.cards[0]!.flags)).toEqual(said(cli));
    // Read back by openpyxl, as an officer's other tools would (ExcelJS refuses a scored copy's notes).
    const copy = join(await tempDir(), page.download!.name);
    await writeFile(copy, page.download!.bytes);
    const rows = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', 'import sys, json\nfrom openpyxl import load_workbook\nws = load_workbook(sys.argv[1])[sys.argv[2]]\nprint(json.dumps([list(r) for r in ws.iter_rows(values_only=True)], default=str))', copy, REVIEW_SHEET], { encoding: 'utf8' }),
    ) as unknown[][];
    expect(reviewed(rows)).toEqual(said(cli));
  });
});

// Made for an engineer's walk of the district DTI table's part 5: the doubt about a self-score no level or count of the
// table gives is said where the officer acts on every face, not only on the command line.
