// The plan of one click on the 766 page (core/indicators/gather-766.ts), from the request the page really sent for a
// province's progress tree (test/fixtures/real/watch/README.md: Phú Thọ, August 2026, saved by a public tracker).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GATHER_MAX, planGather, type SentRequest } from '../../core/indicators/gather-766.js';
import { shapeA } from '../../scripts/harness/responses-766.js';

const API = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
const ROOT = '019d2be3-6a88-732b-8b17-b68020c8553a';
const PROGRESS = { timeType: 'month', year: 2026, month: 8, rootDepartmentId: ROOT, currentPage: 1, pageSize: 100 };

describe('the lists one click asks the portal for', () => {
  it('the other groups and every unit\'s total, with the page\'s province, period and page size; satisfaction by its dates', () => {
    const plan = planGather([{ url: `${API}dvc-progress-tree`, request: PROGRESS }]);
    expect(plan.ok && plan.period).toBe('Tháng 8/2026');
    if (!plan.ok) return;
    expect(plan.requests.map((r) => [r.endpoint, r.title])).toEqual([
      ['transparency', 'Công khai, minh bạch'],
      ['provide-online-tree', 'Dịch vụ công trực tuyến'],
      ['formality-online-payment-tree', 'Thanh toán trực tuyến'],
      ['handling-satisfaction', 'Mức độ hài lòng'],
      ['dossier-digitized', 'Số hóa hồ sơ'],
      ['service-results', 'Tổng điểm của mọi đơn vị'],
    ]);
    const body = (e: string) => plan.requests.find((r) => r.endpoint === e)!;
    expect(body('transparency')).toEqual({ endpoint: 'transparency', url: `${API}transparency`, title: 'Công khai, minh bạch', body: PROGRESS });
    expect(body('handling-satisfaction').body).toEqual({ fromDate: '2026-08-01', toDate: '2026-08-31', rootDepartmentId: ROOT, currentPage: 1, pageSize: 100 });
    expect(body('service-results').body).toEqual(PROGRESS);
  });

  it('from a satisfaction request (dates), the others by timeType; never a list the page asked for, answered or on its way', () => {
    const dated = { fromDate: '2026-07-01', toDate: '2026-09-30', rootDepartmentId: ROOT, currentPage: 1, pageSize: 200 };
    const plan = planGather([
      { url: `${API}transparency`, request: { timeType: 'quarter', year: 2026, quarter: 3, rootDepartmentId: ROOT, currentPage: 1, pageSize: 200 } },
      { url: `${API}handling-satisfaction`, request: dated },
    ]);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.requests.map((r) => r.endpoint)).toEqual(['dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree', 'dossier-digitized', 'service-results']);
    expect(plan.requests[0]!.body).toEqual({ timeType: 'quarter', year: 2026, quarter: 3, rootDepartmentId: ROOT, currentPage: 1, pageSize: 200 });
  });

  it('follows the view the page shows last; a list filtered by a procedure is not the view', () => {
    const plan = planGather([
      { url: `${API}transparency`, request: { timeType: 'year', year: 2025, rootDepartmentId: 'other' } },
      { url: `${API}dvc-progress-tree`, request: PROGRESS },
      { url: `${API}transparency`, request: { ...PROGRESS, formalityId: '019d2bfd-8e22-77ef-819f-e49460350904' } },
    ]);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.requests.map((r) => r.endpoint)).toContain('transparency');
    expect(plan.requests.every((r) => r.body.rootDepartmentId === ROOT && r.body.formalityId === undefined)).toBe(true);
  });

  it('bounded per click; refused, in Vietnamese, before the page asked for a province', () => {
    expect(GATHER_MAX).toBe(16);
    const plan = planGather([{ url: `${API}transparency`, request: { timeType: 'year', year: 2026, rootDepartmentId: ROOT } }], 2);
    expect(plan.ok && plan.requests.length).toBe(2);
    const national = planGather([{ url: `${API}service-results`, request: { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' } }]);
    expect(national).toEqual({ ok: false, message: expect.stringMatching(/^Trang chưa hỏi số liệu của tỉnh nào: chọn tỉnh/) });
    const range = planGather([{ url: `${API}handling-satisfaction`, request: { fromDate: '2026-01-05', toDate: '2026-02-10', rootDepartmentId: ROOT } }]);
    expect(range.ok).toBe(false);
  });

  it('asks the further pages a list\'s answer says it has, after every first page; none when the answer is whole', () => {
    const page1 = { ...PROGRESS, pageSize: 100 };
    // A province of 250 units answered 100 a page (the stand-in's shape A, its pagination as the portal writes it).
    const answered: SentRequest = { url: `${API}transparency`, request: page1, body: shapeA(250, 1, 100) };
    const plan = planGather([answered]);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.requests.map((r) => r.title)).toEqual([
      'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ', 'Tổng điểm của mọi đơn vị',
      'Công khai, minh bạch, trang 2', 'Công khai, minh bạch, trang 3',
    ]);
    expect(plan.requests.slice(-2).map((r) => r.body)).toEqual([{ ...page1, currentPage: 2 }, { ...page1, currentPage: 3 }]);
    expect(plan.cut).toEqual([]);
    // Page 2 on its way: only page 3 is left to ask.
    const next = planGather([answered, { url: `${API}transparency`, request: { ...page1, currentPage: 2 } }]);
    expect(next.ok && next.requests.filter((r) => r.endpoint === 'transparency').map((r) => r.body.currentPage)).toEqual([3]);
    // Phú Thọ's real transparency answer: 163 units, one page of 200 — nothing more to ask.
    const real = JSON.parse(readFileSync(new URL('../fixtures/real/portal/transparency-phu-tho-2026-trimmed.json', import.meta.url), 'utf8')) as unknown;
    const whole = planGather([{ url: `${API}transparency`, request: { ...PROGRESS, pageSize: 200 }, body: real }]);
    expect(whole.ok && whole.requests.some((r) => r.endpoint === 'transparency')).toBe(false);
  });

  it('with no page count in the answer, asks the next page after a full one; names the lists the bound leaves out', () => {
    const full = { code: 'OK', data: { children: Array.from({ length: 100 }, (_, i) => ({ departmentName: `UBND xã ${i}` })) } };
    const tree = (page: number, rows: number) => ({ url: `${API}dvc-progress-tree`, request: { ...PROGRESS, currentPage: page }, body: { code: 'OK', data: { children: full.data.children.slice(0, rows) } } });
    const plan = planGather([tree(1, 100)]);
    expect(plan.ok && plan.requests.at(-1)).toMatchObject({ title: 'Tiến độ giải quyết, trang 2', body: { ...PROGRESS, currentPage: 2 } });
    // Phú Thọ's real progress tree: 163 children for a page size of 100 — the tree ignores paging, nothing more to ask.
    const realTree = JSON.parse(readFileSync(new URL('../fixtures/real/watch/dvc-progress-tree-month-all.json', import.meta.url), 'utf8')) as unknown;
    const wholeTree = planGather([{ url: `${API}dvc-progress-tree`, request: PROGRESS, body: realTree }]);
    expect(wholeTree.ok && wholeTree.requests.some((r) => r.endpoint === 'dvc-progress-tree')).toBe(false);
    const done = planGather([tree(1, 100), tree(2, 63)]);
    expect(done.ok && done.requests.some((r) => r.endpoint === 'dvc-progress-tree')).toBe(false);
    const bounded = planGather([tree(1, 100)], 5);
    expect(bounded.ok && bounded.requests.length).toBe(5);
    expect(bounded.ok && bounded.cut).toEqual(['Tổng điểm của mọi đơn vị', 'Tiến độ giải quyết']);
  });
});
