// Căn cứ pháp lý (legal bases): one dated table of the texts the papers cite, each with its number, its date and the
// days it is in force, so that every «Căn cứ» carries its number and date and a paper cites what was in force on the
// day the result was closed (the day the dossier is made). What each entry rests on is said in docs/dinh-dang-tep.md
// («Căn cứ pháp lý»): DOMAIN.md's tags, and what was not verified.
import { formatDateVi } from '../values.js';

/** What a text is the basis of: a paper cites one text of each, the one in force on its day. */
export type Slot = 'local-government' | 'emulation-law' | 'emulation-amendment' | 'decree' | 'circular';

export type LegalText = {
  slot: Slot;
  /** As a «Căn cứ» cites it, number and date included. */
  citation: string;
  /** In force from (YYYY-MM-DD), and until (the last day, when an end is known). */
  from: string;
  to?: string;
  /** From this day the text may have ceased in part (an end recorded but not verified): cited, with a warning. */
  doubtFrom?: string;
};

export const LEGAL_TEXTS: readonly LegalText[] = [
  {
    slot: 'local-government',
    citation: 'Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số 47/2019/QH14 ngày 22 tháng 11 năm 2019',
    from: '2016-01-01',
    to: '2025-06-30',
  },
  { slot: 'local-government', citation: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025', from: '2025-07-01' },
  { slot: 'emulation-law', citation: 'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022', from: '2024-01-01' },
  {
    slot: 'emulation-amendment',
    citation: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 06/2026/QH16 ngày 23 tháng 4 năm 2026',
    from: '2026-10-01',
  },
  {
    slot: 'decree',
    citation: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    from: '2024-01-01',
    to: '2025-06-30',
  },
  {
    slot: 'decree',
    citation:
      'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    from: '2025-07-01',
    // DOMAIN.md §12: the end recorded for 01/03/2027 may cover only its decentralisation articles [guess].
    doubtFrom: '2027-03-01',
  },
  { slot: 'circular', citation: 'Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ hướng dẫn công tác thi đua, khen thưởng', from: '2025-08-05', to: '2027-02-28' },
];

/** The order a decision cites them in: the law on the issuer's powers, then the laws, the decree, the circular. */
const ORDER: readonly Slot[] = ['local-government', 'emulation-law', 'emulation-amendment', 'decree', 'circular'];
/** Slots a paper cannot go without: when no text is in force, the nearest is cited and a warning says so. */
const REQUIRED: ReadonlySet<Slot> = new Set(['local-government', 'emulation-law', 'decree']);
const LABEL: Record<Slot, string> = {
  'local-government': 'luật về tổ chức chính quyền địa phương',
  'emulation-law': 'Luật Thi đua, khen thưởng',
  'emulation-amendment': 'luật sửa đổi Luật Thi đua, khen thưởng',
  decree: 'nghị định hướng dẫn Luật Thi đua, khen thưởng',
  circular: 'thông tư hướng dẫn công tác thi đua, khen thưởng',
};

const inForce = (t: LegalText, day: string) => t.from <= day && (t.to === undefined || day <= t.to);
const span = (t: LegalText) => `từ ${formatDateVi(t.from)}${t.to ? ` đến hết ${formatDateVi(t.to)}` : ''}`;

/**
 * The bases cited on `day` (YYYY-MM-DD), in the order a decision cites them, and a Vietnamese warning for each text
 * cited outside its dates or each basis no text covers — said before the papers are written, never printed in them.
 */
export function legalBasesOn(day: string, slots: readonly Slot[] = ORDER): { citations: string[]; warnings: string[] } {
  const citations: string[] = [];
  const warnings: string[] = [];
  for (const slot of ORDER.filter((s) => slots.includes(s))) {
    const texts = LEGAL_TEXTS.filter((t) => t.slot === slot);
    const current = texts.find((t) => inForce(t, day));
    if (current) {
      citations.push(current.citation);
      if (current.doubtFrom && current.doubtFrom <= day) {
        warnings.push(`${current.citation.split(' ngày ')[0]} được ghi nhận hết hiệu lực từ ${formatDateVi(current.doubtFrom)} (chưa kiểm chứng): ngày ${formatDateVi(day)} văn bản có thể hết hiệu lực một phần — kiểm tra văn bản thay thế trước khi ký.`);
      }
      continue;
    }
    if (!REQUIRED.has(slot)) {
      // A circular that has lapsed (or is not yet in force) is not cited; an amendment not yet in force never is.
      if (slot === 'circular') warnings.push(`Ngày ${formatDateVi(day)} không có ${LABEL[slot]} nào còn hiệu lực trong bảng căn cứ: hồ sơ không dẫn thông tư.`);
      continue;
    }
    // The nearest text before the day (or the first after it): cited, and said to be outside its dates.
    const nearest = [...texts].reverse().find((t) => t.from <= day) ?? texts[0];
    if (!nearest) continue;
    citations.push(nearest.citation);
    warnings.push(`${nearest.citation.split(' ngày ')[0]} có hiệu lực ${span(nearest)}, không bao gồm ngày ${formatDateVi(day)} của hồ sơ; vẫn dẫn văn bản này vì bảng căn cứ chưa có ${LABEL[slot]} thay thế — hãy kiểm tra trước khi ký.`);
  }
  return { citations, warnings };
}

// Made for issue 46 item 3: every «Căn cứ» with its number and date, chosen by date from one table, with a warning
// before a text is cited outside its dates.
