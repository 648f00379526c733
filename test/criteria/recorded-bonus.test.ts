// Issue 55, «a row marked "không cộng vào tổng" is recorded, not scored», on a real document: a city's Mẫu 03 for civil
// servants (test/fixtures/real/criteria-corpus/ccvc-son-tra-mau-03.xlsx, as a school filled it), whose summary under the
// table gives «3. Tổng điểm theo dõi, đánh giá chính thức: 100» and «4. Tổng điểm cộng (nếu có): 2» apart: part C.I
// «ĐIỂM CỘNG» is recorded beside the official total, not added. Its part C.II «ĐIỂM TRỪ» writes its points only in its
// words («bị trừ 01 điểm/lần vi phạm»), and its part B's levels are named by letters a, b, c … that a unit may type.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExcelJsWorkbook } from '../../adapters/exceljs/exceljs-workbook.js';
import { readCriteriaFile } from '../../cli/files.js';
import { score } from '../../core/checks/run.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { understoodLines, understoodSet } from '../../core/criteria/sheet/understood.js';
import { rank } from '../../core/ranking/rank.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { planScoredSheet } from '../../core/workbook/plan-scored-sheet.js';
import { planSummary } from '../../core/workbook/plan-summary.js';
import { CORPUS, loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';
import { runInProcess } from '../cli/helpers.js';
import { makeReport, type RowSpec } from '../helpers/make-report.js';

let read: Awaited<ReturnType<typeof readCriteriaFile>>;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-recorded-bonus-'));
  const entry = (await loadCorpus()).find((e) => e.id === 'ccvc-son-tra-mau-03')!;
  read = await readCriteriaFile((await renderCorpus([entry], dir)).get(entry.id)!, dir);
}, 120_000);

const noticeAt = (cell: string) => read.notices.filter((n) => n.cell === cell).map((n) => n.message);

/** The teacher's form as the school filled it: part A at its maxima, level «a» of each task item, the bonus 1 + 1. */
function teacher(extra: RowSpec[] = []) {
  const filled: RowSpec[] = [
    ...read.set.criteria.filter((c) => c.group === 'A').map((c) => ({ code: c.code, selfScore: c.maxPoints })),
    { code: 'B.1', result: 'a' },
    { code: 'B.2', result: 'a' },
    { code: 'B.3', result: 'a' },
    { code: 'C.I.1', result: 1 },
    { code: 'C.I.2', result: 1 },
  ];
  // A row given again in `extra` stands instead of the form's.
  const rows = [...filled.filter((r) => !extra.some((e) => e.code === r.code)), ...extra];
  return makeReport({ unitName: 'Bùi Nguyên Phương', unitKind: 'Cá nhân', rows });
}

describe('a city’s Mẫu 03 (ccvc-son-tra-mau-03): part C.I «ĐIỂM CỘNG» recorded beside the official total', () => {
  it('records the bonus rows, not added, because the summary under the table gives the official total and the bonus apart (said at A85)', () => {
    const bonus = read.set.criteria.filter((c) => c.rule.kind === 'bonus');
    expect(bonus.map((c) => [c.code, c.rule])).toEqual(['C.I.1', 'C.I.2', 'C.I.3', 'C.I.4'].map((code) => [code, { kind: 'bonus', recorded: true }]));
    expect(noticeAt('A85').join('\n')).toContain('(«3. Tổng điểm theo dõi, đánh giá chính thức:100»; «4. Tổng điểm cộng (nếu có): 2»): điểm cộng C.I.1, C.I.2, C.I.3, C.I.4 được ghi nhận bên cạnh tổng điểm chính thức, không cộng vào tổng.');
    // The confirmation says it at the part and in the total line.
    const lines = understoodLines(understoodSet(read.set));
    expect(lines.find((l) => l.startsWith('C.'))).toContain('điểm cộng ghi nhận tối đa 6, không cộng vào tổng');
    expect(lines.at(-1)).toBe('Chấm trên tổng 100 điểm (điểm cộng ghi nhận tối đa 6, không cộng vào tổng; điểm trừ tối đa 5).');
    expect(read.reconciliation.agrees).toBe(true);
  });

  it('keeps the same rows added where the document says nothing of it: the table without its summary', async () => {
    const wb = await ExcelJsWorkbook.fromBuffer(await readFile(join(CORPUS, 'ccvc-son-tra-mau-03.xlsx')));
    const sheet = (await wb.readSheets(await wb.listSheets()))[1]!;
    const grid: SheetGrid = { name: sheet.name, values: sheet.values.slice(0, 83) };
    const alone = readCriteriaSheet(grid, { fileName: 'ccvc-son-tra-mau-03.xlsx' });
    if (!alone.ok) throw new Error(alone.errors.map((e) => e.message).join('\n'));
    expect(alone.set.criteria.filter((c) => c.rule.kind === 'bonus').map((c) => c.rule)).toEqual(Array(4).fill({ kind: 'bonus' }));
  });

  it('scores the teacher’s form as the form counts it: official total 100, the bonus 2 recorded beside it, ranked on 100', () => {
    const card = score(read.set, teacher());
    expect(card).toMatchObject({ base: 100, bonus: 0, recorded: 2, deduction: 0, total: 100, applicableMax: 100, percent: 100 });
    expect(card.criteria.find((c) => c.code === 'C.I.1')).toMatchObject({ points: 1, recorded: true, reason: 'Ghi nhận 1 điểm cộng (tối đa 1), không cộng vào tổng' });
    const other = score(read.set, makeReport({ unitName: 'Giáo viên khác', unitKind: 'Cá nhân', rows: [...read.set.criteria.filter((c) => c.rule.kind !== 'bonus' && c.rule.kind !== 'deduction').map((c) => ({ code: c.code, result: c.rule.kind === 'tiers' ? 'a' : undefined, selfScore: c.rule.kind === 'tiers' ? undefined : c.maxPoints }))] }));
    expect(other).toMatchObject({ total: 100, recorded: 0 });
    const ranking = rank(read.set, [card, other]);
    expect(ranking.flatMap((g) => g.entries.map((e) => e.total))).toEqual([100, 100]);
    // The unit's scored sheet and the summary show it apart.
    const sheet = planScoredSheet(teacher(), card);
    const cells = sheet.blocks.flatMap((b) => b.values.flat());
    expect(cells).toContain('Điểm cộng ghi nhận (không cộng vào tổng)');
    const summary = planSummary(read.set, [card, other], ranking, { date: '2026-05-04' });
    expect(JSON.stringify(summary)).toContain('Tổng điểm là tổng chính thức; điểm cộng được ghi nhận bên cạnh, không cộng vào tổng: Bùi Nguyên Phương 2.');
  });
});

