// Tệp chỉ số gọn (the compact indicator file, version 2): the extension's JSON export and backup and `thidua capture
// --json` write the snapshots by column — each indicator's name, unit, group and maximum once a file, each page's
// address and period once, and per capture one column of figures per indicator across its units, a figure the same
// for every unit (the province's «0/89», a period, a maximum) written once. Version 1 (one object per unit, every name
// and address repeated) made seven days of a 164-unit province 8,5 MB; `npm run bench -- watch` measures both.
// Every reader takes either version through `IndicatorExportFile` and gets the same snapshots back.
import { z } from 'zod';
import { IndicatorExport, IndicatorSnapshot, IndicatorValue, RefusedListStatus, TotalMismatchRecord } from './schema.js';
import { UNIT_LEVELS } from './units.js';
import { MAX_VIEW_UNITS } from './responses/index.js';
import { formatNumberVi } from '../values.js';

/**
 * A column: one cell standing for every row it covers, or one cell per row. A unit's field that is absent is
 * null (none of them is null otherwise).
 */
const column = <T extends z.ZodType>(cell: T) => z.array(cell).min(1);

const Unit = IndicatorSnapshot.shape.unit;
/** Each field of the unit as a column (absent: null), the name always there. */
const UnitColumns = z.object({
  name: column(z.string()),
  code: column(z.string().nullable()).optional(),
  group: column(z.string().nullable()).optional(),
  level: column(z.enum(UNIT_LEVELS).nullable()).optional(),
  rank: column(z.number().int().nullable()).optional(),
  rankOutOf: column(z.number().int().positive().nullable()).optional(),
  rankOf: column(z.string().nullable()).optional(),
  tied: column(z.boolean().nullable()).optional(),
});
const UNIT_FIELDS = Object.keys(Unit.shape) as (keyof z.infer<typeof Unit>)[];

/** An indicator as the file names it once: what every figure of it shares. */
const Indicator = IndicatorValue.pick({ code: true, label: true, unit: true, group: true, max: true });
/** A page: what every unit of a capture from it shares. */
const Page = IndicatorSnapshot.pick({ portal: true, pageType: true, url: true, period: true });

/** The figures of one indicator across the capture's rows (`rows`: which ones, when not all): each field a column. */
const Figures = z.object({
  indicator: z.number().int().min(0),
  rows: z.array(z.number().int().min(0)).min(1).optional(),
  value: column(z.number().nullable()),
  numerator: column(z.number()).optional(),
  denominator: column(z.number()).optional(),
  ratio: column(z.number().nullable()).optional(),
  computed: column(z.number()).optional(),
});
type Figures = z.infer<typeof Figures>;
const FIGURE_FIELDS = ['numerator', 'denominator', 'ratio', 'computed'] as const;

/** The snapshots of one capture time from one page, `count` units as rows. */
const Capture = z.object({
  capturedAt: z.string(),
  page: z.number().int().min(0),
  count: z.number().int().positive(),
  contentHash: column(z.string()),
  unit: UnitColumns,
  missingGroups: column(z.array(z.string()).nullable()).optional(),
  refusedLists: column(z.array(RefusedListStatus).nullable()).optional(),
  figures: z.array(Figures).min(1),
});
type Capture = z.infer<typeof Capture>;

const Compact = z.object({
  format: z.literal('thidua-indicators'),
  version: z.literal(2),
  exportedAt: z.string(),
  indicators: z.array(Indicator),
  pages: z.array(Page),
  /**
   * The units whose total their groups do not add up to, checked by the writer (`thidua capture --json`, the
   * extension's export: [] when every unit adds up); absent from files written before, and from writers that do not check.
   */
  totalMismatches: z.array(TotalMismatchRecord).optional(),
  captures: z.array(Capture),
});
type Compact = z.infer<typeof Compact>;

