// The criteria set of a Word document, for every face: each table is considered, the first that reads as a criteria
// table is taken; the others are named with why they were not (not a criteria table, or also one). What a face says to
// the officer is built from this.
import { readCriteriaSheet, unusableTable, whyNoCriteriaTable, type CriteriaSheetError, type CriteriaSheetNotice, type Reconciliation } from '../../core/criteria/sheet/index.js';
import { TABLE_TITLE } from '../../core/criteria/sheet/second-table.js';
import type { BetweenParagraph } from '../../core/criteria/sheet/sheet-reader.js';
import { normalizeLabel } from '../../core/text.js';
import { cellText } from '../../core/values.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { DocxUnreadable, readDocxTables, type DocxTable, type HtmlParser } from './read.js';

/** The OLE2 compound-file signature that opens every Word 97–2003 document (.doc), whatever the file is named. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes are a Word 97–2003 document (or another OLE2 file), by their content. */
export const isWord97 = (data: Uint8Array): boolean => OLE2.every((b, i) => data[i] === b);

/** A table as the officer finds it: «Bảng 2 («PHỤ LỤC …»)». */
export function tableLabel(t: DocxTable & { continued?: string[]; parted?: string[] }): string {
  const more =
    (t.continued?.length ? ` (nối tiếp ở ${t.continued.join(', ')}, cùng dòng tiêu đề: đọc là một bảng)` : '') +
    (t.parted?.length ? ` (${t.parted.join(', ')} cùng dòng tiêu đề nhưng có tiêu đề riêng: xét ngay dưới bảng này)` : '');
  if (!t.caption) return `${t.grid.name}${more}`;
  return `${t.grid.name} («${t.caption.length > 80 ? `${t.caption.slice(0, 77)}…` : t.caption}»)${more}`;
}

/**
 * A table and the tables after it that continue it (their rows follow on from its last); `parted`: those after a title
 * of their own, their rows handed on under the title's; `between`: the paragraphs between two parts, handed on as rows
 * (`row`: the row's number in the table joined; `tables`: «Bảng 1 và Bảng 2»).
 */
type Joined = DocxTable & { continued: string[]; parted: string[]; between: BetweenParagraph[] };

const rowKey = (row: DocxTable['grid']['values'][number] | undefined) => (row ?? []).map((v) => normalizeLabel(cellText(v))).join('|');

/**
 * Tables that are one table split by a page or a heading: a table whose first row is a header row of the table before
 * it (written again on the new page, or the «ĐIỂM TRỪ» header the deductions opened with), as many columns, is read as
 * that table's continuation. A title of a table of its own between them («PHỤ LỤC II …», «BẢNG CHẤM ĐIỂM … CÁ NHÂN»:
 * two appendices of one header) is handed on in the rows, after a blank row, as a sheet holds it — so the sheet reader
 * says two tables (second-table.ts) and reads the first alone, never both as one set. Any other paragraph between them
 * («IX. ĐIỂM TRỪ …» written as a paragraph) is handed on as a row where it stands, for the reader to read as a part's
 * heading; one the set does not hold is said (core/criteria/sheet/between-paragraphs.ts).
 */
export function joinContinuedTables(tables: DocxTable[]): Joined[] {
  const out: Joined[] = [];
  // The paragraphs under each table's last part (those before the next part).
  const under = new Map<Joined, string[] | undefined>();
  for (const t of tables) {
    const last = out.at(-1);
    const first = t.grid.values[0];
    const width = (g: DocxTable['grid']) => Math.max(0, ...g.values.map((r) => r.length));
    const continues = last && first && rowKey(first).replace(/\|/g, '') !== '' && width(last.grid) === width(t.grid) && last.grid.values.some((r) => rowKey(r) === rowKey(first));
    if (continues) {
      // The paragraphs between the parts handed on as rows, never dropped: a part's heading («B. ĐIỂM TRỪ», «Phần II»)
      // read where it stands; from a title of a table of its own on, after a blank row, as a second table.
      const between = under.get(last) ?? [];
      const title = between.findIndex((p) => TABLE_TITLE.test(normalizeLabel(p)));
      const rows = title < 0 ? [...last.grid.values, ...between.map((p) => [p])] : [...last.grid.values, [], ...between.slice(title).map((p) => [p])];
      if (title < 0) last.between.push(...between.map((text, i) => ({ row: last.grid.values.length + i + 1, text, tables: `${[last.grid.name, ...last.continued].at(-1)} và ${t.grid.name}` })));
      // Word's marks of the continuation, at its rows' places in the table joined.
      if (t.marks) last.marks = [...(last.marks ?? []), ...t.marks.map((m) => ({ ...m, row: m.row + rows.length }))];
      last.grid = { ...last.grid, values: [...rows, ...t.grid.values] };
      under.set(last, t.below);
      // What the document writes under the table is under its last part; the paragraphs between its parts are not.
      // Parted by a title, what is under the first table (the one read) is the words above the title.
      if (last.parted.length > 0) last.parted.push(t.grid.name);
      else if (title >= 0) {
        last.parted.push(t.grid.name);
        if (title > 0) last.below = between.slice(0, title);
        else delete last.below;
      } else {
        last.continued.push(t.grid.name);
        if (t.below) last.below = t.below;
        else delete last.below;
      }
    } else {
      const table = { ...t, continued: [], parted: [], between: [] };
      under.set(table, t.below);
      out.push(table);
    }
  }
  return out;
}

