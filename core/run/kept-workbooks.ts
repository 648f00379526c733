// Sổ tính giữ lại giữa hai bước (workbooks kept between a run's two steps): a thread that read and
// scored a workbook keeps it open, with what its copy is planned from, until the run is decided and its copy is
// written — while what they hold fits the budget. One let go is opened again (the only cost of a tight budget).
import type { SheetGrid } from '../sheet/cell.js';

/**
 * Bytes kept open by a run, counted as heldBytes counts them (the workbook, and the reports its copy is planned from as
 * forCopy leaves them, both on the thread that read it: core/run/worker-steps.ts); on the command line its worker
 * threads share it. One worker: the 300 example reports of the batch bench are all kept, some 25 MB (171–178 MB at the
 * peak; keeping none peaked at 144–146 MB for ~0.45 s more, every workbook opened again); a run of 900 keeps some 400
 * of them (191–195 MB; keeping none, 166–174 MB for ~0.3–0.6 s more; keeping all, 224–231 MB for ~1 s less). Two
 * workers at 900 files, 16 MB each against 32 MB each: 220 against 250 MB at the peak, in the same time.
 */
export const KEPT_BYTES = 32 * 1024 * 1024;

/** A cell of the grids kept for the copy's plan (forCopy), with its report sheet's text and map kept for the writer: measured below. */
const BYTES_PER_CELL = 144;

/** An input byte: the package as zipped, its directory and relationships, its small parts kept inflated. */
const BYTES_PER_FILE_BYTE = 2;

/**
 * What a kept workbook holds (heap and buffers, on both threads), estimated from its file's size and the grids kept
 * for its copy's plan: measured on the example reports (40 of each held at once), 9.1 KB and 360 cells held 67 KB,
 * 8.4 KB and 264 cells 54 KB, 10 KB and 444 cells 83 KB, 15.1 KB and 1,488 cells 223 KB; their scored copies, scored
 * again, 15–17 KB and 416 cells 86–90 KB; the commune's one workbook, 43 KB and 5,388 cells, 761 KB.
 */
export function heldBytes(fileBytes: number, grids: readonly SheetGrid[]): number {
  let cells = 0;
  for (const g of grids) for (const row of g.values) cells += row.length;
  return BYTES_PER_FILE_BYTE * fileBytes + BYTES_PER_CELL * cells;
}

export class KeptWorkbooks<W, H> {
  private readonly held = new Map<string, { workbook: W; held: H; bytes: number }>();

  private bytes = 0;

  constructor(private readonly budget = KEPT_BYTES) {}

  /**
   * Keeps a workbook under `key`, with what its copy needs besides (`held`), when `bytes` (heldBytes: what it holds,
   * whichever thread holds it) fit; says whether it did.
   */
  keep(key: string, workbook: W, held: H, bytes: number): boolean {
    if (this.bytes + bytes > this.budget) return false;
    this.held.set(key, { workbook, held, bytes });
    this.bytes += bytes;
    return true;
  }

  /** The workbook kept under `key`, handed over once (it is written next, then dropped). */
  take(key: string): { workbook: W; held: H } | undefined {
    const kept = this.held.get(key);
    if (!kept) return undefined;
    this.held.delete(key);
    this.bytes -= kept.bytes;
    return kept;
  }
}

// Made for: writing each scored copy once without opening its workbook twice, within a memory budget.
