// Nhận định của ngày (the day's verdicts) as the extension's faces read them: the digest of the stored captures (the
// data days a digest reads, as far back as its runs of falls go: core/watch/digest.ts digestReadingBack) built once by
// core — «Bản tin», the popup's summary and the history page's unit tables all read its verdicts, so none counts a unit
// otherwise than the digest, the brief and `thidua watch`.
import { watchKey, type WatchSeries } from '../../../core/watch/captures.js';
import { digestReadingBack, newsLevels, redCounts, type Digest } from '../../../core/watch/digest.js';
import { shortDate } from '../../../core/watch/data-day.js';
import type { JudgedUnit, Verdict, VerdictState } from '../../../core/watch/verdict.js';
import { freshDelta, type Comparison, type RunGaps } from '../../../core/watch/units.js';
import { lacksLists, lineGroups, runGapWords, renamedPair, shortName, statesBesideTotal, unitLine, unseenWords, type RedCountKind } from '../../../core/watch/words.js';
import { lineContext } from '../../../core/watch/digest-text.js';
import { provinceCost } from '../../../core/watch/province-work.js';
import { groupNames } from '../../../core/indicators/groups-766.js';
import type { MessageKey, Translate } from '../i18n.js';
import { formatNumber, lackingNotes, levelTitle, totalMismatchText } from '../ui/format.js';
import type { Settings } from '../storage/settings.js';
import type { IndicatorStore, StoredClusters } from '../storage/store.js';

/** The digest of the stored captures with the officer's settings; undefined when nothing stored is scored. */
export async function storedDigest(store: IndicatorStore, settings: Settings): Promise<{ digest: Digest; series: WatchSeries; clusters?: StoredClusters } | undefined> {
  const [days, clusters] = await Promise.all([store.days(), store.clusters()]);
  const read = await digestReadingBack(days, async (which) => (await store.captures(which)).captures, { thresholds: settings.thresholds, ...(settings.commune ? { own: settings.commune } : {}), ...(clusters ? { clusters: clusters.list } : {}) });
  return read && { ...read, ...(clusters ? { clusters } : {}) };
}

/** Each unit's verdict by the key units are known by across days (its name as officers read it). */
export function verdictsByUnit(digest: Digest): Map<string, Verdict> {
  return new Map(digest.levels.flatMap((l) => l.units).map((u) => [watchKey(u.name), u.verdict]));
}

/** A red count's words (core's redCountWords in Vietnamese), by the rule that coloured its units. */
const redKey = (kind: RedCountKind, byGroups: boolean): MessageKey => (byGroups ? `verdict.red.${kind}.groups` : `verdict.red.${kind}`);

/** A state of a unit's verdict in words; a red or a change of band by the groups captured said so («đỏ theo nhóm»). */
function stateWords(s: VerdictState, byGroups: boolean, t: Translate): string {
  if (byGroups && (s === 'into-red' || s === 'left-red')) return t(redKey(s, true));
  return t(byGroups && s === 'red' ? 'verdict.state.red.groups' : `verdict.state.${s}`);
}

/**
 * A unit's verdict in words, the popup's own line and the history page's table alike: its states (`states`: those
 * still said beside its total, words.ts statesBesideTotal), else nothing to note (in the groups captured, on a day of
 * fewer lists) unless its total was said (`afterTotal`: its line goes on as «Bản tin»'s, its red groups said among
 * them), then its groups red under it not red, then a group red at an earlier capture not captured today.
 */
export function verdictWords(v: Verdict, t: Translate, states: readonly VerdictState[] = v.states, afterTotal = false): string {
  const said = states.length > 0 ? [states.map((s) => stateWords(s, v.byGroups, t)).join(', ')] : afterTotal ? [] : [t(v.byGroups ? 'verdict.noneCaptured' : 'verdict.none')];
  return [
    ...said,
    // After a total, its red groups were said among the line's groups (figureWords).
    ...(v.redGroups && !afterTotal ? [t('verdict.redGroups', { groups: groupNames(v.redGroups) })] : []),
    ...(v.redNotCaptured ? [t('verdict.redNotCaptured', { groups: groupNames(v.redNotCaptured.groups), day: shortDate(v.redNotCaptured.day) })] : []),
  ].join('; ');
}

/** The capture a day's changes are against: «hôm trước», or the capture's day when days were skipped. */
const before = (digest: Digest, t: Translate) => (!digest.previous || digest.previous.daysBefore === 1 ? t('verdict.dayBefore') : t('verdict.capture', { day: shortDate(digest.previous.day) }));

