// Lần chụp theo ngày (captures by data day): each day's saves kept under «day:YYYY-MM-DD» (day-record.ts) with an
// index of the days, read only for the days asked for. What does not read is counted and kept as it was, never
// dropped. The one list of snapshots of earlier versions («snapshots») is moved into days the first time, without loss.
import { z } from 'zod';
import { IndicatorSnapshot } from '../../../core/indicators/schema.js';
import { captureKey, type Capture } from '../../../core/watch/captures.js';
import { dataDay } from '../../../core/watch/data-day.js';
import type { ProcedureCapture } from '../../../core/indicators/procedures.js';
import { StorageError } from './area.js';
import { capturesOf, DayPacker, DayRecord, emptyDay, unpack } from './day-record.js';
import { STORAGE_KEYS, type GuardedArea } from './guarded-area.js';

/** A saved snapshot; its id is its capture key, so a duplicate capture of a day cannot be stored twice. */
export const StoredSnapshot = IndicatorSnapshot.extend({ id: z.string().min(1) });
export type StoredSnapshot = z.infer<typeof StoredSnapshot>;

const dayKey = (day: string) => `day:${day}`;

/**
 * A day is kept as its JSON text. Chrome hands a string across in one piece, where a day's ten thousand arrays kept
 * as an object are converted value by value in the browser and again in the page: a week of a 200-unit province took
 * 0.8–1 s to read as objects in Chromium, 0.15 s as text (`npm run bench -- watch`). Days the first version of the
 * watch kept as objects still read.
 */
