// Bản đã chấm nằm trong thư mục (the scored copies beside a run's tong-hop.xlsx): a record written before it kept its
// copies' cells (CopyDigest.cells, last year's folders) still names each copy with its SHA-256; a copy in the folder
// whose bytes are still those is the copy the council decided on, and its decided sheets are read from it — the
// council's decisions are then held against the figures they were made on (core/run/edited-cells.ts) rather than
// held unseen. Read only for such a record, only the sheets a decision names; a copy gone or changed gives nothing.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CouncilDecision } from '../core/council/decision.js';
import type { CopyDigest } from '../core/run/closing.js';
import { sheetCells } from '../core/run/copy-cells.js';
import { readInputFile } from './files.js';
import { nodeInflate } from './node-zlib.js';

/** The record's copies, each kept without cells given those of its decided sheets read from `folder` when its bytes are the record's. */
export async function withKeptCells(folder: string, copies: readonly CopyDigest[], decisions: readonly CouncilDecision[]): Promise<CopyDigest[]> {
  const decided = new Set(decisions.filter((d) => d.cell).map((d) => d.sheet));
  if (decided.size === 0 || copies.every((c) => c.cells)) return [...copies];
  const { OoxmlWorkbook } = await import('../adapters/ooxml/workbook.js');
  return Promise.all(
    copies.map(async (c) => {
      if (c.cells) return c;
      const read = readInputFile(join(folder, c.name), c.name);
      if (!read.ok || createHash('sha256').update(read.bytes).digest('hex') !== c.sha256) return c;
      try {
        const workbook = OoxmlWorkbook.open(read.bytes, undefined, nodeInflate);
        const grids = await workbook.readSheets((await workbook.listSheets()).filter((name) => decided.has(name)));
        return { ...c, cells: grids.map(sheetCells) };
      } catch {
        // The record's bytes that no longer open: nothing to compare with, the decisions held and said.
        return c;
      }
    }),
  );
}

// Made for: last year's closed folder (test/fixtures/previous-version), whose «bác bỏ» on Trạm Y tế xã Ta Ma's K22
// would otherwise be held unseen on every run: its copy in the folder, its SHA-256 the record's, tells the figure.
