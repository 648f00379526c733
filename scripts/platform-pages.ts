// Renderings of the provincial one-stop statistics pages as the common platforms draw them (DOMAIN §2, §7): the
// 766 monitor, smartkios-style reports (headers in <td><strong>, title rows inside the table), an OpenCPS-style
// statistics page (table drawn by script from data), «Kết quả giải quyết TTHC» (levels of one unit, unit chosen in a
// <select>). Each page carries its truth: every figure a unit (or level) row shows, with the code it means. They are
// saved through Chromium by scripts/save-platform-pages.ts and measured by scripts/table-corpus.ts.

export interface TruthFigure {
  /** The unit's name as the page shows it (the page's unit for a levels table). */
  unit: string;
  code: string;
  value: number;
}

export interface PlatformPage {
  name: string;
  /** A plausible provincial address, where the extension and `thidua capture --url` see it. */
  url: string;
  html: string;
  truth: TruthFigure[];
}

const vi = (n: number) => Math.round(n).toLocaleString('de-DE');
const pct = (n: number, comma: boolean) => (comma ? n.toFixed(2).replace('.', ',') : n.toFixed(2));
const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 100);
const cells = (tag: string, xs: readonly (string | number)[]) => xs.map((x) => `<${tag}>${x}</${tag}>`).join('');
const page = (title: string, body: string, script = '') =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

/** Deterministic figures of unit `i`: received by channel, resolved on time / late, pending, fees. */
function unitFigures(i: number) {
  const online = 400 + ((i * 373) % 1300);
  const direct = 90 + ((i * 211) % 900);
  const post = (i * 7) % 15;
  const received = online + direct + post;
  const carried = 10 + ((i * 13) % 40);
  const resolved = Math.round(received * 0.9);
  const early = Math.round(resolved * 0.5);
  const late = (i * 5) % 20;
  const ontime = resolved - early - late;
  const pending = received + carried - resolved;
  const pendingLate = (i * 3) % 7;
  const fees = 100 + ((i * 97) % 500);
  const paid = Math.round(fees * (0.3 + ((i * 11) % 50) / 100));
  const synced = received - ((i * 17) % 30);
  return { online, direct, post, received, carried, resolved, early, ontime, late, pending, pendingLate, fees, paid, synced };
}

const PHU_THO = ['UBND xã Tam Sơn', 'UBND phường Vĩnh Phúc', 'UBND xã Cẩm Khê', 'UBND xã Hạ Hòa'];
const DIEN_BIEN = ['UBND xã Ta Ma', 'UBND xã Quài Tở', 'UBND xã Mường Phăng'];
const LAI_CHAU = ['UBND xã Bình Lư', 'UBND xã Sìn Hồ', 'UBND phường Tân Phong'];

/** The provincial 766 monitor with its «Tỷ lệ nộp hồ sơ» group and the results' rate left out (3 of its 11 columns). */
function monitorWithoutShares(): PlatformPage {
  const truth: TruthFigure[] = [];
  const rows = PHU_THO.map((unit, i) => {
    const f = unitFigures(i + 1);
    const figures: [string, number, string][] = [
      ['HS_TRUC_TUYEN', f.online, vi(f.online)], ['HS_TRUC_TIEP', f.direct, vi(f.direct)], ['HS_BCCI', f.post, vi(f.post)],
      ['HS_DUNG_HAN', f.early + f.ontime, vi(f.early + f.ontime)], ['HS_QUA_HAN', f.late, vi(f.late)],
      ['HS_DONG_BO_DVCQG', f.synced, vi(f.synced)], ['HS_CO_PHI', f.fees, vi(f.fees)], ['HS_TTTT', f.paid, vi(f.paid)],
      ['TY_LE_TTTT', ratio(f.paid, f.fees), pct(ratio(f.paid, f.fees), true)], ['TY_LE_TT_TRUC_TIEP', ratio(f.fees - f.paid, f.fees), pct(ratio(f.fees - f.paid, f.fees), true)],
    ];
    for (const [code, value] of figures) truth.push({ unit, code, value });
    return `<tr><td>${i + 1}</td><td>H26.${30 + i}</td><td>${unit}</td>${cells('td', figures.map((x) => x[2]))}</tr>`;
  });
  const html = page('Theo dõi chỉ tiêu DVC trực tuyến - Hệ thống thông tin giải quyết TTHC tỉnh Phú Thọ', `
    <div class="container"><h3 class="page-title">THEO DÕI CHỈ TIÊU DVC TRỰC TUYẾN - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTG NGÀY 23/06/2022</h3>
    <form class="filter"><label for="tu">Từ ngày</label><input id="tu" type="text" value="01/01/2026">
      <label for="den">Đến ngày</label><input id="den" type="text" value="30/06/2026"><button type="button">Xem</button></form>
    <table class="table table-bordered"><thead>
      <tr><th rowspan="2">STT</th><th rowspan="2">Mã định danh</th><th rowspan="2">Tên đơn vị</th><th colspan="3">Số hồ sơ nhận giải quyết</th>
        <th colspan="2">Kết quả xử lý</th><th rowspan="2">Số lượng hồ sơ đã đồng bộ về Cổng DVC QG</th><th rowspan="2">Tổng HS có nghĩa vụ tài chính</th>
        <th colspan="3">Thanh toán trực tuyến trên Cổng DVC Quốc gia</th></tr>
      <tr><th>Mới tiếp nhận trực tuyến</th><th>Trực tiếp</th><th>Qua BCCI</th><th>HS xử lý đúng hạn</th><th>HS xử lý quá hạn</th>
        <th>Số HS đã TTTT</th><th>Tỷ lệ TTTT (%)</th><th>Tỷ lệ TT trực tiếp (%)</th></tr></thead>
    <tbody><tr><td colspan="13"><b>UBND CẤP XÃ</b></td></tr>${rows.join('')}</tbody></table></div>`);
  return { name: 'motcua-phutho-766-thieu-cot', url: 'https://motcua.phutho.gov.vn/bao-cao/theo-doi-chi-tieu-766', html, truth };
}

