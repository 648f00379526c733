// Responses of the 766 page's API built from DOMAIN §6's field lists (no saved response was available): the
// envelope {code, data, message}, shape A (overview / evaluation[] with metrics[]), shape B (parent / children[]),
// the national ranking, pagination, and a province of 150 communes with names repeated across provinces.

export { PAGE_766_URL as PAGE_766 } from '../../core/indicators/page-766.js';

export const API = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
export const PROVINCE_ID = '6f1c2a44-0a1e-4c55-9d0e-7b1f00000025';

export function request(extra: Record<string, unknown> = {}) {
  return { timeType: 'quarter', year: 2026, quarter: 3, rootDepartmentId: PROVINCE_ID, currentPage: 1, pageSize: 100, ...extra };
}

export function envelope(data: unknown) {
  return { code: 'OK', data, message: 'Thành công' };
}

/** The i-th commune: "UBND xã Tam Sơn - Tỉnh Phú Thọ" at 0 (a name repeated across provinces), then plain names. */
export function communeName(i: number): string {
  return i === 0 ? 'UBND xã Tam Sơn - Tỉnh Phú Thọ' : i === 1 ? 'UBND phường Vĩnh Phúc' : `UBND xã Số ${i}`;
}

export function communeId(i: number): string {
  return `c0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

interface Metric { code: string; name: string; numerator: number | null; denominator: number | null; ratio: number | null; score: number | null; maxScore: number; dataQualityStatus?: string; dataQualityMessage?: string }

export function transparencyMetrics(i: number): Metric[] {
  const n = 40 + (i % 10);
  return [
    { code: 'PUBLISH_ON_TIME', name: 'Tỷ lệ TTHC công bố đúng hạn', numerator: n, denominator: 50, ratio: (n / 50) * 100, score: (6 * n) / 50, maxScore: 6 },
    { code: 'PUBLIC_UPDATE_ON_TIME', name: 'Tỷ lệ TTHC cập nhật, công khai đúng hạn', numerator: 10, denominator: 10, ratio: 100, score: 4, maxScore: 4 },
    { code: 'PUBLIC_CONTENT_FULL', name: 'Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành', numerator: null, denominator: null, ratio: null, score: null, maxScore: 2 },
    { code: 'DOSSIER_SYNC', name: 'Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG', numerator: 1139, denominator: 1234, ratio: 92.3, score: 5.54, maxScore: 6 },
  ];
}

export function shapeAUnit(i: number, metrics: Metric[] = transparencyMetrics(i)) {
  const score = metrics.reduce((a, m) => a + (m.score ?? 0), 0);
  return {
    stt: i + 1, departmentId: communeId(i), departmentName: communeName(i), departmentType: 'COMMUNE_PEOPLE_COMMITTEE', departmentLevel: 'COMMUNE',
    totalScore: Math.round(score * 100) / 100, totalMaxScore: 18, ratio: (score / 18) * 100, scoreDelta: 0.5, metrics,
  };
}

export const PROVINCE_OVERVIEW = {
  stt: 0, departmentId: PROVINCE_ID, departmentName: 'Tỉnh Phú Thọ', departmentType: 'PROVINCE', departmentLevel: 'PROVINCE',
  totalScore: 15.2, totalMaxScore: 18, ratio: 84.44, scoreDelta: -0.3, metrics: [],
};

/** A page of a shape A list of `total` communes. */
export function shapeA(total: number, page = 1, pageSize = 100, unit: (i: number) => Record<string, unknown> = (i) => shapeAUnit(i)) {
  const from = (page - 1) * pageSize;
  const evaluation = Array.from({ length: Math.max(0, Math.min(pageSize, total - from)) }, (_, k) => unit(from + k));
  return envelope({
    overview: PROVINCE_OVERVIEW, evaluation, monthlyChart: [],
    pagination: { currentPage: page, pageSize, totalItems: total, totalPages: Math.ceil(total / pageSize) },
  });
}

export function progressChild(i: number) {
  const received = 100 + i;
  const onTime = received - (i % 5);
  return {
    departmentName: communeName(i), departmentCode: `H25.${String(100 + i)}`, level: 'COMMUNE',
    totalReceived: received, totalOnTime: onTime, totalOverdue: received - onTime, avgProcessingDays: 2.5,
    ratio: (onTime / received) * 100, score: (20 * onTime) / received, maxScore: 20, scoreDelta: 0,
  };
}

/** A page of the progress tree (children ordered by departmentCode as a string, as the API does). */
export function progressTree(total: number, child = progressChild) {
  const children = Array.from({ length: total }, (_, i) => child(i)).sort((a, b) => a.departmentCode.localeCompare(b.departmentCode));
  return envelope({
    parent: { departmentName: 'Tỉnh Phú Thọ', departmentCode: 'H25', level: 'PROVINCE', totalReceived: 90000, totalOnTime: 88000, totalOverdue: 2000, ratio: 97.78, score: 19.56, maxScore: 20 },
    children,
  });
}

export function paymentTree(children: Record<string, unknown>[]) {
  return envelope({
    parent: { departmentName: 'Tỉnh Phú Thọ', totalDossierOnlinePaymentSuccess: 500, totalDossierFinancialObligation: 800, totalScore: 6.25, totalMaxScore: 10, ratio: 62.5 },
    children,
  });
}

export function onlineTree(children: Record<string, unknown>[]) {
  return envelope({ parent: { departmentName: 'Tỉnh Phú Thọ', totalScore: 9.1, totalMaxScore: 12, ratio: 75.8, authorityCount: 1500, fullCount: 600, partialCount: 400 }, children });
}

export function serviceResults(rows: { name: string; code: string; total: number; groups: Record<string, unknown> }[]) {
  return envelope({
    overview: { departmentName: 'Cả nước', totalScore: 82.1, totalMaxScore: 100, ratio: 82.1 },
    growthPercent: 1.2,
    radar: [{ code: 'CKMB', name: 'Công khai, minh bạch', score: 16, maxScore: 18, ratio: 88.9 }],
    donuts: [],
    evaluation: rows.map((r) => ({ departmentId: r.code, departmentName: r.name, departmentCode: r.code, totalScore: r.total, ratio: r.total, scoreDelta: 0.1, groupScores: r.groups })),
  });
}

/**
 * A province's own ranking (service-results asked with rootDepartmentId), as DOMAIN §6 and the issue describe it:
 * the province in `overview` with its group scores, then its provincial agencies and its communes (wards, special
 * zones) in one `evaluation[]`, each tagged by departmentType / departmentLevel. Scores interleave: the first agency
 * (79,6) is 3rd of the whole list, the 72nd commune (62,25) 75th.
 */
export function provinceServiceResults(communes = 102, agencies = 15) {
  const groups = (total: number) => ({ CKMB: 8, TDGQ: 17.98, CLGQ: 8.88, TTTT: 6.33, MDHL: 10.19, MDSH: Math.round((total - 51.38) * 100) / 100 });
  const row = (name: string, code: string, type: string, level: string, total: number) => ({
    departmentId: code, departmentName: name, departmentCode: code, departmentType: type, departmentLevel: level, totalScore: total, ratio: total, scoreDelta: 0.2, groupScores: groups(total),
  });
  const agencyScores = [79.6, 70, 65, ...Array.from({ length: Math.max(0, agencies - 3) }, (_, j) => 50 - j)];
  return envelope({
    // The province's group scores are in the radar (the decision's five groups), as in the national list.
    overview: { departmentId: PROVINCE_ID, departmentName: 'UBND tỉnh An Giang', departmentCode: 'H01', departmentType: 'PROVINCE', departmentLevel: 'PROVINCE', totalScore: 60.35, totalMaxScore: 100, ratio: 60.35 },
    radar: [
      { code: 'CKMB', name: 'Công khai, minh bạch', score: 8, maxScore: 18, ratio: 44.44 }, { code: 'TDGQ', name: 'Tiến độ giải quyết', score: 17.98, maxScore: 20, ratio: 89.9 },
      { code: 'ONLINE_SERVICE', name: 'Dịch vụ trực tuyến', score: 15.21, maxScore: 22, ratio: 69.14 }, { code: 'MDHL', name: 'Mức độ hài lòng', score: 10.19, maxScore: 18, ratio: 56.61 },
      { code: 'MDSH', name: 'Số hóa hồ sơ', score: 8.97, maxScore: 22, ratio: 40.77 },
    ],
    evaluation: [
      ...agencyScores.slice(0, agencies).map((t, j) => row(j === 0 ? 'Sở Tư pháp - Tỉnh An Giang' : `Sở số ${j + 1} - Tỉnh An Giang`, `H01.${String(j + 1).padStart(2, '0')}`, 'PROVINCIAL_DEPARTMENT', 'PROVINCE', t)),
      ...Array.from({ length: communes }, (_, i) => row(i === 71 ? 'UBND phường Mỹ Thới' : i === 101 ? 'UBND đặc khu Phú Quốc' : `UBND xã Số ${i + 1}`, `H01.${100 + i}`, 'COMMUNE_PEOPLE_COMMITTEE', 'COMMUNE', 80 - 0.25 * i)),
    ],
  });
}

/**
 * The 766 page as a single-page app: its script asks the API for the transparency list (fetch, pages 1 and 2) and
 * the progress tree (XMLHttpRequest) and writes "100+50 đơn vị" when both pages are in, data-progress="ok" on #app.
 */
export function spaPage(): string {
  const req = JSON.stringify(request());
  return `<!DOCTYPE html><html lang="vi"><body><h1>Đánh giá chất lượng phục vụ</h1><div id="app">Đang tải…</div>
    <script>
      const ask = (page) => fetch('/api/v1/reporting/evaluation/transparency', { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Object.assign(${req}, { currentPage: page })) }).then((r) => r.json());
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/v1/reporting/evaluation/dvc-progress-tree');
      xhr.setRequestHeader('content-type', 'application/json');
      xhr.onload = () => { document.getElementById('app').dataset.progress = 'ok'; };
      xhr.send(JSON.stringify(${req}));
      Promise.all([ask(1), ask(2)]).then((pages) => {
        document.getElementById('app').textContent = pages.map((p) => p.data.evaluation.length).join('+') + ' đơn vị';
      });
    </script></body></html>`;
}

/** What the routed API answers the SPA page: 150 communes in two pages of transparency, the progress tree. */
export function apiAnswer(url: string, body: { currentPage?: number } | null): unknown {
  const endpoint = new URL(url).pathname.split('/').pop()!;
  return endpoint === 'transparency' ? shapeA(150, body?.currentPage ?? 1) : progressTree(150);
}
