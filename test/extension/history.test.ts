import { describe, expect, it } from 'vitest';
import { previewCapture } from '../../extension/src/history/compare.js';
import { buildSeries, filterChoices, filterSeries } from '../../extension/src/history/series.js';
import { trendGeometry } from '../../extension/src/history/trend.js';
import { createStore } from '../../extension/src/storage/store.js';
import { memoryArea } from './memory-area.js';
import { snapshot } from './snapshots.js';

describe('preview against the last capture', () => {
  const earlier = snapshot({ unit: 'Xã Tà Mung', capturedAt: '2026-09-05T02:00:00.000Z', values: { TONG_SCORE: 75, CKMB: 16 } });
  const later = snapshot({ unit: 'Xã Tà Mung', capturedAt: '2026-10-05T02:00:00.000Z', hash: 'h2', values: { TONG_SCORE: 78.5, CKMB: 16 } });

  it('marks each indicator new, changed (with the previous value) or unchanged', () => {
    const incoming = snapshot({ unit: 'UBND xã Tà Mung', hash: 'h3', values: { TONG_SCORE: 80, CKMB: 16, MDHL: 18 } });
    const [preview] = previewCapture([incoming], [earlier, later]);
    const byCode = Object.fromEntries(preview!.changes.map((c) => [c.code, c]));
    expect(byCode.TONG_SCORE).toMatchObject({ status: 'changed', previous: { value: 78.5, capturedAt: later.capturedAt }, delta: 1.5 });
    expect(byCode.CKMB!.status).toBe('same');
    expect(byCode.MDHL!.status).toBe('new');
    expect(preview!.duplicate).toBe(false);
  });

  it('compares only within the same period', () => {
    const quarter = snapshot({ unit: 'Xã Tà Mung', period: 'Quý 3/2026', hash: 'q3' });
    expect(previewCapture([quarter], [earlier, later])[0]!.changes.every((c) => c.status === 'new')).toBe(true);
  });

  it('says when a capture is already stored', () => {
    expect(previewCapture([snapshot({ unit: 'Xã Tà Mung', hash: 'h2' })], [later])[0]!.duplicate).toBe(true);
  });
});

describe('history series', () => {
  it('orders captures by date with the change since the previous one, per unit, period and indicator', async () => {
    const store = createStore(memoryArea());
    await store.save([
      snapshot({ unit: 'Xã B', capturedAt: '2026-10-01T00:00:00Z', hash: 'b2', values: { TONG_SCORE: 70 } }),
      snapshot({ unit: 'Xã A', capturedAt: '2026-10-01T00:00:00Z', hash: 'a2', values: { TONG_SCORE: 81 } }),
      snapshot({ unit: 'Xã A', capturedAt: '2026-09-01T00:00:00Z', hash: 'a1', values: { TONG_SCORE: 79.5 } }),
      snapshot({ unit: 'Xã A', capturedAt: '2026-09-15T00:00:00Z', hash: 'aq', period: 'Quý 3/2026', values: { TONG_SCORE: 90 } }),
    ]);
    const series = buildSeries((await store.snapshots()).snapshots);
    expect(series.map((s) => `${s.unitName}|${s.period}|${s.code}`)).toEqual(['Xã A|Năm 2026|TONG_SCORE', 'Xã A|Quý 3/2026|TONG_SCORE', 'Xã B|Năm 2026|TONG_SCORE']);
    expect(series[0]!.points.map((p) => [p.value, p.delta])).toEqual([
      [79.5, undefined],
      [81, 1.5],
    ]);

    const choices = filterChoices(series);
    expect(choices.periods).toEqual(['Năm 2026', 'Quý 3/2026']);
    expect(choices.units.map((u) => u.label)).toEqual(['Xã A', 'Xã B']);
    expect(filterSeries(series, { unit: choices.units[1]!.value })).toHaveLength(1);
    expect(filterSeries(series, { period: 'Quý 3/2026' }).map((s) => s.unitName)).toEqual(['Xã A']);
    expect(filterSeries(series, { pageType: 'province-766-monitor' })).toHaveLength(0);
  });
});

describe('trend chart geometry', () => {
  it('puts the lowest value at the bottom and the highest at the top of the box', () => {
    const { dots, path } = trendGeometry([70, 80, 75], 100, 30, 3);
    expect(dots.map((d) => d.y)).toEqual([27, 3, 15]);
    expect(dots.map((d) => d.x)).toEqual([3, 50, 97]);
    expect(path).toBe('M3 27 L50 3 L97 15');
  });

  it('draws a flat series across the middle and a single value as one dot', () => {
    expect(trendGeometry([5, 5], 100, 30).dots.map((d) => d.y)).toEqual([15, 15]);
    expect(trendGeometry([5], 100, 30).dots).toEqual([{ x: 50, y: 15 }]);
  });
});
