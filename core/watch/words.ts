// How the watch words figures (shared by the digest, the brief and the command line): Vietnamese numbers, changes in
// words («giảm 0,6»), places («thứ 3/15»), names without the « - Tỉnh X» the portal adds where a name repeats
// across provinces (inside one province's digest it says nothing).
import { formatNumberVi } from '../values.js';
import type { IndicatorSnapshot, RefusedListStatus } from '../indicators/schema.js';
import { RESPONSES_PAGE } from '../indicators/page-766.js';
import { RANKING_LIST } from '../indicators/view-766.js';
import { groupNames } from '../indicators/groups-766.js';
import type { ProvinceMetric } from './province-work.js';
import type { Measure } from './scores.js';
import { shortDate, shortDates, vietnamTime } from './data-day.js';
import { COLOUR_NAMES, type Thresholds } from './thresholds.js';
import { freshDelta, type Comparison, type MeasureWatch, type Place, type RunGaps, type UnitWatch } from './units.js';
import { LEVELS, type UnitLevel } from './level.js';
import { ownWorkColour, type JudgedUnit, type Slide, type Verdict, type VerdictState } from './verdict.js';

/** Points with at most two decimals, the Vietnamese way: 15,68. */
export function points(x: number): string {
  return formatNumberVi(Math.round(x * 100) / 100, 2);
}

/** «UBND xã Lâm Thao - Tỉnh Phú Thọ» → «UBND xã Lâm Thao». */
export function shortName(name: string): string {
  return name.replace(/\s+[-–]\s+(?:tỉnh|thành phố|tp\.?)\s+.+$/i, '').trim() || name;
}

/** A total in points, its figure as written (`points`, or the popup's key with the figure a placeholder): «78,2 điểm». */
export const totalWords = (figure: string): string => `${figure} điểm`;

/** The portal's null (no data) in words, never a blank or a 0: a measure, a cell of the export and of the add-in's sheet. */
export const NO_DATA = 'không có số liệu';

/** «78,2 điểm», or «Tiến độ giải quyết 15,91/20» for a group; «không có số liệu» for the portal's null. */
export function measureText(m: Measure): string {
  if (m.value === null) return noScoreWords(m.label);
  return m.code === 'TONG_SCORE' ? totalWords(points(m.value)) : groupScoreWords(m.label, points(m.value), points(m.max));
}

/** A measure the portal gave no figure (its null), named: «Tiến độ giải quyết: không có số liệu». */
export const noScoreWords = (label: string): string => `${label}: ${NO_DATA}`;

/** A group's score, its figures as written (the popup's key with them placeholders): «Tiến độ giải quyết 15,91/20». */
export const groupScoreWords = (label: string, figure: string, max: string): string => `${label} ${figure}/${max}`;

/** A change no smaller than a hundredth, its size as written: «giảm 0,6», «tăng 1,2». */
export const movedWords = (fell: boolean, size: string): string => `${fell ? 'giảm' : 'tăng'} ${size}`;

/** A change below a hundredth. */
export const UNCHANGED = 'không đổi';

/** «giảm 0,6», «tăng 1,2», «không đổi». */
export function changeWords(delta: number): string {
  if (Math.abs(delta) < 0.005) return UNCHANGED;
  return movedWords(delta < 0, points(Math.abs(delta)));
}

/** A change and the capture it is against, as written: «giảm 2 so với lần chụp 12/9/2026». */
export const againstWords = (change: string, what: string): string => `${change} so với ${what}`;

/** A comparison said against `what` («hôm trước», «7 ngày trước»); undefined for a day without a capture (said once). */
export function comparisonWords(c: Comparison, what: string): string | undefined {
  switch (c.kind) {
    case 'change':
      return `${againstWords(changeWords(c.delta), comparedWith(c, what))}${c.seen ? `: ${seenWords(c)}` : ''}${c.since ? ` (${sinceWords(c)})` : ''}`;
    case 'absent':
      return absentWords(what);
    case 'no-data':
      return noDataWords(what);
    case 'not-held':
      return notHeldWords(what, shortDate(c.day));
    default:
      return undefined;
  }
}

/** No capture to compare with `what`: «chưa đủ số liệu để so sánh với 7 ngày trước». */
export const absentWords = (what: string): string => `chưa đủ số liệu để so sánh với ${what}`;

/** The capture compared with gave no figure (the portal's null). */
export const noDataWords = (what: string): string => `${what} không có số liệu để so sánh`;

/** The capture compared with, of `day` as written, did not hold the score (fewer lists). */
export const notHeldWords = (what: string, day: string): string => `chưa so sánh được với ${what}: lần chụp ${day} không có điểm này`;

/**
 * What a change was compared with: `what` (the previous capture as said), or the capture before it that held the score
 * when the later ones did not: «lần chụp 11/9 (lần chụp 12/9 không có điểm này)».
 */
export function comparedWith(c: Extract<Comparison, { kind: 'change' }>, what: string): string {
  return c.passed ? passedWords(shortDate(c.day), c.passed.map(shortDate).join(', ')) : what;
}

/** The capture a change is against when later ones did not hold the score, dates as written: «lần chụp 11/9 (lần chụp 12/9 không có điểm này)». */
export const passedWords = (day: string, passed: string): string => `${captureWords(day)} (${captureWords(passed)} không có điểm này)`;

/** A capture named by its day, as written: «lần chụp 12/9/2026». */
export const captureWords = (day: string): string => `lần chụp ${day}`;

/** How a line names the previous capture the day before. */
export const DAY_BEFORE = 'hôm trước';

