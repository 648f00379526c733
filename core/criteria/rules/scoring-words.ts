// The points a criterion's own words let a unit be given by hand: one of the levels they state, a sum of the parts
// they add up, a multiple of the points each thing counted gives — read from a manual criterion's scoring words
// («Cách chấm: …», the office's method column kept as its note) or from a bonus's or deduction's row words (kept in
// its title). The check that says a figure the words do not give (core/checks/off-scoring-words.ts) and Còn thiếu gì
// (manual.ts, bonus.ts) read the same words, once per criterion.
import type { Criterion } from '../schema.js';
import { parseNumberText } from '../../values.js';
import { fixedSteps, pointsRoom, toCents, type Today, type WaysUp } from './ways-up.js';

/** A level a criterion's scoring words state: its points and the words that earn them («>=500 triệu: 40 điểm»). */
export type StatedLevel = { points: number; words: string };

/**
 * One line of an office's scoring words naming a level: «- Đúng hạn: 40 điểm», «>=5%: Điểm tối đa», or said as a
 * sentence, «- Từ 30.000.000 đến 50.000.000 đồng được 10 điểm.», «- Còn lại được 0 điểm» (the DTI set's «An toàn thông
 * tin mạng», 8); or a share of the maximum, its points beside it, «- Đã chuyển đổi sang công nghệ IPv6: 1/5 *Điểm tối đa
 * (2 điểm)» (the departments' DTI table, 6.1).
 */
const LEVEL_LINE =
  /^[-–•+]?\s*(.+?)\s*(?::\s*(?:được\s+)?|\s+được\s+)((?:\d+\s*\/\s*\d+\s*[*x×]?\s*)?(?:điểm tối đa|\d+(?:,\d+)?\s*điểm)(?:\s*\(\s*\d+(?:,\d+)?\s*điểm\s*\))?)\s*[;.]?$/iu;
/** A line's points: «40 điểm», «Điểm tối đa», «4/5*Điểm tối đa (8 điểm)» (the share and the points beside it agreeing). */
const SHARE = /^(\d+)\s*\/\s*(\d+)\s*[*x×]?\s*điểm tối đa(?:\s*\(\s*(\d+(?:,\d+)?)\s*điểm\s*\))?$/iu;
/**
 * Where one level ends: a new line, «; -», or a dash or an explanation after a level's points where a Word cell's lines
 * were joined into one («- Có: Điểm tối đa - Không: 0 điểm», «… 0 điểm Giải thích: …»).
 */
const LEVEL_BREAK = /\n|;\s*(?=[-–•+]\s)|(?<=(?:điểm tối đa|\d\s*điểm)\)?[;.]?)\s+(?=[-–•+]\s|(?:giải thích|ghi chú)\s*:)/iu;
/** A line explaining a term of the levels («Giải thích: Nền tảng giám sát trực tuyến … là …», «Ghi chú: …»), not one. */
const EXPLAINED = /^(?:giải thích|ghi chú)\s*:/iu;

/** The points a level's or a part's line gives (`text`: what follows its words), of `max`; undefined when not read. */
function linePoints(text: string, max: number): number | undefined {
  const share = SHARE.exec(text);
  if (share) {
    const [of, whole] = [Number(share[1]), Number(share[2])];
    const points = whole > 0 && of <= whole ? (of * max) / whole : undefined;
    const beside = share[3] === undefined ? points : parseNumberText(share[3]);
    return points !== undefined && beside !== undefined && toCents(points) === toCents(beside) ? toCents(points) / 100 : undefined;
  }
  if (/^điểm tối đa$/iu.test(text)) return max;
  const m = /^(\d+(?:,\d+)?)\s*điểm$/iu.exec(text);
  return m ? parseNumberText(m[1]!) : undefined;
}

/**
 * The lines of a criterion's scoring words («Cách chấm: …»), each read as its words and its points; undefined when
 * there are none or any line is no level (per-occurrence or free words). Explanations are left out, and so are the
 * rows the table writes under the item without points, which the reader keeps after its words as their description
 * («… 0 điểm 6.1.1 Đáp ứng yêu cầu …», «6.4.a Tổng số …»).
 */
