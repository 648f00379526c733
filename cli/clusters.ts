// The emulation cluster list (danh sách cụm thi đua) a command is given: the first sheet of the workbook that holds
// one, its notes said once; a workbook without one is refused with what each sheet lacks.
import { readClusterSheet, type ClusterList } from '../core/watch/clusters.js';
import { UnusableFile, type Io } from './command.js';
import { openWorkbookFile, shown } from './files.js';

export async function readClusterFile(path: string, io: Io): Promise<ClusterList> {
  const opened = await openWorkbookFile(path, io.cwd);
  if (!opened.ok) throw new UnusableFile(opened.message);
  const errors: string[] = [];
  for (const grid of await opened.workbook.readSheets(await opened.workbook.listSheets())) {
    const read = readClusterSheet(grid);
    if (read.ok) {
      for (const note of read.notes) io.err(`Lưu ý: ${shown(path, io.cwd)}: ${note}`);
      return read.list;
    }
    errors.push(...read.errors);
  }
  throw new UnusableFile(`${shown(path, io.cwd)}: không đọc được danh sách cụm thi đua.\n${errors.join('\n')}`);
}

// Made for: issue 39 item 5 — one reading of the cluster list for `thidua watch` and `thidua score`.
