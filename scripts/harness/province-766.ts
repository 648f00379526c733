// A province of 150 units as the 766 page's API gives it (DOMAIN §6 field lists): 10 provincial departments and
// 140 communes, every group, with nulls, zero denominators, data-quality notes in the portal's words (English
// included) and digitisation metrics thidua has no code for; and a stand-in 766 page that sends the requests of
// one or more views (each group by timeType, satisfaction by fromDate/toDate, the national list) and says how many
// answers it has. The same answers can be given for a real province's units (`rosterOf` a saved tree answer), and
// the lists answer page by page as the request asks. Shared by test/browser/extension-766*.test.ts and bench/.
import { API, envelope, PAGE_766, PROVINCE_ID, shapeA, transparencyMetrics } from './responses-766.js';

export { API, PAGE_766 };

const DEPARTMENTS = 10;
export const UNITS = 150;

/** The units a province's answers list, and the province above them (a tree's `parent`). */
export interface Roster {
  province: { departmentName: string; departmentCode: string };
  units: { id: string; name: string; code: string; type: string; level: string }[];
}

/** Unit i: a department for i < 10 (after the communes in list order), a commune otherwise; commune 10 is Tam Sơn. */
function unit(i: number) {
  if (i < DEPARTMENTS) return { name: i === 0 ? 'Sở Y tế - Tỉnh Phú Thọ' : `Sở Ngành ${i}`, type: 'PROVINCIAL_DEPARTMENT', level: 'PROVINCE' };
  return { name: i === DEPARTMENTS ? 'UBND xã Tam Sơn - Tỉnh Phú Thọ' : `UBND xã Số ${i}`, type: 'COMMUNE_PEOPLE_COMMITTEE', level: 'COMMUNE' };
}

