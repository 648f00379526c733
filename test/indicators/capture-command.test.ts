import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indicatorName } from '../../core/indicators/codes.js';
import { IndicatorExportFile } from '../../core/indicators/export-file.js';
import { command, MAX_SAVED_RESPONSE_BYTES } from '../../cli/commands/capture.js';
import { UsageError } from '../../cli/command.js';
import { DVC_766, DVC_TINH, FIXTURES, MOTCUA } from './load.js';
import { API, progressTree, request, shapeA } from '../../scripts/harness/responses-766.js';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command.run(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: fileURLToPath(FIXTURES) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('thidua capture', () => {
  it('prints each unit, its period and indicators the Vietnamese way', async () => {
    const r = await run('province-766-monitor.html', '--url', MOTCUA);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Theo dõi'); // the page type's Vietnamese title, never its id
    expect(r.out).toContain(', 6 đơn vị');
    // The file's own name (which is the page type's id here) names the file in warnings; the id itself never shows.
    expect((r.out + r.err).replaceAll('province-766-monitor.html', '')).not.toMatch(/province-766-monitor|[A-Z]+_[A-Z_]+/);
    expect(r.err).toContain('Cảnh báo: province-766-monitor.html: ');
    expect(r.out).toContain('UBND xã Ta Ma (H17.20.05)');
    expect(r.out).toContain('Kỳ: Từ ngày 01/01/2025 đến ngày 30/09/2025');
    expect(r.out).toMatch(new RegExp(`${indicatorName('TY_LE_NOP_TRUC_TUYEN', '')}: 76,1%`));
    expect(r.out).toMatch(new RegExp(`${indicatorName('HS_TRUC_TUYEN', '')}: 1\\.234`));
    expect(r.err).toContain('Cảnh báo:');
  });

  it('writes an IndicatorExport with --json, only the commune with --commune', async () => {
    const r = await run('dvc-766-tinh-thanh-pho-tinh.html', '--url', DVC_TINH, '--commune', 'Xã Ta Ma', '--json');
    expect(r.code).toBe(0);
    const doc = IndicatorExportFile.parse(JSON.parse(r.out));
    expect(doc.snapshots.map((s) => s.unit.name)).toEqual(['Xã Ta Ma']);
    expect(doc.snapshots[0]!.url).toBe(DVC_TINH);
    expect(doc.snapshots[0]!.indicators.find((i) => i.code === 'TONG_SCORE')!.value).toBe(78.45);
  });

  it("prints only the saved commune's warnings, and the page-level ones", async () => {
    // "UBND xã Quài Tở" has two blank cells; "Ta Ma" none.
    const all = await run('province-766-monitor.html', '--url', MOTCUA);
    expect(all.err.match(/Cảnh báo: .*Quài Tở/g)).toHaveLength(2);
    const taMa = await run('province-766-monitor.html', '--url', MOTCUA, '--commune', 'Ta Ma');
    expect(taMa.code).toBe(0);
    expect(taMa.err).toBe('');
    const quaiTo = await run('province-766-monitor.html', '--url', MOTCUA, '--commune', 'xa quai to');
    expect(quaiTo.err.match(/Cảnh báo: .*Quài Tở/g)).toHaveLength(2);
    // A row without a unit name is about the page: shown whichever unit is saved.
    const page = await run('dvc-766-tinh-thanh-pho.html', '--url', DVC_TINH, '--commune', 'Điện Biên');
    expect(page.code).toBe(0);
    expect(page.err).toMatch(/Cảnh báo: [^:]+\.html: Bỏ qua dòng/);
    expect(page.err).toContain('không có tên đơn vị');
  });

  it('exits 1 with what it looked for when the page does not match, or the commune is not there', async () => {
    const r = await run('province-766-monitor-chu.html', '--url', MOTCUA);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^province-766-monitor-chu\.html: Không đọc được trang \(mẫu «Theo dõi[^»]*»\)/);
    expect(r.err).toContain('Không thấy / không đọc được: dòng «UBND xã Ta Ma» (bảng 1), cột «Số hồ sơ nhận giải quyết › Mới tiếp nhận trực tuyến»: «Đang tổng hợp»');
    // «Đã tìm thấy» lists only what is there.
    expect(r.err).toMatch(/Đã tìm thấy: Tên đơn vị; .*Số hồ sơ nhận giải quyết › Mới tiếp nhận trực tuyến/);
    const c = await run('province-766-monitor.html', '--url', MOTCUA, '--commune', 'Xã Không Có');
    expect(c.code).toBe(1);
    expect(c.err).toContain('không có dòng của «Xã Không Có»');
    expect((await run('khong-co.html', '--url', MOTCUA)).err).toContain('không có tệp này');
  });

  it('refuses a missing --url or page as wrong usage', async () => {
    await expect(run('province-766-monitor.html')).rejects.toBeInstanceOf(UsageError);
    await expect(run('--url', MOTCUA)).rejects.toBeInstanceOf(UsageError);
  });
});

