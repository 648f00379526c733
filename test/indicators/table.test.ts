import { describe, expect, it } from 'vitest';
import { listTables } from '../../core/indicators/pages/index.js';
import { findColumn, headerMatches, MAX_COLUMNS, MAX_PAGE_CELLS, readTable, readTables } from '../../core/indicators/table.js';
import { loadPage, parsePage } from './load.js';

const table = (html: string) => readTable(parsePage(`<html><body>${html}</body></html>`).querySelector('table')!);

describe('readTable', () => {
  it('flattens a grouped two-row header and honours rowspan/colspan', () => {
    const [t] = readTables(loadPage('province-766-monitor.html'));
    expect(t!.headerRowCount).toBe(2);
    expect(t!.headers.slice(0, 7)).toEqual([
      'STT',
      'Mã định danh',
      'Tên đơn vị',
      'Số hồ sơ nhận giải quyết › Mới tiếp nhận trực tuyến',
      'Số hồ sơ nhận giải quyết › Trực tiếp',
      'Số hồ sơ nhận giải quyết › Qua BCCI',
      'Tỷ lệ nộp hồ sơ › Trực tuyến (%)',
    ]);
    expect(t!.headers[12]).toBe('Số lượng hồ sơ đã đồng bộ về Cổng DVC QG');
    expect(t!.headers[16]).toBe('Thanh toán trực tuyến trên Cổng DVC Quốc gia › Tỷ lệ TT trực tiếp (%)');
  });

  it('classifies numbering, group-label, data, total and footnote rows and labels data rows with their group', () => {
    const [t] = readTables(loadPage('province-766-monitor.html'));
    expect(t!.rows.map((r) => r.kind)).toEqual(['numbering', 'group', 'data', 'data', 'group', 'data', 'group', 'data', 'data', 'data', 'total', 'note']);
    expect(t!.rows.filter((r) => r.kind === 'data').map((r) => r.group)).toEqual([
      'Sở, ban, ngành', 'Sở, ban, ngành', 'UBND cấp huyện', 'UBND CẤP XÃ', 'UBND CẤP XÃ', 'UBND CẤP XÃ',
    ]);
  });

  it('reads a td-only header spanning two rows (no thead, no th)', () => {
    const [t] = readTables(loadPage('province-tthc-stats.html'));
    expect(t!.headers.slice(0, 4)).toEqual(['Mức độ', 'Tổng', 'Đã xử lý › Số lượng', 'Đã xử lý › Tỷ lệ (%)']);
    expect(t!.rows.map((r) => r.kind)).toEqual(['data', 'data', 'data', 'total']);
  });

  it('keeps <br> as a word break and marks colspan repeats', () => {
    const t = table('<table><tr><th>Tổng điểm<br>(100)</th><th>Đơn vị</th><th>A</th></tr><tr><td colspan="2">Tổng cộng</td><td>5</td></tr></table>');
    expect(t.headers[0]).toBe('Tổng điểm (100)');
    expect(t.rows[0]).toMatchObject({ kind: 'total', cells: ['Tổng cộng', 'Tổng cộng', '5'], repeated: [false, true, false] });
  });

  it('takes the table title from its caption or the heading before it', () => {
    const tables = readTables(loadPage('dvc-766-tinh-thanh-pho-tinh.html'));
    expect(tables.map((t) => t.title)).toEqual(['Sở, ban, ngành', 'Xã, phường, thị trấn']);
    expect(table('<table><caption>Danh sách xã</caption><tr><th>A</th></tr></table>').title).toBe('Danh sách xã');
  });

  it('never takes a filter form for the title, even in a heading-styled bar right above the table', () => {
    const titleOf = (before: string) => table(`<div><h4>Xã, phường</h4>${before}<table><tr><th>A</th></tr></table></div>`).title;
    expect(titleOf('<div class="panel-heading">Chọn kỳ: <select><option>Năm 2023</option><option selected>Năm 2024</option></select></div>')).toBe('Xã, phường');
    expect(titleOf('<label class="title">Huyện: <select><option>Tất cả</option></select></label>')).toBe('Xã, phường');
    expect(titleOf('<form class="caption"><input value="2024"> <button>Xem</button></form>')).toBe('Xã, phường');
    expect(titleOf('<div class="box"><h5 class="title">Năm</h5><select><option>2024</option></select></div>')).toBe('Xã, phường');
    // Not past another table.
    const [, second] = readTables(parsePage('<h4>Xã, phường</h4><div class="panel"><table><tr><td>x</td></tr></table></div><table><tr><th>A</th></tr></table>'));
    expect(second!.title).toBeUndefined();
  });

  it('does not read a layout table around a data table as data', () => {
    const tables = readTables(loadPage('generic-table.html'));
    expect(tables).toHaveLength(2);
    expect(tables[0]!.rows.filter((r) => r.kind === 'data')).toHaveLength(0);
    expect(tables[1]!.rows.filter((r) => r.kind === 'data')).toHaveLength(3);
  });
});