function pointLines(criterion: Pick<Criterion, 'note' | 'maxPoints' | 'code'>): StatedLevel[] | undefined {
  const words = /^Cách chấm:\s*([\s\S]*)$/.exec(criterion.note ?? '')?.[1];
  if (words === undefined) return undefined;
  const rows = ownRowsAt(words, criterion.code);
  const lines: StatedLevel[] = [];
  for (const line of namedRowsCut(words.slice(0, rows).split(LEVEL_BREAK).map((l) => l.trim()).filter((l) => l !== ''))) {
    if (EXPLAINED.test(line)) continue;
    const m = LEVEL_LINE.exec(line);
    const points = m ? linePoints(m[2]!.trim(), criterion.maxPoints) : undefined;
    if (!m || points === undefined) return undefined;
    lines.push({ points, words: m[1]! });
  }
  return lines.length > 0 ? lines : undefined;
}

/**
 * The lines with the item's own rows cut off its last line where a workbook writes them without numbers, each named as
 * one of its lines: the departments' DTI workbook's 1.1, «… - Chưa đáp ứng, chưa chuyển đổi: 0 điểm Đáp ứng yêu cầu
 * chức năng, tính năng kỹ thuật theo quy định Đã chuyển đổi sang công nghệ IPv6» (its rows A6 and A9, the Word table's
 * 6.1.1 and 6.1.2). Only names the lines give word for word are cut, and only to leave a line that reads.
 */
function namedRowsCut(lines: string[]): string[] {
  const last = lines.at(-1);
  if (last === undefined || LEVEL_LINE.test(last)) return lines;
  const names = lines.slice(0, -1).flatMap((l) => LEVEL_LINE.exec(l)?.[1] ?? []);
  let rest = last;
  for (let cut = true; cut; ) {
    const name = names.find((n) => rest.endsWith(` ${n}`));
    cut = name !== undefined;
    if (name !== undefined) rest = rest.slice(0, -name.length - 1).trimEnd();
  }
  return rest !== last && LEVEL_LINE.test(rest) ? [...lines.slice(0, -1), rest] : lines;
}

/** Where the item's own rows' words begin in its note («6.1.1 Đáp ứng …», «6.4.a Tổng số …»): the words' end if none. */
function ownRowsAt(words: string, code: string): number {
  if (code === '') return words.length;
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`(?:^|\\s)${escaped}\\.(?:[a-zđ]|\\d{1,2})\\s+\\p{Lu}`, 'u').exec(words);
  return at ? at.index : words.length;
}

/**
 * The levels a manual criterion's scoring words («Cách chấm: …», the office's method column kept as its note) state,
 * one a line (or after «; -»), the highest its maximum; undefined when any line is no level (per-occurrence or free
 * words: the points are the officer's judgement), fewer than two are stated, or none gives the maximum (levels that
 * add up to it, «8 điểm; 2 điểm» of 10, are no choice of one: addedParts).
 */
export function statedLevels(criterion: Pick<Criterion, 'note' | 'maxPoints' | 'code'>): StatedLevel[] | undefined {
  const levels = pointLines(criterion);
  if (!levels || levels.some((l) => l.points > criterion.maxPoints)) return undefined;
  return levels.length >= 2 && levels.some((l) => l.points === criterion.maxPoints) ? levels : undefined;
}

/** A part of a criterion's points that its words give apart from the others, added to them (`words`: what earns it). */
export type AddedPart = StatedLevel;

/** A line whose words set a figure's threshold («>=30 cuộc họp», «Từ 80%», «Dưới 10»): a level, never a part that adds. */
const THRESHOLD = /^(?:[<>≥≤=]|(?:từ|dưới|trên|đạt)\s+\d|\d)/iu;

/**
 * The parts a manual criterion's scoring words give, each a share of its maximum that a unit earns on its own, which
 * add up to the maximum: 6.1 of the departments' DTI table, «- Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy
 * định: 4/5*Điểm tối đa (8 điểm); - Đã chuyển đổi sang công nghệ IPv6: 1/5 *Điểm tối đa (2 điểm); - Chưa đáp ứng, chưa
 * chuyển đổi: 0 điểm» of 10 (its rows 6.1.1 and 6.1.2 each a part): a unit earns 0, 2, 8 or 10. Undefined unless every
 * line reads, at least two give points, none the maximum alone (that is a choice of levels: statedLevels), none sets a
 * threshold on a figure, and they add up to the maximum exactly.
 */
