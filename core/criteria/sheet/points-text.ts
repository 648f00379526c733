// Points written as words in a points cell, the ways offices write them: a maximum («5 điểm (tối đa)», «+20 điểm»,
// «tối đa 10»), points per occurrence with their unit and cap («1 đ/lần», «2 điểm/tiết», «-3 đ/lần/lớp (tối đa -10
// đ/kỳ)», «mỗi trường hợp +1, tối đa 5»), a range («từ 5 đến 10»: the officer scores within it), levels to choose
// from («2 điểm» over «4 điểm» in one cell), or words that are not points at all («(không xếp loại)»: a note).
import { normalizeLabel } from '../../text.js';
import { formatPoints, parseNumberText } from '../../values.js';
import { SECTION_TOTAL, TAKING, WRITTEN_TOTAL } from './vocabulary.js';

export type PointsText =
  | { kind: 'points'; points: number }
  | { kind: 'each'; points: number; unit: string; cap?: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'levels'; points: number[]; unit?: string }
  | { kind: 'note'; text: string };

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const SIGNED = String.raw`([+\-\u2212\u2013]?)\s*${NUMBER}`;
const POINTS_WORD = String.raw`\s*(?:điểm|đ)?\.?`;
/** «/lần», «/lần/lớp», «/ tiết», «/1 đơn vị», «/mỗi sáng kiến»: what each occurrence is counted by. */
const PER = String.raw`\s*((?:\/\s*(?:0?1\s+|mỗi\s+|một\s+)?[\p{L} ]+?)+)`;

/** The signed number of «-0,5», «+20», «−1» (undefined when it is not one). */
function signed(sign: string, digits: string): number | undefined {
  const v = parseNumberText(digits);
  return v === undefined ? undefined : sign === '' || sign === '+' ? v : -v;
}

/**
 * «tối đa», «không quá», «tối đa không vượt quá» (Đồng Tháp University's bonus rows): the words a cap opens with;
 * «trừ», «cộng»: what it caps, between them and its number.
 */
const CAP = String.raw`(?:tối đa(?:\s+không\s+vượt\s+quá)?|không(?:\s+vượt)?\s+quá)\s*`;
const OF_KIND = String.raw`(?:(?:trừ|cộng)\s*)?`;

// The patterns are built once, not at each cell read: a pattern built anew is compiled anew. Only `matchAll` and
// `replace` take the global ones, which start from the beginning whatever the pattern's lastIndex.
const CAP_WRITTEN = new RegExp(String.raw`${CAP}(?:là\s*)?(?:[:=]\s*)?${OF_KIND}${SIGNED}(?![.,]?\d)\s*(\p{L}+)?`, 'giu');
const LEVEL = new RegExp(String.raw`${SIGNED}${POINTS_WORD}(?:\s*\/\s*(\p{L}+))?`, 'giu');
const EACH = new RegExp(String.raw`^(?:(?:mỗi|một)\s+([\p{L} ]+?)\s*(?:được\s+|bị\s+)?(?:(cộng|trừ)\s*)?)?${SIGNED}${POINTS_WORD}(?:${PER})?(?=$|[,;(.]|\s+(?:tối đa|không quá))`, 'iu');
const EACH_AFTER = new RegExp(String.raw`^${SIGNED}${POINTS_WORD}\s*(\()?\s*mỗi\s+([\p{L} ]+?)\s*(?:\)|(?<!\()(?=$|[,;]|\s+(?:tối đa|không quá)))`, 'iu');
const WHOLE = new RegExp(String.raw`^\(?${SIGNED}${POINTS_WORD}\)?\s*(?:\((?:tối đa|tối thiểu)\)|tối đa)?$`, 'iu');
const MOST = new RegExp(String.raw`^\(?(?:tối đa|không quá)\s*:?\s*${SIGNED}${POINTS_WORD}\)?$`, 'iu');
const RANGE = new RegExp(String.raw`^(?:từ\s*)?${SIGNED}${POINTS_WORD}\s*(?:đến|-|–|tới|÷)\s*${SIGNED}${POINTS_WORD}(?:${PER})?$`, 'iu');

