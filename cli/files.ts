// The command line's file adapter: everything that touches the disk. Messages name the file.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { OoxmlWorkbook } from '../adapters/ooxml/workbook.js';
import type { loadCriteriaSet } from '../core/criteria/load.js';
import type { CriteriaSet } from '../core/criteria/schema.js';
import type { ReadOptions } from '../core/sheet/port.js';
import { megabytes, READ_LIMITS } from '../core/workbook/limits.js';
import type { CriteriaSheetError, CriteriaSheetNotice, Reconciliation } from '../core/criteria/sheet/index.js';
import { matchesLabel } from '../core/text.js';
import { formatNumberVi } from '../core/values.js';
import { addTo } from '../core/grouped.js';
import { UnusableFile, UsageError } from './command.js';
import { isWithin, pathKey, realPathOf } from './outputs.js';
import { notRegular } from './plain-files.js';
import { isOwnOrLock, isPassedOver, isScannable } from './input-names.js';

/** A path as the officer would recognise it: relative to where they ran the command. */
export function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/**
 * The criteria loader and the criteria sheets' readers, loaded on first use: a scoring worker is given its set and
 * commands but score, criteria and template read none, so they start without them (~40 modules, a fifth of a worker's
 * code); a run with a built-in set loads no sheet reader.
 */
const criteriaLoader = () => import('../core/criteria/load.js');
const sheetReaders = () => import('../core/criteria/sheet/index.js');
const reportReader = () => import('../core/report/read.js');

/**
 * `bytes`: the file's size (what keeping the workbook open costs, core/run/kept-workbooks.ts); `file`: its size and
 * time as the open file gave them when read (a run keeps the later of two copies by it).
 */
export type Opened = { ok: true; workbook: OoxmlWorkbook; bytes: number; file: FileStamp } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // Excel 97–2003 (.xls) and password-protected workbooks
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

/**
 * The largest input read: an .xlsx within READ_LIMITS holds at most zipTotalBytes once inflated, and its
 * compressed file is no larger. Anything bigger is refused from its size alone, before a byte is read.
 */
export const MAX_INPUT_BYTES = READ_LIMITS.zipTotalBytes;

export type FileStamp = { size: number; mtimeMs: number };

export type Read = { ok: true; bytes: Uint8Array; file: FileStamp } | { ok: false; message: string };

/**
 * The bytes of a regular file of at most MAX_INPUT_BYTES, or why not (Vietnamese, naming it). What the path
 * is (after its links) is asked before opening; the open itself never blocks (O_NONBLOCK: a FIFO swapped in
 * meanwhile opens at once) and the open file is asked again, so nothing but that regular file is read, and
 * never past the size it had.
 */
