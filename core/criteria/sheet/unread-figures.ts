// A column of figures in a criteria table that no column of the reader takes (a barem's «Điểm tối thiểu», a
// «Trọng số»): its numbers are the table's and no criterion holds them, so they are said at the column's header —
// never dropped without a word. So is a column of words no column takes («Đơn vị thực hiện», «Thời gian hoàn thành»),
// once, in the reconciliation's summary. Both layouts ask it of their header.
import type { CellValue } from '../../cell.js';
import { cellText, parseNumberText } from '../../values.js';
import type { SheetReader, UnreadWords } from './sheet-reader.js';
import { headerWords } from '../../text.js';

/**
 * Says each column of the header at row `header` (its labels, by column) that no key took (`taken`) and whose cells
 * from row `from` to `end` are mostly numbers — but numbers counting rows from 1 in each level (an «Order» column).
 * `why`: what a layout knows of such a column, said in place of the words for any.
 */
export function noteUnreadFigures(sheet: SheetReader, header: number, labels: readonly (readonly string[])[], taken: ReadonlySet<number>, from: number, end: number, why?: ReadonlyMap<number, string>): void {
  const body = sheet.grid.values.slice(from, end);
  labels.forEach((words, c) => {
    if (taken.has(c) || words.length === 0) return;
    const figures = figuresIn(body, c);
    if (!figures) return;
    if (figures.every((n, i) => Number.isInteger(n) && (n === 1 || figures.slice(0, i).includes(n - 1)))) return;
    const cell = sheet.at(header, c);
    const named = headerWords(words);
    sheet.unread.push({ cell, column: cell.replace(/\d+$/, ''), words: named, figures: figures.length });
    sheet.note(cell, why?.get(c) ?? `Cột ${cell.replace(/\d+$/, '')} («${named}», ô ${cell}) ghi ${figures.length} số nhưng không phải cột nào thidua đọc: các số đó không vào bộ tiêu chí, không dùng khi chấm. Kiểm tra lại trước khi xác nhận (nếu là điều kiện chấm, ghi vào trang tiêu chí hoặc để Hội đồng xét).`);
  });
}

/**
 * Keeps each column of the header (its labels, by column) that no key took (`taken`), not said already as figures,
 * whose cells from row `from` to `end` write words — but the words a merged row wrote in a column taken too.
 */
export function keepUnreadWords(sheet: SheetReader, header: number, labels: readonly (readonly string[])[], taken: ReadonlySet<number>, from: number, end: number): void {
  const body = sheet.grid.values.slice(from, end);
  labels.forEach((words, c) => {
    const cell = sheet.at(header, c);
    if (taken.has(c) || words.length === 0 || sheet.unread.some((u) => u.cell === cell)) return;
    const rows = body.filter((row) => {
      const text = cellText(row?.[c]).trim();
      // Words of two letters at least: a column's number misread («(ổ)» for «(6)») or a lone mark is none.
      return /\p{L}.*\p{L}/su.test(text) && !(row ?? []).some((v, k) => k !== c && taken.has(k) && cellText(v).trim() === text);
    }).length;
    // A header of levels is named by its levels joined, as the officer reads it («Kết quả đánh giá Điểm tự chấm»).
    if (rows > 0) sheet.unreadWords.push({ cell, column: cell.replace(/\d+$/, ''), words: headerWords([words[0]!]), rows });
  });
}

/**
 * The reconciliation's line of the columns of words not read, one for the table, naming where it is (`where`: its
 * sheet, or its table of a document, and its file).
 */
export function unreadWordsLine(columns: readonly UnreadWords[], where: string): string {
  const named = columns.map((u) => `${u.column} «${u.words}» (ô ${u.cell}, ${u.rows} dòng có ghi)`).join(', ');
  const one = columns.length === 1;
  return `${one ? 'Cột' : 'Các cột'} ${named} của ${where} không được đọc vào bộ tiêu chí: lời ghi ở ${one ? 'cột' : 'các cột'} ấy không có trong bộ, không dùng khi chấm; cần giữ thì chép vào cột «Ghi chú» rồi nhập lại.`;
}

/** The numbers of a column under the header, when they are most of what it holds (two at least); undefined otherwise. */
function figuresIn(body: readonly (readonly CellValue[] | undefined)[], c: number): number[] | undefined {
  const cells = body.map((row) => row?.[c]).filter((v) => cellText(v).trim() !== '');
  const figures = cells.flatMap((v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v.trim()) : undefined;
    return n === undefined ? [] : [n];
  });
  return figures.length < 2 || figures.length < cells.length * 0.6 ? undefined : figures;
}

