// What a new capture says that the previous capture of the same unit, indicator and kind of period did not
// (shown in the preview): month against the month before, a cumulative range against its shorter self.
import { warningsFor, type CaptureWarning } from '../../../core/indicators/capture.js';
import type { IndicatorSnapshot, IndicatorValue } from '../../../core/indicators/schema.js';
import { captureKey } from '../../../core/watch/captures.js';
import { seriesOrder, seriesPeriod, unitKey } from './identity.js';

export type IndicatorChange = IndicatorValue & {
  /** `new`: never captured for this unit and kind of period; `changed`/`same` against the previous capture. */
  status: 'new' | 'changed' | 'same';
  /** The previous capture's value, when it was captured, and its period ("Tháng 9/2026"). */
  previous?: { value: number | null; capturedAt: string; period: string };
  /** value − previous value, when changed and both are figures. */
  delta?: number;
};

export type SnapshotPreview = {
  snapshot: IndicatorSnapshot;
  /** Already stored (same page, period, unit and content): saving will skip it. */
  duplicate: boolean;
  changes: IndicatorChange[];
};

const seriesKey = (s: IndicatorSnapshot) => `${unitKey(s.unit)}|${seriesPeriod(s).key}`;

type Previous = NonNullable<IndicatorChange['previous']> & { order: string };

/**
 * Compares each captured snapshot with the stored captures of the same unit and kind of period: the latest one
 * that comes before it (by the period's last day, then the capture time). A capture already stored is compared
 * with itself — «unchanged», never a change beside «already saved».
 */
export function previewCapture(
  incoming: readonly IndicatorSnapshot[],
  stored: readonly IndicatorSnapshot[],
): SnapshotPreview[] {
  const storedByKey = new Map(stored.map((s) => [captureKey(s), s]));
  // Per unit + kind of period and indicator code, every stored value in series order.
  const history = new Map<string, Map<string, Previous[]>>();
  for (const s of stored) {
    const key = seriesKey(s);
    const byCode = history.get(key) ?? new Map<string, Previous[]>();
    history.set(key, byCode);
    const order = seriesOrder(s);
    for (const indicator of s.indicators) {
      const list = byCode.get(indicator.code) ?? [];
      byCode.set(indicator.code, list);
      list.push({ value: indicator.value, capturedAt: s.capturedAt, period: s.period.label, order });
    }
  }
  return incoming.map((snapshot) => {
    const same = storedByKey.get(captureKey(snapshot));
    const byCode = history.get(seriesKey(snapshot));
    const order = seriesOrder(snapshot);
    const changes = snapshot.indicators.map((indicator): IndicatorChange => {
      const previous = same ? fromCapture(same, indicator.code) : latestBefore(byCode?.get(indicator.code), order);
      if (!previous) return { ...indicator, status: 'new' };
      if (same || previous.value === indicator.value) return { ...indicator, status: 'same', previous };
      // From or to «no data»: changed, with no difference to compute.
      const delta = indicator.value !== null && previous.value !== null ? { delta: indicator.value - previous.value } : {};
      return { ...indicator, status: 'changed', previous, ...delta };
    });
    return { snapshot, duplicate: same !== undefined, changes };
  });
}

function fromCapture(s: IndicatorSnapshot, code: string): IndicatorChange['previous'] {
  const v = s.indicators.find((i) => i.code === code);
  return v && { value: v.value, capturedAt: s.capturedAt, period: s.period.label };
}

function latestBefore(list: readonly Previous[] | undefined, order: string): IndicatorChange['previous'] {
  let best: Previous | undefined;
  for (const p of list ?? []) if (p.order <= order && (!best || p.order > best.order)) best = p;
  return best && { value: best.value, capturedAt: best.capturedAt, period: best.period };
}

/** The preview's warnings: the page-level ones and those about the units chosen for saving (indexes into previews). */
export function previewWarnings(warnings: readonly CaptureWarning[], previews: readonly SnapshotPreview[], chosen: Iterable<number>): CaptureWarning[] {
  return warningsFor(warnings, [...chosen].flatMap((i) => (previews[i] ? [previews[i].snapshot.unit.name] : [])));
}

/* Made for: the capture preview: what a new capture says that the previous one of the same unit, indicator and kind of period did not, before the officer saves it. */