/**
 * A unit's total, its colour when not green, its change against the previous capture and against 7 days before, in
 * core's words as «Bản tin» begins its line (words.ts unitLine, comparisonWords), numbers as the officer's language
 * writes them: «57,92 điểm (vàng); không đổi so với hôm trước; giảm 2 so với 7 ngày trước (điểm không đổi từ lần chụp
 * 14/9/2026)». Without a total, its groups and their scores as «Bản tin» names them (words.ts lineGroups): Phú Thọ's
 * 15/9 «Công khai, minh bạch 5,96/18; Tiến độ giải quyết 15,68/20» — the popup named none. A group red at an earlier
 * capture is left to the verdict's words.
 */
function figureWords(u: JudgedUnit, digest: Digest, t: Translate): string[] {
  const h = u.headline;
  if (!h) return groupWords(u, digest, before(digest, t), t);
  if (h.measure.code !== 'TONG_SCORE' || h.measure.value === null) return [];
  const total = `${t('verdict.total', { figure: figure(h.measure.value, t) })}${h.colour && h.colour !== 'green' ? ` (${t(`verdict.state.${h.colour}`)})` : ''}`;
  return [total, ...comparisonText(h.day, before(digest, t), t), ...comparisonText(h.week, t('verdict.week'), t)];
}

/**
 * The groups «Bản tin» names on a unit's line (words.ts lineGroups), in the officer's language: without a total each
 * with its score; beside a total those fallen past the threshold, in a run of falls or red, after their name
 * (groupBesideTotalWords).
 */
function groupWords(u: JudgedUnit, digest: Digest, before: string, t: Translate): string[] {
  const { said, more } = lineGroups(u, { thresholds: digest.thresholds, provinceCost: provinceCost(digest.provinceWork) });
  const groups = said.flatMap((g) => {
    if ('redNotCaptured' in g) return [];
    const m = g.measure;
    const fell = g.fell ? [t('verdict.against', { change: movedWords(g.fell.delta, t), what: comparedText(g.fell, before, t) })] : [];
    const run = g.decline ? [`${t('verdict.run', { falls: formatNumber(g.decline.length - 1, t.language), size: figure(g.decline[0]! - g.decline.at(-1)!, t) })}${g.declineGaps ? ` (${runGapText(g.declineGaps, t)})` : ''}`] : [];
    const said = [...fell, ...run, ...(g.red ? [t('verdict.state.red')] : [])];
    if (u.headline) return [t('verdict.groupBesideTotal', { label: m.label, said: said.join(', ') })];
    const score = m.value === null ? t('verdict.groupNoData', { label: m.label }) : t('verdict.group', { label: m.label, figure: figure(m.value, t), max: figure(m.max, t) });
    return [[score, ...said].join(', ')];
  });
  return [...groups, ...(more > 0 ? [t('verdict.groupsMore', { count: more })] : [])];
}

/** The days a run of falls passed over, in the officer's language (core's runGapWords). */
const runGapText = (gaps: RunGaps, t: Translate) => runGapWords(gaps, { uncaptured: (days) => t('verdict.runUncaptured', { days }), notHeld: (days) => t('verdict.runNotHeld', { days }), and: t('verdict.runGapsAnd') });

/** What a change was compared with, as core's comparedWith: `what`, or the capture before those that did not hold the score. */
const comparedText = (c: Extract<Comparison, { kind: 'change' }>, what: string, t: Translate) => (c.passed ? t('verdict.passed', { day: shortDate(c.day), passed: c.passed.map(shortDate).join(', ') }) : what);

/** Points as the officer's language writes them, to two decimals. */
const figure = (x: number, t: Translate) => formatNumber(Math.round(x * 100) / 100, t.language);

/** «giảm 2», «tăng 1,2», «không đổi»: a change in the officer's language (core's changeWords). */
const movedWords = (delta: number, t: Translate) => (Math.abs(delta) < 0.005 ? t('verdict.unchanged') : t(delta < 0 ? 'verdict.down' : 'verdict.up', { size: figure(Math.abs(delta), t) }));

/**
 * A change against `what`, as core's comparisonWords says it: the capture passed over said, what a capture of fewer
 * lists already showed (seen) and since when the score stood (since) — the popup said neither, nor the week at all:
 * Phú Thọ's 18/9 read «không đổi so với hôm trước» where «Bản tin» went on «giảm 2 so với 7 ngày trước (điểm không
 * đổi từ lần chụp 14/9/2026)»; nor a week not compared (the walk's 21/9: «chưa so sánh được với 7 ngày trước: lần
 * chụp 14/9/2026 không có điểm này»). Nothing for a week without a capture at all (said once, in «Bản tin»'s head).
 */
