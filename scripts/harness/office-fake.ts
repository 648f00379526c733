// A faithful fake of the Office.js subset the add-in uses. What matters for honest tests is kept
// from the real API: proxies queue commands and nothing happens until context.sync(); a property
// read before it was loaded and synced throws PropertyNotLoaded; *OrNullObject answers isNullObject
// only after a sync; writes of the wrong shape, duplicate sheet names and a second note on a cell
// fail the batch; strings that look like numbers become numbers unless the cell is formatted as
// text ('@'); a column's width is read in points, Excel's standard 48 where none was set. Every sync and the bytes of
// values/formats sent (its request) and of the grids read back (its response) are counted. Merged areas are asked of a range as
// Excel answers: those whose top-left cell lies in it, a null object when none, the batch failing past 512. A range's
// rowHidden as Excel answers it (ExcelApi 1.2): true when all its rows are hidden, false when none, null when they differ.
import { cellAddress, columnNumber, parseAddress } from '../../core/text.js';

export type FakeStyle = {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontalAlignment?: string;
};
/** `formula` (with its «=») when the cell holds one; `value` is then its cached result. */
export type FakeCell = { value: string | number | boolean; numberFormat: string; style: FakeStyle; formula?: string };
export type FakeChart = { type: string; source: string; title?: string; categories?: string; position?: string; legend?: boolean; reversed?: boolean };
export type FakeSheet = {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  /** Points, by column letter («C»); a column absent has Excel's standard width. */
  columnWidths: Map<string, number>;
  /** Points, or 'autofit' where Excel was asked to fit the row itself. */
  rowHeights?: Map<number, number | 'autofit'>;
  freeze?: { rows: number; columns: number };
  charts: FakeChart[];
  pageLayout: Record<string, unknown>;
  /** Merged areas ("I5:I8"), as the file holds them. */
  merges?: string[];
  /** Rows hidden (1-based), as the file holds them or the officer hid them. */
  hiddenRows?: Set<number>;
};
export type FakeAnnotation = { sheet: string; address: string; content: string };
export type FakeWorkbookState = {
  sheets: FakeSheet[];
  active: number;
  notes: FakeAnnotation[];
  comments: FakeAnnotation[];
  selection?: { sheet: string; address: string };
  eventsEnabled: boolean;
};

const MAX_ROW = 1_048_576;
/** A column with no width of its own: Excel's standard 8.43 characters of Calibri 11, 64 px. */
const STANDARD_COLUMN_POINTS = 48;
/** Range.getMergedAreasOrNullObject fails past this many merged areas (the Office.js reference, ExcelApi 1.13). */
export const MERGED_AREAS_MAX = 512;
const MAX_COL = 16_384;
const key = (row: number, col: number) => `${row}:${col}`;

export class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

// ── state builders ──────────────────────────────────────────────────────────────

export function newSheet(name: string, rows: (string | number | boolean | null)[][] = [], formats?: string[][]): FakeSheet {
  const sheet: FakeSheet = { name, visibility: 'Visible', cells: new Map(), columnWidths: new Map(), charts: [], pageLayout: {} };
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v === null || v === '') return;
      sheet.cells.set(key(i + 1, j + 1), { value: v, numberFormat: formats?.[i]?.[j] ?? 'General', style: {} });
    }),
  );
  return sheet;
}

export function newWorkbook(sheets: FakeSheet[]): FakeWorkbookState {
  return { sheets, active: 0, notes: [], comments: [], eventsEnabled: true };
}

/** The sheet's cells as a 2-D array from A1 (empty = null), for assertions. */
export function sheetValues(sheet: FakeSheet): (string | number | boolean | null)[][] {
  const box = usedBox(sheet);
  if (!box) return [];
  return Array.from({ length: box.r2 }, (_, i) =>
    Array.from({ length: box.c2 }, (_, j) => {
      const v = sheet.cells.get(key(i + 1, j + 1))?.value;
      return v === undefined || v === '' ? null : v; // "" is an empty cell in Excel
    }),
  );
}