/** smartkios-style «Tình hình giải quyết hồ sơ»: <td><strong> headers, report title and period rows in the table, «Đơn vị xử lý». */
function smartkiosStatus(): PlatformPage {
  const truth: TruthFigure[] = [];
  const rows = DIEN_BIEN.map((unit, i) => {
    const f = unitFigures(i + 7);
    const pendingOnTime = f.pending - f.pendingLate;
    const figures: [string, number][] = [
      ['HS_TIEP_NHAN', f.received + f.carried], ['HS_KY_TRUOC', f.carried], ['HS_TRONG_KY', f.received],
      ['HS_DA_GIAI_QUYET', f.resolved], ['HS_DUNG_HAN', f.ontime + f.early], ['HS_QUA_HAN', f.late],
      ['HS_DANG_GIAI_QUYET', f.pending], ['HS_DANG_TRONG_HAN', pendingOnTime], ['HS_DANG_QUA_HAN', f.pendingLate],
    ];
    for (const [code, value] of figures) truth.push({ unit, code, value });
    const rate = ratio(f.ontime + f.early, f.resolved);
    truth.push({ unit, code: 'TY_LE_DUNG_HAN', value: rate });
    return `<tr><td align="center">${i + 1}</td><td>${unit}</td>${cells('td', figures.map((x) => vi(x[1])))}<td>${pct(rate, false)}</td></tr>`;
  });
  const head = (t: string, span = '') => `<td ${span} align="center"><strong>${t}</strong></td>`;
  const html = page('Thống kê - Hệ thống một cửa điện tử tỉnh Điện Biên', `
    <div id="report"><table border="1" cellspacing="0" width="100%">
      <tr><td colspan="12" align="center"><strong>BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH</strong></td></tr>
      <tr><td colspan="12" align="center"><em>Kỳ báo cáo: Tháng 5 năm 2026</em></td></tr>
      <tr>${head('STT', 'rowspan="2"')}${head('Đơn vị xử lý', 'rowspan="2"')}${head('Số hồ sơ tiếp nhận', 'colspan="3"')}${head('Số hồ sơ đã giải quyết', 'colspan="3"')}${head('Số hồ sơ đang giải quyết', 'colspan="3"')}${head('Tỉ lệ giải quyết đúng hạn (%)', 'rowspan="2"')}</tr>
      <tr>${['Tổng số', 'Kỳ trước chuyển sang', 'Trong kì', 'Tổng số', 'Trước hạn, đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'].map((t) => head(t)).join('')}</tr>
      <tr>${cells('td', Array.from({ length: 12 }, (_, i) => `(${i + 1})`))}</tr>
      ${rows.join('')}
      <tr><td colspan="2"><strong>Tổng số</strong></td>${cells('td', Array.from({ length: 10 }, () => '…'))}</tr>
    </table></div>`);
  return { name: 'smartkios-dienbien-tinh-hinh', url: 'https://motcua.dienbien.gov.vn/thong-ke/tinh-hinh-giai-quyet', html, truth };
}

