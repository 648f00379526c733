// When two captures are the same capture, stored once: the store's key, shared by the preview and the history (which
// read the store, so the key lives beside it).
import { normalizeLabel } from '../../../core/text.js';
import { unitKey as unitNameKey } from '../../../core/indicators/units.js';
import type { IndicatorSnapshot } from '../../../core/indicators/schema.js';
import { dataDay } from '../../../core/watch/data-day.js';

/** Names and period labels repeat across every capture of a history: normalise each text once. */
function memo(normalize: (text: string) => string): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let key = seen.get(text);
    if (key === undefined) seen.set(text, (key = normalize(text)));
    return key;
  };
}
const unitNameKeyOnce = memo(unitNameKey);
/** The period label without diacritics or case ("Quý II năm 2025" = "quý ii năm 2025"). */
export const periodKey = memo(normalizeLabel);

/**
 * One unit across pages, by name as officers read it ("UBND xã Ta Ma" = "Xã Ta Ma"). Not the code
 * (mã định danh): the national ranking shows none while provincial tables do.
 */
export function unitKey(unit: IndicatorSnapshot['unit']): string {
  return unitNameKeyOnce(unit.name);
}

/**
 * Same data day, page type, period, unit and table content (content hash) = the same capture, stored once. Another
 * day's capture of unchanged figures is that day's observation: kept, so an unchanged day is no gap in the watch.
 */
export function captureKey(s: Pick<IndicatorSnapshot, 'capturedAt' | 'pageType' | 'period' | 'unit' | 'contentHash'>): string {
  return [dataDay(s.capturedAt) ?? '', s.pageType, periodKey(s.period.label), unitKey(s.unit), s.contentHash].join('|');
}

/* Made for: issue 49 item 3: when two captures are the same capture, beside the store that keeps one of them, so the store no longer imports the history (no folder loop). */
