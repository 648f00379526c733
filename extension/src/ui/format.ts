// Numbers and dates as the officer reads them in the chosen language ("85,5" and "20/11/2026" in Vietnamese).
import type { IndicatorValue } from '../../../core/indicators/schema.js';
import type { Language } from '../i18n.js';

const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** One formatter per language: building one costs more than formatting, and a preview formats thousands. */
const NUMBER = new Map<Language, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language): string {
  let format = NUMBER.get(language);
  if (!format) NUMBER.set(language, (format = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 2 })));
  return format.format(value);
}

export function formatValue(value: number, measure: IndicatorValue['unit'], language: Language): string {
  return measure === 'percent' ? `${formatNumber(value, language)} %` : formatNumber(value, language);
}

/** "+1,5" / "−2" / "0". */
export function formatDelta(delta: number, language: Language): string {
  const magnitude = formatNumber(Math.abs(delta), language);
  return delta > 0 ? `+${magnitude}` : delta < 0 ? `−${magnitude}` : magnitude;
}

export function formatDateTime(iso: string, language: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // A four-digit year: "21/11/26" reads as a day of 2026 or of 1926 only by guessing.
  return new Intl.DateTimeFormat(LOCALE[language], { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

export function formatBytes(bytes: number, language: Language): string {
  // Below a megabyte in KB, rounded up: a few records must not read as "0 MB" in use.
  if (bytes < 1024 * 1024) return `${formatNumber(Math.ceil(bytes / 1024), language)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language)} MB`;
}
