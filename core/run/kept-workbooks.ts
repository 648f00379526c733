// Sổ tính giữ lại giữa hai bước (workbooks kept between a run's two steps): a thread that read and
// scored a workbook keeps it open, with what it read, until the run is decided and its copy is written —
// while their input bytes fit the budget. One let go is opened again (the only cost of a tight budget).
import type { WorkbookReports } from './workbook-reports.js';

/**
 * Bytes of input workbooks a thread keeps open (an open example workbook of 9 KB measured 0.12 MB of
 * heap in ExcelJS: 16 MB of inputs is about 200 MB of heap at most).
 */
export const KEPT_BYTES = 16 * 1024 * 1024;

export class KeptWorkbooks<W> {
  private readonly held = new Map<string, { workbook: W; reports: WorkbookReports; bytes: number }>();

  private bytes = 0;

  constructor(private readonly budget = KEPT_BYTES) {}

  /** Keeps a workbook under `key` when it fits; says whether it did. */
  keep(key: string, workbook: W, reports: WorkbookReports, bytes: number): boolean {
    if (this.bytes + bytes > this.budget) return false;
    this.held.set(key, { workbook, reports, bytes });
    this.bytes += bytes;
    return true;
  }

  /** The workbook kept under `key`, handed over once (it is written next, then dropped). */
  take(key: string): { workbook: W; reports: WorkbookReports } | undefined {
    const held = this.held.get(key);
    if (!held) return undefined;
    this.held.delete(key);
    this.bytes -= held.bytes;
    return held;
  }
}

// Made for: writing each scored copy once without opening its workbook twice, within a memory budget.