/** smartkios-style «Tiếp nhận hồ sơ theo kênh»: multi-line «Số lượng: / Tỷ lệ:» cells, unit column «Địa phương». */
function smartkiosChannels(): PlatformPage {
  const truth: TruthFigure[] = [];
  const rows = LAI_CHAU.map((unit, i) => {
    const f = unitFigures(i + 12);
    const share = (n: number) => ratio(n, f.received);
    truth.push({ unit, code: 'HS_TIEP_NHAN', value: f.received });
    const channels: [string, string, number][] = [['HS_TRUC_TUYEN', 'TY_LE_NOP_TRUC_TUYEN', f.online], ['HS_TRUC_TIEP', 'TY_LE_NOP_TRUC_TIEP', f.direct], ['HS_BCCI', 'TY_LE_NOP_BCCI', f.post]];
    for (const [count, rate, n] of channels) truth.push({ unit, code: count, value: n }, { unit, code: rate, value: share(n) });
    return `<tr><td>${i + 1}</td><td>${unit}</td><td>${vi(f.received)}</td>${channels.map(([, , n]) => `<td>Số lượng: ${vi(n)}<br>Tỷ lệ: ${pct(share(n), true)}%</td>`).join('')}</tr>`;
  });
  const head = (t: string) => `<td><strong>${t}</strong></td>`;
  const html = page('Báo cáo thống kê - Cổng dịch vụ công tỉnh Lai Châu', `
    <table class="tbl-report">
      <tr><td colspan="6"><strong>THỐNG KÊ TIẾP NHẬN HỒ SƠ THEO KÊNH NỘP</strong></td></tr>
      <tr><td colspan="6">Quý II năm 2026</td></tr>
      <tr>${['STT', 'Địa phương', 'Tổng tiếp nhận', 'Qua mạng', 'Một cửa', 'Bưu chính'].map(head).join('')}</tr>
      ${rows.join('')}
    </table>`);
  return { name: 'smartkios-laichau-kenh-nop', url: 'https://dichvucong.laichau.gov.vn/bao-cao/tiep-nhan-theo-kenh', html, truth };
}

/** OpenCPS-style statistics: the table is drawn by script from the statistics JSON, «Cơ quan», no «Đã xử lý». */
function openCps(): PlatformPage {
  const agencies = ['Sở Tư pháp', 'UBND xã Tân Linh', 'UBND xã Cát Nê'];
  const data = agencies.map((agency, i) => {
    const f = unitFigures(i + 20);
    return { agency, receivedCount: f.received, onlineCount: f.online, onegateCount: f.direct, releaseCount: f.resolved, betimesCount: f.early, ontimeCount: f.ontime, overtimeCount: f.late, ontimePercentage: ratio(f.early + f.ontime, f.resolved) };
  });
  const truth = data.flatMap((d): TruthFigure[] => [
    ['HS_TIEP_NHAN', d.receivedCount], ['HS_TRUC_TUYEN', d.onlineCount], ['HS_TRUC_TIEP', d.onegateCount], ['HS_DA_GIAI_QUYET', d.releaseCount],
    ['HS_TRUOC_HAN', d.betimesCount], ['HS_DUNG_HAN', d.ontimeCount], ['HS_QUA_HAN', d.overtimeCount], ['TY_LE_DUNG_HAN', d.ontimePercentage],
  ].map(([code, value]) => ({ unit: d.agency, code: code as string, value: value as number })));
  const script = `
    const data = ${JSON.stringify(data)};
    const fmt = (n) => n.toLocaleString('vi-VN');
    document.querySelector('#stat tbody').innerHTML = data.map((d, i) => '<tr><td>' + (i + 1) + '</td><td>' + d.agency + '</td>' +
      [d.receivedCount, d.onlineCount, d.onegateCount, d.releaseCount, d.betimesCount, d.ontimeCount, d.overtimeCount].map((n) => '<td>' + fmt(n) + '</td>').join('') +
      '<td>' + d.ontimePercentage.toLocaleString('vi-VN') + '%</td></tr>').join('');
    document.querySelector('#month').value = '0';`;
  const html = page('Thống kê - Cổng dịch vụ công tỉnh Thái Nguyên', `
    <div class="statistic"><div class="filter">
      <label>Năm <select id="year"><option>2025</option><option selected>2026</option></select></label>
      <label>Tháng <select id="month"><option value="0">Cả năm</option><option value="1">Tháng 1</option></select></label></div>
    <h4 class="title">Tình hình giải quyết hồ sơ theo cơ quan</h4>
    <table id="stat"><thead><tr><th rowspan="2">#</th><th rowspan="2">Cơ quan</th><th rowspan="2">Tiếp nhận</th><th colspan="2">Hình thức nộp</th>
      <th rowspan="2">Hoàn thành</th><th colspan="3">Kết quả</th><th rowspan="2">Tỉ lệ sớm và đúng hạn</th></tr>
      <tr><th>Trực tuyến</th><th>Một cửa</th><th>Sớm hạn</th><th>Đúng hạn</th><th>Quá hạn</th></tr></thead><tbody></tbody></table></div>`, script);
  return { name: 'opencps-thainguyen-thong-ke', url: 'https://dichvucong.thainguyen.gov.vn/web/cong-dich-vu-cong/thong-ke', html, truth };
}

