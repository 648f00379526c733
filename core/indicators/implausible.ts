// Số liệu không thể có (figures no unit can have): a negative count or score, a numerator above its denominator, a
// score above its maximum (25 of 18 points), a rate outside 0–100 %. The portal's figure is kept as the portal gave
// it — never changed, never dropped — and the officer is told, once per kind of fault, with the unit and the field.
import { formatNumberVi } from '../values.js';
import type { CaptureWarning } from './capture.js';
import type { IndicatorValue } from './schema.js';

/** Each kind of fault in plain Vietnamese: the notes group by it. */
export const IMPLAUSIBLE = {
  negative: 'Cổng ghi số âm cho một số đếm, điểm hoặc tỷ lệ — không thể có; giữ như cổng ghi, cần đối chiếu lại trên cổng.',
  aboveDenominator: 'Tử số lớn hơn mẫu số — không thể có; giữ như cổng ghi, cần đối chiếu lại trên cổng.',
  aboveMax: 'Điểm vượt điểm tối đa của chỉ số — không thể có; giữ như cổng ghi, cần đối chiếu lại trên cổng.',
  aboveHundred: 'Tỷ lệ vượt 100% — không thể có; giữ như cổng ghi, cần đối chiếu lại trên cổng.',
} as const;

const n = (x: number) => formatNumberVi(x, 2);

/**
 * The faults in one unit's figures, each naming the unit, the figure (its Vietnamese name) and the numbers. A change
 * since the last period (`_THAY_DOI`) may be negative; a rate's `_TY_LE` companion repeats its score's counts, which
 * are checked once, on the score.
 */
export function implausibleFigures(unit: string, indicators: readonly IndicatorValue[]): CaptureWarning[] {
  const codes = new Set(indicators.map((i) => i.code));
  const out: CaptureWarning[] = [];
  const say = (kind: string, what: string) => out.push({ message: `${unit}: ${what} — ${kind}`, unit, kind, detail: what });
  for (const i of indicators) {
    if (i.code.endsWith('_THAY_DOI')) continue;
    if (i.code.endsWith('_TY_LE') && codes.has(i.code.slice(0, -'_TY_LE'.length))) continue;
    const field = `«${i.label}»`;
    if (typeof i.value === 'number') {
      if (i.value < 0) say(IMPLAUSIBLE.negative, `${field} ghi ${n(i.value)}`);
      else if (i.unit === 'points' && i.max !== undefined && i.max >= 0 && i.value > i.max) say(IMPLAUSIBLE.aboveMax, `${field} ghi ${n(i.value)} điểm, tối đa ${n(i.max)}`);
      else if (i.unit === 'percent' && i.value > 100) say(IMPLAUSIBLE.aboveHundred, `${field} ghi ${n(i.value)}%`);
    }
    if (typeof i.ratio === 'number' && (i.ratio < 0 || i.ratio > 100)) say(i.ratio < 0 ? IMPLAUSIBLE.negative : IMPLAUSIBLE.aboveHundred, `${field}: tỷ lệ ${n(i.ratio)}%`);
    const { numerator, denominator } = i;
    if (numerator !== undefined && numerator < 0) say(IMPLAUSIBLE.negative, `${field}: tử số ${n(numerator)}`);
    if (denominator !== undefined && denominator < 0) say(IMPLAUSIBLE.negative, `${field}: mẫu số ${n(denominator)}`);
    if (numerator !== undefined && denominator !== undefined && denominator >= 0 && numerator > denominator) {
      say(IMPLAUSIBLE.aboveDenominator, `${field}: tử số ${n(numerator)} lớn hơn mẫu số ${n(denominator)}`);
    }
  }
  return out;
}

/*
Made for: issue 35 item 7 — a response with negative counts, a numerator twice its denominator and 25 points of a
maximum 18 was captured without a word. Used by core/indicators/responses/index.ts on every unit of a capture.
*/
