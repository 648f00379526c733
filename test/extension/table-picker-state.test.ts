// The table picker's state on the real pages it is offered on: what a page's tables start as, what a saved mapping
// brings back, and which choices make a mapping — the same mapping the generic reader then captures with.
import { describe, expect, it } from 'vitest';
import { capturePage, listTables } from '../../core/indicators/index.js';
import { choiceFor, choicesFrom, CUSTOM, pickedMapping, startTable, type ColumnChoice } from '../../extension/src/popup/table-picker-state.js';
import { AT, DVC_TINH, loadPage, ok } from '../indicators/load.js';

const generic = listTables(loadPage('generic-table.html'));
const table = generic[0]!;
const col = (header: string) => table.headers.indexOf(header);
const SKIP: ColumnChoice = { code: '', custom: '', unit: 'count' };

/** The choices with `set` applied by header, the others skipped. */
function choices(set: Record<string, ColumnChoice>): ColumnChoice[] {
  return table.headers.map((h) => set[h] ?? SKIP);
}

describe('the table picker’s choices', () => {
  it('starts on the table a page type refused, else the one the saved mapping names, else the first', () => {
    const monitor = listTables(loadPage('province-766-monitor.html'));
    const both = [...generic, ...monitor.map((tb) => ({ ...tb, index: tb.index + 10 }))];
    expect(startTable(both)?.index).toBe(table.index);
    expect(startTable(both, undefined, both[1]!.index)?.index).toBe(both[1]!.index);
    // A header of the monitoring table only: the saved mapping names that table.
    const saved = { unitColumn: both[1]!.headers.find((h) => !table.headers.includes(h))!, columns: [] };
    expect(startTable(both, saved)?.index).toBe(both[1]!.index);
    expect(startTable([])).toBeUndefined();
  });

  it('brings back a saved mapping on the table it was made for: known codes as themselves, other codes as typed', () => {
    const saved = {
      unitColumn: 'Tên đơn vị',
      columns: [
        { header: 'Số lượt đánh giá', code: 'LUOT_DANH_GIA', unit: 'count' as const },
        { header: 'Tỷ lệ hài lòng (%)', code: 'TY_LE_HAI_LONG', unit: 'percent' as const },
      ],
    };
    const back = choicesFrom(table, saved);
    expect(back).toHaveLength(table.headers.length);
    expect(back[col('Số lượt đánh giá')]).toEqual({ code: CUSTOM, custom: 'LUOT_DANH_GIA', unit: 'count' });
    expect(back[col('Tỷ lệ hài lòng (%)')]).toEqual({ code: CUSTOM, custom: 'TY_LE_HAI_LONG', unit: 'percent' });
    expect(back[col('Rất hài lòng')]).toEqual(SKIP);
    // A mapping saved for another table of the site is not applied column by column to this one.
    expect(choicesFrom(table, { ...saved, unitColumn: 'Xã, phường' }).every((c) => c.code === '')).toBe(true);
  });

  it('starts from the best guess of each column where no mapping is saved (the refused 766 page’s own columns)', () => {
    const refused = listTables(loadPage('dvc-766-tinh-thanh-pho-doi-cot.html'))[0]!;
    const guessed = choicesFrom(refused, undefined);
    expect(guessed.map((c, i) => [refused.headers[i], c.code]).filter(([, code]) => code)).toEqual(
      refused.guesses.flatMap((g, i) => (g ? [[refused.headers[i], g.code]] : [])),
    );
    expect(guessed.some((c) => c.code)).toBe(true);
  });

  it('gives a known indicator its own measure, and keeps the measure typed for another', () => {
    expect(choiceFor('TONG_SCORE', SKIP)).toEqual({ code: 'TONG_SCORE', unit: 'points' });
    expect(choiceFor(CUSTOM, { code: '', custom: '', unit: 'percent' })).toEqual({ code: CUSTOM, unit: 'percent' });
    expect(choiceFor(CUSTOM, undefined)).toEqual({ code: CUSTOM, unit: 'count' });
  });
});

describe('the mapping the choices make', () => {
  it('asks for the unit column first, then for one indicator column', () => {
    expect(pickedMapping(table, '', choices({ 'Số lượt đánh giá': { code: 'TONG_SCORE', custom: '', unit: 'points' } }))).toEqual({ ok: false, problem: 'picker.needUnit' });
    expect(pickedMapping(table, 'Tên đơn vị', choices({}))).toEqual({ ok: false, problem: 'picker.needIndicator' });
    // The unit column chosen as an indicator too is not one of its indicators.
    expect(pickedMapping(table, 'Tên đơn vị', choices({ 'Tên đơn vị': { code: 'TONG_SCORE', custom: '', unit: 'points' } }))).toEqual({ ok: false, problem: 'picker.needIndicator' });
  });

  it('refuses a typed code the schema does not take, in Vietnamese naming the column, the field and what was typed', () => {
    const r = pickedMapping(table, 'Tên đơn vị', choices({ 'Số lượt đánh giá': { code: CUSTOM, custom: 'lượt đánh giá', unit: 'count' } }));
    expect(r.ok).toBe(false);
    expect('errors' in r && r.errors).toEqual([
      'cột chỉ số thứ 1 (mã «LƯỢT ĐÁNH GIÁ»), trường «Mã chỉ số»: sai định dạng — Mã chỉ số: chữ in hoa, số và gạch dưới (VD: TY_LE_TTTT) (đang là «LƯỢT ĐÁNH GIÁ»)',
    ]);
  });

  it('makes the mapping the generic reader captures the page with: typed codes trimmed and in capitals', () => {
    const r = pickedMapping(
      table,
      'Tên đơn vị',
      choices({
        'Số lượt đánh giá': { code: CUSTOM, custom: ' luot_danh_gia ', unit: 'count' },
        'Tỷ lệ hài lòng (%)': { code: CUSTOM, custom: 'ty_le_hai_long', unit: 'percent' },
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.mapping.columns.map((c) => [c.header, c.code, c.unit])).toEqual([
      ['Số lượt đánh giá', 'LUOT_DANH_GIA', 'count'],
      ['Tỷ lệ hài lòng (%)', 'TY_LE_HAI_LONG', 'percent'],
    ]);
    const captured = ok(capturePage(loadPage('generic-table.html'), DVC_TINH.replace('dichvucong.gov.vn', 'dichvucong.thainguyen.gov.vn'), { capturedAt: AT, mapping: r.mapping }));
    expect(captured.snapshots.map((s) => [s.unit.name, s.indicators.map((i) => i.value)])).toEqual([
      ['UBND xã Tân Linh', [1250, 98.4]],
      ['UBND xã Cát Nê', [842, 98.57]],
      ['UBND xã Lục Ba', [630, 95.24]],
    ]);
  });
});
