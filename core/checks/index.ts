// Registry of checks: one line per file of this folder (file name = flag code). Run in this order by score().
import betweenLevels from './between-levels.js';
import blankReport from './blank-report.js';
import criteriaSetMismatch from './criteria-set-mismatch.js';
import criterionMissing from './criterion-missing.js';
import type { Check } from './define.js';
import duplicateCriterion from './duplicate-criterion.js';
import evidenceMissing from './evidence-missing.js';
import formulaInInput from './formula-in-input.js';
import lateSubmission from './late-submission.js';
import maxPointsChanged from './max-points-changed.js';
import missingMetadata from './missing-metadata.js';
import missingValue from './missing-value.js';
import noScoringRoom from './no-scoring-room.js';
import notYetVerified from './not-yet-verified.js';
import numeratorExceedsDenominator from './numerator-exceeds-denominator.js';
import offScoringWords from './off-scoring-words.js';
import oneOfLines from './one-of-lines.js';
import outOfRange from './out-of-range.js';
import pointsInResult from './points-in-result.js';
import portalMismatch from './portal-mismatch.js';
import ratioMismatch from './ratio-mismatch.js';
import sanctionForCouncil from './sanction-for-council.js';
import scoreOffStep from './score-off-step.js';
import selfScoreGap from './self-score-gap.js';
import selfScoreOverMax from './self-score-over-max.js';
import selfScoreTotal from './self-score-total.js';
import unknownCriterion from './unknown-criterion.js';
import unparseableValue from './unparseable-value.js';
import unwritableText from './unwritable-text.js';
import verifiedScoreOverMax from './verified-score-over-max.js';

export type { Check, CheckContext } from './define.js';

export const checks: readonly Check[] = [
  betweenLevels,
  blankReport,
  criteriaSetMismatch,
  criterionMissing,
  duplicateCriterion,
  evidenceMissing,
  formulaInInput,
  lateSubmission,
  maxPointsChanged,
  missingMetadata,
  missingValue,
  noScoringRoom,
  notYetVerified,
  numeratorExceedsDenominator,
  offScoringWords,
  oneOfLines,
  outOfRange,
  pointsInResult,
  portalMismatch,
  ratioMismatch,
  sanctionForCouncil,
  scoreOffStep,
  selfScoreGap,
  selfScoreOverMax,
  selfScoreTotal,
  unknownCriterion,
  unparseableValue,
  unwritableText,
  verifiedScoreOverMax,
];