/** How a line names the capture of a week before. */
export const WEEK_BEFORE = '7 ngày trước';

/**
 * A change against 7 days before that is not today's: «điểm không đổi từ lần chụp 16/9/2026»; from a capture that held
 * the groups it moved by, not the total: «điểm không đổi từ lần chụp 14/9/2026: thấy ở nhóm «Tiến độ giải quyết», lần
 * chụp đó không có tổng điểm».
 */
export function sinceWords(c: Extract<Comparison, { kind: 'change' }>): string {
  return c.since ? sinceText(shortDate(c.since), c.sinceGroups && groupNames(c.sinceGroups)) : '';
}

/** sinceWords with its day and groups as written (the popup's keys with them placeholders). */
export const sinceText = (day: string, groups?: string): string => `điểm không đổi từ lần chụp ${day}${groups ? `: thấy ở nhóm ${groups}, lần chụp đó không có tổng điểm` : ''}`;

/**
 * A total's change that captures of fewer lists already showed, said as told then and what today adds: «giảm 1 đã thấy
 * ở lần chụp 14/9/2026 («Tiến độ giải quyết»), hôm nay không đổi thêm» — never a second fall the next full morning.
 */
export function seenWords(c: Extract<Comparison, { kind: 'change' }>): string {
  if (!c.seen) return '';
  const fresh = freshDelta(c);
  const today = Math.abs(fresh) < 0.005 ? UNCHANGED_MORE : movedMoreWords(fresh < 0, points(Math.abs(fresh)));
  return seenText(changeWords(c.seen.delta), shortDate(c.seen.day), groupNames(c.seen.groups), today);
}

/** seenWords with its parts as written (the popup's keys with them placeholders). */
export const seenText = (change: string, day: string, groups: string, today: string): string => `${change} đã thấy ở lần chụp ${day} (${groups}), hôm nay ${today}`;

/** What today adds to a change already seen: none. */
export const UNCHANGED_MORE = 'không đổi thêm';

/** What today adds to a change already seen, its size as written: «giảm thêm 2,5». */
export const movedMoreWords = (fell: boolean, size: string): string => `${fell ? 'giảm' : 'tăng'} thêm ${size}`;

/**
 * «thứ 3/15», «đồng thứ 3/15»; ranked among fewer than are present (some without figures), said so: «thứ 7/9 sở,
 * ban, ngành có số liệu, trong tổng số 15» — `noun` names the units (LEVELS' `one`). No bracket of its own: a unit's line
 * puts its places in brackets, where «(trong 15)» read «(thứ 13/14 sở, ban, ngành có số liệu (trong 15))».
 */
export function placeWords(p: Place, noun: string): string {
  return p.among > p.of ? `${placeOnly(p)} ${noun} có số liệu${amongWords(p)}` : placeOnly(p);
}

/** How many are present where fewer are ranked: «, trong tổng số 15». */
const amongWords = (p: Place) => `, trong tổng số ${formatNumberVi(p.among)}`;

const placeOnly = (p: Place) => `${p.tied ? 'đồng ' : ''}thứ ${formatNumberVi(p.rank)}/${formatNumberVi(p.of)}`;

/** «thứ 2/5 Cụm 1»; «thứ 2/5 đơn vị cấp xã có số liệu ở Cụm 1, trong tổng số 7». */
export function clusterPlaceWords(c: Place & { name: string }, noun: string): string {
  return c.among > c.of ? `${placeOnly(c)} ${noun} có số liệu ở ${c.name}${amongWords(c)}` : `${placeOnly(c)} ${c.name}`;
}

/** The units of a level as a place names them: «đơn vị cấp xã» (xã, phường and đặc khu alike). */
export const levelNoun = (level: UnitLevel) => LEVELS.find((l) => l.level === level)?.one ?? 'đơn vị';

/**
 * «giảm 3 lần liên tiếp, tổng −0,67 điểm (73,31 → 73,11 → 72,86 → 72,64)»: a run counted by capture, across gaps — the
 * days it passed over said in its brackets (runGapWords): Phú Thọ's 30/9 read «(62,49 → 62,29 → 62,19 → 62,09)» of a
 * run whose 62,49 was 26/9's, 27/9 never captured, as if four mornings in a row had been read.
 */
export function declineWords(values: readonly number[], withValues = true, gaps?: RunGaps): string {
  const total = values.at(-1)! - values[0]!;
  const inBrackets = [...(withValues ? [values.map(points).join(' → ')] : []), ...(gaps ? [runGapWords(gaps)] : [])];
  return `${runText(formatNumberVi(values.length - 1), points(-total))}${inBrackets.length > 0 ? ` (${inBrackets.join(' — ')})` : ''}`;
}

/**
 * The days a run of falls passed over: «không chụp 27, 28/9/2026 và lần chụp 1/10/2026 không có điểm này»; `words` in
 * the officer's language where the popup says them, the two kinds joined by its own word (the English popup read «not
 * captured 14/9/2026 và the captures of 15/9/2026 without this score»).
 */
export function runGapWords(gaps: RunGaps, words: RunGapWording = { uncaptured: uncapturedGapWords, notHeld: notHeldGapWords, and: RUN_GAPS_AND }): string {
  return [...(gaps.uncaptured.length > 0 ? [words.uncaptured(shortDates(gaps.uncaptured))] : []), ...(gaps.notHeld.length > 0 ? [words.notHeld(shortDates(gaps.notHeld))] : [])].join(` ${words.and} `);
}
/** The words of runGapWords: each kind of day a run passed over, and the word joining the two. */
export type RunGapWording = { uncaptured: (days: string) => string; notHeld: (days: string) => string; and: string };
/** Each kind of day a run passed over, as written, and the word joining them (the popup's keys with them placeholders). */
export const uncapturedGapWords = (days: string): string => `không chụp ${days}`;
export const notHeldGapWords = (days: string): string => `lần chụp ${days} không có điểm này`;
export const RUN_GAPS_AND = 'và';

