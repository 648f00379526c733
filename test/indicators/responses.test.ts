// The 766 page's own API responses (core/indicators/responses/) on responses built from DOMAIN §6's field lists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureResponses, captureView, endpointOf, RESPONSE_TYPES, type SeenResponse } from '../../core/indicators/responses/index.js';
import { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { sameUnit } from '../../core/indicators/units.js';
import { AT, DVC_766, failed, loadPage, ok } from './load.js';
import {
  API, communeName, envelope, onlineTree, paymentTree, progressChild, progressTree, provinceServiceResults, request, serviceResults, shapeA, shapeAUnit, transparencyMetrics,
} from '../../scripts/harness/responses-766.js';

const seen = (endpoint: string, body: unknown, req: unknown = request()): SeenResponse => ({ url: API + endpoint, request: req, body });
const byName = (r: { snapshots: IndicatorSnapshot[] }, name: string) => r.snapshots.find((s) => s.unit.name === name)!;
const ind = (s: IndicatorSnapshot, code: string) => s.indicators.find((i) => i.code === code);

describe('shape A (overview / evaluation / metrics)', () => {
  const r = ok(captureResponses([seen('transparency', shapeA(3))], { capturedAt: AT, commune: 'Xã Tam Sơn' }));

  it('reads the province and every unit with the group score and each metric: numerator, denominator, ratio, score, max', () => {
    expect(r.pageType).toBe('dvc-766-api');
    expect(r.snapshots.map((s) => [s.unit.name, s.unit.group])).toEqual([
      ['Tỉnh Phú Thọ', 'Tỉnh, thành phố'],
      ['UBND xã Tam Sơn - Tỉnh Phú Thọ', 'UBND cấp xã'],
      ['UBND phường Vĩnh Phúc', 'UBND cấp xã'],
      ['UBND xã Số 2', 'UBND cấp xã'],
    ]);
    const tamSon = byName(r, communeName(0));
    expect(ind(tamSon, 'CKMB')).toMatchObject({ value: 14.34, max: 18, unit: 'points' });
    expect(ind(tamSon, 'CKMB_DONG_BO_DVCQG')).toEqual({
      code: 'CKMB_DONG_BO_DVCQG', label: 'Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG', value: 5.54, unit: 'points', max: 6, numerator: 1139, denominator: 1234,
      ratio: 92.3, group: 'CKMB', computed: (6 * 92.3) / 100,
    });
    expect(ind(tamSon, 'CKMB_DONG_BO_DVCQG_TY_LE')).toMatchObject({ value: 92.3, unit: 'percent', numerator: 1139, denominator: 1234 });
    expect(ind(tamSon, 'CKMB_CONG_BO_DUNG_HAN')).toMatchObject({ value: 4.8, numerator: 40, denominator: 50 });
  });

  it('keeps null as no data: the metric stays, its figure null (never 0), one note of that kind', () => {
    const tamSon = byName(r, communeName(0));
    expect(ind(tamSon, 'CKMB_DAY_DU_BO_PHAN')).toMatchObject({ value: null, max: 2, label: 'Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành' });
    expect(ind(tamSon, 'CKMB_DAY_DU_BO_PHAN')!.computed).toBeUndefined();
    expect(ind(tamSon, 'CKMB_DAY_DU_BO_PHAN_TY_LE')).toMatchObject({ value: null, unit: 'percent' });
    expect(r.warnings).toContainEqual({ message: expect.stringMatching(/công khai đầy đủ.*không có số liệu.*không coi là 0/), unit: communeName(0), kind: expect.stringContaining('không có số liệu') });
  });

  it('reads the period and province of the request, and picks the commune written with or without « - Tỉnh X»', () => {
    expect(r.snapshots[0]!.period).toEqual({ kind: 'quarter', year: 2026, quarter: 3, label: 'Quý 3/2026', from: '2026-07-01', to: '2026-09-30', cumulative: false });
    expect(r.picked).toEqual([1]);
    expect(sameUnit('Xã Tam Sơn - Tỉnh Phú Thọ', communeName(0))).toBe(true);
    expect(sameUnit('UBND xã Tam Sơn - Tỉnh Tuyên Quang', communeName(0))).toBe(false);
    const other = ok(captureResponses([seen('transparency', shapeA(3))], { capturedAt: AT, commune: 'Xã Tam Sơn - Tỉnh Tuyên Quang' }));
    expect(other.picked).toEqual([]);
    expect(other.warnings.at(-1)!.message).toContain('Không thấy «Xã Tam Sơn - Tỉnh Tuyên Quang»');
  });

  it('a zero denominator keeps the portal score, records no ratio, and says so', () => {
    const metrics = transparencyMetrics(0).map((m) => (m.code === 'DOSSIER_SYNC' ? { ...m, numerator: 0, denominator: 0, ratio: 0, score: 6 } : m));
    const z = ok(captureResponses([seen('transparency', shapeA(1, 1, 100, (i) => shapeAUnit(i, metrics)))], { capturedAt: AT }));
    const tamSon = byName(z, communeName(0));
    expect(ind(tamSon, 'CKMB_DONG_BO_DVCQG')).toMatchObject({ value: 6, numerator: 0, denominator: 0 });
    expect(ind(tamSon, 'CKMB_DONG_BO_DVCQG_TY_LE')).toMatchObject({ value: null });
    expect(z.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('Mẫu số bằng 0'));
  });

  it('keeps 0-point metrics under their declared code and unknown ones under the portal\'s, each with the portal\'s own name, and notes provisional figures in plain words', () => {
    const metrics = [
      { code: 'PETITION_PROCESSING_ON_TIME', name: 'Tỷ lệ PAKN xử lý đúng hạn', numerator: 3, denominator: 4, ratio: 75, score: 4.5, maxScore: 6, dataQualityStatus: 'PROVISIONAL', dataQualityMessage: 'Mẫu số tạm tính' },
      { code: 'PETITION_CLASSIFICATION_TTHC', name: 'Phân loại PAKN về TTHC', numerator: 2, denominator: 4, ratio: 50, score: null, maxScore: 0 },
      { code: 'NEW_THING', name: 'Chỉ số mới', numerator: 1, denominator: 2, ratio: 50, score: 1, maxScore: 2 },
    ];
    const h = ok(captureResponses([seen('handling-satisfaction', shapeA(1, 1, 100, (i) => ({ ...shapeAUnit(i, metrics), totalMaxScore: 18 })))], { capturedAt: AT }));
    const u = byName(h, communeName(0));
    expect(u.indicators.map((i) => [i.code, i.label, i.value])).toEqual([
      ['MDHL', 'Mức độ hài lòng', 5.5],
      ['MDHL_THAY_DOI', 'Mức độ hài lòng: thay đổi so với kỳ trước', 0.5],
      ['MDHL_PAKN_DUNG_HAN', 'Tỷ lệ PAKN xử lý đúng hạn', 4.5],
      ['MDHL_PAKN_DUNG_HAN_TY_LE', 'Tỷ lệ PAKN xử lý đúng hạn (tỷ lệ)', 75],
      ['MDHL_PAKN_VE_TTHC', 'Phân loại PAKN về TTHC', null],
      ['MDHL_NEW_THING', 'Chỉ số mới', 1],
      ['MDHL_NEW_THING_TY_LE', 'Chỉ số mới (tỷ lệ)', 50],
    ]);
    // PAKN on time: 6 × 3 ÷ 4; no formula is known for a metric the portal added.
    expect(ind(u, 'MDHL_PAKN_DUNG_HAN')!.computed).toBe(4.5);
    expect(ind(u, 'MDHL_NEW_THING')!.computed).toBeUndefined();
    const messages = h.warnings.map((w) => w.message).join('\n');
    expect(messages).toContain('Cổng ghi chú số liệu còn tạm thời');
    expect(messages).not.toMatch(/PROVISIONAL|NEW_THING|Mẫu số tạm tính/);
  });
});

describe('pagination and a province of 150 units', () => {
  it('says which page was not loaded, and ranks nothing from an incomplete list', () => {
    const r = ok(captureResponses([seen('transparency', shapeA(150, 1))], { capturedAt: AT }));
    expect(r.snapshots).toHaveLength(101);
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('có 2 trang; chưa tải trang 2'));
    expect(r.snapshots.every((s) => s.unit.rank === undefined)).toBe(true);
  });

  it('says a list may go on when the response gives no page count and the page asked for came back full', () => {
    const body = shapeA(150, 1) as { data: Record<string, unknown> };
    delete body.data.pagination;
    const r = ok(captureResponses([seen('transparency', body)], { capturedAt: AT }));
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('có đúng 100 đơn vị, bằng số dòng mỗi trang đã hỏi'));
    const short = shapeA(40, 1) as { data: Record<string, unknown> };
    delete short.data.pagination;
    expect(ok(captureResponses([seen('transparency', short)], { capturedAt: AT })).warnings.some((w) => w.message.includes('có thể còn trang sau'))).toBe(false);
    // A tree of 150 asked with pageSize 100 was not cut to a page.
    expect(ok(captureResponses([seen('dvc-progress-tree', progressTree(150))], { capturedAt: AT })).warnings.some((w) => w.message.includes('có thể còn trang sau'))).toBe(false);
  });

  it('joins all pages: 150 communes and the province, ranked by score', () => {
    const pages = [1, 2].map((p) => seen('transparency', shapeA(150, p), request({ currentPage: p })));
    const r = ok(captureResponses(pages, { capturedAt: AT }));
    expect(r.snapshots).toHaveLength(151);
    expect(r.warnings.some((w) => w.message.includes('chưa tải trang'))).toBe(false);
    const ranks = r.snapshots.slice(1).map((s) => s.unit.rank!);
    expect(Math.min(...ranks)).toBe(1);
    // Units 9, 19, … share the best PUBLISH_ON_TIME ratio, hence the best score and rank 1.
    expect(byName(r, 'UBND xã Số 9').unit.rank).toBe(1);
    expect(r.snapshots[0]!.unit.rank).toBeUndefined();
  });
});

