import { describe, expect, it } from 'vitest';
import { previewCapture } from '../../extension/src/history/compare.js';
import { buildUnitHistories, filterChoices, filterHistories, historyRows, type UnitHistory } from '../../extension/src/history/unit-history.js';
import { trendGeometry } from '../../extension/src/history/trend.js';
import { createStore, type StoredSnapshot } from '../../extension/src/storage/store.js';
import { watchKey, watchSeries } from '../../core/watch/captures.js';
import { buildDigest } from '../../core/watch/digest.js';
import { verdictsByUnit } from '../../extension/src/history/verdicts.js';
import { verdictFor } from '../../extension/src/history-page/verdict-state.js';
import { UnitTable } from '../../extension/src/history-page/UnitTable.js';
import { exportTable } from '../../extension/src/export/table.js';
import { buildExport } from '../../extension/src/export/backup.js';
import type { Capture } from '../../core/watch/captures.js';
import { seriesPeriodName } from '../../extension/src/history/period-name.js';
import { Preview } from '../../extension/src/popup/Preview.js';
import { I18nContext } from '../../extension/src/ui/I18n.js';
import { seasonAsked } from '../watch/season-days.js';
import { RESPONSES_PAGE } from '../../core/indicators/page-766.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { translator } from '../../extension/src/i18n.js';
import { readSavedCapture } from '../../core/watch/saved.js';
import type { Verdict } from '../../core/watch/verdict.js';
import { memoryArea } from './memory-area.js';
import { snapshot } from './snapshots.js';
import { NOI_VU, unreadPeriodDays } from '../watch/unread-period-days.js';
import { captureOf } from '../watch/six-lists-days.js';
import { RECODED_NAME, recodedOn } from '../watch/renamed-days.js';

const t = translator('vi');

describe('preview against the last capture', () => {
  const earlier = snapshot({ unit: 'Xã Tà Mung', capturedAt: '2026-09-05T02:00:00.000Z', values: { TONG_SCORE: 75, CKMB: 16 } });
  const later = snapshot({ unit: 'Xã Tà Mung', capturedAt: '2026-10-05T02:00:00.000Z', hash: 'h2', values: { TONG_SCORE: 78.5, CKMB: 16 } });

  it('marks each indicator new, changed (with the previous value) or unchanged', () => {
    const incoming = snapshot({ unit: 'UBND xã Tà Mung', hash: 'h3', values: { TONG_SCORE: 80, CKMB: 16, MDHL: 18 } });
    const [preview] = previewCapture([incoming], [earlier, later]);
    const byCode = Object.fromEntries(preview!.changes.map((c) => [c.code, c]));
    expect(byCode.TONG_SCORE).toMatchObject({ status: 'changed', previous: { value: 78.5, capturedAt: later.capturedAt, period: 'Năm 2026' }, delta: 1.5 });
    expect(byCode.CKMB!.status).toBe('same');
    expect(byCode.MDHL!.status).toBe('new');
    expect(preview!.duplicate).toBe(false);
  });

  it('compares only within the same period', () => {
    const quarter = snapshot({ unit: 'Xã Tà Mung', period: 'Quý 3/2026', hash: 'q3' });
    expect(previewCapture([quarter], [earlier, later])[0]!.changes.every((c) => c.status === 'new')).toBe(true);
  });

  it('says when a capture is already stored that day, and then shows no change beside it', () => {
    // The same figures as the September capture, captured again an hour later (the same data day).
    const again = snapshot({ unit: 'Xã Tà Mung', capturedAt: '2026-09-05T03:00:00.000Z', hash: 'h1', values: { TONG_SCORE: 75, CKMB: 16 } });
    const [preview] = previewCapture([again], [earlier, later]);
    expect(preview!.duplicate).toBe(true);
    expect(preview!.changes.map((c) => [c.status, c.delta])).toEqual([['same', undefined], ['same', undefined]]);
    // Unchanged figures on another day are that day's capture: saved, so the day is no gap in the digest.
    const nextDay = snapshot({ unit: 'Xã Tà Mung', capturedAt: '2026-09-06T03:00:00.000Z', hash: 'h1', values: { TONG_SCORE: 75, CKMB: 16 } });
    expect(previewCapture([nextDay], [earlier])[0]!.duplicate).toBe(false);
  });

  it('continues a cumulative report (01/01–30/09, then 01/01–31/10) as one line, and a month from the month before', () => {
    const september = snapshot({ unit: 'Xã Tà Mung', capturedAt: '2026-10-02T02:00:00.000Z', hash: 's', period: 'Từ ngày 01/01/2026 đến ngày 30/09/2026', values: { TY_LE_DUNG_HAN: 92.4 } });
    const october = snapshot({ unit: 'Xã Tà Mung', hash: 'o', period: 'Từ ngày 01/01/2026 đến ngày 31/10/2026', values: { TY_LE_DUNG_HAN: 85.55 } });
    const [c] = previewCapture([october], [september])[0]!.changes;
    expect(c).toMatchObject({ status: 'changed', previous: { value: 92.4, period: 'Từ ngày 01/01/2026 đến ngày 30/09/2026' } });
    expect(c!.delta).toBeCloseTo(-6.85);
    // A range that does not start on 1 January is its own period.
    const summer = snapshot({ unit: 'Xã Tà Mung', hash: 'q', period: 'Từ ngày 01/07/2026 đến ngày 31/10/2026', values: { TY_LE_DUNG_HAN: 85.55 } });
    expect(previewCapture([summer], [september])[0]!.changes[0]!.status).toBe('new');
    const month = (m: number, hash: string, v: number) => snapshot({ unit: 'Xã Tà Mung', hash, period: `Tháng ${m}/2026`, values: { TONG_SCORE: v } });
    expect(previewCapture([month(10, 'm10', 80)], [month(8, 'm8', 70), month(9, 'm9', 78)])[0]!.changes[0]).toMatchObject({ status: 'changed', delta: 2, previous: { period: 'Tháng 9/2026' } });
    // A range that is exactly one month compares with the months.
    const octoberRange = snapshot({ unit: 'Xã Tà Mung', hash: 'r10', period: 'Từ ngày 01/10/2026 đến ngày 31/10/2026', values: { TONG_SCORE: 81 } });
    expect(previewCapture([octoberRange], [month(9, 'm9', 78)])[0]!.changes[0]).toMatchObject({ status: 'changed', delta: 3, previous: { period: 'Tháng 9/2026' } });
  });
});

