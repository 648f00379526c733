// The «Rà soát» of the scored copies in the output folder (core/run/typed-in-copies.ts says what the council typed
// there): read only from a copy the folder's record names whose bytes are no longer the record's — saved since the run
// wrote it —, so a folder nobody touched costs a hash of each copy and nothing more; each with what the run wrote in it
// (the record's reviewWritten), so a copy saved again unchanged holds no decision typed.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CopyDigest } from '../core/run/closing.js';
import type { CopyReview } from '../core/run/typed-in-copies.js';
import { findCouncilSheets } from '../core/workbook/council-sheets.js';
import { readReviewDecisions } from '../core/workbook/read-review.js';
import { readInputFile, shown } from './files.js';
import { nodeInflate } from './node-zlib.js';

/** Each edited copy's «Rà soát» (one sheet of the role; a copy that does not open, or holds none, gives nothing: closing says it is not the run's copy). */
export async function copiesReviews(folder: string, copies: readonly CopyDigest[], cwd: string): Promise<CopyReview[]> {
  const { OoxmlWorkbook } = await import('../adapters/ooxml/workbook.js');
  const reviews: CopyReview[] = [];
  for (const c of copies) {
    const read = readInputFile(join(folder, c.name), c.name);
    if (!read.ok || createHash('sha256').update(read.bytes).digest('hex') === c.sha256) continue;
    try {
      const workbook = OoxmlWorkbook.open(read.bytes, undefined, nodeInflate);
      const sheet = findCouncilSheets(await workbook.readSheets(await workbook.listSheets())).review;
      if (sheet?.length !== 1) continue;
      const { decisions, unread, typedAt } = readReviewDecisions(sheet[0]!);
      reviews.push({ file: shown(join(folder, c.name), cwd), sheet: sheet[0]!.name, review: { decisions, unread }, typedAt, ...(c.reviewWritten ? { written: c.reviewWritten } : {}) });
    } catch {
      continue;
    }
  }
  return reviews;
}

// Made for stop 92 item 4: a decision typed on a unit's scored copy, read before the run writes the copy again.
