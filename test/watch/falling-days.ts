// Phú Thọ's mornings (six-lists-days.ts) with UBND xã Đoan Hùng's «Mức độ hài lòng» falling a little on every capture
// from 13/9, then 5 points on 20/9 (17,4 → 12,4): a fall past the threshold at the end of a run of falls. Shared by
// the core and browser tests.
import type { Capture } from '../../core/watch/captures.js';
import { askedOn, captureOf, WALK_DAYS } from './six-lists-days.js';

export const FALLING = 'UBND xã Đoan Hùng';
const SCORES = { 'H44.123': { MDHL: [18.0, 18.0, 17.9, 17.8, 17.7, 17.6, 17.5, 17.4, 12.4, 12.4] } };

/** The mornings up to `last`, every list each. */
export function fallingCaptures(last: string = WALK_DAYS.at(-1)!): Capture[] {
  return WALK_DAYS.filter((d) => d <= last).map((d) => captureOf(d, askedOn(d, {}, SCORES as never)));
}