/**
 * «tối đa 10», «tối đa -10 đ/kỳ», «không quá 5 điểm», «tối đa là: 10», «tối đa trừ 10»: the cap a text writes, as a size
 * (its sign dropped). Only points are a cap: a number followed by another word is a count of something else («không
 * quá 30 ngày kể từ …», «không quá 5 ngày làm việc», «tối đa không quá 05 tập thể») — except occurrences of the rate's
 * own unit (`each`: «1 đ/lần, tối đa 5 lần»), which cap the points at so many times the rate.
 */
export function capInText(text: string, each?: { points: number; unit: string }): number | undefined {
  for (const m of text.matchAll(CAP_WRITTEN)) {
    const v = signed(m[1]!, m[2]!);
    const word = m[3] === undefined ? undefined : normalizeLabel(m[3]);
    if (v === undefined) continue;
    if (word === undefined || word === 'diem' || word === 'd') return Math.abs(v);
    if (each !== undefined && word === normalizeLabel(each.unit).split(/[\s/]/)[0]) return Math.abs(v * each.points);
  }
  return undefined;
}

const CAP_IN_POINTS = new RegExp(`${CAP}${OF_KIND}${NUMBER}\\s*(?:điểm|đ)(?![\\p{L}\\d])`, 'giu');

/**
 * The one maximum an item's words write in points («Trừ 5,0đ/trường hợp, tối đa trừ 10,0đ»; never «tối đa 05 tập thể»,
 * which is no points, nor «(tối đa là 20 điểm)», the scale of a figure the item is scored from); undefined when they
 * write none, or two that differ.
 */
export function capInWords(text: string): number | undefined {
  const caps = new Set([...text.matchAll(CAP_IN_POINTS)].map((m) => parseNumberText(m[1]!)));
  return caps.size === 1 ? [...caps][0] : undefined;
}

/**
 * Levels, one a line or one after another («2 điểm 4 điểm», «8 điểm/giải 6 điểm/giải»), or apart by «;» or «,» («+3
 * điểm/hs; +5 điểm/hs»: its first rate is not the cell's only one), or alternatives («+10 hoặc +20 đ/GV»: the unit written
 * once, after the last): choose one.
 */
function levelsIn(text: string): Extract<PointsText, { kind: 'levels' }> | undefined {
  const levels = [...text.matchAll(LEVEL)];
  const or = /(?:^|\s)hoặc(?=\s|$)/giu;
  if (levels.length < 2 || text.replace(LEVEL, '').replace(or, '').replace(/[;,]/g, '').trim() !== '') return undefined;
  const units = new Set(levels.map((m) => m[3]));
  const last = or.test(text) && levels.slice(0, -1).every((m) => m[3] === undefined) ? levels.at(-1)![3] : undefined;
  const unit = units.size === 1 ? [...units][0] : last;
  return { kind: 'levels', points: levels.map((m) => signed(m[1]!, m[2]!)!), ...(unit && { unit }) };
}