export function readInputFile(path: string, name: string, most = MAX_INPUT_BYTES): Read {
  const before = inputFileProblem(path, name, most);
  if (before) return { ok: false, message: before };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, message: failedRead(e, name) };
  }
  try {
    const info = fstatSync(fd);
    const after = refusedInput(info, name, most);
    if (after) return { ok: false, message: after };
    const bytes = Buffer.allocUnsafe(info.size);
    let length = 0;
    for (let n = 1; n > 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    return { ok: true, bytes: bytes.subarray(0, length), file: { size: info.size, mtimeMs: info.mtimeMs } };
  } catch (e) {
    return { ok: false, message: failedRead(e, name) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Why the file at `path` would not be read, asked of what it is (after its links) before opening it: not there, not a
 * regular file, too large. Undefined when it may be read. What a file option (--criteria, --decisions…) is checked
 * with before anything else, so one naming a missing file or a FIFO is wrong usage, said with its name.
 */
export function inputFileProblem(path: string, name: string, most = MAX_INPUT_BYTES): string | undefined {
  try {
    return refusedInput(statSync(path), name, most);
  } catch (e) {
    return failedRead(e, name);
  }
}

function refusedInput(info: Stats, name: string, most: number): string | undefined {
  if (!info.isFile()) return `Tệp ${name} là ${notRegular(info)}: không đọc.`;
  if (info.size > most) {
    return most === MAX_INPUT_BYTES
      ? `Tệp ${name} nặng hơn ${megabytes(MAX_INPUT_BYTES)}, quá giới hạn của một sổ tính: không đọc.`
      : `Tệp ${name} nặng ${formatNumberVi(info.size)} byte, quá ${formatNumberVi(most)} byte của loại tệp này: không đọc.`;
  }
  return undefined;
}

function failedRead(e: unknown, name: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? `Không tìm thấy tệp ${name}.` : `Không đọc được tệp ${name} (${code ?? String(e)}).`;
}

/** A text file (a criteria set, a portal export, a key) read as inputs are read: a regular file, within `most` bytes, as UTF-8. */
export function readTextFile(path: string, name: string, most = MAX_INPUT_BYTES): { ok: true; text: string } | { ok: false; message: string } {
  const read = readInputFile(path, name, most);
  return read.ok ? { ok: true, text: new TextDecoder().decode(read.bytes) } : read;
}

/**
 * Opens an .xlsx file (read from its package within bounds, written by editing it), or says in Vietnamese why it cannot
 * be read. `headOnly`: what its reads will pass (OoxmlWorkbook.open), for a command whose every read passes it.
 */
export async function openWorkbookFile(path: string, cwd: string, headOnly?: ReadOptions['headOnly']): Promise<Opened> {
  const name = shown(path, cwd);
  // Synchronous, as outputs.ts writes: a workbook is small, and an awaited read only waited on the thread pool.
  const read = readInputFile(path, name);
  if (!read.ok) return read;
  const buf = read.bytes;
  if (startsWith(buf, OLE)) {
    return { ok: false, message: `Tệp ${name} là tệp Excel 97–2003 (.xls) hoặc có mật khẩu: hãy mở trong Excel và lưu lại dạng .xlsx không mật khẩu.` };
  }
  if (!startsWith(buf, ZIP)) return { ok: false, message: `Tệp ${name} không phải tệp Excel .xlsx (hoặc đã bị hỏng).` };
  // Loaded on first use: commands that never open a workbook start without them.
  const [{ OoxmlWorkbook }, { PackageRefused }, { nodeInflate }] = await Promise.all([
    import('../adapters/ooxml/workbook.js'),
    import('../adapters/ooxml/zip.js'),
    import('./node-zlib.js'),
  ]);
  try {
    return { ok: true, workbook: OoxmlWorkbook.open(buf, undefined, nodeInflate, headOnly), bytes: buf.byteLength, file: read.file };
  } catch (e) {
    if (e instanceof PackageRefused) return { ok: false, message: `Tệp ${name} không được mở: ${e.message}.` };
    return { ok: false, message: `Tệp ${name} bị hỏng, không mở được (${e instanceof Error ? e.message : String(e)}).` };
  }
}

export async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/**
 * What a run was given: the workbooks to score (each once, by real path), everything named or found that
 * will not be, with why, the real path of every input file and folder (what outputs are checked against), and the
 * files whose names differ only by case or Unicode composition (each scored: a run says which they are).
 */
export type Inputs = {
  files: string[];
  missing: string[];
  skipped: { path: string; reason: string }[];
  real: Map<string, string>;
  folders: { given: string; real: string }[];
  lookalikes: string[][];
};

/**
 * The .xlsx files named or found (recursively, sorted) in the named folders — without Excel's "~$"
 * lock files, thidua's own outputs, hidden folders and anything under `outDir` (by real path). Links inside
 * a folder are never followed out of it: one to a file in the same tree is that file; one leading out of the
 * tree (a planted /dev/zero, another folder) is left out and said; a FIFO, socket or device is said and
 * never opened. Other files found and folders that cannot be read are listed in `skipped`.
 */
export async function collectInputs(paths: string[], cwd: string, outDir: string): Promise<Inputs> {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: Inputs['skipped'] = [];
  const real = new Map<string, string>();
  const folders: Inputs['folders'] = [];
  const realOut = realPathOf(outDir);
  const seen = new Set<string>();
  const add = (path: string, realPath: string) => {
    // The same file twice (a link, a folder named twice) has one real path (on a case-folding file system, as stored):
    // two files whose names differ only by case or composition are two files, both scored.
    if (seen.has(realPath)) return;
    seen.add(realPath);
    real.set(path, realPath);
    files.push(path);
  };
  const walk = async (dir: string, realDir: string, root: string): Promise<void> => {
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      skipped.push({ path: dir, reason: `không đọc được thư mục (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      const r = join(realDir, e.name); // the real path: nothing on the way down is a followed link
      if (isPassedOver(e.name) || isWithin(r, realOut)) continue;
      if (e.isDirectory()) await walk(p, r, root);
      else if (e.isSymbolicLink()) {
        const target = realPathOf(p);
        if (!isWithin(target, root)) skipped.push({ path: p, reason: `liên kết trỏ ra ngoài thư mục đã chọn (tới ${target}), không đọc` });
        else if (isScannable(e.name)) add(p, target); // a link to a folder of the tree is not followed: the walk finds it in place
      } else if (!e.isFile()) {
        if (isScannable(e.name)) skipped.push({ path: p, reason: `là ${notRegular(e)}: không đọc` });
      } else if (isScannable(e.name)) add(p, r);
      else if (!isOwnOrLock(e.name)) skipped.push({ path: p, reason: notWorkbookReason(e.name) });
    }
  };
  for (const given of paths) {
    const p = resolve(cwd, given);
    const info = await stat(p).catch(() => undefined);
    if (!info) missing.push(p);
    else if (info.isDirectory()) {
      const r = realPathOf(p);
      folders.push({ given: p, real: r });
      await walk(p, r, r);
    } else add(p, realPathOf(p)); // named by the officer: read (or refused by name) whatever it is
  }
  const byKey = new Map<string, string[]>();
  for (const f of files) addTo(byKey, pathKey(real.get(f)!), f);
  return { files, missing, skipped, real, folders, lookalikes: [...byKey.values()].filter((g) => g.length > 1) };
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
  return (await readCriteriaArg(arg, cwd, notice)).set;
}

/** The set `--criteria` names and, when a workbook holds it, that workbook and whether it holds units' reports too. */
export type CriteriaArg = { set: CriteriaSet; workbook?: { path: string; holdsReports: boolean } };

/** loadCriteriaArg, keeping the workbook the set came from: a run whose folder holds that workbook does not score it as a report. */
export async function readCriteriaArg(arg: string, cwd: string, notice?: (text: string) => void): Promise<CriteriaArg> {
  const ext = extname(arg).toLowerCase();
  const path = resolve(cwd, arg);
  const name = shown(path, cwd);
  if (ext === '.json') {
    const read = readTextFile(path, name);
    if (!read.ok) throw new UsageError(`Không đọc được bộ tiêu chí --criteria: ${read.message}`);
    return { set: loaded((await criteriaLoader()).loadCriteriaSet({ kind: 'json', text: read.text, name })) };
  }
  if (ext === '.xlsx' || ext === '.docx' || ext === '.doc') {
    const problem = inputFileProblem(path, name);
    if (problem) throw new UsageError(`Không đọc được bộ tiêu chí --criteria: ${problem}`);
    const read = await readCriteriaFile(path, cwd);
    if (read.choice) notice?.(read.choice);
    if (read.notices.length > 0) notice?.((await sheetReaders()).describeNotices(read.where, read.notices));
    // Held by the reader to what the schema cannot see (check-set.ts, in core/criteria/sheet/usable-set.ts) as a set
    // file is, each problem at its cell: the page and the pane read it so too.
    return { set: read.set, ...(ext === '.xlsx' && { workbook: { path, holdsReports: read.holdsReports ?? false } }) };
  }
  return { set: loaded((await criteriaLoader()).loadCriteriaSet({ kind: 'builtin', id: arg })) };
}

/** `holdsReports`: a workbook's sheets hold units' reports too (an all-in-one scoring sheet, a commune's workbook). */
export type ReadCriteriaFile = { set: CriteriaSet; notices: CriteriaSheetNotice[]; reconciliation: Reconciliation; where: string; choice?: string; holdsReports?: boolean };

/** The criteria set of an .xlsx (its criteria sheet, or the sheet `sheetName`) or of a Word document (the table that is a criteria table). */
export async function readCriteriaFile(path: string, cwd: string, sheetName?: string): Promise<ReadCriteriaFile> {
  return ['.docx', '.doc'].includes(extname(path).toLowerCase()) ? readCriteriaDocx(path, cwd) : readCriteriaXlsx(path, cwd, sheetName);
}

/** A criteria sheet read, or every error with its cell (and what was inferred) as a file that cannot be used. */
async function readOrRefuse(
  read: { ok: true; set: CriteriaSet; notices: CriteriaSheetNotice[]; reconciliation: Reconciliation } | { ok: false; errors: CriteriaSheetError[]; notices: CriteriaSheetNotice[] },
  where: string,
): Promise<{ set: CriteriaSet; notices: CriteriaSheetNotice[]; reconciliation: Reconciliation }> {
  if (read.ok) return read;
  throw new UnusableFile((await sheetReaders()).refusalText(where, read.errors, read.notices));
}

/**
 * The criteria set of an .xlsx — the sheet named `sheetName`, else the criteria sheet found — with what was
 * inferred; a file without one, or with errors (each with its cell), cannot be used.
 */
export async function readCriteriaXlsx(path: string, cwd: string, sheetName?: string): Promise<ReadCriteriaFile> {
  const name = shown(path, cwd);
  const [opened, { criteriaSheetChoices, findCriteriaSheet, otherCriteriaSheets, readCriteriaSheet, whyNoCriteriaTable }] = await Promise.all([openWorkbookFile(path, cwd), sheetReaders()]);
  if (!opened.ok) throw new UnusableFile(opened.message);
  const names = await opened.workbook.listSheets();
  if (sheetName !== undefined && !names.some((n) => matchesLabel(n, [sheetName]))) {
    throw new UsageError(`Tệp ${name} không có trang «${sheetName}»; các trang: ${names.map((n) => `«${n}»`).join(', ')}.`);
  }
  const grids = await opened.workbook.readSheets(sheetName === undefined ? names : names.filter((n) => matchesLabel(n, [sheetName])));
  const grid = sheetName === undefined ? findCriteriaSheet(grids) : grids[0];
  if (!grid) {
    throw new UnusableFile([`Tệp ${name} không có trang tiêu chí:`, ...grids.map((g) => `  trang «${g.name}»: ${whyNoCriteriaTable(g)}`)].join('\n'));
  }
  const where = `Trang «${grid.name}» của tệp ${name}`;
  const read = await readOrRefuse(readCriteriaSheet(grid, { fileName: basename(path) }), where);
  // Each sheet with what it holds, in the words the page lists them to choose from.
  const choices = sheetName === undefined ? criteriaSheetChoices(grids, grid, read.set) : [];
  const others = otherCriteriaSheets(choices, grid.name, name);
  const choice = others && `${others} Các trang có bảng tiêu chí — ${choices.map((c) => c.holds).join('; ')}. Nhập riêng một trang khác: --sheet «tên trang».`;
  return { ...read, where, ...(choice && { choice }), holdsReports: grids.some((await reportReader()).looksLikeReport) };
}

/**
 * The criteria set of a Word document: every table is considered, the first that reads as a criteria table is
 * taken and named (with why each other table was not); none, and the file cannot be used.
 */
export async function readCriteriaDocx(path: string, cwd: string): Promise<ReadCriteriaFile> {
  const name = shown(path, cwd);
  const input = readInputFile(path, name);
  if (!input.ok) throw new UnusableFile(input.message);
  const [{ readDocxCriteria, docxChoiceText, docxNoTableText, isWord97 }, { DocxUnreadable }, { parseHTML }] = await Promise.all([
    import('../adapters/docx/criteria.js'),
    import('../adapters/docx/read.js'),
    import('linkedom'),
  ]);
  // A Word 97–2003 document (by its content, whatever its name) is read through the .docx LibreOffice makes of it.
  const word97 = isWord97(input.bytes);
  const data = word97 ? await (await import('./word97.js')).docxOfWord97(path, name) : input.bytes;
  const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  const read = await readDocxCriteria(data, parse, basename(path)).catch((e: unknown) => {
    throw e instanceof DocxUnreadable ? new UnusableFile(`Tệp ${name} ${e.message}.`) : e;
  });
  if (!read.ok && read.table === undefined) throw new UnusableFile(docxNoTableText(read, name));
  const where = `${read.table} của tệp ${name}`;
  const { set, notices, reconciliation } = await readOrRefuse(read, where);
  const converted = word97 ? `Tệp ${name} là văn bản Word 97–2003 (.doc): đã chuyển một bản sao sang .docx bằng LibreOffice để đọc, tệp gốc giữ nguyên.\n` : '';
  return { set, notices, reconciliation, where, choice: `${converted}${docxChoiceText(read, name)}` };
}

/** An input's own criteria: its all-in-one scoring sheet read as a set, with what was inferred and where. */
export type InputCriteria = { set: CriteriaSet; notices: CriteriaSheetNotice[]; where: string };

/** The criteria of an input's scoring sheet, or undefined when it has none or cannot be opened (said when it is scored). */
export async function criteriaOfInput(path: string, cwd: string): Promise<InputCriteria | undefined> {
  const [opened, { findScoringSheet }] = await Promise.all([openWorkbookFile(path, cwd), sheetReaders()]);
  if (!opened.ok) return undefined;
  const sheet = findScoringSheet(await opened.workbook.readSheets(await opened.workbook.listSheets()));
  return sheet ? readCriteriaXlsx(path, cwd, sheet.name) : undefined;
}

/**
 * The set of a run without --criteria: the criteria sheet of the first input that has one (an all-in-one
 * scoring sheet carries its own criteria and maxima), said on stderr with what was inferred. `read` opens
 * an input (the command gives one that reads in a worker: inputs are untrusted).
 */
export async function criteriaFromInputs(
  files: readonly string[],
  cwd: string,
  notice: (text: string) => void,
  read: (path: string) => Promise<InputCriteria | undefined> = (path) => criteriaOfInput(path, cwd),
): Promise<CriteriaSet> {
  for (const path of files) {
    const found = await read(path);
    if (!found) continue;
    notice(`Không có --criteria: dùng bảng tiêu chí của ${found.where} (${found.set.criteria.length} tiêu chí); tệp khác mẫu này thì có cảnh báo.`);
    if (found.notices.length > 0) notice((await sheetReaders()).describeNotices(found.where, found.notices));
    return found.set;
  }
  throw new UsageError('Thiếu --criteria (bộ tiêu chí), và không tệp nào có bảng chấm điểm mang điểm tối đa của mình (STT | Tên tiêu chí | Điểm tối đa | Điểm tự chấm…). / --criteria is required.');
}

function loaded(result: ReturnType<typeof loadCriteriaSet>): CriteriaSet {
  if (!result.ok) throw new UsageError(result.errors.join('\n'));
  return result.set;
}

/* Made for: the command line's one file adapter: everything that touches the disk, bounded and refusing what is not a plain file, with messages that name the file. */
