// A footnote's number written on a criterion's words, as a document converted to text or retyped keeps it: Hải Phòng's
// forms (Decision 212/2025/QĐ-UBND) end «Chất lượng công việc được giao4», «… (cụ thể hóa bằng các đầu công việc)3»,
// «Thái độ phục vụ người dân, doanh nghiệp2». The footnote is not in the table, and it may be how the row is scored
// (that «2» shares I.5's 4 points among the other criteria for a post not facing the public). thidua cannot tell a
// footnote from a name that ends in a number, so the words are kept as written and the doubt is said at their cell.
import type { Criterion } from '../schema.js';
import type { SheetReader } from './sheet-reader.js';

/** One or two digits right after a word of small letters («giao4», never an item's code «a1») or a closing bracket («việc)3»), ending the words. */
const GLUED = /(?:(?<=(?:^|\s)\p{Ll}{2,})|(?<=\)))(\d{1,2})$/u;

/** Says, at each criterion's title cell (`cellOf`), a number its words end with glued to them. */
export function noteFootnoteMarks(sheet: SheetReader, criteria: readonly Criterion[], cellOf: (code: string) => string | undefined): void {
  for (const c of criteria) {
    const title = c.title.trim();
    const mark = GLUED.exec(title);
    const cell = mark ? cellOf(c.code) : undefined;
    if (!mark || !cell) continue;
    const word = title.slice(title.lastIndexOf(' ') + 1);
    sheet.note(
      cell,
      `Tên mục ${c.code} kết thúc bằng số ${mark[1]} viết liền chữ («${word}»): có thể là số chú thích của văn bản — chú thích không nằm trong bảng và có khi là cách chấm mục này, đọc ở văn bản gốc. Tên giữ như bảng ghi; là chú thích thì bỏ số ấy ở cột «Tiêu chí» trên trang «Tiêu chí» của tệp .xlsx xuất ra.`,
    );
  }
}

// Made for: an officer's walk of Hải Phòng's scoring of a ward's civil servants, whose criteria's names carried their
// footnotes' numbers into the report template, every flag and the papers, without a word.
