// Generated criteria sets and report sheets for the add-in tests and the sync benchmark: a set of
// `n` ratio/percent criteria and, for each unit, a report sheet laid out as units type them.
import { CriteriaSet } from '../../core/criteria/schema.js';
import { newSheet, type FakeSheet } from './office-fake.js';

export function makeSet(n: number): CriteriaSet {
  return CriteriaSet.parse({
    id: 'xa-thu',
    version: '1',
    title: 'Bộ tiêu chí thử',
    legalBasis: { document: 'Kế hoạch số 01/KH-UBND' },
    period: { from: '2025-01-01', to: '2025-12-31', label: 'Năm 2025' },
    deadline: '2025-11-05',
    subjectKinds: [
      { id: 'co-quan', label: 'Cơ quan', collective: true },
      { id: 'thon', label: 'Thôn', collective: true },
    ],
    groups: [{ id: 'G1', title: 'Chính quyền số' }],
    criteria: Array.from({ length: n }, (_, i) => ({
      code: `T${i + 1}`,
      title: `Tiêu chí ${i + 1}`,
      group: 'G1',
      unit: '%',
      measure: i % 2 === 0 ? 'ratio' : 'percent',
      maxPoints: 10,
      rule: { kind: 'ratio' },
      target: { comparator: '>=', value: 80 },
    })),
    classification: [
      { id: 'xuat-sac', label: 'Xuất sắc', minPercent: 90 },
      { id: 'tot', label: 'Tốt', minPercent: 70 },
      { id: 'chua-dat', label: 'Chưa đạt', minPercent: 0 },
    ],
  });
}

export type Row = (string | number | null)[];

/** A report sheet: metadata rows, the header on row 8, one row per criterion. `value(i)` gives row i's figures. */
export function reportRows(unit: string, kind: string, n: number, value: (i: number) => Partial<{ result: string | number; num: number; den: number; self: number }> = defaultValue): Row[] {
  const rows: Row[] = [
    ['BÁO CÁO KẾT QUẢ THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2025'],
    ['Tên đơn vị:', null, unit],
    ['Loại đơn vị:', null, kind],
    ['Kỳ báo cáo:', null, 'Năm 2025'],
    ['Ngày nộp:', null, '01/11/2025'],
    ['Bộ tiêu chí:', null, 'xa-thu@1'],
    [],
    ['STT', 'Mã tiêu chí', 'Tiêu chí', 'Kết quả', 'Tử số', 'Mẫu số', 'Minh chứng', 'Điểm tự chấm', 'Ghi chú'],
  ];
  for (let i = 0; i < n; i++) {
    const v = value(i);
    rows.push([i + 1, `T${i + 1}`, `Tiêu chí ${i + 1}`, v.result ?? null, v.num ?? null, v.den ?? null, `Văn bản số ${i + 1}/BC`, v.self ?? null, null]);
  }
  return rows;
}

function defaultValue(i: number) {
  return i % 2 === 0 ? { num: 80 + (i % 20), den: 100, self: 10 } : { result: `${85 + (i % 10)}%`, self: 10 };
}

export function reportSheet(name: string, kind: string, n: number, value?: Parameters<typeof reportRows>[3]): FakeSheet {
  return newSheet(name, reportRows(name, kind, n, value));
}
