// The command line's file adapter: everything that touches the disk. Messages name the file.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { ExcelJsWorkbook } from '../excel-addin/workbook/exceljs-workbook.js';
import { loadCriteriaSet } from '../core/criteria/load.js';
import type { CriteriaSet } from '../core/criteria/schema.js';
import { findCriteriaSheet, readCriteriaSheet } from '../core/criteria/sheet.js';
import { UsageError } from './main.js';

/** A path as the officer would recognise it: relative to where they ran the command. */
export function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

export type Opened = { ok: true; workbook: ExcelJsWorkbook } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // Excel 97–2003 (.xls) and password-protected workbooks
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

/** Opens an .xlsx file, or says in Vietnamese why it cannot be read. */
export async function openWorkbookFile(path: string, cwd: string): Promise<Opened> {
  const name = shown(path, cwd);
  let buf: Uint8Array;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `Không tìm thấy tệp ${name}.` : `Không đọc được tệp ${name} (${code ?? String(e)}).` };
  }
  if (startsWith(buf, OLE)) {
    return { ok: false, message: `Tệp ${name} là tệp Excel 97–2003 (.xls) hoặc có mật khẩu: hãy mở trong Excel và lưu lại dạng .xlsx không mật khẩu.` };
  }
  if (!startsWith(buf, ZIP)) return { ok: false, message: `Tệp ${name} không phải tệp Excel .xlsx (hoặc đã bị hỏng).` };
  try {
    return { ok: true, workbook: await ExcelJsWorkbook.fromBuffer(buf) };
  } catch (e) {
    return { ok: false, message: `Tệp ${name} bị hỏng, không mở được (${e instanceof Error ? e.message : String(e)}).` };
  }
}

/** Writes a file, creating its folder; with `overwrite: false` an existing file is left alone and false returned. */
export async function writeOutput(path: string, data: Uint8Array | string, overwrite = true): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, data, { flag: overwrite ? 'w' : 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

export async function saveWorkbook(workbook: ExcelJsWorkbook, path: string, overwrite = true): Promise<boolean> {
  return writeOutput(path, await workbook.toBuffer(), overwrite);
}

export async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Files thidua itself writes, left out of folder scans so a second run does not score its own output. */
export const SCORED_SUFFIX = '.cham-diem.xlsx';
export const SUMMARY_FILE = 'tong-hop.xlsx';

export type Inputs = { files: string[]; missing: string[] };

/**
 * The .xlsx files named or found (recursively, sorted) in the named folders — without Excel's "~$"
 * lock files, thidua's own outputs, hidden folders and anything under `outDir`.
 */
export async function collectInputs(paths: string[], cwd: string, outDir: string): Promise<Inputs> {
  const files: string[] = [];
  const missing: string[] = [];
  const inOut = (p: string) => p === outDir || p.startsWith(outDir + sep);
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.name.startsWith('.') || e.name === 'node_modules' || inOut(p)) continue;
      if (e.isDirectory()) await walk(p);
      else if (isScannable(e.name)) files.push(p);
    }
  };
  for (const given of paths) {
    const p = resolve(cwd, given);
    const info = await stat(p).catch(() => undefined);
    if (!info) missing.push(p);
    else if (info.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

function isScannable(name: string): boolean {
  return extname(name).toLowerCase() === '.xlsx' && !name.startsWith('~$') && !name.endsWith(SCORED_SUFFIX) && name !== SUMMARY_FILE;
}

/** `<name>.cham-diem.xlsx` in `outDir`, numbered when two inputs share a name. */
export function scoredCopyPath(input: string, outDir: string, taken: Set<string>): string {
  const stem = basename(input, extname(input));
  let path = join(outDir, `${stem}${SCORED_SUFFIX}`);
  for (let n = 2; taken.has(path); n++) path = join(outDir, `${stem}-${n}${SCORED_SUFFIX}`);
  taken.add(path);
  return path;
}

/**
 * The criteria set `--criteria` names: a built-in id, a .json file, or an .xlsx holding a criteria
 * sheet. Whatever is wrong with it is a usage error listing every problem (field or cell named).
 */
export async function loadCriteriaArg(arg: string, cwd: string): Promise<CriteriaSet> {
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
    const opened = await openWorkbookFile(path, cwd);
    if (!opened.ok) throw new UsageError(opened.message);
    const grids = await opened.workbook.readSheets(await opened.workbook.listSheets());
    const grid = findCriteriaSheet(grids);
    if (!grid) throw new UsageError(`Tệp ${name} không có trang tiêu chí (bảng có cột «Mã», «Tiêu chí», «Điểm tối đa», «Cách tính»…).`);
    const read = readCriteriaSheet(grid);
    if (!read.ok) {
      throw new UsageError([`Trang «${grid.name}» của tệp ${name} có lỗi:`, ...read.errors.map((e) => `  ô ${e.cell}: ${e.message}`)].join('\n'));
    }
    return read.set;
  }
  return loaded(loadCriteriaSet({ kind: 'builtin', id: arg }));
}

function loaded(result: ReturnType<typeof loadCriteriaSet>): CriteriaSet {
  if (!result.ok) throw new UsageError(result.errors.join('\n'));
  return result.set;
}
