// When two captures are the same, shared by the store, the preview and the history.
import { normalizeLabel } from '../../../core/text.js';
import { unitKey as unitNameKey } from '../../../core/indicators/units.js';
import type { IndicatorSnapshot } from '../../../core/indicators/schema.js';

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

/** Same page type, period, unit and table content (content hash) = the same capture, stored once. */
export function captureKey(s: IndicatorSnapshot): string {
  return [s.pageType, periodKey(s.period.label), unitKey(s.unit), s.contentHash].join('|');
}