/** A run of falls, its count and size as written (the popup's key with them placeholders): «giảm 3 lần liên tiếp, tổng −0,67 điểm». */
export const runText = (falls: string, size: string): string => `giảm ${falls} lần liên tiếp, tổng −${size} điểm`;

/**
 * Runs of falls that go back to the first capture read, said once in the digest and the brief's notes: before that day
 * nothing was read, so a run may be longer (a folder holding the history page's last 7 days told a slide of 8 as 4).
 */
export function runsFromFirstWords(units: readonly { name: string; verdict: Verdict }[], firstDay: string): string | undefined {
  const from = units.filter((u) => u.verdict.slide?.fromFirst || u.verdict.unseen?.slide?.fromFirst).map((u) => shortName(u.name));
  if (from.length === 0) return undefined;
  const named = `${from.slice(0, 3).join(', ')}${from.length > 3 ? ` và ${from.length - 3} đơn vị khác` : ''}`;
  return `Dãy giảm liên tiếp của ${from.length} đơn vị (${named}) kéo dài đến lần chụp đầu tiên đọc được (${shortDate(firstDay)}): trước ngày đó không có lần chụp nào để đọc, dãy có thể dài hơn.`;
}

/**
 * The capture of a week before the day missing, said alike by the digest and the brief's notes: a day the captures
 * read hold none of, or (`beforeFirst`, their first day) a day before the first of them — not read, perhaps captured:
 * `thidua watch` over the export of the days shown said «Không có lần chụp ngày 16/9/2026» though the store held it —
 * or (`otherPeriods`) a day captured in another period's figures only, not comparable.
 */
export function lastWeekWords(w: { day: string; beforeFirst?: string; otherPeriods?: readonly string[] }): string {
  if (w.otherPeriods) return `Lần chụp ngày ${shortDate(w.day)} là số liệu ${w.otherPeriods.join(', ')} (kỳ khác, không so sánh): chưa so sánh được với 7 ngày trước.`;
  return w.beforeFirst
    ? `Ngày ${shortDate(w.day)} ở trước lần chụp đầu tiên đọc được (${shortDate(w.beforeFirst)}): chưa so sánh được với 7 ngày trước.`
    : `Không có lần chụp ngày ${shortDate(w.day)}: chưa đủ số liệu để so sánh với 7 ngày trước.`;
}

/** A unit's comparison with a week before when that capture is missing, in a cell of the brief (lastWeekWords, short). */
export function lastWeekCell(w: { beforeFirst?: string; otherPeriods?: readonly string[] }): string {
  if (w.otherPeriods) return `lần chụp là số liệu ${w.otherPeriods.join(', ')} (kỳ khác)`;
  return w.beforeFirst ? `trước lần chụp đầu tiên đọc được (${shortDate(w.beforeFirst)})` : 'không có lần chụp';
}

/**
 * No capture of the period before the day, in a cell of the brief: the one before is of another period (or month, when
 * the period was not read), its day — short, on every red row; the notes say it whole (noPreviousWords).
 */
export function previousCell(other?: { day: string }, unread?: boolean): string {
  return other ? `${unread ? 'tháng khác' : 'kỳ khác'} (lần chụp ${shortDate(other.day)})` : 'không có lần chụp';
}

/**
 * No capture of the period before the day, said alike by the digest and the brief's notes: with the latest capture of
 * another period before it (`other`) when there is one — on a month's first day «Chưa có lần chụp nào trước» was said
 * with the last of the month before stored; `unread`: the day's period was not read, the capture before lies in
 * another month, which may or may not be another period (captures.ts seriesOf): said as that, not as «kỳ khác».
 */
export function noPreviousWords(period: string, other?: { day: string; periods: readonly string[] }, unread?: boolean): string {
  if (other && unread) return `Chưa so sánh với lần chụp trước (${shortDate(other.day)}): số liệu không ghi kỳ (phản hồi lưu không kèm yêu cầu) và lần chụp đó ở tháng khác — có thể đã sang tháng, quý hay năm mới, số liệu tính lại từ đầu: không so sánh qua tháng.`;
  return other
    ? `Chưa có lần chụp nào trước của ${period} để so sánh: lần chụp trước (${shortDate(other.day)}) là số liệu ${other.periods.join(', ')}, kỳ khác, không so sánh.`
    : 'Chưa có lần chụp nào trước để so sánh.';
}

/**
 * A day whose capture names a period that begins after it (captures.ts notBegun), said first by the digest and the
 * brief's notes: the officer read 1/11's «Tháng 11/2026» as November's figures.
 */
export const notBegunWords = (d: { day: string; periodNotBegun: { asked: string; from: string } }): string =>
  `Lần chụp ghi «${d.periodNotBegun.asked}» nhưng cổng chưa sang kỳ: số liệu là của ngày ${shortDate(d.day)}, trước ngày đầu kỳ (${shortDate(d.periodNotBegun.from)}) — chưa phải số liệu ${d.periodNotBegun.asked}, không so sánh với ngày nào của ${d.periodNotBegun.asked} hay kỳ trước.`;

