// Min-Max between the units, decided by the run (core/run/min-max.ts, called by decideRun): each unit's rate placed
// between the lowest and the highest of the units ranked together, the ends named; and where that cannot be computed —
// one unit, all units at one figure, a unit without a figure — the doubt said, never a guess: the unit's own points
// stand as typed, a unit without a figure keeps its 0 and the others are told their points hang on it. Scored again, a
// run's cards give the same points and the same flags once.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '../../core/checks/run.js';
import { CouncilDecision } from '../../core/council/decision.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';
import { runOk, tempDir } from '../cli/helpers.js';
import { readRubric } from '../../core/criteria/sheet/rubric.js';
import { decideRun } from '../../core/run/decide-run.js';
import type { ScoreCard } from '../../core/scoring/score-card.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';
import { pathToNextBand } from '../../core/ranking/what-it-takes.js';

// The real words of the departments' DTI table (cds-so-ban-nganh-hoat-dong-cds.docx 6.16; the xlsx twin's rows 119–122).
const WORDS = 'a= Tổng số người dân tham gia đánh giá mức độ hài lòng;\nb= Số lượng người dân đánh giá là hài lòng khi sử dụng DVCTT;\n- Tỷ lệ =b/a\nTính điểm theo phương pháp Min-Max dựa vào đơn vị nào tỷ lệ cao nhất thì điểm tối đa và giảm dần';

const set = makeSet({
  criteria: [
    criterion({ code: 'HL', title: 'Mức độ hài lòng', measure: 'ratio', unit: 'Tỷ lệ %', maxPoints: 5, rule: { kind: 'min_max' } }),
    criterion({ code: 'TG', title: 'Thời gian giải quyết', measure: 'count', unit: 'ngày', maxPoints: 10, rule: { kind: 'min_max', lower: true } }),
  ],
});

/** A department's report: its satisfied and surveyed people (HL), its days (TG), its self-scores; scored against `against`. */
function unit(name: string, hl: [number, number] | null, tg: number | string | null, self: [number | null, number | null] = [null, null], against = set, decisions: CouncilDecision[] = []) {
  return score(
    against,
    makeReport({
      sheet: name,
      file: `${name}.xlsx`,
      unitName: name,
      unitKind: 'Cơ quan',
      rows: [
        { code: 'HL', ...(hl && { numerator: hl[0], denominator: hl[1] }), ...(self[0] !== null && { selfScore: self[0] }) },
        { code: 'TG', ...(tg !== null && { result: tg }), ...(self[1] !== null && { selfScore: self[1] }) },
      ],
    }),
    { decisions },
  );
}

const decided = (...cards: ScoreCard[]) => decideRun(set, cards.map((c) => ({ cards: [c] })));
const of = (cards: readonly ScoreCard[], name: string, code: string) => cards.find((c) => c.unitName === name)!.criteria.find((s) => s.code === code)!;
const flagsOf = (cards: readonly ScoreCard[], name: string) => cards.find((c) => c.unitName === name)!.flags.map((f) => [f.code, f.cell, f.criterion, f.message]);

