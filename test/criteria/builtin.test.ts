// The built-in criteria sets against the five plans: every target of TARGETS.md is a criterion with the plan's
// comparator and value, every criterion cites its plan and clause, references resolve, quotas are the plan's.
import { describe, expect, it } from 'vitest';
import { builtinSets, findBuiltin } from '../../core/criteria/builtin/index.js';
import { checkCriteriaSet } from '../../core/criteria/check-set.js';
import { type Comparator, type CriteriaSet, type Criterion, CriteriaSet as CriteriaSetSchema } from '../../core/criteria/schema.js';
import { indicatorDefinition } from '../../core/indicators/codes.js';
import { normalizeLabel } from '../../core/text.js';

function set(id: string): CriteriaSet {
  const found = findBuiltin(id);
  if (!found) throw new Error(`no built-in set ${id}`);
  return found;
}

const bySet = builtinSets().map((s) => [s.id, s] as const);

describe.each(bySet)('%s', (_id, s) => {
  it('parses again after a JSON round trip, unchanged', () => {
    expect(CriteriaSetSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('has no reference problems (groups, kinds, gates, bands, quotas, dates, names)', () => {
    expect(checkCriteriaSet(s)).toEqual([]);
  });

  it('has unique criterion codes, and every group and subject kind it names exists', () => {
    const codes = s.criteria.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const groups = new Set(s.groups.map((g) => g.id));
    const kinds = new Set(s.subjectKinds.map((k) => k.id));
    for (const c of s.criteria) {
      expect(groups, c.code).toContain(c.group);
      for (const k of c.appliesTo) expect(kinds, c.code).toContain(k);
    }
  });

  it('has gate criteria that exist and have a target to meet', () => {
    const byCode = new Map(s.criteria.map((c) => [c.code, c]));
    for (const form of s.awards.forms) {
      for (const code of form.gateCriteria) expect(byCode.get(code)?.target, `${form.id} → ${code}`).toBeDefined();
    }
  });

  it('lists classification bands best first, down to 0%, and says they are configurable', () => {
    const mins = s.classification.map((b) => b.minPercent);
    expect(mins).toEqual([...mins].sort((a, b) => b - a));
    expect(mins.at(-1)).toBe(0);
    expect(s.notes).toContain('cán bộ điều chỉnh được');
  });

  it('gives every criterion a Vietnamese title and a unit of measure', () => {
    for (const c of s.criteria) {
      expect(c.title.length, c.code).toBeGreaterThan(10);
      expect(c.unit, c.code).not.toBe('');
    }
  });
});

/** What every criterion's source must name: the plan, then a clause. */
const SOURCES: Record<string, RegExp> = {
  'ta-ma-2025': /^KH Ta Ma 6\/2023, mục (III\.2\.2\.1\.[a-d]|IV\.\d(\.[a-b]|\.\d)?)/,
  'ta-ma-2030': /^KH Ta Ma 6\/2023, mục (III\.2\.2\.2\.[a-d]|IV\.\d(\.[a-b]|\.\d)?)/,
  'tan-quang-2025': /^KH Tân Quang 8\/2023, mục (II\.4\.[a-c]|III\.[12](\.[ab])?)$/,
  'cat-ne-2024': /^KH Cát Nê 2024, mục (III, chỉ tiêu (10|[1-9])|II\.4, nội dung [1-6])$/,
  'luc-ba-2024': /^KH Lục Ba 100\/KH-UBND, mục II\.3\.[a-h]/,
  'tan-linh-2025': /^KH Tân Linh 2025, mục II\.3\.(10|[1-9])/,
  'qd766-xa': /^QĐ 766\/QĐ-TTg ngày 23\/6\/2022, nhóm «[^»]+» \((CKMB|TDGQ|CLGQ|TTTT|MDHL|MDSH)\)/,
};

describe('sources', () => {
  it.each(bySet)('%s: every criterion cites its plan and a clause', (id, s) => {
    for (const c of s.criteria) expect(c.source, c.code).toMatch(SOURCES[id]!);
  });

  it.each(bySet)('%s: every award form cites its plan', (id, s) => {
    const plan = SOURCES[id]!.source.split(',')[0]!.replace(/^\^/, '').replace(/\\/g, '');
    for (const form of s.awards.forms) expect(form.source, form.id).toContain(plan);
  });
});

// ---- TARGETS.md, encoded: one row per target; `keyword` picks the criterion among those citing the clause.
type Row =
  | { clause: string; keyword: string; target: [Comparator, number] } // a rate or a count
  | { clause: string; keyword: string; kind: 'y/n' | 'q' };

const TARGETS: Record<string, Row[]> = {
  'ta-ma-2025': [
    { clause: 'III.2.2.1.a', keyword: 'trung tâm dân cư', target: ['>=', 50] },
    { clause: 'III.2.2.1.a', keyword: 'hộ gia đình', target: ['>', 40] },
    { clause: 'III.2.2.1.a', keyword: '4G/5G', kind: 'y/n' },
    { clause: 'III.2.2.1.a', keyword: 'điện thoại di động thông minh', target: ['>', 40] },
    { clause: 'III.2.2.1.b', keyword: 'văn bản điện tử', target: ['=', 100] },
    { clause: 'III.2.2.1.b', keyword: 'mức độ 4', target: ['=', 100] },
    { clause: 'III.2.2.1.b', keyword: 'hồ sơ công việc', target: ['>=', 60] },
    { clause: 'III.2.2.1.b', keyword: 'hội nghị có thể thực hiện trên môi trường mạng', target: ['=', 100] },
    { clause: 'III.2.2.1.b', keyword: 'cuộc họp 02 cấp', target: ['>', 50] },
    { clause: 'III.2.2.1.b', keyword: 'chế độ báo cáo', target: ['=', 100] },
    { clause: 'III.2.2.1.b', keyword: 'giám sát', target: ['=', 100] },
    { clause: 'III.2.2.1.b', keyword: 'kỹ năng số cơ bản', target: ['=', 100] },
    { clause: 'III.2.2.1.b', keyword: 'chuyên sâu', target: ['>=', 2] },
    { clause: 'III.2.2.1.c', keyword: 'tỷ trọng kinh tế số', target: ['>=', 10] },
    { clause: 'III.2.2.1.c', keyword: 'năng suất lao động', target: ['>', 6] },
    { clause: 'III.2.2.1.d', keyword: 'tài khoản thanh toán điện tử', target: ['>', 50] },
    { clause: 'III.2.2.1.d', keyword: 'dịch vụ thiết yếu', target: ['>', 70] },
  ],
  'ta-ma-2030': [
    { clause: 'III.2.2.2.a', keyword: 'chất lượng dịch vụ internet', kind: 'q' },
    { clause: 'III.2.2.2.a', keyword: 'cáp quang', target: ['>', 70] },
    { clause: 'III.2.2.2.a', keyword: '4G/5G', kind: 'y/n' },
    { clause: 'III.2.2.2.a', keyword: 'điện thoại di động thông minh', target: ['>', 70] },
    { clause: 'III.2.2.2.b', keyword: 'trí tuệ nhân tạo', kind: 'q' },
    { clause: 'III.2.2.2.b', keyword: 'mức độ 4', target: ['>=', 80] },
    { clause: 'III.2.2.2.b', keyword: 'dịch vụ mới dựa trên dữ liệu', target: ['>=', 30] },
    { clause: 'III.2.2.2.b', keyword: 'hồ sơ công việc', target: ['>=', 70] },
    { clause: 'III.2.2.2.b', keyword: 'mọi lúc, mọi nơi', target: ['>=', 70] },
    { clause: 'III.2.2.2.b', keyword: 'cuộc họp 02 cấp', target: ['>', 70] },
    { clause: 'III.2.2.2.b', keyword: 'giám sát', target: ['=', 100] },
    { clause: 'III.2.2.2.c', keyword: 'tỷ trọng kinh tế số', target: ['>=', 15] },
    { clause: 'III.2.2.2.c', keyword: 'năng suất lao động', target: ['>', 7] },
    { clause: 'III.2.2.2.c', keyword: 'tổng thể, toàn diện', kind: 'q' },
    { clause: 'III.2.2.2.c', keyword: 'hộ cận nghèo về thông tin', target: ['=', 0] },
    { clause: 'III.2.2.2.d', keyword: 'tài khoản thanh toán điện tử', target: ['>', 80] },
    { clause: 'III.2.2.2.d', keyword: 'tất cả các dịch vụ cơ bản', target: ['=', 100] },
  ],
  'tan-quang-2025': [
    { clause: 'II.4.a', keyword: 'toàn trình (mức độ 4)', target: ['>=', 80] },
    { clause: 'II.4.a', keyword: 'đủ điều kiện được cung cấp trực tuyến toàn trình', target: ['=', 100] },
    { clause: 'II.4.a', keyword: 'mức độ hài lòng', target: ['>=', 90] },
    { clause: 'II.4.a', keyword: 'định danh điện tử', kind: 'y/n' },
    { clause: 'II.4.a', keyword: 'hồ sơ công việc', target: ['>=', 70] },
    { clause: 'II.4.a', keyword: 'gửi nhận bằng văn bản điện tử', target: ['=', 100] },
    { clause: 'II.4.a', keyword: 'hệ thống phần mềm báo cáo', target: ['=', 100] },
    { clause: 'II.4.a', keyword: 'được số hóa', target: ['=', 100] },
    { clause: 'II.4.a', keyword: 'cơ sở dữ liệu dùng chung', kind: 'q' },
    { clause: 'II.4.a', keyword: 'hoạt động kiểm tra', target: ['>=', 50] },
    { clause: 'II.4.a', keyword: 'trực tuyến từ xa', target: ['>=', 50] },
    { clause: 'II.4.a', keyword: 'thanh toán trực tuyến', target: ['>=', 80] },
    { clause: 'II.4.a', keyword: 'chữ ký số', target: ['=', 100] },
    { clause: 'II.4.b', keyword: 'tổng sản phẩm', target: ['>=', 20] },
    { clause: 'II.4.b', keyword: 'từng ngành, lĩnh vực', target: ['>=', 10] },
    { clause: 'II.4.c', keyword: 'hộ gia đình', target: ['>', 80] },
    { clause: 'II.4.c', keyword: 'cơ quan hành chính', target: ['=', 100] },
    { clause: 'II.4.c', keyword: 'dân số trưởng thành', target: ['>', 50] },
  ],
  'cat-ne-2024': [
    { clause: 'III, chỉ tiêu 1', keyword: 'văn bản pháp luật', kind: 'y/n' },
    { clause: 'III, chỉ tiêu 2', keyword: 'hồ sơ công việc', target: ['=', 100] },
    { clause: 'III, chỉ tiêu 3', keyword: 'định danh', target: ['=', 100] },
    { clause: 'III, chỉ tiêu 4', keyword: 'hoàn toàn trực tuyến', target: ['>=', 80] },
    { clause: 'III, chỉ tiêu 5', keyword: 'ký số', target: ['=', 100] },
    { clause: 'III, chỉ tiêu 6', keyword: 'công tác báo cáo', target: ['=', 100] },
    { clause: 'III, chỉ tiêu 7', keyword: 'kỹ năng số cơ bản', target: ['=', 100] },
    { clause: 'III, chỉ tiêu 8', keyword: 'hồ sơ điện tử', kind: 'y/n' },
    { clause: 'III, chỉ tiêu 9', keyword: 'Nghị định số 42/2022/NĐ-CP', kind: 'y/n' },
    { clause: 'III, chỉ tiêu 10', keyword: 'Một cửa điện tử', target: ['=', 100] },
  ],
};

/** The source clause that marks a target (not a standard) in each set. */
const TARGET_CLAUSE: Record<string, RegExp> = {
  'ta-ma-2025': /mục III\.2\.2\.1\./,
  'ta-ma-2030': /mục III\.2\.2\.2\./,
  'tan-quang-2025': /mục II\.4\./,
  'cat-ne-2024': /mục III, chỉ tiêu/,
};

describe.each(Object.entries(TARGETS))('TARGETS.md — %s', (id, rows) => {
  const s = set(id);

  it.each(rows.map((r) => [r.clause, r.keyword, r] as const))('%s «%s» is a criterion as the plan states it', (clause, keyword, row) => {
    const matches = s.criteria.filter(
      (c) => c.source.endsWith(`mục ${clause}`) && normalizeLabel(c.title).includes(normalizeLabel(keyword)),
    );
    expect(matches.map((c) => c.code)).toHaveLength(1);
    const c = matches[0]!;
    if ('target' in row) {
      expect(c.target).toEqual({ comparator: row.target[0], value: row.target[1] });
      expect(['ratio', 'percent', 'count']).toContain(c.measure);
    } else if (row.kind === 'y/n') {
      expect([c.measure, c.target]).toEqual(['yes_no', { comparator: '=', value: 1 }]);
    } else {
      expect(c.rule.kind).toBe('manual');
    }
  });

  it('has one criterion per row and no target the plan does not set', () => {
    const found = rows.map(
      (r) => s.criteria.find((c) => c.source.endsWith(`mục ${r.clause}`) && normalizeLabel(c.title).includes(normalizeLabel(r.keyword)))?.code,
    );
    expect(new Set(found).size).toBe(rows.length);
    const targets = s.criteria.filter((c) => TARGET_CLAUSE[id]!.test(c.source)).map((c) => c.code);
    expect(targets.sort()).toEqual([...found].sort());
  });
});

// ---- Point splits.
function totalFor(s: CriteriaSet, kind: string): number {
  return s.criteria
    .filter((c: Criterion) => c.rule.kind !== 'bonus' && c.rule.kind !== 'deduction')
    .filter((c) => c.appliesTo.length === 0 || c.appliesTo.includes(kind))
    .reduce((sum, c) => sum + c.maxPoints, 0);
}

/** The totals each set's notes announce (100 per kind where the plan's structure allows). */
const TOTALS: Record<string, Record<string, number>> = {
  'ta-ma-2025': { 'ubnd-xa': 120, 'co-quan': 100, ban: 100, 'ca-nhan': 100, 'tap-the-ngoai-xa': 100, 'ca-nhan-ngoai-xa': 100 },
  'ta-ma-2030': { 'ubnd-xa': 120, 'co-quan': 100, ban: 100, 'ca-nhan': 100, 'tap-the-ngoai-xa': 100, 'ca-nhan-ngoai-xa': 100 },
  'tan-quang-2025': { 'ubnd-xa': 160, 'co-quan': 100, 'doanh-nghiep': 100, 'ca-nhan': 100 },
  'cat-ne-2024': { 'ubnd-xa': 130, 'co-quan': 90, 'ca-nhan': 40 },
  'luc-ba-2024': {
    'co-quan': 100,
    'doan-the': 100,
    'doan-thanh-nien': 100,
    'truong-hoc': 100,
    'tram-y-te': 100,
    'hoi-xa-hoi': 100,
    xom: 100,
    'ca-nhan': 100,
    'ho-gia-dinh': 100,
  },
  'tan-linh-2025': {
    'co-quan': 100,
    'mttq-doan-the': 100,
    'cong-an': 100,
    'tram-y-te': 100,
    'truong-hoc': 100,
    'ca-nhan': 100,
    'ho-gia-dinh': 100,
  },
  'qd766-xa': { 'ubnd-xa': 100 },
};

describe('point splits', () => {
  it.each(bySet)('%s: the maximum per subject kind is what the notes say', (id, s) => {
    const totals = Object.fromEntries(s.subjectKinds.map((k) => [k.id, totalFor(s, k.id)]));
    expect(totals).toEqual(TOTALS[id]);
  });

  it.each(bySet.filter(([id]) => id !== 'qd766-xa'))('%s: the notes say the split is the officer’s to adjust', (_id, s) => {
    expect(s.notes).toContain('Điểm phân bổ do cán bộ điều chỉnh cho phù hợp');
  });

  it.each(bySet)('%s: every manual criterion says its points are the officer’s to adjust', (_id, s) => {
    for (const c of s.criteria.filter((c) => c.rule.kind === 'manual')) {
      expect(c.note, c.code).toContain('Điểm phân bổ do cán bộ điều chỉnh cho phù hợp');
    }
  });

  it('Lục Ba and Tân Linh are manual throughout, one criterion per content area', () => {
    for (const id of ['luc-ba-2024', 'tan-linh-2025']) {
      expect(set(id).criteria.every((c) => c.rule.kind === 'manual' && c.measure === 'points')).toBe(true);
    }
    const lucBa = set('luc-ba-2024').criteria.filter((c) => c.group !== 'CN' && c.group !== 'HGD');
    expect(lucBa.map((c) => c.code)).toEqual(['A', 'B', 'C', 'D', 'F', 'G', 'H1', 'H2', 'H3']);
    const areas = new Set(set('tan-linh-2025').criteria.map((c) => /mục II\.3\.(\d+)/.exec(c.source)?.[1]));
    expect([...areas].map(Number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

// ---- Awards as the plans set them.
function form(id: string, formId: string) {
  const found = set(id).awards.forms.find((f) => f.id === formId);
  if (!found) throw new Error(`${id} has no award form ${formId}`);
  return found;
}

describe('award forms and quotas', () => {
  it('Ta Ma 2025: yearly at most 5 for the provincial certificate; the phase I review 5 collectives + 5 individuals', () => {
    expect(set('ta-ma-2025').awards.forms.map((f) => [f.id, f.round])).toEqual([
      ['bang-khen-tinh-hang-nam', 'hang-nam'],
      ['giay-khen-huyen', 'hang-nam'],
      ['giay-khen-xa', 'hang-nam'],
      ['bang-khen-tinh-so-ket-gd1', 'so-ket'],
    ]);
    const yearly = form('ta-ma-2025', 'bang-khen-tinh-hang-nam');
    expect([yearly.level, yearly.quotas]).toEqual(['tinh', [{ subject: 'all', max: 5 }]]);
    expect(form('ta-ma-2025', 'bang-khen-tinh-so-ket-gd1').quotas).toEqual([
      { subject: 'collective', max: 5 },
      { subject: 'individual', max: 5 },
    ]);
  });

  it('Ta Ma 2030: the phase II review 3 collectives + 10 individuals, national forms, and the yearly quota', () => {
    expect(form('ta-ma-2030', 'bang-khen-tinh-tong-ket-gd2').quotas).toEqual([
      { subject: 'collective', max: 3 },
      { subject: 'individual', max: 10 },
    ]);
    expect(form('ta-ma-2030', 'bang-khen-tinh-hang-nam').quotas).toEqual([{ subject: 'all', max: 5 }]);
    expect(form('ta-ma-2030', 'huan-chuong-lao-dong-hang-ba').level).toBe('trung-uong');
    expect(form('ta-ma-2030', 'bang-khen-thu-tuong').level).toBe('trung-uong');
  });

  it('Tân Quang: "≥ 90% of the provincial DTI points" gates every award and applies to agencies', () => {
    const dti = set('tan-quang-2025').criteria.find((c) => c.title.includes('297/QĐ-UBND'))!;
    expect([dti.target, dti.rule.kind, dti.appliesTo]).toEqual([
      { comparator: '>=', value: 90 },
      'threshold',
      ['ubnd-xa', 'co-quan'],
    ]);
    expect(dti.source).toBe('KH Tân Quang 8/2023, mục III.1.a');
    for (const f of set('tan-quang-2025').awards.forms) expect(f.gateCriteria, f.id).toContain(dti.code);
    expect(set('tan-quang-2025').awards.forms.map((f) => f.level)).toEqual(['xa', 'huyen', 'tinh']);
  });

  it.each(['cat-ne-2024', 'luc-ba-2024', 'tan-linh-2025'])('%s: the commune chairman’s certificate', (id) => {
    expect(set(id).awards.forms.map((f) => [f.label, f.level])).toEqual([['Giấy khen của Chủ tịch UBND xã', 'xa']]);
  });

  it('qd766-xa sets no award (the index is not an emulation plan)', () => {
    expect(set('qd766-xa').awards.forms).toEqual([]);
  });
});

describe('what each plan gives', () => {
  it('legal basis as printed, blank where the plan leaves it blank', () => {
    expect(set('luc-ba-2024').legalBasis).toMatchObject({ document: '100/KH-UBND', date: '2024-02-22' });
    expect(set('ta-ma-2025').legalBasis).toMatchObject({ document: '…/KH-UBND', date: '' });
    expect(set('tan-quang-2025').legalBasis).toMatchObject({ document: '…/KH-UBND', date: '' });
    expect(set('qd766-xa').legalBasis).toMatchObject({ document: '766/QĐ-TTg', date: '2022-06-23' });
  });

  it('deadlines: Ta Ma units report before 05/11 (V.6); Cát Nê runs to 31/12/2024; the others set none', () => {
    expect(set('ta-ma-2025').deadline).toBe('2025-11-04');
    expect(set('ta-ma-2025').notes).toContain('trước ngày 05/11');
    expect(set('cat-ne-2024').deadline).toBe('2024-12-31');
    for (const id of ['tan-quang-2025', 'luc-ba-2024', 'tan-linh-2025', 'qd766-xa']) expect(set(id).deadline).toBeUndefined();
  });

  it('places', () => {
    expect(builtinSets().filter((s) => s.commune).map((s) => `${s.commune}, ${s.district}, ${s.province}`)).toEqual([
      'Ta Ma, Tuần Giáo, Điện Biên',
      'Ta Ma, Tuần Giáo, Điện Biên',
      'Tân Quang, Ninh Giang, Hải Dương',
      'Cát Nê, Đại Từ, Thái Nguyên',
      'Lục Ba, Đại Từ, Thái Nguyên',
      'Tân Linh, Đại Từ, Thái Nguyên',
    ]);
  });

  it('subject kinds: Ta Ma has agencies, hamlets (bản, also written thôn or xóm), individuals, and contributors from outside the commune (II.3)', () => {
    const kinds = set('ta-ma-2025').subjectKinds;
    expect(kinds.map((k) => k.id)).toEqual(['ubnd-xa', 'co-quan', 'ban', 'ca-nhan', 'tap-the-ngoai-xa', 'ca-nhan-ngoai-xa']);
    const hamlet = kinds.find((k) => k.id === 'ban')!;
    expect(hamlet.aliases).toEqual(expect.arrayContaining(['Bản', 'Thôn', 'Xóm']));
    expect(kinds.find((k) => k.id === 'ca-nhan')!.collective).toBe(false);
  });

  it('Tân Linh and Lục Ba (III.1.a) count households among individuals, as the plans do', () => {
    for (const id of ['tan-linh-2025', 'luc-ba-2024']) {
      expect(set(id).subjectKinds.find((k) => k.id === 'ho-gia-dinh'), id).toMatchObject({ collective: false });
      expect(set(id).criteria.filter((c) => c.appliesTo.includes('ho-gia-dinh')).map((c) => c.code), id).toEqual(['HGD1', 'HGD2', 'HGD3']);
    }
  });

  it('Ta Ma IV.2.a: TT5, the digital-government ranking, applies to the UBND xã as to the agencies', () => {
    expect(set('ta-ma-2025').criteria.find((c) => c.code === 'TT5')!.appliesTo).toEqual(['ubnd-xa', 'co-quan']);
  });

  it('Cát Nê II.4: the six contents, scored by hand with the officer’s split', () => {
    const contents = set('cat-ne-2024').criteria.filter((c) => c.group === 'ND');
    expect(contents.map((c) => [c.code, c.rule.kind, c.maxPoints])).toEqual(['ND1', 'ND2', 'ND3', 'ND4', 'ND5', 'ND6'].map((code) => [code, 'manual', 5]));
    expect(set('cat-ne-2024').notes).toContain('cách chia 5 điểm là của cán bộ');
  });

  it('Cát Nê CT4 («xử lý hoàn toàn trực tuyến») says its portal figure measures online filing', () => {
    expect(set('cat-ne-2024').criteria.find((c) => c.code === 'CT4')!.portal?.caveat).toContain('NỘP hồ sơ trực tuyến, không phải tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến');
  });

  it('staff training applies to agencies; household fibre to hamlets; online dossiers to the People’s Committee', () => {
    const taMa = set('ta-ma-2025').criteria;
    const find = (words: string) => taMa.find((c) => normalizeLabel(c.title).includes(normalizeLabel(words)))!;
    expect(find('kỹ năng số cơ bản').appliesTo).toEqual(['ubnd-xa', 'co-quan']);
    expect(find('hộ gia đình').appliesTo).toEqual(['ban']);
    expect(find('tài khoản thanh toán điện tử').appliesTo).toEqual(['ban']);
    expect(find('thủ tục hành chính').appliesTo).toEqual(['ubnd-xa']);
  });
});

describe('portal links', () => {
  it.each(bySet)('%s: every link names a documented indicator that reads in the criterion’s unit (percent for rates)', (_id, s) => {
    for (const c of s.criteria.filter((c) => c.portal)) {
      const definition = indicatorDefinition(c.portal!.indicator);
      expect(definition, `${c.code} → ${c.portal!.indicator}`).toBeDefined();
      expect(['ratio', 'percent'], c.code).toContain(c.measure);
      expect(definition!.unit, c.code).toBe('percent');
    }
  });

  it('plans link their online-submission and online-payment rates to the provincial one-stop rates', () => {
    const links = (id: string) =>
      set(id)
        .criteria.filter((c) => c.portal)
        .map((c) => [c.code, c.portal!.indicator]);
    expect(links('tan-quang-2025')).toEqual([
      ['CQS11', 'TY_LE_NOP_TRUC_TUYEN'],
      ['CQS12', 'TY_LE_TTTT'],
    ]);
    expect(links('cat-ne-2024')).toEqual([['CT4', 'TY_LE_NOP_TRUC_TUYEN']]);
  });

  it('qd766-xa: six groups with the portal’s maxima, 100 in all; each indicator scored by the portal’s formula, linked to its ratio where the catalogue has it', () => {
    const s = set('qd766-xa');
    expect(Object.fromEntries(s.groups.map((g) => [g.id, g.maxPoints]))).toEqual({
      CKMB: 18,
      TDGQ: 20,
      CLGQ: 12,
      TTTT: 10,
      MDHL: 18,
      MDSH: 22,
    });
    const points = (group: string) => s.criteria.filter((c) => c.group === group).map((c) => c.maxPoints);
    expect(points('CKMB')).toEqual([6, 4, 2, 6]);
    expect(points('TDGQ')).toEqual([20]);
    expect(points('CLGQ')).toEqual([12]);
    expect(points('TTTT')).toEqual([6, 2, 2]);
    expect(points('MDHL')).toEqual([6, 6, 6]);
    expect(points('MDSH')).toEqual([6, 4, 2, 2, 4, 4]);
    // Each group's criteria add up to the portal's maximum for it.
    for (const g of s.groups) expect(points(g.id).reduce((a, b) => a + b, 0), g.id).toBe(g.maxPoints);
    for (const c of s.criteria) {
      // Scored by the portal's formula; the one group without a known formula takes the portal's score by hand, and says so.
      if (c.group === 'CLGQ') expect([c.measure, c.rule.kind, c.note]).toEqual(['points', 'manual', expect.stringContaining('Chưa rõ công thức')]);
      else expect([c.measure, c.rule.kind], c.code).toEqual(['ratio', 'portal_766']);
      if (!c.portal) continue;
      const definition = indicatorDefinition(c.portal.indicator)!;
      expect(definition.group, c.code).toBe(c.group);
    }
    const linked = s.criteria.flatMap((c) => (c.portal ? [c.portal.indicator] : []));
    expect(new Set(linked).size).toBe(linked.length);
    expect(s.notes).toContain('[public code]');
  });
});
