import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { proposeAwards } from '../../core/ranking/awards.js';
import { rank } from '../../core/ranking/rank.js';
import { applyEditToValues } from '../../core/workbook/apply-grid.js';
import { planSummarySheets } from '../../core/workbook/plan-summary.js';
import { SHORTFALL_HEADERS, SHORTFALL_SHEET } from '../../core/workbook/plan-shortfall.js';
import { pathToNextBand, shortfalls, whatItTakes } from '../../core/ranking/what-it-takes.js';
import { score } from '../../core/checks/run.js';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { rulePoints } from '../../core/criteria/rules/index.js';
import type { CriterionWithRule } from '../../core/criteria/rules/rule.js';
import { RATE_FORMULAS } from '../../core/indicators/formulas-766.js';
import { criterion, makeReport, makeSet, type RowSpec } from '../helpers/make-report.js';

const qd766Xa = findBuiltin('qd766-xa')!;

// One criterion of each kind of step: a rate (any amount), tiers, a threshold, yes/no, counted occurrences.
const set = makeSet({
  criteria: [
    criterion({ code: 'TL', title: 'Tỷ lệ hồ sơ trực tuyến', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 80 }, maxPoints: 30 }),
    criterion({ code: 'BAC', title: 'Số cuộc họp trực tuyến', measure: 'count', unit: 'cuộc', rule: { kind: 'tiers', tiers: [{ min: 1, points: 5 }, { min: 2, points: 12 }, { min: 4, points: 20 }] }, maxPoints: 20 }),
    criterion({ code: 'NG', title: 'Tỷ lệ số hóa', measure: 'percent', rule: { kind: 'threshold' }, target: { comparator: '>', value: 50 }, maxPoints: 15 }),
    criterion({ code: 'CK', title: 'Có chữ ký số', measure: 'yes_no', rule: { kind: 'yes_no' }, maxPoints: 10 }),
    criterion({ code: 'LAN', title: 'Số lần tập huấn', measure: 'count', unit: 'lần', rule: { kind: 'per_occurrence', pointsEach: 2.5 }, maxPoints: 10 }),
    criterion({ code: 'TC', title: 'Điểm thủ công', measure: 'points', rule: { kind: 'manual' }, maxPoints: 15 }),
  ],
});

type Figures = { TL: number; BAC: number; NG: number; CK: boolean; LAN: number; TC: number };
const report = (f: Figures) =>
  makeReport({
    unitName: 'Thôn A',
    unitKind: 'Thôn',
    rows: [['TL', `${f.TL}%`], ['BAC', f.BAC], ['NG', `${f.NG}%`], ['CK', f.CK ? 'Có' : 'Không'], ['LAN', f.LAN], ['TC', f.TC]],
  });

/** The same report with some figures replaced by the path's, scored again by the real scorer. */
function rescored(f: Figures, steps: { code: string; value: number }[]) {
  const next: Figures = { ...f };
  for (const s of steps) (next as Record<string, number | boolean>)[s.code] = s.code === 'CK' ? s.value > 0 : s.value;
  return score(set, report(next));
}

/**
 * Brute force, independent of the module: every combination of the stepped criteria's next figures (tiers, threshold,
 * yes/no, occurrences), then the least rate — halving over the real scorer — and the least manual points that reach
 * the band. Returns the least gain and, among those, the fewest criteria raised.
 */
