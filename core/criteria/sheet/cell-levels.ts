// Levels an item writes in its own content cell, a line each below its words, instead of rows of their own: «Quán
// triệt … tại đơn vị:» over «- Thực hiện tốt: 2,5 điểm», «- Có thực hiện đầy đủ: 2,0 điểm», «- Có thực hiện nhưng chưa
// đầy đủ: 1 điểm», «- Không thực hiện: 0 điểm» (a high school's KPI table for its leaders, III.2.1–III.2.7), or without
// a dash, a figure of points closing each line («Có CCHC được công nhận: 1.0 đ», a power company's B.5), or on one line
// separated by «;» («…: 5,0đ; cho 02 nội dung: 3,0đ; …: 0đ.», a commune council's IV.2). Read as the
// item's levels only where they can mean nothing else: two lines or more, each a different figure, and they close the
// cell, the highest the item's maximum — a line of that form above other words is part of the item's wording, left in
// it; lines that add up to the maximum are its parts. One reading for every layout (settle.ts, sectioned.ts).
import { oneLine } from '../../text.js';
import { formatPoints, parseNumberText } from '../../values.js';
import type { ScoringRule } from '../schema.js';
import type { SheetReader } from './sheet-reader.js';
import { pointsInWords } from './points-text.js';
import { perItemOf } from '../rules/scoring-words.js';

/**
 * A level line: its words, then its points closing the line, after a colon or in brackets («- Thực hiện tốt: 2,5 điểm»,
 * «Có CCHC được công nhận: 1.0 đ», «Hoàn thành tốt (2 điểm)»), a dash before it or not. The figure must be points at the
 * line's end (a «;» closing a list's line kept with it): a number within the words («Tổ chức 02 hội nghị») is no level. «: trừ hết điểm» is a level of 0 in the
 * officer's words («- Số tín chỉ thi lại >30%: trừ hết điểm», hanh-kiem-sv's I.4).
 */
const LEVEL_LINE = /^(?:[-–—•+]\s*)?(.+?)\s*(?::\s*(?:(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)|(trừ hết điểm))|\(\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)\s*\))[.;]?$/iu;
/**
 * Where a line ends: a line break; in a cell of one line (pasted into one, or drawn by a page that drops its breaks),
 * a space before a dash, which still sets each level after « - » («… tại đơn vị: - Thực hiện tốt: 2,5 điểm - Có thực
 * hiện …»), or before a bracket opening after a figure of points, the note the lost break set below the levels («…: 2
 * điểm. (Trường hợp … chỉ được tính ở hoạt động có điểm cao nhất)», hanh-kiem-sv's I.2). A cell that keeps its lines ends
 * them only at its breaks: « - » within a line is its words («- Đạt từ 50 - dưới 100 lượt người: 3 điểm», nq57's II.5.1).
 * Undashed levels in a cell of one line have nothing left to end them: they stay its words.
 */
const LINE_END = /\s*\n\s*/gu;
/** A bracket opening after a figure of points: the note below the levels, which ends the last of them. */
const NOTE_AFTER = String.raw`(?<=\d\s*(?:điểm|đ)\.?)\s+(?=\()`;
const DASH_END = new RegExp(String.raw`\s*\n\s*|\s+(?=[-–—•+]\s)|${NOTE_AFTER}`, 'giu');

export type CellLevel = { words: string; points: number };

/**
 * Where a level written on one line with others ends: «…: 5,0đ; cho 02 nội dung: 3,0đ; …: 0đ.» (hdnd-thanh-hoa-cap-xa's
 * IV.2), and before a note in brackets after the last («…: 0đ (đồng thời bị trừ điểm tại nhóm IX).», hdnd-thanh-hoa-cap-
 * tinh's I.3, whose cell keeps its lines, so no line ends there).
 */
