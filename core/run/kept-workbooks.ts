// Sổ tính giữ lại giữa hai bước (workbooks kept between a run's two steps): a thread that read and
// scored a workbook keeps it open, with what it read, until the run is decided and its copy is written —
// while what they hold fits the budget. One let go is opened again (the only cost of a tight budget).
import type { SheetGrid } from '../sheet/cell.js';

/**
 * Bytes kept open, counted as heldBytes counts them, whichever thread holds them (the command line's worker keeps the
 * workbook, the command's thread the reports it plans the copy from): the 300 example reports of the batch bench are
 * all kept (232–246 MB at the peak; keeping none peaked at 194–197 MB for 0.4 s more processor time, every workbook
 * opened again); a run of 900 stops here (293 MB).
 */
export const KEPT_BYTES = 32 * 1024 * 1024;

/** A grid cell read, with the report read from it (values, formats, the report's cells): measured below. */
const BYTES_PER_CELL = 100;

/** An input byte: the package, its parts inflated, the reader's and the writer's views of them. */
const BYTES_PER_FILE_BYTE = 5;

/**
 * What a kept workbook holds (heap and buffers), estimated from its file's size and the grids read from it:
 * measured on the example reports, 9.3 KB and 360 cells held 81 KB, 8.6 KB and 264 cells 65 KB, 15.5 KB and
 * 1,488 cells 219 KB (the file size alone missed that by 1.5×).
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
