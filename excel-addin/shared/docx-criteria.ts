// A scoring table issued as a Word document (.docx), read in the browser for the task pane's «Tiêu chí» tab and the
// standalone page (its one-workbook mode, and «Chấm cả xã» in its scoring thread: excel-addin/page/run-steps.ts): adapters/docx reads it
// as the command line does (bounded, then mammoth, then the project's table reader), the browser's own DOMParser
// parses mammoth's HTML (linkedom in the thread, which has none); what is said — the table taken and the ones left
// with why, or each table seen and why none was taken — is the command line's wording.
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { CriteriaSheetError, CriteriaSheetNotice, Reconciliation } from '../../core/criteria/sheet/index.js';
import { refusalText } from '../../core/criteria/sheet/notice-text.js';
import type { HtmlParser } from '../../adapters/docx/read.js';

export type DocxCriteriaRead =
  /** `where`: «Bảng 2 («…») của tệp x.docx»; `choice`: the line naming it and the tables left. */
  | { ok: true; set: CriteriaSet; notices: CriteriaSheetNotice[]; reconciliation: Reconciliation; where: string; choice: string }
  /** `errors`: the table taken had errors, each with its cell (`where` names it). */
  | { ok: false; message: string; where?: string; errors?: CriteriaSheetError[] };

const domParse: HtmlParser = (html) => new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');

export async function readDocxCriteriaFile(file: Blob, name: string, parse: HtmlParser = domParse): Promise<DocxCriteriaRead> {
  // mammoth loads on first use: drawing the page needs none of it.
  const [{ readDocxCriteria, docxChoiceText, docxNoTableText }, { DocxUnreadable }] = await Promise.all([
    import('../../adapters/docx/criteria.js'),
    import('../../adapters/docx/read.js'),
  ]);
  let read;
  try {
    read = await readDocxCriteria(new Uint8Array(await file.arrayBuffer()), parse, name);
  } catch (e) {
    if (e instanceof DocxUnreadable) return { ok: false, message: `Tệp ${name} ${e.message}.` };
    throw e;
  }
  if (!read.ok && read.table === undefined) return { ok: false, message: docxNoTableText(read, name) };
  const where = `${read.table} của tệp ${name}`;
  if (!read.ok) return { ok: false, where, errors: read.errors, message: refusalText(where, read.errors, read.notices) };
  return { ok: true, set: read.set, notices: read.notices, reconciliation: read.reconciliation, where, choice: docxChoiceText(read, name) };
}

// Made for: officers whose scoring appendix came as a Word document, choosing it as the criteria in the browser.
