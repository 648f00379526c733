import { describe, expect, it } from 'vitest';
import { OLDER_PAGES } from '../../core/indicators/pages/dvc-766-tinh-thanh-pho.js';
import { capturePage, GenericMapping, listTables, PAGE_TYPES, pageTypesFor } from '../../core/indicators/pages/index.js';
import { isPage766, names766Page, PAGE_766_MATCH } from '../../core/indicators/page-766.js';
import { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { normalizeLabel } from '../../core/text.js';
import { LARGE_PAGE_URL, largePageScores, largePageUnitName, makeLargePage } from '../../scripts/harness/make-large-page.js';
import { AT, DVC_766, DVC_TINH, failed, fixtureHtml, HUE, loadPage, MOTCUA, ok, parsePage } from './load.js';

const values = (s: IndicatorSnapshot) => Object.fromEntries(s.indicators.map((i) => [i.code, i.value]));
const unit = (r: { snapshots: IndicatorSnapshot[] }, name: string) => r.snapshots.find((s) => s.unit.name === name)!;

describe('the 766 page address, written once (core/indicators/page-766.ts)', () => {
  it('is the page the browser shows, with its filters; the reader also takes it as an officer may type it', () => {
    const { host, pathname } = new URL(DVC_766);
    for (const shown of [DVC_766, `${DVC_766}?nam=2026`, `${DVC_766}/`, `${DVC_766}#xa`]) {
      expect(isPage766(shown), shown).toBe(true);
      expect(names766Page(shown), shown).toBe(true);
    }
    for (const typed of [`http://${host}${pathname}`, `https://www.${host}${pathname}`, `HTTPS://${host.toUpperCase()}${pathname}`]) {
      expect(isPage766(typed), typed).toBe(false);
      expect(names766Page(typed), typed).toBe(true);
      expect(pageTypesFor(typed).map((p) => p.id)).toEqual(['dvc-766-index']);
    }
    for (const other of [`${DVC_766}-khac`, `https://${host}.evil.example${pathname}`, `https://x.${host}${pathname}`]) expect(isPage766(other), other).toBe(false);
    // The extension declares its scripts on this Chrome match pattern.
    expect(PAGE_766_MATCH).toBe(`${DVC_766}*`);
  });
});

describe('dvc-766-index (dichvucong.gov.vn /danh-gia-chat-luong-phuc-vu)', () => {
  const r = ok(capturePage(loadPage('dvc-766-index.html'), DVC_766, { capturedAt: AT, commune: 'Ta Ma' }));

  it('reads every unit of the ranking with rank, six groups and total, Vietnamese decimals', () => {
    expect(r.pageType).toBe('dvc-766-index');
    expect(r.snapshots.map((s) => [s.unit.rank, s.unit.name])).toEqual([
      [1, 'Phường Mường Thanh'], [2, 'Xã Ta Ma'], [3, 'Xã Quài Tở'], [4, 'Xã Mường Phăng'],
    ]);
    expect(values(unit(r, 'Xã Quài Tở'))).toEqual({ CKMB: 15, TDGQ: 17, CLGQ: 8, TTTT: 5, MDHL: 16, MDSH: 9, TONG_SCORE: 70 });
    const ckmb = unit(r, 'Xã Ta Ma').indicators.find((i) => i.code === 'CKMB');
    expect(ckmb).toMatchObject({ value: 16.5, max: 18, unit: 'points', label: 'Điểm theo nhóm chỉ số › Công khai, minh bạch (18)' });
  });

  it("adds the chosen unit's indicators: numerator, denominator, score, max, and the ratio as _TY_LE", () => {
    const taMa = unit(r, 'Xã Ta Ma');
    expect(taMa.indicators.find((i) => i.code === 'CKMB_DONG_BO_DVCQG')).toMatchObject({ value: 4.94, max: 6, numerator: 1139, denominator: 1234, unit: 'points' });
    expect(taMa.indicators.find((i) => i.code === 'CKMB_DONG_BO_DVCQG_TY_LE')).toMatchObject({ value: 92.3, unit: 'percent' });
    expect(values(taMa).TDGQ_DUNG_HAN).toBe(18.2);
    // "-" ratio of a unit without PAKN: the score is kept, no ratio invented.
    expect(values(taMa).MDHL_PAKN_DUNG_HAN).toBe(6);
    expect(values(taMa).MDHL_PAKN_DUNG_HAN_TY_LE).toBeUndefined();
    expect(values(unit(r, 'Xã Quài Tở')).TDGQ_DUNG_HAN).toBeUndefined();
  });

  it('reads the period from the filter, picks the commune, and names indicators it has no code for', () => {
    expect(r.snapshots[0]!.period).toEqual({ kind: 'quarter', quarter: 3, year: 2025, label: 'Quý 3 năm 2025', from: '2025-07-01', to: '2025-09-30', cumulative: false });
    expect(r.picked).toEqual([1]);
    expect(r.warnings).toEqual([{ message: expect.stringContaining('Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình'), unit: 'Xã Ta Ma' }]);
  });

  it('names detail rows by their label, numbering and a trailing note left out', () => {
    const page = parsePage(`<h3>Chi tiết chỉ số: Xã Ta Ma</h3><table>
      <tr><th>Chỉ số</th><th>Điểm</th></tr>
      <tr><td>1.1 TTHC công bố đúng hạn (%)</td><td>6</td></tr>
      <tr><td>a) Hồ sơ số hóa thành phần (điểm)</td><td>2</td></tr>
      <tr><td>Hồ sơ xử lý đúng hạn (trước hạn, đúng hạn)</td><td>18,2</td></tr></table>`);
    const d = ok(capturePage(page, DVC_766, { capturedAt: AT }));
    expect(values(d.snapshots[0]!)).toEqual({ CKMB_CONG_BO_DUNG_HAN: 6, MDSH_SO_HOA_THANH_PHAN: 2, TDGQ_DUNG_HAN: 18.2 });
  });

  it('reads the portal’s own wording of the component digitisation row under the code its responses use', () => {
    const page = parsePage(`<h3>Chi tiết chỉ số: Xã Ta Ma</h3><table>
      <tr><th>Chỉ số</th><th>Điểm</th></tr>
      <tr><td>Tỷ lệ hồ sơ giấy tờ được số hóa khi giải quyết</td><td>3,2</td></tr></table>`);
    expect(values(ok(capturePage(page, DVC_766, { capturedAt: AT })).snapshots[0]!)).toEqual({ MDSH_SO_HOA_THANH_PHAN: 3.2 });
  });

  it('reads a unit shown as cards', () => {
    const c = ok(capturePage(loadPage('dvc-766-index-the.html'), DVC_766, { capturedAt: AT }));
    expect(c.snapshots).toHaveLength(1);
    expect(c.snapshots[0]!.unit.name).toBe('UBND xã Ta Ma');
    expect(c.snapshots[0]!.period).toMatchObject({ kind: 'month', month: 9, year: 2025 });
    expect(c.snapshots[0]!.indicators.find((i) => i.code === 'TONG_SCORE')).toMatchObject({ value: 78.45, max: 100 });
    expect(values(c.snapshots[0]!)).toMatchObject({ CKMB: 16.5, TTTT: 6.4, MDSH: 10.1 });
  });

  it('refuses scores replaced by text, naming the cells', () => {
    const e = failed(capturePage(loadPage('dvc-766-index-chu.html'), DVC_766, { capturedAt: AT }));
    expect(e.error.missing).toHaveLength(2);
    expect(e.error.missing[0]).toContain('«Xã Ta Ma»');
    expect(e.error.missing[0]).toContain('«Đang cập nhật»');
    expect(e.error.missing[1]).toContain('«N/A»');
  });
});

describe('dvc-766-tinh-thanh-pho (older ranking pages)', () => {
  it('reads the provinces ranking: first cell the rank, five groups with the 22-point DVCTT', () => {
    const r = ok(capturePage(loadPage('dvc-766-tinh-thanh-pho.html'), DVC_TINH, { capturedAt: AT }));
    expect(r.snapshots.map((s) => s.unit.rank)).toEqual([1, 2, 3, 45]);
    expect(unit(r, 'Điện Biên').indicators.find((i) => i.code === 'DVCTT')).toMatchObject({ value: 13.2, max: 22 });
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'year', year: 2024 });
    // A row without a name is about no unit: a page-level warning.
    expect(r.warnings).toEqual([{ message: expect.stringContaining('không có tên đơn vị') }]);
  });

  it('reads a province: departments, then communes, each labelled with its table or group row', () => {
    const r = ok(capturePage(loadPage('dvc-766-tinh-thanh-pho-tinh.html'), DVC_TINH, { capturedAt: AT, commune: 'UBND xã Ta Ma' }));
    expect(r.snapshots.map((s) => s.unit.group)).toEqual([
      'Sở, ban, ngành', 'Sở, ban, ngành', 'Sở, ban, ngành', 'Huyện Tuần Giáo', 'Huyện Tuần Giáo', 'Huyện Tuần Giáo', 'Thành phố Điện Biên Phủ',
    ]);
    expect(r.snapshots.some((s) => s.unit.name === 'Tổng cộng')).toBe(false);
    expect(r.picked).toEqual([4]);
    expect(values(r.snapshots[4]!)).toEqual({ CKMB: 16.5, TDGQ: 18.2, DVCTT: 16.15, MDHL: 17.5, MDSH: 10.1, TONG_SCORE: 78.45 });
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'quarter', quarter: 2, year: 2025, label: 'Quý II năm 2025' });
  });

  it('gives the clear error for a renamed and a missing column', () => {
    const e = failed(capturePage(loadPage('dvc-766-tinh-thanh-pho-doi-cot.html'), DVC_TINH, { capturedAt: AT }));
    expect(e.pageType).toBe('dvc-766-tinh-thanh-pho');
    expect(e.error.missing).toEqual(['Số hóa hồ sơ', 'Tổng điểm']);
    expect(e.error.lookedFor).toContain('Tổng điểm');
    expect(e.error.message).toContain('«Tổng điểm»');
  });

  it('takes groups from the group rows and the heading before the table, never from the filter bar above it', () => {
    // The filter selects sit in a `panel-heading` right above the first table, a `<label>` above the second.
    const r = ok(capturePage(loadPage('dvc-766-tinh-thanh-pho-bo-loc.html'), DVC_TINH, { capturedAt: AT }));
    expect(r.snapshots.map((s) => [s.unit.name, s.unit.group])).toEqual([
      ['Sở Tư pháp', undefined],
      ['Sở Y tế', undefined],
      ['Thị trấn Tuần Giáo', 'Xã, phường, thị trấn'],
      ['Phường Mường Thanh', 'Thành phố Điện Biên Phủ'],
    ]);
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'year', year: 2024 });
  });
});