/**
 * How many figures the file may unpack to for each cell it carries, beyond a floor no real file reaches: a column of one
 * cell stands for every row, so a few bytes could otherwise declare millions of rows. A real capture carries each unit's
 * name and most figures per row (164 units × 40 indicators: 6,560 figures from ~6,700 cells); even every figure shared
 * by all its units unpacks to ~32 figures a cell.
 */
const FIGURES_PER_CELL = 64;
const FIGURES_FLOOR = 100_000;

/** The cells a capture carries: what its declared rows are checked against before anything is unpacked. */
function carriedCells(c: Capture): number {
  let cells = c.contentHash.length + (c.missingGroups?.length ?? 0) + (c.refusedLists?.length ?? 0);
  for (const f of UNIT_FIELDS) cells += c.unit[f]?.length ?? 0;
  for (const f of c.figures) cells += (f.rows?.length ?? 0) + f.value.length + FIGURE_FIELDS.reduce((n, field) => n + (f[field]?.length ?? 0), 0);
  return cells;
}

/**
 * The rows the file declares, bounded by what carries them before any row is made: each capture's `count` a whole
 * number of at most one view's units, its units each named on their own row, and the figures all its captures unpack
 * to within FIGURES_PER_CELL of the cells it holds. Undefined when within; otherwise the problem said at its place.
 */
function declaredTooMuch(doc: Compact, problem: (path: PropertyKey[], message: string) => void): boolean {
  let figures = 0;
  let cells = 0;
  for (const [k, c] of doc.captures.entries()) {
    const at: PropertyKey[] = ['captures', k, 'count'];
    if (!Number.isSafeInteger(c.count) || c.count < 1 || c.count > MAX_VIEW_UNITS) {
      problem(at, `khai ${Number.isSafeInteger(c.count) ? formatNumberVi(c.count) : String(c.count)} đơn vị, phải là số nguyên từ 1 đến ${formatNumberVi(MAX_VIEW_UNITS)} (một lượt xem của cổng)`);
      return true;
    }
    if (c.count > 1 && c.unit.name.length !== c.count) {
      problem(at, `khai ${formatNumberVi(c.count)} đơn vị nhưng chỉ ghi tên ${formatNumberVi(c.unit.name.length)}: mỗi đơn vị phải có tên ở dòng của mình`);
      return true;
    }
    figures += c.count * c.figures.length;
    cells += carriedCells(c);
  }
  if (figures > FIGURES_FLOOR && figures > FIGURES_PER_CELL * cells) {
    problem(['captures'], `khai ${formatNumberVi(figures)} số liệu từ ${formatNumberVi(cells)} ô ghi trong tệp: quá nhiều so với dung lượng tệp, không mở ra, để máy không bị treo`);
    return true;
  }
  return false;
}

/** Every reference inside the file, and every column's length, checked with where it is wrong. */
const CompactExport = Compact.superRefine((doc, ctx) => {
  const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const length = (path: PropertyKey[], cells: readonly unknown[] | undefined, rows: number) => {
    if (cells && cells.length !== 1 && cells.length !== rows) problem(path, `có ${cells.length} ô, phải là 1 (chung mọi dòng) hoặc ${rows}`);
  };
  if (declaredTooMuch(doc, problem)) return;
  doc.captures.forEach((c, k) => {
    const at: PropertyKey[] = ['captures', k];
    if (c.page >= doc.pages.length) problem([...at, 'page'], `trỏ tới trang thứ ${c.page + 1}, tệp chỉ có ${doc.pages.length}`);
    length([...at, 'contentHash'], c.contentHash, c.count);
    length([...at, 'missingGroups'], c.missingGroups, c.count);
    length([...at, 'refusedLists'], c.refusedLists, c.count);
    for (const f of UNIT_FIELDS) length([...at, 'unit', f], c.unit[f], c.count);
    const covered = new Array<number>(c.count).fill(0);
    c.figures.forEach((f, j) => {
      const path = [...at, 'figures', j];
      if (f.indicator >= doc.indicators.length) problem([...path, 'indicator'], `trỏ tới chỉ số thứ ${f.indicator + 1}, tệp chỉ có ${doc.indicators.length}`);
      const rows = f.rows ?? covered.map((_, r) => r);
      if (f.rows?.some((r) => r >= c.count)) problem([...path, 'rows'], `có dòng ngoài ${c.count} đơn vị của lần chụp`);
      for (const r of rows) if (r < c.count) covered[r]!++;
      length([...path, 'value'], f.value, rows.length);
      for (const field of FIGURE_FIELDS) length([...path, field], f[field], rows.length);
    });
    const bare = covered.indexOf(0);
    if (bare >= 0) problem([...at, 'figures'], `đơn vị thứ ${bare + 1} của lần chụp không có chỉ số nào`);
  });
});

