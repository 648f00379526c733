// Numbers and dates as the officer reads them in the chosen language ("85,5" and "20/11/2026" in Vietnamese), and what a
// capture lacked.
import type { IndicatorSnapshot, IndicatorValue } from '../../../core/indicators/schema.js';
import type { UnitLevel } from '../../../core/indicators/units.js';
import { levelOfGroup } from '../../../core/watch/level.js';
import { lackingLists } from '../../../core/watch/words.js';
import { groupNames } from '../../../core/indicators/groups-766.js';
import { shortDate, vietnamDay, vietnamTime } from '../../../core/watch/data-day.js';
import { totalMismatch, type TotalMismatch } from '../../../core/watch/total-sum.js';
import type { Language, Translate } from '../i18n.js';

const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** One formatter per language, built once: building one costs more than formatting, and a preview or a week of history formats thousands. */
const perLanguage = <F>(make: (locale: string) => F) =>
  Object.fromEntries(Object.entries(LOCALE).map(([language, locale]) => [language, make(locale)])) as Record<Language, F>;
const NUMBER = perLanguage((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));

export function formatNumber(value: number, language: Language): string {
  return NUMBER[language].format(value);
}

export function formatValue(value: number, measure: IndicatorValue['unit'], language: Language): string {
  return measure === 'percent' ? `${formatNumber(value, language)} %` : formatNumber(value, language);
}

/** "+1,5" / "−2" / "0". */
export function formatDelta(delta: number, language: Language): string {
  const magnitude = formatNumber(Math.abs(delta), language);
  return delta > 0 ? `+${magnitude}` : delta < 0 ? `−${magnitude}` : magnitude;
}

/**
 * A capture's time and day in Vietnam (core's vietnamClock), whatever the browser's clock: «06:45 12/10/2026», not the
 * «23:45 11/10/2026» of a Chromium on UTC for a morning captured at 06:45 in Vietnam.
 */
export function formatDateTime(iso: string, language: Language): string {
  const day = vietnamDay(iso);
  if (!day) return iso;
  return language === 'vi' ? `${vietnamTime(iso)} ${shortDate(day)}` : `${shortDate(day)}, ${vietnamTime(iso)}`;
}

export function formatBytes(bytes: number, language: Language): string {
  // Below a megabyte in KB, rounded up: a few records must not read as "0 MB" in use.
  if (bytes < 1024 * 1024) return `${formatNumber(Math.ceil(bytes / 1024), language)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language)} MB`;
}

/** A level's name in the catalogue: `level.…` its units' noun, `group.…` its title. */
const LEVEL_KEY = { country: 'country', province: 'province', 'provincial-agency': 'agency', commune: 'commune' } as const satisfies Record<UnitLevel, string>;

/** A level's title in the officer's language: «UBND cấp xã» in Vietnamese, «Commune-level People’s Committees» in English. */
export const levelTitle = (level: UnitLevel, t: Translate): string => t(`group.${LEVEL_KEY[level]}`);

/** A stored `unit.group` as shown: a level's title in the officer's language, any other group as stored. */
export function groupName(group: string, t: Translate): string {
  const level = levelOfGroup(group);
  return level ? levelTitle(level, t) : group;
}

/** «đơn vị cấp xã thứ 72/102 — Tổng điểm · UBND cấp xã · Năm 2026»; «hạng 3 — …» for a rank whose list is not known. */
export function rankText(unit: IndicatorSnapshot['unit'], period: string, t: Translate): string {
  const tied = unit.tied ? t('preview.tied') : '';
  const of = unit.rankOf ?? period;
  if (unit.level && unit.rankOutOf) return t('preview.rankIn', { level: t(`level.${LEVEL_KEY[unit.level]}`), rank: unit.rank ?? '', count: unit.rankOutOf, tied, of });
  return t('preview.rank', { rank: unit.rank ?? '', tied, of });
}

/**
 * Of what a capture lacked, the lists the portal refused apart from the groups the page never loaded, each a note in
 * core's words (core/watch/words.ts lackingListsWords) with its count, as «Bản tin» says them: on the history page's
 * column and in the export's «Ghi chú». None for a capture saved before refusals were kept, or lacking nothing.
 */
export function lackingNotes(s: Pick<IndicatorSnapshot, 'missingGroups' | 'refusedLists'>, t: Translate): string[] {
  if (!s.refusedLists) return [];
  const { refused, notLoaded } = lackingLists(s.missingGroups ?? [], s.refusedLists);
  return [
    ...(refused.length > 0 ? [t('lacking.refused', { count: refused.length, lists: refused.map((r) => t('lacking.refusedList', { list: r.list, status: r.status })).join(', ') })] : []),
    ...(notLoaded.length > 0 ? [t('lacking.notLoaded', { count: notLoaded.length, groups: groupNames(notLoaded) })] : []),
  ];
}

/**
 * A capture whose total its groups do not add up to, in core's words (core/watch/total-sum.ts) with the figures as the
 * officer reads numbers: on the history page's column and in the export's «Ghi chú». None when they agree or a group
 * was not captured.
 */
export function totalMismatchNote(s: IndicatorSnapshot, t: Translate): string | undefined {
  const m = totalMismatch(s);
  return m && totalMismatchText(m, t);
}

/** A mismatch found (the digest's, the day's verdicts in the popup) in the officer's language. */
export function totalMismatchText(m: TotalMismatch, t: Translate): string {
  const n = (x: number) => formatNumber(x, t.language);
  return t('total.mismatch', { unit: m.unit, day: m.day ? shortDate(m.day) : '', total: n(m.total), groups: m.groups, sum: n(m.sum), difference: n(Math.abs(m.difference)) });
}

/* Made for: numbers, dates and ranks as the officer reads them in the chosen language (85,5 and 20/11/2026 in Vietnamese), each formatter built once. */
