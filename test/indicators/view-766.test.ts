// One view of the 766 page: its responses together whatever form the period was asked in, the newest view on a
// period switch, the groups still on their way named and the capture marked partial; units grouped as officers
// read them; ranks of a named list with ties; a JSON nested too deep refused by name; capture linear in the units.
import { describe, expect, it } from 'vitest';
import { warningsFor } from '../../core/indicators/capture.js';
import { jsonDepth, parseJsonText } from '../../core/indicators/json-text.js';
import { captureResponses, readSavedResponses, type SeenResponse } from '../../core/indicators/responses/index.js';
import { PAGE_766_URL } from '../../core/indicators/page-766.js';
import { harOfAsked, listOn, REQUESTS } from '../watch/six-lists-days.js';
import { unitLevelOf } from '../../core/indicators/units.js';
import { AT, failed, ok } from './load.js';
import { API, communeName, PROVINCE_ID, progressTree, shapeA, shapeAUnit } from '../../scripts/harness/responses-766.js';

const year = { timeType: 'year', year: 2026, rootDepartmentId: PROVINCE_ID, currentPage: 1, pageSize: 200 };
const satisfactionYear = { fromDate: '2026-01-01', toDate: '2026-12-31', rootDepartmentId: PROVINCE_ID, currentPage: 1, pageSize: 200 };
const at = (endpoint: string, request: unknown, body: unknown, seq?: number): SeenResponse => ({ url: API + endpoint, request, body, ...(seq !== undefined ? { seq } : {}) });
const all = (req: unknown, satisfaction: unknown) => [
  at('transparency', req, shapeA(3, 1, 200)),
  at('dvc-progress-tree', req, progressTree(3)),
  at('provide-online-tree', req, { code: 'OK', data: { parent: { departmentName: 'Tỉnh Phú Thọ', level: 'PROVINCE', totalScore: 9, totalMaxScore: 12 }, children: [] } }),
  at('formality-online-payment-tree', req, { code: 'OK', data: { parent: { departmentName: 'Tỉnh Phú Thọ', level: 'PROVINCE', totalScore: 6, totalMaxScore: 10 }, children: [] } }),
  at('handling-satisfaction', satisfaction, shapeA(3, 1, 200)),
  at('dossier-digitized', req, shapeA(3, 1, 200)),
];