describe('shape B (parent / children) and both shapes together', () => {
  it('reads progress with score/maxScore, counts, and the ratio; joins a unit across endpoints by name', () => {
    const r = ok(captureResponses([seen('transparency', shapeA(3)), seen('dvc-progress-tree', progressTree(3))], { capturedAt: AT }));
    expect(r.snapshots).toHaveLength(4);
    const vp = byName(r, 'UBND phường Vĩnh Phúc');
    expect(ind(vp, 'TDGQ')).toMatchObject({ value: (20 * 100) / 101, max: 20, numerator: 100, denominator: 101 });
    expect(ind(vp, 'HS_QUA_HAN')).toMatchObject({ value: 1, unit: 'count' });
    expect(ind(vp, 'CKMB')).toBeDefined();
    expect(vp.unit.code).toBe('H25.101');
    expect(ind(byName(r, 'Tỉnh Phú Thọ'), 'TDGQ')).toMatchObject({ value: 19.56 });
  });

  it('reads payment (TTTT of 10) and online services (CLGQ of 12); a zero obligation has no ratio', () => {
    const pay = ok(captureResponses([seen('formality-online-payment-tree', paymentTree([
      { departmentName: 'UBND xã Số 5', totalDossierOnlinePaymentSuccess: 0, totalDossierFinancialObligation: 0, totalScore: 10, totalMaxScore: 10, ratio: null },
      { departmentName: 'UBND xã Số 6', totalDossierOnlinePaymentSuccess: 12, totalDossierFinancialObligation: 20, totalScore: 6, totalMaxScore: 10, ratio: 60 },
    ]))], { capturedAt: AT }));
    expect(ind(byName(pay, 'UBND xã Số 5'), 'TTTT')).toMatchObject({ value: 10, max: 10, numerator: 0, denominator: 0 });
    expect(ind(byName(pay, 'UBND xã Số 5'), 'TTTT_THANH_TOAN_TY_LE')).toMatchObject({ value: null });
    expect(ind(byName(pay, 'UBND xã Số 6'), 'TTTT_THANH_TOAN_TY_LE')).toMatchObject({ value: 60 });
    const online = ok(captureResponses([seen('provide-online-tree', onlineTree([{ departmentName: 'UBND xã Số 5', totalScore: null, totalMaxScore: 12, fullCount: 3 }]))], { capturedAt: AT }));
    const u = byName(online, 'UBND xã Số 5');
    expect(u.indicators.map((i) => [i.code, i.value])).toEqual([['CLGQ', null], ['TTHC_TOAN_TRINH', 3]]);
    expect(ind(byName(online, 'Tỉnh Phú Thọ'), 'CLGQ')).toMatchObject({ value: 9.1, max: 12 });
  });
});

