// An output folder's previous result — its tong-hop.xlsx, read by core's one reader (core/run/previous-summary.ts)
// — and its scored copies as they are now, read as inputs are read (regular files only, within MAX_INPUT_BYTES: a
// FIFO or a /dev/zero link where a copy was is named, never waited on or read without end). Shared by score, close,
// verify and papers; damage in the previous result stops each of them, said with the file's name and the ways out.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EditablePort } from '../adapters/ooxml/workbook.js';
import type { FoundDigest } from '../core/run/closing.js';
import { readPreviousSummary, type PreviousSummary } from '../core/run/previous-summary.js';
import { openWorkbookFile, readInputFile, shown } from './files.js';
import { SCORED_SUFFIX, SUMMARY_FILE } from './outputs.js';
import { UnusableFile } from './command.js';
import { CUT_REMEDY } from '../core/workbook/limits.js';
import { CONFLICT_REMEDY } from '../core/workbook/council-conflicts.js';

export type SummaryFile = { workbook: EditablePort; summary: PreviousSummary };

/**
 * tong-hop.xlsx (or a workbook given for its «Rà soát») opened and read: undefined when nothing is at `path`,
 * why not when something is there that cannot be opened (a FIFO, a file that is not a workbook).
 */
export async function readSummaryFile(path: string, cwd: string): Promise<SummaryFile | { ok: false; message: string } | undefined> {
  if (!isThere(path)) return undefined;
  const opened = await openWorkbookFile(path, cwd);
  if (!opened.ok) return opened;
  return { workbook: opened.workbook, summary: await readPreviousSummary(opened.workbook) };
}

/** An output folder's tong-hop.xlsx read, for close, verify and papers: one that is not there or cannot be read is no result folder. */
export async function readFolderSummary(folder: string, cwd: string, refused: string): Promise<SummaryFile & { summaryPath: string }> {
  const summaryPath = join(folder, SUMMARY_FILE);
  const read = await readSummaryFile(summaryPath, cwd);
  const hint = `(${shown(folder, cwd)} phải là thư mục kết quả của «thidua score».)`;
  if (read === undefined) throw new UnusableFile(`Không tìm thấy tệp ${shown(summaryPath, cwd)} ${hint}`);
  if ('ok' in read) throw new UnusableFile(`${read.message} ${hint}`);
  stopOnDamage(summaryPath, read.summary, cwd, refused);
  return { summaryPath, ...read };
}

/**
 * A council's sheet not read whole, for the commands that would apply it or seal without it (score, close): the
 * file, each sheet and cell, what was not done, and the way out.
 */
export function stopOnCut(path: string, summary: PreviousSummary, cwd: string, refused: string): void {
  if (summary.cut.length === 0) return;
  throw new UnusableFile([`${shown(path, cwd)}: không đọc hết được điều Hội đồng đã ghi:`, ...summary.cut.map((d) => `  - ${d}`), `${refused} ${CUT_REMEDY}`].join('\n'));
}

/**
 * What the council typed that thidua will not choose from (core/workbook/council-conflicts.ts, two sheets claiming one
 * role), for the commands that would write it again or seal it (score, close): the file, each sheet and cells, what
 * was not done, and the way out.
 */
export function stopOnConflicts(path: string, summary: PreviousSummary, cwd: string, refused: string): void {
  if (summary.conflicts.length === 0) return;
  throw new UnusableFile([`${shown(path, cwd)}: điều Hội đồng đã ghi có chỗ mâu thuẫn, thidua không tự chọn:`, ...summary.conflicts.map((d) => `  - ${d}`), `${refused} ${CONFLICT_REMEDY}`].join('\n'));
}

/** Damage in a previous result, as every command says it: the file, each line, what was not done, and the ways out. */
export function stopOnDamage(path: string, summary: PreviousSummary, cwd: string, refused: string): void {
  if (summary.damage.length === 0) return;
  throw new UnusableFile(
    [
      `${shown(path, cwd)} bị hỏng — không coi là chưa chốt:`,
      ...summary.damage.map((d) => `  - ${d}`),
      `${refused} Cách xử lý: lấy lại bản ${SUMMARY_FILE} đã chốt (bản đã lưu, bản đã gửi đi) vào thư mục rồi chạy lại; hoặc chọn thư mục kết quả khác.`,
    ].join('\n'),
  );
}

/** Whether anything is at `path` (what cannot even be asked about is there: opening it says why). */
function isThere(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

/** Every scored copy of the folder as it is now: its SHA-256, or why it cannot be read. */
export function folderCopies(folder: string): FoundDigest[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (e) {
    return [{ name: folder, unreadable: `Không đọc được thư mục ${folder} (${(e as NodeJS.ErrnoException).code ?? String(e)}).` }];
  }
  return names
    .filter((name) => name.toLowerCase().endsWith(SCORED_SUFFIX))
    .sort()
    .map((name) => {
      const read = readInputFile(join(folder, name), name);
      return read.ok ? { name, sha256: createHash('sha256').update(read.bytes).digest('hex') } : { name, unreadable: read.message };
    });
}

// Made for issue 26 item 2 (one reading of a folder's closed rounds) and issue 35 item 2 (sealed, bounded).