/** Row `r` of a column. */
const cell = <T>(cells: readonly T[], r: number): T => (cells.length === 1 ? cells[0]! : cells[r]!);

/** A column of `values`, one cell when they are all the same. */
function columnOf<T>(values: readonly T[]): T[] {
  const first = values[0];
  const same = (v: T) => v === first || (typeof v === 'object' && v !== null && JSON.stringify(v) === JSON.stringify(first));
  return values.every(same) ? [first!] : [...values];
}

function unpack(doc: Compact): IndicatorExport {
  const sharedKeys = doc.indicators.map((i) => Object.keys(i));
  const snapshots = doc.captures.flatMap((c) => {
    const page = doc.pages[c.page]!;
    const rows: IndicatorSnapshot[] = Array.from({ length: c.count }, (_, r) => {
      const unit = { name: cell(c.unit.name, r) } as IndicatorSnapshot['unit'];
      for (const f of UNIT_FIELDS) {
        const cells: readonly unknown[] | undefined = c.unit[f];
        const v = cells && cell(cells, r);
        if (v !== null && v !== undefined) (unit as Record<string, unknown>)[f] = v;
      }
      const missing = c.missingGroups && cell(c.missingGroups, r);
      const refused = c.refusedLists && cell(c.refusedLists, r);
      return { ...page, capturedAt: c.capturedAt, contentHash: cell(c.contentHash, r), unit, indicators: [], ...(missing ? { missingGroups: missing } : {}), ...(refused ? { refusedLists: refused } : {}) };
    });
    for (const f of c.figures) {
      const shared = doc.indicators[f.indicator]! as Record<string, unknown>;
      const keys = sharedKeys[f.indicator]!;
      const fields = FIGURE_FIELDS.filter((field) => f[field]);
      const count = f.rows?.length ?? c.count;
      for (let k = 0; k < count; k++) {
        // Key by key, not `{ ...shared, value }`: a season's export unpacks ~500,000 figures, and the spread cost
        // six times as much (docs/developer/bench.md, the watch's export read back).
        const ind: Record<string, unknown> = {};
        for (const key of keys) ind[key] = shared[key];
        ind.value = cell(f.value, k);
        for (const field of fields) ind[field] = cell(f[field]!, k);
        rows[f.rows?.[k] ?? k]!.indicators.push(ind as IndicatorValue);
      }
    }
    return rows;
  });
  return { format: 'thidua-indicators', version: 1, exportedAt: doc.exportedAt, snapshots, ...(doc.totalMismatches ? { totalMismatches: doc.totalMismatches } : {}) };
}

/**
 * The indicator file of either version, read to its snapshots: what every reader parses (the add-in, `thidua score
 * --indicators`, `thidua watch`, the extension's import).
 */
export const IndicatorExportFile = z.discriminatedUnion('version', [IndicatorExport, CompactExport]).transform((doc): IndicatorExport => (doc.version === 1 ? doc : unpack(doc)));