describe('dvc-766-tinh-thanh-pho: what each of the six older pages must show', () => {
  const address = (variant: string) => `https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-${variant}.html`;
  const FIVE = ['CKMB', 'TDGQ', 'DVCTT', 'MDHL', 'MDSH', 'TONG_SCORE'];

  it.each(Object.entries(OLDER_PAGES))('-%s (%s): the unit, five groups and the total, or the clear error', (variant, title) => {
    const r = ok(capturePage(loadPage('dvc-766-tinh-thanh-pho-tinh.html'), address(variant), { capturedAt: AT }));
    expect(r.pageType).toBe('dvc-766-tinh-thanh-pho');
    expect(r.snapshots).toHaveLength(7);
    for (const s of r.snapshots) expect(s.indicators.map((i) => i.code)).toEqual(FIVE);

    // Four of the six figure columns (one renamed, one gone): refused on every variant, not a partial snapshot.
    const e = failed(capturePage(loadPage('dvc-766-tinh-thanh-pho-doi-cot.html'), address(variant), { capturedAt: AT }));
    expect(e.pageType).toBe('dvc-766-tinh-thanh-pho');
    expect(e.error.missing).toEqual(['Số hóa hồ sơ', 'Tổng điểm']);
    expect(e.error.lookedFor).toEqual(['Tên đơn vị', 'Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ', 'Tổng điểm']);
    expect(e.error.message).toContain(`Trang «${title}» (dvc-index-tinhthanhpho-${variant})`);
    expect(e.error.message).toContain('«Số hóa hồ sơ», «Tổng điểm»');
  });

  it('refuses a one-group page showing only its own group and the total', () => {
    const page = parsePage(`<table><tr><th>STT</th><th>Tỉnh, thành phố</th><th>Công khai, minh bạch</th><th>Tổng điểm</th></tr>
      <tr><td>1</td><td>Quảng Ninh</td><td>17,8</td><td>93,6</td></tr></table>`);
    const e = failed(capturePage(page, address('congkhaiminhbach'), { capturedAt: AT }));
    expect(e.error.missing).toEqual(['Tiến độ giải quyết', 'Dịch vụ trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ']);
  });

  it('reads the six-group layout when the page shows "Thanh toán trực tuyến", and needs its columns', () => {
    const header = '<th>STT</th><th>Tên đơn vị</th><th>Công khai, minh bạch</th><th>Tiến độ giải quyết</th><th>Dịch vụ công trực tuyến</th><th>Thanh toán trực tuyến</th><th>Mức độ hài lòng</th><th>Số hóa hồ sơ</th><th>Tổng điểm</th>';
    const row = '<td>1</td><td>Xã Ta Ma</td><td>16,5</td><td>18,2</td><td>9,75</td><td>6,4</td><td>17,5</td><td>10,1</td><td>78,45</td>';
    const r = ok(capturePage(parsePage(`<table><tr>${header}</tr><tr>${row}</tr></table>`), address('dvctructuyen'), { capturedAt: AT }));
    expect(values(r.snapshots[0]!)).toEqual({ CKMB: 16.5, TDGQ: 18.2, CLGQ: 9.75, TTTT: 6.4, MDHL: 17.5, MDSH: 10.1, TONG_SCORE: 78.45 });
    const e = failed(capturePage(parsePage(`<table><tr>${header.replace('<th>Dịch vụ công trực tuyến</th>', '')}</tr><tr>${row.replace('<td>9,75</td>', '')}</tr></table>`), address('dvctructuyen'), { capturedAt: AT }));
    expect(e.error.missing).toEqual(['Dịch vụ công trực tuyến']);
    expect(e.error.message).toContain('đủ 6 nhóm chỉ số');
  });

  it('is made for the six addresses only', () => {
    for (const variant of Object.keys(OLDER_PAGES)) expect(pageTypesFor(address(variant)).map((p) => p.id)).toEqual(['dvc-766-tinh-thanh-pho']);
    expect(pageTypesFor(address('tonghop').replace('.html', '.html?nam=2024')).map((p) => p.id)).toEqual(['dvc-766-tinh-thanh-pho']);
    expect(pageTypesFor(address('khac'))).toEqual([]);
  });
});

