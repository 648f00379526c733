// What drags a unit's score: metrics ranked by their fall, then by their shortfall, each with what it would take under
// the portal's formulas; and the procedures whose own rate pulls a metric down — from Phú Thọ's saved progress tree
// filtered by one procedure (test/fixtures/real/watch/), the procedure named from the page's catalogue.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureResponses, RESPONSE_TYPES, type SeenResponse } from '../../core/indicators/responses/index.js';
import { readProcedureCatalogue } from '../../core/indicators/responses/formalities.js';
import { dragLine, dragsOf } from '../../core/watch/drags.js';
import { formatNumberVi } from '../../core/values.js';
import { provinceMetrics } from '../../core/watch/province-work.js';
import { provinceWorkLine } from '../../core/watch/words.js';
import { digestOf } from '../../core/watch/digest.js';
import { digestText } from '../../core/watch/digest-text.js';
import { API, provinceView } from '../../scripts/harness/province-766.js';
import { PROCEDURE, PROGRESS_PROCEDURE, seenOn, STORY, storyCaptures, UNITS } from './real-days.js';

const AT = '2026-09-21T04:10:00+07:00';
const last = STORY.at(-1)!;

type Child = { departmentName: string; totalReceived: number; totalOnTime: number; ratio: number };
const filtered = (JSON.parse(PROGRESS_PROCEDURE) as { data: { children: Child[] } }).data.children;

describe('procedures on the 766 page', () => {
  const seen = seenOn(last, true);

  it('keeps the figures filtered by a procedure out of the units’ own', () => {
    const read = captureResponses(seen, { capturedAt: AT });
    if (!read.ok) throw new Error(read.error.message);
    // Bình Phú's own score, not the procedure's (17,58).
    expect(read.snapshots.find((s) => s.unit.name === UNITS.binhPhu.name)!.indicators.find((i) => i.code === 'TDGQ')!.value).toBe(UNITS.binhPhu.last);
  });

  it('captures each procedure apart, named from the catalogue the page searched', () => {
    const read = captureResponses(seen, { capturedAt: AT });
    expect(read.ok && read.warnings.filter((w) => w.message.startsWith('Không đọc được'))).toEqual([]);
    const captures = read.procedures ?? [];
    expect(captures.map((c) => [c.procedure, c.snapshots.length])).toEqual([[PROCEDURE, filtered.length + 1]]);
  });

  it('reads a real page of the catalogue', () => {
    const page = JSON.parse(readFileSync(new URL('../fixtures/real/watch/formalities-page-last.json', import.meta.url), 'utf8')) as { data: unknown };
    expect(readProcedureCatalogue(page)).toEqual([{ id: '01a0b290-8cb5-7239-a324-ad25e8af995e', code: '6.006776', name: 'Thủ tục: Sử dụng tài sản kết cấu hạ tầng hàng hải hiện có để tham gia dự án đầu tư theo phương thức đối tác công tư' }]);
    const type = RESPONSE_TYPES.find((t) => t.id === 'formalities')!;
    expect(type.read(page.data, 'formalities')).toEqual({ ok: true, units: [], page: { page: 575, pageSize: 10, pages: 575, totalItems: 5741 }, warnings: [] });
  });

  it('names the procedure that pulls a unit’s rate down, with what the unit would gain were it all on time', () => {
    const read = captureResponses(seen, { capturedAt: AT });
    if (!read.ok) throw new Error(read.error.message);
    const captures = read.procedures ?? [];
    const unit = (name: string) => read.snapshots.find((s) => s.unit.name === name)!;

    // Bình Phú: the procedure's rate is below the unit's, its overdue dossiers cost the unit points.
    const binhPhu = filtered.find((c) => c.departmentName === UNITS.binhPhu.name)!;
    const own = unit(UNITS.binhPhu.name).indicators.find((i) => i.code === 'TDGQ')!;
    const overdue = binhPhu.totalReceived - binhPhu.totalOnTime;
    const gain = (20 * overdue) / own.denominator!;
    const [drag] = dragsOf(unit(UNITS.binhPhu.name), undefined, captures);
    expect(drag!.procedures).toEqual([
      `«${PROCEDURE.code} · ${PROCEDURE.name}»: ${overdue}/${binhPhu.totalReceived} hồ sơ quá hạn (${String(binhPhu.ratio).replace('.', ',')} %, cả đơn vị ${String(own.ratio).replace('.', ',')} %) — nếu đạt cả: +${String(Math.round(gain * 100) / 100).replace('.', ',')} điểm`,
    ]);
    // Đoan Hùng: the procedure does better than the unit as a whole — it pulls nothing down.
    expect(dragsOf(unit(UNITS.doanHung.name), undefined, captures)[0]!.procedures).toEqual([]);
  });

  it('says it in the digest under the officer’s unit, or that the procedures captured pull nothing down', () => {
    const binhPhu = digestText(digestOf(storyCaptures(), { own: 'Xã Bình Phú' })!).split('\n');
    const own = binhPhu.findIndex((l) => l.startsWith('Đơn vị của tôi — UBND xã Bình Phú'));
    expect(binhPhu[own + 1]).toMatch(new RegExp(`^  Thủ tục kéo xuống — Tiến độ giải quyết: «${PROCEDURE.code} · Chứng thực bản sao .*»: 34/281 hồ sơ quá hạn \\(87,9 %, cả đơn vị 88,08 %\\) — nếu đạt cả: \\+0,85 điểm$`));
    const doanHung = digestText(digestOf(storyCaptures(), { own: 'Xã Đoan Hùng' })!);
    expect(doanHung).toMatch(/^Số liệu theo thủ tục đã chụp: «2\.000815 · Chứng thực bản sao .*» — không thủ tục nào kéo đơn vị của tôi xuống\.$/m);
  });
});

