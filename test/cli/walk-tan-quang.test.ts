// The officer's year on the built-in Tân Quang set (tan-quang-2025, KH Tân Quang 8/2023), on the command line, to
// print: the set exported as the officer keeps it → the list of units → each unit's template filled by openpyxl (UBND xã
// over the plan's targets on CQS1, CQS11, CQS12 and short of II.4.a's 70% on CQS5 while self-scoring it whole; the
// school's TT5 without its evidence; the health station's CQS6 self-scored whole at 90%; the second civil servant late)
// → `score` → the council's decisions and vote typed in tong-hop.xlsx → `score` again → `close` → `papers` → every
// paper printed by LibreOffice and read back. Every figure the papers print is held to tong-hop.xlsx, and the plan's
// own words (its title, month, forms, signer) to the plan.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateVi, officerDay } from '../../core/values.js';
import type { Typed } from '../helpers/fill-by-openpyxl.js';
import { builtinYear, papersAgree, type PrintedYear } from './walk.js';

const UNITS = [
  ['ubnd-xa', 'UBND xã Tân Quang', 'UBND xã'],
  ['truong-thcs', 'Trường THCS Tân Quang', 'Trường học'],
  ['tram-y-te', 'Trạm y tế xã Tân Quang', 'Trạm y tế'],
  ['nguyen-thi-hoa', 'Nguyễn Thị Hoa', 'Cá nhân'],
  ['pham-van-long', 'Phạm Văn Long', 'Cá nhân'],
] as const;
const ev = (code: string) => `Báo cáo số 15/BC-UBND ngày 05/12/2025 (${code})`;
const ratio = (n: number, d: number, code: string, self?: number) => ({ 'Tử số': n, 'Mẫu số': d, 'Minh chứng': ev(code), ...(self !== undefined && { 'Điểm tự chấm': self }) });
const TYPED: Record<string, Record<string, Typed>> = {
  'ubnd-xa': {
    CQS1: ratio(95, 100, 'CQS1', 5), CQS2: ratio(120, 120, 'CQS2', 5), CQS3: { 'Kết quả': 96, 'Điểm tự chấm': 5 }, CQS4: { 'Kết quả': 'Có', 'Điểm tự chấm': 3 },
    CQS5: ratio(60, 100, 'CQS5', 10), CQS6: ratio(300, 300, 'CQS6', 10), CQS7: ratio(12, 12, 'CQS7', 4), CQS8: ratio(500, 500, 'CQS8', 4),
    CQS9: { 'Minh chứng': ev('CQS9'), 'Điểm tự chấm': 4 }, CQS10: { 'Tử số': 6, 'Mẫu số': 10, 'Điểm tự chấm': 3 }, CQS11: ratio(55, 100, 'CQS11', 5), CQS12: ratio(90, 100, 'CQS12', 5), CQS13: { 'Tử số': 500, 'Mẫu số': 500, 'Điểm tự chấm': 4 },
    KTS1: { 'Kết quả': 21, 'Điểm tự chấm': 2 }, KTS2: { 'Kết quả': 12, 'Điểm tự chấm': 2 }, XHS1: { 'Tử số': 1700, 'Mẫu số': 2000, 'Điểm tự chấm': 3 }, XHS2: { 'Tử số': 6, 'Mẫu số': 6, 'Điểm tự chấm': 3 }, XHS3: { 'Tử số': 3000, 'Mẫu số': 5000, 'Điểm tự chấm': 3 },
    TT1: { 'Kết quả': 'Có', 'Minh chứng': ev('TT1'), 'Điểm tự chấm': 10 }, TT2: { 'Minh chứng': ev('TT2'), 'Điểm tự chấm': 9 }, TT3: ratio(20, 20, 'TT3', 20), TT4: { 'Minh chứng': ev('TT4'), 'Điểm tự chấm': 18 }, TT5: { 'Kết quả': 93, 'Minh chứng': ev('TT5'), 'Điểm tự chấm': 20 },
  },
  'truong-thcs': {
    CQS5: ratio(80, 100, 'CQS5', 10), CQS6: ratio(150, 150, 'CQS6', 10),
    TT1: { 'Kết quả': 'Có', 'Minh chứng': ev('TT1'), 'Điểm tự chấm': 10 }, TT2: { 'Minh chứng': ev('TT2'), 'Điểm tự chấm': 8 }, TT3: ratio(10, 10, 'TT3', 20), TT4: { 'Minh chứng': ev('TT4'), 'Điểm tự chấm': 17 }, TT5: { 'Kết quả': 92, 'Điểm tự chấm': 20 },
  },
  'tram-y-te': {
    CQS5: ratio(75, 100, 'CQS5', 10), CQS6: ratio(90, 100, 'CQS6', 10),
    TT1: { 'Kết quả': 'Có', 'Minh chứng': ev('TT1'), 'Điểm tự chấm': 10 }, TT2: { 'Minh chứng': ev('TT2'), 'Điểm tự chấm': 7 }, TT3: ratio(9, 10, 'TT3', 18), TT4: { 'Minh chứng': ev('TT4'), 'Điểm tự chấm': 15 }, TT5: { 'Kết quả': 91, 'Minh chứng': ev('TT5'), 'Điểm tự chấm': 20 },
  },
  'nguyen-thi-hoa': { CN1: { 'Minh chứng': ev('CN1'), 'Điểm tự chấm': 55 }, CN2: { 'Kết quả': 2, 'Minh chứng': ev('CN2'), 'Điểm tự chấm': 40 } },
  'pham-van-long': { CN1: { 'Minh chứng': ev('CN1'), 'Điểm tự chấm': 50 }, CN2: { 'Kết quả': 1, 'Minh chứng': ev('CN2'), 'Điểm tự chấm': 20 } },
};