/**
 * Packs snapshots into the compact file's captures a part at a time, the indicators and pages numbered on across the
 * parts: compactExport is one part; the history page's export of every stored day is a stored day a part, so a year
 * (73.365 snapshots of 200 units) is never held at once. The snapshots of one time and page are one capture, the
 * captures in the order their first snapshot comes (read back in that order) — a capture never spans two parts when
 * parts are data days (its time is one instant).
 */
function compactPacker() {
  const indicators: z.infer<typeof Indicator>[] = [];
  // By its code, then its label, then a short key of the rest, the item built only when new: a year's export meets each
  // figure's indicator ~1 M times, and JSON.stringify of an object built for each was most of the packing (a season's
  // export of 6,395 snapshots: 2.2 s of 2.5 s in the test of the season, test/watch/season.test.ts); one key string of
  // every field, the label's words in it, was the largest cost left (docs/developer/bench.md, the watch's export read
  // back). Each level a Map: a backup of many labels for one code is still one look-up a figure.
  const indicatorIndex = new Map<string, Map<string, Map<string, number>>>();
  const indicatorOf = (v: IndicatorValue) => {
    const ofCode = indicatorIndex.get(v.code) ?? new Map<string, Map<string, number>>();
    const ofLabel = ofCode.get(v.label) ?? new Map<string, number>();
    const rest = `${v.unit}|${v.group === undefined ? '-' : `${v.group.length}:${v.group}`}|${v.max ?? '-'}`;
    let i = ofLabel.get(rest);
    if (i === undefined) {
      i = indicators.push({ code: v.code, label: v.label, unit: v.unit, ...(v.group !== undefined ? { group: v.group } : {}), ...(v.max !== undefined ? { max: v.max } : {}) }) - 1;
      ofLabel.set(rest, i);
      ofCode.set(v.label, ofLabel);
      indicatorIndex.set(v.code, ofCode);
    }
    return i;
  };
  const pages: z.infer<typeof Page>[] = [];
  const pageIndex = new Map<string, number>();
  const pageOf = (s: IndicatorSnapshot) => {
    const key = JSON.stringify([s.portal, s.pageType, s.url, s.period]);
    let i = pageIndex.get(key);
    if (i === undefined) pageIndex.set(key, (i = pages.push({ portal: s.portal, pageType: s.pageType, url: s.url, period: s.period }) - 1));
    return i;
  };
  const pack = (snapshots: readonly IndicatorSnapshot[]): Capture[] => {
    const runs = new Map<string, { at: string; page: number; snapshots: IndicatorSnapshot[] }>();
    for (const s of snapshots) {
      const page = pageOf(s);
      const key = `${s.capturedAt}\u0000${page}`;
      const run = runs.get(key);
      if (run) run.snapshots.push(s);
      else runs.set(key, { at: s.capturedAt, page, snapshots: [s] });
    }
    return [...runs.values()].map(({ at, page, snapshots: rows }): Capture => {
      // Figures grouped by indicator and by which fields they carry, in the order the snapshots list them.
      // A column's key: its indicator and which fields it carries (a bit each), a number, not a string a figure.
      const groups: { key: number; indicator: number; fields: (typeof FIGURE_FIELDS)[number][]; rows: number[]; values: IndicatorValue[] }[] = [];
      rows.forEach((s, r) => {
        const keyed = s.indicators.map((v) => {
          const indicator = indicatorOf(v);
          const fields = FIGURE_FIELDS.filter((f) => v[f] !== undefined);
          return { v, indicator, fields, key: fields.reduce((bits, f) => bits | (1 << FIGURE_FIELDS.indexOf(f)), indicator * 16) };
        });
        let previous = -1;
        keyed.forEach(({ v, indicator, fields, key }, k) => {
          // Most snapshots list their figures in the columns' order: the column after the last one, first.
          let at = groups[previous + 1]?.key === key ? previous + 1 : groups.findIndex((g) => g.key === key);
          if (at < 0) {
            // A new column goes after the one before it in this snapshot, else before the next one it has: each
            // snapshot's own order is kept.
            const next = keyed.slice(k + 1).map((x) => groups.findIndex((g) => g.key === x.key)).find((i) => i >= 0);
            at = previous >= 0 ? previous + 1 : (next ?? groups.length);
            groups.splice(at, 0, { key, indicator, fields, rows: [], values: [] });
          }
          groups[at]!.rows.push(r);
          groups[at]!.values.push(v);
          previous = at;
        });
      });
      const unit: Record<string, unknown[]> = {};
      for (const f of UNIT_FIELDS) {
        const cells = rows.map((s) => s.unit[f] ?? null);
        // Names one a row, always: a capture's rows are counted by them (declaredTooMuch).
        if (f === 'name') unit[f] = cells;
        else if (cells.some((c) => c !== null)) unit[f] = columnOf(cells);
      }
      const missing = rows.map((s) => s.missingGroups ?? null);
      const refused = rows.map((s) => s.refusedLists ?? null);
      return {
        capturedAt: at,
        page,
        count: rows.length,
        contentHash: columnOf(rows.map((s) => s.contentHash)),
        unit: unit as Capture['unit'],
        ...(missing.some((m) => m !== null) ? { missingGroups: columnOf(missing) } : {}),
        ...(refused.some((m) => m !== null) ? { refusedLists: columnOf(refused) } : {}),
        figures: groups.map((g): Figures => {
          const figures: Figures = { indicator: g.indicator, ...(g.rows.length < rows.length ? { rows: g.rows } : {}), value: columnOf(g.values.map((v) => v.value)) };
          for (const f of g.fields) Object.assign(figures, { [f]: columnOf(g.values.map((v) => v[f])) });
          return figures;
        }),
      };
    });
  };
  return { indicators, pages, pack };
}

