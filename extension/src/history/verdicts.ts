// Nhận định của ngày (the day's verdicts) as the extension's faces read them: the digest of the stored captures (the
// data days a digest reads, as far back as its runs of falls go: core/watch/digest.ts digestReadingBack) built once by
// core — «Bản tin», the popup's summary and the history page's unit tables all read its verdicts, so none counts a unit
// otherwise than the digest, the brief and `thidua watch`.
import { watchKey, type WatchSeries } from '../../../core/watch/captures.js';
import { digestReadingBack, newsLevels, type Digest } from '../../../core/watch/digest.js';
import { shortDate } from '../../../core/watch/data-day.js';
import type { Verdict, VerdictState } from '../../../core/watch/verdict.js';
import type { Translate } from '../i18n.js';
import type { Settings } from '../storage/settings.js';
import type { IndicatorStore, StoredClusters } from '../storage/store.js';

/** The digest of the stored captures with the officer's settings; undefined when nothing stored is scored. */
export async function storedDigest(store: IndicatorStore, settings: Settings): Promise<{ digest: Digest; series: WatchSeries; clusters?: StoredClusters } | undefined> {
  const [days, clusters] = await Promise.all([store.days(), store.clusters()]);
  const read = await digestReadingBack(days, async (which) => (await store.captures(which)).captures, { thresholds: settings.thresholds, ...(settings.commune ? { own: settings.commune } : {}), ...(clusters ? { clusters: clusters.list } : {}) });
  return read && { ...read, ...(clusters ? { clusters } : {}) };
}

/** Each unit's verdict by the key units are known by across days (its name as officers read it). */
export function verdictsByUnit(digest: Digest): Map<string, Verdict> {
  return new Map(digest.levels.flatMap((l) => l.units).map((u) => [watchKey(u.name), u.verdict]));
}

/**
 * A unit's verdict in words, the popup's own line and the history page's table alike: its states, else nothing to
 * note (in the groups captured, on a day of fewer lists), then its groups red under it not red, then a group red at
 * an earlier capture not captured today.
 */
export function verdictWords(v: Verdict, t: Translate): string {
  const states = v.states.length > 0 ? v.states.map((s) => t(`verdict.state.${s}`)).join(', ') : t(v.byGroups ? 'verdict.noneCaptured' : 'verdict.none');
  return [
    states,
    ...(v.redGroups ? [t('verdict.redGroups', { groups: v.redGroups.join(', ') })] : []),
    ...(v.redNotCaptured ? [t('verdict.redNotCaptured', { groups: v.redNotCaptured.groups.join(', '), day: shortDate(v.redNotCaptured.day) })] : []),
  ].join('; ');
}

/** The states the popup counts per level, in the digest's order. */
export const COUNTED: readonly VerdictState[] = ['fell', 'slid', 'unseen', 'into-red', 'left-red', 'red', 'group-red', 'new'];

/**
 * Per level (agencies, communes): its title, how many units, how many in each counted state, and how many are judged by
 * the groups captured alone (no total that day: what is not captured is not known, their red not their total's).
 */
export function levelCounts(digest: Digest): { title: string; units: number; byGroups: number; counts: [VerdictState, number][] }[] {
  return newsLevels(digest).map((l) => ({ title: l.title, units: l.units.length, byGroups: l.units.filter((u) => u.verdict.byGroups).length, counts: COUNTED.map((s): [VerdictState, number] => [s, l.units.filter((u) => u.verdict.states.includes(s)).length]).filter(([, n]) => n > 0) }));
}

/**
 * A level's counts in words, as the popup says them; units coloured by the groups captured said so, as the brief's
 * standing says it — a second morning of two lists read «đỏ 6» in the popup where the brief read «đỏ 6 (vẫn đỏ 6) …
 * — cả 15 đơn vị xếp màu theo các nhóm đã chụp, chưa biết màu theo tổng điểm».
 */
export function levelCountWords(l: ReturnType<typeof levelCounts>[number], t: Translate): string {
  if (l.counts.length === 0) return t(l.byGroups > 0 ? 'verdict.calmCaptured' : 'verdict.calm');
  const counts = l.counts.map(([s, n]) => `${t(`verdict.state.${s}`)} ${n}`).join(', ');
  return l.byGroups > 0 ? `${counts} — ${t(l.byGroups === l.units ? 'verdict.byCapturedAll' : 'verdict.byCapturedSome', { count: l.byGroups })}` : counts;
}

/* Made for: issue 58 item 2 — one verdict per unit read by «Bản tin», the popup and the history page from the one digest core builds. */