export function addedParts(criterion: Pick<Criterion, 'note' | 'maxPoints' | 'code'>): AddedPart[] | undefined {
  const paying = pointLines(criterion)?.filter((l) => l.points > 0);
  if (!paying || paying.length < 2 || paying.length > MOST_PARTS) return undefined;
  if (paying.some((p) => p.points >= criterion.maxPoints || THRESHOLD.test(p.words))) return undefined;
  return toCents(paying.reduce((sum, p) => sum + p.points, 0)) === toCents(criterion.maxPoints) ? paying : undefined;
}
/** Parts read at most: their sums are counted one by one. */
const MOST_PARTS = 8;

/** Every sum of the parts a unit may earn together (0 for none), with the parts that make it, fewest parts first. */
export function partSums(parts: readonly AddedPart[]): { points: number; parts: AddedPart[] }[] {
  const sums: { points: number; parts: AddedPart[] }[] = [];
  for (let mask = 0; mask < 1 << parts.length; mask++) {
    const chosen = parts.filter((_, k) => (mask >> k) & 1);
    sums.push({ points: toCents(chosen.reduce((sum, p) => sum + p.points, 0)) / 100, parts: chosen });
  }
  return sums.sort((a, b) => a.parts.length - b.parts.length);
}

/**
 * Whether a criterion's scoring words give its points by comparing the units and were left to be scored by hand: words
 * that say which end earns the maximum («… đơn vị nào tỷ lệ cao nhất thì điểm tối đa và giảm dần», 6.16 and 6.17 of the
 * departments' DTI table) are read as Min-Max (min_max.ts); words naming no end are not, and are said to the officer.
 */
export function comparedAcrossUnits(criterion: Pick<Criterion, 'note'>): boolean {
  return /^Cách chấm:/.test(criterion.note ?? '') && /\bmin\s*[-–]\s*max\b/iu.test(criterion.note!);
}

/** Points a criterion's scoring words give each thing counted, up to its maximum: «01 ứng dụng tương ứng 04 điểm». */
export type PointsPerItem = { points: number; words: string };

/** «01 ứng dụng tương ứng 04 điểm», «Mỗi hoạt động …: 1 điểm», «04 điểm một ứng dụng»: the points of one thing counted. */
const PER_ITEM = [
  /(?:^|[\s:;-])((?:0?1|một|mỗi)\s+[^:;\n]+?\s+(?:tương ứng|được)\s+(\d+(?:,\d+)?)\s*điểm)/iu,
  /(?:^|[\s:;-])(mỗi\s+[^:;\n]+?:\s*(\d+(?:,\d+)?)\s*điểm)/iu,
  /(?:^|[\s:;-])((\d+(?:,\d+)?)\s*điểm\s*(?:\/\s*|(?:cho\s+)?(?:một|mỗi)\s+)[^,;.\n]+?)\s*(?=[,;.\n]|$)/iu,
];
/** The cap beside them: «Tổng điểm không quá 20 điểm», «không quá Điểm tối đa», «tối đa 20». */
const PER_ITEM_CAP = /(?:không quá|tối đa)\s*(?:(\d+(?:,\d+)?)|điểm tối đa)/iu;

/**
 * The points a manual criterion's scoring words («Cách chấm: …») give each thing counted, capped at its maximum
 * (5.26 of the district DTI table: «01 ứng dụng tương ứng 04 điểm; Tổng điểm không quá 20 điểm»): a unit's points are a
 * multiple of them, or the maximum. Undefined when the words state levels (statedLevels), give no cap, or a cap that is
 * not the maximum, or parts that add up to it (addedParts).
 */
