// The preview's state: which units are chosen for saving and what follows from them. What is derived (each unit's
// place, the groups of its table, who is chosen at first, the search, the order units are detailed in) is pure and
// tested in Node on real captures; the hook holds the choice and the search.
import { useMemo, useState } from 'react';
import { normalizeLabel } from '../../../core/text.js';
import { notesByKind, type CaptureWarning, type ViewGroups } from '../../../core/indicators/capture.js';
import { competitionRank } from '../../../core/watch/clusters.js';
import { headlineMeasure } from '../../../core/watch/scores.js';
import { groupNames } from '../../../core/indicators/groups-766.js';
import { previewWarnings, type IndicatorChange, type SnapshotPreview } from '../history/compare.js';
import { isRatioCompanion } from '../history/unit-history.js';
import type { Translate } from '../i18n.js';
import { lackingNotes } from '../ui/format.js';

/** Indicator details are listed for this many selected units; beyond, the unit list says enough. */
export const DETAILED_UNITS = 10;

/**
 * A unit's place by its headline score (the total, else the one group held) among the units of its own level on the
 * page — not the rank the last response read happened to give (one group's, in whatever order the requests came).
 */
export type Place = { rank: number; of: number; tied: boolean; score: string };

export function placesOf(previews: readonly SnapshotPreview[]): Map<number, Place> {
  const places = new Map<number, Place>();
  const byLevel = new Map<string, { i: number; score?: number; label: string }[]>();
  previews.forEach((p, i) => {
    const level = p.snapshot.unit.level;
    const m = headlineMeasure(p.snapshot);
    if (!level || !m || m.value === null) return;
    byLevel.set(level, [...(byLevel.get(level) ?? []), { i, score: m.value, label: m.label }]);
  });
  for (const members of byLevel.values()) {
    for (const p of competitionRank(members, (x) => x.score)) places.set(p.item.i, { rank: p.rank, of: p.of, tied: p.tied, score: p.item.label });
  }
  return places;
}

/** A unit's rows by group, in the order the capture gives them; a ratio shown beside its count is not a row of its own. */
export function unitGroups(changes: readonly IndicatorChange[], pageType: string): Map<string, IndicatorChange[]> {
  const groups = new Map<string, IndicatorChange[]>();
  const codes = new Set(changes.map((c) => c.code));
  for (const c of changes) {
    if (isRatioCompanion(c, pageType, codes)) continue;
    const key = c.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return groups;
}

/** Whether the officer's commune, set in Cài đặt, is absent from the page: then nothing is chosen for them (163 units saved unasked was the old way). */
export function ownAbsent(commune: string | undefined, picked: readonly number[] | undefined): commune is string {
  return commune !== undefined && picked !== undefined && picked.length === 0;
}

/** Chosen at first: the officer's commune when the adapter found it (none when it is absent), else every unit. */
export function initiallyChosen(count: number, picked: readonly number[] | undefined, commune: string | undefined): Set<number> {
  return new Set(picked && (picked.length > 0 || ownAbsent(commune, picked)) ? picked : Array.from({ length: count }, (_, i) => i));
}

/** The units whose name holds `search`, without diacritics: "ta ma" finds "Xã Tà Má". */
export function unitsMatching(previews: readonly SnapshotPreview[], search: string): { p: SnapshotPreview; i: number }[] {
  const wanted = normalizeLabel(search);
  return previews.map((p, i) => ({ p, i })).filter(({ p }) => normalizeLabel(p.snapshot.unit.name).includes(wanted));
}

/** The chosen units detailed: the officer's own commune first, then the others in the page's order. */
export function detailedUnits(chosen: ReadonlySet<number>, own: ReadonlySet<number>): number[] {
  return [...chosen].sort((a, b) => Number(own.has(b)) - Number(own.has(a)) || a - b).slice(0, DETAILED_UNITS);
}

/** The groups the 766 page's view still waits for or lacks: a capture with any is saved only as partial. */
export function missingGroups(view: ViewGroups | undefined): string[] {
  return [...(view?.waiting ?? []), ...(view?.missing ?? [])];
}

/**
 * What a capture lacks as its save button says it: the lists the portal refused apart from the groups the page did not
 * load, in core's words as «Bản tin» and the history page say them (lackingNotes) — the button said «thiếu nhóm Mức độ
 * hài lòng» of a list the portal answered 403, a group to open —; the groups alone where the capture does not know its
 * refusals. Undefined for a capture lacking nothing.
 */
export function lackingWords(view: ViewGroups | undefined, previews: readonly SnapshotPreview[], t: Translate): string | undefined {
  const missing = missingGroups(view);
  const refusedLists = previews.find((p) => p.snapshot.refusedLists)?.snapshot.refusedLists;
  if (refusedLists) return lackingNotes({ missingGroups: missing, refusedLists }, t).join('; ') || undefined;
  return missing.length > 0 ? t('capture.lackingGroups', { groups: groupNames(missing) }) : undefined;
}

export function usePreview(previews: SnapshotPreview[], warnings: CaptureWarning[], picked: number[] | undefined, commune: string | undefined) {
  const own = useMemo(() => new Set(picked ?? []), [picked]);
  const [chosen, setChosen] = useState<Set<number>>(() => initiallyChosen(previews.length, picked, commune));
  const [search, setSearch] = useState('');
  const places = useMemo(() => placesOf(previews), [previews]);
  const notes = useMemo(() => notesByKind(previewWarnings(warnings, previews, chosen)), [warnings, previews, chosen]);
  const toggle = (i: number) => {
    const next = new Set(chosen);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setChosen(next);
  };
  return {
    own,
    chosen,
    places,
    notes,
    search,
    setSearch,
    toggle,
    chooseAll: () => setChosen(new Set(previews.map((_, i) => i))),
    chooseNone: () => setChosen(new Set()),
    /** The chosen previews in the page's order, as they are saved. */
    chosenPreviews: () => [...chosen].sort((a, b) => a - b).map((i) => previews[i]!),
  };
}

/* Made for: the capture preview's choice of units held apart from its view, so who is chosen, found, ranked and detailed is tested on real captures without a browser. */