describe('national ranking: CLGQ and TTTT told apart by their maxima', () => {
  const rows = (clgq: unknown, tttt: unknown) => [
    { name: 'Tỉnh Phú Thọ', code: 'H25', total: 85.5, groups: { CKMB: 17, TDGQ: 19, CLGQ: clgq, TTTT: tttt, MDHL: 17, MDSH: 18 } },
    { name: 'Tỉnh Điện Biên', code: 'H11', total: 88.1, groups: { CKMB: 18, TDGQ: 19.5, CLGQ: 9, TTTT: 8, MDHL: 17.5, MDSH: 19 } },
  ];
  it('ranks provinces by totalScore (no rank field) and keeps the names when the figures fit them', () => {
    const r = ok(captureResponses([seen('service-results', serviceResults(rows(11.5, 7)), { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' })], { capturedAt: AT }));
    expect(r.snapshots.map((s) => [s.unit.name, s.unit.rank])).toEqual([['Cả nước', undefined], ['Tỉnh Phú Thọ', 2], ['Tỉnh Điện Biên', 1]]);
    expect(ind(byName(r, 'Tỉnh Phú Thọ'), 'CLGQ')).toMatchObject({ value: 11.5, max: 12 });
    expect(ind(byName(r, 'Tỉnh Phú Thọ'), 'TTTT')).toMatchObject({ value: 7, max: 10 });
    expect(ind(byName(r, 'Tỉnh Phú Thọ'), 'TONG_SCORE')).toMatchObject({ value: 85.5, max: 100 });
    expect(r.warnings).toEqual([]);
  });

  it('swaps them when a score above 10 stands under TTTT, or maxScore says so, and says it did', () => {
    const r = ok(captureResponses([seen('service-results', serviceResults(rows(7, 11.5)), { timeType: 'year', year: 2026 })], { capturedAt: AT }));
    expect(ind(byName(r, 'Tỉnh Phú Thọ'), 'CLGQ')).toMatchObject({ value: 11.5, max: 12 });
    expect(ind(byName(r, 'Tỉnh Phú Thọ'), 'TTTT')).toMatchObject({ value: 7, max: 10 });
    expect(r.warnings[0]!.message).toContain('đổi lại hai nhóm');
    const m = ok(captureResponses([seen('service-results', serviceResults(rows({ score: 6, maxScore: 10 }, { score: 9, maxScore: 12 })), { timeType: 'year', year: 2026 })], { capturedAt: AT }));
    expect(ind(byName(m, 'Tỉnh Phú Thọ'), 'CLGQ')!.value).toBe(9);
    expect(ind(byName(m, 'Tỉnh Phú Thọ'), 'TTTT')!.value).toBe(6);
  });

  it('refuses a figure above 12 under either name, naming the field', () => {
    const r = failed(captureResponses([seen('service-results', serviceResults(rows(14, 7)), { timeType: 'year', year: 2026 })], { capturedAt: AT }));
    expect(r.error.missing[0]).toMatch(/^data\.evaluation\[0\]: có điểm CLGQ 14/);
  });

  it('reads the older rest.jsp rows (strings) the same way', () => {
    const body = [
      { TEN: 'Sở Tư pháp', MA_COQUAN: 'H25.01', LOAI_COQUAN: '2', CKMB: '17.5', TDGQ: '20', CLGQ: '8', TTTT: '11', MDHL: '18', MDSH: '20', TONG_SCORE: '94.5' },
      { TEN: 'Xã Tam Sơn', MA_COQUAN: 'H25.166', LOAI_COQUAN: '3', CKMB: '15', TDGQ: '18', CLGQ: '6', TTTT: '9', MDHL: '16', MDSH: '', TONG_SCORE: '64' },
    ];
    const r = ok(captureResponses([{ url: 'https://dichvucong.gov.vn/jsp/rest.jsp', body }], { capturedAt: AT }));
    const tamSon = byName(r, 'Xã Tam Sơn');
    expect(tamSon.unit).toEqual({ name: 'Xã Tam Sơn', code: 'H25.166', group: 'UBND cấp xã', level: 'commune', rank: 1, rankOutOf: 1, rankOf: 'Tổng điểm · UBND cấp xã' });
    expect(ind(tamSon, 'CLGQ')!.value).toBe(9);
    expect(ind(tamSon, 'MDSH')).toMatchObject({ value: null });
    expect(r.warnings.map((w) => w.message)).toContain('Phản hồi không kèm yêu cầu (kỳ, tỉnh) — kỳ được ghi là «không rõ».');
  });
});

describe('what the officer is looking at, and changed responses', () => {
  it('takes the latest period and province only', () => {
    const old = seen('transparency', shapeA(2), request({ quarter: 2 }));
    const now = seen('transparency', shapeA(3));
    const r = ok(captureResponses([old, now], { capturedAt: AT }));
    expect(r.snapshots).toHaveLength(4);
    expect(r.snapshots[0]!.period.label).toBe('Quý 3/2026');
    expect(r.warnings[0]!.message).toContain('Bỏ qua 1 phản hồi của kỳ hoặc tỉnh đã xem trước đó');
  });

  it('refuses a response whose fields changed, naming the field; a server error; nothing seen', () => {
    const changed = envelope({ overview: {}, items: [] });
    expect(failed(captureResponses([seen('transparency', changed)], { capturedAt: AT })).error.missing).toEqual(['data.evaluation: không có']);
    const text = shapeA(1, 1, 100, (i) => ({ ...shapeAUnit(i), totalScore: '13,3' }));
    const t = failed(captureResponses([seen('transparency', text)], { capturedAt: AT }));
    expect(t.error.message).toContain('data.evaluation[0].totalScore không phải số ("13,3")');
    expect(failed(captureResponses([seen('transparency', { code: 'ERROR', data: null, message: 'Hết phiên' })], { capturedAt: AT })).error.message).toContain('Hết phiên');
    expect(failed(captureResponses([{ url: 'https://dichvucong.gov.vn/api/v1/other', body: {} }], { capturedAt: AT })).error.message).toContain('Chưa thấy phản hồi');
  });

  it('on the 766 page falls back to the drawn tables when no response was seen, and says which it used', () => {
    const drawn = ok(captureView(loadPage('dvc-766-index.html'), DVC_766, [], { capturedAt: AT }));
    expect(drawn.pageType).toBe('dvc-766-index');
    expect(drawn.warnings[0]!.message).toContain('đọc từ bảng vẽ trên trang');
    const api = ok(captureView(loadPage('dvc-766-index.html'), DVC_766, [seen('dvc-progress-tree', progressTree(2, progressChild))], { capturedAt: AT }));
    expect(api.pageType).toBe('dvc-766-api');
    expect(api.snapshots[0]!.url).toBe(DVC_766);
    expect(api.warnings[0]!.message).toContain('Đọc từ số liệu trang nhận từ máy chủ');
  });
});

describe('a province\'s ranking beside its group lists: one unit, one name', () => {
  // The province's ranking ends every name « - tỉnh X» and gives its own ids (DOMAIN §12); the progress tree writes the
  // names plain and no id. Joined by name alone, each unit was read twice: 291 communes where 148 are, one red unit
  // named twice among the still red.
  const tree = progressTree(4);
  const children = (tree.data as { children: { departmentName: string; departmentCode: string; score: number }[] }).children;
  const ranking = {
    ...envelope({
      overview: { departmentName: 'UBND tỉnh Phú Thọ', departmentCode: 'H25', totalScore: 70, totalMaxScore: 100, ratio: 70 },
      evaluation: children.map((c, i) => ({
        departmentId: `r-${i}`, departmentName: `${c.departmentName.replace(/ - Tỉnh Phú Thọ$/, '')} - tỉnh Phú Thọ`, departmentCode: c.departmentCode,
        totalScore: 60 + i, ratio: 60 + i, scoreDelta: null, childGroup: 'COMMUNE',
      })),
    }),
  };
  const read = (order: 'tree-first' | 'ranking-first') => {
    const answers = [seen('dvc-progress-tree', tree), seen('service-results', ranking)];
    return ok(captureResponses(order === 'tree-first' ? answers : answers.reverse(), { capturedAt: AT }));
  };

  it.each(['tree-first', 'ranking-first'] as const)('%s: each commune once, with its progress and its total, named as the tree names it', (order) => {
    const r = read(order);
    const communes = r.snapshots.filter((s) => s.unit.code?.startsWith('H25.'));
    expect(communes.map((s) => s.unit.name).sort()).toEqual(children.map((c) => c.departmentName).sort());
    for (const s of communes) expect(s.indicators.map((i) => i.code)).toEqual(expect.arrayContaining(['TDGQ', 'TONG_SCORE']));
  });
});

describe('a province\'s own ranking, units grouped as the response tags them', () => {
  const r = ok(captureResponses([seen('service-results', provinceServiceResults())], { capturedAt: AT }));

  it('ranks communes among the 102 communes and agencies among the 15 agencies, never across both', () => {
    // 75th and 3rd of the list of 117 as it comes; 72nd of the communes and 1st of the agencies.
    expect(byName(r, 'UBND phường Mỹ Thới').unit).toMatchObject({ level: 'commune', group: 'UBND cấp xã', rank: 72, rankOutOf: 102, rankOf: 'Tổng điểm · UBND cấp xã · Quý 3/2026' });
    expect(byName(r, 'Sở Tư pháp - Tỉnh An Giang').unit).toMatchObject({ level: 'provincial-agency', group: 'Sở, ban, ngành', rank: 1, rankOutOf: 15 });
    expect(byName(r, 'UBND đặc khu Phú Quốc').unit).toMatchObject({ level: 'commune', rank: 102, rankOutOf: 102 });
    // A row of a province's list the response leaves untagged is not taken for a province (as the national list's are).
    const body = provinceServiceResults() as { data: { evaluation: Record<string, unknown>[] } };
    const untagged = body.data.evaluation.find((u) => u.departmentName === 'UBND xã Số 5')!;
    delete untagged.departmentType;
    delete untagged.departmentLevel;
    const u = ok(captureResponses([seen('service-results', body)], { capturedAt: AT }));
    expect(byName(u, 'UBND xã Số 5').unit.level).toBeUndefined();
    expect(byName(u, 'UBND phường Mỹ Thới').unit).toMatchObject({ rank: 71, rankOutOf: 101 });
  });

  it('names the province as the province, with every group score it carries', () => {
    const province = r.snapshots[0]!;
    expect(province.unit).toMatchObject({ name: 'UBND tỉnh An Giang', level: 'province', group: 'Tỉnh, thành phố' });
    expect(province.unit.rank).toBeUndefined();
    expect(province.indicators.map((i) => [i.code, i.value])).toEqual([
      ['CKMB', 8], ['TDGQ', 17.98], ['DVCTT', 15.21], ['MDHL', 10.19], ['MDSH', 8.97], ['TONG_SCORE', 60.35],
    ]);
  });
});

describe('response-type registry', () => {
  const folder = fileURLToPath(new URL('../../core/indicators/responses/', import.meta.url));
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts') && !['index.ts', 'shared.ts'].includes(f));
  it.each(files)('%s is registered under its file name, titled in Vietnamese, and ends with the endpoints and responses it was made for', (file) => {
    const type = RESPONSE_TYPES.find((t) => t.id === file.replace(/\.ts$/, ''));
    expect(type, `${file} in RESPONSE_TYPES`).toBeDefined();
    expect(type!.title).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵệềếểễọỏõòóôộồốổỗơợờớởỡụủũùúưựừứửữịỉĩìíỵỷỹỳýđ]/i);
    const body = readFileSync(folder + file, 'utf8').trimEnd();
    const trailer = body.slice(body.lastIndexOf('/*'));
    expect(trailer).toMatch(/Made for:\n- POST https:\/\/dichvucong\.gov\.vn\//);
    // The responses it was made for, each a file that exists.
    const responses = [...trailer.slice(trailer.indexOf('Responses:')).matchAll(/((?:test\/fixtures|scripts\/harness)\/[\w./-]+\.(?:json|ts))/g)].map((m) => m[1]!);
    expect(responses.length, `${file} names its responses`).toBeGreaterThan(0);
    for (const r of responses) expect(existsSync(new URL(`../../${r}`, import.meta.url)), r).toBe(true);
  });
  it('knows the endpoints of DOMAIN §6 and nothing else', () => {
    expect(RESPONSE_TYPES).toHaveLength(files.length);
    for (const e of ['service-results', 'transparency', 'handling-satisfaction', 'dossier-digitized', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree']) {
      expect(endpointOf(API + e)).toBe(e);
    }
    expect(endpointOf('https://evil.example/api/v1/reporting/evaluation/transparency')).toBeUndefined();
    expect(endpointOf(`${API}unknown`)).toBeUndefined();
  });
});