describe('province-766-monitor (provincial one-stop table)', () => {
  const r = ok(capturePage(loadPage('province-766-monitor.html'), MOTCUA, { capturedAt: AT }));

  it('reads each unit with its code, group and the 14 figures, counts with thousands dots', () => {
    expect(r.snapshots.map((s) => [s.unit.code, s.unit.group])).toEqual([
      ['H17.01', 'Sở, ban, ngành'], ['H17.02', 'Sở, ban, ngành'], ['H17.20', 'UBND cấp huyện'],
      ['H17.20.05', 'UBND CẤP XÃ'], ['H17.20.06', 'UBND CẤP XÃ'], ['H17.20.07', 'UBND CẤP XÃ'],
    ]);
    expect(values(unit(r, 'UBND xã Ta Ma'))).toEqual({
      HS_TRUC_TUYEN: 312, HS_TRUC_TIEP: 98, HS_BCCI: 0, TY_LE_NOP_TRUC_TUYEN: 76.1, TY_LE_NOP_TRUC_TIEP: 23.9, TY_LE_NOP_BCCI: 0,
      HS_DUNG_HAN: 395, HS_QUA_HAN: 15, TY_LE_DUNG_HAN: 96.34, HS_DONG_BO_DVCQG: 410, HS_CO_PHI: 125, HS_TTTT: 85,
      TY_LE_TTTT: 68, TY_LE_TT_TRUC_TIEP: 32,
    });
    expect(values(unit(r, 'UBND xã Quài Tở')).HS_TRUC_TUYEN).toBe(1234);
  });

  it('reads the date range, leaves "-" cells out with a warning, and skips totals and footnotes', () => {
    expect(r.snapshots[0]!.period).toEqual({ kind: 'range', from: '2025-01-01', to: '2025-09-30', year: 2025, label: 'Từ ngày 01/01/2025 đến ngày 30/09/2025', cumulative: true });
    expect(values(unit(r, 'UBND xã Quài Tở')).TY_LE_TTTT).toBeUndefined();
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toEqual({ message: expect.stringContaining('UBND xã Quài Tở'), unit: 'UBND xã Quài Tở' });
    expect(r.snapshots).toHaveLength(6);
  });

  it('reads the same page written without diacritics', () => {
    const bare = parsePage(fixtureHtml('province-766-monitor.html').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'));
    const b = ok(capturePage(bare, MOTCUA, { capturedAt: AT, commune: 'Xã Ta Ma' }));
    expect(b.snapshots.map(values)).toEqual(r.snapshots.map(values));
    expect(b.snapshots[b.picked![0]!]!.unit.name).toBe('UBND xa Ta Ma');
  });

  it('gives the clear error when numbers are replaced by text', () => {
    const e = failed(capturePage(loadPage('province-766-monitor-chu.html'), MOTCUA, { capturedAt: AT }));
    expect(e.pageType).toBe('province-766-monitor');
    expect(e.error.missing).toEqual([
      'dòng «UBND xã Ta Ma» (bảng 1), cột «Số hồ sơ nhận giải quyết › Mới tiếp nhận trực tuyến»: «Đang tổng hợp»',
      'dòng «UBND xã Ta Ma» (bảng 1), cột «Thanh toán trực tuyến trên Cổng DVC Quốc gia › Tỷ lệ TTTT (%)»: «sáu mươi tám»',
    ]);
  });

  it('reads what is there when the payment columns are gone, and says which are missing', () => {
    const r = ok(capturePage(loadPage('province-766-monitor-thieu-cot.html'), MOTCUA, { capturedAt: AT }));
    expect(r.pageType).toBe('province-766-monitor');
    expect(r.snapshots[0]!.indicators.map((i) => i.code)).not.toContain('HS_TTTT');
    expect(r.snapshots[0]!.indicators.map((i) => i.code)).toContain('HS_TRUC_TUYEN');
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      'Bảng 1 («THEO DÕI CHỈ TIÊU DVC TRỰC TUYẾN - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTG NGÀY 23/06/2022») không có cột «Thanh toán trực tuyến trên Cổng DVC Quốc gia › Số HS đã TTTT», «Thanh toán trực tuyến trên Cổng DVC Quốc gia › Tỷ lệ TTTT (%)».',
    );
  });

  it('refuses a page with no unit column or no known figure, naming what the page shows and what is missing', () => {
    const e = failed(capturePage(parsePage('<table><tr><th>Xã</th><th>Số cây trồng</th></tr><tr><td>UBND xã Ta Ma</td><td>12</td></tr></table>'), MOTCUA, { capturedAt: AT }));
    expect(e.error.message).toContain('«Xã», «Số cây trồng»');
    expect(e.error.missing).toEqual([expect.stringContaining('cột số liệu thidua biết nghĩa')]);
    // Never the labels of one page type.
    expect(e.error.message).not.toContain('nghĩa vụ tài chính');
    const noUnit = failed(capturePage(parsePage('<table><tr><th>STT</th><th>Tiếp nhận</th></tr><tr><td>1</td><td>12</td></tr></table>'), MOTCUA, { capturedAt: AT }));
    expect(noUnit.error.missing).toEqual([expect.stringContaining('cột tên đơn vị')]);
  });
});

