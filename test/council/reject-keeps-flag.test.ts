// «Bác số liệu» on a figure's own flag, applied, is said applied on every face of the command line (run in-process, on
// the example commune's tong-hop.xlsx): Hội Liên hiệp Phụ nữ's «Điểm tự chấm chênh lệch điểm thẩm định» at K21 (self-
// score 10, verified 3,75) rejected, the figure's 3,75 points are withdrawn (total 71,75 → 68) and the flag stays —
// checked as the figure was before the rejection, its message saying the council rejected it — so the run says the
// decision applied, «Rà soát» keeps it on its flag, and `close` seals it in force, never as a decision whose flag is gone.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { scoreWorkbook } from '../../core/run/score-workbook.js';
import { ORPHANS_TITLE, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import { runInProcess } from '../cli/helpers.js';
import { readSummary, typeDecisions } from './council-meeting.js';
import { copiedForTest, scoredCommune } from './example-commune.js';

const FLAG = 'Điểm tự chấm chênh lệch điểm thẩm định';
const WOMEN = 'Hội Liên hiệp Phụ nữ xã Ta Ma';

let dir: string;
let scored: Awaited<ReturnType<typeof runInProcess>>;
let closed: Awaited<ReturnType<typeof runInProcess>>;
beforeAll(async () => {
  dir = await copiedForTest((await scoredCommune()).dir);
  await typeDecisions(join(dir, 'kq', 'tong-hop.xlsx'), (unit, flag) => (unit === WOMEN && flag === FLAG ? 'Bác số liệu' : 'Chấp nhận'));
  scored = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
  closed = await runInProcess(['close', 'kq', '--by', 'Lò Văn Thành', '--accept-open'], dir);
}, 180_000);

describe('a rejected figure keeps its flag, and its decision is in force', () => {
  it('the run says every decision applied, none whose flag is gone', () => {
    expect(scored.code, scored.stderr).toBe(0);
    // What the run says of the council's decisions is on stderr, beside its other notices.
    expect(scored.stderr).toMatch(/^Đã áp dụng \d+ quyết định của Hội đồng\.$/m);
    expect(`${scored.stdout}${scored.stderr}`).not.toContain('không còn cảnh báo ấy');
  });

  it('«Rà soát» shows the flag at K21 with the council’s «Bác số liệu», its message saying the council rejected the figure', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'kq', 'tong-hop.xlsx'));
    const rows: { n: number; cells: string[] }[] = [];
    wb.getWorksheet(REVIEW_SHEET)!.eachRow((row, n) => rows.push({ n, cells: Array.from({ length: 12 }, (_, i) => String(row.getCell(i + 1).value ?? '')) }));
    expect(rows.some((r) => r.cells.some((c) => c === ORPHANS_TITLE))).toBe(false);
    const flag = rows.filter((r) => r.cells[1] === WOMEN && r.cells[4] === FLAG && r.cells[8] === 'Bác số liệu');
    expect(flag).toHaveLength(1);
    expect(flag[0]!.cells.join(' | ')).toContain('Ô K21: điểm tự chấm 10 chênh 6,25 điểm so với điểm thẩm định 3,75');
    expect(flag[0]!.cells.join(' | ')).toContain('Hội đồng bác số liệu');
  });

  it('`close` seals it as a decision in force, with the figure’s points withdrawn: total 68', async () => {
    expect(closed.code, closed.stderr).toBe(0);
    const round = (await readSummary(join(dir, 'kq'))).rounds.at(-1)!;
    expect(round.decisionsGone ?? []).toEqual([]);
    expect(round.decisions!.filter((d) => d.unitName === WOMEN && d.cell === 'K21').map((d) => d.decision)).toEqual(['reject']);
    expect(round.record.units.find((u) => u.unitName === WOMEN)!.total).toBe(68);
  });
});

// The other checks that looked at scored figures only hold a rejected one as it was scored: Trạm Y tế's «Điểm tự chấm
// vượt điểm tối đa» at K22 (a manual criterion, 15 typed, 10 at most) on the example commune's one workbook, rejected,
// still says what it counted before, and that the council rejected it.
describe('a rejected figure above its maximum says what it counted and that the council rejected it', () => {
  it('on the example commune’s workbook (core’s run, as the pane scores it)', async () => {
    const set = findBuiltin('ta-ma-2025')!;
    const score = async (decisions: CouncilDecision[]) =>
      (await scoreWorkbook(await ExcelJsWorkbook.fromBuffer(await readFile(new URL('../../examples/xa-ta-ma-2025.xlsx', import.meta.url))), set, { date: '2025-11-06', decisions })).cards.find((c) => c.unitName === 'Trạm Y tế xã Ta Ma')!;
    const before = await score([]);
    const flag = before.flags.find((f) => f.code === 'self-score-over-max' && f.cell === 'K22')!;
    expect(flag.message).toContain('điểm tự chấm 15 vượt điểm tối đa 10 → tính 10 (');
    const after = await score([{ sheet: before.sheet, unitName: before.unitName, flagCode: flag.code, cell: 'K22', ...(flag.criterion && { criterion: flag.criterion }), decision: 'reject', reviewer: 'Lò Văn Thành', date: '2026-11-20', comment: 'Không có minh chứng' }]);
    expect(after.flags.filter((f) => f.cell === 'K22').map((f) => [f.code, f.message])).toEqual([['self-score-over-max', flag.message.replace('→ tính 10 (', '→ tính 10; Hội đồng bác số liệu (')]]);
    expect(after.total).toBeCloseTo(before.total - 10, 2);
  });
});

// Made for the hunt of 30/11/2026 on the example commune: «Bác số liệu» on K21 withdrew 3,75 points while every face
// said «lần chấm này không còn cảnh báo ấy: không áp, vẫn giữ», and closing sealed it as a decision whose flag is gone.