const SEGMENT_END = new RegExp(String.raw`\s*;\s*|${NOTE_AFTER}`, 'giu');
/** A level's words and points with more words after them («dưới 90%: 0đ. Số liệu lấy từ …», hdnd-thanh-hoa-cap-tinh's IV.1). */
const LEVEL_HEAD = /^(?:[-–—•+]\s*)?.+?:\s*\d+(?:[.,]\d+)?\s*(?:điểm|đ)(?=[\s.(])/iu;
/**
 * Words writing points after a colon, as a level or not quite («: 0đ toàn tiêu chí», «: tính đủ 2,0đ», «: 2điểm/lần»):
 * with a level beside it, the cell writes levels, read or said.
 */
const LEVEL_LIKE = /:.*?\d+(?:[.,]\d+)?\s*(?:điểm|đ)(?!\p{L})/iu;
/** Points written anywhere in words («được cộng 2 điểm», «trừ 0,5đ»). */
const POINTS_IN_WORDS = /\d+(?:[.,]\d+)?\s*(?:điểm|đ)(?!\p{L})/iu;
/** The end of a sentence: words before levels on their line («… ≥ 01 cuộc/năm. Đạt cả 04 nhóm chủ thể: 4,0đ; …»). */
const SENTENCE_END = /[.!?]\s+(?=\S)/gu;

/** The pieces of `text` between the ends `ends` finds, trimmed, each with where its words start (offset by `from`). */
function split(text: string, ends: RegExp, from = 0): { text: string; at: number }[] {
  const starts = [0, ...[...text.matchAll(ends)].flatMap((m) => [m.index, m.index + m[0].length])];
  return starts.flatMap((start, i) => {
    if (i % 2 === 1) return [];
    const raw = text.slice(start, starts[i + 1] ?? text.length);
    return [{ text: raw.trim(), at: from + start + raw.length - raw.trimStart().length }];
  });
}

/**
 * The cell's lines, each with where it starts; a line closed by two «;»-separated segments or more each ending in a
 * figure of points is its levels, a line each (`segment`: said as «đoạn», not «dòng»), a note in brackets after them
 * one more, and words before them — ended by a sentence's end within the first — a line of their own («Định mức tối
 * thiểu: (1) …; (4) … cuộc/năm. Đạt cả 04 nhóm chủ thể: 4,0đ; thiếu 01 nhóm: 2,5đ; …», hdnd-thanh-hoa-cap-tinh's
 * II.2.a). A «;» in words that are not levels («Tổ chức hội nghị; ban hành kế hoạch») ends nothing.
 */
type Line = { text: string; at: number; segment?: true; joined?: true };
function linesOf(text: string): Line[] {
  return split(text, text.includes('\n') ? LINE_END : DASH_END).flatMap((line): Line[] => {
    const segments: Line[] = split(line.text, SEGMENT_END, line.at);
    const end = segments.length - (segments.length > 1 && NOTE_LINE.test(segments.at(-1)!.text) ? 1 : 0);
    // The last may go on after its points («không tổ chức đủ: 0đ toàn tiêu chí.», «…: tính đủ 2,0đ.»): a segment all the same, said as not a level.
    let from = end - (end > 0 && !LEVEL_LINE.test(segments[end - 1]!.text) && LEVEL_LIKE.test(segments[end - 1]!.text) ? 1 : 0);
    while (from > 0 && LEVEL_LINE.test(segments[from - 1]!.text)) from--;
    if (end - from < 2) return [line];
    const levels = segments.map((s) => ({ ...s, segment: true as const }));
    if (from === 0) return levels;
    const head = segments[from]!;
    const cut = [...head.text.matchAll(SENTENCE_END)].at(-1);
    const start = cut && LEVEL_LINE.test(head.text.slice(cut.index + cut[0].length)) ? cut.index + cut[0].length : 0;
    // No sentence ends the words before the first level («… hoặc kiến nghị xử lý Không có nghị quyết …: 5,0đ», a cell
    // folded into one line): where the item's name stops is not known — `joined`, said, never guessed.
    const words = line.text.slice(0, head.at - line.at + (start && cut!.index + 1)).trim();
    return [{ text: words, at: line.at }, { text: head.text.slice(start), at: head.at + start, segment: true, ...(start === 0 && { joined: true as const }) }, ...levels.slice(from + 1)];
  });
}

/**
 * The points one line of words writes as a level at its end («b) Từ 80% đến dưới 100%: 8 điểm»), to hold them to the
 * row's points cell (stated-figures.ts); undefined for words of several lines (or «;»-segments, levels after « - »),
 * or ending otherwise.
 */
export function levelLinePoints(text: string): number | undefined {
  const lines = linesOf(text);
  const m = lines.length === 1 ? LEVEL_LINE.exec(lines[0]!.text) : null;
  return m === null ? undefined : m[3] === undefined ? parseNumberText(m[2] ?? m[4]!) : 0;
}

/** How many lines of the cell are written as a level («- …: 2 điểm», «…: 1.0 đ»), read as levels or not (said when not: settle.ts). */
export const levelLines = (text: string): number => linesOf(text).filter((l) => LEVEL_LINE.test(l.text)).length;

/**
 * A line in brackets after the levels, closing the cell: a note on them, not words that end them («(Trường hợp tham gia
 * tất cả các hoạt động trên chỉ được tính ở hoạt động có điểm cao nhất)», hanh-kiem-sv's I.2 and I.3).
 */
const NOTE_LINE = /^\(.+\)\.?$/su;
/** A note saying only the highest counts: the lines are alternatives (choose one), even two of one figure. */
const HIGHEST_ONLY = /chỉ\s+(?:được\s+)?tính\b.*\bcao nhất/iu;
const MARK = /^[-–—•+]/u;

type Closing = { title: string; levels: CellLevel[]; first: string; segments: boolean; note?: string; nameless: boolean };

/**
 * The lines closing the cell written as levels, two or more, under the item's name, and the first as written (for the
 * notice that quotes it); the same figure twice allowed (parts may repeat one), a note in brackets after them kept as
 * theirs. A cell of only levels takes `named` (its parent's, whose only item it is: ren-luyen-dhdn's 4.e «Kết quả học
 * tập» over 4.e.1's 4 / 2 / 0), else its own words as written (hdnd-thanh-hoa-cap-xa's I.2.a): one rule for every
 * layout. Else `why` they are not taken, in the cell's own words.
 */
function closingLines(text: string, named?: string): Closing | { why: string } | undefined {
  const all = linesOf(text);
  const closingNote = all.length > 2 && NOTE_LINE.test(all.at(-1)!.text) ? all.at(-1)! : undefined;
  const lines = closingNote ? all.slice(0, -1) : all;
  let first = lines.length;
  while (first > 0 && LEVEL_LINE.test(lines[first - 1]!.text)) first--;
  const above = lines.slice(0, first);
  const after = lines.findLastIndex((l) => LEVEL_LINE.test(l.text));
  const q = (l: { text: string }) => `«${oneLine(l.text)}»`;
  if (after < 0) return undefined;
  if (first === lines.length) {
    const next = lines[after + 1]!;
    const last = `${next.segment ? 'đoạn' : 'dòng'} cuối ${q(next)}`;
    return { why: LEVEL_HEAD.test(next.text) ? `${last} ghi thêm chữ sau số điểm, không chỉ là một mức` : LEVEL_LIKE.test(next.text) ? `${last} ghi chữ giữa dấu «:» và số điểm, không chỉ là một mức` : `sau chúng còn ${q(next)}, không phải một mức` };
  }
  const joined = lines.slice(first).find((l) => l.joined);
  if (joined) return { why: `đoạn ${q(joined)} ghi liền tên mục với mức đầu, không rõ tên mục dừng ở đâu` };
  const earlier = above.find((l) => LEVEL_LINE.test(l.text));
  if (earlier) return { why: `dòng ghi điểm ${q(earlier)} đứng trên, cách ${lines.length - first} dòng cuối ô bởi ${q(above.at(-1)!)} (hai nhóm dòng ghi điểm)` };
  // One level closing the cell under a line writing points otherwise («- 6 bài LLCT online: 2điểm/lần» over «- Đăng ký …: 2điểm»).
  const over = lines[first - 1];
  if (lines.length - first < 2) return over && LEVEL_LIKE.test(over.text) ? { why: `${over.segment ? 'đoạn' : 'dòng'} ${q(over)} trên nó ghi điểm nhưng không như một mức (số điểm không đứng cuối)` } : undefined;
  // A line of the same list (its mark the levels') that writes no figure: an alternative scored otherwise, not a level.
  const mark = MARK.exec(lines[first]!.text)?.[0];
  const listed = first > 0 && mark !== undefined && lines[first - 1]!.text.startsWith(mark) ? lines[first - 1] : undefined;
  if (listed) return { why: `dòng ${q(listed)} cùng danh sách với chúng không ghi một mức điểm` };
  const words = first > 0 ? text.slice(0, lines[first]!.at).trim().replace(/\s*:$/, '') : '';
  const levels = lines.slice(first).map((l) => {
    const m = LEVEL_LINE.exec(l.text)!;
    return { words: m[1]!, points: m[3] === undefined ? parseNumberText(m[2] ?? m[4]!)! : 0 };
  });
  const nameless = words === '' && !named;
  return { title: words || named || text.trim(), levels, first: lines[first]!.text, segments: lines[first]!.segment === true, ...(closingNote && { note: closingNote.text }), nameless };
}

const read = (c: ReturnType<typeof closingLines>): Closing | undefined => (c && 'levels' in c ? c : undefined);

/** Lines that are alternatives, not parts: each a different figure, or their note says only the highest counts. */
const alternatives = (c: Closing) => new Set(c.levels.map((l) => l.points)).size === c.levels.length || HIGHEST_ONLY.test(c.note ?? '');

/** The item's name (the words above its level lines, their closing colon dropped) and its levels; undefined when the cell writes none. */
export function levelsInCell(text: string): { title: string; levels: CellLevel[] } | undefined {
  const c = read(closingLines(text));
  return c && !c.nameless && alternatives(c) ? { title: c.title, levels: c.levels } : undefined;
}

/**
 * What the lines closing an item's cell are, held against the item's maximum: its levels (choose one) when the highest
 * is the maximum («Kết quả học tập» over 2 / 3 / 4 / 5 / 6 điểm, maximum 6) and each a different figure, or their note
 * says only the highest counts; its parts (each adds) when they add up to it («- Không vi phạm …: 3 điểm», «- Tuyên
 * truyền …: 2 điểm» under 5); else `unsure`, never guessed. Undefined when no lines close the cell as levels.
 */
export function cellLines(text: string, max: number, named?: string): (Closing & { kind: 'levels' | 'parts' | 'unsure' }) | undefined {
  const c = read(closingLines(text, named));
  if (!c) return undefined;
  const points = c.levels.map((l) => l.points);
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  if (alternatives(c) && same(Math.max(...points), max)) return { kind: 'levels', ...c };
  return { kind: same(points.reduce((s, p) => s + p, 0), max) ? 'parts' : 'unsure', ...c };
}

/**
 * An item's cell read for its levels, as every layout reads it: the criterion's name, maximum, tiers and note where its
 * closing lines are its levels; else undefined — it is scored by hand up to its maximum — with what its level-like
 * lines are said at `at` (parts that add up to the maximum, lines neither levels nor parts, lines not closing the cell,
 * and which line keeps them from it), so that levels are never silently left in its words. `max` undefined: nothing to
 * hold the lines to, said as unread. `owned`: the words the item keeps — its title, and its note with its scoring
 * words («Cách chấm: …») where it keeps them apart, their cell `method` — which Còn thiếu gì and the check read for so
 * much each thing counted (scoring-words.ts perItemOf).
 */
export function readCellLevels(sheet: SheetReader, at: string, code: string, text: string, max: number | undefined, named?: string, below?: string, owned?: { title: string; note?: string; method?: string }): { title: string; maxPoints: number; rule: ScoringRule; note: string } | undefined {
  const n = formatPoints;
  const read = max === undefined ? undefined : cellLines(text, max, named);
  // Levels on one line separated by «;» are its segments («đoạn»), not lines.
  const piece = read?.segments ? 'đoạn' : 'dòng';
  // `below`: the lines are the rows of words right under the item's, where they stand («ô B11 (dòng chữ ngay dưới
  // mục)»), its name its own cell (settle.ts).
  const lines = read && `${read.levels.length} ${piece} ${below ?? 'cuối ô nội dung'}${read.segments ? ', ngăn nhau bởi «;»' : ''} («${oneLine(read.first)}» …)`;
  const byHand = `chấm thủ công tối đa ${n(max ?? 0)} điểm`;
  const ifLevels = 'Nếu đó là các mức của mục, ghi «Cách tính» trên trang «Tiêu chí» của tệp .xlsx xuất ra (Bậc: 10=10; 8=8; …).';
  if (read?.kind === 'levels') {
    // Two alternatives of one figure (hanh-kiem-sv's I.3: two contests at 1 point) are one tier; the note names both.
    const levels = [...read.levels].sort((a, b) => b.points - a.points);
    const said = read.levels.map((l) => `${l.words} (${n(l.points)} điểm)`).join('; ');
    const name = below ? 'tên mục là ô nội dung của dòng mục' : read.nameless ? 'ô chỉ ghi các mức, không có tên mục trên chúng: tên mục là cả ô như đã ghi' : text.trimStart().startsWith(read.first) ? `ô chỉ ghi các mức: tên mục là tên mục cha «${oneLine(read.title)}» (mục con duy nhất của nó)` : `tên mục là phần chữ ${read.segments ? 'trước các đoạn' : 'trên các dòng'} ấy`;
    const highest = new Set(levels.map((l) => l.points)).size < levels.length ? ` (ghi chú sau chúng: ${read.note})` : '';
    sheet.note(at, `Mục ${code}: ${lines} là các mức của mục (chọn một, không cộng${highest}), tối đa ${n(max!)} điểm; ${name}.`);
    return { title: read.title, maxPoints: max!, rule: { kind: 'tiers', tiers: [...new Set(levels.map((l) => l.points))].map((p) => ({ min: p, points: p })) }, note: `Chọn một mức, không cộng: ${said}. Điểm giữa hai mức tính mức thấp hơn.${read.note ? ` ${read.note}` : ''}` };
  }
  const sum = read?.levels.map((l) => n(l.points)).join(' + ');
  if (read?.kind === 'parts') {
    sheet.note(at, `Mục ${code}: ${lines} cộng lại ${sum} = ${n(max!)} điểm, bằng điểm tối đa của mục: là các phần của mục (mỗi phần cộng điểm), không phải các mức chọn một — ${byHand}, điểm mục là tổng các phần đạt.`);
  } else if (read?.kind === 'unsure') {
    const points = read.levels.map((l) => l.points);
    const top = Math.max(...points);
    // The highest may be the maximum with a figure written twice: levels are each a different figure, so not levels either.
    const twice = points.find((p, i) => points.indexOf(p) !== i);
    const why = twice !== undefined && Math.abs(top - max!) < 1e-9 ? `mức cao nhất bằng điểm tối đa ${n(max!)} của mục nhưng hai ${piece} cùng ghi ${n(twice)} điểm, và cộng lại ${sum} không bằng điểm tối đa` : `mức cao nhất ${n(top)} không bằng điểm tối đa ${n(max!)} của mục, và cộng lại ${sum} cũng không bằng`;
    sheet.note(at, `Mục ${code}: ${lines} ghi như các mức điểm, nhưng ${why}: không rõ là các mức chọn một hay các phần cộng lại, không đọc thành các mức — ${byHand}. ${ifLevels}`);
  } else if (levelLines(text) >= 1 && linesOf(text).filter((l) => LEVEL_LIKE.test(l.text)).length >= 2) {
    const unread = max === undefined ? undefined : closingLines(text, named);
    const why = unread && 'why' in unread ? unread.why : 'mục không ghi điểm tối đa để đối chiếu';
    const said = linesOf(text).filter((l) => LEVEL_LINE.test(l.text));
    sheet.note(at, `Mục ${code}: ${below ?? 'ô nội dung'} có ${said.length} ${said.some((l) => l.segment) ? 'đoạn' : 'dòng'} ghi như mức điểm («…: … điểm»), nhưng ${why}: không đọc thành các mức, ${byHand}. ${ifLevels}`);
  } else if (below !== undefined && POINTS_IN_WORDS.test(text.slice(text.indexOf('\n') + 1))) {
    // Rows of words under the item writing points no rule takes («Mỗi sáng kiến được cộng 2 điểm»): said, never
    // passed over as the item's description.
    sheet.note(at, `Mục ${code}: ${below} ghi điểm («${oneLine(text.slice(text.indexOf('\n') + 1))}») nhưng không phải các mức của mục: thidua không đọc số điểm ấy, giữ làm ghi chú của mục — ${byHand}. ${ifLevels}`);
  } else if (max !== undefined) {
    // Points per occurrence in the item's own words («mỗi hồ sơ quá hạn trừ 2 điểm») are no rule it is scored by: said,
    // never scored by hand in silence; so much each thing counted in its title («Mỗi mô hình: 2,5đ, tối đa 5,0đ») or its
    // scoring words («01 văn bản tương ứng 05 điểm»), which its points are then held to, said with what is asked of them.
    const rate = pointsInWords(text).find((w) => w.each);
    const each = owned === undefined ? undefined : perItemOf({ ...owned, maxPoints: max, code })?.perItem;
    const phrase = rate?.phrase ?? each?.words;
    // Taken or added as the words said say («Trừ 0,5 điểm/1 bài viết thiếu», lanh-dao-pcvt's B.3; «Mỗi mô hình: 2,5đ»).
    const verb = (rate ?? (phrase === undefined ? undefined : pointsInWords(phrase)[0]))?.verb === 'takes' ? 'trừ' : 'cộng';
    const whole = each && Math.round(max * 100) % Math.round(each.points * 100) === 0;
    const held = each ? `: bội của ${n(each.points)} điểm, tối đa ${n(max)} điểm${whole ? '' : ` (hoặc đủ ${n(max)} điểm)`} — điểm khác được nhắc khi chấm, «Còn thiếu gì» chỉ hỏi các điểm ấy` : '';
    // Read from its scoring words, said at their cell, where the officer reads and changes them.
    const method = rate ? undefined : owned?.method;
    if (phrase) sheet.note(method ?? at, `Mục ${code} ghi «${phrase}» ${method ? 'trong cách chấm của mục' : 'trong lời của mục'}: thidua chấm mục này thủ công, tối đa ${n(max)} điểm, không tự ${verb} theo số lần; người chấm tự ${verb} khi nhập điểm của mục${held}. Muốn thidua tự ${verb}, ghi «Cách tính» của mục trên trang «Tiêu chí» của tệp .xlsx xuất ra.`);
  }
  return undefined;
}

// Made for the corpus's kpi-thpt-phuong-xa-lanh-dao (THPT Phương Xá's BGH_KPI_CRITERIA): its 28 levels, until
// 2026-11-30 left in seven items' words, each item scored by hand from 0 to its maximum.
// Held against the item's maximum for the corpus's hanh-kiem-sv (read by the scoring-sheet layout): I.5's five levels, until
// 2026-11-30 scored by hand from 0 to 6 with nothing said; III.3 (3 + 2 = 5) and IV.1 (8 + 2 = 10) its parts, not cut to 3 and 8.
// Levels without a dash for the corpus's lanh-dao-pcvt: B.5's three (1.0 / 0.5 / 0.0 đ under 1), until 2026-11-30 scored by
// hand from 0 to 1 with nothing said.
// Levels on one line, separated by «;», for the corpus's hdnd-thanh-hoa-cap-xa: IV.2's four (5 / 3 / 1,5 / 0 under 5) and
// VII.2's three (2 / 1 / 0 under 2), until 2026-11-30 scored by hand with nothing said; 12 of its 13 lettered parts writing
// theirs as their whole cell, no name above, read (their cell their name; until 2026-11-30 said, not read), as are 18 of
// hdnd-thanh-hoa-cap-tinh's. A cell of only levels named by its parent for ren-luyen-dhdn's 4.e.1. hanh-kiem-sv's I.3 (a
// note in brackets after its levels: only the highest counts), and what keeps I.2, I.4 and V.1 from being read, said; as
// for hdnd-thanh-hoa-cap-tinh's I.3, I.6.a and IV.1, whose last level goes on after its points, until then unsaid.
// Its I.3 (a note in brackets after its levels, on the line under its name) and II.2.a (levels after a sentence of
// counts) read, and I.1.a, I.2.b and I.4.a (a level before a segment that goes on, or writes words before its points),
// hdnd-thanh-hoa-cap-xa's I.1.a and ren-luyen-trang's 4.1.2 said: until 2026-11-30 (late morning) scored by hand, unsaid.
// Points per occurrence in an item's own words (pointsInWords, points-text.ts) for a commune's individual form's B.2
// «(mỗi hồ sơ quá hạn trừ 2 điểm)» (test/criteria/rate-in-item-words.test.ts), the corpus's lanh-dao-pcvt (B.2, B.6,
// B.7, B.12–B.14, B.18–B.20, B.22, B.23) and hdnd-thanh-hoa-cap-tinh/-cap-xa (6 items): until 2026-11-30 scored by hand, unsaid.
// So much each thing counted in an item's title («Mỗi mô hình: 2,5đ, tối đa 5,0đ», hdnd-thanh-hoa-cap-tinh's V.1, V.2, V.3.a),
// which Còn thiếu gì asks multiples of since 0da3765c: until 2026-12-01 unsaid at import; so much each thing counted in
// the scoring words of the DTI tables' 1.4, 5.26, 1.9 and 6.9 («01 ứng dụng tương ứng 04 điểm»), said at their cells since then.
