// A count typed as a percent on «Biểu quyết»: the example commune reviewed, every nominee voted 9/8/7, but the
// secretary types Công an xã Ta Ma's «Đồng ý» as «100%» (everyone present agreed) and Bản Ta Ma's as «78%», in cells
// formatted as percent (ExcelJS; saved by LibreOffice), scored again by the command line (in-process). Before, the run read the
// cell's number under its format: «100%» became 1 vote in favour — Công an xã Ta Ma «Không đạt» without a word — and
// «78%» was said as «0.78», a figure the council never typed, and written back as that text. Now each is said at its
// cell as the council sees it and kept so, the nominee not voted on until a count is typed; the task pane (Office.js
// fake, the example workbook, the cells 1 and 0.78 under «0%» as Excel holds them) says the same.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAndScore } from '../../excel-addin/actions/score.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import type { PaneContext } from '../../excel-addin/shared/pane-context.js';
import { scoreNotice } from '../../excel-addin/taskpane/panes/ScorePane.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import type { FakeOffice } from '../../scripts/harness/office-fake.js';
import { exampleVotedInPane } from '../addin/pane-walk.js';
import type { Run } from '../cli/helpers.js';
import { votedThenRetyped } from './council-meeting.js';

const NOW = new Date('2026-11-20T09:00:00+07:00');
/** What the council typed in «Đồng ý» as a percent: the cell's number, and what the cell shows. */
const TYPED = [
  { unit: 'Công an xã Ta Ma', value: 1, shown: '100%' },
  { unit: 'Bản Ta Ma', value: 0.78, shown: '78%' },
] as const;
const said = (t: (typeof TYPED)[number], cell: string) => `trang «Biểu quyết», ${cell}: ${t.unit}: không hiểu số đồng ý «${t.shown}» (ghi một số nguyên); đã giữ nguyên chữ đã ghi, trường hợp này tính là chưa biểu quyết`;

describe('a count typed as a percent on «Biểu quyết» (thidua score)', () => {
  let run: Run;
  let cells: string[];
  let after: unknown[];

  beforeAll(async () => {
    cells = [];
    let summary: string;
    ({ run, summary } = await votedThenRetyped(
      Object.fromEntries(
        TYPED.map((t, i) => [
          t.unit,
          (row: ExcelJS.Row) => {
            const cell = row.getCell(7);
            cell.value = t.value;
            cell.numFmt = '0%';
            cells[i] = cell.address;
          },
        ]),
      ),
    ));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(summary);
    after = cells.map((c) => back.getWorksheet('Biểu quyết')!.getCell(c).text);
  }, 300_000);

  it('says each at its cell as the council sees it, never as a count read from the cell’s number', () => {
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.includes('số đồng ý'));
    expect(lines).toEqual(TYPED.map((t, i) => `Lỗi: kq/tong-hop.xlsx, ${said(t, cells[i]!)}`));
  });

  it('keeps each as the council sees it on «Biểu quyết» written again', () => {
    expect(after).toEqual(TYPED.map((t) => t.shown));
  });
});

describe('a count typed as a percent on «Biểu quyết» in the task pane (Office.js fake)', () => {
  let fake: FakeOffice & { uninstall: () => void };
  afterAll(() => fake?.uninstall());

  it('says the same words at the same cells, and votes on neither', async () => {
    const scored = await exampleVotedInPane(NOW);
    fake = scored.fake;
    const votes = fake.state.sheets.find((s) => s.name === 'Biểu quyết')!;
    const cells = TYPED.map((t) => {
      const row = scored.voteRow(t.unit);
      votes.cells.set(`${row}:7`, { value: t.value, numberFormat: '0%', style: {} });
      return `G${row}`;
    });
    const result = await runInExcel((port) => checkAndScore(port, scored.set, { now: NOW }));
    const ctx = { t: translator('vi'), setResult: () => undefined } as unknown as PaneContext;
    const notice = scoreNotice(ctx, result);
    // Said as a warning, never inside a notice of success: the nominees stay unvoted.
    expect(notice.intent).toBe('warning');
    const lines = (notice.items ?? []).map((i) => i.text).filter((l) => l.includes('số đồng ý'));
    expect(lines).toEqual(TYPED.map((t, i) => said(t, cells[i]!).replace(/^trang «Biểu quyết», (\w+):/, 'Biểu quyết: ô $1:')));
    expect(result.votes?.votes.filter((v) => TYPED.some((t) => t.unit === v.unitName))).toEqual([]);
  }, 300_000);
});

// Made for the hunt of 30/11/2026: «100%» typed in «Đồng ý» read as 1 vote in favour, «78%» said as «0.78».