/** The stand-in province of `units`. */
function standIn(units: number): Roster {
  return {
    province: { departmentName: 'Tỉnh Phú Thọ', departmentCode: 'H25' },
    units: Array.from({ length: units }, (_, i) => ({ id: `d0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, code: `H25.${100 + i}`, ...unit(i) })),
  };
}

/** A real province's units, as a saved tree answer (progress, online services, payment) lists them. */
export function rosterOf(tree: unknown): Roster {
  const data = (tree as { data: { parent: Record<string, string>; children: Record<string, string>[] } }).data;
  return {
    province: { departmentName: data.parent.departmentName!, departmentCode: data.parent.departmentCode! },
    units: data.children.map((c) => ({
      id: c.departmentId!, name: c.departmentName!, code: c.departmentCode!, level: c.level!,
      type: c.level === 'COMMUNE' ? 'COMMUNE_PEOPLE_COMMITTEE' : 'PROVINCIAL_DEPARTMENT',
    })),
  };
}

function shapeARow(roster: Roster, i: number, metrics: Record<string, unknown>[], max: number) {
  const u = roster.units[i]!;
  const total = metrics.reduce((a, m) => a + (typeof m.score === 'number' ? m.score : 0), 0);
  return {
    stt: i + 1, departmentId: u.id, departmentName: u.name, departmentCode: u.code, departmentType: u.type, departmentLevel: u.level,
    totalScore: Math.round(total * 100) / 100, totalMaxScore: max, ratio: (100 * total) / max, scoreDelta: (i % 3) - 1, metrics,
  };
}

const metric = (c: string, name: string, numerator: number | null, denominator: number | null, max: number, score: (r: number) => number | null) => {
  const ratio = numerator === null || denominator === null || denominator === 0 ? (denominator === 0 ? 0 : null) : (100 * numerator) / denominator;
  return { code: c, name, numerator, denominator, ratio, score: numerator === null ? null : score(ratio ?? 0), maxScore: max };
};

function transparency(i: number): Record<string, unknown>[] {
  return transparencyMetrics(i).map<Record<string, unknown>>((m) => ({ ...m })).map((m) => (m.code === 'DOSSIER_SYNC' && i % 3 === 0
    ? { ...m, dataQualityStatus: 'TEMP_NATIONAL_REPORT_DENOMINATOR', dataQualityMessage: 'Denominator is provisional until the next crawl' }
    : m));
}

function satisfaction(i: number) {
  const petitions = i % 4 === 0 ? 0 : 8;
  return [
    metric('DOSSIER_RECEIVING_SATISFACTION', 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', 80 + (i % 10), 100, 6, (r) => Math.min(6, (6 * r) / 90)),
    metric('PETITION_PROCESSING_ON_TIME', 'Tỷ lệ PAKN được xử lý đúng hạn', petitions === 0 ? 0 : 6, petitions, 6, (r) => (petitions === 0 ? 6 : (6 * r) / 100)),
    metric('PETITION_HANDLING_SATISFACTION', 'Tỷ lệ hài lòng trong xử lý PAKN', petitions === 0 ? 0 : 7, petitions, 6, (r) => (petitions === 0 ? 6 : (6 * r) / 100)),
    { code: 'PETITION_CLASSIFICATION_TTHC', name: 'Phân loại PAKN về TTHC', numerator: 2, denominator: 4, ratio: 50, score: null, maxScore: 0 },
  ];
}

function digitisation(i: number) {
  return [
    metric('ORIGINAL_RESULT_AVAILABLE', 'Tỷ lệ hồ sơ cấp kết quả điện tử', 50 + i, 300, 6, (r) => Math.min(6, (6 * r) / 100)),
    metric('SO_HOA_GIAY_TO_GIAI_QUYET', 'Tỷ lệ hồ sơ giấy tờ được số hóa khi giải quyết', 40, 50, 4, (r) => Math.min(4, (4 * r) / 100)),
    metric('REUSED_DIGITIZED_DATA', 'Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa', 30, 50, 2, (r) => Math.min(2, (2 * r) / 80)),
    metric('SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 'Tỷ lệ kết quả đồng bộ kho dữ liệu cá nhân', i % 5 === 0 ? null : 10, i % 5 === 0 ? null : 20, 4, (r) => (4 * r) / 100),
  ];
}

/**
 * The answer of `endpoint` to a request (any period: the figures are the same), for a province of `units` (or a real
 * province's roster): a list answers the page the request asks for (its `pageSize`, 200 when it names none), a tree
 * every unit at once, as the portal does.
 */
export function provinceView(endpoint: string, request: unknown, units: number | Roster = UNITS): unknown {
  const roster = typeof units === 'number' ? standIn(units) : units;
  const PROVINCE = { ...roster.province, level: 'PROVINCE' };
  const children = (row: (i: number) => Record<string, unknown>) =>
    roster.units.map((u, i) => ({ departmentName: u.name, departmentCode: u.code, level: u.level, ...row(i) }));
  const asked = (request ?? {}) as { currentPage?: number; pageSize?: number };
  const a = (metrics: (i: number) => Record<string, unknown>[], max: number) =>
    shapeA(roster.units.length, asked.currentPage ?? 1, asked.pageSize ?? 200, (i) => shapeARow(roster, i, metrics(i), max));
  switch (endpoint) {
    case 'transparency': return a(transparency, 18);
    case 'handling-satisfaction': return a(satisfaction, 18);
    case 'dossier-digitized': return a(digitisation, 22);
    case 'dvc-progress-tree': return envelope({
      parent: { ...PROVINCE, totalReceived: 90000, totalOnTime: 88000, totalOverdue: 2000, avgProcessingDays: 3.1, ratio: 97.78, score: 19.56, maxScore: 20 },
      children: children((i) => ({ totalReceived: 100 + i, totalOnTime: 95 + i, totalOverdue: 5, avgProcessingDays: 2.5, ratio: (100 * (95 + i)) / (100 + i), score: (20 * (95 + i)) / (100 + i), maxScore: 20, scoreDelta: 0 })),
    });
    case 'provide-online-tree': return envelope({
      parent: { ...PROVINCE, totalScore: 9.1, totalMaxScore: 12, ratio: 75.8, authorityCount: 1500, fullCount: 600, partialCount: 400 },
      children: children((i) => ({ totalScore: i % 7 === 0 ? null : 8 + (i % 4), totalMaxScore: 12, ratio: 70, authorityCount: 120, fullCount: 40, partialCount: 30 })),
    });
    case 'formality-online-payment-tree': return envelope({
      parent: { ...PROVINCE, totalDossierOnlinePaymentSuccess: 500, totalDossierFinancialObligation: 800, totalScore: 6.25, totalMaxScore: 10, ratio: 62.5 },
      children: children((i) => ({
        totalDossierOnlinePaymentSuccess: i % 6 === 0 ? 0 : 12, totalDossierFinancialObligation: i % 6 === 0 ? 0 : 20, totalDossierOnlineFormalityPaymentSuccess: 3,
        totalFeeFormality: 4, totalFeeDossierFormality: 4, totalScore: i % 6 === 0 ? 3.375 : 7.99, totalMaxScore: 10, ratio: i % 6 === 0 ? 0 : 60,
      })),
    });
    default: return envelope({
      overview: { departmentName: 'Cả nước', totalScore: 82.1, totalMaxScore: 100, ratio: 82.1 },
      evaluation: [['Tỉnh Phú Thọ', PROVINCE_ID, 'H25', 85.5], ['Tỉnh Điện Biên', 'p2', 'H11', 88.1], ['Tỉnh Lào Cai', 'p3', 'H12', 85.5]].map(([name, pid, c, total]) => ({
        departmentId: pid, departmentName: name, departmentCode: c, totalScore: total, ratio: total, scoreDelta: 0.4,
        // The groups add up to the total, as the portal's do (core/watch/total-sum.ts): Điện Biên's 88,1 has MDSH 18,6.
        groupScores: { CKMB: 17, TDGQ: 19, CLGQ: 9, TTTT: 8, MDHL: 16.5, MDSH: Math.round(((total as number) - 69.5) * 100) / 100 },
      })),
    });
  }
}

/** A request the stand-in page sends: its endpoint, its body's period part (or the whole body), and how long after the last one. */
export interface ViewRequest { endpoint: string; body: Record<string, unknown>; after?: number }

/** The stand-in 766 page: fetch for the lists, XMLHttpRequest for the trees; «Đã tải N phản hồi» as answers come. */
export function viewPage(requests: readonly ViewRequest[]): string {
  const full = requests.map((r) => ({
    ...r,
    body: r.endpoint === 'service-results' ? r.body : { rootDepartmentId: PROVINCE_ID, currentPage: 1, pageSize: 200, ...r.body },
  }));
  return `<!DOCTYPE html><html lang="vi"><body><h1>Đánh giá chất lượng phục vụ</h1><div id="app">Đang tải…</div>
    <script>
      const requests = ${JSON.stringify(full)};
      let answered = 0;
      const done = () => { document.getElementById('app').textContent = 'Đã tải ' + (++answered) + ' phản hồi'; };
      const send = (r) => {
        const url = '/api/v1/reporting/evaluation/' + r.endpoint;
        if (r.endpoint.endsWith('-tree')) {
          const xhr = new XMLHttpRequest();
          xhr.open('POST', url);
          xhr.setRequestHeader('content-type', 'application/json');
          xhr.onload = done;
          xhr.send(JSON.stringify(r.body));
        } else {
          fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r.body) }).then((x) => x.json()).then(done);
        }
      };
      (async () => {
        for (const r of requests) {
          if (r.after) await new Promise((ok) => setTimeout(ok, r.after));
          send(r);
        }
      })();
    </script></body></html>`;
}