function usedBox(sheet: FakeSheet): { r1: number; c1: number; r2: number; c2: number } | undefined {
  // One box widened in place, each key read without splitting it: the indicators' sheet of 20,000 rows is boxed at each read.
  let box: { r1: number; c1: number; r2: number; c2: number } | undefined;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === '') continue;
    const colon = k.indexOf(':');
    const r = Number(k.slice(0, colon));
    const c = Number(k.slice(colon + 1));
    if (!box) box = { r1: r, c1: c, r2: r, c2: c };
    else {
      if (r < box.r1) box.r1 = r;
      if (c < box.c1) box.c1 = c;
      if (r > box.r2) box.r2 = r;
      if (c > box.c2) box.c2 = c;
    }
  }
  return box;
}

type Box = { r1: number; c1: number; r2: number; c2: number };

function parseRange(address: string | undefined): Box {
  if (!address) return { r1: 1, c1: 1, r2: MAX_ROW, c2: MAX_COL };
  const [a, b = a] = address.replace(/\$/g, '').split(':') as [string, string?];
  const col = /^[A-Z]+$/i;
  if (col.test(a) && col.test(b!)) return { r1: 1, c1: columnNumber(a), r2: MAX_ROW, c2: columnNumber(b!) };
  const row = /^\d+$/;
  if (row.test(a) && row.test(b!)) return { r1: Number(a), c1: 1, r2: Number(b), c2: MAX_COL };
  const p = parseAddress(a);
  const q = parseAddress(b!);
  if (!p || !q) throw new OfficeError('InvalidArgument', `bad address "${address}"`);
  return { r1: p.row, c1: p.col, r2: q.row, c2: q.col };
}

function boxAddress(box: Box): string {
  const tl = cellAddress(box.r1, box.c1);
  return box.r1 === box.r2 && box.c1 === box.c2 ? tl : `${tl}:${cellAddress(box.r2, box.c2)}`;
}

function qualified(sheet: string, address: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheet) ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}

function bytes(v: unknown): number {
  // Counted, not encoded: the same UTF-8 length without a copy of every grid sent or read.
  return Buffer.byteLength(JSON.stringify(v), 'utf8');
}

// ── context and proxies ─────────────────────────────────────────────────────────

export class FakeContext {
  syncCount = 0;
  payloadBytes = 0;
  /** Bytes each sync carried (its requests and the values it read back): Excel on the web refuses more than 5 MB. */
  syncBytes: number[] = [];
  /**
   * Each sync's request (the values, number formats, styles and texts it sent) and response (the grids it read back),
   * each counted as the JSON of those values in UTF-8, as Office serialises them (its own framing of each operation not
   * counted): Excel on the web refuses a request or a response over 5 MB.
   */
  syncSizes: { request: number; response: number }[] = [];
  suspendCalculationCalls = 0;
  /** Range proxies loaded (one object each in the request Excel answers): what a read asks beside its bytes. */
  rangeLoads = 0;
  readonly workbook: FakeWorkbookApi;
  readonly application = { suspendApiCalculationUntilNextSync: () => this.enqueue(() => this.suspendCalculationCalls++) };
  readonly runtime: { enableEvents: boolean };
  private queue: (() => void)[] = [];

  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbookApi(this);
    const ctx = this;
    this.runtime = {
      get enableEvents(): boolean {
        throw new OfficeError('PropertyNotLoaded', 'runtime.enableEvents');
      },
      set enableEvents(v: boolean) {
        ctx.enqueue(() => (ctx.state.eventsEnabled = v));
      },
    };
  }

  enqueue(op: () => void, payload?: unknown): void {
    if (payload !== undefined) {
      const n = bytes(payload);
      this.payloadBytes += n;
      this.queuedBytes += n;
    }
    this.queue.push(op);
  }
  private queuedBytes = 0;
  private answeredBytes = 0;

  /** A grid read back: in the response of the sync running. */
  answer(payload: unknown): void {
    const n = bytes(payload);
    this.payloadBytes += n;
    this.answeredBytes += n;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    const request = this.queuedBytes;
    this.queuedBytes = 0;
    this.answeredBytes = 0;
    for (const op of ops) op();
    this.syncSizes.push({ request, response: this.answeredBytes });
    this.syncBytes.push(request + this.answeredBytes);
  }

  get pendingCommands(): number {
    return this.queue.length;
  }
}