describe('what drags a unit with every group', () => {
  const seenAll = (edit?: (endpoint: string, body: unknown) => void): SeenResponse[] =>
    ['transparency', 'handling-satisfaction', 'dossier-digitized', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree'].map((e, i) => {
      const request = e === 'handling-satisfaction' ? { fromDate: '2026-01-01', toDate: '2026-12-31', rootDepartmentId: 'p' } : { timeType: 'year', year: 2026, rootDepartmentId: 'p' };
      const body = structuredClone(provinceView(e, request));
      edit?.(e, body);
      return { url: API + e, request, body, seq: i };
    });
  const tamSon = (seen: SeenResponse[]) => {
    const read = captureResponses(seen, { capturedAt: AT });
    if (!read.ok) throw new Error(read.error.message);
    return read.snapshots.find((s) => s.unit.name === 'UBND xã Tam Sơn - Tỉnh Phú Thọ')!;
  };
  const today = tamSon(seenAll());
  // The day before, its sync metric was 0,4 higher.
  const yesterday = tamSon(seenAll((e, body) => {
    if (e !== 'transparency') return;
    const row = (body as { data: { evaluation: { departmentName: string; metrics: { code: string; score: number }[] }[] } }).data.evaluation.find((r) => r.departmentName.startsWith('UBND xã Tam Sơn'))!;
    row.metrics.find((m) => m.code === 'DOSSIER_SYNC')!.score += 0.4;
  }));

  it('ranks a fall first, then the largest shortfalls, each with what it would take', () => {
    const drags = dragsOf(today, yesterday);
    expect(drags[0]!.label).toBe('Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG');
    expect(dragLine(drags[0]!)).toMatch(/^Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG \(Công khai, minh bạch\): 5,54\/6, giảm 0,4 so với lần chụp trước — /);
    const shortfalls = drags.slice(1).map((d) => d.shortfall);
    expect(shortfalls).toEqual([...shortfalls].sort((a, b) => b - a));
    const original = drags.find((d) => d.label === 'Tỷ lệ hồ sơ cấp kết quả điện tử')!;
    // What reaches full points, of what and out of how many — not a step of 0,2 beside a shortfall of 4,8.
    expect(original.takes).toEqual(['thêm 240 hồ sơ có kết quả điện tử trong tổng 300 hồ sơ để đạt 100 % (60/300 → 300/300): +4,8 điểm']);
    // Satisfaction is full at 90 %: 80 of 100 ratings need 10 more.
    expect(drags.find((d) => d.label === 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC')!.takes).toEqual(['thêm 10 đánh giá hài lòng trong tổng 100 đánh giá tiếp nhận, giải quyết TTHC để đạt 90 % (80/100 → 90/100): +0,67 điểm']);
    // A metric without data is all shortfall, with nothing to compute.
    expect(drags.find((d) => d.label === 'Tỷ lệ kết quả đồng bộ kho dữ liệu cá nhân')).toMatchObject({ value: null, shortfall: 4, takes: [] });
    // The province publishes the procedures (the model declares it; one unit alone cannot show it): no drag of Tam Sơn.
    expect(drags.filter((d) => ['CKMB_CONG_BO_DUNG_HAN', 'CKMB_CAP_NHAT_DUNG_HAN', 'CKMB_DAY_DU_BO_PHAN'].includes(d.code))).toEqual([]);
  });

  it('says the province’s work of one unit alone as the model declares it, not as figures the same everywhere', () => {
    const work = provinceMetrics([today]).filter((m) => m.kind !== 'no-figures');
    expect(work.map((m) => [m.code, m.kind])).toEqual([['CKMB_CONG_BO_DUNG_HAN', 'declared'], ['CKMB_CAP_NHAT_DUNG_HAN', 'declared'], ['CKMB_DAY_DU_BO_PHAN', 'declared']]);
    expect(provinceWorkLine(work)).toMatch(/^Việc của tỉnh \(«Công khai, minh bạch»; tỉnh thực hiện, xã và sở không tự nâng được\): «Tỷ lệ TTHC công bố đúng hạn» 40\/50 \(mất 1,2 điểm\)/);
  });

  it('gives every group the unit can move an action of what and out of how many, from the model’s words', () => {
    const drags = dragsOf(today);
    // Every drag with figures has one; the groups without a formula that explains the portal's score say the counts alone.
    expect(drags.filter((d) => d.value !== null && d.takes.length === 0).map((d) => d.label)).toEqual([]);
    expect([...new Set(drags.filter((d) => d.value !== null).map((d) => d.group))].sort()).toEqual(['Công khai, minh bạch', 'Dịch vụ công trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ', 'Thanh toán trực tuyến', 'Tiến độ giải quyết']);
    expect(drags.find((d) => d.code === 'CLGQ')!.takes).toEqual(['thêm TTHC trực tuyến toàn trình: đang 40 trong tổng 120 TTHC thuộc thẩm quyền, còn 80 TTHC chưa trực tuyến toàn trình (chưa rõ Cổng tính điểm thế nào, chưa ước được số điểm)']);
    expect(drags.find((d) => d.code === 'TDGQ')!.takes).toEqual(['thêm 32 hồ sơ giải quyết đúng hạn mới (đang 105 trong tổng 110 hồ sơ tiếp nhận): +0,2 điểm']);
  });
});

describe('Thanh toán trực tuyến in Phú Thọ’s real payment tree', () => {
  const saved = JSON.parse(readFileSync(new URL('../fixtures/real/portal/formality-online-payment-tree-phu-tho-2026.json', import.meta.url), 'utf8')) as unknown;
  const read = captureResponses([{ url: `${API}formality-online-payment-tree`, request: { timeType: 'year', year: 2026, rootDepartmentId: 'p' }, body: saved }], { capturedAt: AT });
  if (!read.ok) throw new Error(read.error.message);
  const unit = (name: string) => read.snapshots.find((s) => s.unit.name === name)!;

  it('tells a unit with dossiers unpaid online how many of how many would bring full points, and what each is worth', () => {
    const s = unit('UBND xã Bản Nguyên');
    const own = s.indicators.find((i) => i.code === 'TTTT')!;
    const [paid, owed] = [own.numerator!, own.denominator!];
    expect(paid).toBeLessThan(owed);
    const [drag] = dragsOf(s);
    // 6A: each dossier paid online of those with a fee is worth 6 ÷ owed; B and C count procedures and stay.
    const gain = Math.round((600 * (owed - paid)) / owed) / 100;
    expect(drag!.takes).toEqual([`thêm ${formatNumberVi(owed - paid)} hồ sơ thanh toán trực tuyến trong tổng ${formatNumberVi(owed)} hồ sơ có phí, lệ phí để đạt 100 % (${formatNumberVi(paid)}/${formatNumberVi(owed)} → ${formatNumberVi(owed)}/${formatNumberVi(owed)}): +${formatNumberVi(gain)} điểm`]);
  });

  it('tells the provincial office with no dossier with a fee what would start the count', () => {
    const [drag] = dragsOf(unit('Văn phòng UBND Tỉnh - Tỉnh Phú Thọ'));
    expect(dragLine(drag!)).toBe('Thanh toán trực tuyến: 0/10 — chưa có hồ sơ có phí, lệ phí nào trong kỳ (mẫu số 0): hồ sơ thanh toán trực tuyến đầu tiên sẽ bắt đầu tính điểm (đang mất 10 điểm)');
  });

  it('says what would start the count of a rate over no dossiers, and what it costs (Phú Thọ’s provincial office)', () => {
    const office = storyCaptures().at(-1)!.snapshots.find((s) => s.unit.name.startsWith('Văn phòng UBND Tỉnh'))!;
    const [drag] = dragsOf(office);
    expect(dragLine(drag!)).toBe('Tiến độ giải quyết: 0/20 — chưa có hồ sơ tiếp nhận nào trong kỳ (mẫu số 0): hồ sơ giải quyết đúng hạn đầu tiên sẽ bắt đầu tính điểm (đang mất 20 điểm)');
  });
});
