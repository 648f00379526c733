// What Word marks in a table and a reader of its text does not see: changes still tracked (Theo dõi thay đổi) in a
// draft, hidden text (Ẩn), and a table nested in a cell (its cells read as lines of the cell's words). The document is
// read as Word shows it with every change accepted (what was deleted dropped, a row deleted not read, what was inserted
// read), hidden text read as any other, a nested table as words — never a guess at which the office meant: each is
// said, first in the reconciliation and at its cell, for the officer to accept or reject the changes in Word, delete
// the hidden words, or write the nested table's points as rows, and import again.
import { cellAddress } from '../../text.js';
import type { CriteriaSet } from '../schema.js';
import { criteriaByRow, criterionWords, short } from './reconcile.js';
import type { CriteriaSheetNotice, WordMark } from './sheet-reader.js';

export type WordMarks = { notices: CriteriaSheetNotice[]; said?: string };

const q = (text: string) => `«${short(text.trim())}»`;

/** What to do of hidden words, said in the reconciliation and at their cell alike. */
const HIDDEN_REMEDY = 'nếu năm nay bỏ, hãy xoá chữ ấy trong Word rồi nhập lại; nếu chỉ ẩn cho gọn khi in, giữ nguyên.';
/** What to do of a table nested in a cell, said in the reconciliation and at its cell alike. */
const NESTED_REMEDY = 'Hãy ghi điểm của bảng ấy thành các dòng của bảng chính (mỗi mức một dòng, điểm ở cột điểm) trong Word rồi nhập lại, hoặc sửa trên trang «Tiêu chí» của tệp .xlsx xuất ra.';

/** The marks said, each change with what thidua read from it; `rowOf`: the row each criterion was read from. */
export function wordMarks(marks: readonly WordMark[] | undefined, set: CriteriaSet, rowOf?: ReadonlyMap<string, number>): WordMarks {
  if (!marks || marks.length === 0) return { notices: [] };
  const criterionOf = criteriaByRow(set, rowOf);
  const criterionAt = (row: number) => {
    const c = criterionOf(row);
    return c && criterionWords(c);
  };
  // A cell's deleted and inserted words are one change: «10» → «5».
  const cells = new Map<string, { row: number; col: number; deleted: string[]; inserted: string[] }>();
  const changes: { row: number; cell: string; said: string; notice: string }[] = [];
  for (const m of marks.filter((x) => x.kind === 'deleted' || x.kind === 'inserted')) {
    const cell = cellAddress(m.row, m.col);
    if (m.wholeRow && m.kind === 'deleted') {
      changes.push({ row: m.row, cell, said: `trước dòng ${m.row} có dòng đã xoá ${q(m.text)}: không đọc`, notice: `Trên dòng này có một dòng đã xoá nhưng chưa chấp nhận (Theo dõi thay đổi): ${q(m.text)}. thidua đọc như đã chấp nhận: dòng ấy không vào bộ tiêu chí.` });
    } else if (m.wholeRow) {
      const read = criterionAt(m.row) ?? q(m.text);
      changes.push({ row: m.row, cell, said: `dòng ${m.row} chèn thêm: đọc thành ${read}`, notice: `Dòng ${m.row} được chèn thêm nhưng chưa chấp nhận (Theo dõi thay đổi). thidua đọc như đã chấp nhận: ${read}.` });
    } else {
      const at = cells.get(cell) ?? { row: m.row, col: m.col, deleted: [], inserted: [] };
      (m.kind === 'deleted' ? at.deleted : at.inserted).push(m.text);
      cells.set(cell, at);
    }
  }
  for (const [cell, c] of cells) {
    const from = c.deleted.join(''), to = c.inserted.join('');
    const change = from !== '' && to !== '' ? `${q(from)} → ${q(to)}` : from !== '' ? `xoá ${q(from)}` : `thêm ${q(to)}`;
    changes.push({ row: c.row, cell, said: `dòng ${c.row} (ô ${cell}): ${change}`, notice: `Ô ${cell} còn thay đổi chưa chấp nhận (Theo dõi thay đổi): ${change}. thidua đọc như đã chấp nhận${to !== '' ? `: ${q(to)}` : ''}.` });
  }
  const hidden = marks.filter((m) => m.kind === 'hidden').map((m) => ({ cell: cellAddress(m.row, m.col), text: m.text }));
  // A table nested in a cell: its cells read as lines of the cell's words, never as points or levels — what its row
  // was read as said, for the officer to write its points as rows of the table (one level a row) and import again.
  const nested = marks.filter((m) => m.kind === 'nested').map((m) => {
    const [cell, read] = [cellAddress(m.row, m.col), criterionAt(m.row)];
    return { cell, message: `Ô ${cell} có một bảng lồng trong ô: «${m.text}». thidua không đọc bảng lồng: các số của nó không thành điểm hay mức nào, ${read ? `dòng ${m.row} đọc thành ${read}` : `dòng ${m.row} không thành tiêu chí nào của bộ`}. ${NESTED_REMEDY}` };
  });
  changes.sort((a, b) => a.row - b.row);
  const said = [
    ...(changes.length === 0 ? [] : [`Văn bản còn ${changes.length} thay đổi chưa chấp nhận (Theo dõi thay đổi) trong bảng: thidua đọc như đã chấp nhận hết — ${changes.map((c) => c.said).join('; ')}. Chấp nhận hoặc từ chối các thay đổi trong Word rồi nhập lại nếu không đúng.`]),
    ...(hidden.length === 0 ? [] : [`Văn bản có chữ ẩn (định dạng Ẩn) trong bảng: ${hidden.map((h) => `ô ${h.cell} ${q(h.text)}`).join('; ')}. thidua vẫn đọc chữ ẩn như mọi chữ khác; ${HIDDEN_REMEDY}`]),
    ...nested.map((t) => t.message),
  ];
  const notices = [
    ...changes.map((c) => ({ cell: c.cell, message: `${c.notice} Chấp nhận hoặc từ chối thay đổi trong Word rồi nhập lại nếu không đúng.` })),
    ...hidden.map((h) => ({ cell: h.cell, message: `Ô ${h.cell} có chữ ẩn trong văn bản: ${q(h.text)}. thidua vẫn đọc chữ ấy như mọi chữ khác; ${HIDDEN_REMEDY}` })),
    ...nested,
  ];
  return { notices, said: said.join(' ') };
}

// Made for drafts (dự thảo) imported before their changes were accepted: a maximum «10» changed to «5», a criterion's
// row deleted or inserted with Track Changes on, or words hidden, were read as Word's final view without a word; and for
// ren-luyen-dthu-xem-phieu's V.3 (criteria-corpus), its points only in a table nested in its cell (Cấp trưởng 10 / 9 /
// 8 / 6, Cấp phó 8 / 7 / 6 / 4), read as words of part V without a word of the table.
