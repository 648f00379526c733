// The closed rounds of an output folder, kept in its tong-hop.xlsx: reading the run's record and the rounds closed,
// the SHA-256 of the files a round covers, the local time a round is closed at. Shared by close, verify and papers
// (and by score, which never changes a closed round silently).
import { createHash } from 'node:crypto';
import type { EditablePort } from '../adapters/ooxml/workbook.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClosedRounds, CLOSED_ROUNDS_KEY, RunRecord, RUN_RECORD_KEY, type ClosedRound, type FileDigest } from '../core/run/closing.js';
import { openWorkbookFile, shown } from './files.js';
import { SUMMARY_FILE } from './outputs.js';
import { UnusableFile } from './command.js';

export type FolderRounds = {
  summaryPath: string;
  workbook: EditablePort;
  /** The last run's record; undefined for a tong-hop.xlsx written before records were kept. */
  record: RunRecord | undefined;
  rounds: ClosedRound[];
};

export async function readFolderRounds(folder: string, cwd: string): Promise<FolderRounds> {
  const summaryPath = join(folder, SUMMARY_FILE);
  const opened = await openWorkbookFile(summaryPath, cwd);
  if (!opened.ok) throw new UnusableFile(`${opened.message} (${shown(folder, cwd)} phải là thư mục kết quả của «thidua score».)`);
  const record = RunRecord.safeParse(await opened.workbook.readStore(RUN_RECORD_KEY));
  const rounds = ClosedRounds.safeParse((await opened.workbook.readStore(CLOSED_ROUNDS_KEY)) ?? []);
  if (!rounds.success) throw new UnusableFile(`Phần lưu «chốt kết quả» trong ${shown(summaryPath, cwd)} đã bị sửa tay, không đọc được: hãy dùng bản tong-hop.xlsx đã chốt.`);
  return { summaryPath, workbook: opened.workbook, record: record.success ? record.data : undefined, rounds: rounds.data };
}

/** SHA-256 of each named file of the folder; a file that is gone has no digest. */
export function digests(folder: string, names: readonly string[]): FileDigest[] {
  const out: FileDigest[] = [];
  for (const name of names) {
    try {
      out.push({ name, sha256: createHash('sha256').update(readFileSync(join(folder, name))).digest('hex') });
    } catch {
      // gone or unreadable: changesSinceClosing names it
    }
  }
  return out;
}


// Made for issue 26 item 2: one reading of a folder's closed rounds for every command that needs them.

/** The rounds closed in a folder's tong-hop.xlsx, none when it has none (or no tong-hop.xlsx yet). */
export async function closedRoundsOf(summaryPath: string, cwd: string): Promise<ClosedRound[]> {
  const opened = await openWorkbookFile(summaryPath, cwd);
  if (!opened.ok) return [];
  const rounds = ClosedRounds.safeParse((await opened.workbook.readStore(CLOSED_ROUNDS_KEY)) ?? []);
  return rounds.success ? rounds.data : [];
}
