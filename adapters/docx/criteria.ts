// The criteria set of a Word document, for every face: each table is considered, the first that reads as a criteria
// table is taken; the others are named with why they were not (not a criteria table, or also one). What a face says to
// the officer is built from this.
import { readCriteriaSheet, whyNoCriteriaTable, type CriteriaSheetError, type CriteriaSheetNotice } from '../../core/criteria/sheet/index.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { readDocxTables, type DocxTable, type HtmlParser } from './read.js';

/** A table as the officer finds it: «Bảng 2 («PHỤ LỤC …»)». */
export function tableLabel(t: DocxTable): string {
  if (!t.caption) return t.grid.name;
  return `${t.grid.name} («${t.caption.length > 80 ? `${t.caption.slice(0, 77)}…` : t.caption}»)`;
}

export type DocxCriteria =
  | { ok: true; set: CriteriaSet; notices: CriteriaSheetNotice[]; table: string; skipped: { table: string; why: string }[] }
  | { ok: false; table: string; errors: CriteriaSheetError[]; notices: CriteriaSheetNotice[] }
  | { ok: false; table?: undefined; seen: { table: string; why: string }[] };

/** Reads the document's criteria table (throws DocxUnreadable when the file is not a readable .docx). */
export async function readDocxCriteria(data: Uint8Array, parse: HtmlParser, fileName: string): Promise<DocxCriteria> {
  const tables = await readDocxTables(data, parse);
  const reads = tables.map((t) => {
    const why = whyNoCriteriaTable(t.grid);
    return { t, why, read: why === undefined ? readCriteriaSheet(t.grid, { fileName, ...(t.caption && { caption: t.caption }) }) : undefined };
  });
  const chosen = reads.find((r) => r.read?.ok) ?? reads.find((r) => r.read);
  if (!chosen) return { ok: false, seen: reads.map((r) => ({ table: tableLabel(r.t), why: r.why! })) };
  const read = chosen.read!;
  if (!read.ok) return { ok: false, table: tableLabel(chosen.t), errors: read.errors, notices: read.notices };
  const skipped = reads
    .filter((r) => r !== chosen)
    .map((r) => ({ table: r.t.grid.name, why: r.why ?? (r.read?.ok ? 'cũng là bảng tiêu chí, dùng bảng đầu tiên' : 'là bảng tiêu chí nhưng có lỗi') }));
  return { ok: true, set: read.set, notices: read.notices, table: tableLabel(chosen.t), skipped };
}

// Made for: `thidua criteria import` / `--criteria` of a .docx, and the pane's and standalone page's criteria file
// picker (DOMParser as the parser there).