describe('a view is what the page shows', () => {
  it('satisfaction asked 01/01–31/12 belongs with the groups asked by timeType year, whichever arrives last', () => {
    const responses = all(year, satisfactionYear);
    for (const order of [responses, [...responses].reverse(), [responses[4]!, ...responses.slice(0, 4), responses[5]!]]) {
      const r = ok(captureResponses(order, { capturedAt: AT, commune: 'Xã Tam Sơn' }));
      expect(r.warnings.map((w) => w.message).join('\n')).not.toMatch(/Bỏ qua|chưa đủ/);
      expect(r.view).toEqual({ period: 'Năm 2026', held: ['Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ'], waiting: [], missing: [] });
      const tamSon = r.snapshots[r.picked![0]!]!;
      expect(tamSon.period.label).toBe('Năm 2026');
      expect(tamSon.missingGroups).toBeUndefined();
      expect(tamSon.indicators.map((i) => i.group)).toEqual(expect.arrayContaining(['CKMB', 'TDGQ', 'MDHL', 'MDSH']));
    }
  });

  it('the newest view wins on a period switch, even when an answer of the old one comes last', () => {
    const quarter = { ...year, timeType: 'quarter', quarter: 3 };
    const old = all(year, satisfactionYear).map((s, i) => ({ ...s, seq: i }));
    const now = all(quarter, { ...satisfactionYear, fromDate: '2026-07-01', toDate: '2026-09-30' }).map((s, i) => ({ ...s, seq: 10 + i }));
    const late = { ...old[0]!, seq: 0 };
    const r = ok(captureResponses([...old.slice(1), ...now, late], { capturedAt: AT }));
    expect(r.snapshots[0]!.period.label).toBe('Quý 3/2026');
    expect(r.view!.held).toHaveLength(6);
    expect(r.warnings[0]!.message).toBe('Bỏ qua 6 phản hồi của kỳ hoặc tỉnh đã xem trước đó; chỉ lấy kỳ, tỉnh đang xem (Quý 3/2026).');
  });

  it('a group still on its way is named, and every snapshot of the capture is marked partial', () => {
    const [late, ...arrived] = all(year, satisfactionYear);
    const r = ok(captureResponses(arrived, { capturedAt: AT, pending: [{ url: late!.url, request: late!.request }] }));
    expect(r.view).toMatchObject({ waiting: ['Công khai, minh bạch'], missing: [] });
    expect(r.snapshots.every((s) => s.missingGroups?.join() === 'Công khai, minh bạch')).toBe(true);
    expect(r.warnings.map((w) => w.message)).toContain('Trang chưa nhận xong số liệu nhóm «Công khai, minh bạch»: lần chụp này chưa đủ và chỉ lưu được là chụp chưa đủ.');
    // Only requests on their way: nothing to show yet, and it says which.
    expect(failed(captureResponses([], { capturedAt: AT, pending: [{ url: late!.url, request: late!.request }] })).error.message).toMatch(/^Trang đang chờ số liệu nhóm «Công khai, minh bạch»:/);
  });

  it('a list the portal refused is said of the view it was refused for only: a HAR’s 403 of August, then the page on July', () => {
    // Phú Thọ's real answers (test/fixtures/real/watch/): August's «Mức độ hài lòng» refused, its «Công khai, minh bạch» answered.
    const day = '2026-09-14';
    const har = harOfAsked(day, [{ endpoint: 'handling-satisfaction', status: 403 }, { endpoint: 'transparency', status: 201, body: listOn(day, 'transparency') }]) as { log: { entries: unknown[] } };
    const notes = () => {
      const read = readSavedResponses(har, PAGE_766_URL);
      if (!read.ok) throw new Error(read.error.message);
      return ok(captureResponses(read.seen, { capturedAt: AT, ...(read.refused ? { refused: read.refused } : {}) })).warnings.map((w) => w.message).join('\n');
    };
    expect(notes()).toContain('Cổng không trả danh sách «Mức độ hài lòng» (mã 403): lần chụp thiếu danh sách này.');
    // The officer then switched to July, whose page loaded «Công khai, minh bạch» only: the five others not loaded.
    const july = { method: 'POST', url: `${API}transparency`, postData: { mimeType: 'application/json', text: JSON.stringify({ ...REQUESTS.transparency, month: 7 }) } };
    har.log.entries.push({ startedDateTime: '2026-09-15T04:10:00.000Z', request: july, response: { status: 201, content: { mimeType: 'application/json', text: JSON.stringify(listOn(day, 'transparency')) } } });
    expect(notes()).not.toContain('Cổng không trả');
    expect(notes()).toContain('Trang chưa tải nhóm «Tiến độ giải quyết», «Dịch vụ công trực tuyến», «Thanh toán trực tuyến», «Mức độ hài lòng», «Số hóa hồ sơ» cho kỳ này');
  });
});

