import { describe, expect, it } from 'vitest';
import type { CouncilDecision } from '../../core/council/decision.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { proposeAwards } from '../../core/ranking/awards.js';
import { heldElsewhereLines } from '../../core/ranking/held-elsewhere.js';
import { criteriaSetToGrid, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { AwardProposal } from '../../core/ranking/schema.js';
import { score } from '../../core/checks/run.js';
import type { ScoreOptions } from '../../core/scoring/score-card.js';
import { criterion, makeReport, makeSet } from '../helpers/make-report.js';

const criteria = [
  criterion({ code: 'CQS-01', measure: 'percent', rule: { kind: 'ratio' }, target: { comparator: '>=', value: 100 }, maxPoints: 90 }),
  criterion({ code: 'CQS-02', measure: 'yes_no', rule: { kind: 'yes_no' }, maxPoints: 10 }),
];

const setWith = (forms: CriteriaSet['awards']['forms'], extra: Partial<CriteriaSet> = {}): CriteriaSet =>
  ({ ...makeSet({ criteria }), ...extra, awards: { forms, tieBreaks: ['percent', 'total', 'name'] } });

/** A unit scoring `percent` on CQS-01 (of 90 points) and yes/no on the gate CQS-02. */
const card = (set: CriteriaSet, name: string, kind: string, percent: number, gate = 'Có', opts: ScoreOptions = {}) =>
  score(set, makeReport({ sheet: name, unitName: name, unitKind: kind, rows: [['CQS-01', `${percent}%`], ['CQS-02', gate]] }), opts);

const form = (id: string, label: string, minClassification: string, quotas: { subject: string; max: number }[], gateCriteria = ['CQS-02']) => ({
  id,
  label,
  level: 'xa' as const,
  round: 'hang-nam' as const,
  minClassification,
  gateCriteria,
  quotas,
  source: '',
});

describe('proposeAwards', () => {
  it('fills the quota in ranking order and says why each unit is or is not proposed', () => {
    const set = setWith([form('gk', 'Giấy khen', 'tot', [{ subject: 'collective', max: 2 }])]);
    const cards = [
      card(set, 'Thôn A', 'Thôn', 100), // 100%
      card(set, 'Thôn B', 'Thôn', 90), // 91%
      card(set, 'Văn phòng', 'Cơ quan', 95), // 95.5%
      card(set, 'Thôn D', 'Thôn', 50, 'Không'), // 45%
      card(set, 'Ông E', 'Cá nhân', 100), // individual: no quota covers him, though first by points
    ];
    const proposals = proposeAwards(set, cards);
    expect(proposals.every((p) => AwardProposal.safeParse(p).success)).toBe(true);
    expect(proposals.map((p) => [p.unitName, p.proposed, p.reason])).toEqual([
      ['Thôn A', true, 'Đề xuất: Xuất sắc 100%, đạt 1/1 tiêu chí bắt buộc, hạng 1 — trong chỉ tiêu 2 tập thể'],
      ['Văn phòng', true, 'Đề xuất: Xuất sắc 95,5%, đạt 1/1 tiêu chí bắt buộc, hạng 2 — trong chỉ tiêu 2 tập thể'],
      ['Thôn B', false, 'Không đề xuất: ngoài chỉ tiêu (hạng 3, chỉ tiêu 2)'],
      ['Thôn D', false, 'Không đề xuất: xếp loại Chưa đạt (45%) thấp hơn mức tối thiểu Tốt; chưa đạt tiêu chí bắt buộc CQS-02'],
      // «Xét khen thưởng» lists every unit for every form: one the plan gives no place says so, after the ranked.
      ['Ông E', false, 'Không đề xuất: kế hoạch chỉ nêu chỉ tiêu «tập thể: 2» (cột «Chỉ tiêu», trang «Tiêu chí»), không có chỉ tiêu cho cá nhân'],
    ]);
    expect(proposals.at(-1)).toMatchObject({ proposed: false, eligible: false });
    expect(proposals[0]).toMatchObject({ form: 'gk', formLabel: 'Giấy khen', sheet: 'Thôn A', unitKind: 'thon' });
  });

  it('gives a unit at most one form, the highest it reaches; others go on to the next form', () => {
    const set = setWith([
      form('bk', 'Bằng khen UBND tỉnh', 'xuat-sac', [{ subject: 'all', max: 1 }]),
      form('gk', 'Giấy khen Chủ tịch UBND xã', 'dat', [{ subject: 'all', max: 5 }]),
    ]);
    const cards = [card(set, 'Thôn A', 'Thôn', 100), card(set, 'Thôn B', 'Thôn', 100, 'Có'), card(set, 'Thôn C', 'Thôn', 60)];
    const rows = proposeAwards(set, cards).map((p) => [p.form, p.unitName, p.proposed]);
    expect(rows).toEqual([
      ['bk', 'Thôn A', true],
      ['bk', 'Thôn B', false], // equal to A until the name: out of the quota of one
      ['bk', 'Thôn C', false],
      ['gk', 'Thôn B', true],
      ['gk', 'Thôn C', true],
    ]);
  });

  it('lists the holder of a form for the form it also gives («Đồng thời tặng»), within or beyond that quota as the set says, and marks the other holders who reach it', () => {
    const forms = (withinQuota: boolean) => [
      { ...form('cstd', 'Chiến sĩ thi đua cơ sở', 'xuat-sac', [{ subject: 'all', max: 1 }]), alsoGives: { form: 'ldtt', withinQuota } },
      form('gk', 'Giấy khen', 'xuat-sac', [{ subject: 'all', max: 1 }]),
      form('ldtt', 'Lao động tiên tiến', 'tot', [{ subject: 'all', max: 2 }]),
    ];
    // 100 %, 95,5 %, 91 %, 82 %: A → cstd, B → gk, then C, D for ldtt.
    const rows = (withinQuota: boolean) => {
      const set = setWith(forms(withinQuota));
      const cards = [card(set, 'Ông A', 'Cá nhân', 100), card(set, 'Ông B', 'Cá nhân', 95), card(set, 'Ông C', 'Cá nhân', 90), card(set, 'Ông D', 'Cá nhân', 80)];
      return proposeAwards(set, cards).filter((p) => p.proposed).map((p) => [p.form, p.unitName, p.alsoReaches ?? []]);
    };
    // Within: A takes one of ldtt's two places, C the other; D out. B (gk, which gives nothing) is not listed for ldtt.
    expect(rows(true)).toEqual([['cstd', 'Ông A', []], ['gk', 'Ông B', []], ['ldtt', 'Ông A', []], ['ldtt', 'Ông C', []]]);
    // Beyond: A listed outside the quota, C and D within it.
    expect(rows(false)).toEqual([['cstd', 'Ông A', []], ['gk', 'Ông B', []], ['ldtt', 'Ông A', []], ['ldtt', 'Ông C', []], ['ldtt', 'Ông D', []]]);
    const set = setWith(forms(false));
    const a = proposeAwards(set, [card(set, 'Ông A', 'Cá nhân', 100)]).find((p) => p.form === 'ldtt')!;
    expect(a.reason).toBe('Đề xuất: Xuất sắc 100%, đạt 1/1 tiêu chí bắt buộc; đã được đề nghị Chiến sĩ thi đua cơ sở, bộ tiêu chí ghi «Đồng thời tặng» Lao động tiên tiến (ngoài chỉ tiêu)');
  });

  it('writes «Đồng thời tặng» on the «Tiêu chí» sheet and reads it back, beyond the quota as written', () => {
    const set = setWith([
      { ...form('cstd', 'Chiến sĩ thi đua cơ sở', 'xuat-sac', [{ subject: 'all', max: 1 }], []), alsoGives: { form: 'ldtt', withinQuota: false } },
      form('ldtt', 'Lao động tiên tiến', 'tot', [], []),
    ]);
    const read = readCriteriaSheet({ name: 'Tiêu chí', values: criteriaSetToGrid(set) }, { fileName: 'bo.xlsx' });
    expect(read.ok ? read.set.awards.forms.map((f) => f.alsoGives) : read).toEqual([{ form: 'ldtt', withinQuota: false }, undefined]);
  });

  it('says in one sentence who reaches a form with no number but is listed for another, as the score lines and the papers print it', () => {
    const set = setWith([form('cstd', 'Chiến sĩ thi đua cơ sở', 'xuat-sac', [{ subject: 'all', max: 1 }]), form('ldtt', 'Lao động tiên tiến', 'tot', [])]);
    const cards = [card(set, 'Ông A', 'Cá nhân', 100), card(set, 'Ông C', 'Cá nhân', 90)];
    const proposals = proposeAwards(set, cards);
    expect(proposals.filter((p) => p.proposed || p.eligible).map((p) => [p.form, p.unitName, p.alsoReaches])).toEqual([['cstd', 'Ông A', ['ldtt']], ['ldtt', 'Ông C', undefined]]);
    expect(heldElsewhereLines(set.awards.forms, proposals.map((p) => ({ unitName: p.unitName, collective: false, proposals: [p] })))).toEqual([
      '01 cá nhân đạt mức Lao động tiên tiến được đề nghị hình thức khác, không ghi trong danh sách Lao động tiên tiến: Chiến sĩ thi đua cơ sở — Ông A; nếu quy định xét cả hai danh hiệu, ghi ở cột «Đồng thời tặng» của trang «Tiêu chí»',
    ]);
  });

  it('counts quotas per subject: collectives and individuals separately', () => {
    const set = setWith([form('gd1', 'Tổng kết giai đoạn I', 'dat', [{ subject: 'collective', max: 1 }, { subject: 'individual', max: 1 }])]);
    const cards = [card(set, 'Thôn A', 'Thôn', 80), card(set, 'Thôn B', 'Thôn', 90), card(set, 'Ông C', 'Cá nhân', 70)];
    expect(proposeAwards(set, cards).map((p) => [p.unitName, p.proposed, p.reason.split(' — ')[1] ?? ''])).toEqual([
      ['Thôn B', true, 'trong chỉ tiêu 1 tập thể'],
      ['Thôn A', false, ''],
      ['Ông C', true, 'trong chỉ tiêu 1 cá nhân'],
    ]);
  });

  // The unit of another kind has no place, and its row says so by its own kind: «tập thể» would be untrue of a Thôn.
  it('a quota for one kind gives other kinds no place in that form, each row saying so', () => {
    const set = setWith([form('gk', 'Giấy khen', 'dat', [{ subject: 'co-quan', max: 3 }])]);
    const rows = proposeAwards(set, [card(set, 'Thôn A', 'Thôn', 100), card(set, 'Văn phòng', 'Cơ quan', 80)]);
    expect(rows.map((p) => [p.unitName, p.proposed, p.eligible, p.reason])).toEqual([
      ['Văn phòng', true, false, 'Đề xuất: Tốt 82%, đạt 1/1 tiêu chí bắt buộc, hạng 1 — trong chỉ tiêu 3 Cơ quan'],
      ['Thôn A', false, false, 'Không đề xuất: kế hoạch chỉ nêu chỉ tiêu «Cơ quan: 3» (cột «Chỉ tiêu», trang «Tiêu chí»), không có chỉ tiêu cho Thôn'],
    ]);
  });

  it('leaves units tied at the edge of the quota to the council', () => {
    const set = { ...setWith([form('gk', 'Giấy khen', 'dat', [{ subject: 'all', max: 2 }])]), awards: { forms: [form('gk', 'Giấy khen', 'dat', [{ subject: 'all', max: 2 }])], tieBreaks: ['percent' as const] } };
    const cards = [card(set, 'Thôn A', 'Thôn', 100), card(set, 'Thôn B', 'Thôn', 80), card(set, 'Thôn C', 'Thôn', 80)];
    expect(proposeAwards(set, cards).map((p) => [p.unitName, p.proposed, p.reason])).toEqual([
      ['Thôn A', true, 'Đề xuất: Xuất sắc 100%, đạt 1/1 tiêu chí bắt buộc, hạng 1 — trong chỉ tiêu 2 đơn vị'],
      ['Thôn B', false, 'Không đề xuất: đồng hạng 2 với 1 đơn vị khác, vượt chỉ tiêu 2 — Hội đồng xem xét'],
      ['Thôn C', false, 'Không đề xuất: đồng hạng 2 với 1 đơn vị khác, vượt chỉ tiêu 2 — Hội đồng xem xét'],
    ]);
  });

  it('a form whose plan gives no number is never proposed: qualifying units are listed for the council', () => {
    const set = setWith([{ ...form('gk', 'Giấy khen', 'dat', [], []), source: 'KH mục III.3' }]);
    const rows = proposeAwards(set, [card(set, 'Thôn A', 'Thôn', 100), card(set, 'Ông B', 'Cá nhân', 60), card(set, 'Thôn C', 'Thôn', 10)]);
    expect(rows.map((p) => [p.unitName, p.proposed, p.eligible, p.reason])).toEqual([
      ['Thôn A', false, true, 'Đủ điều kiện: Xuất sắc 100% — kế hoạch không nêu số lượng (KH mục III.3), Hội đồng quyết định'],
      ['Ông B', false, true, 'Đủ điều kiện: Đạt 64% — kế hoạch không nêu số lượng (KH mục III.3), Hội đồng quyết định'],
      ['Thôn C', false, false, 'Không đủ điều kiện: xếp loại Chưa đạt (19%) thấp hơn mức tối thiểu Đạt'],
    ]);
  });

  it('tries forms highest level first whatever order the set lists them', () => {
    const set = setWith([
      form('gk', 'Giấy khen Chủ tịch UBND xã', 'tot', [{ subject: 'all', max: 5 }]),
      { ...form('bk', 'Bằng khen UBND tỉnh', 'xuat-sac', [{ subject: 'all', max: 1 }]), level: 'tinh' as const },
    ]);
    const rows = proposeAwards(set, [card(set, 'Thôn A', 'Thôn', 100), card(set, 'Thôn B', 'Thôn', 95)]).filter((p) => p.proposed);
    expect(rows.map((p) => [p.form, p.unitName])).toEqual([
      ['bk', 'Thôn A'],
      ['gk', 'Thôn B'],
    ]);
  });

  it('applies only the chosen round and drops district forms after 1 July 2025', () => {
    const forms = [
      { ...form('bk-nam', 'Bằng khen hằng năm', 'xuat-sac', [{ subject: 'all', max: 1 }]), level: 'tinh' as const },
      { ...form('bk-so-ket', 'Bằng khen sơ kết', 'xuat-sac', [{ subject: 'all', max: 2 }]), level: 'tinh' as const, round: 'so-ket' as const },
      { ...form('gk-huyen', 'Giấy khen huyện', 'tot', [{ subject: 'all', max: 5 }]), level: 'huyen' as const },
    ];
    const cards = (set: CriteriaSet) => [card(set, 'Thôn A', 'Thôn', 100), card(set, 'Thôn B', 'Thôn', 95), card(set, 'Thôn C', 'Thôn', 92)];
    const before = setWith(forms, { period: { from: '2024-01-01', to: '2024-12-31', label: 'Năm 2024' } });
    expect(new Set(proposeAwards(before, cards(before)).map((p) => p.form))).toEqual(new Set(['bk-nam', 'gk-huyen']));
    expect(new Set(proposeAwards(before, cards(before), { round: 'so-ket' }).map((p) => p.form))).toEqual(new Set(['bk-so-ket']));
    const after = setWith(forms, { period: { from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025' } });
    expect(new Set(proposeAwards(after, cards(after)).map((p) => p.form))).toEqual(new Set(['bk-nam']));
  });

  describe('council', () => {
    const reject: CouncilDecision = { sheet: 'Thôn A', unitName: 'Thôn A', flagCode: 'ratio-mismatch', criterion: 'CQS-01', decision: 'reject', reviewer: 'Hội đồng', date: '2025-11-20', comment: '' };

    it("excludes a unit whose figure was rejected under 'exclude_from_awards'", () => {
      const set = setWith([form('gk', 'Giấy khen', 'dat', [{ subject: 'all', max: 5 }])], { council: { onRejectedFigure: 'exclude_from_awards' } });
      const cards = [card(set, 'Thôn A', 'Thôn', 100, 'Có', { decisions: [reject] }), card(set, 'Thôn B', 'Thôn', 80)];
      expect(proposeAwards(set, cards, { decisions: [reject] }).map((p) => [p.unitName, p.proposed, p.reason])).toEqual([
        ['Thôn A', false, 'Không đề xuất: Hội đồng bác số liệu tiêu chí «Tiêu chí CQS-01»'],
        ['Thôn B', true, 'Đề xuất: Tốt 82%, đạt 1/1 tiêu chí bắt buộc, hạng 1 — trong chỉ tiêu 5 đơn vị'],
      ]);
    });

    it("under 'withdraw_points' the rejection only costs the points", () => {
      const set = setWith([form('gk', 'Giấy khen', 'dat', [{ subject: 'all', max: 5 }])]);
      const a = card(set, 'Thôn A', 'Thôn', 100, 'Có', { decisions: [reject] });
      expect(a.percent).toBe(10);
      expect(proposeAwards(set, [a], { decisions: [reject] })[0]!.reason).toBe('Không đề xuất: xếp loại Chưa đạt (10%) thấp hơn mức tối thiểu Đạt');
    });

    it('mentions error flags the council has not decided, without excluding the unit', () => {
      const set = setWith([form('gk', 'Giấy khen', 'dat', [{ subject: 'all', max: 5 }])]);
      const messy = score(set, makeReport({ sheet: 'Thôn A', unitName: 'Thôn A', unitKind: 'Thôn', rows: [{ code: 'CQS-01', numerator: 60, denominator: 50 }, ['CQS-02', 'Có']] }));
      const [open] = proposeAwards(set, [messy]);
      expect(open).toMatchObject({ proposed: true });
      expect(open!.reason).toMatch(/; lưu ý \(không chặn đề xuất\): còn 1 cảnh báo lỗi chưa được Hội đồng xem xét$/);
      const accepted: CouncilDecision = { sheet: 'Thôn A', unitName: 'Thôn A', flagCode: 'numerator-exceeds-denominator', cell: 'D9', decision: 'accept', reviewer: '', date: '', comment: '' };
      expect(proposeAwards(set, [messy], { decisions: [accepted] })[0]!.reason).not.toContain('cảnh báo lỗi');
    });
  });
});

describe('a report that names no unit', () => {
  it('is listed by its sheet and never proposed, the reason said: no one to write on the certificate', () => {
    const set = setWith([form('gk', 'Giấy khen', 'tot', [{ subject: 'collective', max: 2 }])]);
    const nameless = score(set, makeReport({ sheet: 'Bản Hua Ca', unitKind: 'Thôn', rows: [['CQS-01', '100%'], ['CQS-02', 'Có']] }));
    expect(nameless.unitName).toBe('(chưa ghi tên đơn vị — trang «Bản Hua Ca»)');
    const [row] = proposeAwards(set, [nameless, card(set, 'Thôn B', 'Thôn', 90)]).filter((p) => p.sheet === 'Bản Hua Ca');
    expect(row).toMatchObject({ proposed: false, eligible: false });
    expect(row!.reason).toContain('báo cáo chưa ghi tên đơn vị');
  });
});
