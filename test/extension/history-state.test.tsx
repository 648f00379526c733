// The history page's state and views without Chromium: the clean-up's first day and its counts, the days not read
// yet, and the filters and the clean-up drawn to static markup over captures of the 766 page's real answers, kept
// in a store over days as the extension keeps them.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildExport, exportFile } from '../../extension/src/export/backup.js';
import { buildUnitHistories, filterChoices, filterHistories, snapshotsOf, type HistoryFilter } from '../../extension/src/history/unit-history.js';
import { Filters } from '../../extension/src/history-page/Filters.js';
import { ExportBar } from '../../extension/src/history-page/ExportBar.js';
import { counted, daysBefore, daysNotRead, exportedDays, exportedText, firstPruneDay, PAGE_DAYS, progressText, type Held } from '../../extension/src/history-page/history-state.js';
import { Prune } from '../../extension/src/history-page/Prune.js';
import { translator } from '../../extension/src/i18n.js';
import { createStore } from '../../extension/src/storage/store.js';
import { memoryArea } from './memory-area.js';
import { captured } from './responses.js';
import { RECODED_NAME, recodedOn } from '../watch/renamed-days.js';
import { captureOf } from '../watch/six-lists-days.js';
import { TWO_LISTS } from '../watch/season-days.js';

const t = translator('vi');
/** One stored day's captures, as the history page reads them for an export. */
const readDay = (store: ReturnType<typeof createStore>) => async (day: string) => (await store.snapshots([day])).snapshots;

/** A store of `count` data days of Phú Thọ's real «Công khai, minh bạch» answer from 11/9/2026, one capture a day; and its days. */
async function storedDays(count: number) {
  const store = createStore(memoryArea());
  const snapshots = captured('transparency-phu-tho-2026-trimmed.json').snapshots;
  for (let d = 0; d < count; d++) await store.save(snapshots.map((s) => ({ ...s, capturedAt: new Date(Date.parse('2026-09-11T21:10:00.000Z') + d * 86_400_000).toISOString() })));
  return { store, days: (await store.overview()).days };
}
const noop = () => undefined;
const days = ['2025-01-03', '2025-06-30', '2026-01-02', '2026-01-03', '2026-10-05'];

describe('the history page’s days', () => {
  it('offers to clean up what is older than a year before the last data day, and nothing when nothing is stored', () => {
    expect(firstPruneDay(days)).toBe('2025-10-05');
    expect(firstPruneDay(['2024-03-01'])).toBe('2023-03-02');
    expect(firstPruneDay([])).toBeUndefined();
  });

  it('counts the days before the chosen one, that day left out', () => {
    expect(daysBefore(days, '2026-01-03')).toEqual(['2025-01-03', '2025-06-30', '2026-01-02']);
    expect(daysBefore(days, '2025-01-03')).toEqual([]);
  });

  it('counts the older days not read yet, never below none', () => {
    expect(daysNotRead(days, PAGE_DAYS)).toBe(0);
    expect(daysNotRead(Array.from({ length: 30 }, (_, i) => `2026-09-${String(i + 1).padStart(2, '0')}`), PAGE_DAYS)).toBe(23);
  });
});

