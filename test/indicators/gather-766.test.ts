// The plan of one click on the 766 page (core/indicators/gather-766.ts), from the request the page really sent for a
// province's progress tree (test/fixtures/real/watch/README.md: Phú Thọ, August 2026, saved by a public tracker).
import { describe, expect, it } from 'vitest';
import { GATHER_MAX, planGather } from '../../core/indicators/gather-766.js';

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
    expect(GATHER_MAX).toBe(7);
    const plan = planGather([{ url: `${API}transparency`, request: { timeType: 'year', year: 2026, rootDepartmentId: ROOT } }], 2);
    expect(plan.ok && plan.requests.length).toBe(2);
    const national = planGather([{ url: `${API}service-results`, request: { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' } }]);
    expect(national).toEqual({ ok: false, message: expect.stringMatching(/^Trang chưa hỏi số liệu của tỉnh nào: chọn tỉnh/) });
    const range = planGather([{ url: `${API}handling-satisfaction`, request: { fromDate: '2026-01-05', toDate: '2026-02-10', rootDepartmentId: ROOT } }]);
    expect(range.ok).toBe(false);
  });
});
