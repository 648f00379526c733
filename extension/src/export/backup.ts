// The JSON export (the compact indicator file, core/indicators/export-file.ts, read by `thidua score --indicators`,
// `thidua watch` and the add-in), which is also the backup the extension imports back (either version).
import { compactExport, compactText, IndicatorExportFile } from '../../../core/indicators/export-file.js';
import { IndicatorSnapshot, type IndicatorExport, type TotalMismatchRecord } from '../../../core/indicators/schema.js';
import { fileTotalDoubts, totalMismatchRecords } from '../../../core/watch/total-sum.js';
import { describeProblem, typeName } from '../../../core/schema-messages.js';
import { isPortalAddress } from '../hosts.js';
import type { Translate } from '../i18n.js';
import { vietnamIso } from './table.js';

/** Times in the file are local with their offset (what the officer saw); the store keeps UTC. */
const local = (snapshots: readonly IndicatorSnapshot[]): IndicatorSnapshot[] =>
  // Parsing through the schema drops the store's own fields (the id) and proves the file will import.
  snapshots.map((s) => IndicatorSnapshot.parse({ ...s, capturedAt: vietnamIso(s.capturedAt) }));

/**
 * The file as one object, of snapshots held at once; its totalMismatches (core/watch/total-sum.ts) say, for a tool
 * reading the file alone, what the history page and the sheet's «Ghi chú» say.
 */
export function buildExport(snapshots: readonly IndicatorSnapshot[], exportedAt: string): ReturnType<typeof compactExport> {
  const written = local(snapshots);
  return compactExport(written, vietnamIso(exportedAt), totalMismatchRecords(written));
}

/**
 * The file written from parts (a stored day each, or the captures shown as one), each part's text kept as a Blob of
 * its own as soon as it is packed: the page holds one day's records and text at a time, never the whole — a year of
 * 200 units built as one string was 44,7 MB in 22 s and 938 MB of the page's heap (docs/developer/bench.md). Byte for
 * byte JSON.stringify(buildExport(every part's snapshots)).
 */
export async function exportFile(parts: AsyncIterable<readonly IndicatorSnapshot[]>, exportedAt: string): Promise<Blob> {
  const text = compactText(vietnamIso(exportedAt));
  const written: Blob[] = [];
  const mismatches: TotalMismatchRecord[] = [];
  for await (const part of parts) {
    const snapshots = local(part);
    const packed = text.add(snapshots);
    mismatches.push(...totalMismatchRecords(snapshots));
    if (packed !== '') written.push(new Blob([packed]));
  }
  return new Blob([text.head(mismatches), ...written, text.tail]);
}

/** Back to the store's UTC form, so captures imported and captured order alike (series sort by the text). */
function utc(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString();
}

/** Why a backup file was refused: not JSON, not our format, or a field that does not validate. */
export type BackupProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'wrong-format' }
  | { kind: 'missing'; path: string }
  | { kind: 'wrong-type'; path: string; expected: string }
  | { kind: 'invalid'; path: string; detail: string }
  /** A snapshot whose `url` is not an https portal address under gov.vn, or whose `portal` is not that address's host. */
  | { kind: 'not-portal'; path: string; url: string };

/** The problem in the officer's language (the reason «backup.refused» gives). */
export function backupProblem(problem: BackupProblem, t: Translate): string {
  switch (problem.kind) {
    case 'not-json':
      return t('backup.notJson', { detail: problem.detail });
    case 'wrong-format':
      return t('backup.wrongFormat');
    case 'missing':
      return t('backup.missing', { path: problem.path });
    case 'wrong-type':
      return t('backup.wrongType', { path: problem.path, expected: problem.expected });
    case 'invalid':
      return t('backup.invalid', { path: problem.path, detail: problem.detail });
    case 'not-portal':
      return t('backup.notPortal', { path: problem.path, url: problem.url });
  }
}

/**
 * The file read back: its snapshots in the store's UTC, and `doubts` — where its own list of totals that do not add up
 * says otherwise than its figures (core/watch/total-sum.ts fileTotalDoubts), said with the import; a total that does not
 * add up is said on the history page's column of its unit, as for a capture.
 */
export function readBackup(text: string): { ok: true; backup: IndicatorExport; doubts: string[] } | { ok: false; problem: BackupProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== 'thidua-indicators') {
    return { ok: false, problem: { kind: 'wrong-format' } };
  }
  const parsed = IndicatorExportFile.safeParse(data, { reportInput: true });
  if (parsed.success) {
    const foreign = parsed.data.snapshots.findIndex((s) => !fromPortal(s));
    if (foreign < 0) return { ok: true, backup: { ...parsed.data, snapshots: parsed.data.snapshots.map((s) => ({ ...s, capturedAt: utc(s.capturedAt) })) }, doubts: fileTotalDoubts(parsed.data).map((d) => d.words) };
    const s = parsed.data.snapshots[foreign]!;
    return { ok: false, problem: { kind: 'not-portal', path: `snapshots[${foreign}]`, url: `${s.url} (portal: ${s.portal})` } };
  }
  const issue = parsed.error.issues[0]!;
  const path = issuePath(issue.path);
  if (issue.code === 'invalid_type') {
    return { ok: false, problem: issue.input === undefined ? { kind: 'missing', path } : { kind: 'wrong-type', path, expected: typeName(issue.expected) } };
  }
  // What is wrong in Vietnamese (core/schema-messages.ts), never zod's English.
  return { ok: false, problem: { kind: 'invalid', path, detail: describeProblem(issue) } };
}

/**
 * Captures only ever come from https portals under gov.vn, and `portal` is the host of `url`: a backup saying
 * otherwise was edited, and its links would send the officer elsewhere from the history page and the exports.
 */
function fromPortal(s: IndicatorSnapshot): boolean {
  try {
    const u = new URL(s.url);
    return isPortalAddress(s.url) && u.host === s.portal;
  } catch {
    return false;
  }
}

/** ["snapshots", 3, "indicators", 0, "value"] → "snapshots[3].indicators[0].value". */
function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/* Made for: the JSON export that `thidua score --indicators` and the add-in read, and the backup the extension imports back — with why a refused backup was refused, in the officer's words. */
