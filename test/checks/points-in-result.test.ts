// Điểm ghi ở cột Kết quả on the example commune's set (ta-ma-2025): three hamlets' templates written by `thidua template`,
// filled by openpyxl as units fill them (test/helpers/self-scores-typed.ts) — every rate and yes/no at its target, and
// BAN1 «Tổ chức Phong trào thi đua…» (chấm thủ công, 15 điểm) given 12 in «Kết quả» with «Điểm tự chấm» blank (Bản Thử),
// in «Điểm tự chấm» alone (Bản Hai), and in both (Bản Ba). Scored by the command line and by the standalone page's run: the 12 typed in «Kết quả» is counted
// as the points, as docs/dinh-dang-tep.md reads a manual criterion, and said at its cell — on the command line, on the
// scored copy, in «Rà soát» and in the page's run alike — as no self-score; a self-score typed says nothing. Before, the
// 12 was scored «Chấm 12/15 điểm» with no flag on any face.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { Flag } from '../../core/flags/flag.js';
import { REVIEW_HEADERS, REVIEW_SHEET } from '../../core/workbook/plan-review.js';
import type { ScoreRunOutput } from '../../core/workbook/score-run.js';
import { runCommune, type StepThread } from '../../excel-addin/page/commune-run.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { notesOf, openXlsx, runOk, tempDir, type Run } from '../cli/helpers.js';
import { typeSelfScores } from '../helpers/self-scores-typed.js';

const CRITERIA = join(import.meta.dirname, '../../examples/tieu-chi-ta-ma-2025.xlsx');
const TITLE = 'Điểm ghi ở cột Kết quả';
/** Each hamlet's file and where it typed BAN1's 12: «Kết quả», «Điểm tự chấm». */
const UNITS = [
  { unit: 'Bản Thử', file: 'ban-thu', result: 12, self: null },
  { unit: 'Bản Hai', file: 'ban-hai', result: null, self: 12 },
  { unit: 'Bản Ba', file: 'ban-ba', result: 12, self: 12 },
] as const;

/**
 * Every rate and yes/no of a hamlet's template at its target, typed in «Kết quả» as units type them; every self-score at
 * its maximum but BAN1's.
 */
const AT_TARGET: Record<string, string> = { HTS1: '100%', HTS2: '100%', HTS3: 'Có', HTS4: '100%', XHS1: '100%', XHS2: '100%', TT1: '100%', TT4: 'Có' };

const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };

let dir: string;
let json: ScoreRunOutput;
let plain: Run;
/** BAN1's «Kết quả» and «Điểm tự chấm» cells on Bản Thử's template. */
let cells: [string, string];
let set: CriteriaSet;

beforeAll(async () => {
  dir = await tempDir();
  for (const u of UNITS) {
    await runOk(['template', '--criteria', CRITERIA, '--unit', u.unit, '--kind', 'ban', '--out', `${u.file}-mau.xlsx`], dir);
    const typed = typeSelfScores(join(dir, `${u.file}-mau.xlsx`), join(dir, `${u.file}.xlsx`), { BAN1: u.self }, {}, { ...AT_TARGET, ...(u.result !== null && { BAN1: u.result }) });
    if (u.result !== null) cells = [typed.BAN1!.result, typed.BAN1!.selfScore];
  }
  const files = UNITS.map((u) => `${u.file}.xlsx`);
  json = JSON.parse((await runOk(['score', ...files, '--criteria', CRITERIA, '--out', 'thu', '--json'], dir)).stdout) as ScoreRunOutput;
  plain = await runOk(['score', ...files, '--criteria', CRITERIA, '--out', 'ket-qua'], dir);
  const read = await readCriteriaFile(new Blob([await readFile(CRITERIA)]), 'tieu-chi-ta-ma-2025.xlsx');
  if (!read.ok) throw new Error(read.message);
  set = read.set;
}, 300_000);

const cardOf = (unit: string) => json.cards.find((c) => c.unitName === unit)!;
const own = (flags: readonly Flag[]) => flags.filter((f) => f.code === 'points-in-result');
const ban1 = () => set.criteria.find((c) => c.code === 'BAN1')!;

describe('points-in-result on the example commune’s set', () => {
  it('says Bản Thử’s 12 in «Kết quả» at its cell, counted as the points and no self-score', () => {
    const [result, self] = cells;
    expect(own(cardOf('Bản Thử').flags).map((f) => [f.severity, f.cell, f.criterion, f.message])).toEqual([
      ['warning', result, 'BAN1', `Ô ${result}: tiêu chí chấm thủ công, «Điểm tự chấm» (ô ${self}) để trống: số 12 ghi ở «Kết quả» được tính là điểm → 12/15 điểm, nhưng không phải điểm tự chấm (không vào tổng điểm tự chấm); Hội đồng quyết định (tiêu chí «${ban1().title}»)`],
    ]);
    const scored = cardOf('Bản Thử').criteria.find((c) => c.code === 'BAN1')!;
    expect([scored.points, scored.selfScore]).toEqual([12, null]);
  });

  it('says nothing where the 12 is typed in «Điểm tự chấm», alone or beside «Kết quả»', () => {
    for (const unit of ['Bản Hai', 'Bản Ba']) {
      expect(own(cardOf(unit).flags)).toEqual([]);
      const scored = cardOf(unit).criteria.find((c) => c.code === 'BAN1')!;
      expect([scored.points, scored.selfScore, scored.reason]).toEqual([12, 12, 'Chấm 12/15 điểm (theo điểm tự chấm)']);
    }
  });

  it('is shown on the command line, on the scored copy at its cell and in «Rà soát»', async () => {
    const [flag] = own(cardOf('Bản Thử').flags);
    const text = plain.stdout.replace(/\s+/g, ' ');
    expect(text).toContain(`Cảnh báo · ô ${flag!.cell} — ${TITLE}: ${flag!.message.replace(/^Ô [A-Z]+\d+: /, '').replace(/ \(tiêu chí «[\s\S]*$/, '')}`);
    const notes = await notesOf(join(dir, 'ket-qua', 'ban-thu.cham-diem.xlsx'), 'Bản Thử');
    expect(notes.get(flag!.cell!)).toContain(`[${TITLE}] ${flag!.message}`);
    const [review] = await (await openXlsx(join(dir, 'ket-qua', 'tong-hop.xlsx'))).readSheets([REVIEW_SHEET]);
    const at = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h);
    expect(review!.values.filter((r) => r[at('Cảnh báo')] === TITLE).map((r) => [r[at('Đơn vị')], r[at('Ô')], r[at('Nội dung')]])).toEqual([['Bản Thử', flag!.cell, flag!.message]]);
  });

  it('is given by the standalone page’s run the same, at the same cell', async () => {
    const files = await Promise.all(UNITS.map(async (u) => ({ name: `${u.file}.xlsx`, file: new Blob([await readFile(join(dir, `${u.file}.xlsx`))]) })));
    const page = await runCommune(files, { set, date: '2026-11-29', thread: inProcess });
    const flags = (unit: string) => own(page.run.cards.find((c) => c.unitName === unit)!.flags);
    expect(flags('Bản Thử').map((f) => f.cell)).toEqual([cells[0]]);
    expect(flags('Bản Thử')).toEqual(own(cardOf('Bản Thử').flags));
    expect([...flags('Bản Hai'), ...flags('Bản Ba')]).toEqual([]);
  });
});

// Made for an engineer's walk of the example commune: points of a criterion scored by hand typed in «Kết quả», «Điểm tự
// chấm» left blank, scored without a word on any face.
