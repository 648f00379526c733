// Units a file of snapshots names differently under one code (a commune the portal renamed), found once for every
// sheet that writes the file's rows: the extension's export (.xlsx, CSV) and the add-in's «Chỉ số cổng DVC».
import type { IndicatorSnapshot } from './schema.js';
import { addTo } from '../grouped.js';

/** Which unit of a file a snapshot is, for renamedInFile: its portal, page type and code. */
export const renameKey = (s: Pick<IndicatorSnapshot, 'portal' | 'pageType' | 'unit'>): string => `${s.portal}|${s.pageType}|${s.unit.code ?? ''}`;

/**
 * The units a file names differently under one code (a renamed commune), by renameKey, their names in the order
 * captured: a sheet filtered or pivoted by name would split the unit in two without a word — the export's «Ghi chú»
 * and the add-in's «Chỉ số cổng DVC» say it on each of the unit's rows.
 */
export function renamedInFile(snapshots: readonly IndicatorSnapshot[]): Map<string, { code: string; names: string[] }> {
  const byKey = new Map<string, IndicatorSnapshot[]>();
  for (const s of snapshots) if (s.unit.code) addTo(byKey, renameKey(s), s);
  const renamed = new Map<string, { code: string; names: string[] }>();
  for (const [key, captured] of byKey) {
    const names = [...new Set([...captured].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)).map((s) => s.unit.name))];
    if (names.length > 1) renamed.set(key, { code: captured[0]!.unit.code!, names });
  }
  return renamed;
}

/* Made for: the export's and the add-in's «Ghi chú» saying a renamed unit alike (Phú Thọ's season, «UBND xã Bình Phú» renamed «UBND xã Phú Bình» under H44.116). */
