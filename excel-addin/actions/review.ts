// Rà soát: the council records a decision on a flag; it is stored in the workbook and the workbook
// is re-scored at once, so a rejected figure shows in the points, the summary and the review sheet.
import type { CouncilDecision } from '../../core/council/decision.js';
import { upsertDecision } from '../../core/council/merge.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import { checkAndScore, type ScoreActionResult } from './score.js';
import { readStored, writeStored } from './store.js';

export async function recordDecision(port: WorkbookPort, set: CriteriaSet, decision: CouncilDecision, now: Date): Promise<ScoreActionResult> {
  const stored = (await readStored(port, 'decisions')).value ?? [];
  await writeStored(port, 'decisions', upsertDecision(stored, decision));
  // The decision just taken outranks what `Rà soát` still shows for the same flag.
  return checkAndScore(port, set, { now, latest: decision });
}

/* Made for: «Rà soát» in the pane: a council decision stored in the workbook and the workbook scored again at once, so the points show it. */
