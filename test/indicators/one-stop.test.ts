// One-stop platforms' tables as drawn (DOMAIN §7): wordings and spellings, headers in <td>, title rows inside the
// table, a numbering row, a «Tổng số» footer, multi-line cells, dots and points in one table — and refusals.
import { describe, expect, it } from 'vitest';
import { capturePage, listTables } from '../../core/indicators/pages/index.js';
import type { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { sameUnit } from '../../core/indicators/units.js';
import { readdirSync, readFileSync } from 'node:fs';
import { AT, failed, HUE, MOTCUA, ok, parsePage } from './load.js';

const values = (s: IndicatorSnapshot) => Object.fromEntries(s.indicators.map((i) => [i.code, i.value]));
const td = (cells: (string | number)[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** The 766 monitor as a platform draws it with `<td><strong>` headers and the report title inside the table. */
function monitor(opts: { received?: string; online?: string; result?: string; rate?: string; rows?: (string | number)[][] } = {}) {
  const rows = opts.rows ?? [
    ['1', 'H17.20.05', 'UBND xã Ta Ma', '1.234', '388', '12', '75.5', '23.7', '0.8', '1.530', '16', '98.96', '1.600', '210', '150', '71.43', '28.57'],
    ['2', 'H17.20.07', 'UBND xã Quài Tở', '845', '1.102', '3', '43.33', '56.51', '0.16', '1.900', '47', '97.59', '1.900', '100', '40', '40', '60'],
  ];
  return parsePage(`<!DOCTYPE html><html><body><div class="report"><table border="1">
    <tr><td colspan="17"><strong>BÁO CÁO THEO DÕI CHỈ TIÊU DVC TRỰC TUYẾN THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTg</strong></td></tr>
    <tr><td colspan="17"><em>Từ ngày 01/01/2025 đến ngày 31/10/2025</em></td></tr>
    <tr><td rowspan="2"><strong>STT</strong></td><td rowspan="2"><strong>Mã định danh</strong></td><td rowspan="2"><strong>Tên đơn vị</strong></td>
      <td colspan="3"><strong>${opts.received ?? 'Số hồ sơ tiếp nhận'}</strong></td><td colspan="3"><strong>Tỉ lệ nộp hồ sơ</strong></td>
      <td colspan="3"><strong>${opts.result ?? 'Kết quả xử lý hồ sơ nộp trực tuyến với hồ sơ đang xử lý'}</strong></td>
      <td rowspan="2"><strong>Số lượng hồ sơ đã đồng bộ về Cổng DVC QG</strong></td><td rowspan="2"><strong>Tổng HS có nghĩa vụ tài chính</strong></td>
      <td colspan="3"><strong>Thanh toán trực tuyến</strong></td></tr>
    <tr><td>${opts.online ?? 'Số mới tiếp nhận trực tuyến'}</td><td>Trực tiếp</td><td>Qua bưu chính</td><td>Trực tuyến (%)</td><td>Trực tiếp (%)</td><td>BCCI (%)</td>
      <td>Trước hạn, đúng hạn</td><td>Trễ hạn</td><td>${opts.rate ?? 'Tỉ lệ sớm và đúng hạn'}</td><td>Số HS đã TTTT</td><td>Tỉ lệ TTTT (%)</td><td>Tỉ lệ TT trực tiếp (%)</td></tr>
    ${td(Array.from({ length: 17 }, (_, i) => `(${i + 1})`))}
    ${rows.map(td).join('\n')}
    <tr><td colspan="3"><strong>Tổng số</strong></td><td>2.079</td><td>1.490</td><td>15</td><td>58.1</td><td>41.6</td><td>0.3</td><td>3.430</td><td>63</td><td>98.2</td><td>3.500</td><td>310</td><td>190</td><td>61.3</td><td>38.7</td></tr>
  </table></div></body></html>`);
}

describe('province-766-monitor as the common platforms draw it', () => {
  it('reads headers in <td>, skips the title rows inside the table, the numbering row and the «Tổng số» footer', () => {
    const r = ok(capturePage(monitor(), MOTCUA, { capturedAt: AT, commune: 'Ta Ma' }));
    expect(r.pageType).toBe('province-766-monitor');
    expect(r.snapshots.map((s) => s.unit.name)).toEqual(['UBND xã Ta Ma', 'UBND xã Quài Tở']);
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'range', from: '2025-01-01', to: '2025-10-31' });
    expect(r.picked).toEqual([0]);
  });

  it('reads «Số mới tiếp nhận trực tuyến», «Kết quả xử lý hồ sơ nộp trực tuyến với hồ sơ đang xử lý», Tỉ for Tỷ; dots as thousands in counts, points as decimals in percents', () => {
    const r = ok(capturePage(monitor(), MOTCUA, { capturedAt: AT }));
    expect(values(r.snapshots[0]!)).toMatchObject({
      HS_TRUC_TUYEN: 1234, HS_TRUC_TIEP: 388, HS_BCCI: 12, TY_LE_NOP_TRUC_TUYEN: 75.5, HS_DUNG_HAN: 1530, HS_QUA_HAN: 16,
      TY_LE_DUNG_HAN: 98.96, HS_CO_PHI: 210, HS_TTTT: 150, TY_LE_TTTT: 71.43,
    });
    expect(values(r.snapshots[1]!)).toMatchObject({ HS_TRUC_TIEP: 1102, TY_LE_NOP_TRUC_TIEP: 56.51, TY_LE_TTTT: 40 });
  });

  it.each([
    ['Tiếp nhận', 'Trực tuyến'],
    ['Nhận giải quyết', 'Qua mạng'],
    ['Tổng tiếp nhận', 'Tiếp nhận trực tuyến'],
  ])('reads the received group worded «%s › %s»', (received, online) => {
    const r = ok(capturePage(monitor({ received, online }), MOTCUA, { capturedAt: AT }));
    expect(values(r.snapshots[0]!).HS_TRUC_TUYEN).toBe(1234);
  });

  it('reads a percent written "95.500" as 95,5 where 95 500 cannot be a percentage', () => {
    const row = ['1', 'H17.20.05', 'UBND xã Ta Ma', '1.234', '388', '12', '75.500', '23.7', '0.8', '1.530', '16', '98.96', '1.600', '210', '150', '71.43', '28.57'];
    expect(values(ok(capturePage(monitor({ rows: [row] }), MOTCUA, { capturedAt: AT })).snapshots[0]!).TY_LE_NOP_TRUC_TUYEN).toBe(75.5);
  });

  it('refuses a count written with a decimal point, naming the cell', () => {
    const row = ['1', 'H17.20.05', 'UBND xã Ta Ma', '1234.5', '388', '12', '75.5', '23.7', '0.8', '1.530', '16', '98.96', '1.600', '210', '150', '71.43', '28.57'];
    const r = failed(capturePage(monitor({ rows: [row] }), MOTCUA, { capturedAt: AT }));
    expect(r.error.missing).toEqual(['dòng «UBND xã Ta Ma» (bảng 1), cột «Số hồ sơ tiếp nhận › Số mới tiếp nhận trực tuyến»: «1234.5»']);
  });

  it('reads a renamed group by the meaning of its header path, and keeps the offer of a mapping for a table it cannot read', () => {
    const r = ok(capturePage(monitor({ result: 'Hồ sơ đã xử lý' }), MOTCUA, { capturedAt: AT }));
    expect(r.pageType).toBe('province-766-monitor');
    expect(values(r.snapshots[0]!)).toMatchObject({ HS_DUNG_HAN: 1530, HS_QUA_HAN: 16, HS_TRUC_TUYEN: 1234 });
    // A group no wording explains: the rest of the table is read, the group's figures are said missing.
    const odd = ok(capturePage(monitor({ result: 'Chỉ tiêu X' }), MOTCUA, { capturedAt: AT }));
    expect(values(odd.snapshots[0]!).HS_DUNG_HAN).toBeUndefined();
    expect(values(odd.snapshots[0]!).HS_TTTT).toBe(150);
    expect(odd.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('không có cột «Kết quả xử lý › HS xử lý đúng hạn»'));
  });

  it('reads neither of two columns that read as one figure, naming both, and the rest of the table', () => {
    const pair = '<th>Số lượng</th><th>Tỷ lệ (%)</th>';
    const page = parsePage(`<!DOCTYPE html><html><body><table><thead>
      <tr><th rowspan="3">Tên đơn vị</th><th rowspan="3">Tổng số hồ sơ</th><th colspan="8">Trong kỳ</th><th colspan="2">Kỳ trước</th></tr>
      <tr><th colspan="2">Đã giải quyết</th><th colspan="2">Sớm hạn</th><th colspan="2">Trong hạn</th><th colspan="2">Quá hạn</th><th colspan="2">Đã giải quyết</th></tr>
      <tr>${pair.repeat(5)}</tr></thead>
      <tbody>${td(['UBND xã Ta Ma', '100', '90', '90', '50', '50', '40', '40', '10', '10', '80', '80'])}</tbody></table></body></html>`);
    const r = ok(capturePage(page, MOTCUA, { capturedAt: AT }));
    expect(r.pageType).toBe('province-tthc-stats');
    const warning = r.warnings.find((w) => w.message.includes('không đoán'))!.message;
    expect(warning).toContain('bảng 1, «Đã xử lý › Tỷ lệ (%)»: cột 4 «Trong kỳ › Đã giải quyết › Tỷ lệ (%)», cột 12 «Kỳ trước › Đã giải quyết › Tỷ lệ (%)»');
    expect(values(r.snapshots[0]!).TTHC_DA_XU_LY_PCT).toBeUndefined();
    // The count: the carried-over column's path says «kỳ trước», so only the period's own column is «Đã xử lý».
    expect(values(r.snapshots[0]!).TTHC_DA_XU_LY).toBe(90);
    expect(values(r.snapshots[0]!)).toMatchObject({ TTHC_TONG: 100, TTHC_TRUOC_HAN: 50, TTHC_DUNG_HAN: 40, TTHC_TRE_HAN: 10 });
  });
});

/** «Kết quả giải quyết thủ tục hành chính» with count/percent pairs headed «Tổng | %». */
function stats(cell: (n: number, pct: string) => string[] = (n, pct) => [String(n), pct], pairHeads = ['Tổng', '%']) {
  const outcomes = ['Đã giải quyết', 'Đang giải quyết', 'Sớm hạn', 'Trong hạn', 'Quá hạn'];
  const rows: [string, number, [number, string][]][] = [
    ['UBND xã Ta Ma', 2345, [[2300, '98.08'], [45, '1.92'], [1200, '52.17'], [1080, '46.96'], [20, '0.87']]],
    ['UBND xã Quài Tở', 1010, [[1000, '99.01'], [10, '0.99'], [400, '40'], [590, '59'], [10, '1']]],
  ];
  const multi = cell(1, '1').length === 1;
  return parsePage(`<table><thead>
    <tr><th rowspan="2">Tên đơn vị</th><th rowspan="2">Tổng số hồ sơ</th>${outcomes.map((o) => `<th${multi ? ' rowspan="2"' : ' colspan="2"'}>${o}</th>`).join('')}</tr>
    <tr>${multi ? '' : outcomes.map(() => `<th>${pairHeads[0]}</th><th>${pairHeads[1]}</th>`).join('')}</tr></thead><tbody>
    ${rows.map(([name, total, o]) => td([name, total.toLocaleString('de-DE'), ...o.flatMap(([n, p]) => cell(n, p))])).join('\n')}
  </tbody></table>`);
}

describe('province-tthc-stats as the common platforms draw it', () => {
  it('reads «Tổng | %» pairs under «Đã giải quyết», «Đang giải quyết», «Sớm hạn», «Trong hạn», «Quá hạn»', () => {
    const r = ok(capturePage(stats(), MOTCUA, { capturedAt: AT }));
    expect(r.pageType).toBe('province-tthc-stats');
    expect(values(r.snapshots[0]!)).toEqual({
      TTHC_TONG: 2345, TTHC_DA_XU_LY: 2300, TTHC_DA_XU_LY_PCT: 98.08, TTHC_CHUA_XU_LY: 45, TTHC_CHUA_XU_LY_PCT: 1.92,
      TTHC_TRUOC_HAN: 1200, TTHC_TRUOC_HAN_PCT: 52.17, TTHC_DUNG_HAN: 1080, TTHC_DUNG_HAN_PCT: 46.96, TTHC_TRE_HAN: 20, TTHC_TRE_HAN_PCT: 0.87,
    });
  });

  it('reads multi-line cells «Số lượng: … / Tỷ lệ: …»', () => {
    const r = ok(capturePage(stats((n, p) => [`Số lượng: ${n.toLocaleString('de-DE')}<br>Tỉ lệ: ${p}%`]), MOTCUA, { capturedAt: AT }));
    expect(values(r.snapshots[1]!)).toMatchObject({ TTHC_DA_XU_LY: 1000, TTHC_DA_XU_LY_PCT: 99.01, TTHC_TRE_HAN_PCT: 1 });
  });

  it('reads multi-line cells that hold only their count line as counts, no percent invented', () => {
    const r = ok(capturePage(stats((n) => [`Số lượng: ${n}`]), MOTCUA, { capturedAt: AT }));
    expect(values(r.snapshots[0]!)).toEqual({ TTHC_TONG: 2345, TTHC_DA_XU_LY: 2300, TTHC_CHUA_XU_LY: 45, TTHC_TRUOC_HAN: 1200, TTHC_DUNG_HAN: 1080, TTHC_TRE_HAN: 20 });
  });
});

describe('one-stop-dossier-status («Tình hình giải quyết hồ sơ»)', () => {
  const html = readFileSync(new URL('./fixtures/one-stop-dossier-status.html', import.meta.url), 'utf8');
  const url = 'https://motcua.dienbien.gov.vn/thong-ke/tinh-hinh-giai-quyet-ho-so';

  it('reads a three-row <td> header under title rows, the numbering row and the «Tổng số» footer left out', () => {
    const r = ok(capturePage(parsePage(html), url, { capturedAt: AT, commune: 'Ta Ma' }));
    expect(r.pageType).toBe('one-stop-dossier-status');
    expect(r.snapshots.map((s) => [s.unit.name, s.unit.group])).toEqual([['Sở Tư pháp', 'Sở, ban, ngành'], ['UBND xã Ta Ma', 'UBND cấp xã'], ['UBND xã Quài Tở', 'UBND cấp xã']]);
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'month', month: 10, year: 2025 });
    expect(r.picked).toEqual([1]);
  });

  it('reads every figure under its wording: kì, Qua mạng, Một cửa, Bưu chính, Sớm hạn, Trễ hạn, Còn hạn, Tỉ lệ', () => {
    const r = ok(capturePage(parsePage(html), url, { capturedAt: AT }));
    expect(values(r.snapshots[2]!)).toEqual({
      HS_TIEP_NHAN: 1102, HS_KY_TRUOC: 30, HS_TRUC_TUYEN: 845, HS_TRUC_TIEP: 220, HS_BCCI: 7,
      HS_DA_GIAI_QUYET: 1050, HS_TRUOC_HAN: 600, HS_DUNG_HAN: 400, HS_QUA_HAN: 50,
      HS_DANG_GIAI_QUYET: 50, HS_DANG_TRONG_HAN: 44, HS_DANG_QUA_HAN: 6, HS_TAM_DUNG: 2, HS_RUT: 0, TY_LE_DUNG_HAN: 95.24,
    });
  });

  it.each([
    ['Số hồ sơ nhận giải quyết', 'Tiếp nhận'],
    ['Số hồ sơ nhận giải quyết', 'Đã nhận'],
    ['Kỳ trước chuyển sang', 'Tồn trước'],
    ['Nhận trong kì', 'Trong kỳ'],
    ['Qua mạng', 'Trực tuyến'],
    ['Bưu chính', 'Qua BCCI'],
    ['Đã giải quyết', 'Hoàn thành'],
    ['Đã giải quyết', 'Kết quả nhận giải quyết'],
    ['Đang giải quyết', 'Đang xử lý'],
    ['Tạm dừng xử lý', 'Bổ sung'],
    ['Trả lại/ Rút HS', 'Rút'],
    ['Tỉ lệ sớm và đúng hạn (%)', 'Tỷ lệ trước hạn, đúng hạn'],
    ['Tên cơ quan', 'Lĩnh vực'],
  ])('reads «%s» written «%s»', (from, to) => {
    expect(html).toContain(`<strong>${from}</strong>`);
    const r = ok(capturePage(parsePage(html.replace(`<strong>${from}</strong>`, `<strong>${to}</strong>`)), url, { capturedAt: AT }));
    expect(r.pageType).toBe('one-stop-dossier-status');
    expect(values(r.snapshots[2]!)).toMatchObject({ HS_TIEP_NHAN: 1102, HS_KY_TRUOC: 30, HS_TRUC_TUYEN: 845, HS_BCCI: 7, HS_DA_GIAI_QUYET: 1050, HS_DANG_GIAI_QUYET: 50, HS_TAM_DUNG: 2, HS_RUT: 0, TY_LE_DUNG_HAN: 95.24 });
  });

  it('reads the rest of the table when a group is renamed beyond the vocabulary, naming the column it misses', () => {
    const r = ok(capturePage(parsePage(html.replace('<strong>Đang giải quyết</strong>', '<strong>Chưa xong</strong>')), url, { capturedAt: AT }));
    expect(r.pageType).toBe('one-stop-dossier-status');
    expect(values(r.snapshots[2]!).HS_DANG_GIAI_QUYET).toBeUndefined();
    expect(values(r.snapshots[2]!)).toMatchObject({ HS_TIEP_NHAN: 1102, HS_DA_GIAI_QUYET: 1050 });
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('không có cột «Đang giải quyết › Tổng số»'));
  });
});

