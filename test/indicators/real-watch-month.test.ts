// Phú Thọ's real August 2026 view, all six groups as the portal answered them (test/fixtures/real/watch/
// README.md: a public tracker's saved answers, kept byte for byte): every one of the 163 units read with the
// portal's own figures as the portal rounds them, the 0-point petition classifications under their declared codes,
// the digitisation answer's seven metrics under their declared codes, and every score a formula can check agreeing
// with the portal's — a group's sum added from its metrics as the portal rounds them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/indicators/formulas-766.js';
import { groupOfEndpoint } from '../../core/indicators/model-766/index.js';
import { captureResponses } from '../../core/indicators/responses/index.js';
import type { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { AT, ok } from './load.js';

const WATCH = new URL('../fixtures/real/watch/', import.meta.url);
const API = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/';
const ROOT = '019d2be3-6a88-732b-8b17-b68020c8553a';
const MONTH = { timeType: 'month', year: 2026, month: 8 };

/** Each saved answer, the request the tracker sent for it and the SHA-256 its manifest records. */
const VIEW = [
  { endpoint: 'dvc-progress-tree', sha: '8659da4d375e3e1e3dab2e4051d7495d1715bd4b56fc6df68fbe2a4163e4cc90', request: { rootDepartmentId: ROOT, currentPage: 1, pageSize: 100, ...MONTH } },
  { endpoint: 'transparency', sha: '77ef2623b219a6492177fe4a477e7f71eebc285e82ce7e55adc80f7cbfa2a413', request: { rootDepartmentId: ROOT, currentPage: 1, pageSize: 200, ...MONTH } },
  { endpoint: 'provide-online-tree', sha: '30d85b52d2579e504760f7b448064b20d5763eb6cafe425a2c683025aa3bdbcc', request: { rootDepartmentId: ROOT, currentPage: 1, pageSize: 200, ...MONTH } },
  { endpoint: 'formality-online-payment-tree', sha: '5c2e5f5768edebe19fc8afd8dbc0780b9650996e32a42d1a3d2354de891b587b', request: { rootDepartmentId: ROOT, currentPage: 1, pageSize: 100, ...MONTH } },
  { endpoint: 'handling-satisfaction', sha: '4e8f05d0b552d440d9bbb5731f5f3b4afa9a541dfcab6485e3020df467795fab', request: { rootDepartmentId: ROOT, currentPage: 1, pageSize: 200, fromDate: '2026-08-01', toDate: '2026-08-31' } },
  { endpoint: 'dossier-digitized', sha: 'fb790c4d38c3d02c00dd76ac6c5765cafda90b5b4b6c92a34da7abc053b3d94e', request: { rootDepartmentId: ROOT, currentPage: 1, pageSize: 200, ...MONTH } },
] as const;

type Row = { departmentName: string; totalScore?: number; score?: number; metrics?: { code: string; name: string; score: number | null }[] };
const bytes = (endpoint: string) => readFileSync(new URL(`${endpoint}-month-all.json`, WATCH));
const rowsOf = (endpoint: string) => {
  const data = (JSON.parse(bytes(endpoint).toString('utf8')) as { data: { children?: Row[]; evaluation?: Row[] } }).data;
  return (data.children ?? data.evaluation)!;
};
const read = (v: (typeof VIEW)[number]) =>
  ok(captureResponses([{ url: API + v.endpoint, request: v.request, body: JSON.parse(bytes(v.endpoint).toString('utf8')) as unknown }], { capturedAt: AT })).snapshots;
const unit = (snapshots: readonly IndicatorSnapshot[], name: string) => snapshots.find((s) => s.unit.name === name)!;
const ind = (s: IndicatorSnapshot, code: string) => s.indicators.find((i) => i.code === code);

describe('Phú Thọ, August 2026, as the portal answered each group', () => {
  it.each(VIEW)('$endpoint: the saved answer is still the tracker\'s, byte for byte', (v) => {
    expect(createHash('sha256').update(bytes(v.endpoint)).digest('hex')).toBe(v.sha);
  });

  it.each(VIEW)('$endpoint: all 163 units with the portal\'s own group score, figures as it rounds them, no formula disagreeing', (v) => {
    const snapshots = read(v);
    const group = groupOfEndpoint(v.endpoint)!.code;
    const rows = rowsOf(v.endpoint);
    expect(rows).toHaveLength(163);
    expect(snapshots).toHaveLength(164);
    for (const s of snapshots) expect(s.period.label, s.unit.name).toBe('Tháng 8/2026');
    for (const row of rows) {
      const s = unit(snapshots, row.departmentName);
      expect(ind(s, group)?.value, `${row.departmentName} ${group}`).toBe(row.totalScore ?? row.score);
      // Each metric's score and rate as the portal gives them (2 decimals), never recomputed.
      for (const m of row.metrics ?? []) {
        const metric = s.indicators.find((i) => i.unit === 'points' && i.label === m.name);
        expect(metric?.value, `${row.departmentName} ${m.code}`).toBe(m.score);
      }
    }
    const values = snapshots.flatMap((s) => s.indicators.map((i) => i.value)).filter((x): x is number => typeof x === 'number');
    expect(values.filter((x) => Math.round(x * 100) / 100 !== x)).toEqual([]);
    expect(snapshots.flatMap((s) => s.indicators.filter((i) => explain(i) === 'differs').map((i) => `${s.unit.name} ${i.code} ${i.value} ${i.computed}`))).toEqual([]);
  });

  it('reads the satisfaction answer\'s petition classifications (0 points) under their declared codes, with the portal\'s counts', () => {
    const snapshots = read(VIEW[4]);
    const agriculture = unit(snapshots, 'Sở Nông Nghiệp và Môi Trường - Tỉnh Phú Thọ');
    expect(ind(agriculture, 'MDHL_PAKN_VE_TTHC')).toMatchObject({ label: 'Tỷ lệ PAKN về quy định, thủ tục hành chính', value: null, max: 0, numerator: 4, denominator: 6, ratio: 66.67 });
    expect(ind(agriculture, 'MDHL_PAKN_VE_CAN_BO')).toMatchObject({ max: 0, numerator: 2, denominator: 6, ratio: 33.33 });
    expect(ind(agriculture, 'MDHL')?.value).toBe(8.36);
    // One petition, not handled on time: 0 of 6 and 0 of 6 points, so 4,72 of 18 — the satisfaction of its dossiers alone.
    const bac = unit(snapshots, 'UBND xã Tam Dương Bắc');
    expect(['MDHL', 'MDHL_PAKN_DUNG_HAN', 'MDHL_HAI_LONG_PAKN', 'MDHL_HAI_LONG_TTHC'].map((c) => ind(bac, c)?.value)).toEqual([4.72, 0, 0, 4.72]);
    // Satisfaction with dossiers is full from 90 %: Xuân Lũng's 90,46 % gives 6 of 6, the formula agreeing.
    const xl = ind(unit(snapshots, 'UBND xã Xuân Lũng'), 'MDHL_HAI_LONG_TTHC')!;
    expect([xl.value, xl.ratio, explain(xl)]).toEqual([6, 90.46, 'agrees']);
    for (const s of snapshots) expect(s.indicators.some((i) => i.code.startsWith('MDHL_PETITION_')), s.unit.name).toBe(false);
  });

  it('reads the digitisation answer\'s seven metrics under declared codes, and adds the group as the portal does', () => {
    const snapshots = read(VIEW[5]);
    const tayCoc = unit(snapshots, 'UBND xã Tây Cốc');
    const codes = ['MDSH_KET_QUA_DIEN_TU', 'MDSH_SO_HOA_THANH_PHAN', 'MDSH_KHAI_THAC_LAI', 'MDSH_KET_NOI_CHIA_SE', 'MDSH_DAN_CU_HO_SO', 'MDSH_DAN_CU_TTHC', 'MDSH_CHUNG_THUC_DIEN_TU'];
    expect(codes.map((c) => ind(tayCoc, c)?.value)).toEqual([5.15, 0.08, 0.01, 0, 0.28, 0.06, 2]);
    // 5,15 + 0,08 + 0,01 + 0 + 0,28 + 0,06 + 2 = 7,58, the portal's own; the unrounded scores would give 7,5957.
    expect([ind(tayCoc, 'MDSH')?.value, ind(tayCoc, 'MDSH')?.computed]).toEqual([7.58, 7.58]);
    for (const s of snapshots) expect(s.indicators.filter((i) => /^MDSH_[A-Z]+_[A-Z]+_[A-Z]+/.test(i.code) && !codes.some((c) => i.code.startsWith(c))).map((i) => i.code), s.unit.name).toEqual([]);
  });
});

describe('an answer whose score field comes renamed (a layout thidua does not know)', () => {
  // Each list's unit score, and a metric's, renamed in the first unit's row: the portal gave a figure there, under
  // another name. Before, the group (or metric) was kept as the portal's «no data» for that unit, silently.
  const cases = VIEW.flatMap((v) => {
    const field = rowsOf(v.endpoint)[0]!.totalScore !== undefined ? 'totalScore' : 'score';
    const hasMetrics = (rowsOf(v.endpoint)[0]!.metrics?.length ?? 0) > 0;
    const tree = v.endpoint.endsWith('-tree');
    // A tree's row scores under either name (totalScore, score): without both, both are named.
    const said = tree ? 'totalScore hoặc score' : field;
    return [{ v, field, at: `data.${tree ? 'children' : 'evaluation'}[0].${said}`, metric: false }, ...(hasMetrics ? [{ v, field: 'score', at: 'data.evaluation[0].metrics[0].score', metric: true }] : [])];
  });
  it.each(cases)('$v.endpoint: $field renamed is refused, said as «$at không có»', ({ v, field, at, metric }) => {
    const body = JSON.parse(bytes(v.endpoint).toString('utf8')) as { data: Record<string, Row[]> };
    const row = (body.data.children ?? body.data.evaluation)![0]! as unknown as Record<string, unknown> & { metrics?: Record<string, unknown>[] };
    const owner = metric ? row.metrics![0]! : row;
    owner.diem = owner[field];
    delete owner[field];
    const read = captureResponses([{ url: API + v.endpoint, request: v.request, body }], { capturedAt: AT });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(new RegExp(`^Phản hồi «${v.endpoint}» không đúng dạng .*: trường ${at.replace(/[[\].]/g, '\\$&')} không có\\. Trang có thể đã đổi cách trả số liệu\\.$`));
  });
});
