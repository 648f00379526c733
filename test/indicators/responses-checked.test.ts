// Responses checked like inputs (issue 35 item 7), on the portal's real transparency list: codes the response makes
// up, figures no unit can have, one id for two units, a list too long to be the portal's — each read or refused in
// plain Vietnamese, never a crash, never a figure changed, never one row kept silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notesByKind } from '../../core/indicators/capture.js';
import { IMPLAUSIBLE } from '../../core/indicators/implausible.js';
import { captureResponses, MAX_VIEW_UNITS, type SeenResponse } from '../../core/indicators/responses/index.js';
import { MAX_LIST_UNITS } from '../../core/indicators/responses/shared.js';
import { AT, failed, ok } from './load.js';
import { API, progressChild, progressTree, request, shapeA } from '../../scripts/harness/responses-766.js';

const real = () => JSON.parse(readFileSync(new URL('../fixtures/real/portal/transparency-phu-tho-2026-trimmed.json', import.meta.url), 'utf8')) as {
  data: { overview: Record<string, unknown>; evaluation: { departmentId: string; departmentName: string; totalScore: number; metrics: Record<string, unknown>[] }[] };
};
const seen = (endpoint: string, body: unknown, req: unknown = request()): SeenResponse => ({ url: API + endpoint, request: req, body });

describe('codes the response makes up are codes, never properties of an object', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a metric, a tag, a group coded «%s»: every unit still read, the metric by its name or its own code', (code) => {
    const doc = real();
    for (const u of doc.data.evaluation) {
      u.metrics[0]!.code = code; // a metric thidua knows by its name
      u.metrics[1]!.code = code;
      u.metrics[1]!.name = 'Chỉ số mới của Cổng'; // one it does not: kept under the group and the portal's code
    }
    doc.data.overview.departmentType = code;
    const r = ok(captureResponses([seen('transparency', doc)], { capturedAt: AT }));
    expect(r.snapshots).toHaveLength(11);
    const codes = r.snapshots[1]!.indicators.map((i) => [i.code, i.value]);
    expect(codes).toContainEqual(['CKMB_CONG_BO_DUNG_HAN', 0]);
    expect(codes).toContainEqual([`CKMB_${code}`, 0]);
    expect(r.snapshots[0]!.unit.level).toBe('province');
  });
});

describe('figures no unit can have are kept as the portal gave them and said, with the unit and the field', () => {
  const doc = real();
  const [office, zone, , , phuong] = doc.data.evaluation;
  office!.totalScore = 25; // of 18
  zone!.metrics[3]!.numerator = 2260; // twice its denominator 1130
  phuong!.metrics[2]!.numerator = -3;
  const r = ok(captureResponses([seen('transparency', doc)], { capturedAt: AT }));
  const notes = notesByKind(r.warnings);

  it('keeps each figure as it came', () => {
    expect(r.snapshots[1]!.indicators.find((i) => i.code === 'CKMB')).toMatchObject({ value: 25, max: 18 });
    expect(r.snapshots[2]!.indicators.find((i) => i.code === 'CKMB_DONG_BO_DVCQG')).toMatchObject({ numerator: 2260, denominator: 1130, value: 6 });
  });

  it('names the unit, the figure and its numbers, once per kind of fault', () => {
    expect(r.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([
      `Văn phòng UBND Tỉnh - Tỉnh Phú Thọ: «Công khai, minh bạch» ghi 25 điểm, tối đa 18 — ${IMPLAUSIBLE.aboveMax}`,
      `Ban quản lý các khu công nghiệp - Tỉnh Phú Thọ: «Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG»: tử số 2.260 lớn hơn mẫu số 1.130 — ${IMPLAUSIBLE.aboveDenominator}`,
      `UBND Phường Việt Trì: «Tỷ lệ TTHC công khai đầy đủ nội dung»: tử số -3 — ${IMPLAUSIBLE.negative}`,
    ]));
    for (const kind of [IMPLAUSIBLE.aboveMax, IMPLAUSIBLE.aboveDenominator, IMPLAUSIBLE.negative]) {
      expect(notes.filter((n) => n.text === kind)).toHaveLength(1);
    }
    expect(notes.find((n) => n.text === IMPLAUSIBLE.aboveMax)!.units).toEqual(['Văn phòng UBND Tỉnh - Tỉnh Phú Thọ']);
  });

  it('a count below zero in a tree response, and a rate above 100 %', () => {
    const t = ok(captureResponses([seen('dvc-progress-tree', progressTree(2, (i) => ({ ...progressChild(i), ...(i === 0 ? { totalOverdue: -4, ratio: 140 } : {}) })))], { capturedAt: AT }));
    expect(t.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([
      `UBND xã Tam Sơn - Tỉnh Phú Thọ: «Hồ sơ xử lý quá hạn» ghi -4 — ${IMPLAUSIBLE.negative}`,
      `UBND xã Tam Sơn - Tỉnh Phú Thọ: «Tỷ lệ hồ sơ xử lý đúng hạn» ghi 140% — ${IMPLAUSIBLE.aboveHundred}`,
    ]));
  });
});