/** «Kết quả giải quyết TTHC»: levels «Toàn trình», «Một phần», total, of the unit chosen in a <select> wrapped in its label. */
function tthcLevels(): PlatformPage {
  const unit = 'UBND xã Phú Mậu';
  const levels: [string, number][] = [['Toàn trình', 3], ['Một phần', 4], ['Tổng cộng', 0]];
  const figs = levels.map(([, k]) => unitFigures(k + 30));
  const total = figs.slice(0, 2).reduce((a, f) => ({ received: a.received + f.received, resolved: a.resolved + f.resolved, early: a.early + f.early, ontime: a.ontime + f.ontime, late: a.late + f.late }), { received: 0, resolved: 0, early: 0, ontime: 0, late: 0 });
  const truth: TruthFigure[] = [];
  const rows = levels.map(([label], i) => {
    const f = i === 2 ? total : figs[i]!;
    const suffix = i === 0 ? '_TOAN_TRINH' : i === 1 ? '_MOT_PHAN' : '';
    const pending = f.received - f.resolved;
    const values: [string, number][] = [
      ['TTHC_TONG', f.received], ['TTHC_DA_XU_LY', f.resolved], ['TTHC_DA_XU_LY_PCT', ratio(f.resolved, f.received)], ['TTHC_CHUA_XU_LY', pending], ['TTHC_CHUA_XU_LY_PCT', ratio(pending, f.received)],
      ['TTHC_TRUOC_HAN', f.early], ['TTHC_TRUOC_HAN_PCT', ratio(f.early, f.resolved)], ['TTHC_DUNG_HAN', f.ontime], ['TTHC_DUNG_HAN_PCT', ratio(f.ontime, f.resolved)],
      ['TTHC_TRE_HAN', f.late], ['TTHC_TRE_HAN_PCT', ratio(f.late, f.resolved)],
    ];
    for (const [code, value] of values) truth.push({ unit, code: code + suffix, value });
    return `<tr><td>${i === 2 ? `<b>${label}</b>` : label}</td>${cells('td', values.map(([code, v]) => (code.endsWith('_PCT') ? pct(v, true) : vi(v))))}</tr>`;
  });
  const sub = '<td>Số lượng</td><td>Tỷ lệ (%)</td>';
  const html = page('Thống kê - Cổng dịch vụ công Thừa Thiên Huế', `
    <h2 class="section-title">Kết quả giải quyết thủ tục hành chính</h2>
    <div class="filter-bar"><label>Đơn vị: <select name="dv"><option>UBND xã Phú Thượng</option><option selected>${unit}</option></select></label>
      <label>Năm <select name="nam"><option>2025</option><option selected>2026</option></select></label></div>
    <table class="table-stats"><tr><td rowspan="2"><b>Mức độ</b></td><td rowspan="2"><b>Tổng</b></td>${['Đã xử lý', 'Chưa xử lý', 'Trước hạn', 'Đúng hạn', 'Trễ hạn'].map((t) => `<td colspan="2"><b>${t}</b></td>`).join('')}</tr>
    <tr>${sub.repeat(5)}</tr>${rows.join('')}</table>`);
  return { name: 'hue-ket-qua-giai-quyet-tthc', url: 'https://dichvucong.thuathienhue.gov.vn/thong-ke/ket-qua-giai-quyet', html, truth };
}

/** The full 766 monitor as one province draws it (every column). */
function monitorFull(): PlatformPage {
  const truth: TruthFigure[] = [];
  const rows = DIEN_BIEN.map((unit, i) => {
    const f = unitFigures(i + 40);
    const share = (n: number) => ratio(n, f.received);
    const figures: [string, number, boolean][] = [
      ['HS_TRUC_TUYEN', f.online, false], ['HS_TRUC_TIEP', f.direct, false], ['HS_BCCI', f.post, false],
      ['TY_LE_NOP_TRUC_TUYEN', share(f.online), true], ['TY_LE_NOP_TRUC_TIEP', share(f.direct), true], ['TY_LE_NOP_BCCI', share(f.post), true],
      ['HS_DUNG_HAN', f.early + f.ontime, false], ['HS_QUA_HAN', f.late, false], ['TY_LE_DUNG_HAN', ratio(f.early + f.ontime, f.resolved), true],
      ['HS_DONG_BO_DVCQG', f.synced, false], ['HS_CO_PHI', f.fees, false], ['HS_TTTT', f.paid, false], ['TY_LE_TTTT', ratio(f.paid, f.fees), true],
      ['TY_LE_TT_TRUC_TIEP', ratio(f.fees - f.paid, f.fees), true],
    ];
    for (const [code, value] of figures) truth.push({ unit, code, value });
    return `<tr><td>${i + 1}</td><td>H17.20.${10 + i}</td><td>${unit}</td>${cells('td', figures.map(([, v, p]) => (p ? pct(v, false) : vi(v))))}</tr>`;
  });
  const html = page('Theo dõi chỉ tiêu 766 - Một cửa điện tử Điện Biên', `
    <h3>THEO DÕI CHỈ TIÊU DVC TRỰC TUYẾN - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTG NGÀY 23/06/2022</h3><p>Năm 2026</p>
    <table border="1"><thead><tr><th rowspan="2">STT</th><th rowspan="2">Mã định danh</th><th rowspan="2">Tên đơn vị</th><th colspan="3">Số hồ sơ nhận giải quyết</th>
      <th colspan="3">Tỷ lệ nộp hồ sơ</th><th colspan="3">Kết quả xử lý</th><th rowspan="2">Số lượng hồ sơ đã đồng bộ về Cổng DVC QG</th>
      <th rowspan="2">Tổng HS có nghĩa vụ tài chính</th><th colspan="3">Thanh toán trực tuyến trên Cổng DVC Quốc gia</th></tr>
      <tr><th>Mới tiếp nhận trực tuyến</th><th>Trực tiếp</th><th>Qua BCCI</th><th>Trực tuyến (%)</th><th>Trực tiếp (%)</th><th>BCCI (%)</th>
      <th>HS xử lý đúng hạn</th><th>HS xử lý quá hạn</th><th>Tỷ lệ</th><th>Số HS đã TTTT</th><th>Tỷ lệ TTTT (%)</th><th>Tỷ lệ TT trực tiếp (%)</th></tr></thead>
    <tbody>${rows.join('')}</tbody></table>`);
  return { name: 'motcua-dienbien-766', url: 'https://motcua.dienbien.gov.vn/bao-cao/theo-doi-chi-tieu-766', html, truth };
}

