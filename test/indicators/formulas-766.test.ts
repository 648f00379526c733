// The portal's scoring formulas of DOMAIN §6, group by group, on the 766 responses as captured: `computed` beside
// the portal's `value`, agreement or disagreement said, «chưa rõ công thức» for online services, and what it
// would take for a commune.
import { describe, expect, it } from 'vitest';
import { explain, formulaNote, metricScore, paymentScore, progressScore } from '../../core/indicators/formulas-766.js';
import { captureResponses, type SeenResponse } from '../../core/indicators/responses/index.js';
import type { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { whatItTakes } from '../../core/indicators/what-it-takes.js';
import { AT, ok } from './load.js';
import { API, communeName, onlineTree, paymentTree, progressTree, request, shapeA, shapeAUnit } from '../../scripts/harness/responses-766.js';

const seen = (endpoint: string, body: unknown): SeenResponse => ({ url: API + endpoint, request: request(), body });
const ind = (s: IndicatorSnapshot, code: string) => s.indicators.find((i) => i.code === code)!;
const commune = (r: { snapshots: IndicatorSnapshot[] }, i = 0) => r.snapshots.find((s) => s.unit.name === communeName(i))!;

describe('Công khai, minh bạch: max × ratio ÷ 100, the group their sum', () => {
  it('scores each metric and the group, and agrees with a portal that scored the same', () => {
    const r = ok(captureResponses([seen('transparency', shapeA(1))], { capturedAt: AT }));
    const u = commune(r);
    expect(ind(u, 'CKMB_CONG_BO_DUNG_HAN').computed).toBeCloseTo((6 * 80) / 100, 10);
    expect(ind(u, 'CKMB_DONG_BO_DVCQG').computed).toBeCloseTo(5.538, 10);
    expect(explain(ind(u, 'CKMB_DONG_BO_DVCQG'))).toBe('agrees');
    // One metric has no data (null): the group's sum is not known, and is not made up.
    expect(ind(u, 'CKMB').computed).toBeUndefined();
  });

  it('says so when the portal gave another score, and keeps the portal\'s', () => {
    const metrics = [{ code: 'PUBLISH_ON_TIME', name: 'Tỷ lệ TTHC công bố đúng hạn', numerator: 40, denominator: 50, ratio: 80, score: 6, maxScore: 6 }];
    const r = ok(captureResponses([seen('transparency', shapeA(1, 1, 100, (i) => shapeAUnit(i, metrics)))], { capturedAt: AT }));
    const m = ind(commune(r), 'CKMB_CONG_BO_DUNG_HAN');
    expect(m.value).toBe(6);
    expect(m.computed).toBeCloseTo(4.8, 10);
    expect(formulaNote(m)).toBe('công thức cho 4,8, khác điểm cổng — điểm cổng là điểm chính thức');
    expect(ind(commune(r), 'CKMB').computed).toBeCloseTo(4.8, 10);
  });
});

describe('Tiến độ giải quyết: 20 × on time ÷ received', () => {
  it('computes from the tree counts and keeps the portal\'s score when nothing was received', () => {
    expect(progressScore(95, 100)).toBe(19);
    expect(progressScore(0, 0)).toBeUndefined();
    const r = ok(captureResponses([seen('dvc-progress-tree', progressTree(3))], { capturedAt: AT }));
    const t = ind(commune(r, 1), 'TDGQ');
    expect(t.computed).toBeCloseTo((20 * 100) / 101, 10);
    expect(explain(t)).toBe('agrees');
    expect(ind(commune(r, 1), 'TDGQ_SO_NGAY_TB')).toMatchObject({ value: 2.5, label: 'Số ngày giải quyết trung bình' });
  });

  it('says what it would take: more dossiers on time, and the points they give', () => {
    const r = ok(captureResponses([seen('dvc-progress-tree', progressTree(3, (i) => ({
      departmentName: communeName(i), departmentCode: `H25.${100 + i}`, level: 'COMMUNE', totalReceived: 1000, totalOnTime: 900, totalOverdue: 100,
      avgProcessingDays: 3, ratio: 90, score: 18, maxScore: 20, scoreDelta: 0,
    })))], { capturedAt: AT }));
    const [gain] = whatItTakes(commune(r));
    // 20 × (900 + k) ÷ (1000 + k) ≥ 18,2 from k = 112 (111 gives 18,1998…).
    expect(gain!.more).toBe(112);
    expect(gain!.text).toBe('thêm 112 hồ sơ giải quyết đúng hạn mới → +0,2 điểm Tiến độ giải quyết');
  });
});

describe('Mức độ hài lòng', () => {
  const metric = (code: string, numerator: number, denominator: number, score: number) => ({ code, name: code, numerator, denominator, ratio: denominator ? (100 * numerator) / denominator : 0, score, maxScore: 6 });
  it('satisfaction with procedures: full at 90 %, none without ratings; petitions: 6 without any', () => {
    expect(metricScore('MDHL_HAI_LONG_TTHC', 'MDHL', { numerator: 85, denominator: 100, max: 6 })).toBeCloseTo(6 * 0.85 / 0.9, 10);
    expect(metricScore('MDHL_HAI_LONG_TTHC', 'MDHL', { numerator: 95, denominator: 100, max: 6 })).toBe(6);
    expect(metricScore('MDHL_HAI_LONG_TTHC', 'MDHL', { numerator: 0, denominator: 0, max: 6 })).toBe(0);
    expect(metricScore('MDHL_PAKN_DUNG_HAN', 'MDHL', { numerator: 0, denominator: 0, max: 6 })).toBe(6);
    expect(metricScore('MDHL_HAI_LONG_PAKN', 'MDHL', { numerator: 3, denominator: 4, max: 6 })).toBe(4.5);
    const metrics = [metric('DOSSIER_RECEIVING_SATISFACTION', 85, 100, 5.67), metric('PETITION_PROCESSING_ON_TIME', 0, 0, 6), metric('PETITION_HANDLING_SATISFACTION', 3, 4, 4.5)];
    const r = ok(captureResponses([seen('handling-satisfaction', shapeA(1, 1, 100, (i) => shapeAUnit(i, metrics)))], { capturedAt: AT }));
    // The group adds its metrics as the portal shows them, each to 2 decimals: 5,67 + 6 + 4,5.
    expect(ind(commune(r), 'MDHL').computed).toBe(16.17);
    expect(explain(ind(commune(r), 'MDHL_HAI_LONG_TTHC'))).toBe('agrees');
  });
});

describe('Số hóa hồ sơ: min(max, max × ratio ÷ 100); reuse full at 80 %', () => {
  it('scores known and unknown digitisation metrics alike, the reuse metric apart', () => {
    expect(metricScore('MDSH_KHAI_THAC_LAI', 'MDSH', { ratio: 40, max: 2 })).toBe(1);
    expect(metricScore('MDSH_KHAI_THAC_LAI', 'MDSH', { ratio: 90, max: 2 })).toBe(2);
    expect(metricScore('MDSH_KET_QUA_DIEN_TU', 'MDSH', { ratio: 50, max: 6 })).toBe(3);
    expect(metricScore('MDSH_SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 'MDSH', { ratio: 120, max: 4 })).toBe(4);
    expect(metricScore('MDSH_KET_QUA_DIEN_TU', 'MDSH', { ratio: null, max: 6 })).toBeUndefined();
  });
});

describe('Thanh toán trực tuyến: 6A + min(2; 2,5B) + min(2; 2,5C)', () => {
  it('computes from the five counters, a zero denominator counting 0', () => {
    expect(paymentScore({ paid: 12, owed: 20, formalitiesPaid: 3, feeFormalities: 4, feeFormalitiesWithDossiers: 4 })).toBeCloseTo(3.6 + 1.875 + 2, 10);
    expect(paymentScore({ paid: 0, owed: 0, formalitiesPaid: 0, feeFormalities: 0, feeFormalitiesWithDossiers: 0 })).toBe(0);
    const r = ok(captureResponses([seen('formality-online-payment-tree', paymentTree([{
      departmentName: communeName(0), level: 'COMMUNE', totalDossierOnlinePaymentSuccess: 12, totalDossierFinancialObligation: 20, totalDossierOnlineFormalityPaymentSuccess: 4,
      totalFeeFormality: 4, totalFeeDossierFormality: 4, totalScore: 7.6, totalMaxScore: 10, ratio: 60,
    }]))], { capturedAt: AT }));
    const t = ind(commune(r), 'TTTT');
    expect(t.computed).toBeCloseTo(3.6 + 2 + 2, 10);
    expect(explain(t)).toBe('agrees');
    expect(commune(r).indicators.filter((i) => i.unit === 'count').map((i) => i.value)).toEqual([12, 20, 4, 4, 4]);
  });
});

describe('Dịch vụ công trực tuyến: no formula established', () => {
  it('keeps the portal\'s score and says the formula is unknown', () => {
    const r = ok(captureResponses([seen('provide-online-tree', onlineTree([{ departmentName: communeName(0), level: 'COMMUNE', totalScore: 8.4, totalMaxScore: 12, ratio: 70, fullCount: 3 }]))], { capturedAt: AT }));
    const c = ind(commune(r), 'CLGQ');
    expect(c).toMatchObject({ value: 8.4, ratio: 70 });
    expect(c.computed).toBeUndefined();
    expect(formulaNote(c)).toBe('chưa rõ công thức cổng tính');
  });
});