describe('one-stop-online-payment and one-stop-digitization (the monitor\'s sibling reports)', () => {
  const page = (name: string) => parsePage(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

  it('reads online payment per unit under «Thanh toán trực tuyến › Số lượng | Tỉ lệ (%)», a "-" rate left out with a warning', () => {
    const r = ok(capturePage(page('one-stop-online-payment.html'), MOTCUA, { capturedAt: AT }));
    expect(r.pageType).toBe('one-stop-online-payment');
    expect(r.snapshots.map((s) => s.unit.name)).toEqual(['Sở Tư pháp', 'UBND xã Ta Ma', 'UBND xã Quài Tở']);
    expect(values(r.snapshots[0]!)).toEqual({ HS_CO_PHI: 1600, HS_TTTT: 1210, TY_LE_TTTT: 75.63, TY_LE_TT_TRUC_TIEP: 24.37 });
    expect(values(r.snapshots[2]!)).toEqual({ HS_CO_PHI: 0, HS_TTTT: 0 });
    expect(r.warnings.filter((w) => w.unit === 'UBND xã Quài Tở')).toHaveLength(2);
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'range', cumulative: true });
  });

  it('reads digitisation per unit (hoá spelling, thousands dots, decimal points) into the 766 digitisation ratios', () => {
    const r = ok(capturePage(page('one-stop-digitization.html'), MOTCUA, { capturedAt: AT, commune: 'Ta Ma' }));
    expect(r.pageType).toBe('one-stop-digitization');
    expect(values(r.snapshots[r.picked![0]!]!)).toEqual({
      HS_TIEP_NHAN: 1234, HS_SO_HOA: 1105, MDSH_SO_HOA_THANH_PHAN_TY_LE: 89.55, HS_KET_QUA_DIEN_TU: 1002, MDSH_KET_QUA_DIEN_TU_TY_LE: 81.2, MDSH_KHAI_THAC_LAI_TY_LE: 35.5,
    });
    expect(r.snapshots[0]!.unit.group).toBe('UBND CẤP XÃ');
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'quarter', quarter: 3, year: 2025 });
  });

  it('leaves the 766 monitor to its own page type, which still reads first', () => {
    expect(ok(capturePage(monitor(), MOTCUA, { capturedAt: AT })).pageType).toBe('province-766-monitor');
  });
});