describe('province-tthc-stats ("Kết quả giải quyết thủ tục hành chính")', () => {
  it("reads a unit's service levels through its total row, the unit from the filter", () => {
    const r = ok(capturePage(loadPage('province-tthc-stats.html'), HUE, { capturedAt: AT }));
    expect(r.pageType).toBe('province-tthc-stats');
    expect(r.snapshots).toHaveLength(1);
    expect(r.snapshots[0]!.unit.name).toBe('UBND xã Phú Mậu');
    expect(values(r.snapshots[0]!)).toMatchObject({
      TTHC_TONG: 1269, TTHC_DA_XU_LY: 1235, TTHC_DA_XU_LY_PCT: 97.32, TTHC_CHUA_XU_LY: 34, TTHC_CHUA_XU_LY_PCT: 2.68,
      TTHC_TRUOC_HAN: 1030, TTHC_TRUOC_HAN_PCT: 83.4, TTHC_DUNG_HAN: 190, TTHC_DUNG_HAN_PCT: 15.38, TTHC_TRE_HAN: 15, TTHC_TRE_HAN_PCT: 1.21,
      // The «toàn trình» and «một phần» rows are kept beside the total; «Dịch vụ công khác» has no level code.
      TTHC_TONG_TOAN_TRINH: 1024, TTHC_DA_XU_LY_PCT_TOAN_TRINH: 97.66, TTHC_TRE_HAN_TOAN_TRINH: 10, TTHC_TONG_MOT_PHAN: 210, TTHC_DUNG_HAN_MOT_PHAN: 45,
    });
    expect(r.snapshots[0]!.indicators).toHaveLength(33);
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'range', from: '2025-01-01', to: '2025-09-30' });
  });

  it('reads one row per unit with "1.234 (85,5%)" cells', () => {
    const r = ok(capturePage(loadPage('province-tthc-stats-don-vi.html'), HUE, { capturedAt: AT, commune: 'Phú Mậu' }));
    expect(r.snapshots.map((s) => s.unit.group)).toEqual(['Sở, ban, ngành', 'UBND cấp xã', 'UBND cấp xã']);
    expect(r.picked).toEqual([1]);
    expect(values(r.snapshots[1]!)).toMatchObject({ TTHC_TONG: 1269, TTHC_DA_XU_LY: 1235, TTHC_DA_XU_LY_PCT: 97.32, TTHC_TRE_HAN_PCT: 1.21 });
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'month', month: 9, year: 2025 });
  });

  it('refuses a page of levels that does not say whose they are', () => {
    const html = fixtureHtml('province-tthc-stats.html').replace(/<select name="donvi">[\s\S]*?<\/select>/, '');
    const e = failed(capturePage(parsePage(html), HUE, { capturedAt: AT }));
    expect(e.error.missing).toEqual(['tên đơn vị (ô chọn «Đơn vị» hoặc dòng «Đơn vị: …»)']);
  });
});