describe('the history page’s views', () => {
  it('filters offer only the units, indicators, kinds of period and page types stored, by their Vietnamese names in Vietnamese order, the filter set shown as chosen', async () => {
    const store = createStore(memoryArea());
    const partial = captured('transparency-phu-tho-2026-trimmed.json');
    await store.save(partial.snapshots);
    const { snapshots } = await store.snapshots((await store.overview()).days);
    const histories = buildUnitHistories(snapshots);
    const choices = filterChoices(histories);
    const html = renderToStaticMarkup(<Filters page={{ choices, filter: {}, pick: () => noop }} />);
    const unitOptions = [...html.matchAll(/<select name="unit">(.*?)<\/select>/g)][0]![1]!;
    expect(unitOptions.split('<option').length - 2).toBe(partial.snapshots.length);
    expect(unitOptions).toContain(`<option value="" selected="">${t('filter.all')}</option>`);
    const labels = [...unitOptions.matchAll(/">([^<]*)<\/option>/g)].map((m) => m[1]!).slice(1);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('vi').compare));
    expect(labels).toContain('UBND Phường Việt Trì');
    // A ratio shown beside its count is no indicator of its own to filter by.
    expect(html).toContain('<option value="CKMB_CONG_BO_DUNG_HAN">Tỷ lệ TTHC công bố đúng hạn</option>');
    expect(html).not.toContain('_TY_LE"');
    expect(html).toContain('<option value="year">Theo năm</option>');
    expect(html).toContain('<option value="dvc-766-api">Chỉ số phục vụ (QĐ 766)');
    const filtered = renderToStaticMarkup(<Filters page={{ choices, filter: { unit: choices.units[1]!.value }, pick: () => noop }} />);
    expect(filtered).toContain(`<option value="${choices.units[1]!.value}" selected="">`);
  });

  it('the clean-up counts the days it would export, and deletes only what was exported for that day', () => {
    const done = () => Promise.resolve();
    const page = { days, running: false, exportedBefore: undefined as string | undefined, exportOld: done, deleteOld: done, setPruneDay: noop };
    const before = renderToStaticMarkup(<Prune page={page} pruneDay="2026-01-03" />);
    expect(before).toContain(`>${t('prune.export', { count: 3 })}</button>`);
    expect(before).toContain(`<button type="button" disabled="">${t('prune.delete')}</button>`);
    const exported = renderToStaticMarkup(<Prune page={{ ...page, exportedBefore: '2026-01-03' }} pruneDay="2026-01-03" />);
    expect(exported).toContain(`<button type="button">${t('prune.delete')}</button>`);
    // Exported for another day: the delete waits for the export of this one.
    expect(renderToStaticMarkup(<Prune page={{ ...page, exportedBefore: '2025-12-31' }} pruneDay="2026-01-03" />)).toContain(`disabled="">${t('prune.delete')}`);
    expect(renderToStaticMarkup(<Prune page={page} pruneDay="2025-01-03" />)).toContain(`<button type="button" disabled="">${t('prune.export', { count: 0 })}</button>`);
  });
});

describe('the history page’s export of every stored day', () => {
  it('takes the filters over every day given, says its records and days, and the older days a week’s export leaves out', async () => {
    const { store, days } = await storedDays(10);
    expect(days).toHaveLength(10);
    const every = (await store.snapshots(days)).snapshots;
    const unit = buildUnitHistories(every)[0]!.unitKey;
    const held = (): Held => ({ count: 0, days: new Set() });
    const picked = held();
    for await (const part of counted(exportedDays(readDay(store), days, { unit }), picked)) expect(part).toHaveLength(1);
    expect(picked.count).toBe(10);
    expect(exportedText(picked, 0)(t, 'vi')).toBe('Đã xuất 10 bản ghi của 10 ngày số liệu (11/9/2026 – 20/9/2026), theo bộ lọc.');
    const week = held();
    for await (const _ of counted([(await store.snapshots(days.slice(-PAGE_DAYS))).snapshots], week));
    expect(exportedText(week, daysNotRead(days, PAGE_DAYS))(t, 'vi')).toBe(`Đã xuất ${week.count} bản ghi của 7 ngày số liệu (14/9/2026 – 20/9/2026), theo bộ lọc. Chỉ các ngày đang hiện: 3 ngày cũ hơn đã lưu không có trong tệp (đánh dấu «Xuất mọi ngày đã lưu» để xuất cả).`);
    const done = () => Promise.resolve();
    const bar = renderToStaticMarkup(<ExportBar page={{ selected: [], days, allDays: true, setAllDays: noop, running: false, exportXlsx: done, exportCsv: done, exportJson: done, copyTable: done, importBackup: noop }} />);
    expect(bar).toContain('Xuất mọi ngày đã lưu (10 ngày), theo bộ lọc');
    // Nothing shown, every stored day chosen: the exports are offered.
    expect(bar).not.toContain('disabled');
  });
});

describe('an export of every stored day while it runs', () => {
  it('says the days read of those stored, each pass of a filter, and offers no other export until it is done', async () => {
    const { store, days } = await storedDays(3);
    const unit = buildUnitHistories((await store.snapshots(days)).snapshots)[0]!.unitKey;
    const said = async (filter: HistoryFilter) => {
      const lines: string[] = [];
      for await (const _ of exportedDays(readDay(store), days, filter, (p) => lines.push(progressText(p)(t, 'vi'))));
      return lines;
    };
    const waiting = 'Chờ đến khi xong, không cần bấm lại.';
    expect(await said({})).toEqual([1, 2, 3].map((n) => `Đang xuất: đã đọc ${n}/3 ngày đã lưu. ${waiting}`));
    expect(await said({ unit })).toEqual([
      ...[1, 2, 3].map((n) => `Đang xuất (lượt 1/2, tìm các bảng theo bộ lọc): đã đọc ${n}/3 ngày đã lưu. ${waiting}`),
      ...[1, 2, 3].map((n) => `Đang xuất (lượt 2/2, lấy số liệu các bảng đó): đã đọc ${n}/3 ngày đã lưu. ${waiting}`),
    ]);
    expect(progressText({ read: 0, total: 0 })(t, 'vi')).toBe(`Đang xuất… ${waiting}`);
    expect(progressText({ read: 1200, total: 1500 })(t, 'vi')).toBe(`Đang xuất: đã đọc 1.200/1.500 ngày đã lưu. ${waiting}`);
    const done = () => Promise.resolve();
    const bar = renderToStaticMarkup(<ExportBar page={{ selected: [], days, allDays: true, setAllDays: noop, running: true, exportXlsx: done, exportCsv: done, exportJson: done, copyTable: done, importBackup: noop }} />);
    for (const label of ['export.xlsx', 'export.csv', 'export.json', 'export.copy'] as const) expect(bar).toContain(`disabled="">${t(label)}</button>`);
    const prune = renderToStaticMarkup(<Prune page={{ days, running: true, exportedBefore: '2026-09-14', exportOld: done, deleteOld: done, setPruneDay: noop }} pruneDay="2026-09-14" />);
    expect(prune).toContain(`disabled="">${t('prune.export', { count: 3 })}</button>`);
    expect(prune).toContain(`disabled="">${t('prune.delete')}</button>`);
  });
});

describe('the JSON export of every stored day, a day at a time', () => {
  it('writes, with a filter of an indicator one day lacks, the file built at once, byte for byte, reading one day at a time', async () => {
    const area = memoryArea();
    const store = createStore(area);
    const snapshots = captured('transparency-phu-tho-2026-trimmed.json').snapshots;
    const code = snapshots[0]!.indicators.at(-1)!.code;
    // Ten data days; on the fourth the first unit's capture lacks the indicator filtered: its table keeps that day.
    for (let d = 0; d < 10; d++) {
      const at = new Date(Date.parse('2026-09-11T21:10:00.000Z') + d * 86_400_000).toISOString();
      await store.save(snapshots.map((s, i) => ({ ...s, capturedAt: at, ...(d === 3 && i === 0 ? { indicators: s.indicators.filter((x) => x.code !== code) } : {}) })));
    }
    const days = (await store.overview()).days;
    const every = (await store.snapshots(days)).snapshots;
    const asked: number[] = [];
    const get = area.get.bind(area);
    area.get = (keys) => (asked.push(keys.filter((k) => k.startsWith('day:')).length), get(keys));
    for (const filter of [{}, { indicator: code }, { unit: buildUnitHistories(every)[0]!.unitKey }]) {
      asked.length = 0;
      const held: Held = { count: 0, days: new Set() };
      const file = await (await exportFile(counted(exportedDays(readDay(store), days, filter), held), '2026-09-21T01:00:00.000Z')).text();
      const whole = snapshotsOf(filterHistories(buildUnitHistories(every), filter), every);
      expect(file).toBe(JSON.stringify(buildExport(whole, '2026-09-21T01:00:00.000Z')));
      expect(held.count).toBe(whole.length);
      expect(Math.max(...asked)).toBe(1);
    }
  });
});

describe('the export of every stored day keeps two codes of one name apart, as the page does', () => {
  it('takes, filtered by an indicator, the old code’s table only if it holds it: «UBND xã Xuân Lũng» H44.105 on 12/9 (two lists), H44.905 from 13/9 (before: 12/9’s H44.105 exported with «Số hóa hồ sơ», a table the page leaves out)', async () => {
    const store = createStore(memoryArea());
    await store.save(captureOf('2026-09-12', recodedOn('2026-09-12', TWO_LISTS)).snapshots);
    for (const day of ['2026-09-13', '2026-09-14']) await store.save(captureOf(day, recodedOn(day)).snapshots);
    const days = (await store.overview()).days;
    const every = (await store.snapshots(days)).snapshots;
    const filter = { indicator: 'MDSH' };
    const shown = snapshotsOf(filterHistories(buildUnitHistories(every), filter), every);
    const exported = [];
    for await (const part of exportedDays(readDay(store), days, filter)) exported.push(...part);
    const xuanLung = (list: typeof every) => list.filter((s) => s.unit.name.startsWith(RECODED_NAME)).map((s) => `${s.unit.code} ${s.capturedAt.slice(0, 10)}`);
    expect(xuanLung(shown)).toEqual(['H44.905 2026-09-13', 'H44.905 2026-09-14']);
    expect(xuanLung(exported)).toEqual(xuanLung(shown));
    expect(exported.map((s) => s.id).sort()).toEqual(shown.map((s) => s.id).sort());
  });
});
