// Báo cáo một trang (the one-page brief for the chairman): the standing, the changes since yesterday and since last
// week, the red list, and per unit what drags its score with what it would take — planned once as plain rows, then
// written as a sheet (plan-brief.ts, printed on one A4 page) or as a page (brief-html.ts). Its length is bounded so
// it stays one page: the lists keep their first rows and say how many more there are.
import { shortDate, vietnamDay, vietnamTime } from './data-day.js';
import type { Digest } from './digest.js';
import { changeOf, newsLevels, provincesOnly, redCounts, redOf } from './digest.js';
import { dragLine, dragsOf } from './drags.js';
import type { WatchSeries } from './captures.js';
import { COLOUR_NAMES } from './thresholds.js';
import { freshDelta, olderCaptures, type Comparison, type UnitWatch } from './units.js';
import type { JudgedUnit } from './verdict.js';
import { GROUPS_766 } from '../indicators/model-766/index.js';
import { totalMismatchesWords } from './total-sum.js';
import { lineContext } from './digest-text.js';
import { byGroupsOf, fellCountWords, lacksLists, NO_FIGURE, provincesOnlyWords, noFigureWords, filledFromWords, lastWeekCell, lastWeekWords, previousCell, missingTodayWords, newSinceWords, notBegunWords, noPreviousWords, otherPeriodsWords, namedWords, renamedPair, renamedWords, unseenWords, changeWords, seenWords, sinceWords, clusterPlaceWords, missingGroupsWords, slideWords, unseenFallWords, levelNoun, measureText, placeWords, points, previousWords, provinceWorkLine, runsFromFirstWords, shortName, thresholdsWords, unitLine } from './words.js';

/** A table of the brief: its column titles and rows of text. */
export interface BriefTable {
  heading: string;
  columns: string[];
  rows: string[][];
  /** What did not fit («và 12 đơn vị khác»). */
  more?: string;
}

export interface Brief {
  title: string;
  subtitle: string;
  /** Sentences on the standing (the officer's unit, each level's colours). */
  standing: string[];
  changes: BriefTable;
  red: BriefTable;
  /**
   * The red list in fewer lines, for a page with no room for a row each: the units red by the groups alone named in one
   * paragraph by level, the others as rows. Absent when no unit is red by the groups alone.
   */
  redShort?: BriefTable;
  /** What drags the score, per unit: its name, then one line per metric. */
  drags: { unit: string; lines: string[] }[];
  clusters?: BriefTable;
  notes: string[];
}

/** How many rows each list keeps so the page stays one page. */
const LIMITS = { changes: 8, red: 8, sliders: 4, dragUnits: 4, dragsPerUnit: 3 };


/**
 * A comparison in a cell: the change (the capture compared with, when one was passed over), or why there is none —
 * `missing` said of a day without a capture (changeCell's).
 */
function comparisonCell(c: Comparison, missing: string): string {
  if (c.kind === 'change') {
    const why = [...(c.passed ? [`so với ${shortDate(c.day)}`] : []), ...(c.seen ? [seenWords(c)] : []), ...(c.since ? [sinceWords(c)] : [])];
    return `${changeWords(c.delta)}${why.length > 0 ? ` (${why.join('; ')})` : ''}`;
  }
  if (c.kind === 'absent') return 'chưa đủ số liệu để so sánh';
  if (c.kind === 'not-held') return `lần chụp ${shortDate(c.day)} không có điểm này`;
  return c.kind === 'no-capture' ? missing : 'không có số liệu';
}

/**
 * A unit's change since the day before or 7 days before in a cell, every list's: without a capture to compare with, the
 * one there is of another period when there is one (previousCell, lastWeekCell) — on a month's first morning every
 * red unit's «So với hôm trước» read «không có lần chụp», or nothing, with the month before captured.
 */