describe('Min-Max between the units, as the run gives it', () => {
  it('reads the table’s words as Min-Max, the highest earning the maximum; words naming no end stay by hand', () => {
    expect(readRubric(WORDS, 5)).toEqual({ rule: { kind: 'min_max' }, unit: 'Tỷ lệ %' });
    expect(readRubric('Tính điểm theo Min-Max, đơn vị có số ngày thấp nhất được điểm tối đa', 10)).toEqual({ rule: { kind: 'min_max', lower: true }, unit: '' });
    expect(readRubric('Tính điểm theo phương pháp Min-Max giữa các đơn vị', 5)).toBeUndefined();
  });

  it('imports the real tables’ Min-Max indicators — the Word table’s 6.16, 6.17 and the xlsx twin’s 1.16, 1.17 — as Min-Max, highest first', async () => {
    const dir = await tempDir();
    for (const [file, codes] of [['cds-so-ban-nganh-hoat-dong-cds.docx', ['6.16', '6.17']], ['cds-so-ban-nganh-bo-chi-so.xlsx', ['1.16', '1.17']]] as const) {
      await copyFile(join(CORPUS, file), join(dir, file));
      const run = await runOk(['criteria', 'import', file, '--out', `${file}.json`], dir);
      const read = JSON.parse(await readFile(join(dir, `${file}.json`), 'utf8')) as CriteriaSet;
      expect(read.criteria.filter((c) => c.rule.kind === 'min_max').map((c) => [c.code, c.rule, c.maxPoints, c.measure]), file).toEqual([
        [codes[0], { kind: 'min_max' }, 5, 'ratio'],
        [codes[1], { kind: 'min_max' }, 10, 'ratio'],
      ]);
      expect(run.stdout, file).toContain(`${codes[0]}, ${codes[1]}: điểm = (số liệu − thấp nhất)/(cao nhất − thấp nhất) × điểm tối đa giữa các đơn vị chấm cùng một lượt`);
      // Exported to the criteria sheet and read back, the rule is the same.
      await runOk(['criteria', 'export', `${file}.json`, '--out', `${file}.xlsx`], dir);
      await runOk(['criteria', 'import', `${file}.xlsx`, '--out', `${file}.back.json`], dir);
      const back = JSON.parse(await readFile(join(dir, `${file}.back.json`), 'utf8')) as CriteriaSet;
      expect(back.criteria.filter((c) => c.rule.kind === 'min_max').map((c) => c.code), file).toEqual([...codes]);
    }
  }, 120_000);

  it('places each unit between the lowest and the highest, naming them, the lower way for days; totals and ranks follow', () => {
    const run = decided(unit('Sở A', [90, 100], 4, [5, 10]), unit('Sở B', [70, 100], 10, [1, 0]), unit('Sở C', [80, 100], 6, [2.5, 7]));
    expect(of(run.cards, 'Sở C', 'HL').reason).toBe('Kết quả 80% — Min-Max giữa các đơn vị (3 đơn vị; thấp nhất Sở B 70%, cao nhất Sở A 90%) → (80% − 70%)/(90% − 70%) × 5 = 2,5/5 điểm');
    expect(of(run.cards, 'Sở C', 'TG').reason).toBe('Kết quả 6 ngày — Min-Max giữa các đơn vị (3 đơn vị; thấp nhất Sở A 4 ngày, cao nhất Sở B 10 ngày) → (6 ngày − 10 ngày)/(4 ngày − 10 ngày) × 10 = 6,66/10 điểm');
    expect(run.cards.map((c) => [c.unitName, c.criteria.map((s) => s.points), c.total])).toEqual([
      ['Sở A', [5, 10], 15],
      ['Sở B', [0, 0], 0],
      ['Sở C', [2.5, 6.66], 9.16],
    ]);
    expect(run.ranking.flatMap((g) => g.entries.map((e) => [e.rank, e.unitName, e.total]))).toEqual([[1, 'Sở A', 15], [2, 'Sở C', 9.16], [3, 'Sở B', 0]]);
    // Self-scores within their last place (7 for 6,66) are no gap; Sở B's 1 for 0 is, said at its «Điểm tự chấm».
    expect(run.cards.flatMap((c) => c.flags.map((f) => [c.unitName, f.code, f.cell, f.criterion]))).toEqual([['Sở B', 'self-score-gap', 'G9', 'HL']]);
    // Decided again (the pane's second run), the same points and the same flags, once.
    const again = decideRun(set, run.cards.map((c) => ({ cards: [c] })));
    expect(again.cards.map((c) => [c.criteria.map((s) => [s.points, s.reason]), c.flags])).toEqual(run.cards.map((c) => [c.criteria.map((s) => [s.points, s.reason]), c.flags]));
  });

  it('one unit alone: no ends to place it between — its self-score stands as typed, the council told', () => {
    const run = decided(unit('Sở A', [90, 100], 4, [4, null]));
    expect(of(run.cards, 'Sở A', 'HL')).toMatchObject({
      points: 4,
      reason: 'Kết quả 90% — Min-Max giữa các đơn vị không tính được: chỉ Sở A có số liệu (90%) trong lượt chấm, không có đơn vị nào để so → tính điểm tự chấm 4/5 điểm như đã ghi, Hội đồng quyết định',
    });
    expect(of(run.cards, 'Sở A', 'TG')).toMatchObject({ points: 0, reason: expect.stringContaining('không có điểm tự chấm → 0/10 điểm, Hội đồng quyết định') });
    expect(flagsOf(run.cards, 'Sở A').map(([code, cell, criterion]) => [code, cell, criterion])).toEqual([['min-max-doubt', 'G9', 'HL'], ['min-max-doubt', 'G10', 'TG']]);
    expect(flagsOf(run.cards, 'Sở A')[0]![3]).toBe('Ô G9: Min-Max giữa các đơn vị không tính được: chỉ Sở A có số liệu (90%) trong lượt chấm, không có đơn vị nào để so; tính điểm tự chấm 4/5 điểm như đã ghi, Hội đồng quyết định (tiêu chí «Mức độ hài lòng»)');
  });

  it('all units at one figure: no way between the lowest and the highest — each self-score stands, said', () => {
    const run = decided(unit('Sở A', [9, 10], 5, [5, 10]), unit('Sở B', [90, 100], 5, [3, 10]));
    expect(run.cards.map((c) => c.criteria.map((s) => s.points))).toEqual([[5, 10], [3, 10]]);
    expect(of(run.cards, 'Sở B', 'HL').reason).toBe('Kết quả 90% — Min-Max giữa các đơn vị không tính được: cả 2 đơn vị cùng số liệu 90%, không có khoảng giữa thấp nhất và cao nhất → tính điểm tự chấm 3/5 điểm như đã ghi, Hội đồng quyết định');
    expect(run.cards.flatMap((c) => c.flags.map((f) => f.code))).toEqual(['min-max-doubt', 'min-max-doubt', 'min-max-doubt', 'min-max-doubt']);
  });

  it('a unit whose figure is missing or unreadable keeps its 0 and its flag, is named to the others, and is told they hang on it', () => {
    const run = decided(unit('Sở A', [90, 100], 4), unit('Sở B', [70, 100], 'mười ngày'), unit('Sở C', null, 10), unit('Sở D', [80, 100], 6));
    expect(of(run.cards, 'Sở A', 'HL').reason).toBe(
      'Kết quả 90% — Min-Max giữa các đơn vị (3 đơn vị; thấp nhất Sở B 70%, cao nhất Sở A 90%) → (90% − 70%)/(90% − 70%) × 5 = 5/5 điểm; chưa có số liệu của Sở C (tệp Sở C.xlsx, trang «Sở C»): thấp nhất, cao nhất và điểm này có thể đổi khi có',
    );
    expect(of(run.cards, 'Sở C', 'HL')).toMatchObject({ status: 'missing', points: 0 });
    expect(of(run.cards, 'Sở B', 'TG')).toMatchObject({ status: 'invalid', points: 0 });
    // Sở C, without its rate, is told of it; with its days, told they were placed without Sở B's.
    expect(flagsOf(run.cards, 'Sở C').map(([code, cell, criterion]) => [code, cell, criterion])).toEqual([['missing-value', 'C9', 'HL'], ['min-max-doubt', 'G9', 'HL'], ['min-max-doubt', 'G10', 'TG']]);
    expect(flagsOf(run.cards, 'Sở C')[1]![3]).toBe(
      'Ô G9: Min-Max giữa các đơn vị tính giữa 3 đơn vị có số liệu, không có đơn vị này: điểm của các đơn vị ấy tùy số liệu của đơn vị này khi có (tiêu chí «Mức độ hài lòng»)',
    );
    expect(flagsOf(run.cards, 'Sở D').map(([, , criterion, message]) => [criterion, message])).toEqual([
      ['HL', 'Ô G9: điểm Min-Max giữa các đơn vị (2,5 điểm) tính khi chưa có số liệu của Sở C (tệp Sở C.xlsx, trang «Sở C»): có số liệu của đơn vị ấy, thấp nhất, cao nhất và điểm này có thể đổi (tiêu chí «Mức độ hài lòng»)'],
      ['TG', 'Ô G10: điểm Min-Max giữa các đơn vị (6,66 điểm) tính khi chưa có số liệu của Sở B (tệp Sở B.xlsx, trang «Sở B»): có số liệu của đơn vị ấy, thấp nhất, cao nhất và điểm này có thể đổi (tiêu chí «Thời gian giải quyết»)'],
    ]);
  });

  it('a figure the council rejected: its points withdrawn, it moves no end and says what it would have earned; kept, it is placed', () => {
    const reject = CouncilDecision.parse({ sheet: 'Sở A', unitName: 'Sở A', flagCode: 'self-score-gap', criterion: 'HL', decision: 'reject' });
    const withdrawn = decided(unit('Sở A', [99, 100], 4, [5, 10], set, [reject]), unit('Sở B', [70, 100], 10), unit('Sở C', [80, 100], 6));
    expect(of(withdrawn.cards, 'Sở A', 'HL')).toMatchObject({ status: 'rejected', points: 0, before: 5 });
    expect(of(withdrawn.cards, 'Sở A', 'HL').reason).toBe('Hội đồng bác số liệu → 0/5 điểm (trước đó: Kết quả 99% — Min-Max giữa các đơn vị (2 đơn vị; thấp nhất Sở B 70%, cao nhất Sở C 80%) → (99% − 70%)/(80% − 70%) × 5 = 5/5 điểm)');
    expect(of(withdrawn.cards, 'Sở C', 'HL')).toMatchObject({ points: 5, reason: expect.stringContaining('chưa có số liệu của Sở A (tệp Sở A.xlsx, trang «Sở A»), số liệu Hội đồng đã bác') });
    const keeping = { ...set, council: { ...set.council, onRejectedFigure: 'exclude_from_awards' as const } };
    const kept = decideRun(keeping, [unit('Sở A', [99, 100], 4, [5, 10], keeping, [reject]), unit('Sở B', [70, 100], 10, [null, null], keeping), unit('Sở C', [80, 100], 6, [null, null], keeping)].map((c) => ({ cards: [c] })));
    expect(of(kept.cards, 'Sở A', 'HL')).toMatchObject({ status: 'rejected', points: 5, reason: expect.stringMatching(/cao nhất Sở A 99%\) → .* = 5\/5 điểm; Hội đồng bác số liệu → không xét khen thưởng$/) });
    expect(of(kept.cards, 'Sở C', 'HL').points).toBe(1.72);
  });

  it('a unit reported twice enters once: the report left out does not move the ends', () => {
    const first = unit('Sở A', [10, 100], 4);
    const run = decideRun(set, [{ cards: [first], fileTime: 1 }, { cards: [unit('Sở A', [90, 100], 4)], fileTime: 2 }, { cards: [unit('Sở B', [70, 100], 10)] }]);
    const kept = run.ranking.flatMap((g) => g.entries).find((e) => e.unitName === 'Sở A')!;
    expect(kept.total).toBe(15);
    expect(of(run.cards.filter((c) => c.file === 'Sở B.xlsx'), 'Sở B', 'HL').reason).toContain('thấp nhất Sở B 70%, cao nhất Sở A 90%');
  });

  it('«Còn thiếu gì» asks the figure among the other units’ as they stand (the lower way for days), and says why where they cannot tell it', () => {
    const HANGS_ON = 'điểm Min-Max tính theo số liệu các đơn vị khác trong lần chấm này';
    const path = (cards: readonly ScoreCard[], name: string) => pathToNextBand(set, cards.find((c) => c.unitName === name)!)!;
    // Sở C: 80% and 6 days, 9,16 of 15; the others' ends stand (70–90%, 4–10 days).
    const run = decided(unit('Sở A', [90, 100], 4), unit('Sở B', [70, 100], 10), unit('Sở C', [80, 100], 6));
    // Sở C: 80% → (x − 70)/(90 − 70) × 5 gains the 2,09 «Tốt» needs from 88,36%.
    expect(path(run.cards, 'Sở C').text).toBe(`Mức độ hài lòng 80% → 88,36%: +2,09 điểm (${HANGS_ON}: thấp nhất Sở B 70%, cao nhất Sở A 90%) → Tốt`);
    // Sở B, the most days (10), leaves that end to Sở C's 6 as it falls: (6 − x)/(6 − 4) × 10 gains 7,5 from 4,5 days —
    // never 5,5 days, counted against the end it would leave (which would give it 6,25).
    expect(path(run.cards, 'Sở B').text).toBe(`Thời gian giải quyết 10 ngày → 4,5 ngày: +7,5 điểm (${HANGS_ON}: đơn vị này đang cao nhất (10 ngày), số liệu giảm thì cao nhất là Sở C 6 ngày, thấp nhất Sở A 4 ngày) → Đạt`);
    // A unit without a figure: the others' ends may move when it comes, so no figure is asked of them, and that is said;
    // the unit itself is asked its figure among theirs.
    const missing = decided(unit('Sở A', [90, 100], 4), unit('Sở B', [70, 100], 10), unit('Sở C', [80, 100], 6), unit('Sở D', null, 5));
    const why = `Không tính «Mức độ hài lòng»: ${HANGS_ON}, chưa biết số liệu cần đạt: chưa có số liệu của Sở D (tệp Sở D.xlsx, trang «Sở D»): thấp nhất, cao nhất có thể đổi khi có`;
    expect(path(missing.cards, 'Sở C')).toMatchObject({ unknown: why, text: `Thời gian giải quyết 6 ngày → 4,75 ngày: +2,09 điểm (${HANGS_ON}: thấp nhất Sở A 4 ngày, cao nhất Sở B 10 ngày) → Tốt. ${why}` });
    expect(path(missing.cards, 'Sở D').text).toBe(`Mức độ hài lòng chưa có số liệu → 81,68%: +2,92 điểm (${HANGS_ON}: thấp nhất Sở B 70%, cao nhất Sở A 90%) → Tốt`);
    // All at one figure: no ends to place a figure between; the sum that cannot reach the goal says what it leaves out.
    const equal = decided(unit('Sở A', [80, 100], 4, [3, 5]), unit('Sở B', [80, 100], 10, [3, 0]));
    expect(path(equal.cards, 'Sở A').text).toBe(
      `Chưa thể đạt Xuất sắc: cần thêm 0,5 điểm, nhưng các tiêu chí còn thiếu điểm chỉ thêm được tối đa 0 điểm. Không tính «Mức độ hài lòng»: ${HANGS_ON}, chưa biết số liệu cần đạt: cả 2 đơn vị cùng số liệu 80%, không có khoảng giữa thấp nhất và cao nhất`,
    );
  });

  it('many units at one end: the first three named by name, the rest counted, in every reason and in «Còn thiếu gì»', () => {
    // Five communes at 100 % (as a province's hundreds are), one at 80 %, one at 60 %: each of the 7 cards named the five
    // before, and a province's thousands each card's line thousands of names long.
    const top = ['Xã E', 'Xã A', 'Xã D', 'Xã B', 'Xã C'].map((name, i) => unit(name, [100, 100], 4 + i));
    const run = decided(...top, unit('Xã F', [80, 100], 9), unit('Xã G', [60, 100], 10));
    expect(of(run.cards, 'Xã F', 'HL').reason).toBe('Kết quả 80% — Min-Max giữa các đơn vị (7 đơn vị; thấp nhất Xã G 60%, cao nhất Xã A, Xã B, Xã C và 2 đơn vị khác 100%) → (80% − 60%)/(100% − 60%) × 5 = 2,5/5 điểm');
    // What «Còn thiếu gì» says Xã F's points hang on names the others' highest the same way.
    expect(of(run.cards, 'Xã F', 'HL').others).toEqual({ lowest: { unitName: 'Xã G', value: 60 }, highest: { unitName: 'Xã A, Xã B, Xã C và 2 đơn vị khác', value: 100 } });
    // Xã A, at the highest with four others, sees the four: the first three by name and one counted.
    expect(of(run.cards, 'Xã A', 'HL').others).toEqual({ lowest: { unitName: 'Xã G', value: 60 }, highest: { unitName: 'Xã B, Xã C, Xã D và 1 đơn vị khác', value: 100 } });
    // Xã G, alone at the lowest, sees Xã F's 80 % as the others' lowest.
    expect(of(run.cards, 'Xã G', 'HL').others).toEqual({ lowest: { unitName: 'Xã F', value: 80 }, highest: { unitName: 'Xã A, Xã B, Xã C và 2 đơn vị khác', value: 100 } });
  });
});

// Made for the departments' DTI index, whose 6.16 and 6.17 («Tính điểm theo phương pháp Min-Max dựa vào đơn vị nào tỷ
// lệ cao nhất thì điểm tối đa và giảm dần», cds-so-ban-nganh-hoat-dong-cds.docx) were left to each self-score unsaid.
