import { describe, expect, it } from 'vitest';
import { StorageError } from '../../extension/src/storage/area.js';
import { createStore } from '../../extension/src/storage/store.js';
import { translator } from '../../extension/src/i18n.js';
import { failureText } from '../../extension/src/ui/problems.js';
import { memoryArea } from './memory-area.js';
import { snapshot } from './snapshots.js';
import { captureKey, watchSeries } from '../../core/watch/captures.js';
import { previewCapture } from '../../extension/src/history/compare.js';
import { anGiangCaptures } from '../watch/an-giang-days.js';

describe('indicator store', () => {
  it('stores a capture once: the same content for the same unit comes back as a duplicate', async () => {
    const store = createStore(memoryArea());
    const first = await store.save([snapshot({ unit: 'Xã Tà Mung' }), snapshot({ unit: 'Xã Mường Than' })]);
    expect(first.saved).toHaveLength(2);
    // Captured again an hour later, same table text: nothing new.
    const again = await store.save([snapshot({ unit: 'UBND xã Tà Mung', capturedAt: '2026-10-05T03:00:00.000Z' })]);
    expect(again.saved).toHaveLength(0);
    expect(again.duplicates.map((s) => s.unit.name)).toEqual(['UBND xã Tà Mung']);
    // A changed page (new hash) is a new capture.
    const changed = await store.save([snapshot({ unit: 'Xã Tà Mung', hash: 'h2' })]);
    expect(changed.saved).toHaveLength(1);
    expect((await store.snapshots()).snapshots).toHaveLength(3);
  });

  it('keeps a capture once exactly when the watch reads it once: An Giang’s real mornings saved, then each again at 15:00', async () => {
    // One rule (core's captureKey) for the store, the preview's «đã lưu» and the watch's days: before, the store had a
    // copy of its own (unit names without their « - tỉnh X», periods by label), so the two could drift apart.
    const mornings = anGiangCaptures();
    const again = mornings.map((c) => {
      // 04:10 → 15:00 the same morning in Vietnam.
      const capturedAt = new Date(Date.parse(c.capturedAt) + (10 * 60 + 50) * 60_000).toISOString();
      return { capturedAt, snapshots: c.snapshots.map((s) => ({ ...s, capturedAt })) };
    });
    const store = createStore(memoryArea());
    let saved = 0;
    for (const c of mornings) saved += (await store.save(c.snapshots)).saved.length;
    const held = mornings.flatMap((c) => c.snapshots);
    expect(saved).toBe(new Set(held.map(captureKey)).size);
    expect(saved).toBe(held.length);
    const stored = (await store.snapshots()).snapshots;
    // The preview says every unit of a morning saved again «đã lưu», as the store then finds it.
    expect(previewCapture(again.flatMap((c) => c.snapshots), stored).filter((p) => !p.duplicate)).toEqual([]);
    for (const c of again) expect((await store.save(c.snapshots)).saved).toEqual([]);
    // The watch over what the store gives back reads the days the watch reads from every save, dated by their first capture.
    const days = await store.days();
    const fromStore = watchSeries((await store.captures(days)).captures)!;
    const fromSaves = watchSeries([...mornings, ...again])!;
    const shape = (w: typeof fromStore) => w.days.map((d) => [d.day, d.capturedAt, d.units.size]);
    expect(shape(fromStore)).toEqual(shape(fromSaves));
    expect(fromStore.days).toHaveLength(10);
    expect(fromStore.days.every((d) => d.capturedAt.endsWith('T21:10:00.000Z'))).toBe(true);
  });

  it('deletes with undo', async () => {
    const store = createStore(memoryArea());
    const { saved } = await store.save([snapshot({ unit: 'Xã A' }), snapshot({ unit: 'Xã B' })]);
    const removed = await store.remove([saved[0]!.id]);
    expect(removed.map((s) => s.unit.name)).toEqual(['Xã A']);
    expect((await store.snapshots()).snapshots.map((s) => s.unit.name)).toEqual(['Xã B']);
    await store.restore(removed);
    expect((await store.snapshots()).snapshots.map((s) => s.unit.name).sort()).toEqual(['Xã A', 'Xã B']);
  });

  it('moves the store of earlier versions into days without loss, keeping what it cannot read, and says how many', async () => {
    const area = memoryArea();
    const stored = [snapshot({ unit: 'Xã A', capturedAt: '2026-09-05T02:00:00.000Z' }), snapshot({ unit: 'Xã B', capturedAt: '2026-10-05T02:00:00.000Z' })];
    // As an earlier version kept them: one list, each with its id.
    await area.set({ snapshots: [...stored.map((s) => ({ ...s, id: `old|${s.unit.name}` })), { broken: true }] });
    const store = createStore(area);
    await store.save([snapshot({ unit: 'Xã C', hash: 'c' })]);
    const loaded = await store.snapshots();
    expect(loaded.unreadable).toBe(1);
    expect(loaded.snapshots.map(({ id: _id, ...s }) => s).sort((a, b) => a.unit.name.localeCompare(b.unit.name))).toEqual([...stored, snapshot({ unit: 'Xã C', hash: 'c' })]);
    expect(await store.days()).toEqual(['2026-09-04', '2026-10-04']);
    expect(area.raw.has('snapshots')).toBe(false);
    expect(JSON.parse(area.raw.get('unreadable')!)).toEqual([{ broken: true }]);
  });

  it('opens the history page with the days, what they take as Chrome counts it (UTF-8 bytes, keys included; before: the days’ text in characters), and what did not read', async () => {
    const area = memoryArea();
    const stored = [snapshot({ unit: 'Xã A', capturedAt: '2026-09-05T02:00:00.000Z' }), snapshot({ unit: 'Xã B', capturedAt: '2026-10-05T02:00:00.000Z' })];
    await area.set({ snapshots: [...stored.map((s) => ({ ...s, id: `old|${s.unit.name}` })), { broken: true }] });
    // A fresh store whose first call is the page's: the earlier version's list is moved in first.
    const overview = await createStore(area).overview();
    // As Chrome counts the days (getBytesInUse): each key and its value's JSON, in UTF-8 bytes — «Xã» two letters, three bytes.
    const days = [...area.raw].filter(([k]) => k.startsWith('day:'));
    expect(overview).toEqual({ days: ['2026-09-04', '2026-10-04'], bytes: days.reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0), unreadable: 1 });
    expect(await createStore(area).overview()).toEqual(overview);
  });

  it('reads only the days asked for, each save with its time, and deletes old days only when asked', async () => {
    const store = createStore(memoryArea());
    const day = (d: number, unit: string) => snapshot({ unit, hash: `${unit}${d}`, capturedAt: `2026-10-${String(d).padStart(2, '0')}T02:00:00.000Z` });
    await store.save([day(1, 'Xã A'), day(1, 'Xã B')]);
    await store.save([day(2, 'Xã A')]);
    await store.save([day(3, 'Xã A'), day(3, 'Xã B')]);
    expect(await store.days()).toEqual(['2026-09-30', '2026-10-01', '2026-10-02']);
    const { captures } = await store.captures(['2026-10-01']);
    expect(captures.map((c) => [c.capturedAt, c.snapshots.map((s) => s.unit.name)])).toEqual([['2026-10-02T02:00:00.000Z', ['Xã A']]]);
    expect((await store.recent(2)).map((s) => s.unit.name)).toEqual(['Xã A', 'Xã A', 'Xã B']);
    expect(await store.pruneBefore('2026-10-02')).toBe(3);
    expect(await store.days()).toEqual(['2026-10-02']);
  });

  it('reports a full storage as a quota error and changes nothing', async () => {
    const area = memoryArea({ quotaBytes: 1500 });
    const store = createStore(area);
    await store.save([snapshot({ unit: 'Xã A' })]);
    const before = area.raw.get('snapshots');
    const big = Array.from({ length: 20 }, (_, i) => snapshot({ unit: `Xã ${i}`, hash: `h${i}` }));
    const error = await store.save(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    expect(area.raw.get('snapshots')).toBe(before);
    expect(failureText(error, translator('vi'))).toBe(
      'Bộ nhớ của tiện ích đã đầy, chưa lưu được. Hãy xuất JSON để sao lưu rồi xóa bớt bản ghi cũ trong Lịch sử. (Chi tiết: Resource::kQuotaBytes quota exceeded)',
    );
  });

  it('reports a failing storage as a failure with Chrome’s message', async () => {
    const store = createStore(memoryArea({ failWith: 'IO error: .../LOCK: Resource temporarily unavailable' }));
    const error = (await store.snapshots().catch((e: unknown) => e)) as StorageError;
    expect(error.kind).toBe('failure');
    expect(error.detail).toContain('LOCK');
  });

  it('gives default settings, then the saved ones', async () => {
    const store = createStore(memoryArea());
    expect(await store.settings()).toEqual({ language: 'vi', commune: '', reminder: { kind: 'off' }, pasteDecimal: ',', thresholds: { redBelow: 50, yellowBelow: 70, dayDrop: 0.5, rateDrop: 2, declineDays: 3 }, observeOnly: false });
    await store.saveSettings({ language: 'en', commune: 'Xã Tà Mung', reminder: { kind: 'monthly', day: 5 }, pasteDecimal: '.', thresholds: { redBelow: 40, yellowBelow: 60, dayDrop: 1, rateDrop: 3, declineDays: 4 }, observeOnly: true });
    expect((await store.settings()).reminder).toEqual({ kind: 'monthly', day: 5 });
  });

  it('keeps one table mapping per site', async () => {
    const store = createStore(memoryArea());
    const mapping = { unitColumn: 'Tên đơn vị', columns: [{ header: 'Tỷ lệ hài lòng (%)', code: 'TY_LE_HAI_LONG', unit: 'percent' as const }] };
    await store.saveMapping('https://dichvucong.laichau.gov.vn', mapping);
    expect(await store.mapping('https://dichvucong.laichau.gov.vn')).toEqual(mapping);
    expect(await store.mapping('https://dichvucong.gov.vn')).toBeUndefined();
  });
});
