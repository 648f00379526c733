// A series' period as the officer reads it, in the page's language: the history page's tables and filter, and the
// popup's preview before saving.
import type { IndicatorSnapshot } from '../../../core/indicators/schema.js';
import { shortDate } from '../../../core/watch/data-day.js';
import type { Translate } from '../i18n.js';
import { seriesPeriod, type SeriesPeriod } from './identity.js';

/** What a table compares, for the officer: «Lũy kế năm 2026», «Theo tháng»…, a month not read, a period asked before it began, or the range itself. */
export function seriesPeriodName(p: SeriesPeriod, t: Translate): string {
  if (p.kind === 'cumulative') return t('series.cumulative', { year: p.year ?? '' });
  if (p.kind === 'year' || p.kind === 'quarter' || p.kind === 'month') return t(`series.${p.kind}`);
  if (p.kind === 'not-begun') return t('series.notBegun', { period: p.asked!, day: shortDate(p.day!) });
  // The watch's name of a month not read (core/watch/data-day.ts unreadPeriodLabel), in the page's language.
  if (p.kind === 'unknown' && p.day) return t('series.unread', { month: shortDate(p.day).replace(/^\d+\//, '') });
  return p.label || t('period.unknown');
}

/**
 * A capture's period as the officer reads it before saving: asked before it began said so, as the watch says it (on
 * 1/11 «Tháng 11/2026» holding 31/10's figures was read as November's), else as the page named it.
 */
export function capturePeriodName(s: Pick<IndicatorSnapshot, 'period' | 'capturedAt'>, t: Translate): string {
  const p = seriesPeriod(s);
  return p.kind === 'not-begun' ? seriesPeriodName(p, t) : s.period.label || t('period.unknown');
}

/* Made for: the period each table and capture is read under named as «Bản tin» names it — a month not read, a period
   asked before it began — in the officer's language, on the history page and in the popup alike. */
