// One user action may run the shared scoring twice (a dry run to see which flags exist now, then the
// real one) and read the store around it. This wrapper makes that free: sheet names and grids are
// read from the workbook once per action, and the real apply carries the store writes queued before
// it — so the action still costs the adapter's three round trips.
import type { SheetGrid } from '../../core/sheet/cell.js';
import type { ReadOptions, WorkbookEdit, WorkbookPort } from '../../core/sheet/port.js';

export class SessionPort implements WorkbookPort {
  private names?: Promise<string[]>;
  private grids = new Map<string, SheetGrid>();
  /** Grids a `headOnly` said yes to (maybe only their first rows), by it: never given to a read that wants sheets whole. */
  private heads = new Map<ReadOptions['headOnly'], Map<string, SheetGrid>>();
  /** Sheet names to list instead of every sheet (scoring the active sheet only). */
  onlySheets?: readonly string[];
  /** Sheets whose edits apply() leaves out (the summary and review when scoring one sheet). */
  skipEdits = new Set<string>();
  /** Called with the edit just before it is applied, to queue store writes into the same round trip. */
  beforeApply?: (edit: WorkbookEdit) => Promise<void>;

  constructor(
    readonly inner: WorkbookPort,
    private readonly dry = false,
  ) {}

  /** A port over the same cached reads whose apply writes nothing. */
  dryRun(): SessionPort {
    const dry = new SessionPort(this, true);
    dry.onlySheets = this.onlySheets;
    return dry;
  }

  async listSheets(): Promise<string[]> {
    this.names ??= this.inner.listSheets();
    const all = await this.names;
    return this.onlySheets ? all.filter((n) => this.onlySheets!.includes(n)) : [...all];
  }

  async readSheets(names: string[], opts: ReadOptions = {}): Promise<SheetGrid[]> {
    const { headOnly } = opts;
    const heads = headOnly ? (this.heads.get(headOnly) ?? this.heads.set(headOnly, new Map()).get(headOnly)!) : undefined;
    const known = (n: string) => this.grids.get(n) ?? heads?.get(n);
    const missing = names.filter((n) => !known(n));
    if (missing.length > 0) (await this.inner.readSheets(missing, opts)).forEach((g, i) => (heads && headOnly!(g) ? heads : this.grids).set(missing[i]!, g));
    return names.map((n) => known(n)!);
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    const kept = { sheets: edit.sheets.filter((s) => !this.skipEdits.has(s.sheet)) };
    if (this.dry) return;
    await this.beforeApply?.(kept);
    await this.inner.apply(kept);
  }

  readStore(key: string): Promise<unknown> {
    return this.inner.readStore(key);
  }

  writeStore(key: string, value: unknown): Promise<void> {
    if (this.dry) return Promise.resolve();
    return this.inner.writeStore(key, value);
  }
}

/* Made for: one user action that scores twice (a dry run, then the real one) without reading the workbook twice: names and grids read once, store writes carried by the real apply. */
