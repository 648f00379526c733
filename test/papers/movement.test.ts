// The movement the papers award is the set's own: a set of Cần Thơ's cashless-payment movement was printed «Về việc
// khen thưởng phong trào thi đua chuyển đổi số năm 2026» on its decision, minutes and posting list, without a word.
import { COUNCIL_SHEET_NAMES } from '../../core/workbook/council-sheets.js';
import { describe, expect, it } from 'vitest';
import { catNe2024 } from '../../core/criteria/builtin/cat-ne-2024.js';
import { defaultPaperOptions, papersCheck, papersOf } from '../../core/papers/index.js';
import { namedMovement } from '../../core/criteria/movement.js';
import { movementName, roundName, roundYear } from '../../core/papers/wording.js';
import { closedFixture, paperText } from './closed-fixture.js';

/** The title of the corpus table can-tho-kh157-chi-tra-khong-tien-mat as the table reader takes it (the line above the table). */
const CAN_THO = 'THANG ĐIỂM THI ĐUA PHONG TRÀO VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI, HƯU TRÍ XÃ HỘI KHÔNG DÙNG TIỀN MẶT TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ';
const CASHLESS = 'phong trào vận động thực hiện chi trả trợ giúp xã hội, hưu trí xã hội không dùng tiền mặt';

/** Every paper of the example's closed round with the set's title and plan as given, by name, as text. */
function papers(title: string, planTitle: string) {
  const closed = closedFixture();
  closed.record.set = { ...closed.record.set, title, legalBasis: { ...closed.record.set.legalBasis, title: planTitle } };
  return { closed, texts: papersOf(closed, defaultPaperOptions(closed)).map((p) => ({ name: p.name, text: paperText(p) })) };
}