describe('one unit id, two units', () => {
  it('two names under one id are both kept, not merged, and said', () => {
    const doc = real();
    doc.data.evaluation[6]!.departmentId = doc.data.evaluation[5]!.departmentId;
    const r = ok(captureResponses([seen('transparency', doc)], { capturedAt: AT }));
    expect(r.snapshots.map((s) => s.unit.name)).toContain('UBND Phường Thanh Miếu');
    expect(r.snapshots).toHaveLength(11);
    expect(r.warnings.map((w) => w.message)).toContain(
      `Cổng ghi cùng mã đơn vị ${doc.data.evaluation[5]!.departmentId} cho hai đơn vị khác tên: «UBND Phường Nông Trang» và «UBND Phường Thanh Miếu» — giữ cả hai, không gộp số liệu; cần đối chiếu lại trên cổng.`,
    );
  });

  it('one unit listed twice with different figures keeps the first row and says which figures differ', () => {
    const doc = real();
    doc.data.evaluation.push({ ...doc.data.evaluation[4]!, totalScore: 5.5 });
    const r = ok(captureResponses([seen('transparency', doc)], { capturedAt: AT }));
    expect(r.snapshots.filter((s) => s.unit.name === 'UBND Phường Việt Trì')).toHaveLength(1);
    expect(r.snapshots.find((s) => s.unit.name === 'UBND Phường Việt Trì')!.indicators[0]!.value).toBe(7.96);
    expect(r.warnings.map((w) => w.message)).toContain(
      '«UBND Phường Việt Trì» có hai dòng khác số liệu trong cùng danh sách «Công khai, minh bạch» (Công khai, minh bạch: 7,96 / 5,5) — giữ dòng đầu; cần đối chiếu lại trên cổng.',
    );
  });
});

describe('a response too large to be the portal\'s is refused in plain words, before it is read', () => {
  it(`a list of more than ${MAX_LIST_UNITS} units`, () => {
    const r = failed(captureResponses([seen('dvc-progress-tree', progressTree(200_000))], { capturedAt: AT }));
    expect(r.error.message).toBe('Phản hồi «dvc-progress-tree» có 200.000 đơn vị trong data.children — quá 5.000 đơn vị một danh sách (một tỉnh có vài trăm): không đọc, để máy không bị treo. Tệp này không phải phản hồi của trang 766 như cổng gửi.');
  });

  it(`more than ${MAX_VIEW_UNITS} units across the pages of one view`, () => {
    const pages = Array.from({ length: 3 }, (_, k) => seen('transparency', shapeA(12_000, k + 1, 4_000), request({ currentPage: k + 1, pageSize: 4_000 })));
    const r = failed(captureResponses(pages, { capturedAt: AT }));
    expect(r.error.message).toMatch(/^Các phản hồi của kỳ, tỉnh đang xem có hơn 10\.000 dòng đơn vị/);
  });
});
