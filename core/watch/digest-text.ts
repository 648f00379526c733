// Bản tin để dán vào Zalo, Telegram (the digest as plain text): at most 40 lines, Vietnamese numbers, every figure
// by its Vietnamese name, the news first — per level every unit fallen past the threshold (largest first, named
// while room lasts, the rest counted), those entering or leaving red, the rises, the units still red in one line —
// and the province's own metrics said once. The officer copies it and pastes it where leaders read; nothing is
// sent from here.
import { shortDate, vietnamDay, vietnamTime } from './data-day.js';
import { changeOf, newsLevels, provincesOnly, redCounts, type Digest, type LevelStanding, type RedCount } from './digest.js';
import { provinceCost } from './province-work.js';
import type { UnitWatch } from './units.js';
import type { JudgedUnit } from './verdict.js';
import { totalMismatchesWords } from './total-sum.js';
import { byGroupsOf, fellCountWords, slidCountWords, UNSEEN_COUNT, filledFromWords, lacksLists, lastWeekWords, missingGroupsWords, missingTodayWords, newSinceWords, noPreviousWords, notBegunWords, NO_FIGURE, otherPeriodsWords, provincesOnlyWords, noFigureWords, renamedPair, renamedWords, unseenWords, points, runsFromFirstWords, thresholdsWords, previousWords, provinceWorkLine, shortName, slideWords, unitLine, type LineContext } from './words.js';

export const MAX_DIGEST_LINES = 40;

/** Why units red by a group the morning after their total are listed apart: what rule made them red, and that it is not compared. */
const NOT_COMPARED = ' — có nhóm dưới ngưỡng đỏ; lần chụp trước xếp theo tổng điểm nên không so sánh';

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** At most `shown` names, then how many more («và 12 đơn vị khác»); `inBrief`: the brief names them all, said so. */
function names(list: readonly string[], shown = 5, inBrief = false): string {
  const first = list.slice(0, shown).map(shortName);
  if (list.length <= shown) return first.join(', ');
  return `${first.join(', ')} và ${list.length - shown} đơn vị khác${inBrief ? ' (đủ tên trong báo cáo một trang)' : ''}`;
}

/** A level's news: its heading, every faller (named while room lasts, then counted), band changes, rises, reds. */
interface Section {
  heading: string;
  fallers: string[];
  /** The line counting the fallers not named: given how many are named. */
  rest: (named: number) => string;
  after: string[];
}

function sectionOf(l: LevelStanding, d: Digest, ctx: LineContext): Section {
  // The officer's unit is said in its own line above, not again among the fallers; counted with them, as slides are.
  const fallers = l.fallers.filter((u) => !u.own);
  const t = d.thresholds;
  // Reds and changes of band by the rule that coloured them, in the words every face says (digest.ts redCounts).
  const reds = redCounts(l);
  const band = reds.filter((c) => c.kind === 'into-red' || c.kind === 'left-red');
  const red = reds.filter((c) => c.kind !== 'into-red' && c.kind !== 'left-red');
  const counted = (list: readonly RedCount[]) => list.map((c) => `${c.words} ${c.units.length}`);
  const counts = [
    l.fallers.length > 0 ? `${fellCountWords(points(t.dayDrop))} ${l.fallers.length}${fallers.length < l.fallers.length ? ' (có đơn vị của tôi, ở trên)' : ''}` : '',
    l.sliders.length > 0 ? `${slidCountWords(String(t.declineDays))} ${l.sliders.length}` : '',
    l.unseen.length > 0 ? `${UNSEEN_COUNT} ${l.unseen.length}` : '',
    ...counted(band),
    l.risers.length > 0 ? `tăng ${l.risers.length}` : '',
    ...counted(red),
    l.noFigure.length > 0 ? `${NO_FIGURE} ${l.noFigure.length}` : '',
  ].filter(Boolean);
  const change = (u: UnitWatch) => changeOf(u);
  const bandLine = band.map((c) => `${c.words}: ${names(c.units.map((u) => u.name), 5, c.kind === 'into-red')}`).join('; ');
  const slide = (u: JudgedUnit) => slideWords(u.name, u.verdict.slide!);
  return {
    // Quiet in the groups captured says nothing of the groups not: a unit without its total may fall or be red in them.
    heading: counts.length > 0 ? `${l.title} (${l.units.length} đơn vị) — ${counts.join(', ')}:` : `${l.title} (${l.units.length} đơn vị): không đơn vị nào giảm, đổi vùng hay đỏ${l.units.some((u) => u.verdict.byGroups) ? ' ở các nhóm đã chụp (chưa biết các nhóm chưa chụp)' : ''}.`,
    fallers: fallers.map((u) => `• ${unitLine(u, ctx)}`),
    rest: (named) => {
      const left = fallers.slice(named);
      return `• và ${left.length} đơn vị khác giảm từ ${points(t.dayDrop)} điểm (giảm ${points(-change(left.at(-1)!))} đến ${points(-change(left[0]!))}): ${names(left.map((u) => u.name), 8)}.`;
    },
    after: [
      ...(l.sliders.length > 0 ? [`Giảm liên tiếp (${l.sliders.length} đơn vị, mỗi lần dưới ${points(t.dayDrop)} điểm): ${l.sliders.slice(0, 4).map(slide).join('; ')}${l.sliders.length > 4 ? ` và ${l.sliders.length - 4} đơn vị khác` : ''}.`] : []),
      ...(l.unseen.length > 0 ? [`Chưa biết hôm nay (${l.unseen.length} đơn vị): ${l.unseen.slice(0, 4).map(unseenWords).join('; ')}${l.unseen.length > 4 ? ` và ${l.unseen.length - 4} đơn vị khác` : ''}.`] : []),
      ...(bandLine ? [`${capitalised(bandLine)}.`] : []),
      ...(l.risers.length > 0 ? [`Tăng từ ${points(t.dayDrop)} điểm: ${l.risers.slice(0, 5).map((u) => `${shortName(u.name)} (+${points(change(u))})`).join(', ')}${l.risers.length > 5 ? ` và ${l.risers.length - 5} đơn vị khác` : ''}.`] : []),
      ...red.map((c) => `${capitalised(c.words)}${c.kind === 'red-by-groups' ? NOT_COMPARED : ''} (${c.units.length} đơn vị): ${names(c.units.map((u) => u.name), 8, true)}.`),
      ...(l.noFigure.length > 0 ? [`${capitalised(NO_FIGURE)} (${l.noFigure.length} đơn vị, không xếp màu, không xếp hạng): ${l.noFigure.slice(0, 4).map(noFigureWords).join('; ')}${l.noFigure.length > 4 ? ` và ${l.noFigure.length - 4} đơn vị khác (đủ tên trong báo cáo một trang)` : ''}.`] : []),
    ],
  };
}