/**
 * A unit's scores in the table read as a set («Tự đánh giá», «Thẩm định» filled in: a unit's copy sent as the table):
 * the set keeps the criteria and their maxima, not those scores — said at the column's header, with where they count:
 * the file itself given to `thidua score` when it is a workbook (`fileName` .xlsx, or not named), else typed into the
 * unit's template, as `score` reads no Word or other file (cli/files.ts) — with the unit's documents of its
 * «Tài liệu kiểm chứng» column (`evidence`), which the template's «Minh chứng» holds, when the copy lists them. True
 * when it said a unit's scores: that copy's documents are the unit's, not words of the set left unread.
 */
export function noteScoresInTable(sheet: SheetReader, header: number, labels: readonly (readonly string[])[], columns: { selfScore?: number; verifiedScore?: number; evidence?: number }, from: number, end: number, fileName?: string): boolean {
  const body = sheet.grid.values.slice(from, end);
  const { evidence } = columns;
  const listed = evidence === undefined ? 0 : body.filter((row) => cellText(row?.[evidence]).trim() !== '').length;
  const documents = evidence === undefined || listed === 0 ? undefined : { cell: sheet.at(header, evidence), words: headerWords(labels[evidence]!), rows: listed };
  let said = false;
  for (const [key, c] of Object.entries({ selfScore: columns.selfScore, verifiedScore: columns.verifiedScore })) {
    if (c === undefined || !figuresIn(body, c)) continue;
    said = true;
    const cell = sheet.at(header, c);
    const what = key === 'selfScore' ? 'điểm tự chấm' : 'điểm thẩm định';
    sheet.note(cell, `Cột ${cell.replace(/\d+$/, '')} («${headerWords(labels[c]!)}», ô ${cell}) ghi ${what} của một đơn vị: bộ tiêu chí chỉ giữ các tiêu chí và điểm tối đa, không giữ các điểm ấy. ${howToScore(fileName, documents)}`);
  }
  return said;
}

/** Where a unit's scores in the table count: the workbook itself, or its template typed — with its documents, said where they go. */
function howToScore(fileName: string | undefined, documents: { cell: string; words: string; rows: number } | undefined): string {
  if (fileName === undefined || /\.xlsx$/i.test(fileName)) return 'Muốn chấm đơn vị đó, đưa chính tệp này vào «thidua score» như báo cáo của đơn vị.';
  const also = documents === undefined ? '' : ` — cùng tài liệu kiểm chứng ${documents.rows} dòng ghi ở cột ${documents.cell.replace(/\d+$/, '')} («${documents.words}», ô ${documents.cell}), vào cột «Minh chứng» của mẫu —`;
  return `Muốn chấm đơn vị đó, ghi các điểm ấy vào mẫu báo cáo của đơn vị (thidua template --unit)${also} rồi đưa mẫu ấy vào «thidua score»: «thidua score» chỉ chấm sổ tính .xlsx, không chấm chính tệp ${fileName}.`;
}

/**
 * Whether a column of lowest points (an app's «Điểm tối thiểu» beside «Điểm tối đa») holds floors a row may fall to —
 * none of its figures above 0, one below — which the reader takes (a deduction «-5 | 0», a range «-4 | 4»); a column of
 * thresholds to reach (a barem's «Điểm tối thiểu» 21 of 30) is no such column, said as figures no column takes.
 */
export function holdsFloors(values: readonly (readonly unknown[] | undefined)[], column: number, from: number, end: number): boolean {
  const figures = values.slice(from, end).flatMap((row) => {
    const v = row?.[column];
    const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v.trim()) : undefined;
    return n === undefined ? [] : [n];
  });
  return figures.some((n) => n < 0) && figures.every((n) => n <= 0);
}

// Made for issue 59's session 73: a commune's barem «Tiêu chí | Điểm tối đa | Điểm tối thiểu», imported with its
// minima gone and every figure said to agree. Then for the walk of Lâm Đồng's PAR INDEX report, a .docx: its
// «Điểm tự đánh giá» said to be scored by giving `score` the Word file, which `score` refuses.
// And for officers' edits before import (test/criteria/officer-edits.test.ts): a «Đơn vị thực hiện» column inserted
// beside the criteria, its words in no criterion and dropped without a word, as a DTI table's «Tài liệu kiểm chứng» was.