function bruteForce(f: Figures, minPercent: number): { gain: number; count: number } | undefined {
  const base = score(set, report(f));
  const choices = {
    BAC: [f.BAC, 1, 2, 4].filter((v, i) => i === 0 || v > f.BAC),
    NG: [f.NG, 50.01].filter((v, i) => i === 0 || v > f.NG),
    CK: [f.CK, true].filter((v, i) => i === 0 || v !== f.CK),
    LAN: [f.LAN, 1, 2, 3, 4].filter((v, i) => i === 0 || v > f.LAN),
  };
  let best: { gain: number; count: number } | undefined;
  const reaches = (g: Figures) => score(set, report(g)).percent >= minPercent;
  for (const BAC of choices.BAC)
    for (const NG of choices.NG)
      for (const CK of choices.CK)
        for (const LAN of choices.LAN) {
          const stepped: Figures = { ...f, BAC, NG, CK, LAN };
          // Then the rate alone, the manual points alone, or both (rate to the top first), whichever is least.
          const candidates: Figures[] = [];
          if (reaches(stepped)) candidates.push(stepped);
          const tl = leastReaching(f.TL, 80, (v) => reaches({ ...stepped, TL: v }));
          if (tl !== undefined) candidates.push({ ...stepped, TL: tl });
          const tc = leastReaching(f.TC, 15, (v) => reaches({ ...stepped, TC: v }));
          if (tc !== undefined) candidates.push({ ...stepped, TC: tc });
          const both = leastReaching(f.TC, 15, (v) => reaches({ ...stepped, TL: Math.max(f.TL, 80), TC: v }));
          if (both !== undefined) candidates.push({ ...stepped, TL: Math.max(f.TL, 80), TC: both });
          for (const g of candidates) {
            const gain = Math.round((score(set, report(g)).total - base.total) * 100) / 100;
            const count = (Object.keys(f) as (keyof Figures)[]).filter((k) => g[k] !== f[k]).length;
            if (!best || gain < best.gain - 1e-9 || (Math.abs(gain - best.gain) < 1e-9 && count < best.count)) best = { gain, count };
          }
        }
  return best;
}

/** The least figure in [from, to] (hundredths) for which `ok` holds, by halving; undefined when `to` does not. */
function leastReaching(from: number, to: number, ok: (v: number) => boolean): number | undefined {
  if (from >= to || !ok(to)) return undefined;
  let [lo, hi] = [Math.round(from * 100), Math.round(to * 100)];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid / 100)) hi = mid;
    else lo = mid;
  }
  return hi / 100;
}

const figures = fc.record({
  TL: fc.integer({ min: 0, max: 100 }),
  BAC: fc.integer({ min: 0, max: 5 }),
  NG: fc.integer({ min: 0, max: 100 }),
  CK: fc.boolean(),
  LAN: fc.integer({ min: 0, max: 5 }),
  TC: fc.integer({ min: 0, max: 15 }),
});