describe('history per unit', () => {
  it('is one table a unit and kind of period: captures as columns in period order, indicators as rows, the change since the previous capture', async () => {
    const store = createStore(memoryArea());
    await store.save([
      snapshot({ unit: 'Xã B', capturedAt: '2026-10-01T00:00:00Z', hash: 'b2', values: { TONG_SCORE: 70 } }),
      snapshot({ unit: 'Xã A', capturedAt: '2026-10-01T00:00:00Z', hash: 'a2', values: { TONG_SCORE: 81, CKMB: 17 } }),
      snapshot({ unit: 'Xã A', capturedAt: '2026-09-01T00:00:00Z', hash: 'a1', values: { TONG_SCORE: 79.5 } }),
      snapshot({ unit: 'Xã A', capturedAt: '2026-09-15T00:00:00Z', hash: 'aq', period: 'Quý 3/2026', values: { TONG_SCORE: 90 } }),
    ]);
    const histories = buildUnitHistories((await store.snapshots()).snapshots);
    // By year before by quarter.
    expect(histories.map((h) => `${h.unitName}|${h.period.kind}|${h.columns.length}`)).toEqual(['Xã A|year|2', 'Xã A|quarter|1', 'Xã B|year|1']);
    const year = histories[0]!;
    expect(year.columns.map((c) => c.capturedAt)).toEqual(['2026-09-01T00:00:00Z', '2026-10-01T00:00:00Z']);
    const rows = historyRows(year).flatMap((g) => g.rows);
    expect(rows.map((r) => r.label)).toEqual(['Tổng điểm', 'Công khai, minh bạch']);
    expect(rows[0]!.cells.map((c) => [c?.value, c?.delta])).toEqual([[79.5, undefined], [81, 1.5]]);
    // A figure the earlier capture did not have is an empty cell, not a zero.
    expect(rows[1]!.cells).toEqual([undefined, expect.objectContaining({ value: 17 })]);

    const choices = filterChoices(histories);
    expect(choices.periods.map((p) => p.kind)).toEqual(['quarter', 'year']);
    expect(choices.units.map((u) => u.label)).toEqual(['Xã A', 'Xã B']);
    expect(choices.indicators).toEqual([{ value: 'CKMB', label: 'Công khai, minh bạch' }, { value: 'TONG_SCORE', label: 'Tổng điểm' }]);
    expect(filterHistories(histories, { unit: choices.units[1]!.value })).toHaveLength(1);
    expect(filterHistories(histories, { period: 'quarter' }).map((h) => h.unitName)).toEqual(['Xã A']);
    expect(filterHistories(histories, { pageType: 'province-766-monitor' })).toHaveLength(0);
    // An indicator filter keeps the tables that have it, with that row only.
    const ckmb = filterHistories(histories, { indicator: 'CKMB' });
    expect(ckmb.map((h) => [h.unitName, historyRows(h).flatMap((g) => g.rows.map((r) => r.code))])).toEqual([['Xã A', ['CKMB']]]);
  });

  it('puts the officer’s own commune first, and groups a 766 capture’s rows by group, the group’s score at its head', () => {
    const capture = (unit: string, id: string): StoredSnapshot => ({
      ...snapshot({ unit, hash: id, pageType: 'dvc-766-api' }),
      id,
      indicators: [
        // Satisfaction answered first: the table still lists the groups in the portal's order.
        { code: 'MDHL_PHAN_LOAI', group: 'MDHL', label: 'Tỷ lệ PAKN được phân loại', value: null, unit: 'points', max: 0 },
        { code: 'TONG_SCORE', label: 'Tổng điểm', value: 80, unit: 'points', max: 100 },
        { code: 'CKMB_CONG_BO_DUNG_HAN', group: 'CKMB', label: 'Tỷ lệ TTHC công bố đúng hạn', value: 6, unit: 'points', max: 6, ratio: 100, computed: 6 },
        { code: 'CKMB_CONG_BO_DUNG_HAN_TY_LE', group: 'CKMB', label: 'Tỷ lệ TTHC công bố đúng hạn', value: 100, unit: 'percent' },
        { code: 'CKMB', group: 'CKMB', label: 'Công khai, minh bạch', value: 16, unit: 'points', max: 18 },
      ],
    });
    const histories = buildUnitHistories([capture('UBND xã An Hòa', 'a'), capture('UBND xã Tam Sơn - Tỉnh Phú Thọ', 't')], 'Xã Tam Sơn');
    expect(histories.map((h) => [h.unitName, h.own])).toEqual([['UBND xã Tam Sơn - Tỉnh Phú Thọ', true], ['UBND xã An Hòa', false]]);
    expect(historyRows(histories[0]!).map((g) => [g.title, g.rows.map((r) => r.code)])).toEqual([
      ['', ['TONG_SCORE']],
      ['Công khai, minh bạch', ['CKMB', 'CKMB_CONG_BO_DUNG_HAN']],
      ['Mức độ hài lòng', ['MDHL_PHAN_LOAI']],
    ]);
    // The portal's score and the formula's, as given; null stays null.
    expect(historyRows(histories[0]!)[1]!.rows[1]!.cells[0]).toMatchObject({ value: 6, computed: 6, ratio: 100 });
    expect(historyRows(histories[0]!)[2]!.rows[0]!.cells[0]).toMatchObject({ value: null, max: 0 });
  });
});

