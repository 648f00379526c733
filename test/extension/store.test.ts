import { describe, expect, it } from 'vitest';
import { StorageError } from '../../extension/src/storage/area.js';
import { createStore } from '../../extension/src/storage/store.js';
import { translator } from '../../extension/src/i18n.js';
import { failureText } from '../../extension/src/ui/problems.js';
import { memoryArea } from './memory-area.js';
import { snapshot } from './snapshots.js';

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

  it('deletes with undo', async () => {
    const store = createStore(memoryArea());
    const { saved } = await store.save([snapshot({ unit: 'Xã A' }), snapshot({ unit: 'Xã B' })]);
    const removed = await store.remove([saved[0]!.id]);
    expect(removed.map((s) => s.unit.name)).toEqual(['Xã A']);
    expect((await store.snapshots()).snapshots.map((s) => s.unit.name)).toEqual(['Xã B']);
    await store.restore(removed);
    expect((await store.snapshots()).snapshots.map((s) => s.unit.name).sort()).toEqual(['Xã A', 'Xã B']);
  });

  it('keeps stored entries it cannot read, and says how many', async () => {
    const area = memoryArea();
    await area.set({ snapshots: [{ broken: true }] });
    const store = createStore(area);
    await store.save([snapshot({})]);
    const loaded = await store.snapshots();
    expect(loaded.unreadable).toBe(1);
    expect(loaded.snapshots).toHaveLength(1);
    expect(JSON.parse(area.raw.get('snapshots')!)).toContainEqual({ broken: true });
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
    expect(await store.settings()).toEqual({ language: 'vi', commune: '', reminder: { kind: 'off' }, pasteDecimal: ',' });
    await store.saveSettings({ language: 'en', commune: 'Xã Tà Mung', reminder: { kind: 'monthly', day: 5 }, pasteDecimal: '.' });
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