export function changeCell(u: UnitWatch, which: 'day' | 'week', digest: Pick<Digest, 'thresholds' | 'lastWeek' | 'previousOther' | 'periodUnread'>): string {
  const t = digest.thresholds;
  const missing = which === 'day' ? previousCell(digest.previousOther, digest.periodUnread) : lastWeekCell(digest.lastWeek);
  const c = u.headline?.[which];
  if (c) return comparisonCell(c, missing);
  // No total (fewer groups captured): the groups that moved by the threshold, as the digest says them, else their sum;
  // none compared, why, when every group has the same reason.
  const compared = u.groups.filter((g) => g[which].kind === 'change');
  const moved = compared.filter((g) => g[which].kind === 'change' && Math.abs(g[which].delta) >= t.dayDrop - 1e-9);
  const sum = compared.reduce((a, g) => a + (g[which].kind === 'change' ? g[which].delta : 0), 0);
  if (moved.length > 0) return moved.map((g) => `${g.measure.label} ${comparisonCell(g[which], missing)}`).join('; ');
  const why = new Set(u.groups.map((g) => comparisonCell(g[which], missing)));
  if (compared.length === 0 && why.size === 1) return [...why][0]!;
  return compared.length > 0 && Math.abs(sum) >= 0.005 ? `các nhóm ${changeWords(Math.round(sum * 100) / 100)}` : '';
}

function scoreCell(u: UnitWatch): string {
  const h = u.headline;
  if (!h) return 'chưa đủ nhóm';
  return `${measureText(h.measure)}${h.colour && h.colour !== 'green' ? ` (${COLOUR_NAMES[h.colour]})` : ''}`;
}

const placeCell = (u: UnitWatch) => [u.place ? placeWords(u.place, levelNoun(u.level)) : '', u.cluster ? clusterPlaceWords(u.cluster, levelNoun(u.level)) : ''].filter(Boolean).join('; ');