describe('a cumulative report across two months', () => {
  it('is one table of two captures in period order, with the change between them', () => {
    const october = snapshot({ unit: 'Xã A', capturedAt: '2026-11-02T00:00:00Z', hash: 'o', period: 'Từ ngày 01/01/2026 đến ngày 31/10/2026', values: { TY_LE_DUNG_HAN: 85.55, HS_DUNG_HAN: 1530 } });
    // Captured later but for the shorter range: it still comes first.
    const september = snapshot({ unit: 'Xã A', capturedAt: '2026-11-03T00:00:00Z', hash: 's', period: 'Từ ngày 01/01/2026 đến ngày 30/09/2026', values: { TY_LE_DUNG_HAN: 92.4, HS_DUNG_HAN: 1200 } });
    const histories = buildUnitHistories([{ ...october, id: 'o' }, { ...september, id: 's' }]);
    expect(histories).toHaveLength(1);
    expect(histories[0]!.period).toMatchObject({ kind: 'cumulative', year: 2026 });
    expect(histories[0]!.columns.map((c) => c.snapshotId)).toEqual(['s', 'o']);
    expect(historyRows(histories[0]!)[0]!.rows.find((r) => r.code === 'HS_DUNG_HAN')!.cells[1]!.delta).toBe(330);
    // September's saved by an earlier version without its days: the same one table, in the same order, as the watch's
    // periodKey reads the two as one series (before: two tables, «Từ ngày 01/01/2026 đến ngày 30/09/2026» a range of its own).
    const { from: _from, to: _to, cumulative: _cumulative, ...undated } = september.period;
    const again = buildUnitHistories([{ ...october, id: 'o' }, { ...september, period: undated, id: 's' }]);
    expect(again.map((h) => [h.period.kind, h.columns.map((c) => c.snapshotId)])).toEqual([['cumulative', ['s', 'o']]]);
  });
});