/** Packs `snapshots` into the compact file (compactPacker, in one part), with the writer's totalMismatches when it checked. */
export function compactExport(snapshots: readonly IndicatorSnapshot[], exportedAt: string, totalMismatches?: readonly TotalMismatchRecord[]): Compact {
  const packer = compactPacker();
  const captures = packer.pack(snapshots);
  return { format: 'thidua-indicators', version: 2, exportedAt, indicators: packer.indicators, pages: packer.pages, ...(totalMismatches ? { totalMismatches: [...totalMismatches] } : {}), captures };
}

/**
 * The compact file as text written a part at a time: `add` gives the captures of each part as the file holds them,
 * `head` (once every part is added: it lists the indicators and pages, and the writer's totalMismatches) what comes
 * before them, `tail` what closes the file — head, the parts in order and tail are, byte for byte,
 * JSON.stringify(compactExport(every part's snapshots, exportedAt, the same totalMismatches)).
 */
export function compactText(exportedAt: string) {
  const packer = compactPacker();
  let written = false;
  return {
    add(snapshots: readonly IndicatorSnapshot[]): string {
      const text = packer.pack(snapshots).map((c) => JSON.stringify(c)).join(',');
      if (text === '') return '';
      const part = written ? `,${text}` : text;
      written = true;
      return part;
    },
    head(totalMismatches?: readonly TotalMismatchRecord[]): string {
      const head = JSON.stringify({ format: 'thidua-indicators', version: 2, exportedAt, indicators: packer.indicators, pages: packer.pages, ...(totalMismatches ? { totalMismatches: [...totalMismatches] } : {}) } satisfies Omit<Compact, 'captures'>);
      return `${head.slice(0, -1)},"captures":[`;
    },
    tail: ']}',
  };
}

/*
Made for: issue 47 item 6 — «exports compact (a year well under the store's size)»: seven days exported made 15,5 MB
(8,5 MB for a 164-unit province); the format is documented in docs/dinh-dang-tep.md, read back by every face.
*/