/** The other periods captured in the week, said alike by the digest and the brief's notes (the brief said nothing of them); `unread` as noPreviousWords. */
export const otherPeriodsWords = (period: string, others: readonly string[], unread?: boolean): string => `Chỉ so sánh ${period}; trong 7 ngày qua cũng có lần chụp ${unread ? 'tháng khác hay kỳ khác' : 'kỳ khác'} (không so sánh): ${others.join(', ')}.`;

/** The thresholds every list was made by, said alike under the digest and in the brief's notes. */
export function thresholdsWords(t: Thresholds): string {
  return `Ngưỡng: đỏ dưới ${points(t.redBelow)} %, vàng dưới ${points(t.yellowBelow)} % điểm tối đa; giảm từ ${points(t.dayDrop)} điểm so với lần chụp trước; tỷ lệ giảm từ ${points(t.rateDrop)} điểm %; giảm ${t.declineDays} lần chụp liên tiếp trở lên, mỗi lần dù nhỏ.`;
}

/**
 * Said of a capture of fewer groups (or without a list the portal refused), in the digest and the brief alike: which
 * lists the portal refused and which groups the page did not load (lackingListsWords), what is compared, where a group's score comes
 * from when its own list is missing (`fromTotal`: the «Tổng điểm» list gives each group's score, not its metrics), and
 * — when some unit has no total that day (`byGroups`) — that such a unit is coloured by its groups, its red not the red
 * of a day with every group; `apart`: some unit had its total at the previous capture, its red («đỏ theo nhóm») not
 * compared (verdict.ts).
 */
export function missingGroupsWords(groups: readonly string[], refused: readonly RefusedListStatus[] | undefined, fromTotal: readonly string[], byGroups: boolean, apart: boolean): string {
  const rule = apart ? ': «đỏ theo nhóm» không so sánh với màu theo tổng điểm của lần chụp trước' : ', nên số đơn vị đỏ có thể khác ngày chụp đủ nhóm';
  const source = fromTotal.length > 0 ? `; điểm nhóm ${groupNames(fromTotal)} lấy từ danh sách «Tổng điểm», không có chỉ số chi tiết` : '';
  return `${partialDayWords(groups.length > 0 ? 'nhóm' : 'danh sách', `${lackingListsWords(groups, refused)}${source}`)}${byGroups ? `; đơn vị không có tổng điểm được xếp đỏ, vàng theo từng nhóm (không tính phần việc của tỉnh)${rule}` : ''}.`;
}

/**
 * A day's capture of fewer groups (`what`: «nhóm», or «danh sách» when only a refused ranking is lacking) with what it
 * lacks as written: how «Bản tin», the brief's notes and the popup begin to say it.
 */
export const partialDayWords = (what: string, lacking: string): string => `Lần chụp chưa đủ ${what} (${lacking}): chỉ so sánh các nhóm đã có`;

/** Of a capture's missing groups and refused lists, the lists refused and the groups the page did not load (the rest). */
export function lackingLists(groups: readonly string[], refused: readonly RefusedListStatus[]): { refused: readonly RefusedListStatus[]; notLoaded: string[] } {
  return { refused, notLoaded: groups.filter((g) => !refused.some((r) => r.list === g)) };
}

/** A refused list with the status the portal answered, named as groupNames names a group: «Mức độ hài lòng» (mã 403). */
export const refusedListText = (r: { list: string; status: number | string }): string => `${groupNames([r.list])} (mã ${r.status})`;

/** Lists the portal refused, what the officer does of them: the portal's fault, capture again later. */
export const refusedByPortalWords = (count: number | string, lists: string): string =>
  `cổng không trả ${typeof count === 'number' ? formatNumberVi(count) : count} danh sách: ${lists} — lỗi phía cổng, ghi nhận lại sau`;

/** Groups the page never loaded, what the officer does of them: open them on the page next time. */
export const notLoadedWords = (count: number | string, groups: string): string =>
  `trang chưa tải ${typeof count === 'number' ? formatNumberVi(count) : count} nhóm: ${groups} — lần sau mở các nhóm đó trên trang rồi ghi nhận`;

/** Lists a capture saved before refusals were kept lacks, as written: «thiếu danh sách «Số hóa hồ sơ»». */
export const lackingUnknownWords = (lists: string): string => `thiếu danh sách ${lists}`;

/**
 * The lists a capture lacked, those the portal refused apart from the groups the page never loaded, each in its own
 * words with its count — said alike by «Bản tin», the brief's notes, `thidua watch` and the export's «Ghi chú» (all
 * read «thiếu danh sách Mức độ hài lòng, Số hóa hồ sơ», a refusal and a group never opened alike): «cổng không trả 1
 * danh sách: «Mức độ hài lòng» (mã 403) — lỗi phía cổng, ghi nhận lại sau; trang chưa tải 1 nhóm: «Số hóa hồ sơ» — lần sau
 * mở các nhóm đó trên trang rồi ghi nhận». A capture saved before refusals were kept (`refused` undefined) cannot tell
 * them apart, and says only what it lacks, never a guess.
 */
export function lackingListsWords(groups: readonly string[], refused: readonly RefusedListStatus[] | undefined): string {
  if (!refused) return lackingUnknownWords(groupNames(groups));
  const lacking = lackingLists(groups, refused);
  return [
    ...(lacking.refused.length > 0 ? [refusedByPortalWords(lacking.refused.length, lacking.refused.map(refusedListText).join(', '))] : []),
    ...(lacking.notLoaded.length > 0 ? [notLoadedWords(lacking.notLoaded.length, groupNames(lacking.notLoaded))] : []),
  ].join('; ');
}

