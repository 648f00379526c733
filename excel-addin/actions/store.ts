// Typed access to the add-in's stored data. Parsed at the edge: a store edited by hand or written by
// an older version reads as "nothing stored" for that key, and the pane says so, instead of crashing.
import { z } from 'zod';
import { CouncilDecision } from '../../core/council/decision.js';
import { Nominee } from '../../core/council/vote.js';
import { FIRST_LISTED_KEY, WRITTEN_NOMINEES_KEY } from '../../core/run/score-workbook.js';
import { FirstListed } from '../../core/council/first-listed.js';
import { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { compactExport, IndicatorExportFile } from '../../core/indicators/export-file.js';
import { DecidedFingerprint } from '../../core/run/edited-cells.js';
import type { WorkbookPort } from '../../core/sheet/port.js';

/**
 * Which criteria set the workbook is scored with: a built-in id, or its own `Tiêu chí` sheet — `sheet`, the one the
 * officer took when several sheets hold a criteria table; `confirmed`: the key of the sheet's set the officer confirmed
 * as understood (criteria.ts `understoodKey`), so the same sheet is not asked again.
 */
export const CriteriaChoice = z.discriminatedUnion('source', [
  z.object({ source: z.literal('builtin'), id: z.string() }),
  z.object({ source: z.literal('sheet'), sheet: z.string().optional(), confirmed: z.string().optional() }),
]);
export type CriteriaChoice = z.infer<typeof CriteriaChoice>;

/** A sheet found edited after scoring, kept until the next scoring is reviewed. */
export const ChangeRecord = z.object({ sheet: z.string(), cells: z.array(z.string()), scoredAt: z.string(), detectedAt: z.string() });
export type ChangeRecord = z.infer<typeof ChangeRecord>;

/**
 * The portal's snapshots as the store keeps them: the compact indicator file (a province's five mornings, 820 snapshots:
 * 0.5 MB, where unpacked they were 7.6 MB, a read of its own past Excel on the web's 5 MB), or unpacked, as the versions
 * before kept them.
 */
const StoredIndicators = z.union([z.array(IndicatorSnapshot), IndicatorExportFile.transform((file) => file.snapshots)]);

const KEYS = {
  decisions: z.array(CouncilDecision),
  /** Each scored sheet's fingerprint, with the figures of its flagged rows (those from earlier versions without). */
  fingerprints: z.array(DecidedFingerprint),
  indicators: StoredIndicators,
  criteria: CriteriaChoice,
  changes: z.array(ChangeRecord),
  /** The nominees whose rows the last scoring wrote in «Biểu quyết» (core/run/score-workbook.ts). */
  [WRITTEN_NOMINEES_KEY]: z.array(Nominee),
  /** The day a scoring first listed each nominee in «Biểu quyết» (core/council/first-listed.ts). */
  [FIRST_LISTED_KEY]: FirstListed,
} as const;
export type StoreKey = keyof typeof KEYS;
export type StoreValue<K extends StoreKey> = z.infer<(typeof KEYS)[K]>;

export type StoreRead<K extends StoreKey> = { value: StoreValue<K> | undefined; unreadable: boolean };

export async function readStored<K extends StoreKey>(port: WorkbookPort, key: K): Promise<StoreRead<K>> {
  const raw = await port.readStore(key);
  if (raw === undefined) return { value: undefined, unreadable: false };
  const parsed = KEYS[key].safeParse(raw);
  if (!parsed.success) return { value: undefined, unreadable: true };
  const value = parsed.data as StoreValue<K>;
  // Kept unpacked by a version before: packed again with this action's writes (820 snapshots read in 7 syncs unpacked, in the first one packed).
  if (packing(key)?.packed(raw) === false) await writeStored(port, key, value);
  return { value, unreadable: false };
}

type Packing<K extends StoreKey> = { pack: (value: StoreValue<K>) => unknown; packed: (raw: unknown) => boolean };
/** The keys kept in another form than they are read (KEYS reads either form back), and whether a stored value is in it; the file's time is not kept. */
const PACKED: { [K in StoreKey]?: Packing<K> } = { indicators: { pack: (snapshots) => compactExport(snapshots, ''), packed: (raw) => !Array.isArray(raw) } };
const packing = <K extends StoreKey>(key: K) => PACKED[key] as Packing<K> | undefined;

export function writeStored<K extends StoreKey>(port: WorkbookPort, key: K, value: StoreValue<K>): Promise<void> {
  const pack = packing(key)?.pack;
  return port.writeStore(key, pack ? pack(value) : value);
}

/* Made for: the add-in's stored data read through zod at the edge: a store edited by hand or by an older version reads as nothing stored, said in the pane, never a crash. */