describe('thidua capture on the 766 page\'s saved responses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-capture-'));
  const save = (name: string, json: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(json));
    return path;
  };
  const body = save('transparency.json', shapeA(3));

  it('reads a response body saved from the network panel, the endpoint named by --url', async () => {
    const r = await run(body, '--url', `${API}transparency`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('số liệu trang nhận từ dichvucong.gov.vn, 4 đơn vị');
    // The portal's own name for the metric, the formula's figure beside the portal's score, null said in words.
    expect(r.out).toContain('Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG: 5,54/6 (1.139/1.234) — đúng công thức (5,54)');
    expect(r.out).toContain('Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành: không có số liệu (tối đa 2)');
    expect(r.out).toContain('Xã thứ 3/3 — Công khai, minh bạch · UBND cấp xã');
    expect(r.err).toContain('kỳ được ghi là «không rõ»');
    const one = await run(body, '--url', `${API}transparency`, '--commune', 'Xã Tam Sơn', '--json');
    expect(one.code).toBe(0);
    expect(IndicatorExportFile.parse(JSON.parse(one.out)).snapshots.map((s) => s.unit.name)).toEqual(['UBND xã Tam Sơn - Tỉnh Phú Thọ']);
  });

  it('reads a HAR with every page and endpoint, the period from the requests', async () => {
    const entry = (endpoint: string, req: unknown, res: unknown) => ({
      request: { method: 'POST', url: `${API}${endpoint}`, postData: { mimeType: 'application/json', text: JSON.stringify(req) } },
      response: { status: 201, content: { mimeType: 'application/json', text: JSON.stringify(res) } },
    });
    const har = save('trang-766.har', { log: { version: '1.2', entries: [
      { request: { method: 'GET', url: DVC_766 }, response: { status: 200, content: { text: '<html></html>' } } },
      entry('transparency', request({ currentPage: 1 }), shapeA(150, 1)),
      entry('transparency', request({ currentPage: 2 }), shapeA(150, 2)),
      entry('dvc-progress-tree', request(), progressTree(150)),
    ] } });
    const r = await run(har, '--url', DVC_766, '--json');
    expect(r.code).toBe(0);
    const doc = IndicatorExportFile.parse(JSON.parse(r.out));
    expect(doc.snapshots).toHaveLength(151);
    expect(doc.snapshots[0]!.period.label).toBe('Quý 3/2026');
    expect(doc.snapshots.find((s) => s.unit.name === 'UBND xã Số 120')!.indicators.map((i) => i.code)).toContain('TDGQ');
  });

  it('reads a province\'s HAR as saved: its own request time, ranks within each level, each note once with its units', async () => {
    const real = (name: string) => readFileSync(new URL(`../fixtures/real/portal/${name}`, import.meta.url), 'utf8');
    const phuTho = { timeType: 'year', year: 2026, rootDepartmentId: '019d2be3-6a88-732b-8b17-b68020c8553a', currentPage: 1, pageSize: 200 };
    const entry = (endpoint: string, at: string, text: string) => ({
      startedDateTime: at,
      request: { method: 'POST', url: `${API}${endpoint}`, postData: { mimeType: 'application/json', text: JSON.stringify(phuTho) } },
      response: { status: 201, content: { mimeType: 'application/json', text } },
    });
    const har = save('phu-tho-2026.har', { log: { version: '1.2', entries: [
      entry('transparency', '2026-09-26T11:20:53.102Z', real('transparency-phu-tho-2026-trimmed.json')),
      entry('formality-online-payment-tree', '2026-09-26T11:22:12.096Z', real('formality-online-payment-tree-phu-tho-2026.json')),
    ] } });
    const json = await run(har, '--url', DVC_766, '--json');
    expect(json.code).toBe(0);
    const doc = IndicatorExportFile.parse(JSON.parse(json.out));
    expect(new Set(doc.snapshots.map((s) => s.capturedAt))).toEqual(new Set(['2026-09-26T11:22:12.096Z']));
    // One line for the provisional-denominator note the portal repeats on each of the 11 units' rows.
    expect(json.err.split('\n').filter((l) => /tạm thời/.test(l))).toEqual([
      `Cảnh báo: ${har}: «Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG»: Cổng ghi chú số liệu còn tạm thời (ví dụ mẫu số tạm lấy theo báo cáo quốc gia): điểm có thể còn thay đổi. (11 lần, ở 11 đơn vị: UBND tỉnh Phú Thọ; Văn phòng UBND Tỉnh - Tỉnh Phú Thọ; Ban quản lý các khu công nghiệp - Tỉnh Phú Thọ; Sở Công Thương - Tỉnh Phú Thọ; Sở Giáo dục và Đào tạo - Tỉnh Phú Thọ và 6 đơn vị khác)`,
    ]);
    const text = await run(har, '--url', DVC_766, '--commune', 'Xã Bản Nguyên');
    expect(text.out).toContain('Xã thứ 1/148 — Thanh toán trực tuyến · UBND cấp xã · Năm 2026');
    expect(text.out).toContain('Nhóm: UBND cấp xã');
  });

  it('takes the period a saved body does not carry from --period, and says when a file names its own', async () => {
    const r = await run(body, '--url', `${API}transparency`, '--period', 'Quý 3/2026', '--json');
    expect(r.code).toBe(0);
    expect(IndicatorExportFile.parse(JSON.parse(r.out)).snapshots[0]!.period).toMatchObject({ kind: 'quarter', quarter: 3, year: 2026, from: '2026-07-01', to: '2026-09-30' });
    expect(r.err).not.toContain('không rõ');
    const hinted = await run(body, '--url', `${API}transparency`);
    expect(hinted.err).toContain('Gợi ý: ghi kỳ của số liệu bằng --period');
    await expect(run(body, '--url', `${API}transparency`, '--period', 'quý năm')).rejects.toThrow(UsageError);
    const har = save('quy-3.har', { log: { entries: [{ request: { method: 'POST', url: `${API}transparency`, postData: { text: JSON.stringify(request()) } }, response: { content: { text: JSON.stringify(shapeA(2)) } } }] } });
    const own = await run(har, '--url', DVC_766, '--period', 'Năm 2025');
    expect(own.err).toContain('tệp ghi kỳ «Quý 3/2026» theo yêu cầu của trang — dùng kỳ đó, không dùng --period «Năm 2025»');
  });

  it('refuses a saved file too large to be the portal\'s, in plain words, before reading it', async () => {
    const path = join(dir, 'qua-lon.har');
    writeFileSync(path, '');
    truncateSync(path, MAX_SAVED_RESPONSE_BYTES + 1);
    const r = await run(path, '--url', DVC_766);
    expect(r.code).toBe(1);
    expect(r.err).toContain('quá 100 MB của một tệp phản hồi trang 766');
  });

  it('exits 1 naming the endpoints when --url is not one, and naming the field when a response changed', async () => {
    const r = await run(body, '--url', DVC_766);
    expect(r.code).toBe(1);
    expect(r.err).toContain('không phải địa chỉ phản hồi số liệu của trang 766');
    expect(r.err).toContain('transparency');
    const changed = save('changed.json', { code: 'OK', data: { rows: [] } });
    const c = await run(changed, '--url', `${API}transparency`);
    expect(c.code).toBe(1);
    expect(c.err).toContain('Không thấy / không đọc được: data.evaluation: không có');
    const broken = save('broken.json', {});
    writeFileSync(broken, '{"code":');
    expect((await run(broken, '--url', `${API}transparency`)).err).toContain('không phải JSON đọc được');
  });
});
