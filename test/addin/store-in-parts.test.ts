// A store the command line or the standalone page wrote in parts: past 8 MB the writer goes on in `_thidua 2`
// (core/workbook/store-layout.ts storeLayout) — Phú Thọ's season imported into «Chỉ số cổng DVC» (test/watch/season-days.ts,
// 12,972 snapshots, 8,9 million characters packed), then a decision of the council kept after it. Opened in Excel,
// the add-in (through the Office.js fake) read `_thidua` alone: the season's snapshots cut in two (unreadable), the
// decision not there, `_thidua 2` listed among the workbook's own sheets; and its next write left `_thidua 2` as it was,
// read again by the command line after the store the add-in wrote. (A sheet the officer copies is named «_thidua (2)»
// by Excel, never `_thidua 2`: the store's sheets are veryHidden, not copied from the tabs.)
import { afterEach, describe, expect, it } from 'vitest';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import type { CouncilDecision } from '../../core/council/decision.js';
import { compactExport, IndicatorExportFile } from '../../core/indicators/export-file.js';
import type { SheetGrid } from '../../core/sheet/cell.js';
import { decodeStore, isStoreSheet, storeSheetName } from '../../core/workbook/store-layout.js';
import { readStored, writeStored } from '../../excel-addin/actions/store.js';
import { runInExcel } from '../../excel-addin/workbook/office-runner.js';
import { fakeWorkbookFromXlsx } from '../../scripts/harness/office-fake-from-xlsx.js';
import { installFakeOffice, newSheet, sheetValues } from '../../scripts/harness/office-fake.js';
import { seasonSaves } from '../watch/season-days.js';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

const DECISION: CouncilDecision = { sheet: 'Thôn Đồng', unitName: 'Thôn Đồng', flagCode: 'ratio-mismatch', cell: 'D9', criterion: 'CQS-01', decision: 'accept', reviewer: 'Hội đồng', date: '2026-11-30', comment: 'Đã đối chiếu sổ theo dõi' };
const SECOND: CouncilDecision = { ...DECISION, sheet: 'Thôn Đoài', unitName: 'Thôn Đoài', decision: 'reject', comment: '' };

describe('a store written in parts (`_thidua`, `_thidua 2`), opened in the add-in', () => {
  it('reads every key, lists no store sheet as the workbook’s, and writes the store again with no part left stale', async () => {
    const packed = compactExport(seasonSaves().flatMap((s) => s.capture.snapshots), '');
    // Written by the command line's writer, as `thidua score` and the standalone page write a workbook.
    const book = OoxmlWorkbook.create();
    await book.apply({ sheets: [{ sheet: 'Thôn Đồng', mode: 'replace', blocks: [{ address: 'A1', values: [['BẢNG CHẤM ĐIỂM THI ĐUA']] }] }] });
    await book.writeStore('indicators', packed);
    await book.writeStore('decisions', [DECISION]);
    const bytes = await book.toBuffer();
    const opened = OoxmlWorkbook.open(bytes);
    // Each store sheet read once: the grids found are the ones Excel is given below.
    const names: string[] = [];
    const grids: SheetGrid[] = [];
    for (let n = 1; ; n++) {
      const read = await opened.readSheets([storeSheetName(n)]).catch(() => undefined);
      if (!read) break;
      names.push(storeSheetName(n));
      grids.push(...read);
    }
    expect(names).toEqual(['_thidua', '_thidua 2']);

    // In Excel: the workbook's sheets and its store's, veryHidden, their text as the file holds it.
    const state = await fakeWorkbookFromXlsx(bytes);
    for (const grid of grids) {
      const values = grid.values as (string | null)[][];
      state.sheets.push({ ...newSheet(grid.name, values, values.map((r) => r.map(() => '@'))), visibility: 'VeryHidden' });
    }
    const fake = installFakeOffice(state, '1.18');
    uninstall = fake.uninstall;

    const snapshots = IndicatorExportFile.parse(JSON.parse(JSON.stringify(packed))).snapshots;
    const read = await runInExcel(async (port) => ({ sheets: await port.listSheets(), decisions: await readStored(port, 'decisions'), indicators: await readStored(port, 'indicators') }));
    expect(read.sheets).toEqual(['Thôn Đồng']);
    expect(read.decisions).toEqual({ value: [DECISION], unreadable: false });
    // Every snapshot as it was written (compared as text: 12,972 of them).
    const written = JSON.stringify(snapshots);
    const same = (value: unknown) => JSON.stringify(value) === written;
    expect([read.indicators.unreadable, read.indicators.value?.length, same(read.indicators.value)]).toEqual([false, snapshots.length, true]);

    // A decision taken in the pane: the store's sheets, read in their order as the command line reads them, hold it and the season.
    await runInExcel(async (port) => writeStored(port, 'decisions', [DECISION, SECOND]));
    const stored = state.sheets.filter((s) => isStoreSheet(s.name));
    expect(stored.map((s) => [s.name, s.visibility])).toEqual(names.map((n) => [n, 'VeryHidden']));
    const again = decodeStore(stored.flatMap((s) => sheetValues(s)));
    expect(again.get('decisions')).toEqual([DECISION, SECOND]);
    expect(same(IndicatorExportFile.parse(again.get('indicators')).snapshots)).toBe(true);
  }, 240_000);
});

/* Made for: the watch through a season — the add-in reads a store in parts whole, and writes it in parts again. */
