// The council decides on the example commune's tong-hop.xlsx (openpyxl), a unit edits the figure under one decision in
// its own workbook, and `thidua score` runs again: the decision on the edited figure is held as typed under «Quyết định
// trên số liệu đã sửa sau đó» and said at its cell, never applied; the decision on a figure not edited still applies;
// the hold stands run after run (a copy read again too), and a figure typed back does not bring the old decision back:
// the council decides again.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITED_TITLE } from '../../core/workbook/edited-decisions.js';
import { runChild, runInProcess, type Run } from '../cli/helpers.js';
import { scoredCommune } from './example-commune.js';
import { openpyxl } from './typed-in-parts.js';
import { decideOnExample, FARMERS, review, type Review } from './held-review.js';

let dir: string;
const summary = () => join(dir, 'kq', 'tong-hop.xlsx');
const SCORE = ['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'];
// In-process, but a run given THIDUA_KEPT_BYTES: the variable is read from the process's environment, so a child is given it.
const score = (env?: NodeJS.ProcessEnv) => (env ? runChild(SCORE, dir, env) : runInProcess(SCORE, dir));

/** Hội Nông dân's G16 («105%» as the unit typed it) typed anew in its own workbook. */
const typeFarmersG16 = (text: string) => openpyxl(join(dir, 'bao-cao', 'doan-the-xa-ta-ma.xlsx'), `wb['${FARMERS}']['G16'] = '${text}'`);

const HELD_LINE = `  - Trang «${FARMERS}», ô G16 (${FARMERS}): quyết định «Bác số liệu», Lò Văn Thành, 03/11/2026 về cảnh báo «Số liệu ngoài phạm vi» — ô G16 đã sửa sau khi Hội đồng quyết định ngày 03/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại; giữ nguyên văn ở bảng «${EDITED_TITLE}» cuối trang «Rà soát».`;
const HELD_ROW = [FARMERS, 'G16', 'Số liệu ngoài phạm vi', 'Ô G16 đã sửa sau khi Hội đồng quyết định ngày 03/11/2026: quyết định không áp cho số liệu mới, Hội đồng xem xét lại.', 'Lần 1 · số liệu đã sửa, chờ Hội đồng xem xét lại', 'Bác số liệu', 'Lò Văn Thành', '03/11/2026'];

const runs: { run: Run; summary: Review; copy: Review }[] = [];
let given: Run;
let givenHeld: unknown[][];
let givenAgain: Run;
const scoredAgain = async (env?: NodeJS.ProcessEnv) => {
  const run = await score(env);
  runs.push({ run, summary: review(summary()), copy: review(join(dir, 'kq', 'doan-the-xa-ta-ma.cham-diem.xlsx')) });
};

beforeAll(async () => {
  const scored = await scoredCommune();
  dir = scored.dir;
  expect(scored.run.code, scored.run.stderr).toBe(0);
  // The council rejects Hội Nông dân's 105% at G16 and accepts Bản Ta Ma's formula at G19, typed as dates are typed.
  decideOnExample(summary());
  // The council's copy of tong-hop.xlsx, given as --decisions to a run into a new folder once the figure is edited.
  await copyFile(summary(), join(dir, 'hoi-dong.xlsx'));
  // Hội Nông dân then types 106% over its 105%: the flag stays on G16.
  typeFarmersG16('106%');
  const intoNew = () => runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq-moi', '--decisions', 'hoi-dong.xlsx'], dir);
  given = await intoNew();
  givenHeld = review(join(dir, 'kq-moi', 'tong-hop.xlsx')).held;
  // The same command again: the new folder's own tong-hop.xlsx now holds the decision, the given file still shows it decided.
  givenAgain = await intoNew();
  await scoredAgain();
  // Scored again as it is, then with every copy read again (none kept open between the steps).
  await scoredAgain();
  await scoredAgain({ THIDUA_KEPT_BYTES: '0' });
  // The unit types its first figure back.
  typeFarmersG16('105%');
  await scoredAgain();
}, 300_000);

const flagRow = (r: Review, cell: string, flag: string) => r.flags.find((f) => f[1] === cell && f[2] === flag);

describe('a council decision on a figure the unit edited since, on the command line', () => {
  it('is held as typed, said at its cell and not applied: the flag undecided in tong-hop.xlsx and in the unit’s copy', () => {
    const [edited] = runs;
    expect(edited!.run.code, edited!.run.stderr).toBe(0);
    expect(edited!.run.stderr).toContain('1 quyết định của Hội đồng trên số liệu đơn vị đã sửa sau đó: không áp, giữ nguyên văn trong «Rà soát»:');
    expect(edited!.run.stderr).toContain(HELD_LINE);
    for (const r of [edited!.summary, edited!.copy]) {
      expect(flagRow(r, 'G16', 'Số liệu ngoài phạm vi')!.slice(4)).toEqual(['Lần 1', '', '', '']);
      expect(r.held).toEqual([HELD_ROW]);
    }
  });

  it('leaves a decision on a figure not edited applied', () => {
    const [edited] = runs;
    expect(edited!.run.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    expect(flagRow(edited!.summary, 'G19', 'Số liệu là công thức')!.slice(5)).toEqual(['Chấp nhận', 'Lò Văn Thành', '03/11/2026']);
  });

  it('stays held run after run, a copy read again too, and a figure typed back does not bring it back: the council decides again', () => {
    for (const { run, summary: s, copy } of runs.slice(1)) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(HELD_LINE);
      expect(run.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
      for (const r of [s, copy]) {
        expect(flagRow(r, 'G16', 'Số liệu ngoài phạm vi')!.slice(5)).toEqual(['', '', '']);
        expect(r.held).toEqual([HELD_ROW]);
      }
    }
  });

  it('is held too when the council’s tong-hop.xlsx is given with --decisions to a run into a new folder: its record’s copies tell the edit', () => {
    expect(given.code, given.stderr).toBe(0);
    expect(given.stderr).toContain(HELD_LINE);
    expect(given.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    expect(givenHeld).toEqual([HELD_ROW]);
  });

  it('stays held when the same command gives that tong-hop.xlsx again: its decision is held against the copies it was made on, not the new folder’s', () => {
    expect(givenAgain.code, givenAgain.stderr).toBe(0);
    expect(givenAgain.stderr).toContain(HELD_LINE);
    expect(givenAgain.stderr).toContain('Đã áp dụng 1 quyết định của Hội đồng.');
    expect(review(join(dir, 'kq-moi', 'tong-hop.xlsx')).held).toEqual([HELD_ROW]);
  });
});