/** The online-payment report beside the monitor. */
function payment(): PlatformPage {
  const truth: TruthFigure[] = [];
  const rows = PHU_THO.map((unit, i) => {
    const f = unitFigures(i + 50);
    const figures: [string, number, boolean][] = [['HS_CO_PHI', f.fees, false], ['HS_TTTT', f.paid, false], ['TY_LE_TTTT', ratio(f.paid, f.fees), true]];
    for (const [code, value] of figures) truth.push({ unit, code, value });
    return `<tr><td>${i + 1}</td><td>${unit}</td>${cells('td', figures.map(([, v, p]) => (p ? pct(v, true) : vi(v))))}</tr>`;
  });
  const html = page('Thanh toán trực tuyến - Phú Thọ', `
    <h3 class="title">Thống kê thanh toán trực tuyến</h3><div>Quý 1 năm 2026</div>
    <table><tr><td rowspan="2"><strong>STT</strong></td><td rowspan="2"><strong>Tên đơn vị</strong></td><td rowspan="2"><strong>Tổng hồ sơ có nghĩa vụ tài chính</strong></td>
      <td colspan="2"><strong>Thanh toán trực tuyến</strong></td></tr><tr><td><strong>Số lượng</strong></td><td><strong>Tỉ lệ (%)</strong></td></tr>
    ${rows.join('')}</table>`);
  return { name: 'motcua-phutho-thanh-toan', url: 'https://motcua.phutho.gov.vn/bao-cao/thanh-toan-truc-tuyen', html, truth };
}

