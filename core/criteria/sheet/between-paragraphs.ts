// Paragraphs a Word document writes between two parts of one table (a table split by a page, its header written again
// under the paragraph): the docx adapter hands them on as rows where they stand (adapters/docx/criteria.ts), for the
// reader to take as a part's heading («IX. ĐIỂM TRỪ …», «B. ĐIỂM TRỪ»). One the set read holds as no part or criterion
// («Ghi chú: …», a heading the reader does not take for one) is said first in the reconciliation and at its row: the rows under it
// were read as the part above (deductions as the bonus part), which no ✔ of the figures may cover.
import { normalizeLabel } from '../../text.js';
import type { CriteriaSet } from '../schema.js';
import { short } from './reconcile.js';
import type { BetweenParagraph, CriteriaSheetNotice } from './sheet-reader.js';
import { GOES_ON } from './vocabulary.js';

export type BetweenParagraphs = { notices: CriteriaSheetNotice[]; said?: string };


/** The paragraphs the set holds as no part or criterion, said; a paragraph holding a part's or criterion's title is placed. */
export function betweenParagraphs(paragraphs: readonly BetweenParagraph[] | undefined, set: CriteriaSet): BetweenParagraphs {
  const titles = [...set.groups, ...set.criteria].map((g) => normalizeLabel(g.title)).filter((g) => g !== '');
  const unplaced = (paragraphs ?? []).filter((p) => !GOES_ON.test(normalizeLabel(p.text)) && !titles.some((g) => normalizeLabel(p.text).includes(g)));
  if (unplaced.length === 0) return { notices: [] };
  const notices = unplaced.map((p) => ({
    cell: `A${p.row}`,
    message: `Đoạn «${p.text}» giữa ${p.tables} (cùng dòng tiêu đề, đọc là một bảng; đặt ở dòng ${p.row}) không đọc được thành phần hay tiêu chí nào: các dòng dưới nó đọc tiếp theo phần ở trên. Nếu đoạn ấy là tên một phần (điểm thưởng, điểm trừ, phần II…), hãy đưa nó vào bảng thành một dòng (số thứ tự ở cột STT, tên ở cột nội dung) rồi nhập lại.`,
  }));
  const named = unplaced.map((p) => `«${short(p.text)}» (dòng ${p.row})`).join(', ');
  const said = `${unplaced.length === 1 ? 'Đoạn' : `${unplaced.length} đoạn`} ${named} giữa hai phần của bảng không đọc được thành phần hay tiêu chí nào: các dòng dưới ${unplaced.length === 1 ? 'nó' : 'mỗi đoạn'} được đọc tiếp theo phần ở trên (xem ghi chú ở ô ${notices.map((n) => n.cell).join(', ')}).`;
  return { notices, said };
}

// Made for a Word table split in two with «B. ĐIỂM TRỪ» written as the paragraph between (test/criteria/officer-files.test.ts
// (c)): its deductions read under the bonus part with «Các số bảng ghi đều khớp ✔» (that heading now read as the
// deduction part it names: layouts/scoring-table/tree.ts).
