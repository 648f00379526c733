// Page readers and response readers run isolated, as checks do (core/checks/run.ts): in a test registry, one that
// throws is named in a Vietnamese notice and the others still read.
import { describe, expect, it } from 'vitest';
import { definePage, type PageType } from '../../core/indicators/capture.js';
import { capturePage, PAGE_TYPES } from '../../core/indicators/pages/index.js';
import { captureResponses, RESPONSE_TYPES, type ResponseType } from '../../core/indicators/responses/index.js';
import { AT, failed, loadPage, MOTCUA, ok } from './load.js';
import { API, progressTree, request, shapeA } from '../../scripts/harness/responses-766.js';

const broken: PageType = definePage({
  id: 'broken-reader',
  title: 'Bộ đọc hỏng (thử)',
  titleEn: 'Broken reader (test)',
  yields: ['HS_TRUC_TUYEN'],
  matches: () => true,
  capture() {
    throw new TypeError("Cannot read properties of undefined (reading 'cells')");
  },
});

describe('page readers', () => {
  it('one that throws is named, and the page is still read by the others', () => {
    const r = ok(capturePage(loadPage('province-766-monitor.html'), MOTCUA, { capturedAt: AT }, [broken, ...PAGE_TYPES]));
    expect(r.pageType).toBe('province-766-monitor');
    expect(r.snapshots).toHaveLength(6);
    expect(r.warnings[0]!.message).toBe("Bộ đọc «Bộ đọc hỏng (thử)» gặp lỗi khi đọc trang (Cannot read properties of undefined (reading 'cells')): bỏ qua bộ đọc này, các bộ đọc khác vẫn đọc.");
  });

  it('when it was the only one, the refusal names it — never an error escaping to the popup', () => {
    const r = failed(capturePage(loadPage('province-766-monitor.html'), MOTCUA, { capturedAt: AT }, [broken]));
    expect(r.error.message).toContain('Không bộ đọc nào đọc được trang. Bộ đọc «Bộ đọc hỏng (thử)» gặp lỗi');
  });
});

describe('response readers', () => {
  const throwing: ResponseType = { id: 'broken-transparency', title: 'Công khai, minh bạch (bộ đọc hỏng)', endpoints: ['transparency'], read: () => { throw new RangeError('Maximum call stack size exceeded'); } };
  const registry = [throwing, ...RESPONSE_TYPES.filter((t) => !t.endpoints.includes('transparency'))];
  const seen = [
    { url: `${API}transparency`, request: request(), body: shapeA(3) },
    { url: `${API}dvc-progress-tree`, request: request(), body: progressTree(3) },
  ];

  it('one that throws is named, and the other lists of the view are still read', () => {
    const r = ok(captureResponses(seen, { capturedAt: AT, types: registry }));
    expect(r.snapshots).toHaveLength(4);
    expect(r.snapshots.every((s) => s.indicators.some((i) => i.code === 'TDGQ') && !s.indicators.some((i) => i.code === 'CKMB'))).toBe(true);
    expect(r.warnings.map((w) => w.message)).toContain('Bộ đọc «Công khai, minh bạch (bộ đọc hỏng)» gặp lỗi khi đọc phản hồi «transparency» (Maximum call stack size exceeded): phần này không đọc được, các phần khác vẫn đọc. Cần đối chiếu phần này trên cổng.');
  });

  it('when nothing else was read, the refusal names it', () => {
    const r = failed(captureResponses(seen.slice(0, 1), { capturedAt: AT, types: registry }));
    expect(r.error.message).toContain('Bộ đọc «Công khai, minh bạch (bộ đọc hỏng)» gặp lỗi');
  });
});