function dayFromStorage(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The stored days and what each holds (read first, small). */
const DayIndex = z.object({ days: z.record(z.string(), z.object({ captures: z.number().int(), units: z.number().int() })) });
type DayIndex = z.infer<typeof DayIndex>;
const indexOf = (raw: unknown): DayIndex => DayIndex.safeParse(raw ?? { days: {} }).data ?? { days: {} };
/** Entries of earlier versions that did not read, kept as they were. */
const keptCount = (kept: unknown) => (Array.isArray(kept) ? kept.length : 0);

export type SaveOutcome = {
  saved: StoredSnapshot[];
  /** Already stored that day (same capture key): not stored again. */
  duplicates: IndicatorSnapshot[];
};

/** Days read back: their records, and how many could not be read (kept as they are). */
export type DaysRead = { records: DayRecord[]; unreadable: number };

export function createDayStore({ read, one, write, remove, bytesInUse }: GuardedArea) {
  const dayIndex = async (): Promise<DayIndex> => indexOf(await one(STORAGE_KEYS.days));

  /** The records of `days`; a record that does not read is counted, left where it is. */
  async function readDays(days: readonly string[]): Promise<DaysRead> {
    if (days.length === 0) return { records: [], unreadable: 0 };
    const raw = await read(days.map(dayKey));
    const records: DayRecord[] = [];
    let unreadable = 0;
    for (const day of days) {
      if (!(dayKey(day) in raw)) continue;
      const parsed = DayRecord.safeParse(dayFromStorage(raw[dayKey(day)]));
      if (parsed.success && readable(parsed.data)) records.push(parsed.data);
      else unreadable++;
    }
    return { records, unreadable };
  }

  /** Puts snapshots (each on its data day) and the procedures of the same saves; returns what was new. */
  async function saveDays(incoming: readonly IndicatorSnapshot[], procedures: readonly ProcedureCapture[], into: Map<string, DayRecord>): Promise<SaveOutcome> {
    const saved: StoredSnapshot[] = [];
    const duplicates: IndicatorSnapshot[] = [];
    const byDay = new Map<string, IndicatorSnapshot[]>();
    for (const s of incoming) {
      const day = dataDay(s.capturedAt);
      if (!day) throw new StorageError('failure', `thời điểm lấy «${s.capturedAt}» không đọc được`);
      byDay.set(day, [...(byDay.get(day) ?? []), s]);
    }
    const missing = [...byDay.keys()].filter((d) => !into.has(d));
    for (const r of (await readDays(missing)).records) into.set(r.day, r);
    for (const [day, snapshots] of byDay) {
      const record = into.get(day) ?? emptyDay(day);
      into.set(day, record);
      const packer = new DayPacker(record);
      const known = new Map(record.snapshots.map((p, i) => [captureKey({ ...unpackHead(record, p) }), i]));
      const captures = new Map<string, number[]>();
      let fresh = false;
      for (const s of snapshots) {
        const id = captureKey(s);
        let i = known.get(id);
        if (i === undefined) {
          known.set(id, (i = record.snapshots.push(packer.pack(s)) - 1));
          saved.push({ ...s, id });
          fresh = true;
        } else duplicates.push(s);
        captures.set(s.capturedAt, [...(captures.get(s.capturedAt) ?? []), i]);
      }
      for (const [at, n] of captures) {
        const filtered = procedures.filter((p) => p.capturedAt === at);
        if (!fresh && filtered.length === 0) continue;
        record.captures.push({ at, n, ...(filtered.length > 0 ? { p: filtered.map((p) => ({ procedure: p.procedure, s: p.snapshots.map((x) => packer.pack(x)) })) } : {}) });
      }
    }
    return { saved, duplicates };
  }

  /** Writes day records and the index in one set: a full storage changes nothing. */
  async function commit(records: Iterable<DayRecord>, extra: Record<string, unknown> = {}): Promise<void> {
    const index = await dayIndex();
    const items: Record<string, unknown> = { ...extra };
    for (const r of records) putDay(items, index, r);
    items[STORAGE_KEYS.days] = index;
    await write(items);
  }

  /**
   * Versions before the watch: their one list moved into days once, its unreadable entries kept apart. True when
   * something was moved (the index read meanwhile is then read again).
   */
  let migrated: Promise<boolean> | undefined;
  const migrate = () =>
    (migrated ??= (async () => {
      const raw = await one(STORAGE_KEYS.legacy);
      if (!Array.isArray(raw)) return false;
      const valid: IndicatorSnapshot[] = [];
      const unreadable: unknown[] = [];
      for (const entry of raw) {
        const parsed = StoredSnapshot.safeParse(entry);
        if (parsed.success && dataDay(parsed.data.capturedAt)) {
          const { id: _id, ...snapshot } = parsed.data;
          valid.push(snapshot);
        } else unreadable.push(entry);
      }
      const records = new Map<string, DayRecord>();
      await saveDays(valid, [], records);
      const kept = await one(STORAGE_KEYS.unreadable);
      await commit(records.values(), { [STORAGE_KEYS.unreadable]: [...(Array.isArray(kept) ? kept : []), ...unreadable] });
      // Only once every entry is in its day (or kept as unreadable).
      await remove([STORAGE_KEYS.legacy]);
      return true;
    })().catch((e: unknown) => {
      migrated = undefined;
      throw e;
    }));

  /** The index, read beside the check for an earlier version's list: one wait when a page opens, not two. */
  async function currentIndex(): Promise<DayIndex> {
    const [moved, index] = await Promise.all([migrate(), dayIndex()]);
    return moved ? dayIndex() : index;
  }

  /** Stored days, oldest first. */
  async function days(): Promise<string[]> {
    return Object.keys((await currentIndex()).days).sort();
  }

  async function unreadableCount(): Promise<number> {
    // The earlier version's list puts what it cannot read here when moved.
    await migrate();
    return keptCount(await one(STORAGE_KEYS.unreadable));
  }

  const snapshotsOf = (records: readonly DayRecord[]): StoredSnapshot[] =>
    records.flatMap((r) => r.snapshots.map((p) => {
      const s = unpack(r, p);
      return { ...s, id: captureKey(s) };
    }));

  async function save(incoming: readonly IndicatorSnapshot[], procedures: readonly ProcedureCapture[] = []): Promise<SaveOutcome> {
    await migrate();
    const records = new Map<string, DayRecord>();
    const outcome = await saveDays(incoming, procedures, records);
    if (outcome.saved.length > 0 || procedures.length > 0) await commit(records.values());
    return outcome;
  }

  return {
    days,

    /** The snapshots of `which` days (all when omitted), and how many stored entries could not be read. */
    async snapshots(which?: readonly string[]): Promise<{ snapshots: StoredSnapshot[]; unreadable: number }> {
      const { records, unreadable } = await readDays(which ?? (await days()));
      return { snapshots: snapshotsOf(records), unreadable: unreadable + (which ? 0 : await unreadableCount()) };
    },

    /**
     * What the history page opens with: the stored days (oldest first), what they take as Chrome counts it (the figure
     * read against the storage's limit; counting the days' text in characters said 5,93 MB where Chrome counted 6,04 MB)
     * and how many entries of earlier versions did not read (kept as they were).
     */
    async overview(): Promise<{ days: string[]; bytes: number; unreadable: number }> {
      let raw = await read([STORAGE_KEYS.legacy, STORAGE_KEYS.days, STORAGE_KEYS.unreadable]);
      if (raw[STORAGE_KEYS.legacy] !== undefined && (await migrate())) raw = await read([STORAGE_KEYS.days, STORAGE_KEYS.unreadable]);
      const days = Object.keys(indexOf(raw[STORAGE_KEYS.days]).days).sort();
      return { days, bytes: await bytesInUse(days.map(dayKey)), unreadable: keptCount(raw[STORAGE_KEYS.unreadable]) };
    },

    /** The snapshots of the last `n` stored days: what a new capture is compared with. */
    async recent(n: number): Promise<StoredSnapshot[]> {
      return snapshotsOf((await readDays((await days()).slice(-n))).records);
    },

    /** The saves of `which` days as the watch reads them (each with its time, units and procedures). */
    async captures(which: readonly string[]): Promise<{ captures: Capture[]; unreadable: number }> {
      const { records, unreadable } = await readDays(which);
      return { captures: records.flatMap(capturesOf), unreadable };
    },

    save,

    /** Deletes snapshots by id (their day's saves forget them) and returns them, for undo. */
    async remove(ids: readonly string[]): Promise<StoredSnapshot[]> {
      const doomed = new Set(ids);
      const touched = [...new Set(ids.map((id) => id.slice(0, 10)))];
      const { records } = await readDays(touched);
      const removed: StoredSnapshot[] = [];
      for (const r of records) {
        const keep: number[] = [];
        r.snapshots.forEach((p, i) => {
          const s = unpack(r, p);
          const id = captureKey(s);
          if (doomed.has(id)) removed.push({ ...s, id });
          else keep.push(i);
        });
        const moved = new Map(keep.map((old, i) => [old, i]));
        r.snapshots = keep.map((i) => r.snapshots[i]!);
        r.captures = r.captures
          .map((c) => ({ ...c, n: c.n.flatMap((i) => (moved.has(i) ? [moved.get(i)!] : [])) }))
          .filter((c) => c.n.length > 0 || (c.p?.length ?? 0) > 0);
      }
      if (removed.length === 0) return removed;
      const index = await dayIndex();
      const items: Record<string, unknown> = {};
      const emptied: string[] = [];
      for (const r of records) {
        if (r.snapshots.length === 0 && r.captures.length === 0) {
          delete index.days[r.day];
          emptied.push(dayKey(r.day));
        } else putDay(items, index, r);
      }
      await write({ ...items, [STORAGE_KEYS.days]: index });
      if (emptied.length > 0) await remove(emptied);
      return removed;
    },

    /** Undo of remove: puts the snapshots back (unless an equal capture was saved meanwhile). */
    async restore(removed: readonly StoredSnapshot[]): Promise<void> {
      await save(removed.map(({ id: _id, ...snapshot }) => snapshot));
    },

    /**
     * Dọn lần chụp cũ: deletes every day before `day` — after the officer has exported them (the page saves the file
     * first) — and returns how many snapshots went.
     */
    async pruneBefore(day: string): Promise<number> {
      const old = (await days()).filter((d) => d < day);
      if (old.length === 0) return 0;
      const index = await dayIndex();
      let count = 0;
      for (const d of old) {
        count += index.days[d]?.units ?? 0;
        delete index.days[d];
      }
      await write({ [STORAGE_KEYS.days]: index });
      await remove(old.map(dayKey));
      return count;
    },
  };
}

/** Puts a day into a write as its JSON text, with its line in the index: saves and units. */
function putDay(items: Record<string, unknown>, index: DayIndex, r: DayRecord): void {
  items[dayKey(r.day)] = JSON.stringify(r);
  index.days[r.day] = { captures: r.captures.length, units: r.snapshots.length };
}

/** What a packed snapshot's capture key needs, without unpacking its figures. */
function unpackHead(record: DayRecord, p: DayRecord['snapshots'][number]): Pick<IndicatorSnapshot, 'capturedAt' | 'pageType' | 'period' | 'unit' | 'contentHash'> {
  const head = record.heads[p.h]!;
  return { capturedAt: p.c, pageType: head.pageType, period: head.period, unit: p.u, contentHash: p.x };
}

/** Every reference inside the record points at something in it. */
function readable(r: DayRecord): boolean {
  const snapshotsOk = (list: DayRecord['snapshots']) => list.every((p) => p.h < r.heads.length && p.i.every((ind) => typeof ind[0] === 'number' && ind[0] < r.layouts.length));
  return snapshotsOk(r.snapshots) && r.captures.every((c) => c.n.every((i) => i < r.snapshots.length) && (c.p ?? []).every((p) => snapshotsOk(p.s)));
}

/* Made for: a year of a province's captures kept by data day and read a few days at a time, nothing that fails validation dropped. */
