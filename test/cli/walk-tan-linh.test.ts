// The officer's year on the built-in Tân Linh set (tan-linh-2025, KH Tân Linh 2025), on the command line, to print:
// the set exported as the officer keeps it → the list of units → each unit's template filled by openpyxl (Hội Phụ nữ's
// ND4 without its evidence; the school's ND3 self-scored 9 over its 8; a civil servant; two households, which the plan
// names among its individuals (II.1.b) and its award subjects (IV.1.a), the second late) → `score` → the council's
// decisions and vote typed in tong-hop.xlsx → `score` again → `close` → `papers` → every paper printed by LibreOffice
// and read back. Every figure the papers print is held to tong-hop.xlsx, and the plan's own words to the plan.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Typed } from '../helpers/fill-by-openpyxl.js';
import { builtinYear, papersAgree, type PrintedYear } from './walk.js';

const UNITS = [
  ['ubnd-xa', 'UBND xã Tân Linh', 'UBND xã'],
  ['hoi-phu-nu', 'Hội Phụ nữ xã Tân Linh', 'Hội Phụ nữ'],
  ['truong-tieu-hoc', 'Trường Tiểu học Tân Linh', 'Trường học'],
  ['tran-van-minh', 'Trần Văn Minh', 'Cá nhân'],
  ['ho-ly-van-sang', 'Hộ ông Lý Văn Sáng', 'Hộ gia đình'],
  ['ho-nguyen-thi-lan', 'Hộ bà Nguyễn Thị Lan', 'Hộ gia đình'],
] as const;
const ev = (code: string) => `Báo cáo số 21/BC ngày 05/12/2025 (${code})`;
const pts = (p: Record<string, number>, missing: string[] = []) => Object.fromEntries(Object.entries(p).map(([c, v]) => [c, { 'Điểm tự chấm': v, ...(!missing.includes(c) && { 'Minh chứng': ev(c) }) }]));
const ND = (over: Record<string, number> = {}) => ({ ND1: 8, ND2: 10, ND3: 8, ND4: 10, ND5: 10, ND6: 8, ND7: 8, ND8: 10, ND9: 8, ND10A: 8, ND10B: 6, ND10C: 6, ...over });
const TYPED: Record<string, Record<string, Typed>> = {
  'ubnd-xa': pts(ND({ ND10B: 5 })),
  'hoi-phu-nu': pts(ND({ ND2: 9, ND5: 8, ND10A: 6 }), ['ND4']),
  'truong-tieu-hoc': pts(ND({ ND3: 9 })),
  'tran-van-minh': pts({ CN1: 28, CN2: 20, CN3: 45 }),
  'ho-ly-van-sang': { HGD1: 30, HGD2: 38, HGD3: 28 },
  'ho-nguyen-thi-lan': { HGD1: 28, HGD2: 35, HGD3: 30 },
};

let y: PrintedYear;
beforeAll(async () => {
  y = await builtinYear('tan-linh-2025', UNITS, (file) => TYPED[file]!, 'truong-tieu-hoc', 'Hội trường UBND xã Tân Linh');
}, 600_000);

describe('the built-in Tân Linh set walked through the year to print', () => {
  papersAgree({
    year: () => y,
    subjects: {
      'UBND xã Tân Linh': 'tập thể',
      'Hội Phụ nữ xã Tân Linh': 'tập thể',
      'Trường Tiểu học Tân Linh': 'tập thể',
      'Trần Văn Minh': 'cá nhân',
      'Hộ ông Lý Văn Sáng': 'hộ gia đình',
      'Hộ bà Nguyễn Thị Lan': 'hộ gia đình',
    },
    communeForm: { label: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã', collective: 0.6, individual: 0.3 },
  });

  // IV.1.a «Tập thể, cá nhân, hộ gia đình trên địa bàn xã có thành tích …»; IV.2 «Hình Thức khen thưởng: Giấy khen của
  // Chủ tịch UBND xã.»
  it('gives the plan’s one form, the commune chairman’s Giấy khen, to its three subjects, households as households', () => {
    const decision = y.words.get('du-thao-quyet-dinh')!;
    expect(decision).toContain('DANH SÁCH 03 TẬP THỂ, 01 CÁ NHÂN VÀ 02 HỘ GIA ĐÌNH ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ');
    expect(decision).toMatch(/III\. Hộ gia đình STT Tên hộ gia đình Thành tích 1 Hộ ông Lý Văn Sáng/);
    expect(decision).toContain('Tiền thưởng kèm theo của mỗi hộ gia đình thực hiện theo quy định hiện hành');
    expect(y.words.get('danh-sach-cong-khai')).toContain('Tập thể, cá nhân, hộ gia đình được đề nghị');
    expect(y.papers.stdout).not.toContain('to-trinh-cap-tren');
    for (const household of ['Hộ ông Lý Văn Sáng', 'Hộ bà Nguyễn Thị Lan']) {
      const [report] = [...y.words].filter(([paper, text]) => paper.startsWith('bao-cao-thanh-tich') && text.includes(`Tên hộ gia đình (họ và tên chủ hộ): ${household}`));
      expect(report?.[1], household).toContain('Đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã');
      expect(report![1]).not.toContain('Giới tính');
    }
  });

  // «KẾ HOẠCH Phát động thực hiện phong trào thi đua “chuyển đổi số” năm 2025 trên địa bàn xã Tân Linh», with neither
  // number nor day in the copy the set is built from; signed «CHỦ TỊCH».
  it('cites the plan by its own title, says it carries no number to cite, and has the chairman sign the decision', () => {
    expect(y.words.get('du-thao-quyet-dinh')).toContain('Thực hiện Kế hoạch Phát động thực hiện phong trào thi đua “chuyển đổi số” năm 2025 trên địa bàn xã Tân Linh;');
    expect(y.papers.stderr).toContain('Lưu ý: Bộ tiêu chí không ghi số và ngày của kế hoạch');
    expect(y.words.get('du-thao-quyet-dinh')).toContain('CHỦ TỊCH (Ký, ghi rõ họ tên)');
    expect(y.words.get('bien-ban')).toContain('khen thưởng phong trào thi đua “chuyển đổi số” năm 2025');
  });
});
