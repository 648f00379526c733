// The command line's file adapter: everything that touches the disk. Messages name the file.
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { EditablePort } from '../adapters/ooxml/workbook.js';
import { loadCriteriaSet } from '../core/criteria/load.js';
import type { CriteriaSet } from '../core/criteria/schema.js';
import { findCriteriaSheet, findScoringSheet, readCriteriaSheet, type CriteriaSheetNotice } from '../core/criteria/sheet/index.js';
import { matchesLabel } from '../core/text.js';
import { UsageError } from './command.js';
import { SCORED_SUFFIX, SUMMARY_FILE } from './outputs.js';

/** A path as the officer would recognise it: relative to where they ran the command. */
export function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

export type Opened = { ok: true; workbook: EditablePort } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // Excel 97–2003 (.xls) and password-protected workbooks
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

/**
 * Opens an .xlsx file, or says in Vietnamese why it cannot be read. A workbook only read (the council's
 * tong-hop.xlsx, a roster, criteria) is read straight from its package; one opened to be scored is
 * loaded into ExcelJS at once, which writes its copy (reading it from the package as well cost a batch
 * a second parse of every sheet) — both behind the same bounded pre-pass.
 */
export async function openWorkbookFile(path: string, cwd: string, use: 'read' | 'score' = 'read'): Promise<Opened> {
  const name = shown(path, cwd);
  let buf: Uint8Array;
  try {
    // Synchronous, as outputs.ts writes: a workbook is small, and an awaited read only waited on the thread pool.
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `Không tìm thấy tệp ${name}.` : `Không đọc được tệp ${name} (${code ?? String(e)}).` };
  }
  if (startsWith(buf, OLE)) {
    return { ok: false, message: `Tệp ${name} là tệp Excel 97–2003 (.xls) hoặc có mật khẩu: hãy mở trong Excel và lưu lại dạng .xlsx không mật khẩu.` };
  }
  if (!startsWith(buf, ZIP)) return { ok: false, message: `Tệp ${name} không phải tệp Excel .xlsx (hoặc đã bị hỏng).` };
  // Loaded on first use: commands that never open a workbook start without them.
  const [{ OoxmlWorkbook }, { PackageRefused }, { ExcelJsWorkbook, WorkbookRefused }] = await Promise.all([
    import('../adapters/ooxml/workbook.js'),
    import('../adapters/ooxml/zip.js'),
    import('../adapters/exceljs/exceljs-workbook.js'),
  ]);
  try {
    return { ok: true, workbook: use === 'score' ? await ExcelJsWorkbook.fromBuffer(buf) : OoxmlWorkbook.open(buf, (bytes) => ExcelJsWorkbook.fromBounded(bytes)) };
  } catch (e) {
    if (e instanceof PackageRefused || e instanceof WorkbookRefused) return { ok: false, message: `Tệp ${name} không được mở: ${e.message}.` };
    return { ok: false, message: `Tệp ${name} bị hỏng, không mở được (${e instanceof Error ? e.message : String(e)}).` };
  }
}

export async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** What a run was given: the workbooks to score, and everything named or found that will not be, with why. */
export type Inputs = { files: string[]; missing: string[]; skipped: { path: string; reason: string }[] };

/**
 * The .xlsx files named or found (recursively, sorted) in the named folders — without Excel's "~$"
 * lock files, thidua's own outputs, hidden folders and anything under `outDir`. Other files found and
 * folders that cannot be read are listed in `skipped`, so the run can say what it left out.
 */
