// A day as the store keeps it: packed snapshots read back exactly as they were captured (Phú Thọ's saved progress
// tree, a province with every group: nulls, zero denominators, ratios of no data, the formula's scores), and a
// record that does not read is counted and left where it is, never dropped.
import { describe, expect, it } from 'vitest';
import { capturesOf, DayPacker, DayRecord, emptyDay, unpack } from '../../extension/src/storage/day-record.js';
import { createStore } from '../../extension/src/storage/store.js';
import { provinceCaptures } from '../../scripts/harness/watch-days.js';
import { storyCaptures } from '../watch/real-days.js';
import { memoryArea } from './memory-area.js';

/** A store with Phú Thọ's last day saved, and that day's key and stored value as chrome.storage holds it. */
async function storedDay() {
  const area = memoryArea();
  const store = createStore(area);
  const [day] = storyCaptures().slice(-1);
  await store.save(day!.snapshots);
  const [key] = [...area.raw.keys()].filter((k) => k.startsWith('day:'));
  return { area, store, snapshots: day!.snapshots, key: key!, stored: JSON.parse(area.raw.get(key!)!) as unknown };
}

describe('a day record', () => {
  it.each([
    ['Phú Thọ’s saved progress tree', storyCaptures().at(-1)!.snapshots],
    ['a province with every group', provinceCaptures(1, 150)[0]!.snapshots],
  ])('gives back %s as it was captured, through JSON as chrome.storage keeps it', (_, snapshots) => {
    const record = emptyDay('2026-09-20');
    const packer = new DayPacker(record);
    record.snapshots.push(...snapshots.map((s) => packer.pack(s)));
    const stored = DayRecord.parse(JSON.parse(JSON.stringify(record)));
    expect(stored.snapshots.map((p) => unpack(stored, p))).toEqual(snapshots);
    // Each name, unit, group and maximum once a day, not once a unit.
    const distinct = new Set(snapshots.flatMap((s) => s.indicators.map((i) => [i.code, i.label, i.unit, i.group, i.max].join('|'))));
    expect(stored.layouts).toHaveLength(distinct.size);
    expect(JSON.stringify(record).length).toBeLessThan(JSON.stringify(snapshots).length / 3);
  });

  it('keeps each save with its time and its procedures', () => {
    const [last] = storyCaptures().slice(-1);
    const record = emptyDay('2026-09-20');
    const packer = new DayPacker(record);
    record.snapshots.push(...last!.snapshots.map((s) => packer.pack(s)));
    record.captures.push({ at: last!.capturedAt, n: last!.snapshots.map((_, i) => i), p: last!.procedures!.map((p) => ({ procedure: p.procedure, s: p.snapshots.map((s) => packer.pack(s)) })) });
    expect(capturesOf(DayRecord.parse(JSON.parse(JSON.stringify(record))))).toEqual([last]);
  });

  it('that does not read is counted, not shown, and kept as it was', async () => {
    const { area, store, key, stored } = await storedDay();
    const text = stored as string;
    const broken = JSON.parse(text) as DayRecord;
    broken.snapshots[0]!.h = 99;
    for (const damaged of [JSON.stringify(broken), text.slice(0, text.length / 2)]) {
      await area.set({ [key]: damaged });
      const loaded = await store.snapshots();
      expect([loaded.snapshots.length, loaded.unreadable]).toEqual([0, 1]);
      expect(JSON.parse(area.raw.get(key)!)).toBe(damaged);
    }
  });

  it('is kept as its JSON text, and a day the first version of the watch kept as an object still reads', async () => {
    const { area, store, key, stored, snapshots } = await storedDay();
    expect(typeof stored).toBe('string');
    const before = await store.snapshots();
    await area.set({ [key]: JSON.parse(stored as string) });
    expect(await store.snapshots()).toEqual(before);
    expect(before.snapshots).toHaveLength(snapshots.length);
    // The next change of that day writes it as text again, with what it held.
    const [gone] = await store.remove([before.snapshots[0]!.id]);
    expect(typeof JSON.parse(area.raw.get(key)!)).toBe('string');
    expect((await store.snapshots()).snapshots).toEqual(before.snapshots.filter((s) => s.id !== gone!.id));
  });
});