function comparisonText(c: Comparison, what: string, t: Translate): string[] {
  if (c.kind === 'absent') return [t('verdict.absent', { what })];
  if (c.kind === 'no-data') return [t('verdict.noData', { what })];
  if (c.kind === 'not-held') return [t('verdict.notHeld', { what, day: shortDate(c.day) })];
  if (c.kind !== 'change') return [];
  const against = comparedText(c, what, t);
  const fresh = freshDelta(c);
  const today = Math.abs(fresh) < 0.005 ? t('verdict.unchangedMore') : t(fresh < 0 ? 'verdict.downMore' : 'verdict.upMore', { size: figure(Math.abs(fresh), t) });
  const seen = c.seen ? `: ${t('verdict.seen', { change: movedWords(c.seen.delta, t), day: shortDate(c.seen.day), groups: groupNames(c.seen.groups), today })}` : '';
  const since = c.since ? ` (${c.sinceGroups ? t('verdict.sinceGroups', { day: shortDate(c.since), groups: groupNames(c.sinceGroups) }) : t('verdict.since', { day: shortDate(c.since) })})` : '';
  return [`${t('verdict.against', { change: movedWords(c.delta, t), what: against })}${seen}${since}`];
}

/**
 * The officer's own unit's line in the popup: «Bản tin»'s (words.ts unitLine, one function) — its place, total, changes
 * since the capture before and 7 days before, runs of falls and groups; the popup said «vàng; «Số hóa hồ sơ»: đỏ» alone.
 * A run of falls or a red today's capture cannot tell is said after it as «Bản tin» lists it among the units not known
 * today (words.ts unseenWords): Phú Thọ's 12/10, Đoan Hùng's total down 4 times in a row to 10/10, no total today.
 * In core's Vietnamese, as the level's red counts are.
 */
export function ownLine(digest: Digest, t: Translate): string | undefined {
  const own = digest.own;
  return own && `${t('verdict.own', { line: unitLine(own, lineContext(digest)) })}${own.verdict.unseen ? `; ${unseenWords(own)}` : ''}`;
}

/**
 * The province's own verdict, as «Bản tin» and the brief give it a line of its own (never among a level's counts):
 * unless it is the officer's unit, said above — the popup said nothing of Phú Thọ's total down 2 on 14/9, then said
 * «giảm mạnh» without its figure or by how much, which «Bản tin» and the brief say. Beside its total, the groups «Bản
 * tin» names there: «Công khai, minh bạch giảm 2 so với hôm trước; Số hóa hồ sơ đỏ» — the popup said ««Số hóa hồ sơ»:
 * đỏ» and no group's fall.
 */
export function provinceLine(digest: Digest, t: Translate): string | undefined {
  const p = digest.province;
  if (!p || p === digest.own) return undefined;
  const figures = figureWords(p, digest, t);
  // With a total, the groups «Bản tin» names beside it come after its states (without one, they are the figures).
  const afterTotal = p.headline !== undefined && figures.length > 0;
  const said = [...figures, verdictWords(p.verdict, t, statesBesideTotal(p), afterTotal), ...(afterTotal ? groupWords(p, digest, before(digest, t), t) : [])].filter(Boolean);
  return t('verdict.province', { name: shortName(p.name), states: said.join('; ') });
}

/**
 * Which groups or lists the day's capture lacks, as «Bản tin» and the brief begin their note of it (core/watch/words.ts
 * missingGroupsWords): the popup said «chưa biết các nhóm chưa chụp» without naming one — Phú Thọ's 15/9, two lists of
 * six opened, «Số hóa hồ sơ» among the four missing.
 */
export function lackingLine(digest: Digest, t: Translate): string | undefined {
  if (!lacksLists(digest)) return undefined;
  const lacking = digest.refusedLists ? lackingNotes(digest, t).join('; ') : t('lacking.unknown', { groups: groupNames(digest.missingGroups) });
  return t(digest.missingGroups.length > 0 ? 'verdict.lackingGroups' : 'verdict.lackingLists', { lacking });
}

/**
 * Units of the previous capture gone from the day's, as «Bản tin» and the brief say them (core/watch/words.ts
 * missingTodayWords): the popup counted its levels one unit fewer and said nothing. The first three named.
 */
export function missingTodayLine(digest: Digest, t: Translate): string | undefined {
  const gone = digest.missingToday;
  if (gone.length === 0) return undefined;
  const names = `${gone.slice(0, 3).map(shortName).join(', ')}${gone.length > 3 ? ` ${t('verdict.andMore', { count: gone.length - 3 })}` : ''}`;
  return t('verdict.missingToday', { day: shortDate(digest.day), names });
}

/** Units the portal renamed (same code), as «Bản tin» and the brief say them (core/watch/words.ts renamedWords): the first three. */
export function renamedLine(digest: Digest, t: Translate): string | undefined {
  const r = digest.renamed;
  if (r.length === 0) return undefined;
  return t('verdict.renamed', { pairs: `${r.slice(0, 3).map(renamedPair).join('; ')}${r.length > 3 ? ` ${t('verdict.andMore', { count: r.length - 3 })}` : ''}` });
}

