// Loading a criteria set from a built-in id, JSON text or an object: what comes back, and the Vietnamese
// message for each kind of mistake an officer or a hand-edited file makes.
import { describe, expect, it } from 'vitest';
import { builtinSets, findBuiltin } from '../../core/criteria/builtin/index.js';
import { checkCriteriaSet } from '../../core/criteria/check-set.js';
import { loadCriteriaSet } from '../../core/criteria/load.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';

/** A small valid set as a JSON file would hold it (defaults left out). */
function minimalSet(): Record<string, any> {
  return {
    id: 'thu-nghiem',
    version: '1',
    title: 'Bộ thử nghiệm',
    legalBasis: {},
    period: { from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025' },
    subjectKinds: [
      { id: 'co-quan', label: 'Cơ quan', collective: true },
      { id: 'ca-nhan', label: 'Cá nhân', collective: false },
    ],
    groups: [{ id: 'G', title: 'Nhóm chung' }],
    criteria: [
      {
        code: 'T1',
        title: 'Hồ sơ xử lý trực tuyến',
        group: 'G',
        measure: 'ratio',
        target: { comparator: '>=', value: 80 },
        maxPoints: 10,
        rule: { kind: 'ratio' },
        appliesTo: ['co-quan'],
      },
      { code: 'T2', title: 'Tuyên truyền', group: 'G', measure: 'points', maxPoints: 20, rule: { kind: 'manual' } },
    ],
    classification: [
      { id: 'dat', label: 'Đạt', minPercent: 50 },
      { id: 'chua-dat', label: 'Chưa đạt', minPercent: 0 },
    ],
    awards: {
      forms: [
        {
          id: 'gk',
          label: 'Giấy khen',
          level: 'xa',
          minClassification: 'dat',
          gateCriteria: ['T1'],
          quotas: [{ subject: 'collective', max: 3 }],
        },
      ],
    },
  };
}

function errorsOf(value: unknown): string[] {
  const result = loadCriteriaSet({ kind: 'object', value, name: 'bo.json' });
  if (result.ok) throw new Error('expected the set to be refused');
  return result.errors;
}

describe('built-in ids', () => {
  it('returns the built-in set itself', () => {
    const result = loadCriteriaSet({ kind: 'builtin', id: 'ta-ma-2025' });
    expect(result).toEqual({ ok: true, set: findBuiltin('ta-ma-2025') });
  });

  it('accepts the id written the way people say it', () => {
    for (const id of ['Tân Quang 2025', 'TA_MA_2030', ' cat-ne-2024 ']) {
      const result = loadCriteriaSet({ kind: 'builtin', id });
      expect(result.ok, id).toBe(true);
    }
  });

  it('names every known id when the id is unknown', () => {
    const result = loadCriteriaSet({ kind: 'builtin', id: 'ta-ma-2026' });
    expect(result).toEqual({
      ok: false,
      errors: [
        'Không có bộ tiêu chí có sẵn «ta-ma-2026». Các bộ có sẵn: ta-ma-2025, ta-ma-2030, tan-quang-2025, cat-ne-2024, luc-ba-2024, tan-linh-2025, qd766-xa.',
      ],
    });
  });
});

describe('JSON text', () => {
  it.each(builtinSets().map((s) => [s.id, s] as const))('reads %s back from its JSON export', (_id, s) => {
    const result = loadCriteriaSet({ kind: 'json', text: JSON.stringify(s, null, 2), name: 'x.json' });
    expect(result).toEqual({ ok: true, set: s });
  });

  it('reads a file saved with a byte-order mark and fills the defaults', () => {
    const result = loadCriteriaSet({ kind: 'json', text: '\uFEFF' + JSON.stringify(minimalSet()), name: 'bo.json' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.set.awards.tieBreaks).toEqual(['percent', 'total', 'gates_met', 'earlier_submission', 'name']);
    expect(result.set.criteria[1]).toMatchObject({ appliesTo: [], evidenceRequired: false, unit: '', source: '' });
    expect(result.set.legalBasis).toEqual({ document: '', date: '', title: '' });
  });

  it.each([
    ['{\n  "id": "a",\n  "version": 1,\n}', 'dòng 4, cột 1 — cần tên trường trong ngoặc kép "…" (có thể thừa dấu phẩy ở trước)'],
    ['{\n  "id": "a",\n  "title": }', 'dòng 3, cột 12 — giá trị không hợp lệ bắt đầu bằng «}»'],
    ["{'id': 'a'}", 'dòng 1, cột 2 — cần tên trường trong ngoặc kép'],
    ['{"id": "a"', 'dòng 1, cột 11 — tệp kết thúc giữa chừng'],
    ['{"id" "a"}', 'dòng 1, cột 7 — thiếu dấu hai chấm sau tên trường'],
    ['{"maxPoints": 12,5}', 'dòng 1, cột 18 — cần tên trường trong ngoặc kép'],
    ['{"note": "C:\\du lieu"}', 'dòng 1, cột 13 — dấu gạch ngược «\\» không hợp lệ trong chuỗi'],
    ['{"id": "a"} {}', 'dòng 1, cột 13 — thừa nội dung'],
  ])('says where %j breaks, by line and column', (text, expected) => {
    const result = loadCriteriaSet({ kind: 'json', text, name: 'bo.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toContain(`«bo.json»: không phải JSON hợp lệ: ${expected}`);
    }
  });

  it('refuses an empty file', () => {
    expect(loadCriteriaSet({ kind: 'json', text: ' \n', name: 'bo.json' })).toEqual({
      ok: false,
      errors: ['«bo.json»: tệp trống, không có bộ tiêu chí'],
    });
  });

  it('recognises the extension’s indicator export given by mistake', () => {
    const text = JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2025-01-01T00:00:00Z', snapshots: [] });
    expect(loadCriteriaSet({ kind: 'json', text, name: 'chi-so.json' })).toEqual({
      ok: false,
      errors: ['«chi-so.json»: đây là tệp chỉ số cổng dịch vụ công, không phải bộ tiêu chí'],
    });
  });
});

describe('schema errors, in Vietnamese, naming the field', () => {
  it('numbers items from 1 and names the criterion by its code', () => {
    const value = minimalSet();
    value.criteria[1].maxPoints = -1;
    expect(errorsOf(value)).toEqual(['«bo.json»: tiêu chí thứ 2 (mã «T2»), trường «Điểm tối đa»: phải ≥ 0 (đang là -1)']);
  });

  it('reports every mistake at once', () => {
    const value = minimalSet();
    value.id = 'Bộ Thử';
    value.criteria[0].target.comparator = '≥';
    value.criteria[0].target.value = '80%';
    value.criteria[1].rule = { kind: 'thu cong' };
    delete value.criteria[1].title;
    value.classification[0].minPercent = 120;
    value.subjectKinds = [];
    expect(errorsOf(value)).toEqual([
      '«bo.json»: trường «Mã»: sai định dạng — id: chữ thường, số và gạch nối (đang là «Bộ Thử»)',
      '«bo.json»: trường «Loại đối tượng»: phải có ít nhất 1 mục',
      '«bo.json»: tiêu chí thứ 1 (mã «T1»), trường «Chỉ tiêu › So sánh»: phải là một trong: «>=», «>», «=», «<=», «<» (đang là «≥»)',
      '«bo.json»: tiêu chí thứ 1 (mã «T1»), trường «Chỉ tiêu › Giá trị»: phải là số (đang là «80%»)',
      '«bo.json»: tiêu chí thứ 2 (mã «T2»), trường «Tên»: bắt buộc nhưng đang thiếu',
      '«bo.json»: tiêu chí thứ 2 (mã «T2»), trường «Cách tính › Loại»: phải là một trong: «threshold», «ratio», «tiers», «per_occurrence», «yes_no», «manual», «bonus», «deduction», «min_max», «portal_766» (đang là «thu cong»)',
      '«bo.json»: mức xếp loại thứ 1 (mã «dat»), trường «Tỷ lệ tối thiểu»: phải ≤ 100 (đang là 120)',
    ]);
  });

  it('says an empty required text must not be empty', () => {
    const value = minimalSet();
    value.groups[0].title = '';
    expect(errorsOf(value)).toEqual(['«bo.json»: nhóm thứ 1 (mã «G»), trường «Tên»: không được để trống']);
  });

  it('says what the whole document should be', () => {
    expect(errorsOf([1, 2])).toEqual(['«bo.json»: phải là một đối tượng { … } (đang là một danh sách)']);
  });

  it('leaves the object it was given as it was', () => {
    const value = minimalSet();
    value.criteria[1].maxPoints = -1;
    const before = structuredClone(value);
    errorsOf(value);
    expect(value).toEqual(before);
  });
});

describe('what the schema cannot see', () => {
  const cases: [string, (v: Record<string, any>) => void, string][] = [
    ['an unknown group', (v) => (v.criteria[0].group = 'X'), 'tiêu chí thứ 1 (mã «T1»), trường «Nhóm»: không có nhóm «X» (các nhóm: «G»)'],
    [
      'an unknown subject kind',
      (v) => (v.criteria[0].appliesTo = ['co-quan', 'thon']),
      'tiêu chí thứ 1 (mã «T1»), trường «Áp dụng cho», mục thứ 2: không có loại đối tượng «thon» (các loại: «co-quan», «ca-nhan»)',
    ],
    ['a repeated code', (v) => (v.criteria[1].code = 'T1'), 'tiêu chí thứ 2 (mã «T1»), trường «Mã»: «T1» trùng với tiêu chí thứ 1'],
    [
      'a name shared by two kinds',
      (v) => (v.subjectKinds[1].aliases = ['Cơ quan']),
      'loại đối tượng thứ 2 (mã «ca-nhan»), trường «Tên gọi khác»: tên gọi «Cơ quan» đã dùng cho loại đối tượng «co-quan», một tên chỉ được chỉ một loại',
    ],
    [
      'a gate that is not a criterion',
      (v) => (v.awards.forms[0].gateCriteria = ['T9']),
      'trường «Khen thưởng», hình thức khen thưởng thứ 1 (mã «gk»), trường «Tiêu chí bắt buộc», mục thứ 1: không có tiêu chí mã «T9»',
    ],
    [
      'a gate without a target',
      (v) => (v.awards.forms[0].gateCriteria = ['T2']),
      'trường «Khen thưởng», hình thức khen thưởng thứ 1 (mã «gk»), trường «Tiêu chí bắt buộc», mục thứ 1: tiêu chí «T2» không có chỉ tiêu nên không xét «đạt» được để làm tiêu chí bắt buộc',
    ],
    [
      'an unknown band',
      (v) => (v.awards.forms[0].minClassification = 'gioi'),
      'trường «Khen thưởng», hình thức khen thưởng thứ 1 (mã «gk»), trường «Xếp loại tối thiểu»: không có mức xếp loại «gioi» (các mức: «dat», «chua-dat»)',
    ],
    [
      'an unknown quota subject',
      (v) => (v.awards.forms[0].quotas = [{ subject: 'tap-the', max: 2 }]),
      'trường «Khen thưởng», hình thức khen thưởng thứ 1 (mã «gk»), số lượng khen thưởng thứ 1, trường «Đối tượng»: «tap-the» không phải loại đối tượng của bộ («co-quan», «ca-nhan») hay «collective», «individual», «all»',
    ],
    [
      'bands not listed best first',
      (v) => (v.classification[1].minPercent = 50),
      'mức xếp loại thứ 2 (mã «chua-dat»), trường «Tỷ lệ tối thiểu»: các mức xếp loại phải xếp từ cao xuống thấp (mức trước «Đạt» từ 50%)',
    ],
    [
      'a deadline written the Vietnamese way',
      (v) => (v.deadline = '05/11/2025'),
      'trường «Hạn nộp»: «05/11/2025» không phải ngày dạng năm-tháng-ngày (ví dụ 2025-11-04)',
    ],
    ['a date that does not exist', (v) => (v.legalBasis.date = '2024-02-30'), 'trường «Căn cứ › Ngày»: «2024-02-30» không phải ngày dạng năm-tháng-ngày (ví dụ 2025-11-04)'],
    ['a period that ends before it starts', (v) => (v.period.to = '2024-12-31'), 'trường «Kỳ › Đến ngày»: ngày kết thúc 2024-12-31 trước ngày bắt đầu 2025-01-01'],
    [
      'a ratio without a target',
      (v) => {
        delete v.criteria[0].target;
        v.awards.forms[0].gateCriteria = [];
      },
      'tiêu chí thứ 1 (mã «T1»), trường «Chỉ tiêu»: cách tính «Tỷ lệ» cần có chỉ tiêu'],
    [
      'a ratio against a zero target',
      (v) => (v.criteria[0].target.value = 0),
      'tiêu chí thứ 1 (mã «T1»), trường «Chỉ tiêu › Giá trị»: cách tính «Tỷ lệ» cần chỉ tiêu lớn hơn 0',
    ],
    [
      'a yes/no target other than 1 or 0',
      (v) => Object.assign(v.criteria[0], { measure: 'yes_no', rule: { kind: 'yes_no' }, target: { comparator: '=', value: 2 } }),
      'tiêu chí thứ 1 (mã «T1»), trường «Chỉ tiêu › Giá trị»: chỉ tiêu Có/Không phải là 1 (Có) hoặc 0 (Không)',
    ],
    [
      'a tier worth more than the criterion',
      (v) => (v.criteria[1].rule = { kind: 'tiers', tiers: [{ min: 4, points: 25 }, { min: 1, points: 5 }] }),
      'tiêu chí thứ 2 (mã «T2»), trường «Cách tính», bậc thứ 1, trường «Điểm»: 25 điểm vượt điểm tối đa 20 của tiêu chí',
    ],
  ];

  it.each(cases)('refuses %s', (_what, change, message) => {
    const value = minimalSet();
    change(value);
    expect(errorsOf(value)).toEqual([`«bo.json»: ${message}`]);
  });

  it('accepts the minimal set untouched', () => {
    const result = loadCriteriaSet({ kind: 'object', value: minimalSet(), name: 'bo.json' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(checkCriteriaSet(result.set)).toEqual([]);
  });

  it('gives each problem a path into the set, for callers that map paths to cells', () => {
    const set = structuredClone(findBuiltin('cat-ne-2024')!) as CriteriaSet;
    set.criteria[3]!.group = 'KHAC';
    expect(checkCriteriaSet(set)).toEqual([{ path: ['criteria', 3, 'group'], message: 'không có nhóm «KHAC» (các nhóm: «CT», «ND»)' }]);
  });
});