/** A capture that left lists out, as the rows of its figures say it. */
export const PARTIAL_CAPTURE = 'chụp chưa đủ';

/**
 * The lists a capture of the 766 lists left out: the groups whose list was not captured, and the ranking when it was
 * not, named as the popup and `thidua capture` name the list (RANKING_LIST, «Tổng điểm của mọi đơn vị»: «Tổng điểm»
 * alone reads as one unit's score) — «Bản tin» then colours the unit by its groups.
 */
export function listsLacking(s: Pick<IndicatorSnapshot, 'pageType' | 'indicators' | 'missingGroups'>): string[] {
  const noTotal = s.pageType === RESPONSES_PAGE.id && !s.indicators.some((i) => i.code === 'TONG_SCORE');
  return [...(s.missingGroups ?? []), ...(noTotal ? [RANKING_LIST] : [])];
}

/**
 * What a capture left out, said on every row of its figures (never a silent blank) by the export's «Ghi chú» (its
 * .xlsx, CSV) and the add-in's «Chỉ số cổng DVC» alike — the sheet said nothing of Phú Thọ's 15/9, two lists of six:
 * the lists lacking, then which the portal refused and which the page never loaded (lackingListsWords), as «Bản tin»
 * tells them. None for a whole capture.
 */
export function partialCaptureWords(s: Pick<IndicatorSnapshot, 'pageType' | 'indicators' | 'missingGroups' | 'refusedLists'>): string | undefined {
  const missing = listsLacking(s);
  if (missing.length === 0) return undefined;
  return [`${PARTIAL_CAPTURE}: ${groupNames(missing)}`, s.refusedLists ? lackingListsWords(s.missingGroups ?? [], s.refusedLists) : ''].filter(Boolean).join('; ');
}

/** Whether a day's capture lacks a group or a list the portal refused: missingGroupsWords says which, in the digest and the brief. */
export const lacksLists = (d: { missingGroups: readonly string[]; refusedLists?: readonly RefusedListStatus[] }): boolean => d.missingGroups.length > 0 || (d.refusedLists?.length ?? 0) > 0;

/** For missingGroupsWords: whether some unit of the day is coloured by its groups, and some after a day of its total. */
export const byGroupsOf = (units: readonly { verdict: Verdict }[]): [boolean, boolean] => [units.some((u) => u.verdict.byGroups), units.some((u) => u.verdict.ruleChanged)];

/** A level's reds and changes of band, each counted apart by the rule that coloured its units (digest.ts redCounts). */
export type RedCountKind = 'into-red' | 'left-red' | 'still-red' | 'red-uncompared' | 'red-by-groups';

/**
 * A red count in words, with the rule that coloured its units — every face says it so: units coloured by the groups
 * captured (no total that day) are «vẫn đỏ theo nhóm», never «vẫn đỏ», which an officer reads as red by the total
 * (a second morning of two lists read «vẫn đỏ 6» the day after «đỏ theo nhóm 6»); red by groups the morning after a
 * total (`red-by-groups`, not compared) is said as such.
 */
export function redCountWords(kind: RedCountKind, byGroups: boolean): string {
  switch (kind) {
    case 'into-red':
      return byGroups ? 'vào vùng đỏ theo nhóm' : 'vào vùng đỏ';
    case 'left-red':
      return byGroups ? 'ra khỏi vùng đỏ theo nhóm' : 'ra khỏi vùng đỏ';
    case 'still-red':
      return byGroups ? 'vẫn đỏ theo nhóm' : 'vẫn đỏ';
    case 'red-uncompared':
      return byGroups ? 'đỏ theo nhóm chưa so sánh được' : 'đỏ chưa so sánh được';
    case 'red-by-groups':
      return 'đỏ theo nhóm (không có tổng điểm hôm nay)';
  }
}

/**
 * A data day captured more than once, its latest capture lacking lists an earlier one of the day held (captures.ts
 * laterOver), said in the digest and the brief alike: «Ngày số liệu 22/9/2026 chụp nhiều lần: …».
 */
export function filledFromWords(day: string, latest: string, earlier: readonly string[]): string {
  return `Ngày số liệu ${shortDate(day)} chụp nhiều lần: lấy số liệu lần chụp lúc ${vietnamTime(latest)}; nhóm và tổng điểm lần ấy không có lấy từ lần chụp lúc ${earlier.map(vietnamTime).join(', ')} cùng ngày số liệu (số liệu chung của các lần như nhau).`;
}

/**
 * Units of the previous capture absent from the day's (a unit gone from the lists), said alike by «Bản tin» (the first
 * few named, `names` as it words them) and the brief's notes (every one): «Không có trong lần chụp ngày 18/9/2026:
 * UBND Phường Phú Thọ.» — the brief said nothing of them, its standing counting one commune fewer.
 */
export const missingTodayWords = (day: string, names: string): string => `Không có trong lần chụp ngày ${shortDate(day)}: ${names}.`;

/**
 * Units present on the day and absent from the previous capture (`day`), said alike by «Bản tin» (the first few named)
 * and the brief's notes (every one, where it said only how many): «Chưa đủ số liệu để so sánh (không có trong lần chụp
 * 18/9/2026): UBND xã Mới Lập.»
 */
export const newSinceWords = (day: string, names: string): string => `Chưa đủ số liệu để so sánh (không có trong lần chụp ${shortDate(day)}): ${names}.`;