/** What a points cell's text says; undefined when it is none of the forms above (the caller keeps it as written). */
export function readPointsText(raw: string): PointsText | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const levels = levelsIn(text);
  const each = EACH.exec(
    text.replace(/^(cộng|trừ)\s+(?=[\d+\-])/i, (_, w: string) => (normalizeLabel(w) === 'tru' ? '-' : '+')),
  );
  if (each && !levels && (each[1] !== undefined || each[5] !== undefined)) {
    const value = signed(each[2] === 'trừ' || each[2] === 'Trừ' ? '-' : each[3]!, each[4]!);
    const unit = each[5] !== undefined ? each[5].split('/').map((u) => u.trim().replace(/^(?:0?1|mỗi|một)\s+/iu, '')).filter(Boolean).join('/') : each[1]!.trim();
    const cap = value === undefined ? undefined : capInText(text, { points: value, unit });
    if (value !== undefined && value !== 0) return { kind: 'each', points: value, unit, ...(cap !== undefined && { cap }) };
    // «0 điểm/lần» (a conduct form's «+ Vi phạm quy chế thi»): nothing each time is nothing, a level of 0.
    if (value === 0) return { kind: 'points', points: 0 };
  }
  // «-10 điểm (mỗi lần vi phạm)», «5 điểm mỗi lần»: the occurrence named after the points.
  const after = EACH_AFTER.exec(text);
  if (after) {
    const value = signed(after[1]!, after[2]!);
    const unit = after[4]!.trim();
    const cap = value === undefined ? undefined : capInText(text, { points: value, unit });
    if (value !== undefined && value !== 0) return { kind: 'each', points: value, unit, ...(cap !== undefined && { cap }) };
  }
  const whole = WHOLE.exec(text);
  if (whole) {
    const value = signed(whole[1]!, whole[2]!);
    if (value !== undefined) return { kind: 'points', points: value };
  }
  const most = MOST.exec(text);
  if (most) return { kind: 'points', points: signed(most[1]!, most[2]!)! };
  // «từ 5 đến 10», «+2 đến +5 đ/kỳ» (once a term: the unit does not make it per occurrence), «-4 – 4»; a range up to
  // nothing («-5 – 0», a conduct form's «Khung điểm») takes up to its lowest: a deduction, as «-5» is.
  const range = RANGE.exec(text);
  if (range) {
    const [min, max] = [signed(range[1]!, range[2]!)!, signed(range[3]!, range[4]!)!];
    if (min < 0 && max <= 0) return { kind: 'points', points: min };
    if (min < max) return { kind: 'range', min, max };
  }
  if (levels) return levels;
  // Words, not points: a note in brackets, or a phrase («theo thực tế»); a lone word («tám») is a mistyped number.
  // A number naming another criterion («Được kê khai tại tiêu chí 1.b: …») is no points.
  const bare = text.replace(/(?:tiêu chí|chỉ tiêu|chỉ số|mục)\s+[\dA-Za-zĐđ]+(?:[.,][\dA-Za-z]+)*/giu, '');
  if (/\p{L}/u.test(text) && (/^\(.*\)$/.test(text) || text.split(' ').length >= 2) && !/\d/.test(bare)) return { kind: 'note', text };
  return undefined;
}

/** A heading's maximum written in its words («… (10 điểm)», «… - 30 điểm», «(Tổng 120 điểm theo …)»), if it writes one. */
export function maximumInWords(title: string): number | undefined {
  const written = WRITTEN_TOTAL.exec(title) ?? SECTION_TOTAL.exec(title);
  return written ? parseNumberText(written[1]!) : undefined;
}

/** Points the words of a row write: «30đ», «(30 điểm)», «- 5 điểm», «2 điểm/lần» (never «30%», «05 tập thể»). */
const POINTS_FIGURE = /\d+(?:[.,]\d+)?\s*(?:điểm|đ)(?![\p{L}\d])/giu;
/** «(30đ)», «(30 điểm)», « - 30đ» closing an item's name, further words after it. */
const BEFORE_WORDS = /^(.*?\S(?:\s*\(\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)\s*\)|\s[-–]\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)(?![\p{L}\d])))\s*[:;,.]?\s*(\S.*)$/isu;

/**
 * An item's maximum written in its words with further words after it («Tỷ lệ văn bản ký số (30đ): ≥ 90% đạt điểm tối
 * đa; dưới 90% tính theo tỷ lệ», «… - 30đ: …»), as «… (30đ)» closing them is: its name to the figure, and the words
 * after it (how it is scored). Only where the figure is the only points the words write: two or more are levels or
 * rates, read as such elsewhere.
 */
export function pointsBeforeWords(text: string): { points: number; name: string; rest: string } | undefined {
  const t = text.trim();
  if ((t.match(POINTS_FIGURE)?.length ?? 0) !== 1) return undefined;
  const m = BEFORE_WORDS.exec(t);
  const points = m ? parseNumberText(m[2] ?? m[3]!) : undefined;
  return points === undefined ? undefined : { points, name: m![1]!, rest: m![4]!.trim() };
}

/**
 * What a range means for its item, said at its cell: scored by hand within it — from 0 where it starts below (a
 * criterion takes nothing from the total: a deduction is a row of its own).
 */
export function rangeNote(code: string, { min, max }: { min: number; max: number }): string {
  const [from, to] = [formatPoints(min), formatPoints(max)];
  if (min >= 0) return `Mục ${code} ghi điểm từ ${from} đến ${to}: chấm thủ công trong khoảng đó, tối đa ${to} điểm.`;
  return `Mục ${code} ghi điểm từ ${from} đến ${to}: chấm thủ công từ 0 đến ${to} điểm; phần dưới 0 (trừ đến ${formatPoints(-min)} điểm) không chấm được ở mục này — nếu cần trừ, thêm một dòng điểm trừ riêng (ghi «${from}») rồi nhập lại.`;
}

