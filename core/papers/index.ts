// Hồ sơ khen thưởng (the papers of a closed round), in the order the dossier carries them.
import type { ClosedRound } from '../run/closing.js';
import { councilMinutes } from './minutes.js';
import { draftDecision } from './decision.js';
import type { Paper } from './document.js';
import { proposalLetter } from './proposal-letter.js';

export function papersOf(closed: ClosedRound): Paper[] {
  return [proposalLetter(closed), councilMinutes(closed), draftDecision(closed)];
}
