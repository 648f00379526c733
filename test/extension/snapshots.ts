// Snapshots as the page adapters produce them, for the extension's tests.
import { parsePeriodText } from '../../core/indicators/period.js';
import type { IndicatorSnapshot } from '../../core/indicators/schema.js';

export function snapshot(over: {
  unit?: string;
  capturedAt?: string;
  period?: string;
  hash?: string;
  values?: Record<string, number>;
  pageType?: string;
}): IndicatorSnapshot {
  const values = over.values ?? { TONG_SCORE: 78.5, CKMB: 16 };
  return {
    portal: 'dichvucong.gov.vn',
    pageType: over.pageType ?? 'dvc-766-tinh-thanh-pho',
    url: 'https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html',
    capturedAt: over.capturedAt ?? '2026-10-05T02:00:00.000Z',
    contentHash: over.hash ?? 'h1',
    unit: { name: over.unit ?? 'Xã Tà Mung', group: 'UBND cấp xã', rank: 3 },
    // The period as the adapters read it from its label: kind, first and last day, cumulative or not.
    period: parsePeriodText(over.period ?? 'Năm 2026') ?? { kind: 'unknown', label: over.period ?? '' },
    indicators: Object.entries(values).map(([code, value]) => ({
      code,
      label: code === 'TONG_SCORE' ? 'Tổng điểm' : code === 'CKMB' ? 'Công khai, minh bạch' : code,
      value,
      unit: 'points' as const,
      max: code === 'TONG_SCORE' ? 100 : 18,
    })),
  };
}