const TAKEN_MARK = new RegExp(String.raw`^(?:${TAKING}|tru|vi pham)$`);
const TAKEN_TITLE = new RegExp(String.raw`^${TAKING}\s*(?:$|[:\-–(])`);

/**
 * What a row's «Loại» cell says it does: «❌ Trừ», «Trừ điểm», «Điểm trừ», «Điểm phạt», «Vi phạm», «(-)» take; «Điểm
 * thưởng», «Điểm cộng», «Khen thưởng» add on top (a bonus); «✅ Cộng», «Cộng điểm», «(+)» count in the base (a
 * teacher-emulation app's «Cộng» rows are its 100 points); other words nothing.
 */
export function signOf(text: string): 'takes' | 'bonus' | 'adds' | undefined {
  const words = normalizeLabel(text.replace(/[^\p{L}\s]/gu, ' ')).trim();
  if (words === '') {
    const marks = text.replace(/[\s()]/g, '');
    return /^[-−–❌✗✘]$/u.test(marks) ? 'takes' : /^[+✅✓✔]$/u.test(marks) ? 'adds' : undefined;
  }
  if (TAKEN_MARK.test(words)) return 'takes';
  if (/^((diem )?thuong|diem cong|cong them|khen thuong)$/.test(words)) return 'bonus';
  return /^cong( diem)?$/.test(words) ? 'adds' : undefined;
}

/**
 * What a row's words say of its own points: «… (-5)», «… (trừ 5 điểm)» closing them with the number its points cell
 * writes, or «Trừ điểm: …», «Điểm trừ», «Điểm phạt» opening them, take them; «Điểm thưởng: …», «Điểm thưởng (…)»,
 * «Điểm cộng: …» opening them add them on top (`bonus`); «… (+3)», «… (cộng 3 điểm)» add them (an app's grid retyped
 * without its «Loại» column) — on top where other rows' words take theirs (rowMark).
 */
