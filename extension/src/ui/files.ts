// Saving an export and copying a table, from an extension page (no `downloads` permission needed).
import { vietnamDay } from '../../../core/watch/data-day.js';

export function saveFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started once click() returns; keep the URL a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Today in Vietnam as YYYY-MM-DD for file names ("chi-so-2026-11-20.xlsx"), whatever the browser's clock (core's
 * vietnamDay): a Chromium on UTC named an export made at 06:30 on 12/10 «chi-so-2026-10-11.xlsx».
 */
export const fileDate = (now: Date): string => vietnamDay(now.toISOString())!;

/* Made for: saving an export and copying a table from an extension page, without the `downloads` permission. */