describe('what it would take (còn thiếu gì)', () => {
  it('names the figures that reach the next band, and no path is cheaper than a brute-force search finds', () => {
    fc.assert(
      fc.property(figures, (f) => {
        const card = score(set, report(f));
        const path = pathToNextBand(set, card);
        const band = set.classification.find((b) => b.minPercent <= card.percent)!;
        const next = set.classification[set.classification.indexOf(band) - 1];
        if (!next) {
          expect(path).toBeUndefined();
          return;
        }
        const brute = bruteForce(f, next.minPercent);
        expect(path!.reachable).toBe(brute !== undefined);
        if (!brute) return;
        // The named figures, scored for real, reach the band and add exactly the points said.
        const after = rescored(f, path!.steps);
        expect(after.percent).toBeGreaterThanOrEqual(next.minPercent);
        expect(Math.round((after.total - card.total) * 100) / 100).toBeCloseTo(path!.gain, 2);
        expect(path!.gain).toBeCloseTo(brute.gain, 2);
        expect(path!.steps.length).toBe(brute.count);
        // A rate is named at the least figure, in hundredths, that does it: a hundredth less earns less.
        const rate = path!.steps.find((s) => s.code === 'TL');
        if (rate && rate.value > f.TL) {
          const less = rescored(f, path!.steps.map((s) => (s === rate ? { ...s, value: Math.round(s.value * 100 - 1) / 100 } : s)));
          expect(less.total).toBeLessThan(after.total);
        }
      }),
      { numRuns: 60, seed: 2026 },
    );
  });

  it('words a single step as officers read it', () => {
    // 40% online (15 of 30 points), everything else full but the manual points: 15 + 20 + 15 + 10 + 10 + 0 = 70 of 100.
    const card = score(set, report({ TL: 40, BAC: 4, NG: 60, CK: true, LAN: 4, TC: 0 }));
    expect(card.percent).toBe(70);
    const path = pathToNextBand(set, card)!;
    expect(path.need).toBe(5);
    expect(path.steps).toHaveLength(1);
    expect(path.text).toMatch(/^(Tỷ lệ hồ sơ trực tuyến 40% → 46,67%|Điểm thủ công 0 điểm → 5 điểm): \+5 điểm → Tốt$/);
  });

  it('says when the band cannot be reached, and how far the criteria still short can go', () => {
    const capped = makeSet({ criteria: [criterion({ code: 'CK', measure: 'yes_no', rule: { kind: 'yes_no' }, maxPoints: 10 }), criterion({ code: 'TC', measure: 'points', rule: { kind: 'deduction' }, maxPoints: 5 })] });
    const card = score(capped, makeReport({ rows: [['CK', 'Có']] }));
    expect(pathToNextBand(capped, card)).toBeUndefined(); // already at the top band
    const low = score(set, report({ TL: 0, BAC: 0, NG: 0, CK: false, LAN: 0, TC: 0 }));
    const path = pathToNextBand(set, low)!;
    expect(path.reachable).toBe(true);
    expect(path.goal).toBe('Đạt');
  });

  it('for a unit left outside an award quota, names what puts it above the last unit proposed', () => {
    const withAward: CriteriaSet = {
      ...set,
      awards: { forms: [{ id: 'gk', label: 'Giấy khen', level: 'xa', round: 'hang-nam', minClassification: 'tot', gateCriteria: ['CK'], quotas: [{ subject: 'collective', max: 1 }], source: '' }], tieBreaks: ['percent', 'name'] },
    };
    const a = score(withAward, makeReport({ sheet: 'A', unitName: 'Thôn A', unitKind: 'Thôn', rows: [['TL', '80%'], ['BAC', 4], ['NG', '60%'], ['CK', 'Có'], ['LAN', 4], ['TC', 10]] }));
    const b = score(withAward, makeReport({ sheet: 'B', unitName: 'Thôn B', unitKind: 'Thôn', rows: [['TL', '80%'], ['BAC', 4], ['NG', '60%'], ['CK', 'Không'], ['LAN', 4], ['TC', 12]] }));
    const proposals = proposeAwards(withAward, [a, b]);
    expect(proposals.find((p) => p.sheet === 'A')!.proposed).toBe(true);
    const [shortB] = whatItTakes(withAward, [a, b], proposals, []).filter((s) => s.sheet === 'B');
    // B must meet the gate (chữ ký số: +10) and pass A's 95%: 87% + 10 = 97% > 95%, nothing more needed.
    expect(a.percent).toBe(95);
    expect(shortB!.award!.steps.map((s) => s.code)).toEqual(['CK']);
    expect(shortB!.award!.text).toContain('Giấy khen (hơn 95% của đơn vị cuối trong chỉ tiêu 1)');
    expect(rescored({ TL: 80, BAC: 4, NG: 60, CK: false, LAN: 4, TC: 12 }, shortB!.award!.steps).percent).toBeGreaterThan(95);
  });

  // Its row on «Xét khen thưởng» says the plan gives it no place (awards.ts): no points would change that.
  it('names no way to a form no quota of which covers the unit', () => {
    const withAward: CriteriaSet = {
      ...set,
      awards: { forms: [{ id: 'gk', label: 'Giấy khen', level: 'xa', round: 'hang-nam', minClassification: 'tot', gateCriteria: [], quotas: [{ subject: 'collective', max: 1 }], source: '' }], tieBreaks: ['percent', 'name'] },
    };
    const c = score(withAward, makeReport({ sheet: 'C', unitName: 'Ông C', unitKind: 'Cá nhân', rows: [['TL', '40%'], ['BAC', 1], ['NG', '60%'], ['CK', 'Có'], ['LAN', 1], ['TC', 0]] }));
    const proposals = proposeAwards(withAward, [c]);
    expect(proposals.map((p) => [p.unitName, p.proposed, p.eligible])).toEqual([['Ông C', false, false]]);
    const [short] = whatItTakes(withAward, [c], proposals, []);
    expect(short?.band).toBeDefined();
    expect(short?.award).toBeUndefined();
  });

  it("is said in the run's «Còn thiếu gì», one row per goal, as the path gives it", () => {
    const card = score(set, report({ TL: 40, BAC: 4, NG: 60, CK: true, LAN: 4, TC: 0 }));
    const sheets = planSummarySheets(set, [card], rank(set, [card]), [], { whatItTakes: shortfalls(set, [card], [], []) });
    const values = applyEditToValues([], sheets.find((s) => s.sheet === SHORTFALL_SHEET)!);
    const header = values.findIndex((r) => r[0] === SHORTFALL_HEADERS[0] && r[4] === SHORTFALL_HEADERS[4]);
    expect(header).toBeGreaterThan(0);
    const path = pathToNextBand(set, card)!;
    expect(values[header + 1]!.slice(0, 4)).toEqual([1, 'Thôn A', 'Tốt', path.gain]);
    expect(String(values[header + 1]![4])).toBe(path.steps.map((st) => `${st.title} ${st.from} → ${st.to}: +5 điểm`).join('; '));
    // Without every unit of the run at hand (a scored copy), no such sheet.
    expect(planSummarySheets(set, [card], rank(set, [card]), []).map((s) => s.sheet)).not.toContain(SHORTFALL_SHEET);
  });

  describe('a set whose parts are capped below what their rows add («tối đa 10 điểm»)', () => {
    // Part II counts at most 10 of its rows' 15; part III's bonus at most 5 of its rows' 10. Base maximum 60 + 30 + 10 = 100.
    const capped = makeSet({
      groups: [
        { id: 'I', title: 'Chính quyền số' },
        { id: 'II', title: 'Phong trào thi đua (tối đa 10 điểm)', maxPoints: 10 },
        { id: 'III', title: 'Điểm thưởng (tối đa 5 điểm)', maxPoints: 5 },
      ],
      criteria: [
        criterion({ code: 'A', group: 'I', title: 'Có chữ ký số', measure: 'yes_no', rule: { kind: 'yes_no' }, maxPoints: 60 }),
        criterion({ code: 'C', group: 'I', title: 'Điểm thủ công', measure: 'points', rule: { kind: 'manual' }, maxPoints: 30 }),
        criterion({ code: 'B1', group: 'II', title: 'Tổ chức phát động phong trào', measure: 'points', rule: { kind: 'manual' }, maxPoints: 10 }),
        criterion({ code: 'B2', group: 'II', title: 'Sơ kết phong trào', measure: 'points', rule: { kind: 'manual' }, maxPoints: 5 }),
        criterion({ code: 'D1', group: 'III', title: 'Được tỉnh biểu dương', measure: 'points', rule: { kind: 'bonus' }, maxPoints: 5 }),
        criterion({ code: 'D2', group: 'III', title: 'Có mô hình mới', measure: 'points', rule: { kind: 'bonus' }, maxPoints: 5 }),
      ],
    });
    type Typed = { A: boolean; C: number; B1: number; B2: number; D1: number; D2: number };
    const unit = (t: Typed) =>
      score(capped, makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [['A', t.A ? 'Có' : 'Không'], ...(['C', 'B1', 'B2', 'D1', 'D2'] as const).map((code): RowSpec => ({ code, selfScore: t[code] }))] }));
    /** The path's figures typed in, scored again by the real scorer. */
    const withSteps = (t: Typed, steps: readonly { code: string; value: number }[]) =>
      unit(Object.fromEntries(Object.entries(t).map(([code, v]) => {
        const step = steps.find((st) => st.code === code);
        return [code, step ? (code === 'A' ? step.value > 0 : step.value) : v];
      })) as Typed);

    it('offers no point in a part already at its maximum', () => {
      // II at its 10 (B1 10), III at its 5 (D1 5): B2's and D2's empty rows earn nothing more. 60 + 10 + 10 + 5 = 85.
      const today: Typed = { A: true, C: 10, B1: 10, B2: 0, D1: 5, D2: 0 };
      const card = unit(today);
      expect([card.total, card.classification?.label]).toEqual([85, 'Tốt']);
      const path = pathToNextBand(capped, card)!;
      expect(path.text).toBe('Điểm thủ công 10 điểm → 15 điểm: +5 điểm → Xuất sắc');
      const after = withSteps(today, path.steps);
      expect([after.total, after.classification?.label]).toEqual([90, 'Xuất sắc']);
    });

    it('counts a part’s rows together no further than the part has left', () => {
      // 30 of 100: «Đạt» needs 20 more. II can add 10 more (B1 10, B2 5 count 10), III 5 (D1, D2 5 each count 5): 15 of
      // the rows' 25 would count, so only the signature's 60 gets there.
      const today: Typed = { A: false, C: 30, B1: 0, B2: 0, D1: 0, D2: 0 };
      const card = unit(today);
      expect(card.total).toBe(30);
      const path = pathToNextBand(capped, card)!;
      expect(path.text).toBe('Có chữ ký số Không → Có: +60 điểm → Đạt');
      const after = withSteps(today, path.steps);
      expect(after.total - card.total).toBe(path.gain);
    });
  });

  describe('the 766 set (Công thức Cổng 766): a commune whose 17 portal figures all stand at 40 %', () => {
    const portal = qd766Xa.criteria.filter((c): c is CriterionWithRule<'portal_766'> => c.rule.kind === 'portal_766');
    /** The commune's report: every portal figure at 40 %, and the online-services group (points typed by hand) as given. */
    const commune = (groupPoints: number | undefined) =>
      score(qd766Xa, makeReport({ unitName: 'UBND xã Tam Sơn', unitKind: 'Xã', rows: [...portal.map((c): RowSpec => ({ code: c.code, result: '40%' })), ...(groupPoints === undefined ? [] : [{ code: 'CLGQ1', result: groupPoints }])] }));
    /** The same report with the path's figures typed in, scored again by the real scorer. */
    const withSteps = (groupPoints: number | undefined, steps: readonly { code: string; value: number }[]) => {
      const figure = (code: string, today: string | number | undefined) => {
        const step = steps.find((st) => st.code === code);
        return step ? (code === 'CLGQ1' ? step.value : `${step.value}%`) : today;
      };
      const rows = [...portal.map((c): RowSpec => ({ code: c.code, result: figure(c.code, '40%')! })), { code: 'CLGQ1', result: figure('CLGQ1', groupPoints) ?? null }];
      return score(qd766Xa, makeReport({ unitName: 'UBND xã Tam Sơn', unitKind: 'Xã', rows }));
    };

    it.each([
      ['the online-services group not given', undefined],
      ['the online-services group at its full 12 points, so only the portal figures can rise', 12],
    ])('is shown a path to «Đạt» and the figures that make it, %s', (_case, groupPoints) => {
      expect(portal).toHaveLength(17);
      const card = commune(groupPoints);
      const dat = qd766Xa.classification.find((b) => b.label === 'Đạt')!;
      expect(card.percent).toBeLessThan(dat.minPercent);
      const path = pathToNextBand(qd766Xa, card)!;
      expect(path.goal).toBe('Đạt');
      expect(path.reachable, path.text).toBe(true);
      expect(path.text).not.toMatch(/^Chưa thể đạt/);
      // Rates are raised by any amount: no more points than the band needs.
      expect(path.gain).toBeCloseTo(path.need, 2);
      const raised = path.steps.filter((st) => portal.some((c) => c.code === st.code));
      expect(raised.length).toBeGreaterThan(0);
      for (const step of raised) {
        const c = portal.find((p) => p.code === step.code)!;
        expect(step.from).toBe('40%');
        expect(step.to).toMatch(/^\d+(,\d+)?%$/);
        // The figure is the portal formula's own: never past its full-points threshold (100 %, 90 % or 80 %), and a
        // hundredth less earns less.
        expect(step.value).toBeLessThanOrEqual(RATE_FORMULAS[c.rule.formula].fullAt);
        expect(rulePoints(c, step.value - 0.01)).toBeLessThan(rulePoints(c, step.value));
      }
      const after = withSteps(groupPoints, path.steps);
      expect(after.percent).toBeGreaterThanOrEqual(dat.minPercent);
      expect(Math.round((after.total - card.total) * 100) / 100).toBeCloseTo(path.gain, 2);
    });
  });
});

describe('a set whose table states its scoring step («cho điểm lẻ đến 0,5 điểm»)', () => {
  // 75 % of 7 is 5,25: a unit at 5 is 0,25 short, a gain no half-point step gives.
  const halves = (scoreStep?: number) => ({
    ...makeSet({
      criteria: [
        criterion({ code: 'A', measure: 'points', rule: { kind: 'manual' }, maxPoints: 4 }),
        criterion({ code: 'B', measure: 'points', rule: { kind: 'manual' }, maxPoints: 3 }),
      ],
    }),
    ...(scoreStep !== undefined && { scoreStep }),
  });
  const unit = makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'A', selfScore: 3 }, { code: 'B', selfScore: 2 }] });

  it('asks points typed by hand in whole steps: +0,5, never +0,25', () => {
    const path = pathToNextBand(halves(0.5), score(halves(0.5), unit))!;
    expect([path.need, path.gain]).toEqual([0.25, 0.5]);
    expect(path.steps.map((s) => [s.to, s.gain])).toEqual([['3,5 điểm', 0.5]]);
  });

  it('asks the exact shortfall when the table states no step', () => {
    expect(pathToNextBand(halves(), score(halves(), unit))!.gain).toBe(0.25);
  });
});