function signInTitle(title: string, points: number): 'takes' | 'bonus' | 'adds' | undefined {
  const t = title.trim();
  if (TAKEN_TITLE.test(normalizeLabel(t))) return 'takes';
  // «Điểm cộng» alone is a form's part of points its items add («1 Điểm cộng» under «Phần 1 … 20 điểm»), «Khen thưởng»
  // a conduct form's item scored in its part (4.5 of 25): neither is so read.
  if (/^(?:điểm thưởng|điểm cộng thêm)\s*(?:$|[:\-–("“«]|\p{L})|^điểm cộng\s*[:("“«]/iu.test(t)) return 'bonus';
  const m = /\(\s*(?:([-−–]|trừ\s)|(\+|cộng\s))\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)?\s*\)\s*$/iu.exec(t);
  if (m === null || parseNumberText(m[3]!) !== points) return undefined;
  return m[1] !== undefined ? 'takes' : 'adds';
}

/** Whether some row's words take its own points («Đi học trễ (-2)»): then other rows' «(+3)» add theirs on top (rowMark). */
export function titlesTake(rows: readonly { title: string; points: number | undefined }[]): boolean {
  return rows.some(({ title, points }) => points !== undefined && points > 0 && signInTitle(title, points) === 'takes');
}

/**
 * What a row's own marks say of its points (both layouts ask it): its «Loại» cell's word, else words in its title
 * (`titled`) — which take them, or add them on top where the table's other titles take theirs (`titlesTake`: «Giúp đỡ
 * bạn (+3)» beside «Đi học trễ (-2)»; alone, «(+5)» is the item's own points). Nothing for a row without points above zero.
 */
export function rowMark(sign: string, title: string, points: number | undefined, titlesTake: boolean): { says: ReturnType<typeof signOf>; titled: boolean } {
  if (points === undefined || points <= 0) return { says: undefined, titled: false };
  const words = sign === '' ? signInTitle(title, points) : undefined;
  if (words === 'takes' || words === 'bonus' || (words === 'adds' && titlesTake)) return { says: words === 'takes' ? 'takes' : 'bonus', titled: true };
  return { says: signOf(sign), titled: false };
}

/** Said where a row read as added on top («+3», «Điểm thưởng» in its «Loại» column) writes it. */
export function addsNote(code: string, written: string, adds: number): string {
  return `Mục ${code} ghi ${written}: điểm cộng thêm, cộng tối đa ${formatPoints(adds)} điểm, không tính vào tổng điểm chuẩn.`;
}

/**
 * A row's «Ghi chú» saying the points typed in its points cell are so many each time («3 | Cộng 3 điểm/1 đơn vị», «2 |
 * -2 điểm/mỗi biên bản kết luận …», «3 | Thưởng 03 điểm/mỗi sáng kiến»): those words, read as the points cell's would be;
 * undefined when the note is no such rate, or a rate of other points.
 */
export function eachInNote(points: number, note: string): Extract<PointsText, { kind: 'each' }> | undefined {
  const read = readPointsText(note.replace(/^thưởng\s+(?=[\d+])/iu, '+'));
  return read?.kind === 'each' && Math.abs(Math.abs(read.points) - Math.abs(points)) < 1e-9 ? read : undefined;
}

/** What a row written below zero with no rule of its own means, said at its cell: a deduction of up to that much. */
export function takesNote(code: string, written: string, takes: number): string {
  return `Mục ${code} ghi ${written}: điểm trừ, trừ tối đa ${formatPoints(takes)} điểm, không tính vào tổng điểm chuẩn.`;
}

/** One «trừ/cộng N điểm» a row's or an item's words write. */
export interface WrittenPoints {
  /** The points, below zero where the words take them. */
  points: number;
  /** «trừ» takes; «được cộng», «được +», «cộng thêm», «thưởng» give a bonus; «cộng» alone adds (never «tổng cộng»). */
  verb: 'takes' | 'bonus' | 'adds';
  /** Whether the words write them per occurrence: «/…» after the points, or «mỗi» in their phrase. */
  each: boolean;
  /** What each occurrence is, as written («lần vi phạm» of «/lần vi phạm», «sáng kiến» of «Mỗi sáng kiến, …»), where named. */
  unit?: string;
  /** The phrase writing them as written: bounded by its brackets, «;», «:», sentence or line. */
  phrase: string;
  /** The words read, from the verb to the points or their «/…». */
  read: string;
}

/** The verb («trừ»; «được cộng», «được +», «cộng thêm», «thưởng»; «cộng»), the points, then «/…» or not. */
const WRITTEN = /(?<![\p{L}\d])(?:(trừ)\s+|(được\s*(?:\+\s*|(?:cộng(?:\s+thêm)?|thưởng)\s+)|cộng\s+thêm\s+|thưởng\s+)|(?<!tổng\s)cộng\s+)(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)(?!\p{L})(\s*\/\s*(?=\p{L})(?:([\p{L}\s]+?)(?=$|[,;.)]))?)?/giu;
/**
 * «Mỗi sáng kiến, …», «Mỗi một đề tài được …»: the occurrence named after «mỗi», where a comma or «được» closes its
 * name (in «Mỗi lần chậm báo cáo bị trừ 1 điểm» the occurrence is the «lần»).
 */
const EACH_NAMED = /(?<!\p{L})mỗi\s+(?:một\s+)?([\p{L} ]+?)(?=,|\s+được(?!\p{L}))/iu;

/**
 * Every «trừ/cộng N điểm» a text writes, in order: its points, how the words give them, whether per occurrence (and
 * what an occurrence is) or once, and the phrase writing them — the one reading of points in words, whether the row
 * is scored by them (deductionInWords, bonusInWords) or its item only says them (cell-levels.ts).
 */