describe('the movement the papers name', () => {
  it('is read from the plan, else the title, cut where it says where or when it is held', () => {
    const { record } = closedFixture();
    expect(namedMovement(record.set)).toBe('phong trào thi đua “Chuyển đổi số giai đoạn 2023 - 2030”');
    expect(namedMovement({ ...record.set, title: CAN_THO, legalBasis: { ...record.set.legalBasis, title: '' } })).toBe(CASHLESS);
    expect(namedMovement({ ...record.set, title: catNe2024.title, legalBasis: { ...record.set.legalBasis, title: catNe2024.legalBasis.title! } })).toBe('phong trào thi đua chuyển đổi số');
    expect(namedMovement({ ...record.set, title: 'Bảng điểm phong trào', legalBasis: { ...record.set.legalBasis, title: '' } })).toBeUndefined();
  });

  it('a set of another movement is awarded as that movement on every paper, never as the digital one', () => {
    const { closed, texts } = papers(CAN_THO, '');
    const year = roundYear(closed.record);
    const decision = texts.find((t) => t.name.startsWith('du-thao-quyet-dinh'))!.text;
    expect(decision).toContain(`Về việc khen thưởng ${CASHLESS} năm ${year}`);
    expect(decision).toContain(`Thực hiện Kế hoạch phát động ${CASHLESS};`);
    // The example's units keep their own criteria (some about «chuyển đổi số»): the movement is what must not be the digital one.
    for (const { name, text } of texts) expect(text, name).not.toMatch(/phong trào thi đua chuyển đổi số/iu);
    expect(texts.find((t) => t.name.startsWith('bien-ban'))!.text).toContain(`xét đề nghị khen thưởng ${CASHLESS} năm ${year}`);
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text).some((w) => w.includes('không nêu tên phong trào'))).toBe(false);
  });

  it('the example is awarded as its plan names its movement', () => {
    const { set } = closedFixture().record;
    const { texts } = papers(set.title, set.legalBasis.title);
    // Scored in 2026, the set's period ending in 2025: the round reviews 2025.
    expect(texts.find((t) => t.name.startsWith('du-thao-quyet-dinh'))!.text).toContain('Về việc khen thưởng phong trào thi đua “Chuyển đổi số giai đoạn 2023 - 2030” năm 2025');
  });

  it('a movement named with its school year is not given a year again, unless the round’s year is not in it', () => {
    // A primary school's plan as its office typed it in «Trích yếu» (an officer's walk of Sơn Trà's Mẫu 03).
    const school = 'phong trào thi đua «Dạy tốt, học tốt» năm học 2025 - 2026';
    const { closed, texts } = papers('Phiếu theo dõi, đánh giá, xếp loại chất lượng viên chức (Mẫu 03)', `Phát động ${school}`);
    expect(roundYear(closed.record)).toBe('2025');
    for (const name of ['du-thao-quyet-dinh', 'bien-ban', 'to-trinh', 'danh-sach-cong-khai']) {
      const text = texts.find((t) => t.name.startsWith(name))!.text;
      expect(text, name).toContain(`khen thưởng ${school}`);
      expect(text, name).not.toMatch(/năm học 2025 - 2026 năm/u);
    }
    const earlier = papers('Phiếu theo dõi (Mẫu 03)', 'Phát động phong trào thi đua «Dạy tốt, học tốt» năm học 2023 - 2024').texts;
    expect(earlier.find((t) => t.name.startsWith('du-thao-quyet-dinh'))!.text).toContain('«Dạy tốt, học tốt» năm học 2023 - 2024 năm 2025');
  });

  it('a round of a period shorter than a year names that period as the set writes it; a year, a phase or none its year', () => {
    const { record } = closedFixture();
    const movement = 'phong trào thi đua “Chuyển đổi số giai đoạn 2023 - 2030”';
    const at = (label: string, title = record.set.legalBasis.title) => {
      const r = { ...record, set: { ...record.set, period: { ...record.set.period, label }, legalBasis: { ...record.set.legalBasis, title } } };
      return [movementName(r), roundName(r)];
    };
    expect(at('Quý I/2026')).toEqual([`${movement}, kỳ Quý I/2026`, 'kỳ Quý I/2026']);
    expect(at('Học kỳ I năm học 2025 - 2026')).toEqual([`${movement}, kỳ Học kỳ I năm học 2025 - 2026`, 'kỳ Học kỳ I năm học 2025 - 2026']);
    expect(at('6 tháng đầu năm 2026')).toEqual([`${movement}, kỳ 6 tháng đầu năm 2026`, 'kỳ 6 tháng đầu năm 2026']);
    // A school's plan named with the school year that is the round's period says it once.
    expect(at('Năm học 2025 - 2026', 'Phát động phong trào thi đua «Dạy tốt, học tốt» năm học 2025 - 2026')).toEqual(['phong trào thi đua «Dạy tốt, học tốt» năm học 2025 - 2026', 'kỳ Năm học 2025 - 2026']);
    for (const year of ['Năm 2025', 'Năm 2025 (cán bộ chọn kỳ như trên Cổng: năm, quý hoặc tháng)', record.set.period.label, '']) expect(at(year), year).toEqual([`${movement} năm 2025`, 'năm 2025']);
  });

  it('a set naming no movement, and not the digital one, is said before the papers, with where to name it', () => {
    const { closed } = papers('Thang điểm chi trả không dùng tiền mặt năm 2026', '');
    expect(papersCheck(closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text)).toContainEqual(
      'Bộ tiêu chí không nêu tên phong trào (tên «Thang điểm chi trả không dùng tiền mặt năm 2026»): giấy tờ ghi «phong trào thi đua chuyển đổi số». Phong trào khác thì ghi tên kế hoạch phát động phong trào ở «Trích yếu» trên trang «Tiêu chí» của tệp bộ tiêu chí, chấm và chốt lại.',
    );
    const digital = papers('Bảng tiêu chí chấm điểm thi đua chuyển đổi số năm 2025', '');
    expect(papersCheck(digital.closed, COUNCIL_SHEET_NAMES).warnings.map((w) => w.text).some((w) => w.includes('không nêu tên phong trào'))).toBe(false);
  });
});

// Made for an officer's walk on Cần Thơ's Plan 157 scale: its papers awarded the digital-transformation movement.
