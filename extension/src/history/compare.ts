// What a new capture says that the last capture of the same unit and period did not (shown in the preview).
import { warningsFor, type CaptureWarning } from '../../../core/indicators/capture.js';
import type { IndicatorSnapshot, IndicatorValue } from '../../../core/indicators/schema.js';
import { captureKey, periodKey, unitKey } from './identity.js';

export type IndicatorChange = IndicatorValue & {
  /** `new`: never captured for this unit and period; `changed`/`same` against the last capture. */
  status: 'new' | 'changed' | 'same';
  previous?: { value: number; capturedAt: string };
  /** value − previous value, when changed. */
  delta?: number;
};

export type SnapshotPreview = {
  snapshot: IndicatorSnapshot;
  /** Already stored (same page, period, unit and content): saving will skip it. */
  duplicate: boolean;
  changes: IndicatorChange[];
};

const seriesKey = (s: IndicatorSnapshot) => `${unitKey(s.unit)}|${periodKey(s.period.label)}`;

/** Compares each captured snapshot with the stored captures of the same unit and period. */
export function previewCapture(
  incoming: readonly IndicatorSnapshot[],
  stored: readonly IndicatorSnapshot[],
): SnapshotPreview[] {
  const storedKeys = new Set(stored.map(captureKey));
  // Latest value and date per unit+period and indicator code.
  const latest = new Map<string, Map<string, { value: number; capturedAt: string }>>();
  for (const s of stored) {
    const key = seriesKey(s);
    const byCode = latest.get(key) ?? new Map();
    latest.set(key, byCode);
    for (const indicator of s.indicators) {
      const seen = byCode.get(indicator.code);
      if (!seen || seen.capturedAt < s.capturedAt) byCode.set(indicator.code, { value: indicator.value, capturedAt: s.capturedAt });
    }
  }
  return incoming.map((snapshot) => {
    const byCode = latest.get(seriesKey(snapshot));
    const changes = snapshot.indicators.map((indicator): IndicatorChange => {
      const previous = byCode?.get(indicator.code);
      if (!previous) return { ...indicator, status: 'new' };
      if (previous.value === indicator.value) return { ...indicator, status: 'same', previous };
      return { ...indicator, status: 'changed', previous, delta: indicator.value - previous.value };
    });
    return { snapshot, duplicate: storedKeys.has(captureKey(snapshot)), changes };
  });
}

/** The preview's warnings: the page-level ones and those about the units chosen for saving (indexes into previews). */
export function previewWarnings(warnings: readonly CaptureWarning[], previews: readonly SnapshotPreview[], chosen: Iterable<number>): CaptureWarning[] {
  return warningsFor(warnings, [...chosen].flatMap((i) => (previews[i] ? [previews[i].snapshot.unit.name] : [])));
}
