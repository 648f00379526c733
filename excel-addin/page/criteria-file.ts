// Bộ tiêu chí từ tệp (the criteria from their own file) on the standalone page: a criteria workbook, an
// officer's plain table or an all-in-one scoring sheet — with the commune's list of units when the
// workbook has one; or the scoring table of a Word document (.docx; an old .doc is told to be saved as .docx). One
// reader per kind of file, by extension.
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { CriteriaSheetChoice, CriteriaSheetNotice, Reconciliation } from '../../core/criteria/sheet/index.js';
import { readRoster, ROSTER_SHEET, type RosterUnit } from '../../core/ranking/roster.js';
import { READ_LIMITS } from '../../core/workbook/limits.js';
import { OTHER_SHEET_HINT } from '../actions/criteria.js';
import { cellText } from '../../core/values.js';
import { StepTimedOut, ThreadLost } from './commune-run.js';
import { handBack, takeThread } from './worker-thread.js';

export type CriteriaFromFile =
  /**
   * `alsoReports`: the workbook holds unit reports too (an all-in-one scoring sheet is both). `choice`: the line
   * naming the table taken among several (a Word document's, a workbook's sheet). `sheets`: a workbook's sheets holding
   * a criteria table, when more than one, each with what it holds, for the officer to take another; `sheet` the one taken.
   */
  | { ok: true; set: CriteriaSet; roster: RosterUnit[]; where: string; notices: CriteriaSheetNotice[]; reconciliation: Reconciliation; alsoReports: boolean; choice?: string; sheet?: string; sheets?: CriteriaSheetChoice[] }
  /**
   * `notReport`: the workbook's criteria table was refused and none of its sheets is a unit's report — neither the set
   * nor a report, so chosen among the reports it is skipped with this message on its line, never scored as a report.
   */
  | { ok: false; message: string; notReport?: true };

/** `sheet`: the workbook's sheet the officer chose (a Word document has none to choose). */
type CriteriaReader = (file: Blob, name: string, sheet?: string) => Promise<CriteriaFromFile>;

const READERS: Record<string, CriteriaReader> = {
  '.xlsx': fromWorkbook,
  '.docx': fromDocument,
  // Word 97–2003: recognised by its content and refused with the hint (a page cannot run LibreOffice to convert it).
  '.doc': fromDocument,
};

/** The extensions the criteria button accepts. */
export const CRITERIA_FILE_TYPES = Object.keys(READERS).join(',');

/** The set of a criteria file; `sheet`: of a workbook, the sheet the officer chose among those holding criteria (`--sheet`). */
export async function readCriteriaFile(file: Blob, name: string, sheet?: string): Promise<CriteriaFromFile> {
  const ext = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
  const reader = READERS[ext];
  if (!reader) return { ok: false, message: `Tệp ${name} không phải tệp bộ tiêu chí (cần ${Object.keys(READERS).join(', ')}).` };
  return reader(file, name, sheet);
}

async function fromWorkbook(file: Blob, name: string, sheet?: string): Promise<CriteriaFromFile> {
  const [{ OoxmlWorkbook }, { PackageRefused }, sheets, { looksLikeReport, readIfReport }] = await Promise.all([
    import('../../adapters/ooxml/workbook.js'),
    import('../../adapters/ooxml/zip.js'),
    import('../../core/criteria/sheet/index.js'),
    import('../../core/report/read.js'),
  ]);
  let book;
  try {
    book = OoxmlWorkbook.open(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    return { ok: false, message: `Không mở được ${name}: ${e instanceof PackageRefused ? e.message : 'tệp không phải sổ tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng'}.` };
  }
  const grids = await book.readSheets(await book.listSheets());
  // The sheet chosen; else a criteria sheet first, else an all-in-one scoring sheet, whose rows and maxima are the set.
  const grid = sheet === undefined ? (sheets.findCriteriaSheet(grids) ?? sheets.findScoringSheet(grids)) : grids.find((g) => g.name === sheet);
  if (sheet !== undefined && !grid) return { ok: false, message: `Tệp ${name} không có trang «${sheet}»; các trang: ${grids.map((g) => `«${g.name}»`).join(', ')}.` };
  // Refused only for want of a table, said sheet by sheet as the command line says it.
  if (!grid) return { ok: false, message: [`Tệp ${name} không có trang tiêu chí:`, ...grids.map((g) => `  trang «${g.name}»: ${sheets.whyNoCriteriaTable(g) ?? 'không có bảng tiêu chí'}`)].join('\n') };
  const where = `trang «${grid.name}» của tệp ${name}`;
  const read = sheets.readCriteriaSheet(grid, { fileName: name.split(/[/\\]/).pop()! });
  if (!read.ok) {
    // A unit's report chosen as the criteria (its table read as a scoring sheet fails cell by cell): said as what it is.
    const report = grids.map((g) => readIfReport(g)).find((r) => r?.ok);
    if (report?.ok) return { ok: false, message: `Tệp ${name}: đây là báo cáo của ${cellText(report.report.unitName?.raw) || `trang «${report.report.sheet}»`}, không phải bộ tiêu chí. Hãy chọn tệp bộ tiêu chí (có trang «Tiêu chí») hoặc một bộ có sẵn; báo cáo chọn ở bước 2.` };
    return { ok: false, message: sheets.refusalText(where, read.errors, read.notices), ...(!grids.some(looksLikeReport) && { notReport: true }) };
  }
  const rosterGrid = grids.find((g) => g.name === ROSTER_SHEET);
  // The sheet taken said as the command line says it, and the others offered to take instead (as --sheet does).
  const choices = sheets.criteriaSheetChoices(grids, grid, read.set);
  const others = sheets.otherCriteriaSheets(choices, grid.name, name);
  const choice = others && `${others} ${OTHER_SHEET_HINT}`;
  return {
    ok: true, set: read.set, roster: rosterGrid ? readRoster(read.set, rosterGrid) : [], where, notices: read.notices, reconciliation: read.reconciliation, alsoReports: grids.some(looksLikeReport),
    ...(choice && { choice }), ...(choices.length > 1 && { sheet: grid.name, sheets: choices }),
  };
}

/** A Word document, read in the page's scoring thread (takeThread), no other step beside it: one made to hurt stops there, within the thread's time limit. */
async function fromDocument(file: Blob, name: string): Promise<CriteriaFromFile> {
  const thread = takeThread();
  let answer;
  try {
    answer = await thread.step({ step: 'docx', file, name });
  } catch (e) {
    thread.close();
    if (e instanceof StepTimedOut) return { ok: false, message: `Tệp ${name} đọc quá ${e.seconds} giây nên đã bị dừng (giới hạn ${READ_LIMITS.fileSeconds} giây một tệp): tệp có thể bị hỏng hoặc được làm ra để treo máy.` };
    if (e instanceof ThreadLost) return { ok: false, message: `Tệp ${name}: luồng đọc dừng giữa chừng (tệp quá lớn hoặc hỏng), không đọc được.` };
    throw e;
  }
  handBack(thread);
  if (!answer.ok) return { ok: false, message: `Tệp ${name} không đọc được: ${answer.message}.` };
  if (answer.step !== 'docx') throw new Error(`unexpected answer ${answer.step}`);
  const { read } = answer;
  if (!read.ok) return read;
  return { ok: true, set: read.set, roster: [], where: read.where, notices: read.notices, reconciliation: read.reconciliation, alsoReports: false, choice: read.choice };
}

// Made for: choosing the criteria of a commune's run on the standalone page from the officer's own file.
