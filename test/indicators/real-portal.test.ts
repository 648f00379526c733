// The 766 page's responses as the portal really sends them (test/fixtures/real/portal/, saved by public trackers):
// units in the lists the response itself tags, ranks within each, the province named as the province, every group
// score kept, the portal's formulas against its own scores, the portal's data-quality notes once per kind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notesByKind } from '../../core/indicators/capture.js';
import { explain, FORMULA_TOLERANCE, paymentScore } from '../../core/indicators/formulas-766.js';
import { captureResponses, type SeenResponse } from '../../core/indicators/responses/index.js';
import type { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { AT, ok } from './load.js';

const REAL = new URL('../fixtures/real/portal/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, REAL), 'utf8');
const json = (name: string) => JSON.parse(text(name)) as { data: Record<string, unknown> };
const API = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
/** The request the tracker sent for Phú Thọ's lists (its tests/fixtures/manifest.m0.json). */
const PHU_THO = { timeType: 'year', year: 2026, rootDepartmentId: '019d2be3-6a88-732b-8b17-b68020c8553a', currentPage: 1, pageSize: 100 };
const NATIONAL = { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' };
const seen = (endpoint: string, body: unknown, request: unknown = PHU_THO): SeenResponse => ({ url: API + endpoint, request, body });
const byName = (snapshots: readonly IndicatorSnapshot[], name: string) => snapshots.find((s) => s.unit.name === name)!;

type Row = { departmentName: string; level?: string; departmentType?: string; childGroup?: string; totalScore?: number; score?: number };

/** The place of each row among the rows the document tags alike: 1 + those of its tag with a higher score. */
function placesByTag(rows: readonly Row[], tag: (r: Row) => string, score: (r: Row) => number): Map<string, { place: number; of: number }> {
  const out = new Map<string, { place: number; of: number }>();
  for (const r of rows) {
    const mine = rows.filter((o) => tag(o) === tag(r));
    out.set(r.departmentName, { place: 1 + mine.filter((o) => score(o) > score(r)).length, of: mine.length });
  }
  return out;
}

describe('a whole province\'s payment list (Phú Thọ 2026: 148 communes, 15 provincial agencies)', () => {
  const doc = json('formality-online-payment-tree-phu-tho-2026.json');
  const children = doc.data.children as (Row & Record<string, number>)[];
  const r = ok(captureResponses([seen('formality-online-payment-tree', doc)], { capturedAt: AT }));

  it('groups the units by the response\'s own tags and names the province as the province', () => {
    const levels = new Map<string, number>();
    for (const s of r.snapshots) levels.set(s.unit.level!, (levels.get(s.unit.level!) ?? 0) + 1);
    expect(Object.fromEntries(levels)).toEqual({
      province: 1,
      'provincial-agency': children.filter((c) => c.level === 'PROVINCE').length,
      commune: children.filter((c) => c.level === 'COMMUNE').length,
    });
    expect(levels.get('commune')).toBe(148);
    const province = r.snapshots[0]!;
    expect(province.unit).toMatchObject({ name: 'UBND tỉnh Phú Thọ', code: 'H44', level: 'province', group: 'Tỉnh, thành phố' });
    expect(byName(r.snapshots, 'Sở Tư pháp - Tỉnh Phú Thọ').unit).toMatchObject({ level: 'provincial-agency', group: 'Sở, ban, ngành' });
    expect(byName(r.snapshots, 'UBND phường Vĩnh Phúc').unit).toMatchObject({ level: 'commune', group: 'UBND cấp xã' });
  });

  it('ranks each unit within its own list: communes among the 148 communes, agencies among the 15 agencies', () => {
    const expected = placesByTag(children, (c) => c.level!, (c) => c.totalScore!);
    for (const s of r.snapshots.slice(1)) {
      expect([s.unit.name, s.unit.rank, s.unit.rankOutOf], s.unit.name).toEqual([s.unit.name, expected.get(s.unit.name)!.place, expected.get(s.unit.name)!.of]);
    }
    // The document's own best: Sở Công Thương (8 of 10) first of the agencies; UBND xã Bản Nguyên (7,56) first of the communes.
    expect(byName(r.snapshots, 'Sở Công Thương - Tỉnh Phú Thọ').unit).toMatchObject({ rank: 1, rankOutOf: 15, rankOf: 'Thanh toán trực tuyến · Sở, ban, ngành · Năm 2026' });
    expect(byName(r.snapshots, 'UBND xã Bản Nguyên').unit).toMatchObject({ rank: 1, rankOutOf: 148 });
    expect(r.snapshots[0]!.unit.rank).toBeUndefined();
  });

  it('reproduces the portal\'s own score of every row with the kept formula, 6A + min(2; 2,5B) + min(2; 2,5C)', () => {
    const scored = r.snapshots.map((s) => s.indicators.find((i) => i.code === 'TTTT')!);
    expect(scored).toHaveLength(164);
    expect(scored.filter((i) => explain(i) !== 'agrees').map((i) => [i.value, i.computed])).toEqual([]);
    // What the document can tell: every row's C (fee procedures with dossiers ÷ fee procedures) is below 80 %, where
    // 2,5C stays under 2 and the uncapped reading gives the same — the saved responses do not tell the two apart.
    const rows = [doc.data.parent as Record<string, number>, ...children];
    const c = rows.map((x) => (x.totalFeeFormality ? x.totalFeeDossierFormality! / x.totalFeeFormality : 0));
    expect(Math.max(...c)).toBeLessThan(0.8);
    for (const x of rows) {
      const kept = paymentScore({ paid: x.totalDossierOnlinePaymentSuccess, owed: x.totalDossierFinancialObligation, formalitiesPaid: x.totalDossierOnlineFormalityPaymentSuccess, feeFormalities: x.totalFeeFormality, feeFormalitiesWithDossiers: x.totalFeeDossierFormality })!;
      expect(Math.abs(kept - x.totalScore!), x.departmentName as unknown as string).toBeLessThanOrEqual(FORMULA_TOLERANCE);
    }
    // Where the two part ways, the kept one stays within the group's maximum of 10, the portal's own split 6 + 2 + 2.
    expect(paymentScore({ paid: 18, owed: 18, formalitiesPaid: 3, feeFormalities: 3, feeFormalitiesWithDossiers: 3 })).toBe(10);
  });

  it('finds nothing impossible in the portal\'s real figures', () => {
    expect(r.warnings.filter((w) => /không thể có/.test(w.message))).toEqual([]);
  });
});

describe('a province\'s transparency list (Phú Thọ 2026, trimmed to 10 of its 163 units)', () => {
  const body = json('transparency-phu-tho-2026-trimmed.json');
  const r = ok(captureResponses([seen('transparency', body)], { capturedAt: AT }));

  it('reads departmentType: the province, its agencies and its communes, tied ranks within each', () => {
    expect(r.snapshots.map((s) => [s.unit.name, s.unit.level])).toEqual([
      ['UBND tỉnh Phú Thọ', 'province'],
      ['Văn phòng UBND Tỉnh - Tỉnh Phú Thọ', 'provincial-agency'], ['Ban quản lý các khu công nghiệp - Tỉnh Phú Thọ', 'provincial-agency'],
      ['Sở Công Thương - Tỉnh Phú Thọ', 'provincial-agency'], ['Sở Giáo dục và Đào tạo - Tỉnh Phú Thọ', 'provincial-agency'],
      ['UBND Phường Việt Trì', 'commune'], ['UBND Phường Nông Trang', 'commune'], ['UBND Phường Thanh Miếu', 'commune'], ['UBND Phường Vân Phú', 'commune'],
      ['Sở Nông Nghiệp và Môi Trường - Tỉnh Phú Thọ', 'provincial-agency'], ['Sở Dân Tộc và Tôn Giáo - Tỉnh Phú Thọ', 'provincial-agency'],
    ]);
    // Every unit has the province's 7,96: all tied first within their own list.
    expect(byName(r.snapshots, 'UBND Phường Vân Phú').unit).toMatchObject({ rank: 1, rankOutOf: 4, tied: true });
    expect(byName(r.snapshots, 'Sở Công Thương - Tỉnh Phú Thọ').unit).toMatchObject({ rank: 1, rankOutOf: 6, tied: true });
  });

  it('says the portal\'s provisional-denominator note once, with the units it touches', () => {
    const notes = notesByKind(r.warnings).filter((n) => /tạm thời/.test(n.text));
    expect(notes).toEqual([{ text: expect.stringContaining('«Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG»'), count: 11, units: r.snapshots.map((s) => s.unit.name), details: [] }]);
    // In the portal's words for its staff, never shown: «BCQG/GRIS», «crawl», the status code.
    expect(notes[0]!.text).not.toMatch(/BCQG|crawl|TEMP_NATIONAL/);
  });

  it('reads a name stored in decomposed Unicode the same: levels, ranks, the officer\'s commune found', () => {
    const nfd = JSON.parse(text('transparency-phu-tho-2026-trimmed.json').normalize('NFD')) as unknown;
    const d = ok(captureResponses([seen('transparency', nfd)], { capturedAt: AT, commune: 'UBND Phường Việt Trì' }));
    expect(d.snapshots.map((s) => s.unit.level)).toEqual(r.snapshots.map((s) => s.unit.level));
    expect(d.snapshots.map((s) => [s.unit.rank, s.unit.rankOutOf])).toEqual(r.snapshots.map((s) => [s.unit.rank, s.unit.rankOutOf]));
    expect(d.picked).toEqual([5]);
    expect(d.snapshots[5]!.unit.name).not.toBe('UBND Phường Việt Trì');
  });
});

describe('a province\'s progress list (Phú Thọ 2026, trimmed to 57 of its 163 units)', () => {
  const doc = json('dvc-progress-tree-phu-tho-2026-trimmed.json');
  const children = doc.data.children as Row[];
  const r = ok(captureResponses([seen('dvc-progress-tree', doc)], { capturedAt: AT }));

  it('reads score/maxScore of the children and totalScore of the province, each agreeing with 20 × on time ÷ received', () => {
    const tdgq = r.snapshots.map((s) => s.indicators.find((i) => i.code === 'TDGQ')!);
    expect(tdgq[0]).toMatchObject({ value: 17.68, max: 20 });
    expect(tdgq.filter((i) => explain(i) !== 'agrees')).toEqual([]);
    const expected = placesByTag(children, (c) => c.level!, (c) => c.score!);
    expect(byName(r.snapshots, 'Sở Ngoại vụ - Tỉnh Phú Thọ').unit).toMatchObject({ level: 'provincial-agency', rank: expected.get('Sở Ngoại vụ - Tỉnh Phú Thọ')!.place, rankOutOf: 7 });
    expect(byName(r.snapshots, 'UBND xã Bản Nguyên').unit).toMatchObject({ level: 'commune', rank: expected.get('UBND xã Bản Nguyên')!.place, rankOutOf: 50 });
  });
});

describe('the national ranking (2026, 34 provinces) with a province\'s list of the same period', () => {
  const national = json('service-results-ca-nuoc-2026.json');
  const rows = national.data.evaluation as Row[];
  const r = ok(captureResponses([seen('service-results', national, NATIONAL)], { capturedAt: AT }));

  it('keeps «Cả nước» as the country, with every group score its radar carries', () => {
    const country = r.snapshots[0]!;
    expect(country.unit).toMatchObject({ name: 'Cả nước', level: 'country', group: 'Cả nước' });
    expect(country.indicators.map((i) => [i.code, i.value, i.max])).toEqual([
      ['CKMB', 8.79, 18], ['TDGQ', 15.58, 20], ['DVCTT', 13.1, 22], ['MDHL', 10.49, 18], ['MDSH', 8.6, 22], ['TONG_SCORE', 56.56, 100],
    ]);
  });

  it('ranks the 34 provinces among themselves by the document\'s own total', () => {
    const expected = placesByTag(rows, () => 'province', (x) => x.totalScore!);
    for (const s of r.snapshots.slice(1)) expect([s.unit.level, s.unit.rank, s.unit.rankOutOf]).toEqual(['province', expected.get(s.unit.name)!.place, 34]);
    expect(byName(r.snapshots, 'UBND tỉnh Đồng Tháp').unit.rank).toBe(1);
    expect(byName(r.snapshots, 'UBND tỉnh Phú Thọ').unit.rank).toBe(14);
  });

  it('joins the province\'s own row across both: its six groups and national place beside its payment list', () => {
    const both = ok(captureResponses([seen('service-results', national, NATIONAL), seen('formality-online-payment-tree', json('formality-online-payment-tree-phu-tho-2026.json'))], { capturedAt: AT }));
    const phuTho = both.snapshots.filter((s) => s.unit.name === 'UBND tỉnh Phú Thọ');
    expect(phuTho).toHaveLength(1);
    expect(phuTho[0]!.unit).toMatchObject({ level: 'province', rank: 14, rankOutOf: 34 });
    expect(phuTho[0]!.indicators.filter((i) => ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH', 'TONG_SCORE'].includes(i.code)).map((i) => [i.code, i.value])).toEqual([
      ['CKMB', 7.96], ['TDGQ', 17.63], ['CLGQ', 9.09], ['TTTT', 6.58], ['MDHL', 11.79], ['MDSH', 9.55], ['TONG_SCORE', 62.6],
    ]);
    expect(byName(both.snapshots, 'UBND xã Bản Nguyên').unit).toMatchObject({ level: 'commune', rank: 1, rankOutOf: 148 });
  });
});

describe('a province\'s own ranking (An Giang 2026: 102 communes, wards and special zones, 15 provincial agencies)', () => {
  // The page's answer when An Giang is chosen (its request: the year and the province's root department).
  const AN_GIANG = { timeType: 'year', year: 2026, rootDepartmentId: '019d2be3-6a84-779d-b3e7-e214bdb86482' };
  const doc = json('service-results-an-giang-2026.json');
  const rows = doc.data.evaluation as Row[];
  const r = ok(captureResponses([seen('service-results', doc, AN_GIANG)], { capturedAt: AT }));

  it('groups the units by the response\'s own tag (childGroup) and ranks each within its list', () => {
    const levels = new Map<string, number>();
    for (const s of r.snapshots) levels.set(s.unit.level!, (levels.get(s.unit.level!) ?? 0) + 1);
    // The tracker's manifest of the same response: 117 units, 15 agencies, 102 communes.
    expect(Object.fromEntries(levels)).toEqual({ province: 1, commune: 102, 'provincial-agency': 15 });
    const expected = placesByTag(rows, (x) => x.childGroup!, (x) => x.totalScore!);
    for (const s of r.snapshots.slice(1)) {
      expect([s.unit.name, s.unit.rank, s.unit.rankOutOf], s.unit.name).toEqual([s.unit.name, expected.get(s.unit.name)!.place, expected.get(s.unit.name)!.of]);
    }
    // Third in the list, first of the agencies; the lowest commune a special zone; a commune 78th of the 102.
    expect(byName(r.snapshots, 'Sở Du lịch - tỉnh An Giang').unit).toMatchObject({ level: 'provincial-agency', group: 'Sở, ban, ngành', rank: 1, rankOutOf: 15, rankOf: 'Tổng điểm · Sở, ban, ngành · Năm 2026' });
    expect(byName(r.snapshots, 'Thanh tra tỉnh An Giang').unit).toMatchObject({ rank: 15, rankOutOf: 15 });
    expect(byName(r.snapshots, 'UBND Đặc khu Phú Quốc - tỉnh An Giang').unit).toMatchObject({ level: 'commune', group: 'UBND cấp xã', rank: 102, rankOutOf: 102 });
    expect(byName(r.snapshots, 'UBND xã Giồng Riềng').unit).toMatchObject({ level: 'commune', rank: 78, rankOutOf: 102 });
    // Equal totals share a place (68,52: Mỹ Hòa Hưng and Phú Hữu).
    expect(byName(r.snapshots, 'UBND xã Phú Hữu - tỉnh An Giang').unit).toMatchObject({ rank: 14, tied: true });
    expect(byName(r.snapshots, 'UBND xã Mỹ Hòa Hưng - tỉnh An Giang').unit).toMatchObject({ rank: 14, tied: true });
  });

  it('names the province as the province, with the five group scores of its radar adding up to its total', () => {
    const province = r.snapshots[0]!;
    expect(province.unit).toMatchObject({ name: 'UBND tỉnh An Giang', code: 'H01', level: 'province', group: 'Tỉnh, thành phố' });
    expect(province.unit.rank).toBeUndefined();
    const groups = province.indicators.filter((i) => i.code !== 'TONG_SCORE').map((i) => [i.code, i.value, i.max]);
    expect(groups).toEqual([['CKMB', 8, 18], ['TDGQ', 18.12, 20], ['DVCTT', 15.22, 22], ['MDHL', 10.16, 18], ['MDSH', 9.06, 22]]);
    const total = province.indicators.find((i) => i.code === 'TONG_SCORE')!;
    expect(total).toMatchObject({ value: 60.56, max: 100 });
    expect(groups.reduce((s, [, v]) => s + (v as number), 0)).toBeCloseTo(total.value as number, 9);
  });

  it('finds the ward whose name the response stores in decomposed Unicode (tones typed apart), ranked with the others', () => {
    const stored = rows.find((x) => x.departmentName.normalize('NFC') === 'UBND phường Long Phú - tỉnh An Giang')!;
    expect(stored.departmentName).not.toBe(stored.departmentName.normalize('NFC'));
    const d = ok(captureResponses([seen('service-results', doc, AN_GIANG)], { capturedAt: AT, commune: 'Phường Long Phú' }));
    const own = d.snapshots[d.picked![0]!]!;
    expect(own.unit).toMatchObject({ code: 'H01.113', level: 'commune', rank: placesByTag(rows, (x) => x.childGroup!, (x) => x.totalScore!).get(stored.departmentName)!.place, rankOutOf: 102 });
  });
});