describe('the watch’s two rules (core/watch/captures.ts) on the history page, over the captures `thidua watch` reads', () => {
  it('draws responses saved without their request (period not read) as a line within a month of data days: a new month’s 1/11 not compared with 31/10, by the table or the preview, the day’s verdict beside November’s, named in English in English (before: «Kỳ không rõ …» in English; one line, Sở Nội vụ’s on-time dossiers «−790» on 1/11, and no verdict)', async () => {
    const store = createStore(memoryArea());
    const read = unreadPeriodDays().map(([day, text, at]) => {
      const r = readSavedCapture(JSON.parse(text), `khong-ky/${day}/dvc-progress-tree.json`, at);
      if (!r.ok) throw new Error(r.message);
      return r.captures.flatMap((c) => c.snapshots);
    });
    for (const snapshots of read.slice(0, 2)) await store.save(snapshots);
    const november = previewCapture(read[2]!, (await store.snapshots()).snapshots).find((p) => p.snapshot.unit.code === NOI_VU)!;
    expect(november.changes.find((c) => c.code === 'HS_DUNG_HAN')?.status).toBe('new');
    await store.save(read[2]!);
    const noiVu = buildUnitHistories((await store.snapshots()).snapshots).filter((h) => h.columns[0]!.unit.code === NOI_VU);
    const onTime = (h: UnitHistory) => historyRows(h).flatMap((g) => g.rows).find((r) => r.code === 'HS_DUNG_HAN')!.cells.map((c) => [c?.value, c?.delta]);
    expect(noiVu.map((h) => [seriesPeriodName(h.period, t), onTime(h)])).toEqual([
      ['Kỳ không rõ (ngày số liệu tháng 10/2026)', [[981, undefined], [881, -100]]],
      ['Kỳ không rõ (ngày số liệu tháng 11/2026)', [[expect.any(Number), undefined]]],
    ]);
    // The export's «Kỳ» says the period was not read, as the table's column does (before: left blank).
    const table = exportTable(read[2]!.slice(0, 1), t);
    expect(table.rows[0]![table.headers.indexOf('Kỳ')]).toBe('(trang không ghi kỳ)');
    // In English too, in the words of the page's language.
    expect(noiVu.map((h) => seriesPeriodName(h.period, translator('en')))).toEqual(['Period not recorded (data days of 10/2026)', 'Period not recorded (data days of 11/2026)']);
    // The day's verdict, «Bản tin»'s over the same captures, beside the month's table it judges.
    const digest = buildDigest(watchSeries(read.map((snapshots) => ({ capturedAt: snapshots[0]!.capturedAt, snapshots })))!);
    const verdicts = { day: digest.day, period: digest.period, byUnit: verdictsByUnit(digest) };
    const judged = verdicts.byUnit.get(watchKey(noiVu[1]!.unitName));
    expect(judged).toBeDefined();
    expect(noiVu.map((h) => verdictFor(verdicts, h).verdict?.verdict)).toEqual([undefined, judged]);
  });

  it('draws a unit under its name with another code as another unit, said with its old code and given no verdict of the new, nor compared by the capture’s preview, listed after the current code’s: «UBND xã Xuân Lũng» H44.105 → H44.905 on 13/9 (before: the old code’s table first; earlier: one table, «Tiến độ giải quyết» −8,09; the preview «changed»)', async () => {
    const store = createStore(memoryArea());
    await store.save(captureOf('2026-09-12', recodedOn('2026-09-12')).snapshots);
    const thirteenth = captureOf('2026-09-13', recodedOn('2026-09-13')).snapshots;
    // The capture's preview neither: the new code's «Tiến độ giải quyết» new, not «changed −8,09».
    const preview = previewCapture(thirteenth, (await store.snapshots()).snapshots).filter((p) => p.snapshot.unit.name.startsWith(RECODED_NAME));
    expect(preview.map((p) => [p.snapshot.unit.code, p.changes.find((c) => c.code === 'TDGQ')?.status])).toEqual([['H44.905', 'new']]);
    await store.save(thirteenth);
    const tables = buildUnitHistories((await store.snapshots()).snapshots).filter((h) => h.unitName.startsWith(RECODED_NAME));
    // The name's current code leads, as the page lists the tables.
    expect(tables.map((h) => [h.code, h.columns.map((c) => `${c.unit.code} ${c.capturedAt.slice(0, 10)}`)])).toEqual([
      [undefined, ['H44.905 2026-09-13']],
      ['H44.105', ['H44.105 2026-09-12']],
    ]);
    expect(tables.flatMap((h) => historyRows(h).flatMap((g) => g.rows.flatMap((r) => r.cells.filter((c) => c?.delta !== undefined))))).toEqual([]);
    const old = tables[1]!;
    const title = (h: UnitHistory) => renderToStaticMarkup(createElement(UnitTable, { history: h, onRemove: () => {} })).match(/<h2>(.*?)<\/h2>/)![1]!.replace(/<[^>]+>/g, '').split(/ — | · /)[0];
    expect(tables.map(title)).toEqual([old.unitName, `${old.unitName} (mã H44.105, đơn vị khác với đơn vị cùng tên nay mang mã khác: không so sánh)`]);
    const verdict = { colour: 'yellow' } as Verdict;
    const verdicts = { day: '2026-09-13', period: old.captures.at(-1)!.period.label, byUnit: new Map([[watchKey(old.unitName), verdict]]) };
    expect(tables.map((h) => verdictFor(verdicts, h).verdict?.verdict)).toEqual([verdict, undefined]);
  });
});