/** A proxy's loaded properties: filled at sync, read afterwards. */
class Loaded {
  private values = new Map<string, unknown>();
  set(name: string, v: unknown): void {
    this.values.set(name, v);
  }
  get<T>(name: string): T {
    if (!this.values.has(name)) throw new OfficeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`);
    return this.values.get(name) as T;
  }
}

function props(spec: string | string[] | undefined): string[] {
  if (spec === undefined) return [];
  return (Array.isArray(spec) ? spec : spec.split(',')).map((s) => s.trim()).filter(Boolean);
}

class FakeWorkbookApi {
  readonly worksheets: FakeWorksheets;
  readonly notes: FakeAnnotations;
  readonly comments: FakeAnnotations;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.notes = new FakeAnnotations(ctx, 'notes');
    this.comments = new FakeAnnotations(ctx, 'comments');
  }
}

class FakeWorksheets {
  private loaded = new Loaded();
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    return this.loaded.get('items');
  }

  load(spec?: string): this {
    const wanted = props(spec).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(() =>
      this.loaded.set(
        'items',
        this.ctx.state.sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => s);
          ws.fill(wanted);
          return ws;
        }),
      ),
    );
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.state.sheets.find((x) => x.name === name);
      if (!s) throw new OfficeError('ItemNotFound', `worksheet "${name}"`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheets.find((x) => x.name === name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheets[this.ctx.state.active]!);
  }

  add(name: string): FakeWorksheet {
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new OfficeError('InvalidArgument', `sheet name "${name}"`);
    const sheet = newSheet(name);
    this.ctx.enqueue(() => {
      if (this.ctx.state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeError('ItemAlreadyExists', `worksheet "${name}"`);
      }
      this.ctx.state.sheets.push(sheet);
    });
    return new FakeWorksheet(this.ctx, () => sheet);
  }
}

class FakeWorksheet {
  private loaded = new Loaded();
  readonly charts: { add: (type: string, source: FakeRange, seriesBy: string) => FakeChartProxy };
  readonly freezePanes: { freezeAt: (r: FakeRange) => void; freezeRows: (n: number) => void; freezeColumns: (n: number) => void };
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows: (rows: string) => void };
  readonly horizontalPageBreaks: { add: (cell: string) => void };
  private static readonly PAGE_LAYOUT_CALLS = { setPrintTitleRows: 'printTitleRows', setPrintTitleColumns: 'printTitleColumns', setPrintArea: 'printArea' } as const;

  constructor(
    private readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
    private readonly nullable = false,
  ) {
    if (nullable) ctx.enqueue(() => this.loaded.set('isNullObject', resolve() === null));
    const sheet = () => this.sheet();
    this.charts = {
      add: (type, source, seriesBy) => {
        const chart: FakeChart = { type, source: '' };
        ctx.enqueue(() => {
          chart.source = source.boxAddress();
          sheet().charts.push(chart);
        });
        return new FakeChartProxy(ctx, chart, seriesBy);
      },
    };
    this.freezePanes = {
      freezeAt: (r) => ctx.enqueue(() => {
        const b = parseRange(r.address0);
        sheet().freeze = { rows: b.r2, columns: b.c2 };
      }),
      freezeRows: (n) => ctx.enqueue(() => (sheet().freeze = { rows: n, columns: 0 })),
      freezeColumns: (n) => ctx.enqueue(() => (sheet().freeze = { rows: 0, columns: n })),
    };
    // Headers and footers: every part set is recorded under its own name.
    const footers = new Proxy({} as Record<string, string>, {
      set: (target, prop, text) => {
        ctx.enqueue(() => (sheet().pageLayout[String(prop)] = text));
        return true;
      },
    });
    this.horizontalPageBreaks = {
      add: (cell) => ctx.enqueue(() => void ((sheet().pageLayout.breaksBefore ??= []) as string[]).push(cell)),
    };
    this.pageLayout = new Proxy({} as Record<string, unknown>, {
      set: (target, prop, value) => {
        ctx.enqueue(() => (sheet().pageLayout[String(prop)] = value));
        return true;
      },
      get: (target, prop) => {
        const recorded = FakeWorksheet.PAGE_LAYOUT_CALLS[prop as keyof typeof FakeWorksheet.PAGE_LAYOUT_CALLS];
        if (recorded) return (value: string) => ctx.enqueue(() => (sheet().pageLayout[recorded] = value));
        if (prop === 'headersFooters') return { defaultForAllPages: footers };
        throw new OfficeError('PropertyNotLoaded', `pageLayout.${String(prop)}`);
      },
    }) as FakeWorksheet['pageLayout'];
  }

  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new OfficeError('InvalidObjectPath', 'null worksheet');
    return s;
  }

  fill(wanted: string[]): void {
    const s = this.sheet();
    for (const p of wanted) this.loaded.set(p, (s as unknown as Record<string, unknown>)[p]);
  }

  get isNullObject(): boolean {
    return this.nullable ? this.loaded.get('isNullObject') : false;
  }
  get name(): string {
    return this.loaded.get('name');
  }
  set visibility(v: FakeSheet['visibility']) {
    this.ctx.enqueue(() => (this.sheet().visibility = v));
  }

  load(spec?: string): this {
    const wanted = props(spec);
    this.ctx.enqueue(() => {
      if (this.resolve()) this.fill(wanted);
    });
    return this;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const st = this.ctx.state;
      st.sheets = st.sheets.filter((x) => x !== s);
      st.notes = st.notes.filter((n) => n.sheet !== s.name);
      st.comments = st.comments.filter((n) => n.sheet !== s.name);
      st.active = Math.min(st.active, st.sheets.length - 1);
    });
  }

  activate(): void {
    this.ctx.enqueue(() => (this.ctx.state.active = this.ctx.state.sheets.indexOf(this.sheet())));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), box: parseRange(address) }));
  }

  getRanges(list: string): { format: FakeRangeFormat } {
    const areas = list.split(',').map((a) => new FakeRange(this.ctx, () => ({ sheet: this.sheet(), box: parseRange(a) })));
    return { format: FakeRangeFormat.many(this.ctx, areas) };
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error('fake: only valuesOnly used ranges are modelled');
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.resolve();
        const box = s && usedBox(s);
        return s && box ? { sheet: s, box } : null;
      },
      true,
    );
  }
}

class FakeChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt: (i: number) => { setXAxisValues: (r: FakeRange) => void } };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean } };
  constructor(ctx: FakeContext, chart: FakeChart, _seriesBy: string) {
    this.title = { set text(t: string) { ctx.enqueue(() => (chart.title = t)); }, get text(): string { throw new OfficeError('PropertyNotLoaded', 'title.text'); } };
    this.legend = { set visible(v: boolean) { ctx.enqueue(() => (chart.legend = v)); }, get visible(): boolean { throw new OfficeError('PropertyNotLoaded', 'legend.visible'); } };
    this.series = { getItemAt: () => ({ setXAxisValues: (r) => ctx.enqueue(() => (chart.categories = r.boxAddress())) }) };
    this.axes = { categoryAxis: { set reversePlotOrder(v: boolean) { ctx.enqueue(() => (chart.reversed = v)); }, get reversePlotOrder(): boolean { throw new OfficeError('PropertyNotLoaded', 'reversePlotOrder'); } } };
    this.setPosition = (start: string) => ctx.enqueue(() => (chart.position = start));
  }
  setPosition: (start: string) => void;
}

type Resolved = { sheet: FakeSheet; box: Box };

class FakeRange {
  private loaded = new Loaded();
  readonly format: FakeRangeFormat;

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => Resolved | null,
    private readonly nullable = false,
  ) {
    if (nullable) ctx.enqueue(() => this.loaded.set('isNullObject', resolve() === null));
    this.format = FakeRangeFormat.many(ctx, [this]);
  }

  at(): Resolved {
    const r = this.resolve();
    if (!r) throw new OfficeError('InvalidObjectPath', 'null range');
    return r;
  }

  /** The part of this range inside `address` (a null object when they do not meet), as Office.js. */
  getIntersectionOrNullObject(address: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const r = this.resolve();
        if (!r) return null;
        const o = parseRange(address);
        const box = { r1: Math.max(r.box.r1, o.r1), c1: Math.max(r.box.c1, o.c1), r2: Math.min(r.box.r2, o.r2), c2: Math.min(r.box.c2, o.c2) };
        return box.r1 > box.r2 || box.c1 > box.c2 ? null : { sheet: r.sheet, box };
      },
      true,
    );
  }
  /** The merged areas whose top-left cell lies in this range (ExcelApi 1.13): a null object when there is none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const r = this.resolve();
      if (!r) return null;
      const inside = (r.sheet.merges ?? []).map(parseRange).filter((m) => m.r1 >= r.box.r1 && m.r1 <= r.box.r2 && m.c1 >= r.box.c1 && m.c1 <= r.box.c2);
      if (inside.length > MERGED_AREAS_MAX) throw new OfficeError('GeneralException', `more than ${MERGED_AREAS_MAX} merged areas in ${qualified(r.sheet.name, boxAddress(r.box))}`);
      return inside.length === 0 ? null : { sheet: r.sheet, areas: inside };
    });
  }
  /** The address without loading (for the fake's own bookkeeping at sync time). */
  boxAddress(): string {
    return boxAddress(this.at().box);
  }
  get address0(): string {
    return this.boxAddress();
  }

  get isNullObject(): boolean {
    return this.nullable ? this.loaded.get('isNullObject') : false;
  }
  get values(): unknown[][] {
    return this.loaded.get('values');
  }
  get numberFormat(): string[][] {
    return this.loaded.get('numberFormat');
  }
  get formulas(): unknown[][] {
    return this.loaded.get('formulas');
  }
  get rowIndex(): number {
    return this.loaded.get('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded.get('columnIndex');
  }
  get rowCount(): number {
    return this.loaded.get('rowCount');
  }
  get columnCount(): number {
    return this.loaded.get('columnCount');
  }
  get address(): string {
    return this.loaded.get('address');
  }
  get rowHidden(): boolean | null {
    return this.loaded.get('rowHidden');
  }

  load(spec?: string): this {
    const wanted = props(spec);
    this.ctx.rangeLoads++;
    this.ctx.enqueue(() => {
      const r = this.resolve();
      if (!r) return;
      const { sheet, box } = r;
      // The range's cells looked up once for every grid asked (values, number formats, formulas alike).
      let cells: (FakeCell | undefined)[][] | undefined;
      const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
        cells ??= Array.from({ length: box.r2 - box.r1 + 1 }, (_, i) =>
          Array.from({ length: box.c2 - box.c1 + 1 }, (_, j) => sheet.cells.get(key(box.r1 + i, box.c1 + j))),
        );
        return cells.map((row) => row.map(f));
      };
      for (const p of wanted) {
        if (p === 'values') this.loaded.set(p, grid((c) => c?.value ?? ''));
        else if (p === 'numberFormat') this.loaded.set(p, grid((c) => c?.numberFormat ?? 'General'));
        else if (p === 'formulas') this.loaded.set(p, grid((c) => c?.formula ?? c?.value ?? ''));
        else if (p === 'rowIndex') this.loaded.set(p, box.r1 - 1);
        else if (p === 'columnIndex') this.loaded.set(p, box.c1 - 1);
        else if (p === 'rowCount') this.loaded.set(p, box.r2 - box.r1 + 1);
        else if (p === 'columnCount') this.loaded.set(p, box.c2 - box.c1 + 1);
        else if (p === 'address') this.loaded.set(p, qualified(sheet.name, boxAddress(box)));
        else if (p === 'rowHidden') this.loaded.set(p, rowHidden(sheet, box));
        else throw new OfficeError('InvalidArgument', `fake: range property ${p} not modelled`);
      }
      // Office returns every grid it read in the response: count them as payload too.
      for (const p of ['values', 'numberFormat', 'formulas']) if (wanted.includes(p)) this.ctx.answer(this.loaded.get(p));
    });
    return this;
  }

  private write2d(prop: 'values' | 'numberFormat' | 'formulas', data: unknown[][]): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.at();
      const rows = box.r2 - box.r1 + 1;
      const cols = box.c2 - box.c1 + 1;
      if (data.length !== rows || data.some((r) => r.length !== cols)) {
        throw new OfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${boxAddress(box)}).`);
      }
      data.forEach((r, i) =>
        r.forEach((v, j) => {
          const k = key(box.r1 + i, box.c1 + j);
          const cell = sheet.cells.get(k) ?? { value: '', numberFormat: 'General', style: {} };
          if (prop === 'numberFormat') cell.numberFormat = String(v);
          else if (v === null) return; // null leaves the cell as it is, as in Office.js
          // A formula keeps the value written before it as its result: the fake computes nothing.
          else if (prop === 'formulas') cell.formula = String(v);
          else cell.value = coerce(v as string | number | boolean, cell.numberFormat);
          sheet.cells.set(k, cell);
        }),
      );
    }, data);
  }

  set values(data: unknown[][]) {
    this.write2d('values', data);
  }
  set numberFormat(data: unknown[][]) {
    this.write2d('numberFormat', data);
  }
  set formulas(data: unknown[][]) {
    this.write2d('formulas', data);
  }

  clear(_applyTo?: string): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.at();
      for (const k of [...sheet.cells.keys()]) {
        const [r, c] = k.split(':').map(Number) as [number, number];
        if (r >= box.r1 && r <= box.r2 && c >= box.c1 && c <= box.c2) sheet.cells.delete(k);
      }
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.at();
      this.ctx.state.selection = { sheet: sheet.name, address: boxAddress(box) };
    });
  }

  /** Every cell of the range (created when absent), at sync time. */
  eachCell(f: (cell: FakeCell) => void): void {
    const { sheet, box } = this.at();
    if ((box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1) > 1_000_000) throw new Error('fake: formatting whole columns is not modelled');
    for (let r = box.r1; r <= box.r2; r++)
      for (let c = box.c1; c <= box.c2; c++) {
        const k = key(r, c);
        const cell = sheet.cells.get(k) ?? { value: '', numberFormat: 'General', style: {} };
        sheet.cells.set(k, cell);
        f(cell);
      }
  }

  /** Each column's width in points, Excel's standard column (Calibri 11: 64 px) where none was set. */
  columnWidths(): number[] {
    const { sheet, box } = this.at();
    return Array.from({ length: box.c2 - box.c1 + 1 }, (_, i) => sheet.columnWidths.get(cellAddress(1, box.c1 + i).replace(/\d+$/, '')) ?? STANDARD_COLUMN_POINTS);
  }
  setColumnWidth(points: number): void {
    const { sheet, box } = this.at();
    for (let c = box.c1; c <= box.c2; c++) sheet.columnWidths.set(cellAddress(1, c).replace(/\d+$/, ''), points);
  }
  setRowHeight(height: number | 'autofit'): void {
    const { sheet, box } = this.at();
    sheet.rowHeights ??= new Map();
    for (let r = box.r1; r <= box.r2; r++) sheet.rowHeights.set(r, height);
  }
}