export function pointsPerItem(criterion: Pick<Criterion, 'note' | 'maxPoints' | 'code'>): PointsPerItem | undefined {
  const words = /^Cách chấm:\s*([\s\S]*)$/.exec(criterion.note ?? '')?.[1];
  if (words === undefined || statedLevels(criterion) || addedParts(criterion)) return undefined;
  const cap = PER_ITEM_CAP.exec(words);
  if (!cap || (cap[1] !== undefined && parseNumberText(cap[1]) !== criterion.maxPoints)) return undefined;
  for (const pattern of PER_ITEM) {
    const m = pattern.exec(words);
    const points = m ? parseNumberText(m[2]!) : undefined;
    if (m && points !== undefined && points > 0 && points < criterion.maxPoints) return { points, words: m[1]!.replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

/**
 * What a criterion's words let a unit give: one of its levels, a sum of its parts, or a multiple of its points per thing
 * counted (`each`: what one is, as a row's words name it, «lần», «trường hợp»).
 */
export type StatedPoints = { levels: StatedLevel[] } | { parts: AddedPart[]; sums: number[] } | { perItem: PointsPerItem; each?: string };

/**
 * A criterion's words as levels, parts or points per thing counted, read once per criterion (checks run on every
 * report, Còn thiếu gì on every unit): a manual criterion's scoring words; a bonus's or deduction's own row words unless
 * it is counted per occurrence («Kết quả» a count: its points are computed, not typed).
 */
export function statedPoints(criterion: Criterion): StatedPoints | undefined {
  if (!read.has(criterion)) read.set(criterion, wordsOf(criterion));
  return read.get(criterion);
}
const read = new WeakMap<Criterion, StatedPoints | undefined>();

function wordsOf(criterion: Criterion): StatedPoints | undefined {
  const kind = criterion.rule.kind;
  if (kind === 'bonus' || kind === 'deduction') return criterion.rule.pointsEach === undefined ? rowWords(criterion) : undefined;
  if (kind !== 'manual') return undefined;
  const levels = statedLevels(criterion);
  const parts = levels ? undefined : addedParts(criterion);
  return levels ? { levels } : parts ? addedUp(parts) : perItemOf(criterion);
}

/**
 * So much each thing counted, up to the maximum, in a manual item's words: its scoring words where it keeps them apart
 * («Cách chấm: 01 văn bản tương ứng 05 điểm …», the district DTI table's 1.4: pointsPerItem), else its own words
 * (`title`) read as a row's words are («Mỗi mô hình: 2,5đ, tối đa 5,0đ» in Thanh Hóa's framework, the guide kept in the
 * title), its levels left out — a title's levels may be the name's («…: 2,0đ; thiếu mỗi kỳ trừ 0,5đ»). What Còn thiếu
 * gì and the check hold the item to, and what the import says at its cell (cell-levels.ts), from this one reading.
 */
export function perItemOf(item: Pick<Criterion, 'title' | 'note' | 'maxPoints' | 'code'>): { perItem: PointsPerItem; each?: string } | undefined {
  if (/^Cách chấm:/.test(item.note ?? '')) {
    const perItem = pointsPerItem(item);
    return perItem && { perItem };
  }
  const words = rowWords(item);
  return words && 'perItem' in words ? words : undefined;
}

/** Parts added together, with every sum of them a unit may earn. */
const addedUp = (parts: AddedPart[]): StatedPoints => ({ parts, sums: [...new Set(partSums(parts).map((s) => s.points))].sort((a, b) => a - b) });

/** Points as a row's words write them, «3đ», «2,0đ», «5 điểm». */
const POINTS = String.raw`(\d+(?:,\d+)?)\s*(?:điểm|đ)(?![\p{L}\p{N}])`;
/** So much an occurrence: «Trừ 3đ/lần», «Trừ 10đ/trường hợp», «cộng 1 điểm/01 sáng kiến». */
const RATE = /(?:(?:trừ|cộng)\s+)?(\d+(?:,\d+)?)\s*(?:điểm|đ)\s*\/\s*(?:0?1\s+)?(\p{L}[\p{L} ]*?)\s*(?=[,;.)]|$)/giu;
/** So much each thing the words count: «Mỗi nghị quyết chuyên đề …: 1,0đ». */
const EACH_THING = new RegExp(String.raw`(?<![\p{L}])mỗi\s[^:;.]+?:\s*${POINTS}`, 'giu');
/** A level, its words before a colon: «Được khen thưởng cấp tỉnh trở lên: 2,0đ». */
const LEVEL = new RegExp(String.raw`([^:;.]+?):\s*${POINTS}`, 'gu');
/** The cap the words state: «tối đa trừ 6đ», «tối đa 2,0đ». */
const CAP = new RegExp(String.raw`tối đa\s+(?:(?:trừ|cộng)\s+)?${POINTS}`, 'giu');
/** Levels added together where the words say so («cộng dồn», «được cộng»), not one chosen. */
const ADDED = /(?<![\p{L}])cộng(?![\p{L}])/iu;

/**
 * A bonus's or deduction's own words, kept by the reader in its title: so much an occurrence or each thing counted, up to
 * a cap that is the row's maximum (a multiple, or the maximum); or levels of which the highest is the maximum (one
 * chosen; summed where the words say «cộng»). Undefined where they are unclear — a cap other than the row's maximum, two
 * rates, a rate and levels at once, a level above the maximum —: nothing is said rather than a guess.
 */
function rowWords(criterion: Pick<Criterion, 'title' | 'maxPoints'>): StatedPoints | undefined {
  const max = criterion.maxPoints;
  const title = criterion.title;
  const caps = [...title.matchAll(CAP)].map((m) => parseNumberText(m[1]!));
  if (caps.some((cap) => cap !== max)) return undefined;
  const rates = [...title.matchAll(RATE)].map((m) => ({ points: parseNumberText(m[1]!)!, words: m[0].trim(), each: m[2]!.trim() }));
  const things = [...title.matchAll(EACH_THING)].map((m) => ({ points: parseNumberText(m[1]!)!, words: m[0].trim() }));
  const levels = [...title.matchAll(LEVEL)].map((m) => ({ points: parseNumberText(m[2]!)!, words: m[1]!.trim() }));
  const each = [...rates, ...things];
  // Two rates, a rate beside levels (a thing counted is read as a level too), or a thing counted with no cap: unclear.
  if (each.length > 1 || (each.length === 1 && levels.length > things.length) || (things.length > 0 && caps.length === 0)) return undefined;
  const [rate] = each;
  if (rate) {
    if (rate.points <= 0 || rate.points > max) return undefined;
    const perItem = { points: rate.points, words: rate.words };
    return rates[0] ? { perItem, each: rates[0].each } : { perItem };
  }
  if (levels.length === 0 || levels.some((l) => l.points > max)) return undefined;
  if (ADDED.test(title)) return levels.length >= 2 && levels.length <= 8 ? addedUp(levels) : undefined;
  return levels.some((l) => l.points === max) ? { levels } : undefined;
}

/**
 * Còn thiếu gì for points given by hand: the levels the criterion's words state above today's (never points between
 * them, which no level gives), each with its words; the sums of the parts its words add up, those on top of the parts
 * today's points hold (6.1 at 2, its IPv6 part: 10 with the other, never 8 instead), each with the parts' words; the
 * multiples of the points its words give each thing counted, and the maximum (5.26's 12, 16, 20, never 9,8); else any
 * points up to the maximum (on the set's step).
 */
export function handWaysUp(criterion: Criterion, today: Today): WaysUp | undefined {
  const words = statedPoints(criterion);
  if (!words) return pointsRoom(criterion.maxPoints, today);
  if ('levels' in words) {
    const { levels } = words;
    const ways = fixedSteps(today, levels.map((l) => l.points));
    return ways && { steps: ways.steps.map((s) => ({ ...s, said: `mức «${levels.find((l) => l.points === s.value)!.words}»` })) };
  }
  if ('parts' in words) {
    const sums = partSums(words.parts);
    const held = sums.filter((s) => toCents(s.points) === toCents(today.points));
    const up = held.length === 0 ? sums : sums.filter((s) => held.some((h) => h.parts.every((p) => s.parts.includes(p))));
    const ways = fixedSteps(today, up.map((s) => s.points));
    const partsOf = (value: number) => up.find((s) => toCents(s.points) === toCents(value))!.parts;
    return ways && { steps: ways.steps.map((s) => ({ ...s, said: `phần ${partsOf(s.value).map((p) => `«${p.words}»`).join(' và ')}` })) };
  }
  return fixedSteps(today, countedPoints(words.perItem.points, criterion.maxPoints));
}

/** The points a count can earn: each multiple of the points a thing below the maximum (at most 200), then the maximum. */
function countedPoints(each: number, max: number): number[] {
  const values: number[] = [];
  for (let n = 1; toCents(n * each) < toCents(max) && values.length < 200; n++) values.push(toCents(n * each) / 100);
  return [...values, max];
}

// Made for: the check's doubt and Còn thiếu gì to read a criterion's words alike — a bonus row «Được khen thưởng cấp
// tỉnh trở lên: 2,0đ; được biểu dương …: 1,0đ» (Thanh Hóa's commune councils' table, VIII.2) was held to its levels by
// the check while Còn thiếu gì asked any points up to its maximum (1,5 — a figure no level gives).