describe('a period asked before it began (core/watch/captures.ts notBegun) in the extension, as the watch says it', () => {
  it('previews, draws and names a «Tháng 11/2026» capture of 1/11 whose data day is 31/10 (the portal not yet turned over) apart, with «Bản tin»’s words, compared with neither October’s 30/10 nor November’s 1/11 (before: the preview «Tháng 11/2026», its figures «unchanged» against 30/10; one «Theo tháng» table 30/10 → 31/10 → 1/11)', async () => {
    const saved = (day: string, shown: string) => captureOf(day, seasonAsked(day, {}, shown));
    const [october, early, november] = [saved('2026-10-30', '2026-10-30'), saved('2026-10-31', '2026-11-01'), saved('2026-11-01', '2026-11-01')];
    const store = createStore(memoryArea());
    await store.save(october.snapshots);
    const previews = previewCapture(early.snapshots, (await store.snapshots()).snapshots);
    expect(new Set(previews.flatMap((p) => p.changes.map((c) => c.status)))).toEqual(new Set(['new']));
    const said = buildDigest(watchSeries([early])!).period;
    expect(said).toBe('Tháng 11/2026 — cổng chưa sang kỳ (số liệu ngày 31/10/2026)');
    const shown = (language: 'vi' | 'en') => renderToStaticMarkup(createElement(I18nContext.Provider, { value: { language, t: translator(language) } }, createElement(Preview, { pageType: RESPONSES_PAGE.id, previews, warnings: [], onSave: () => {}, onCancel: () => {} }))).match(/data-testid="period">(.*?)<\/dd>/)![1];
    expect([shown('vi'), shown('en')]).toEqual([said, 'Tháng 11/2026 — the portal had not turned over yet (figures of 31/10/2026)']);

    await store.save(early.snapshots);
    await store.save(november.snapshots);
    const tables = buildUnitHistories((await store.snapshots()).snapshots).filter((h) => h.unitName === october.snapshots[0]!.unit.name);
    const title = (h: UnitHistory) => renderToStaticMarkup(createElement(UnitTable, { history: h, onRemove: () => {} })).match(/<h2>(.*?)<\/h2>/)![1]!.replace(/<[^>]+>/g, '').split(' — ').slice(1).join(' — ');
    expect(tables.map((h) => [title(h), h.columns.map((c) => c.capturedAt)])).toEqual([
      ['Theo tháng', [october.capturedAt, november.capturedAt]],
      [said, [early.capturedAt]],
    ]);
    // Each capture's column says its period as the table's title and «Bản tin» do (before: «Tháng 11/2026» over 31/10's
    // figures), and so does the export's «Kỳ» beside its «Số liệu ngày».
    const heads = (h: UnitHistory) => [...renderToStaticMarkup(createElement(UnitTable, { history: h, onRemove: () => {} })).matchAll(/data-testid="capture-period">(.*?)<\/div>/g)].map((m) => m[1]);
    expect(tables.map(heads)).toEqual([['Tháng 11/2026', 'Tháng 10/2026'], [said]]);
    const table = exportTable(early.snapshots.slice(0, 1), t);
    const at = (header: string) => table.rows[0]![table.headers.indexOf(header)];
    expect([at('Kỳ'), at('Số liệu ngày')]).toEqual([said, '2026-10-31']);
  });

  it('catches it in captures an earlier version saved without their period’s days, in the preview, the tables and the digest of their backup (the file `thidua watch` reads): «Tháng 11/2026» of data day 31/10 never filed as November’s (before: previewed «same»/«changed» against 30/10, one «Theo tháng» table 30/10 → 31/10 → 1/11, the digest «Tháng 11/2026» with nothing said)', async () => {
    const undated = (c: Capture) => c.snapshots.map(({ period: { from: _from, to: _to, cumulative: _cumulative, ...period }, ...s }) => ({ ...s, period }));
    const [october, early, november] = [['2026-10-30', '2026-10-30'], ['2026-10-31', '2026-11-01'], ['2026-11-01', '2026-11-01']].map(([day, shown]) => undated(captureOf(day!, seasonAsked(day!, {}, shown))));
    expect(early![0]!.period).toEqual({ kind: 'month', year: 2026, month: 11, label: 'Tháng 11/2026' });
    const store = createStore(memoryArea());
    await store.save(october!);
    const previews = previewCapture(early!, (await store.snapshots()).snapshots);
    expect(new Set(previews.flatMap((p) => p.changes.map((c) => c.status)))).toEqual(new Set(['new']));
    await store.save(early!);
    await store.save(november!);
    const stored = (await store.snapshots()).snapshots;
    const name = october![0]!.unit.name;
    const said = 'Tháng 11/2026 — cổng chưa sang kỳ (số liệu ngày 31/10/2026)';
    expect(buildUnitHistories(stored).filter((h) => h.unitName === name).map((h) => [seriesPeriodName(h.period, t), h.columns.map((c) => c.capturedAt)])).toEqual([
      ['Theo tháng', [october![0]!.capturedAt, november![0]!.capturedAt]],
      [said, [early![0]!.capturedAt]],
    ]);
    // Their backup, read as `thidua watch` reads it: the morning of 31/10 said before its period, 1/11 compared with nothing before it.
    const file = readSavedCapture(JSON.parse(JSON.stringify(buildExport(stored, '2026-11-02T01:00:00Z'))), 'sao-luu.json', '2026-11-02T01:00:00Z');
    if (!file.ok) throw new Error(file.message);
    const first = buildDigest(watchSeries(file.captures.slice(0, 2))!);
    expect([first.period, first.periodNotBegun]).toEqual([said, { asked: 'Tháng 11/2026', from: '2026-11-01' }]);
    const last = buildDigest(watchSeries(file.captures)!);
    expect([last.period, last.day, last.previous, last.previousOther]).toEqual(['Tháng 11/2026', '2026-11-01', undefined, { day: '2026-10-31', periods: [said] }]);
    // A month saved without its days is one series with the same month saved with them, as the history draws them in one table.
    const mixed = buildDigest(watchSeries([file.captures[0]!, captureOf('2026-10-31', seasonAsked('2026-10-31'))])!);
    expect([mixed.period, mixed.previous]).toEqual(['Tháng 10/2026', { day: '2026-10-30', daysBefore: 1 }]);
  });
});

describe('trend chart geometry', () => {
  it('puts the lowest value at the bottom and the highest at the top of the box', () => {
    const { dots, path } = trendGeometry([70, 80, 75], 100, 30, 3);
    expect(dots.map((d) => d.y)).toEqual([27, 3, 15]);
    expect(dots.map((d) => d.x)).toEqual([3, 50, 97]);
    expect(path).toBe('M3 27 L50 3 L97 15');
  });

  it('draws a flat series across the middle and a single value as one dot', () => {
    expect(trendGeometry([5, 5], 100, 30).dots.map((d) => d.y)).toEqual([15, 15]);
    expect(trendGeometry([5], 100, 30).dots).toEqual([{ x: 50, y: 15 }]);
  });
});