/** A unit the portal renamed, on each row of its figures in a sheet (the export's, the add-in's): «cổng đổi tên đơn vị (cùng mã H44.116): A → B». */
export const renamedRowWords = (code: string, names: string): string => `cổng đổi tên đơn vị (cùng mã ${code}): ${names}`;

/** A unit renamed on the portal in a line: «UBND xã Bình Phú → UBND xã Tân Bình (mã H44.116)». */
export const renamedPair = (r: { from: string; to: string; code: string }): string => `${shortName(r.from)} → ${shortName(r.to)} (mã ${r.code})`;

/**
 * Units the portal renamed (same code), said alike by «Bản tin», the brief's notes and the popup — never as one unit
 * gone and another new: «Cổng đổi tên đơn vị (cùng mã): UBND xã Bình Phú → UBND xã Tân Bình (mã H44.116); số liệu dưới
 * tên mới chưa so sánh được với tên cũ.»
 */
export const renamedWords = (pairs: string): string => `Cổng đổi tên đơn vị (cùng mã): ${pairs}; số liệu dưới tên mới chưa so sánh được với tên cũ.`;

/** A unit's slide in the digest's and the brief's lists: «Hy Cương «Tiến độ giải quyết» giảm 3 lần liên tiếp, tổng −0,3 điểm». */
export function slideWords(name: string, slide: Pick<Slide, 'values' | 'group' | 'gaps'>): string {
  return `${shortName(name)}${slide.group ? ` «${slide.group}»` : ''} ${declineWords(slide.values, false, slide.gaps)}`;
}

/**
 * A slide or a red of the previous capture that today's capture cannot tell: «UBND xã Đoan Hùng giảm 6 lần liên tiếp,
 * tổng −0,7 điểm đến lần chụp 21/9/2026 — chưa biết hôm nay (tổng điểm và nhóm «Mức độ hài lòng», … không có trong lần chụp)».
 * A group red then under a total not red (redNotCaptured) is said with it, as the unit's verdict says it: Tam Nông's
 * «Số hóa hồ sơ», 17 → 10,5 of 22 into red under a yellow total, read «giảm 3 lần liên tiếp, tổng −6,5 điểm» alone.
 */
export function unseenWords(u: { name: string; verdict: Pick<Verdict, 'unseen' | 'redNotCaptured'> }): string {
  const { unseen, redNotCaptured: red } = u.verdict;
  const { slide, day } = unseen!;
  const redThen = red?.day === day ? red.groups : [];
  const then = [
    slide ? `${slide.group ? `«${slide.group}» ` : ''}${declineWords(slide.values, false, slide.gaps)}` : '',
    unseen!.red || (redThen.length === 1 && redThen[0] === slide?.group) ? 'đỏ' : redThen.length > 0 ? `${groupNames(redThen)} đỏ` : '',
  ].filter(Boolean).join(', ');
  const lacking = [unseen!.total ? 'tổng điểm' : '', unseen!.groups.length > 0 ? `nhóm ${groupNames(unseen!.groups)}` : ''].filter(Boolean).join(' và ');
  const earlier = red && red.day !== day ? `; ${redNotCapturedWords(red)}` : '';
  return `${shortName(u.name)} ${then} ở lần chụp ${shortDate(day)} — chưa biết hôm nay (${lacking} không có trong lần chụp)${earlier}`;
}

/** «giảm 2,45 điểm ở các nhóm chưa ghi nhận hôm nay («Tiến độ giải quyết», …)»: a fall the captured groups do not hold. */
export function unseenFallWords(f: { points: number; groups: readonly string[] }): string {
  return `giảm ${points(f.points)} điểm ở các nhóm chưa ghi nhận hôm nay${f.groups.length > 0 ? ` (${groupNames(f.groups)})` : ''}`;
}

/**
 * A capture of the national list alone, said where its news is read («Bản tin», the brief's notes, the popup): what it
 * holds and what it cannot tell — its news said only the thresholds, which an officer reads as a quiet day.
 */
export const provincesOnlyWords = (count: number | string): string =>
  `Lần chụp chỉ có bảng xếp hạng các tỉnh, thành phố (${typeof count === 'number' ? formatNumberVi(count) : count} đơn vị): không có ${LEVELS.find((l) => l.level === 'provincial-agency')!.title.toLowerCase()} và ${LEVELS.find((l) => l.level === 'commune')!.title} của tỉnh nào, nên chưa biết các đơn vị ấy giảm, tăng hay đỏ. Muốn biết, mở trang đánh giá 766 của tỉnh trên cổng rồi ghi nhận.`;

/** A unit the portal gives no figure that day, as every face counts it (the popup's state words too). */
export const NO_FIGURE = 'không có điểm trên cổng';

/** Such a unit named with its figure at the previous capture: «Thanh tra tỉnh An Giang (lần chụp 18/11/2026: 16 điểm, đỏ)». */
export function noFigureWords(u: { name: string; verdict: Pick<Verdict, 'lastFigure'> }): string {
  const last = u.verdict.lastFigure;
  return `${shortName(u.name)}${last ? ` (lần chụp ${shortDate(last.day)}: ${points(last.value)} điểm, ${COLOUR_NAMES[last.colour]})` : ''}`;
}

/** Groups red at an earlier capture, not captured today, as «Số hóa hồ sơ»: chưa chụp hôm nay; lần chụp 13/9/2026: đỏ. */
export function redNotCapturedWords(r: NonNullable<Verdict['redNotCaptured']>): string {
  return `${groupNames(r.groups)}: chưa chụp hôm nay; lần chụp ${shortDate(r.day)}: ${COLOUR_NAMES.red}`;
}