describe('generic-table (a table the officer picked)', () => {
  const mapping = GenericMapping.parse({
    unitColumn: 'Tên đơn vị',
    columns: [
      { header: 'Số lượt đánh giá', code: 'LUOT_DANH_GIA', unit: 'count' },
      { header: 'Tỷ lệ hài lòng (%)', code: 'TY_LE_HAI_LONG', unit: 'percent' },
    ],
  });

  it('lists the data tables of a page with their headers for the picking UI', () => {
    const tables = listTables(loadPage('generic-table.html'));
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ index: 1, title: 'Tỷ lệ đánh giá mức độ hài lòng năm 2025', rowCount: 3, unitColumn: 'Tên đơn vị' });
    expect(tables[0]!.headers).toContain('Tỷ lệ hài lòng (%)');
    // No header that names units: nothing is guessed.
    const bare = listTables(parsePage('<table><tr><th>Mã</th><th>Số lượng</th></tr><tr><td>A1</td><td>5</td></tr></table>'));
    expect(bare).toHaveLength(1);
    expect(bare[0]!.unitColumn).toBeUndefined();
    expect(listTables(loadPage('province-766-monitor.html'))[0]!.groups).toEqual(['Sở, ban, ngành', 'UBND cấp huyện', 'UBND CẤP XÃ']);
  });

  it('captures through a saved mapping on any address', () => {
    const r = ok(capturePage(loadPage('generic-table.html'), 'https://dichvucong.thainguyen.gov.vn/danh-gia', { capturedAt: AT, mapping }));
    expect(r.pageType).toBe('generic-table');
    expect(r.snapshots.map((s) => [s.unit.name, values(s)])).toEqual([
      ['UBND xã Tân Linh', { LUOT_DANH_GIA: 1250, TY_LE_HAI_LONG: 98.4 }],
      ['UBND xã Cát Nê', { LUOT_DANH_GIA: 842, TY_LE_HAI_LONG: 98.57 }],
      ['UBND xã Lục Ba', { LUOT_DANH_GIA: 630, TY_LE_HAI_LONG: 95.24 }],
    ]);
    expect(r.snapshots[0]!.period).toMatchObject({ kind: 'year', year: 2025 });
  });

  it('gives the clear error when a mapped column is gone, and refuses an invalid mapping', () => {
    const html = fixtureHtml('generic-table.html').replace('Tỷ lệ hài lòng (%)', 'Tỷ lệ (%)');
    const e = failed(capturePage(parsePage(html), 'https://dichvucong.thainguyen.gov.vn/x', { capturedAt: AT, mapping }));
    expect(e.error.missing).toEqual(['Tỷ lệ hài lòng (%)']);
    const bad = failed(capturePage(loadPage('generic-table.html'), 'https://x.gov.vn/', { capturedAt: AT, mapping: { unitColumn: 'Tên đơn vị', columns: [] } }));
    expect(bad.error.message).toContain('ánh xạ cột');
  });
});