describe('pages saved by Chromium from renderings of each platform (test/fixtures/pages/platforms/)', () => {
  const dir = new URL('../fixtures/pages/platforms/', import.meta.url);
  const names = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

  it('holds the eight platform layouts, the three grids whose header is drawn apart and the report with a heading above a three-row header', () => {
    expect(names).toHaveLength(12);
  });

  it('reads a table whose <thead> opens with a signed report’s heading, a blank row, title rows and a three-row header by its headers', () => {
    const html = readFileSync(new URL('motcua-phutho-tieu-de-ba-dong.html', dir), 'utf8');
    const [t] = listTables(parsePage(html));
    expect(t!.title).toBe('UBND TỈNH PHÚ THỌ — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — VĂN PHÒNG — Độc lập - Tự do - Hạnh phúc — BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH — Từ ngày 01/04/2026 đến ngày 30/06/2026');
    expect(t!.unitColumn).toBe('Đơn vị');
    const r = ok(capturePage(parsePage(html), 'https://motcua.phutho.gov.vn/bao-cao/tinh-hinh-giai-quyet-ho-so', { capturedAt: AT }));
    expect(r.pageType).toBe('one-stop-dossier-status');
    expect(r.snapshots[0]!.indicators.map((i) => i.code).sort()).toEqual(
      ['HS_TIEP_NHAN', 'HS_KY_TRUOC', 'HS_TRONG_KY', 'HS_DA_GIAI_QUYET', 'HS_TRUOC_HAN', 'HS_DUNG_HAN', 'HS_QUA_HAN', 'HS_DANG_GIAI_QUYET', 'HS_DANG_TRONG_HAN', 'HS_DANG_QUA_HAN'].sort(),
    );
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'range', from: '2026-04-01', to: '2026-06-30' });
  });

  it.each(names)('%s: every figure the page shows is read under its code', (name) => {
    const truth = JSON.parse(readFileSync(new URL(name.replace(/\.html$/, '.truth.json'), dir), 'utf8')) as { url: string; figures: { unit: string; code: string; value: number }[] };
    const r = ok(capturePage(parsePage(readFileSync(new URL(name, dir), 'utf8')), truth.url, { capturedAt: AT }));
    const unread = truth.figures.filter((f) => !r.snapshots.some((s) => sameUnit(s.unit.name, f.unit) && s.indicators.some((i) => i.code === f.code && i.value !== null && Math.abs(i.value - f.value) < 0.005)));
    expect(unread).toEqual([]);
    expect(r.snapshots.map((s) => s.unit.name).sort()).toEqual([...new Set(truth.figures.map((f) => f.unit))].sort());
  });

  it('offers the mapping form its best guess for every column, and the unit column found by its cells', () => {
    const [t] = listTables(parsePage(readFileSync(new URL('smartkios-laichau-kenh-nop.html', dir), 'utf8')));
    expect(t!.unitColumn).toBe('Địa phương');
    expect(t!.guesses.map((g) => g?.code ?? null)).toEqual([null, null, 'HS_TIEP_NHAN', 'HS_TRUC_TUYEN', 'HS_TRUC_TIEP', 'HS_BCCI']);
  });

  it('reads the unit of «Kết quả giải quyết TTHC» from its chosen option, never every option run together', () => {
    const r = ok(capturePage(parsePage(readFileSync(new URL('hue-ket-qua-giai-quyet-tthc.html', dir), 'utf8')), HUE, { capturedAt: AT }));
    expect(r.snapshots.map((s) => s.unit.name)).toEqual(['UBND xã Phú Mậu']);
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'year', year: 2026 });
  });
});