/** The colour of a score when it calls for attention: «đỏ», «vàng». */
export function colourWords(m: MeasureWatch): string | undefined {
  return m.colour && m.colour !== 'green' ? COLOUR_NAMES[m.colour] : undefined;
}

/** How a line names the capture compared with: «hôm trước», else «lần chụp 17/11/2026». */
export function previousWords(previous: { day: string; daysBefore: number } | undefined): string {
  return !previous || previous.daysBefore === 1 ? DAY_BEFORE : captureWords(shortDate(previous.day));
}

/** The province's work in one line: each metric with its figures, and what they cost every unit. */
export function provinceWorkLine(metrics: readonly ProvinceMetric[]): string | undefined {
  if (metrics.length === 0) return undefined;
  const work = metrics.filter((m) => m.cost >= 0.005);
  const full = metrics.filter((m) => m.kind === 'no-figures' && m.cost < 0.005);
  const shown = work.slice(0, 3).map((m) => `«${m.label}» ${m.numerator !== undefined && m.denominator !== undefined ? `${formatNumberVi(m.numerator)}/${formatNumberVi(m.denominator)}` : 'không có số liệu'} (mất ${points(m.cost)} điểm)`);
  const groups = groupNames([...new Set(metrics.map((m) => m.group))]);
  const why = metrics.some((m) => m.kind === 'same-figures') ? 'số liệu như nhau ở mọi đơn vị' : 'tỉnh thực hiện';
  return `Việc của tỉnh (${groups}; ${why}, xã và sở không tự nâng được): ${[
    ...(work.length > 0 ? [`${shown.join(', ')}${work.length > 3 ? ` và ${work.length - 3} chỉ số khác` : ''}; mỗi đơn vị mất ${points(work.reduce((a, m) => a + m.cost, 0))} điểm`] : []),
    ...(full.length > 0 ? [`không có số liệu mà đủ điểm: ${full.slice(0, 3).map((m) => `«${m.label}»`).join(', ')}${full.length > 3 ? ` và ${full.length - 3} chỉ số khác` : ''}`] : []),
  ].join('; ')}.`;
}

export interface LineContext {
  thresholds: Thresholds;
  /** The capture compared with, as previousWords says it. */
  previous: string;
  /** Points each group loses to the province's metrics (province-work.ts): its red is not the unit's. */
  provinceCost: ReadonlyMap<string, number>;
}

/** The groups a unit's line speaks of: each under a total, or those held without one (none under a group's headline). */
const groupsSaid = (u: UnitWatch): readonly MeasureWatch[] => (u.headline?.measure.code === 'TONG_SCORE' || !u.headline ? u.groups : []);

/**
 * Beside a unit's total, the states of its verdict its line still says: the total's colour is said once, after its
 * figure («57,92 điểm (vàng)», as unitLine), never again as a state — the popup's line of Phú Thọ read «57,92 điểm
 * (vàng); …; giảm mạnh, vàng».
 */
export function statesBesideTotal(u: JudgedUnit): VerdictState[] {
  const h = u.headline;
  const said = h?.measure.code === 'TONG_SCORE' && h.measure.value !== null ? h.colour : undefined;
  return u.verdict.states.filter((s) => s !== said);
}

/** A group a unit's line speaks of, and what it says of it: a fall of the day's threshold, a run of falls, a red. */
export interface GroupSaid {
  measure: Measure;
  fell?: Extract<Comparison, { kind: 'change' }>;
  decline?: readonly number[];
  declineGaps?: RunGaps;
  red: boolean;
}

/**
 * The groups a unit's line speaks of, as «Bản tin» and the popup say them (at most three; `more` counted): behind a
 * total, a group fallen past the day's threshold, in a run of falls, or red by the unit's own work when the total
 * itself is not red (a red the province's metrics make is said once, not here); without a total, every group held
 * with its score — the popup named none of them where «Bản tin» gave Phú Thọ's on 15/9. A
 * group red at an earlier capture and not captured today (`redNotCaptured`) is said with the reds, never left for a
 * quiet line. What matters first — a red or a fall, then a run of falls — so the cut never drops them.
 */
export function lineGroups(u: JudgedUnit, ctx: Omit<LineContext, 'previous'>): { said: (GroupSaid | { redNotCaptured: NonNullable<Verdict['redNotCaptured']> })[]; more: number } {
  const h = u.headline;
  const said = groupsSaid(u).flatMap((g) => {
    const fell = g.day.kind === 'change' && g.day.delta <= -ctx.thresholds.dayDrop + 1e-9 ? g.day : undefined;
    const red = ownWorkColour(g, ctx.provinceCost, ctx.thresholds) === 'red' && h?.colour !== 'red';
    const item: GroupSaid = { measure: g.measure, ...(fell ? { fell } : {}), ...(g.decline ? { decline: g.decline, ...(g.declineGaps && { declineGaps: g.declineGaps }) } : {}), red };
    return h && !fell && !g.decline && !red ? [] : [{ item, weight: fell || red ? 0 : g.decline ? 1 : 2 }];
  });
  const redNotCaptured = u.verdict.redNotCaptured;
  const all = [...said, ...(redNotCaptured ? [{ item: { redNotCaptured }, weight: 0 }] : [])].sort((a, b) => a.weight - b.weight);
  return { said: all.slice(0, 3).map((g) => g.item), more: Math.max(0, all.length - 3) };
}

