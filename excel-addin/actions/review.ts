// Rà soát: the council records a decision on a flag; it is stored in the workbook and the workbook
// is re-scored at once, so a rejected figure shows in the points, the summary and the review sheet.
import type { CouncilDecision } from '../../core/council/decision.js';
import { upsertDecision } from '../../core/council/merge.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import type { WorkbookPort } from '../../core/sheet/port.js';
import { checkAndScore, type ScoreActionOptions, type ScoreActionResult } from './score.js';
import { readStored, writeStored } from './store.js';

/**
 * `face`: what the tab showed when the decision was taken (the last scoring) and the officer's choices: a decision the
 * council typed in «Rà soát» since for the same flag, differing, stops the run (FaceDiffers) until one is kept.
 */
export async function recordDecision(port: WorkbookPort, set: CriteriaSet, decision: CouncilDecision, now: Date, face: Pick<ScoreActionOptions, 'shown' | 'kept'> = {}): Promise<ScoreActionResult> {
  const stored = (await readStored(port, 'decisions')).value ?? [];
  await writeStored(port, 'decisions', upsertDecision(stored, decision));
  // The decision just taken outranks what `Rà soát` showed for the same flag; not one typed there since, unchosen.
  return checkAndScore(port, set, { now, latest: decision, ...face });
}

/* Made for: «Rà soát» in the pane: a council decision stored in the workbook and the workbook scored again at once, so the points show it. */