describe('capturePage', () => {
  it('says which page types exist when no adapter is made for the address', () => {
    const e = failed(capturePage(loadPage('province-766-monitor.html'), 'https://example.com/x', { capturedAt: AT }));
    expect(e.pageType).toBeUndefined();
    expect(e.error.lookedFor).toEqual(PAGE_TYPES.filter((p) => p.id !== 'generic-table').map((p) => p.title));
  });

  it('hashes each unit by its own row and the period: unchanged rows keep their hash', () => {
    const html = fixtureHtml('province-766-monitor.html');
    const a = ok(capturePage(parsePage(html), MOTCUA, { capturedAt: AT }));
    const b = ok(capturePage(parsePage(html.replace('<td>2.345</td>', '<td>2.346</td>')), MOTCUA, { capturedAt: '2025-11-01T08:00:00.000Z' }));
    expect(b.snapshots[0]!.contentHash).not.toBe(a.snapshots[0]!.contentHash);
    expect(b.snapshots.slice(1).map((s) => s.contentHash)).toEqual(a.snapshots.slice(1).map((s) => s.contentHash));
    const c = ok(capturePage(parsePage(html.replace('30/09/2025', '31/10/2025')), MOTCUA, { capturedAt: AT }));
    expect(c.snapshots[3]!.contentHash).not.toBe(a.snapshots[3]!.contentHash);
  });

  it('reads the 900-row commune table of the benchmark page', () => {
    const r = ok(capturePage(parsePage(makeLargePage()), LARGE_PAGE_URL, { capturedAt: AT, commune: largePageUnitName(456) }));
    expect(r.snapshots).toHaveLength(900);
    expect(r.picked).toEqual([456]);
    const { groups, total } = largePageScores(456);
    expect(values(r.snapshots[456]!)).toEqual({ CKMB: groups[0], TDGQ: groups[1], CLGQ: groups[2], TTTT: groups[3], MDHL: groups[4], MDSH: groups[5], TONG_SCORE: total });
    expect(new Set(r.snapshots.map((s) => normalizeLabel(s.unit.name))).size).toBe(900);
  });
});