export type DocxCriteria =
  | { ok: true; set: CriteriaSet; notices: CriteriaSheetNotice[]; reconciliation: Reconciliation; table: string; skipped: { table: string; why: string }[] }
  | { ok: false; table: string; errors: CriteriaSheetError[]; notices: CriteriaSheetNotice[] }
  | { ok: false; table?: undefined; seen: { table: string; why: string }[] };

/** Reads the document's criteria table (throws DocxUnreadable when the file is not a readable .docx, a .doc among them). */
export async function readDocxCriteria(data: Uint8Array, parse: HtmlParser, fileName: string): Promise<DocxCriteria> {
  // A face that converts .doc (the command line, through LibreOffice) does so before; here one is only recognised.
  if (isWord97(data)) throw new DocxUnreadable('là văn bản Word 97–2003 (.doc): mở trong Word và lưu lại dạng .docx');
  const tables = joinContinuedTables(await readDocxTables(data, parse));
  const reads = tables.map((t) => {
    const why = whyNoCriteriaTable(t.grid);
    return { t, why, read: why === undefined ? readCriteriaSheet(t.grid, { fileName, ...(t.caption && { caption: t.caption }), ...(t.documentTitle && { documentTitle: t.documentTitle }), ...(t.below && { below: t.below }), ...(t.above && { above: t.above }), ...(t.marks && { marks: t.marks }), ...(t.between.length > 0 && { between: t.between }) }) : undefined };
  });
  const chosen = reads.find((r) => r.read?.ok) ?? reads.find((r) => r.read);
  if (!chosen) return { ok: false, seen: reads.map((r) => ({ table: tableLabel(r.t), why: r.why! })) };
  const read = chosen.read!;
  if (!read.ok) return { ok: false, table: tableLabel(chosen.t), errors: read.errors, notices: read.notices };
  const skipped = reads
    .filter((r) => r !== chosen)
    .map((r) => ({ table: r.t.grid.name, why: r.why ?? (r.read?.ok ? 'cũng là bảng tiêu chí, dùng bảng đầu tiên' : unusableTable(r.read!.errors)) }));
  return { ok: true, set: read.set, notices: read.notices, reconciliation: read.reconciliation, table: tableLabel(chosen.t), skipped };
}


/**
 * What every face says of a document read (the command line on stderr, the pane and the standalone page in their
 * notice): the table taken and the tables left with why, or — none taken — each table seen and why it was not.
 */
export function docxChoiceText(read: Extract<DocxCriteria, { table: string }>, name: string): string {
  const skipped = read.ok ? read.skipped.map((t) => `${t.table}: ${t.why}`) : [];
  return `Dùng ${read.table} của tệp ${name} làm bảng tiêu chí${skipped.length > 0 ? `; bỏ qua ${skipped.join('; ')}` : ''}.`;
}

export function docxNoTableText(read: Extract<DocxCriteria, { seen: unknown }>, name: string): string {
  const seen = read.seen.length === 0 ? ['  văn bản không có bảng nào'] : read.seen.map((t) => `  ${t.table}: ${t.why}`);
  return [`Tệp ${name} không có bảng tiêu chí (bảng có cột «STT», «Nội dung», «Điểm chuẩn»…). Các bảng trong văn bản:`, ...seen].join('\n');
}

// Made for: `thidua criteria import` / `--criteria` of a .docx, and the pane's and standalone page's criteria file
// picker (DOMParser as the parser there).