/**
 * A group beside a unit's total, what is said of it after its name: «Số hóa hồ sơ đỏ», «Công khai, minh bạch giảm 2
 * so với hôm trước» (the popup's key with them placeholders: beside Phú Thọ's total it said ««Số hóa hồ sơ»: đỏ» where
 * «Bản tin» said «Số hóa hồ sơ đỏ», and no fall of a group).
 */
export const groupBesideTotalWords = (label: string, said: string): string => `${label} ${said}`;

/**
 * What a level's counts count, as «Bản tin»'s heading and the popup say them (the popup's keys with them placeholders):
 * the popup read «giảm mạnh 15, giảm liên tiếp 16» beside «giảm từ 0,5 điểm 15, giảm 3 lần liên tiếp trở lên 16».
 */
export const fellCountWords = (size: string): string => `giảm từ ${size} điểm`;
export const slidCountWords = (days: string): string => `giảm ${days} lần liên tiếp trở lên`;
export const UNSEEN_COUNT = 'chưa biết hôm nay';

/** The groups of a line past the three said, counted as written: «và 2 nhóm khác». */
export const moreGroupsWords = (count: string): string => `và ${count} nhóm khác`;

/** One unit in a line: its name, place, score, colour, changes, what calls for attention, and the cause of a fall. */
export function unitLine(u: JudgedUnit, ctx: LineContext): string {
  const places = [...(u.place ? [placeWords(u.place, levelNoun(u.level))] : []), ...(u.cluster ? [clusterPlaceWords(u.cluster, levelNoun(u.level))] : [])];
  const head = `${shortName(u.name)}${places.length > 0 ? ` (${places.join('; ')})` : ''}`;
  const parts: string[] = [];
  const h = u.headline;
  if (h) {
    const colour = colourWords(h);
    parts.push(`${measureText(h.measure)}${colour ? ` (${colour})` : ''}`);
    for (const w of [comparisonWords(h.day, ctx.previous), comparisonWords(h.week, WEEK_BEFORE)]) if (w) parts.push(w);
    if (h.decline) parts.push(declineWords(h.decline, true, h.declineGaps));
  }
  const groups = lineGroups(u, ctx);
  const groupText = (g: GroupSaid) => {
    const said = [...(g.fell ? [againstWords(changeWords(g.fell.delta), comparedWith(g.fell, ctx.previous))] : []), ...(g.decline ? [declineWords(g.decline, false, g.declineGaps)] : []), ...(g.red ? [COLOUR_NAMES.red] : [])];
    return h ? groupBesideTotalWords(g.measure.label, said.join(', ')) : [measureText(g.measure), ...said].join(', ');
  };
  parts.push(...groups.said.map((g) => ('redNotCaptured' in g ? redNotCapturedWords(g.redNotCaptured) : groupText(g))), ...(groups.more > 0 ? [moreGroupsWords(formatNumberVi(groups.more))] : []));
  // A fall's cause says the counts; the rate they make is not said again.
  if (!u.cause) for (const r of u.rateDrops.slice(0, 2)) parts.push(`«${r.label}» giảm ${points(r.from - r.to)} điểm % (${points(r.from)} → ${points(r.to)} %)`);
  if (u.cause) parts.push(`vì ${u.cause}`);
  return `${head}: ${parts.join('; ') || 'chưa có điểm'}`;
}

/** Names, a commune's by its kind: «các phường Việt Trì, Nông Trang; các xã Hy Cương, …» (the level's title says «UBND»). */
function byKindWords(names: readonly string[]): string {
  const kinds = new Map<string, string[]>();
  for (const name of names) {
    const m = /^UBND (xã|phường|thị trấn) (.+)$/i.exec(name);
    const kind = m ? m[1]!.toLowerCase() : '';
    kinds.set(kind, [...(kinds.get(kind) ?? []), m ? m[2]! : name]);
  }
  return [...kinds].map(([kind, of]) => `${kind ? `${of.length > 1 ? 'các ' : ''}${kind} ` : ''}${of.join(', ')}`).join('; ');
}

/**
 * Units named in one sentence after `head`, a commune's by its kind: «UBND cấp xã — đỏ theo nhóm (không có tổng điểm
 * hôm nay) 148: các phường Việt Trì, Nông Trang, …; các xã Hy Cương, Xuân Lũng, …», «UBND cấp xã — ra khỏi vùng đỏ 1:
 * xã Hy Cương». A level's title stands for «UBND» and the kind for each name's «xã»/«phường», so the page names ~160
 * units in ~16 lines. `changed`: those of them that moved since the capture before (`since`: «hôm trước»), named there
 * instead, by the words a row's «So với hôm trước» says: «…; và so với hôm trước, Công khai, minh bạch tăng 7,96 ở 9
 * đơn vị (các xã Hy Cương, Tiên Lương, …); các nhóm giảm 0,1 ở 15 đơn vị (…)».
 */
export function namedWords(head: string, names: readonly string[], changed: readonly (readonly [string, readonly string[]])[] = [], since = ''): string {
  const moved = new Set(changed.flatMap(([, of]) => of));
  const still = names.filter((n) => !moved.has(n));
  const changes = changed.map(([said, of]) => `${said} ở ${of.length} đơn vị (${byKindWords(of)})`).join('; ');
  return `${head}: ${[...(still.length > 0 ? [byKindWords(still)] : []), ...(changes ? [`${still.length > 0 ? 'và ' : ''}so với ${since}, ${changes}`] : [])].join('; ')}`;
}

/*
Made for: issue 39 items 2, 3 and 7 — one wording of a unit's standing for the digest, the brief and `thidua watch`
(numbers by core/values.ts formatNumberVi; no internal codes).
*/