let y: PrintedYear;
beforeAll(async () => {
  // «Kỳ báo cáo» as the template writes it: the set's phase, reviewed in Q4/2025 (IV.3).
  y = await builtinYear('tan-quang-2025', UNITS, (file) => TYPED[file]!, 'tram-y-te', 'Hội trường UBND xã Tân Quang', { period: 'Giai đoạn 2023 - 2025', sent: '2025-12-10', late: '2025-12-20' });
}, 600_000);

describe('the built-in Tân Quang set walked through the year to print', () => {
  papersAgree({
    year: () => y,
    subjects: { 'UBND xã Tân Quang': 'tập thể', 'Trường THCS Tân Quang': 'tập thể', 'Trạm y tế xã Tân Quang': 'tập thể', 'Nguyễn Thị Hoa': 'cá nhân', 'Phạm Văn Long': 'cá nhân' },
    communeForm: { label: 'Giấy khen của Chủ tịch Ủy ban nhân dân xã', collective: 0.6, individual: 0.3 },
  });

  // «Số: /KH-UBND · Tân Quang, ngày tháng 8 năm 2023 · KẾ HOẠCH Phát động phong trào thi đua thực hiện Chuyển đổi số
  // trên địa bàn xã Tân Quang, giai đoạn 2023 – 2025»: a plan printed without its number and day.
  it('cites the plan by its own title and month, and says it carries no number to cite', () => {
    const plan = 'Kế hoạch Phát động phong trào thi đua thực hiện Chuyển đổi số trên địa bàn xã Tân Quang, giai đoạn 2023 – 2025 (tháng 8/2023)';
    for (const paper of ['to-trinh', 'du-thao-quyet-dinh', 'to-trinh-cap-tren']) expect(y.words.get(paper), paper).toContain(`Thực hiện ${plan};`);
    expect(y.papers.stderr).toContain('Lưu ý: Bộ tiêu chí không ghi số và ngày của kế hoạch («…/KH-UBND»)');
  });

  // III.3: «Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen, Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân có
  // thành tích xuất sắc trong thực hiện phong trào thi đua (nếu có). Tặng Giấy khen của Chủ tịch UBND xã cho tập thể, cá
  // nhân có thành tích xuất sắc …». The phase is reviewed in Q4/2025 (IV.3), after the district level ended (01/07/2025).
  it('names the plan’s forms of III.3: the commune’s Giấy khen decided, the province’s Bằng khen proposed upward, the district’s said left out and why', () => {
    expect(y.words.get('du-thao-quyet-dinh')).toContain('Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 02 tập thể và 01 cá nhân');
    expect(y.words.get('to-trinh-cap-tren')).toContain('Đề nghị Chủ tịch Ủy ban nhân dân tỉnh Hải Dương tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể và 01 cá nhân');
    for (const text of y.words.values()) expect(text).not.toContain('huyện tặng');
    expect(y.papers.stderr).toContain(
      `Kế hoạch nêu hình thức «Giấy khen của Chủ tịch UBND huyện (đề nghị, nếu có)» (KH Tân Quang 8/2023, mục III.3); đợt xét được chấm ngày ${formatDateVi(officerDay())}, khi đã không còn cấp huyện (từ ngày 01/07/2025): thidua không xét hình thức này, giấy tờ không đề nghị.`,
    );
  });

  // IV: «Năm 2024 … tổ chức sơ kết Phong trào thi đua Chuyển đổi số … (thời gian trong Quý III năm 2024)»; «Năm 2025 … Tổ
  // chức tổng kết Phong trào thi đua (thời gian vào Quý IV năm 2025)»; V: «Kinh phí khen thưởng … khi sơ kết, tổng kết
  // Phong trào». The set's targets are those «đến năm 2025» (II.4): its awards are the phase's final review, not a year's.
  it('awards the phase’s final review (tổng kết giai đoạn 2023 - 2025), as the plan gives its awards, never a «năm 2025» it holds no review of', () => {
    for (const [paper, text] of y.words) {
      expect(text, paper).toMatch(/tổng kết giai đoạn/iu);
      expect(text, paper).toContain('Giai đoạn 2023 - 2025');
      expect(text, paper).not.toMatch(/(chấm điểm|Chuyển đổi số) năm 2025/u);
    }
    expect(y.papers.stdout).toContain('Hồ sơ khen thưởng theo kết quả đã chốt lần 1');
  });

  // Signed «TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH», as the plan is; the chairman's decision by «CHỦ TỊCH».
  it('signs as the plan’s committee signs: the submission upward «TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH», the decision «CHỦ TỊCH»', () => {
    expect(y.words.get('to-trinh-cap-tren')).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Ký, ghi rõ họ tên)');
    expect(y.words.get('du-thao-quyet-dinh')).toMatch(/CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN QUANG Căn cứ/);
    expect(y.words.get('du-thao-quyet-dinh')).toContain('CHỦ TỊCH (Ký, ghi rõ họ tên)');
  });
});
