// Saving an export and copying a table, from an extension page (no `downloads` permission needed).

export function saveFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started once click() returns; keep the URL a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today as YYYY-MM-DD for file names ("chi-so-2026-11-20.xlsx"). */
export function fileDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/* Made for: saving an export and copying a table from an extension page, without the `downloads` permission. */
