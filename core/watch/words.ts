// How the watch words figures (shared by the digest, the brief and the command line): Vietnamese numbers, changes in
// words («giảm 0,6»), places («thứ 3/15»), names without the « - Tỉnh X» the portal adds where a name repeats
// across provinces (inside one province's digest it says nothing).
import { formatNumberVi } from '../values.js';
import type { Measure } from './scores.js';
import { COLOUR_NAMES } from './thresholds.js';
import type { Comparison, MeasureWatch, UnitWatch } from './units.js';

/** Points with at most two decimals, the Vietnamese way: 15,68. */
export function points(x: number): string {
  return formatNumberVi(Math.round(x * 100) / 100, 2);
}

/** «UBND xã Lâm Thao - Tỉnh Phú Thọ» → «UBND xã Lâm Thao». */
export function shortName(name: string): string {
  return name.replace(/\s+[-–]\s+(?:tỉnh|thành phố|tp\.?)\s+.+$/i, '').trim() || name;
}

/** «78,2 điểm», or «Tiến độ giải quyết 15,91/20» for a group; «không có số liệu» for the portal's null. */
export function measureText(m: Measure): string {
  if (m.value === null) return `${m.label}: không có số liệu`;
  return m.code === 'TONG_SCORE' ? `${points(m.value)} điểm` : `${m.label} ${points(m.value)}/${points(m.max)}`;
}

/** «giảm 0,6», «tăng 1,2», «không đổi». */
export function changeWords(delta: number): string {
  if (Math.abs(delta) < 0.005) return 'không đổi';
  return `${delta < 0 ? 'giảm' : 'tăng'} ${points(Math.abs(delta))}`;
}

/** A comparison said against `what` («hôm trước», «7 ngày trước»); undefined for a day without a capture (said once). */
export function comparisonWords(c: Comparison, what: string): string | undefined {
  switch (c.kind) {
    case 'change':
      return `${changeWords(c.delta)} so với ${what}`;
    case 'absent':
      return `chưa đủ số liệu để so sánh với ${what}`;
    case 'no-data':
      return `${what} không có số liệu để so sánh`;
    default:
      return undefined;
  }
}

/** «thứ 3/15», «đồng thứ 3/15». */
export function placeWords(p: { rank: number; of: number; tied: boolean }): string {
  return `${p.tied ? 'đồng ' : ''}thứ ${p.rank}/${p.of}`;
}

/** «giảm 3 ngày liên tiếp (18,2 → 17,9 → 17,5 → 17,1)». */
export function declineWords(values: readonly number[]): string {
  return `giảm ${values.length - 1} ngày liên tiếp (${values.map(points).join(' → ')})`;
}

/** The colour of a score when it calls for attention: «đỏ», «vàng». */
export function colourWords(m: MeasureWatch): string | undefined {
  return m.colour && m.colour !== 'green' ? COLOUR_NAMES[m.colour] : undefined;
}

/** One unit in a line: its name, place, score, colour, changes and what calls for attention. */
export function unitLine(u: UnitWatch, opts: { dayDrop: number }): string {
  const head = `${shortName(u.name)}${u.place ? ` (${placeWords(u.place)}${u.cluster ? `; ${placeWords(u.cluster)} ${u.cluster.name}` : ''})` : u.cluster ? ` (${placeWords(u.cluster)} ${u.cluster.name})` : ''}`;
  const parts: string[] = [];
  const h = u.headline;
  if (h) {
    const colour = colourWords(h);
    parts.push(`${measureText(h.measure)}${colour ? ` (${colour})` : ''}`);
    for (const w of [comparisonWords(h.day, 'hôm trước'), comparisonWords(h.week, '7 ngày trước')]) if (w) parts.push(w);
    if (h.decline) parts.push(declineWords(h.decline));
  }
  // The groups behind a total (at most three said): a fall of the day's threshold, a run of falls, a red group
  // when the total itself is not red.
  const groups = h?.measure.code === 'TONG_SCORE' || !h ? u.groups : [];
  const said = groups.flatMap((g) => {
    const parts: string[] = [];
    if (g.day.kind === 'change' && g.day.delta <= -opts.dayDrop + 1e-9) parts.push(changeWords(g.day.delta));
    if (g.decline) parts.push(`giảm ${g.decline.length - 1} ngày liên tiếp`);
    if (g.colour === 'red' && h?.colour !== 'red') parts.push(COLOUR_NAMES.red);
    if (!h) parts.unshift(measureText(g.measure));
    return parts.length > (h ? 0 : 1) || !h ? [h ? `${g.measure.label} ${parts.join(', ')}` : parts.join(', ')] : [];
  });
  parts.push(...said.slice(0, 3));
  for (const r of u.rateDrops.slice(0, 2)) parts.push(`«${r.label}» giảm ${points(r.from - r.to)} điểm % (${points(r.from)} → ${points(r.to)} %)`);
  return `${head}: ${parts.join('; ') || 'chưa có điểm'}`;
}

/*
Made for: issue 39 items 2, 3 and 7 — one wording of a unit's standing for the digest, the brief and `thidua watch`
(numbers by core/values.ts formatNumberVi; no internal codes).
*/