export async function collectInputs(paths: string[], cwd: string, outDir: string): Promise<Inputs> {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: Inputs['skipped'] = [];
  const inOut = (p: string) => p === outDir || p.startsWith(outDir + sep);
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      skipped.push({ path: dir, reason: `không đọc được thư mục (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.name.startsWith('.') || e.name === 'node_modules' || inOut(p)) continue;
      if (e.isDirectory()) await walk(p);
      else if (isScannable(e.name)) files.push(p);
      else if (!isOwnOrLock(e.name)) skipped.push({ path: p, reason: notWorkbookReason(e.name) });
    }
  };
  for (const given of paths) {
    const p = resolve(cwd, given);
    const info = await stat(p).catch(() => undefined);
    if (!info) missing.push(p);
    else if (info.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing, skipped };
}

function isOwnOrLock(name: string): boolean {
  return name.startsWith('~$') || name.endsWith(SCORED_SUFFIX) || name === SUMMARY_FILE;
}

function isScannable(name: string): boolean {
  return extname(name).toLowerCase() === '.xlsx' && !isOwnOrLock(name);
}

/** Why a file found in a folder is not scored, in the officer's words. */
function notWorkbookReason(name: string): string {
  const ext = extname(name).toLowerCase();
  if (ext === '.xls') return 'tệp Excel 97–2003 (.xls): hãy mở trong Excel và lưu lại dạng .xlsx';
  if (ext === '.xlsm' || ext === '.xlsb') return `sổ tính ${ext} không được đọc: hãy lưu lại dạng .xlsx`;
  if (ext === '.ods') return 'bảng tính LibreOffice (.ods): hãy lưu lại dạng .xlsx';
  return 'không phải sổ tính .xlsx';
}

/**
 * The criteria set `--criteria` names: a built-in id, a .json file, or an .xlsx holding a criteria
 * sheet. Whatever is wrong with it is a usage error listing every problem (field or cell named); what a
 * sheet left out and was inferred is told through `notice` (stderr), once.
 */
export async function loadCriteriaArg(arg: string, cwd: string, notice?: (text: string) => void): Promise<CriteriaSet> {
  const ext = extname(arg).toLowerCase();
  const path = resolve(cwd, arg);
  const name = shown(path, cwd);
  if (ext === '.json') {
    const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(e.code === 'ENOENT' ? `Không tìm thấy tệp bộ tiêu chí ${name}.` : `Không đọc được tệp bộ tiêu chí ${name} (${e.code ?? e.message}).`);
    });
    return loaded(loadCriteriaSet({ kind: 'json', text, name }));
  }
  if (ext === '.xlsx') {
    const read = await readCriteriaXlsx(path, cwd);
    if (read.notices.length > 0) notice?.(describeNotices(read.where, read.notices));
    return read.set;
  }
  return loaded(loadCriteriaSet({ kind: 'builtin', id: arg }));
}

/** What a criteria sheet left out and what was used instead, one line each with its cell. */
export function describeNotices(where: string, notices: readonly CriteriaSheetNotice[]): string {
  return [`${where}: đã tự bổ sung (không phải lỗi, sửa trên trang nếu cần):`, ...notices.map((n) => `  ô ${n.cell}: ${n.message}`)].join('\n');
}

/**
 * The criteria set of an .xlsx — the sheet named `sheetName`, else the criteria sheet found — with what was
 * inferred; what is wrong is a usage error listing every problem with its cell (and what was inferred).
 */
export async function readCriteriaXlsx(
  path: string,
  cwd: string,
  sheetName?: string,
): Promise<{ set: CriteriaSet; notices: CriteriaSheetNotice[]; where: string }> {
  const name = shown(path, cwd);
  const opened = await openWorkbookFile(path, cwd);
  if (!opened.ok) throw new UsageError(opened.message);
  const names = await opened.workbook.listSheets();
  const grids = await opened.workbook.readSheets(sheetName === undefined ? names : names.filter((n) => matchesLabel(n, [sheetName])));
  const grid = sheetName === undefined ? findCriteriaSheet(grids) : grids[0];
  if (!grid) {
    throw new UsageError(
      sheetName === undefined
        ? `Tệp ${name} không có trang tiêu chí (bảng có cột «Mã», «Tiêu chí», «Điểm tối đa», «Cách tính»…).`
        : `Tệp ${name} không có trang «${sheetName}»; các trang: ${names.map((n) => `«${n}»`).join(', ')}.`,
    );
  }
  const where = `Trang «${grid.name}» của tệp ${name}`;
  const read = readCriteriaSheet(grid, { fileName: basename(path) });
  if (!read.ok) {
    const lines = [`${where} có lỗi:`, ...read.errors.map((e) => `  ô ${e.cell}: ${e.message}`)];
    throw new UsageError(read.notices.length > 0 ? [...lines, describeNotices(where, read.notices)].join('\n') : lines.join('\n'));
  }
  return { set: read.set, notices: read.notices, where };
}

/**
 * The set of a run without --criteria: the criteria sheet of the first input that has one (an all-in-one
 * scoring sheet carries its own criteria and maxima), said on stderr with what was inferred.
 */
export async function criteriaFromInputs(files: readonly string[], cwd: string, notice: (text: string) => void): Promise<CriteriaSet> {
  for (const path of files) {
    const opened = await openWorkbookFile(path, cwd);
    if (!opened.ok) continue; // said again, with the file's other problems, when it is scored
    const sheet = findScoringSheet(await opened.workbook.readSheets(await opened.workbook.listSheets()));
    if (!sheet) continue;
    const read = await readCriteriaXlsx(path, cwd, sheet.name);
    notice(`Không có --criteria: dùng bảng tiêu chí của ${read.where} (${read.set.criteria.length} tiêu chí); tệp khác mẫu này thì có cảnh báo.`);
    if (read.notices.length > 0) notice(describeNotices(read.where, read.notices));
    return read.set;
  }
  throw new UsageError('Thiếu --criteria (bộ tiêu chí), và không tệp nào có bảng chấm điểm mang điểm tối đa của mình (STT | Tên tiêu chí | Điểm tối đa | Điểm tự chấm…). / --criteria is required.');
}

function loaded(result: ReturnType<typeof loadCriteriaSet>): CriteriaSet {
  if (!result.ok) throw new UsageError(result.errors.join('\n'));
  return result.set;
}