describe('a city’s Mẫu 03 (ccvc-son-tra-mau-03): the set written and read again', () => {
  it('keeps «recorded» through the criteria sheet’s «Cách tính» and says it where the set is shown', async () => {
    await writeFile(join(dir, 'bo.json'), JSON.stringify(read.set));
    expect((await runInProcess(['criteria', 'export', 'bo.json', '--out', 'bo.xlsx'], dir)).code).toBe(0);
    const shown = await runInProcess(['criteria', 'show', 'bo.xlsx'], dir);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('Cộng điểm (ghi nhận, không cộng vào tổng)');
    expect(shown.stdout).toContain('Chấm trên tổng 100 điểm (điểm cộng ghi nhận tối đa 6, không cộng vào tổng; điểm trừ tối đa 5).');
    expect(shown.stdout).toContain('Điểm cộng ghi nhận, không cộng vào tổng: C.I.1 (tối đa 1); C.I.2 (tối đa 1); C.I.3 (tối đa 2); C.I.4 (tối đa 2).');
  });
});

describe('a city’s Mẫu 03 (ccvc-son-tra-mau-03): part C.II «ĐIỂM TRỪ», points only in the rows’ words', () => {
  it('reads each row’s deduction from its words, per occurrence, and says what it read at the row', () => {
    const deductions = read.set.criteria.filter((c) => c.rule.kind === 'deduction').map((c) => [c.code, c.rule, c.maxPoints, c.unit]);
    expect(deductions).toEqual([
      ['C.II.1', { kind: 'deduction', pointsEach: 1 }, 1, 'lần vi phạm'],
      ['C.II.2', { kind: 'deduction' }, 2, 'điểm'],
      ['C.II.3', { kind: 'deduction', pointsEach: 2 }, 2, 'công việc'],
    ]);
    expect(noticeAt('B81')).toContain('Mục C.II.1 không ghi điểm ở cột điểm; lời của mục ghi «trừ 01 điểm/lần vi phạm»: đọc là điểm trừ mỗi lần vi phạm, không phải 0 điểm.');
    expect(noticeAt('B82')[0]).toContain('lời của mục ghi «trừ 01 điểm», «trừ 02 điểm»');
    expect(noticeAt('B83')[0]).toContain('lời của mục ghi «trừ 02 điểm»');
  });

  it('takes a deduction off the official total, the recorded bonus untouched', () => {
    const card = score(read.set, teacher([{ code: 'C.II.3', result: 1 }]));
    expect(card).toMatchObject({ total: 98, deduction: 2, recorded: 2 });
  });
});

describe('a city’s Mẫu 03 (ccvc-son-tra-mau-03): part B’s levels named by their letters', () => {
  it('reads a level’s letter typed as the result as that level, and says so; a word naming no level is said with the levels', () => {
    const card = score(read.set, teacher([{ code: 'B.2', result: 'Mức c' }]));
    expect(card.criteria.find((c) => c.code === 'B.1')).toMatchObject({ points: 20, status: 'scored' });
    expect(card.criteria.find((c) => c.code === 'B.2')!.reason).toContain('ghi «Mức c»: mức c (10 điểm)');
    const unknown = score(read.set, teacher([{ code: 'B.3', result: 'Tốt' }])).criteria.find((c) => c.code === 'B.3')!;
    expect(unknown).toMatchObject({ points: 0, status: 'invalid' });
    expect(unknown.reason).toContain('«Tốt» không đọc được thành điểm: không phải tên mức nào của tiêu chí B.3 (các mức: a 30 điểm; b 25 điểm;');
  });

  it('scores items whose letters differ only by their marks (d and đ, e and ê of A.I.1) apart', () => {
    const card = score(read.set, teacher());
    expect(['A.I.1.d', 'A.I.1.đ', 'A.I.1.e', 'A.I.1.ê'].map((code) => card.criteria.find((c) => c.code === code)?.points)).toEqual([0.75, 0.75, 0.75, 0.5]);
  });
});

// Made for issue 55: the «recorded, not added» bonus, the deductions in words and the level letters of a real form.