export function pointsInWords(text: string): WrittenPoints[] {
  return [...text.matchAll(WRITTEN)].flatMap((m) => {
    const points = parseNumberText(m[3]!);
    if (points === undefined) return [];
    const start = Math.max(...['(', ';', ':', '\n', '. '].map((b) => { const k = text.lastIndexOf(b, m.index); return k < 0 ? 0 : k + b.length; }));
    const ends = [')', '(', ';', '\n', '. '].map((b) => text.indexOf(b, m.index + m[0].length)).filter((k) => k >= 0);
    const phrase = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length).replace(/\s+/g, ' ').trim().replace(/^[-–•+]\s*/, '').replace(/[.,]$/, '');
    const verb = m[1] !== undefined ? 'takes' : m[2] !== undefined ? 'bonus' : 'adds';
    const named = /(?<!\p{L})mỗi(?!\p{L})/iu.test(phrase) ? EACH_NAMED.exec(phrase)?.[1] : undefined;
    const unit = (m[5] ?? named)?.replace(/\s+/g, ' ').trim();
    // A «/» with no occurrence read after it is not part of what was read.
    const read = (m[5] === undefined && m[4] !== undefined ? m[0].slice(0, -m[4].length) : m[0]).replace(/\s+/g, ' ');
    const each = m[4] !== undefined || /(?<!\p{L})mỗi(?!\p{L})/iu.test(phrase);
    return [{ points: verb === 'takes' ? -points : points, verb, each, ...(unit && { unit }), phrase, read }];
  });
}

type InWords = { words: Extract<PointsText, { kind: 'each' | 'levels' }>; read: string[] };

/**
 * Points written only in a row's words that score the row (`verb`): the points per occurrence, the occurrence named
 * after «/» or after «mỗi» (else «lần»); two rates or more in one row their levels per occurrence. Each phrase read is
 * returned, to be said where it was read.
 */
function scoredInWords(text: string, verb: WrittenPoints['verb']): InWords | undefined {
  const found = pointsInWords(text).filter((w) => w.verb === verb);
  const rates = [...new Set(found.map((w) => w.points))].filter((v) => v !== 0);
  if (rates.length === 0) return undefined;
  const unit = found.find((w) => w.unit !== undefined)?.unit ?? 'lần';
  const cap = capInText(text.replace(/\s+/g, ' '), { points: Math.abs(rates[0]!), unit });
  const read = found.map((w) => w.read);
  if (rates.length === 1) return { words: { kind: 'each', points: rates[0]!, unit, ...(cap !== undefined && { cap }) }, read };
  return { words: { kind: 'levels', points: rates, unit }, read };
}

/**
 * A deduction written only in a row's words, its points cell empty («Mỗi hành vi vi phạm … thì bị trừ 01 điểm/lần vi
 * phạm», «Mỗi một công việc … bị trừ 02 điểm»); two rates («… chậm tiến độ … bị trừ 01 điểm; … chưa hoàn thành … bị
 * trừ 02 điểm») its levels per occurrence.
 */
export const deductionInWords = (text: string): InWords | undefined => scoredInWords(text, 'takes');

/**
 * A bonus written only in a row's words, its points cell empty («… trên 92% được + 0,1 điểm (luỹ kế cứ tăng 1% được
 * cộng 0,1 điểm nhưng điểm cộng tối đa không quá 0,5 điểm)», «được thưởng 0,2 điểm»): the points per occurrence and
 * the cap the words give.
 */
export const bonusInWords = (text: string): InWords | undefined => scoredInWords(text, 'bonus');

/** «chọn 1 trong 4», «Chọn một mức», «chọn một trong các mức»; «các ý sau không cộng dồn». */
const CHOOSE_ONE = /\bchon (?:1|mot)(?: trong (\d+)| muc)?\b|\bkhong cong don\b/;

/**
 * An item's words choosing one of the rows under it («Kết quả học tập (chọn 1 trong 4)», «(điểm tối đa của tiêu chí là
 * 10, các ý sau không cộng dồn)»): the count of rows, where written; undefined when they choose none.
 */
export function oneOfRows(title: string): { count: number | undefined } | undefined {
  const chosen = CHOOSE_ONE.exec(normalizeLabel(title));
  return chosen ? { count: chosen[1] === undefined ? undefined : Number(chosen[1]) } : undefined;
}

/** The largest number a text holds («Đạt: 5; chưa đạt: 0» → 5): a maximum to start from when the text reads as none of the above. */
export function largestNumberIn(text: string): number | undefined {
  const all = [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => parseNumberText(m[0])).filter((v): v is number => v !== undefined);
  return all.length === 0 ? undefined : Math.max(...all);
}

// Made for issue 45 item 2: points as offices write them in a points cell, read alike by every layout.
// And an item's points mid-sentence, an agencies' table's «2.1 | Tỷ lệ văn bản ký số (30đ): ≥ 90% đạt điểm tối đa; …»
// (test/cli/criteria-import-words-figures.test.ts).