/**
 * How many fallers each section names in `room` lines: all when they fit; else turn by turn, a section that
 * cannot name all keeping one line to count the rest.
 */
function share(sections: readonly Section[], room: number): number[] {
  const total = sections.reduce((a, s) => a + s.fallers.length, 0);
  if (total <= room) return sections.map((s) => s.fallers.length);
  const named = sections.map(() => 0);
  let left = room - sections.filter((s) => s.fallers.length > 0).length;
  for (let grew = true; grew && left > 0; ) {
    grew = false;
    sections.forEach((s, i) => {
      if (left <= 0 || named[i]! >= s.fallers.length) return;
      named[i]!++;
      left--;
      grew = true;
      // All named: the line kept to count the rest is free again.
      if (named[i] === s.fallers.length) left++;
    });
  }
  return named;
}

/** How many units whose total does not add up «Bản tin» names; the brief names every one. */
const MISMATCHES_NAMED = 3;

/** What a unit's line of the day is said against (words.ts unitLine): one for «Bản tin», the brief and the popup. */
export const lineContext = (d: Digest): LineContext => ({ thresholds: d.thresholds, previous: previousWords(d.previous), provinceCost: provinceCost(d.provinceWork) });

/** The digest in at most 40 lines: the news first, every faller named or counted, whole sections kept. */
export function digestText(d: Digest): string {
  const ctx = lineContext(d);
  const head: string[] = [
    `BẢN TIN CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766) — ${shortName(d.scope)}`,
    `${d.period} · số liệu ngày ${shortDate(d.day)} (chụp lúc ${vietnamTime(d.capturedAt)} ngày ${shortDate(vietnamDay(d.capturedAt) ?? d.day)})`,
  ];
  if (d.periodNotBegun) head.push(notBegunWords({ day: d.day, periodNotBegun: d.periodNotBegun }));
  const provinces = provincesOnly(d);
  if (provinces) head.push(provincesOnlyWords(provinces.units.length));
  if (d.filledFrom.length > 0) head.push(filledFromWords(d.day, d.capturedAt, d.filledFrom));
  if (lacksLists(d)) head.push(missingGroupsWords(d.missingGroups, d.refusedLists, d.groupsFromTotal, ...byGroupsOf(d.levels.flatMap((l) => l.units))));
  // A total its groups do not add up to, said before any figure is read: the first few named, every one in the brief.
  const mismatched = totalMismatchesWords(d.totalMismatches, shortName, MISMATCHES_NAMED);
  if (mismatched) head.push(mismatched);
  // A day before its period compares with nothing, as its own line says (notBegunWords).
  if (!d.previous) {
    if (!d.periodNotBegun) head.push(noPreviousWords(d.period, d.previousOther, d.periodUnread));
  } else if (d.previous.daysBefore > 1) head.push(`So sánh với lần chụp ${shortDate(d.previous.day)}, cách ${d.previous.daysBefore} ngày (các ngày giữa không có lần chụp).`);
  if (!d.lastWeek.captured) head.push(lastWeekWords(d.lastWeek));
  const otherGaps = d.gaps.filter((g) => g !== d.lastWeek.day && (!d.previous || g < d.previous.day));
  if (otherGaps.length > 0) head.push(`Ngày không có lần chụp (để trống, không tính): ${otherGaps.map(shortDate).join(', ')}.`);
  const fromFirst = runsFromFirstWords(d.levels.flatMap((l) => l.units), d.firstDay);
  if (fromFirst) head.push(fromFirst);
  // The province's own line (among the provinces when the view held the national list), unless it is the officer's
  // own unit: as the brief's standing says it — the province's total down 2 on 14/9 was in the brief, not here.
  if (d.province && d.province !== d.own) head.push(`Tỉnh — ${unitLine(d.province, ctx)}`);
  if (d.otherPeriods.length > 0) head.push(otherPeriodsWords(d.period, d.otherPeriods, d.periodUnread));
  const province = provinceWorkLine(d.provinceWork);
  if (province) head.push(province);
  if (d.own) head.push(`Đơn vị của tôi — ${unitLine(d.own, ctx)}`);
  // Which procedure pulls the officer's unit down, when the page was filtered by procedures that day.
  head.push(...d.ownPulledBy.slice(0, 2).map((p) => `  Thủ tục kéo xuống — ${p}`));
  if (d.procedures.length > 0 && d.ownPulledBy.length === 0) head.push(`Số liệu theo thủ tục đã chụp: ${d.procedures.slice(0, 3).join(', ')}${d.procedures.length > 3 ? ` và ${d.procedures.length - 3} thủ tục khác` : ''}${d.own ? ' — không thủ tục nào kéo đơn vị của tôi xuống.' : '.'}`);

  const sections = newsLevels(d).map((l) => sectionOf(l, d, ctx));
  const tail: string[] = [];
  if (d.renamed.length > 0) tail.push(renamedWords(`${d.renamed.slice(0, 3).map(renamedPair).join('; ')}${d.renamed.length > 3 ? ` và ${d.renamed.length - 3} đơn vị khác (đủ tên trong báo cáo một trang)` : ''}`));
  if (d.newSincePrevious.length > 0) tail.push(newSinceWords(d.previous!.day, names(d.newSincePrevious.map((u) => u.name), 5, true)));
  if (d.missingToday.length > 0) tail.push(missingTodayWords(d.day, names(d.missingToday)));
  // A unit in two clusters at once is said where its cluster rank is read; the brief lists every one.
  tail.push(...d.clusterDoubts.slice(0, 2), ...(d.clusterDoubts.length > 2 ? [`Và ${d.clusterDoubts.length - 2} đơn vị khác thuộc nhiều cụm cùng ngày (xem báo cáo một trang).`] : []));
  const clusterLines = d.clusters.map((c) => {
    const first = c.units[0];
    const last = c.units.at(-1);
    const score = (u: (typeof c.units)[number]) => (u.headline?.measure.value != null ? ` ${points(u.headline.measure.value)}` : '');
    return `• ${c.cluster} (${c.units.length}): dẫn đầu ${first ? `${shortName(first.name)}${score(first)}` : '—'}${last && last !== first ? `; cuối ${shortName(last.name)}${score(last)}` : ''}`;
  });
  const foot = `${thresholdsWords(d.thresholds)} Nguồn: dichvucong.gov.vn.`;

  const fixed = head.length + sections.reduce((a, s) => a + 1 + s.after.length, 0) + tail.length + 1;
  const named = share(sections, MAX_DIGEST_LINES - fixed);
  const out = [...head];
  sections.forEach((s, i) => {
    out.push(s.heading, ...s.fallers.slice(0, named[i]), ...(named[i]! < s.fallers.length ? [s.rest(named[i]!)] : []), ...s.after);
  });
  out.push(...tail);
  const room = MAX_DIGEST_LINES - out.length - 1;
  if (clusterLines.length > 0 && room >= 2) {
    const shown = clusterLines.slice(0, room - 1);
    out.push('Cụm thi đua:', ...shown);
    if (shown.length < clusterLines.length) out.push(`(Còn ${clusterLines.length - shown.length} cụm không đủ chỗ: xem báo cáo một trang.) ${foot}`);
    else out.push(foot);
  } else out.push(clusterLines.length > 0 ? `(Cụm thi đua không đủ chỗ: xem báo cáo một trang.) ${foot}` : foot);
  return out.slice(0, MAX_DIGEST_LINES).join('\n');
}

/*
Made for: issue 39 item 2 — «a plain-text digest of at most 40 lines to paste into Zalo or Telegram (a copy button;
no bot, no token, nothing sent anywhere), Vietnamese numbers, no codes»; issue 47 items 2 and 3 — the news in its
order, every faller named or counted, the province's work said once.
*/