/** All the box's rows hidden: true; none: false; some: null (Range.rowHidden). */
function rowHidden(sheet: FakeSheet, box: Box): boolean | null {
  let hidden = 0;
  for (const r of sheet.hiddenRows ?? []) if (r >= box.r1 && r <= box.r2) hidden++;
  return hidden === 0 ? false : hidden === box.r2 - box.r1 + 1 ? true : null;
}

/** Several areas of one sheet (Excel.RangeAreas): `address` lists them sheet-qualified, «Sheet1!A1:B4, Sheet1!D1:D4». */
class FakeRangeAreas {
  private loaded = new Loaded();

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; areas: Box[] } | null,
  ) {
    // Excel answers isNullObject at the sync (failing the batch past 512 areas) and loads nothing into a null object.
    ctx.enqueue(() => this.loaded.set('isNullObject', resolve() === null));
  }

  load(spec?: string): this {
    const wanted = props(spec);
    this.ctx.enqueue(() => {
      const r = this.resolve();
      if (!r) return;
      for (const p of wanted) {
        if (p === 'address') this.loaded.set(p, r.areas.map((b) => qualified(r.sheet.name, boxAddress(b))).join(', '));
        else throw new OfficeError('InvalidArgument', `fake: range areas property ${p} not modelled`);
      }
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get address(): string {
    return this.loaded.get('address');
  }
}

/** Excel's typing rules: "=…", "+…", "-x…" and "@…" are formulas, "12" a number, unless the cell is text ('@'). */
function coerce(v: string | number | boolean, numberFormat: string): string | number | boolean {
  if (typeof v !== 'string' || numberFormat === '@') return v;
  if (/^[=+@]|^-(?!\s*\d+(\.\d+)?\s*$)/.test(v)) throw new Error(`fake: formula written to a cell: ${v.slice(0, 40)}`);
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return v;
}

class FakeRangeFormat {
  static many(ctx: FakeContext, ranges: FakeRange[]): FakeRangeFormat {
    return new FakeRangeFormat(ctx, ranges);
  }
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; italic: boolean };
  private constructor(
    private readonly ctx: FakeContext,
    private readonly ranges: FakeRange[],
  ) {
    const style = (patch: FakeStyle) => this.setStyle(patch);
    const unloaded = (p: string) => {
      throw new OfficeError('PropertyNotLoaded', p);
    };
    this.fill = { set color(v: string) { style({ fill: v }); }, get color(): string { return unloaded('fill.color'); } };
    this.font = {
      set color(v: string) { style({ fontColor: v }); },
      get color(): string { return unloaded('font.color'); },
      set bold(v: boolean) { style({ bold: v }); },
      get bold(): boolean { return unloaded('font.bold'); },
      set italic(v: boolean) { style({ italic: v }); },
      get italic(): boolean { return unloaded('font.italic'); },
    };
  }
  private setStyle(patch: FakeStyle): void {
    this.ctx.enqueue(() => {
      for (const r of this.ranges) r.eachCell((c) => Object.assign(c.style, patch));
    }, patch);
  }
  set wrapText(v: boolean) {
    this.setStyle({ wrap: v });
  }
  set horizontalAlignment(v: string) {
    this.setStyle({ horizontalAlignment: v });
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(() => this.ranges.forEach((r) => r.setColumnWidth(points)), points);
  }
  /** As Excel answers: the columns' width in points when they all have one, null when they differ. */
  get columnWidth(): number | null {
    return this.loaded.get('columnWidth');
  }
  private loaded = new Loaded();
  load(spec?: string): this {
    const wanted = props(spec);
    this.ctx.enqueue(() => {
      for (const p of wanted) {
        if (p !== 'columnWidth') throw new OfficeError('InvalidArgument', `fake: format property ${p} not modelled`);
        const widths = new Set(this.ranges.flatMap((r) => r.columnWidths()));
        this.loaded.set(p, widths.size === 1 ? [...widths][0] : null);
      }
    });
    return this;
  }
  set rowHeight(points: number) {
    this.ctx.enqueue(() => this.ranges.forEach((r) => r.setRowHeight(points)), points);
  }
  autofitRows(): void {
    this.ctx.enqueue(() => this.ranges.forEach((r) => r.setRowHeight('autofit')));
  }
}

class FakeAnnotationProxy {
  private loaded = new Loaded();
  constructor(
    private readonly ctx: FakeContext,
    private readonly list: 'notes' | 'comments',
    readonly item: FakeAnnotation,
  ) {}
  fill(): void {
    this.loaded.set('content', this.item.content);
  }
  get content(): string {
    return this.loaded.get('content');
  }
  getLocation(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.ctx.state.sheets.find((s) => s.name === this.item.sheet)!;
      return { sheet, box: parseRange(this.item.address) };
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const list = this.ctx.state[this.list];
      if (!list.includes(this.item)) throw new OfficeError('ItemNotFound', `${this.list} at ${this.item.address}`);
      this.ctx.state[this.list] = list.filter((n) => n !== this.item);
    });
  }
}