/** How many units whose total does not add up the popup's verdicts name, each in full; the rest counted. */
const MISMATCHES_NAMED = 3;

/**
 * Units whose captured total their groups do not add up to (core/watch/total-sum.ts): their verdict is drawn from that
 * total, so the popup says it beside the verdicts — the officer's own unit first, three in full, the rest counted.
 */
export function totalMismatchLines(digest: Digest, t: Translate): string[] {
  const own = digest.own && watchKey(digest.own.name);
  const list = [...digest.totalMismatches].sort((a, b) => Number(watchKey(b.unit) === own) - Number(watchKey(a.unit) === own));
  const more = list.length - MISMATCHES_NAMED;
  return [...list.slice(0, MISMATCHES_NAMED).map((m) => totalMismatchText(m, t)), ...(more > 0 ? [t('verdict.totalMismatchMore', { count: more })] : [])];
}

/**
 * The states the popup counts per level beside the reds, in «Bản tin»'s order: before them, between the changes of band
 * and the other reds (the rises: «Bản tin» said «tăng 1» where the popup's line had no rise), and after.
 */
const BEFORE_REDS: readonly VerdictState[] = ['fell', 'slid', 'unseen'];
const AMONG_REDS: readonly VerdictState[] = ['rose'];
const AFTER_REDS: readonly VerdictState[] = ['new', 'no-figure'];
const BAND: readonly RedCountKind[] = ['into-red', 'left-red'];

/** One count of a level: what is counted, in words of the officer's language, and how many. */
export interface LevelCount {
  words: string;
  count: number;
}

/**
 * Per level (agencies, communes; the provinces of a national list captured alone): its title in the officer's language, how many units, how many
 * fell, slid, are not known today, then its changes of band, rises and reds as the digest and the brief count them (core/watch/digest.ts redCounts: by the total or by the
 * groups captured, apart), then how many are new; and how many are judged by the groups captured alone (no total that
 * day: what is not captured is not known, their red not their total's).
 */
export function levelCounts(digest: Digest, t: Translate): { title: string; units: number; byGroups: number; counts: LevelCount[] }[] {
  return newsLevels(digest).map((l) => {
    // The digest's own lists where it has them: a unit fallen past the threshold is counted with the fallers, not again
    // with the slides (a commune fallen 5,1 on its sixth fall in a row read «giảm mạnh 1, giảm liên tiếp 1» in the
    // popup, «giảm từ 0,5 điểm 1» alone in «Bản tin» and no slide in the brief).
    const listed: Partial<Record<VerdictState, readonly JudgedUnit[]>> = { fell: l.fallers, slid: l.sliders, unseen: l.unseen, rose: l.risers, 'no-figure': l.noFigure };
    // Falls, slides and units not known today in «Bản tin»'s words, its thresholds said (core/watch/words.ts fellCountWords…).
    const counted: Partial<Record<VerdictState, string>> = {
      fell: t('verdict.count.fell', { size: formatNumber(digest.thresholds.dayDrop, t.language) }),
      slid: t('verdict.count.slid', { days: digest.thresholds.declineDays }),
      unseen: t('verdict.count.unseen'),
    };
    const states = (list: readonly VerdictState[]) => list.map((s) => ({ words: counted[s] ?? t(`verdict.state.${s}`), count: (listed[s] ?? l.units.filter((u) => u.verdict.states.includes(s))).length }));
    const reds = (band: boolean) => redCounts(l).filter((c) => BAND.includes(c.kind) === band).map((c) => ({ words: t(redKey(c.kind, c.byGroups)), count: c.units.length }));
    return { title: levelTitle(l.level, t), units: l.units.length, byGroups: l.units.filter((u) => u.verdict.byGroups).length, counts: [...states(BEFORE_REDS), ...reds(true), ...states(AMONG_REDS), ...reds(false), ...states(AFTER_REDS)].filter((c) => c.count > 0) };
  });
}

/**
 * A level's counts in words, as the popup says them; units coloured by the groups captured said so, as the brief's
 * standing says it: «… vẫn đỏ theo nhóm 6 — cả 15 đơn vị xếp màu theo các nhóm đã chụp, chưa biết màu theo tổng điểm».
 */
export function levelCountWords(l: ReturnType<typeof levelCounts>[number], t: Translate): string {
  if (l.counts.length === 0) return t(l.byGroups > 0 ? 'verdict.calmCaptured' : 'verdict.calm');
  const counts = l.counts.map((c) => `${c.words} ${c.count}`).join(', ');
  return l.byGroups > 0 ? `${counts} — ${t(l.byGroups === l.units ? 'verdict.byCapturedAll' : 'verdict.byCapturedSome', { count: l.byGroups })}` : counts;
}

/* Made for: issue 58 item 2 — one verdict per unit read by «Bản tin», the popup and the history page from the one digest core builds. */
