// A unit's percentage of its maximum, as every face shows it and as its band is read from it.

/**
 * `total` of `max` as a percentage to two decimals, never rounded up onto a band's threshold it does not reach:
 * 863,98 of 960 points is 89,99 %, not 90,00 % — «Xuất sắc từ 90%» needs 864 (an officer's walk of Tây Ninh's DTI
 * set: 89,998 % was shown 90,00 % and ranked «Xuất sắc»). `thresholds`: the bands' lowest percentages.
 */
export function percentOf(total: number, max: number, thresholds: readonly number[]): number {
  if (max <= 0) return 0;
  const exact = Math.max(0, (total / max) * 100);
  const rounded = Math.round(exact * 100) / 100;
  // A threshold met to within floating-point error (864 of 960 is 90.00000000000001 or 89.99999999999999) is met.
  // Indexed, no closure: every card asks (issue 59).
  for (let i = 0; i < thresholds.length; i++) if (thresholds[i]! <= rounded && thresholds[i]! > exact + 1e-9) return Math.floor(exact * 100) / 100;
  return rounded;
}

// Made for: one percentage for the band, the scored copy, «Tổng hợp» and «Còn thiếu gì», never one past a threshold the points do not reach.