class FakeAnnotations {
  private loaded = new Loaded();
  constructor(
    private readonly ctx: FakeContext,
    private readonly list: 'notes' | 'comments',
  ) {}
  get items(): FakeAnnotationProxy[] {
    return this.loaded.get('items');
  }
  load(spec?: string): this {
    const wanted = props(spec);
    this.ctx.enqueue(() =>
      this.loaded.set(
        'items',
        this.ctx.state[this.list].map((item) => {
          const a = new FakeAnnotationProxy(this.ctx, this.list, item);
          if (wanted.includes('items/content')) a.fill();
          return a;
        }),
      ),
    );
    return this;
  }
  add(cell: FakeRange, content: string): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = cell.at();
      const address = boxAddress(box);
      if (address.includes(':')) throw new OfficeError('InvalidCellAddress', address);
      if (this.ctx.state[this.list].some((n) => n.sheet === sheet.name && n.address === address)) {
        throw new OfficeError('InvalidArgument', `a ${this.list === 'notes' ? 'note' : 'comment'} already exists at ${address}`);
      }
      this.ctx.state[this.list].push({ sheet: sheet.name, address, content });
    }, content);
  }
}

// ── installing the fake as the Office/Excel globals ────────────────────────────

export type FakeOffice = {
  state: FakeWorkbookState;
  /** Every context Excel.run created, in order. */
  contexts: FakeContext[];
  readonly syncs: number;
  readonly payloadBytes: number;
  readonly rangeLoads: number;
  /** The largest number of bytes one sync carried. */
  readonly largestSync: number;
  /** Every sync's request and response, in bytes, in order (FakeContext.syncSizes). */
  readonly syncSizes: { request: number; response: number }[];
};