describe('units grouped as officers read them', () => {
  it('from departmentType, and for tree rows that say only PROVINCE, from the code and then the name', () => {
    expect(unitLevelOf({ departmentType: 'PROVINCIAL_DEPARTMENT', departmentLevel: 'PROVINCE' }, 'Sở Tư pháp')).toBe('provincial-agency');
    expect(unitLevelOf({ level: 'PROVINCE' }, 'Sở Y tế - Tỉnh Phú Thọ', 'H44.22')).toBe('provincial-agency');
    expect(unitLevelOf({ level: 'PROVINCE' }, 'Tỉnh Phú Thọ', 'H44')).toBe('province');
    expect(unitLevelOf({ level: 'PROVINCE' }, 'Văn phòng UBND tỉnh')).toBe('provincial-agency');
    expect(unitLevelOf({ level: 'PROVINCE' }, 'Thanh tra tỉnh')).toBe('provincial-agency');
    expect(unitLevelOf({ level: 'PROVINCE' }, 'Tỉnh Phú Thọ')).toBe('province');
    expect(unitLevelOf({ level: 'COMMUNE' }, 'UBND xã Tam Sơn', 'H44.166')).toBe('commune');
    // The responses' own strings are looked up in maps: a tag «__proto__» is no level, never a crash.
    expect(unitLevelOf({ departmentType: '__proto__', level: 'constructor' }, 'UBND xã Tam Sơn')).toBeUndefined();
    const r = ok(captureResponses([at('dvc-progress-tree', year, progressTree(2, (i) => ({
      departmentName: i === 0 ? 'Sở Y tế - Tỉnh Phú Thọ' : 'Ban quản lý các khu công nghiệp', departmentCode: `H25.${i + 1}`, level: 'PROVINCE',
      totalReceived: 10, totalOnTime: 10, totalOverdue: 0, avgProcessingDays: 1, ratio: 100, score: 20, maxScore: 20, scoreDelta: 0,
    })))], { capturedAt: AT }));
    expect(r.snapshots.map((s) => [s.unit.name, s.unit.group])).toEqual([
      ['Tỉnh Phú Thọ', 'Tỉnh, thành phố'], ['Sở Y tế - Tỉnh Phú Thọ', 'Sở, ban, ngành'], ['Ban quản lý các khu công nghiệp', 'Sở, ban, ngành'],
    ]);
  });
});

describe('ranks', () => {
  it('say of which list and period, and equal scores share a place (đồng hạng)', () => {
    const r = ok(captureResponses([at('transparency', year, shapeA(20, 1, 200))], { capturedAt: AT }));
    // Communes 9 and 19 share the best score.
    const first = r.snapshots.filter((s) => s.unit.rank === 1);
    expect(first.map((s) => s.unit.name)).toEqual(['UBND xã Số 9', 'UBND xã Số 19']);
    expect(first[0]!.unit).toMatchObject({ tied: true, rankOf: 'Công khai, minh bạch · UBND cấp xã · Năm 2026' });
    expect(r.snapshots.find((s) => s.unit.name === 'UBND xã Số 8')!.unit.rank).toBe(3);
  });
});

describe('bounded and linear', () => {
  it('refuses a JSON nested 200,000 deep, in Vietnamese, naming the file', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(jsonDepth(deep)).toBe(65);
    expect(parseJsonText(deep, 'phan-hoi.json')).toEqual({ ok: false, message: 'phan-hoi.json: dữ liệu JSON lồng nhau quá 64 tầng — không phải phản hồi của trang 766, không đọc.' });
    expect(parseJsonText('{"a":"[[[[","b":[1]}', 'x.json')).toEqual({ ok: true, value: { a: '[[[[', b: [1] } });
    expect(parseJsonText('{"a":', 'x.json')).toMatchObject({ ok: false, message: expect.stringMatching(/^x\.json không phải JSON đọc được/) });
  });

  it('matches warnings to units through an index: 8,000 units × 4 notes, each unit gets its own; a list of 4,000 read whole', () => {
    const units = Array.from({ length: 8000 }, (_, i) => communeName(i + 2));
    const warnings = units.flatMap((u) => Array.from({ length: 4 }, (_, k) => ({ message: `${u} ${k}`, unit: u })));
    const picked = warningsFor(warnings, [units[7000]!, 'Xã Số 12']);
    expect(picked.map((w) => w.message)).toEqual([0, 1, 2, 3].map((k) => `UBND xã Số 12 ${k}`).concat([0, 1, 2, 3].map((k) => `${units[7000]} ${k}`)));
    expect(warningsFor(warnings, units)).toHaveLength(32_000);
    // Within the bound of one list (MAX_LIST_UNITS, 5,000: a province's list holds some hundred units).
    const many = ok(captureResponses([at('transparency', year, shapeA(4000, 1, 4000, (i) => shapeAUnit(i)))], { capturedAt: AT }));
    expect(many.snapshots).toHaveLength(4001);
  });
});
