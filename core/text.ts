// Vietnamese label matching and cell addresses, shared by every reader (sheets and portal pages).

/** Lower-case, without diacritics (đ → d), single spaces, no trailing colon: "Mã tiêu chí:" → "ma tieu chi". */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim();
}

/** True when `text` reads as one of `labels` (compared without diacritics and case). */
export function matchesLabel(text: unknown, labels: readonly string[]): boolean {
  if (typeof text !== 'string') return false;
  const n = normalizeLabel(text);
  return n !== '' && labels.some((l) => normalizeLabel(l) === n);
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (12, 4) → "D12". Both 1-based. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "D12" → { row: 12, col: 4 }; undefined when it is not an A1 address. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]!) } : undefined;
}