/**
 * `Excel.run` and `Office.context.requirements.isSetSupported` answering up to `excelApi` (e.g. "1.18"), and
 * `Office.context.document.url`: the workbook's path or address, null (as Office.js gives it) for one never saved.
 */
export function installFakeOffice(state: FakeWorkbookState, excelApi = '1.18', url: string | null = null): FakeOffice & { uninstall: () => void } {
  const contexts: FakeContext[] = [];
  const [maxMajor, maxMinor] = excelApi.split('.').map(Number) as [number, number];
  const g = globalThis as Record<string, unknown>;
  const saved = { Excel: g.Excel, Office: g.Office };
  g.Excel = {
    run: async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
      const ctx = new FakeContext(state);
      contexts.push(ctx);
      const result = await batch(ctx);
      if (ctx.pendingCommands > 0) await ctx.sync(); // Excel.run syncs what is still queued
      return result;
    },
  };
  g.Office = {
    context: {
      document: { url },
      requirements: {
        isSetSupported: (name: string, version = '1.1') => {
          const [major, minor] = version.split('.').map(Number) as [number, number];
          return name === 'ExcelApi' && (major < maxMajor || (major === maxMajor && minor <= maxMinor));
        },
      },
    },
  };
  return {
    state,
    contexts,
    get syncs() {
      return contexts.reduce((n, c) => n + c.syncCount, 0);
    },
    get payloadBytes() {
      return contexts.reduce((n, c) => n + c.payloadBytes, 0);
    },
    get rangeLoads() {
      return contexts.reduce((n, c) => n + c.rangeLoads, 0);
    },
    get largestSync() {
      return contexts.reduce((n, c) => c.syncBytes.reduce((m, b) => Math.max(m, b), n), 0);
    },
    get syncSizes() {
      return contexts.flatMap((c) => c.syncSizes);
    },
    uninstall: () => Object.assign(g, saved),
  };
}

/** A fake context for the adapter alone (no globals). */
export function fakeContext(state: FakeWorkbookState): FakeContext & Excel.RequestContext {
  return new FakeContext(state) as FakeContext & Excel.RequestContext;
}