describe('finding columns by label', () => {
  it('matches the last levels of a grouped header, with or without diacritics and the trailing unit', () => {
    const h = 'Tỷ lệ nộp hồ sơ › Trực tuyến (%)';
    expect(headerMatches(h, 'Tỷ lệ nộp hồ sơ › Trực tuyến (%)')).toBe(true);
    expect(headerMatches(h, 'ty le nop ho so › truc tuyen')).toBe(true);
    expect(headerMatches(h, 'Trực tuyến')).toBe(true);
    expect(headerMatches(h, 'Số hồ sơ nhận giải quyết › Trực tuyến')).toBe(false);
    expect(headerMatches('Tổng điểm (100)', 'Tổng điểm')).toBe(true);
    expect(headerMatches('Điểm tối đa', 'Điểm')).toBe(false);
  });

  it('tries the labels in order and gives undefined when none is there', () => {
    const grid = { headers: ['STT', 'Tên đơn vị', 'Tổng điểm'] };
    expect(findColumn(grid, ['Đơn vị', 'Tên đơn vị'])).toBe(1);
    expect(findColumn(grid, ['Xếp hạng'])).toBeUndefined();
  });
});

describe('what a table may cost', () => {
  // 3,000 rows each claiming colspan=1000 and a rowspan over the whole table, in five tables: tens of millions of
  // cells if expanded as written.
  const hostile = (rows: number) =>
    `<table><tr><th>Tên đơn vị</th><th>Điểm</th></tr>${Array.from({ length: rows }, (_, i) => `<tr><td colspan="1000">Xã ${i}</td><td rowspan="65534">y</td><td>${i}</td></tr>`).join('')}</table>`;
  const page = parsePage(`<!DOCTYPE html><html><body>${hostile(3000).repeat(5)}</body></html>`);

  it('caps columns, cells per table and per page, and says how many rows it left out', () => {
    const tables = readTables(page);
    expect(tables.every((t) => t.headers.length <= MAX_COLUMNS)).toBe(true);
    const cells = tables.reduce((a, t) => a + t.headers.length * (t.rows.length + t.headerRowCount), 0);
    // The row that crossed the line is kept whole.
    expect(cells).toBeLessThanOrEqual(MAX_PAGE_CELLS + tables.length * MAX_COLUMNS);
    expect(tables[0]!.rowsLeftOut).toBeGreaterThan(0);
    expect(tables.at(-1)!.rows).toEqual([]);
    expect(listTables(page).length).toBeLessThanOrEqual(5);
  });

  it('reads a 900-row table whole', () => {
    const t = readTables(loadPage('dvc-766-index.html'))[0]!;
    expect(t.rowsLeftOut).toBeUndefined();
    const big = readTables(parsePage(`<!DOCTYPE html><html><body>${hostile(0).replace('</table>', '')}${Array.from({ length: 900 }, (_, i) => `<tr><td>Xã ${i}</td><td>${i}</td></tr>`).join('')}</table></body></html>`))[0]!;
    expect(big.rows).toHaveLength(900);
    expect(big.rowsLeftOut).toBeUndefined();
  });
});

describe('grids whose header row is a table of its own', () => {
  const page = (body: string) => readTables(parsePage(`<!DOCTYPE html><html><body>${body}</body></html>`));
  const head = '<div class="grid-header"><table><thead><tr><th>Tên đơn vị</th><th>Tiếp nhận</th><th>Đúng hạn</th></tr></thead></table></div>';
  const body = (rows: string[][]) => `<div class="grid-content"><div><table><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;

  it('pairs the header table with the body table of its width after it: one grid, headers and every row', () => {
    const grids = page(`<h3>Tình hình giải quyết hồ sơ</h3>${head}${body([['UBND xã A', '120', '118'], ['UBND xã B', '90', '85']])}`);
    expect(grids).toHaveLength(1);
    expect(grids[0]).toMatchObject({ index: 0, title: 'Tình hình giải quyết hồ sơ', headers: ['Tên đơn vị', 'Tiếp nhận', 'Đúng hạn'], headerRowCount: 1 });
    expect(grids[0]!.rows.map((r) => [r.kind, ...r.cells])).toEqual([['data', 'UBND xã A', '120', '118'], ['data', 'UBND xã B', '90', '85']]);
  });

  it('leaves apart a header table and a body of another width, and tables that carry their own header', () => {
    const grids = page(`${head}${body([['UBND xã A', '120']])}<table><tr><th>Đơn vị</th><th>Tổng</th></tr><tr><td>Xã C</td><td>7</td></tr></table>`);
    expect(grids.map((g) => g.headers)).toEqual([['Tên đơn vị', 'Tiếp nhận', 'Đúng hạn'], ['UBND xã A', '120'], ['Đơn vị', 'Tổng']]);
  });

  it('reads a grid drawn with divs: header and rows by their roles, a pinned column joined by aria-rowindex', () => {
    const cell = (role: string, col: number, t: string) => `<div role="${role}" aria-colindex="${col}">${t}</div>`;
    const [g] = page(`<div role="grid">
      <div role="rowgroup"><div role="row" aria-rowindex="1">${cell('columnheader', 1, 'Đơn vị')}${cell('columnheader', 2, 'Tiếp nhận')}</div></div>
      <div class="pinned"><div role="row" aria-rowindex="2">${cell('gridcell', 1, 'UBND xã A')}</div></div>
      <div class="center"><div role="row" aria-rowindex="2">${cell('gridcell', 2, '120')}</div></div></div>`);
    expect(g).toMatchObject({ headers: ['Đơn vị', 'Tiếp nhận'], headerRowCount: 1 });
    expect(g!.rows.map((r) => r.cells)).toEqual([['UBND xã A', '120']]);
  });
});
