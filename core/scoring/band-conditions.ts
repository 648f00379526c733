// Bands that ask more than points («Hoàn thành xuất sắc nhiệm vụ: từ 90 điểm, và hoàn thành 100% nhiệm vụ»): thidua
// grades by points alone, so the units graded into such a band are said with the condition the council weighs before
// the band stands — never graded as if the points were all it asks.
import type { ClassificationBand } from '../criteria/schema.js';

/** Units named at most in a line, then how many more. */
const NAMED = 10;

/** One line for each band with a condition that some unit reached (`graded`: each unit's band label after sanctions). */
export function bandConditions(bands: readonly ClassificationBand[], graded: readonly { unitName: string; band: string | null | undefined }[]): string[] {
  return bands.flatMap((b) => {
    if (!b.condition) return [];
    // By name: the faces take their inputs in orders of their own (files by name, sheets as the workbook holds them).
    const units = graded.filter((u) => u.band === b.label).map((u) => u.unitName).sort((x, y) => x.localeCompare(y, 'vi'));
    if (units.length === 0) return [];
    const shown = units.length > NAMED ? `${units.slice(0, NAMED).join(', ')} và ${units.length - NAMED} đơn vị khác` : units.join(', ');
    return [`Xếp loại «${b.label}» còn điều kiện ngoài điểm «${b.condition}»: thidua xếp theo điểm, Hội đồng xét điều kiện ấy trước khi công nhận (${units.length} đơn vị: ${shown}).`];
  });
}

// Made for: an officer's walk of Hải Phòng's civil servants, whose «Hoàn thành xuất sắc nhiệm vụ» asks 100 % of tasks done beyond 90 points.
