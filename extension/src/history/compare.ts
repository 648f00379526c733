// What a new capture says that the previous capture of the same unit, indicator and kind of period did not
// (shown in the preview): month against the month before, a cumulative range against its shorter self.
import { warningsFor, type CaptureWarning } from '../../../core/indicators/capture.js';
import type { IndicatorSnapshot, IndicatorValue } from '../../../core/indicators/schema.js';
import { captureKey, codesApart } from '../../../core/watch/captures.js';
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

type Previous = NonNullable<IndicatorChange['previous']> & { order: string; code: string | undefined };

/**
 * Compares each captured snapshot with the stored captures of the same unit and kind of period: the latest one
 * that comes before it (by the period's last day, then the capture time). A capture already stored is compared
 * with itself — «unchanged», never a change beside «already saved». A capture under its name with another code than
 * the name had is another unit, as the watch has it (core/watch/captures.ts codesApart): not compared with the old.
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
      list.push({ value: indicator.value, capturedAt: s.capturedAt, period: s.period.label, order, code: s.unit.code });
    }
  }
  for (const byCode of history.values()) for (const list of byCode.values()) list.sort((a, b) => a.order.localeCompare(b.order));
  return incoming.map((snapshot) => {
    const same = storedByKey.get(captureKey(snapshot));
    const byCode = history.get(seriesKey(snapshot));
    const order = seriesOrder(snapshot);
    const changes = snapshot.indicators.map((indicator): IndicatorChange => {
      const previous = same ? fromCapture(same, indicator.code) : latestBefore(byCode?.get(indicator.code), order, snapshot.unit.code);
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

/** Of a series in order, the latest figure before `order` of the same unit as one of `code` (the name's code then). */
function latestBefore(list: readonly Previous[] | undefined, order: string, code: string | undefined): IndicatorChange['previous'] {
  const before = (list ?? []).filter((p) => p.order <= order);
  const apart = codesApart([...before.map((p) => p.code), code]);
  const best = before.findLast((_, i) => apart[i] === undefined);
  return best && { value: best.value, capturedAt: best.capturedAt, period: best.period };
}

/** The preview's warnings: the page-level ones and those about the units chosen for saving (indexes into previews). */
export function previewWarnings(warnings: readonly CaptureWarning[], previews: readonly SnapshotPreview[], chosen: Iterable<number>): CaptureWarning[] {
  return warningsFor(warnings, [...chosen].flatMap((i) => (previews[i] ? [previews[i].snapshot.unit.name] : [])));
}

/* Made for: the capture preview: what a new capture says that the previous one of the same unit, indicator and kind of period did not, before the officer saves it. */