/** The brief of a digest, with what drags each unit (from the series' days) and the procedures captured. */
export function buildBrief(digest: Digest, series: WatchSeries): Brief {
  const t = digest.thresholds;
  const all = digest.levels.flatMap((l) => l.units);
  const prev = previousWords(digest.previous);
  const standing: string[] = [];
  // The officer's unit's and the province's lines are «Bản tin»'s, one wording: the brief said no week, ««Số hóa hồ sơ»:
  // đỏ» for «Số hóa hồ sơ đỏ», and «chưa đủ nhóm» on a morning of fewer lists for the groups and scores «Bản tin» names.
  const line = (u: JudgedUnit) => `${unitLine(u, lineContext(digest))}.`;
  if (digest.own) standing.push(`Đơn vị của tôi: ${line(digest.own)}`);
  for (const l of newsLevels(digest)) {
    // The digest's own lists, in its words (redCounts): red is red at both captures, entering red, or red with nothing
    // to compare, each by the rule that coloured it; a unit red by a group the morning after its total is counted
    // apart, never among «vẫn đỏ» (verdict.ts). No other count.
    const count = (c: string) => l.units.filter((u) => u.verdict.colour === c).length;
    const reds = redCounts(l).filter((c) => c.kind !== 'left-red');
    const said = (list: typeof reds) => list.map((c) => `${c.words} ${c.units.length}`).join(', ');
    const compared = reds.filter((c) => c.kind !== 'red-by-groups');
    const apart = reds.filter((c) => c.kind === 'red-by-groups');
    // Units without their total are yellow or green by the groups captured alone: never read as their total's colour.
    const grouped = l.units.filter((u) => u.verdict.byGroups).length;
    const byCaptured = grouped > 0 ? ` — ${grouped === l.units.length ? 'cả' : 'trong đó'} ${grouped} đơn vị xếp màu theo các nhóm đã chụp, chưa biết màu theo tổng điểm` : '';
    // Units without a figure are counted too: the colours and this add up to the level's units.
    const none = l.noFigure.length > 0 ? `, ${NO_FIGURE} ${l.noFigure.length}` : '';
    standing.push(`${l.title}: ${l.units.length} đơn vị — đỏ ${redOf(l).length - l.redByGroups.length}${compared.length > 0 ? ` (${said(compared)})` : ''}${apart.length > 0 ? `, ${said(apart)}` : ''}, vàng ${count('yellow')}, xanh ${count('green')}${none}${byCaptured}.`);
    if (l.sliders.length > 0) standing.push(`${l.title} giảm liên tiếp: ${l.sliders.slice(0, LIMITS.sliders).map((u) => slideWords(u.name, u.verdict.slide!)).join('; ')}${l.sliders.length > LIMITS.sliders ? ` và ${l.sliders.length - LIMITS.sliders} đơn vị khác` : ''}.`);
    if (l.noFigure.length > 0) standing.push(`${l.title} ${NO_FIGURE}: ${l.noFigure.map(noFigureWords).join('; ')}.`);
    if (l.unseen.length > 0) standing.push(`${l.title} chưa biết hôm nay: ${l.unseen.slice(0, LIMITS.sliders).map(unseenWords).join('; ')}${l.unseen.length > LIMITS.sliders ? ` và ${l.unseen.length - LIMITS.sliders} đơn vị khác` : ''}.`);
  }
  if (digest.province) standing.push(line(digest.province));
  const work = provinceWorkLine(digest.provinceWork);
  if (work) standing.push(work);

  const changed = (c: Comparison | undefined) => c?.kind === 'change' && Math.abs(c.delta) >= 0.005;
  // Every unit the digest says moved (fell, rose, slid), and every score that changed: no face says «none» under a fall.
  const moved = all
    .filter((u) => u.verdict.fell || u.verdict.rose || u.verdict.slide !== undefined || [...(u.headline ? [u.headline] : u.groups)].some((m) => changed(m.day) || changed(m.week)))
    .sort((a, b) => Math.abs(delta(b)) - Math.abs(delta(a)));
  const fallers = digest.levels.flatMap((l) => l.fallers).sort((a, b) => changeOf(a) - changeOf(b));
  const listed = moved.slice(0, LIMITS.changes);
  // A unit «Bản tin» says fell past the threshold is named here when its row did not fit, as every red unit is below:
  // never one of «N đơn vị khác có thay đổi» (on 10/11 a commune at 50,17 and one down 7,96 over four falls were).
  // Eight named, the others counted, as «Bản tin» names the fallers it has no line for.
  const unlisted = fallers.filter((u) => !listed.includes(u)).map((u) => shortName(u.name));
  const named = `${unlisted.slice(0, 8).join(', ')}${unlisted.length > 8 ? ` và ${unlisted.length - 8} đơn vị khác` : ''}`;
  const fellAmong = unlisted.length > 0 ? `, trong đó ${unlisted.length} đơn vị ${fellCountWords(points(t.dayDrop))}: ${named}` : '';
  const changes: BriefTable = {
    heading: `2. Thay đổi so với ${prev} và 7 ngày trước`,
    columns: ['Đơn vị', 'Điểm', `So với ${prev}`, 'So với 7 ngày trước', 'Thứ hạng'],
    rows: listed.map((u) => [shortName(u.name), scoreCell(u), changeCell(u, 'day', digest), changeCell(u, 'week', digest), placeCell(u)]),
    ...(moved.length > LIMITS.changes ? { more: `và ${moved.length - LIMITS.changes} đơn vị khác có thay đổi${fellAmong}` } : {}),
  };
  const share = (u: UnitWatch) => (u.headline ? (u.headline.measure.value ?? 0) / u.headline.measure.max : 0);
  // The red units the standing and the digest count, no other: the province, said on its own line, is not listed.
  const reds = newsLevels(digest).flatMap(redOf).sort((a, b) => share(a) - share(b));
  // Units named without a row are named with their change since the day before, as a row's «So với hôm trước» says it
  // (18/11: 26 of ~160 reds, said nowhere on the page before).
  const sinceDay = (units: readonly UnitWatch[]) => {
    const by = new Map<string, string[]>();
    for (const u of units) {
      const words = changeCell(u, 'day', digest);
      if (words) by.set(words, [...(by.get(words) ?? []), shortName(u.name)]);
    }
    return [...by];
  };
  const namedWithChanges = (head: string, units: readonly UnitWatch[]) => namedWords(head, units.map((u) => shortName(u.name)), sinceDay(units), prev);
  // Every red unit named: the digest counts them and sends the reader here for the names it has no room for.
  const redTable = (listed: readonly UnitWatch[], after: readonly string[] = []): BriefTable => {
    const more = [...(listed.length > LIMITS.red ? [namedWithChanges(`và ${listed.length - LIMITS.red} đơn vị đỏ khác`, listed.slice(LIMITS.red))] : []), ...after];
    return {
      heading: `3. Danh sách đỏ (dưới ${points(t.redBelow)} % điểm tối đa)`,
      columns: ['Đơn vị', 'Điểm', '% tối đa', `So với ${prev}`, 'Thứ hạng'],
      rows: listed.slice(0, LIMITS.red).map((u) => [shortName(u.name), scoreCell(u), u.headline ? `${points(100 * share(u))} %` : 'theo nhóm', changeCell(u, 'day', digest), placeCell(u)]),
      ...(more.length > 0 ? { more: more.join('. ') } : {}),
    };
  };
  // «Bản tin»'s units entering red and leaving it, by level, under either list: a row says neither, and a unit out of
  // red has no row (15/9, 17/11: «ra khỏi vùng đỏ 1» was said nowhere on the brief).
  const crossed = newsLevels(digest).flatMap((l) => redCounts(l).filter((c) => c.kind === 'into-red' || c.kind === 'left-red').map((c) => namedWords(`${l.title} — ${c.words} ${c.units.length}`, c.units.map((u) => shortName(u.name)))));
  const red = redTable(reds, crossed);
  // On a morning the portal refused the totals (14/10, 18/11: ~160 units red by groups, a row each with no total, share
  // or rank) the list ran the sheet to two pages: the sheet's last cut names them by level instead (plan-brief.ts).
  const byGroups = newsLevels(digest).flatMap((l) => redCounts(l).filter((c) => c.kind === 'red-by-groups').map((c) => ({ title: l.title, ...c })));
  const apart = new Set(byGroups.flatMap((c) => c.units));
  const redShort = byGroups.length > 0 ? redTable(reds.filter((u) => !apart.has(u)), [...byGroups.map((c) => namedWithChanges(`${c.title} — ${c.words} ${c.units.length}`, c.units)), ...crossed]) : undefined;

  // What drags: the officer's unit, then those that fell most, then the red ones; the province's metrics are no unit's.
  const days = new Map(series.days.map((d) => [d.day, d]));
  const today = days.get(digest.day)!;
  const before = digest.previous && days.get(digest.previous.day);
  const chosen = [...new Set([...(digest.own ? [digest.own] : []), ...fallers, ...reds])].slice(0, LIMITS.dragUnits);
  const drags = chosen.map((u) => {
    const list = dragsOf(u.snapshot, before?.units.get(u.key), today.procedures, digest.provinceWork, olderCaptures(days, digest.day, u.key));
    const lines = list.slice(0, LIMITS.dragsPerUnit).map((d) => [dragLine(d), ...d.procedures.slice(0, 1).map((p) => `   kéo xuống: ${p}`)].join('\n'));
    // A fall the groups captured do not hold is said where it lies: never «nothing fell» under a fall.
    const unseen = u.verdict.unseenFall ? [`${unseenFallWords(u.verdict.unseenFall)}.`] : [];
    const said = [...unseen, ...lines];
    // «Nothing fell» only of a unit whose every group was captured: else what is not seen is said as not seen.
    const uncaptured = u.groups.length === 0 ? GROUPS_766.length : (u.snapshot.missingGroups?.length ?? 0);
    const nothing = uncaptured > 0 ? `Chưa ghi nhận ${uncaptured} nhóm hôm nay: chưa biết chỉ số nào kéo điểm xuống (ghi nhận đủ các nhóm để biết).` : 'Không chỉ số nào giảm hay thiếu điểm.';
    return { unit: `${shortName(u.name)} — ${scoreCell(u)}`, lines: said.length > 0 ? said : [nothing] };
  });

  const notes: string[] = [];
  if (digest.periodNotBegun) notes.push(notBegunWords({ day: digest.day, periodNotBegun: digest.periodNotBegun }));
  const provinces = provincesOnly(digest);
  if (provinces) notes.push(provincesOnlyWords(provinces.units.length));
  if (digest.filledFrom.length > 0) notes.push(filledFromWords(digest.day, digest.capturedAt, digest.filledFrom));
  if (lacksLists(digest)) notes.push(missingGroupsWords(digest.missingGroups, digest.refusedLists, digest.groupsFromTotal, ...byGroupsOf(all)));
  const mismatched = totalMismatchesWords(digest.totalMismatches, shortName);
  if (mismatched) notes.push(mismatched);
  if (!digest.previous) {
    if (!digest.periodNotBegun) notes.push(noPreviousWords(digest.period, digest.previousOther, digest.periodUnread));
  } else if (digest.previous.daysBefore > 1) notes.push(`So sánh với lần chụp ${shortDate(digest.previous.day)}, cách ${digest.previous.daysBefore} ngày (các ngày giữa không có lần chụp).`);
  if (!digest.lastWeek.captured) notes.push(lastWeekWords(digest.lastWeek));
  const fromFirst = runsFromFirstWords(all, digest.firstDay);
  if (fromFirst) notes.push(fromFirst);
  if (digest.otherPeriods.length > 0) notes.push(otherPeriodsWords(digest.period, digest.otherPeriods, digest.periodUnread));
  notes.push(...digest.clusterDoubts);
  if (digest.missingToday.length > 0) notes.push(missingTodayWords(digest.day, digest.missingToday.map(shortName).join(', ')));
  if (digest.renamed.length > 0) notes.push(renamedWords(digest.renamed.map(renamedPair).join('; ')));
  if (digest.newSincePrevious.length > 0) notes.push(newSinceWords(digest.previous!.day, digest.newSincePrevious.map((u) => shortName(u.name)).join(', ')));
  notes.push(`${thresholdsWords(t)} Điểm là điểm của cổng dichvucong.gov.vn; «cần làm gì» tính theo công thức cổng công bố.`);

  const clusters: BriefTable | undefined = digest.clusters.length > 0
    ? {
        heading: '5. Cụm thi đua',
        columns: ['Cụm', 'Số đơn vị', 'Dẫn đầu', 'Cuối cụm', ''],
        rows: digest.clusters.map((c) => [c.cluster, String(c.units.length), c.units[0] ? `${shortName(c.units[0].name)} (${scoreCell(c.units[0])})` : '', c.units.length > 1 ? `${shortName(c.units.at(-1)!.name)} (${scoreCell(c.units.at(-1)!)})` : '', '']),
      }
    : undefined;
  return {
    title: `BÁO CÁO NHANH CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766) — ${shortName(digest.scope).toUpperCase()}`,
    subtitle: `${digest.period} · số liệu ngày ${shortDate(digest.day)} (chụp lúc ${vietnamTime(digest.capturedAt)} ngày ${shortDate(vietnamDay(digest.capturedAt) ?? digest.day)})`,
    standing,
    changes,
    red,
    ...(redShort ? { redShort } : {}),
    drags,
    ...(clusters ? { clusters } : {}),
    notes,
  };
}

function delta(u: UnitWatch): number {
  const c = u.headline?.day.kind === 'change' ? u.headline.day : u.headline?.week.kind === 'change' ? u.headline.week : undefined;
  return c?.kind === 'change' ? freshDelta(c) : changeOf(u);
}

/*
Made for: issue 39 item 3 — «a one-page A4 brief for the chairman: standing, changes since yesterday and since last
week, the red list, and per unit what drags the score», the same on the command line and in the extension.
*/