/** The dossier status table with <th> headers three rows deep, «Lĩnh vực» rows. */
function dossierStatusByField(): PlatformPage {
  const fields = ['Hộ tịch', 'Chứng thực', 'Đất đai'];
  const truth: TruthFigure[] = [];
  const rows = fields.map((unit, i) => {
    const f = unitFigures(i + 60);
    const figures: [string, number][] = [
      ['HS_TIEP_NHAN', f.received + f.carried], ['HS_KY_TRUOC', f.carried], ['HS_TRUC_TUYEN', f.online], ['HS_TRUC_TIEP', f.direct + f.post],
      ['HS_DA_GIAI_QUYET', f.resolved], ['HS_TRUOC_HAN', f.early], ['HS_DUNG_HAN', f.ontime], ['HS_QUA_HAN', f.late],
      ['HS_DANG_GIAI_QUYET', f.pending],
    ];
    for (const [code, value] of figures) truth.push({ unit, code, value });
    return `<tr><td>${unit}</td>${cells('td', figures.map((x) => vi(x[1])))}</tr>`;
  });
  const html = page('Tình hình giải quyết hồ sơ - Lai Châu', `
    <h3>Tình hình giải quyết hồ sơ theo lĩnh vực — Tháng 4/2026</h3>
    <table><thead><tr><th rowspan="3">Lĩnh vực</th><th colspan="4">Tiếp nhận</th><th colspan="4">Đã giải quyết</th><th rowspan="3">Đang giải quyết</th></tr>
      <tr><th rowspan="2">Tổng số</th><th rowspan="2">Kỳ trước</th><th colspan="2">Trong kỳ</th><th rowspan="2">Tổng số</th><th rowspan="2">Trước hạn</th><th rowspan="2">Đúng hạn</th><th rowspan="2">Quá hạn</th></tr>
      <tr><th>Trực tuyến</th><th>Trực tiếp</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  return { name: 'dichvucong-laichau-linh-vuc', url: 'https://dichvucong.laichau.gov.vn/bao-cao/tinh-hinh-xu-ly-ho-so', html, truth };
}

const GIA_LAI = ['UBND xã Vân Canh', 'UBND xã Đăk Song', 'UBND phường Pleiku', 'UBND xã Ia Grai'];

/** The dossier status figures of unit `i` in the order of the grids below: received (all, carried, in period), resolved (all, on time, late), pending. */
function gridFigures(unit: string, i: number, truth: TruthFigure[]): string[] {
  const f = unitFigures(i);
  const figures: [string, number][] = [
    ['HS_TIEP_NHAN', f.received + f.carried], ['HS_KY_TRUOC', f.carried], ['HS_TRONG_KY', f.received],
    ['HS_DA_GIAI_QUYET', f.resolved], ['HS_DUNG_HAN', f.ontime + f.early], ['HS_QUA_HAN', f.late], ['HS_DANG_GIAI_QUYET', f.pending],
  ];
  for (const [code, value] of figures) truth.push({ unit, code, value });
  return figures.map((x) => vi(x[1]));
}

const BANDS = [['Số hồ sơ tiếp nhận', ['Tổng số', 'Kỳ trước chuyển sang', 'Trong kỳ']], ['Số hồ sơ đã giải quyết', ['Tổng số', 'Trước hạn, đúng hạn', 'Quá hạn']]] as const;

/**
 * A DevExtreme-style grid (dxDataGrid): the header drawn as a table of its own (band columns, <td role="columnheader">)
 * and the body as another, each in nested divs, with a fixed unit column drawn a third and fourth time as an overlay
 * whose other cells are one blank placeholder; the scrolling body leaves the fixed column blank, a filter row under
 * the header, a free-space row under the body.
 */
function devExtremeGrid(): PlatformPage {
  const truth: TruthFigure[] = [];
  const units = GIA_LAI;
  const hc = (t: string, attrs = '') => `<td role="columnheader" class="dx-datagrid-action" ${attrs}><div class="dx-datagrid-text-content">${t}</div></td>`;
  const header = `<tr class="dx-row dx-column-lines dx-header-row" role="row">${hc('STT', 'rowspan="2"')}${hc('Đơn vị', 'rowspan="2"')}${BANDS.map(([b]) => hc(b, 'colspan="3"')).join('')}${hc('Số hồ sơ đang giải quyết', 'rowspan="2"')}</tr>
    <tr class="dx-row dx-column-lines dx-header-row" role="row">${BANDS.flatMap(([, cols]) => cols.map((c) => hc(c))).join('')}</tr>`;
  const filter = `<tr class="dx-row dx-column-lines dx-datagrid-filter-row" role="row">${Array.from({ length: 9 }, () => '<td role="gridcell"><div class="dx-editor-container"><input class="dx-texteditor-input" type="text" aria-label="Lọc"></div></td>').join('')}</tr>`;
  const body = units.map((unit, i) => `<tr class="dx-row dx-data-row dx-column-lines" role="row" aria-rowindex="${i + 1}"><td role="gridcell" aria-colindex="1">${i + 1}</td><td role="gridcell" aria-colindex="2" class="dx-hidden-cell"></td>${gridFigures(unit, i + 20, truth).map((x, k) => `<td role="gridcell" aria-colindex="${k + 3}">${x}</td>`).join('')}</tr>`).join('');
  const fixedBody = units.map((unit, i) => `<tr class="dx-row dx-data-row dx-column-lines" role="row"><td role="gridcell">${i + 1}</td><td role="gridcell">${unit}</td><td class="dx-pointer-events-none" colspan="7"></td></tr>`).join('');
  const freespace = (n: number) => `<tr class="dx-row dx-freespace-row dx-column-lines" role="presentation">${'<td></td>'.repeat(n)}</tr>`;
  const table = (rows: string) => `<table class="dx-datagrid-table dx-datagrid-table-fixed" role="presentation"><tbody role="presentation">${rows}</tbody></table>`;
  const html = page('Thống kê hồ sơ - Hệ thống thông tin giải quyết TTHC tỉnh Gia Lai', `
    <div class="page"><h3 class="title">Kết quả giải quyết hồ sơ TTHC — Quý 2/2026</h3>
    <div id="gridHoSo" class="dx-widget dx-datagrid-pager-visible"><div class="dx-datagrid dx-gridbase-container" role="grid" aria-label="Bảng dữ liệu">
      <div class="dx-datagrid-headers dx-datagrid-nowrap" role="presentation">
        <div class="dx-datagrid-content dx-datagrid-scroll-container">${table(header + filter)}</div>
        <div class="dx-datagrid-content dx-datagrid-content-fixed">${table(`<tr class="dx-row dx-column-lines dx-header-row" role="row">${hc('STT', 'rowspan="2"')}${hc('Đơn vị', 'rowspan="2"')}<td class="dx-pointer-events-none" colspan="7" rowspan="2"></td></tr><tr class="dx-row dx-header-row" role="row"></tr>`)}</div>
      </div>
      <div class="dx-datagrid-rowsview dx-datagrid-nowrap" role="presentation"><div class="dx-scrollable-wrapper"><div class="dx-scrollable-container">
        <div class="dx-datagrid-content">${table(body + freespace(9))}</div></div></div>
        <div class="dx-datagrid-content dx-datagrid-content-fixed">${table(fixedBody + freespace(3))}</div>
      </div>
    </div></div></div>`);
  return { name: 'devextreme-gialai-ho-so', url: 'https://dichvucong.gialai.gov.vn/thong-ke/ket-qua-giai-quyet-ho-so', html, truth };
}

/**
 * A Kendo-style grid with a locked (frozen) unit column: four tables — the locked column's header and the scrolling
 * header side by side in .k-grid-header, then the locked column's body and the scrolling body in their own divs.
 */
function kendoLockedGrid(): PlatformPage {
  const truth: TruthFigure[] = [];
  const th = (t: string, attrs = '') => `<th role="columnheader" class="k-header" ${attrs}>${t}</th>`;
  const units = LAI_CHAU;
  const rows = units.map((unit, i) => `<tr class="k-master-row${i % 2 ? ' k-alt' : ''}" role="row">${gridFigures(unit, i + 30, truth).map((x) => `<td role="gridcell">${x}</td>`).join('')}</tr>`).join('');
  const locked = units.map((unit, i) => `<tr class="k-master-row${i % 2 ? ' k-alt' : ''}" role="row"><td role="gridcell">${unit}</td></tr>`).join('');
  const html = page('Báo cáo tình hình giải quyết hồ sơ - Lai Châu', `
    <h3>Tình hình giải quyết hồ sơ — Tháng 5/2026</h3>
    <div id="grid" class="k-grid k-widget k-grid-lockedcolumns" data-role="grid">
      <div class="k-grid-header"><div class="k-grid-header-locked"><table role="presentation"><colgroup><col></colgroup><thead role="rowgroup">
          <tr role="row">${th('Tên đơn vị', 'rowspan="2"')}</tr><tr role="row"></tr></thead></table></div>
        <div class="k-grid-header-wrap k-auto-scrollable"><table role="presentation"><colgroup>${'<col>'.repeat(7)}</colgroup><thead role="rowgroup">
          <tr role="row">${BANDS.map(([b]) => th(b, 'colspan="3"')).join('')}${th('Số hồ sơ đang giải quyết', 'rowspan="2"')}</tr>
          <tr role="row">${BANDS.flatMap(([, cols]) => cols.map((c) => th(c))).join('')}</tr></thead></table></div></div>
      <div class="k-grid-content-locked"><table role="presentation"><colgroup><col></colgroup><tbody role="rowgroup">${locked}</tbody></table></div>
      <div class="k-grid-content k-auto-scrollable"><table role="presentation"><colgroup>${'<col>'.repeat(7)}</colgroup><tbody role="rowgroup">${rows}</tbody></table></div>
    </div>`);
  return { name: 'kendo-laichau-ho-so', url: 'https://dichvucong.laichau.gov.vn/bao-cao/tinh-hinh-giai-quyet-ho-so', html, truth };
}

/**
 * A grid drawn with divs and ARIA roles (AG Grid style): the header row in a container of its own, the pinned unit
 * column's rows apart from the scrolling rows, each row's pieces sharing an aria-rowindex, cells ordered by aria-colindex.
 */
function divGrid(): PlatformPage {
  const truth: TruthFigure[] = [];
  const units = PHU_THO;
  const headers = ['Đơn vị', ...BANDS.flatMap(([, cols]) => cols), 'Số hồ sơ đang giải quyết'];
  const cell = (role: string, col: number, t: string) => `<div role="${role}" class="ag-cell" aria-colindex="${col}"><span class="ag-cell-value">${t}</span></div>`;
  const head = (col: number, t: string, span = 1) => `<div role="columnheader" class="ag-header-cell" aria-colindex="${col}"${span > 1 ? ` aria-colspan="${span}"` : ''}><span class="ag-header-cell-text">${t}</span></div>`;
  // The bands' row, then the columns' row (AG Grid's column groups), each a row of its own.
  const headerRow = `<div role="row" class="ag-header-row ag-header-row-column-group" aria-rowindex="1">${head(1, '')}${BANDS.map(([b], k) => head(2 + 3 * k, b, 3)).join('')}${head(8, '')}</div>
    <div role="row" class="ag-header-row ag-header-row-column" aria-rowindex="2">${headers.map((h, c) => head(c + 1, h)).join('')}</div>`;
  const figures = units.map((unit, i) => gridFigures(unit, i + 40, truth));
  const pinned = units.map((unit, i) => `<div role="row" class="ag-row" aria-rowindex="${i + 3}">${cell('gridcell', 1, unit)}</div>`).join('');
  const center = figures.map((f, i) => `<div role="row" class="ag-row" aria-rowindex="${i + 3}">${f.map((x, k) => cell('gridcell', k + 2, x)).join('')}</div>`).join('');
  const html = page('Thống kê hồ sơ - Hệ thống một cửa điện tử tỉnh Phú Thọ', `
    <h3>Thống kê tình hình giải quyết hồ sơ — Năm 2026</h3>
    <div class="ag-root-wrapper"><div class="ag-root" role="grid" aria-rowcount="${units.length + 2}" aria-colcount="${headers.length}">
      <div class="ag-header" role="presentation"><div class="ag-header-viewport" role="rowgroup">${headerRow}</div></div>
      <div class="ag-body" role="presentation">
        <div class="ag-pinned-left-cols-container" role="rowgroup">${pinned}</div>
        <div class="ag-center-cols-viewport" role="presentation"><div class="ag-center-cols-container" role="rowgroup">${center}</div></div>
      </div></div></div>`);
  return { name: 'div-grid-phutho-ho-so', url: 'https://motcua.phutho.gov.vn/thong-ke/tinh-hinh-giai-quyet-ho-so', html, truth };
}

/**
 * A provincial «Tình hình giải quyết hồ sơ» whose <thead> opens with the report's heading as a signed report lays it
 * out (the issuing body left, the national motto right, a blank row; Decree 30 form, DOMAIN §8), its title and
 * period rows, then a three-row header (rowspan/colspan: «Số hồ sơ đã giải quyết» over its total and «Trong đó» over early, on time, late),
 * all before its <tbody>, which starts with the numbering row (DOMAIN §7; made from the platforms' public code — no
 * provincial page of this shape is saved).
 */
function titledThreeRowHead(): PlatformPage {
  const truth: TruthFigure[] = [];
  const units = ['UBND xã Tam Sơn', 'UBND phường Vĩnh Phúc', 'UBND xã Cẩm Khê'];
  const rows = units.map((unit, i) => {
    const f = unitFigures(i + 50);
    const figures: [string, number][] = [
      ['HS_TIEP_NHAN', f.received + f.carried], ['HS_KY_TRUOC', f.carried], ['HS_TRONG_KY', f.received],
      ['HS_DA_GIAI_QUYET', f.resolved], ['HS_TRUOC_HAN', f.early], ['HS_DUNG_HAN', f.ontime], ['HS_QUA_HAN', f.late],
      ['HS_DANG_GIAI_QUYET', f.pending], ['HS_DANG_TRONG_HAN', f.pending - f.pendingLate], ['HS_DANG_QUA_HAN', f.pendingLate],
    ];
    for (const [code, value] of figures) truth.push({ unit, code, value });
    return `<tr><td>${i + 1}</td><td>${unit}</td>${cells('td', figures.map((x) => vi(x[1])))}</tr>`;
  });
  const th = (t: string, span = '') => `<th ${span}>${t}</th>`;
  const html = page('Báo cáo tình hình giải quyết hồ sơ - Hệ thống thông tin giải quyết TTHC tỉnh Phú Thọ', `
    <table class="table table-bordered report"><thead>
      <tr><th colspan="4">UBND TỈNH PHÚ THỌ</th><th colspan="8">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</th></tr>
      <tr><th colspan="4">VĂN PHÒNG</th><th colspan="8">Độc lập - Tự do - Hạnh phúc</th></tr>
      <tr><th colspan="12"></th></tr>
      <tr><th colspan="12">BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH</th></tr>
      <tr><th colspan="12"><i>Từ ngày 01/04/2026 đến ngày 30/06/2026</i></th></tr>
      <tr>${th('STT', 'rowspan="3"')}${th('Đơn vị', 'rowspan="3"')}${th('Số hồ sơ nhận giải quyết', 'colspan="3" rowspan="2"')}${th('Số hồ sơ đã giải quyết', 'colspan="4"')}${th('Số hồ sơ đang giải quyết', 'colspan="3" rowspan="2"')}</tr>
      <tr>${th('Tổng số', 'rowspan="2"')}${th('Trong đó', 'colspan="3"')}</tr>
      <tr>${['Tổng số', 'Kỳ trước chuyển sang', 'Trong kỳ', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'].map((t) => th(t)).join('')}</tr>
    </thead>
    <tbody><tr>${cells('td', Array.from({ length: 12 }, (_, i) => `(${i + 1})`))}</tr>${rows.join('')}
      <tr><td colspan="2"><b>Tổng cộng</b></td>${cells('td', Array.from({ length: 10 }, () => '…'))}</tr></tbody></table>`);
  return { name: 'motcua-phutho-tieu-de-ba-dong', url: 'https://motcua.phutho.gov.vn/bao-cao/tinh-hinh-giai-quyet-ho-so', html, truth };
}

export const PLATFORM_PAGES: readonly PlatformPage[] = [
  monitorWithoutShares(), smartkiosStatus(), smartkiosChannels(), openCps(), tthcLevels(), monitorFull(), payment(), dossierStatusByField(),
  devExtremeGrid(), kendoLockedGrid(), divGrid(), titledThreeRowHead(),
];

/*
Made for: the measure of issue 22 (pages read of 8, figures read) and the saved-page fixtures in
test/fixtures/pages/platforms/ (written by scripts/save-platform-pages.ts through Debian's Chromium); the three
grids whose header is drawn apart (DevExtreme, Kendo with a locked column, divs with ARIA roles) for issue 37 item 4;
the table with title rows and a three-row header before its body for issue 47 item 7.
*/
