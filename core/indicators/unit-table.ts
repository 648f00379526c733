// Bảng theo đơn vị: the common shape of portal tables — one row per unit, one column per figure — read by
// labels into snapshots. Page adapters describe their columns; this finds the tables, reads the Vietnamese
// numbers through parseCell, and refuses (with the cells named) rather than guessing.
import { normalizeLabel } from '../text.js';
import { parseCell } from '../values.js';
import { captureContext, captureFailure, captureSuccess, definePage, type CaptureContext, type CaptureError, type CaptureWarning, type PageType } from './capture.js';
import { definedIndicator, indicatorName, type IndicatorUnit } from './codes.js';
import { contentHash, hashState, type HashState } from './hash.js';
import type { IndicatorSnapshot, IndicatorValue } from './schema.js';
import { CAPTURE_CONFIDENCE, DOSSIER_CODES, isRowNumberHeader, meaningOf, type FigureCodes } from './column-meaning.js';
import { findColumn, findColumns, HEADER_SEPARATOR, readTables, type TableGrid, type TableRow } from './table.js';

export interface ColumnSpec {
  /** Indicator code (core/indicators/codes.ts). */
  code: string;
  /** Header labels, tried in order; "Group › Column" names a grouped header's levels. */
  labels: readonly string[];
  /** A table without this column is not the table the adapter reads. */
  required?: boolean;
  /**
   * The column holds "1.234 (85,5%)" cells: 'count' reads 1.234, 'percent' reads 85,5 (a cell not written so is
   * unreadable). Default: the whole cell. Several specs may share a code (one per layout); the first found is read.
   */
  part?: 'count' | 'percent';
  /** Overrides the code's documented unit (generic mapping). */
  unit?: IndicatorUnit;
}

export interface UnitTableSpec {
  /** Header labels of the unit-name column. */
  unitLabels: readonly string[];
  /** Mã định danh column, when the page shows it. */
  unitCodeLabels?: readonly string[];
  /** The first cell of each data row is the unit's rank (ranking tables). */
  firstCellRank?: boolean;
  columns: readonly ColumnSpec[];
  /**
   * A page yields what it has (the provincial one-stop reports, DOMAIN §7): the unit column may be found by its
   * content, every other column is given a meaning from its header path (column-meaning.ts) in these codes, and a
   * column of `columns` that is absent is said, not a refusal. Without it (the national ranking pages) every
   * required column must be there.
   */
  partial?: { codes: FigureCodes };
}

export interface UnitRow {
  table: TableGrid;
  row: TableRow;
  name: string;
  code?: string;
  rank?: number;
  /** Group label row above it, else the table's title. */
  group?: string;
  total: boolean;
  indicators: IndicatorValue[];
  /** Cells of a total row that were blank or unreadable ("cột «…»: «…»"); data rows never have any. */
  unread: string[];
}

export type UnitTablesRead =
  | { ok: true; rows: UnitRow[]; warnings: CaptureWarning[]; tables: TableGrid[] }
  /** `no-table`: no table has the columns; `unreadable`: the table is there but some figures cannot be read. */
  | { ok: false; reason: 'no-table' | 'unreadable'; error: CaptureError };

/** A figure read from a cell. */
export type Figure =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'fraction'; numerator: number; denominator: number }
  | { kind: 'blank' } // "", "-", "—": the page shows no figure
  | { kind: 'unreadable'; text: string };

const BLANK = /^[-–—.…]*$/;

/** A cell of several labelled lines ("Số lượng: 1.234 / Tỷ lệ: 95.5% / Điểm số: 4,5"), labels normalised. */
const LABELLED: Record<'count' | 'percent' | 'points', RegExp> = {
  count: /(?:^|\s)(?:so luong|so ho so|sl)\s*:\s*([^\s/;|]+)/,
  percent: /(?:^|\s)(?:ti le|ty le)\s*:\s*([^\s/;|]+)/,
  points: /(?:^|\s)(?:diem so|diem)\s*:\s*([^\s/;|]+)/,
};

/**
 * Reads a cell's text as a figure, the Vietnamese way ("1.234", "85,5%", "16,5/18"). `part` picks the count or the
 * percent of "1.234 (85,5%)" or of a labelled multi-line cell. `kind` is the column's: one table may write thousands
 * with dots and decimals with a point (DOMAIN §7), so a percent column reads "95.500" as 95.5 where 95500 cannot be a
 * percentage, and a count column refuses "95.5" (no count has a fraction) rather than guess.
 */
export function readFigure(text: string, part?: ColumnSpec['part'], kind?: IndicatorUnit): Figure {
  let t = text.trim();
  if (BLANK.test(t)) return { kind: 'blank' };
  const labelled = LABELLED[part ?? kind ?? 'points'].exec(normalizeLabel(t));
  if (labelled) t = labelled[1]!;
  else if (part) {
    const both = /^(.*?)\s*\(\s*([^()]*%)\s*\)$/.exec(t);
    if (!both) return { kind: 'unreadable', text: t };
    t = part === 'count' ? both[1]! : both[2]!;
  }
  const v = parseCell(t);
  if (v.kind === 'fraction') return v;
  if (v.kind !== 'number') return { kind: 'unreadable', text: t };
  const percentKind = (part ?? kind) === 'percent';
  if (percentKind && v.value > 100 && /^\d{1,3}\.\d{3}%?$/.test(t)) return { kind: 'number', value: Number(t.replace('%', '')), percent: v.percent };
  if ((part ?? kind) === 'count' && !Number.isInteger(v.value)) return { kind: 'unreadable', text: t };
  return { kind: 'number', value: v.value, percent: v.percent };
}

/** Turns a figure into an indicator value in the code's unit; undefined when it does not fit (e.g. 5/9 as a count). */
export function toIndicator(code: string, label: string, unit: IndicatorUnit, max: number | undefined, f: Figure): IndicatorValue | undefined {
  if (f.kind === 'number') {
    if (unit === 'count' && f.percent) return undefined;
    return { code, label, value: f.value, unit, ...(max !== undefined ? { max } : {}) };
  }
  // "16,5/18": points out of a maximum.
  if (f.kind === 'fraction' && unit === 'points') return { code, label, value: f.numerator, unit, max: f.denominator };
  return undefined;
}

interface TableMatch {
  grid: TableGrid;
  unitCol?: number;
  codeCol?: number;
  /** `guessed`: given by its header's meaning, not named by the page type — a cell it cannot read drops the column's figure, never the page. */
  columns: { spec: ColumnSpec; col: number; guessed?: true }[];
  missing: string[];
  /** Figures two or more columns read as: "«Trực tuyến»: cột 4 «…», cột 9 «…»". */
  ambiguous: string[];
  /** Their codes. */
  ambiguousCodes: Set<string>;
}

function matchTable(grid: TableGrid, spec: UnitTableSpec): TableMatch {
  const unitCol = findColumn(grid, spec.unitLabels) ?? (spec.partial ? unitColumnByContent(grid) : undefined);
  const codeCol = spec.unitCodeLabels ? findColumn(grid, spec.unitCodeLabels) : undefined;
  const columns: TableMatch['columns'] = [];
  const missing: string[] = unitCol === undefined ? [spec.unitLabels[0]!] : [];
  const ambiguous: string[] = [];
  const ambiguousCodes = new Set<string>();
  for (const c of spec.columns) {
    if (columns.some((f) => f.spec.code === c.code)) continue;
    // A "1.234 (85,5%)" layout is told by the cells: a column of plain figures is not it.
    const cols = findColumns(grid, c.labels).filter((col) => !spec.partial || (c.part ? cellShape(grid, col) === 'pair' : agrees(grid.headers[col]!, c, spec.partial.codes)));
    const col = cols[0];
    if (cols.length > 1) ambiguousCodes.add(c.code);
    if (cols.length > 1) ambiguous.push(`«${c.labels[0]}»: ${cols.map((k) => `cột ${k + 1} «${grid.headers[k]}»`).join(', ')}`);
    if (col !== undefined) columns.push({ spec: c, col });
    else if (c.required && !spec.columns.some((o) => o !== c && o.code === c.code && findColumn(grid, o.labels) !== undefined)) {
      missing.push(c.labels[0]!);
    }
  }
  if (spec.partial && unitCol !== undefined) columns.push(...guessedColumns(grid, spec.partial.codes, new Set([unitCol, codeCol, ...columns.map((c) => c.col)]), columns));
  return { grid, ...(unitCol !== undefined ? { unitCol } : {}), ...(codeCol !== undefined ? { codeCol } : {}), columns, missing, ambiguous, ambiguousCodes };
}

/**
 * A label that names only a header's last levels («Tổng số») is not that column when the whole path says another
 * figure («Đã xử lý › Tổng số» is the resolved total, not the received one).
 */
function agrees(header: string, c: ColumnSpec, codes: FigureCodes): boolean {
  const meaning = meaningOf(header, codes);
  return !meaning || meaning.confidence < CAPTURE_CONFIDENCE || meaning.code === c.code || !c.labels.every((l) => l.split('›').length < header.split(HEADER_SEPARATOR).length);
}

/**
 * The columns no label of the page type names, given the meaning their header path has (column-meaning.ts) when the
 * vocabulary explains enough of it. A cell of two labelled lines («Số lượng: 1.234 / Tỷ lệ: 75,5%») or «1.234 (75,5%)»
 * gives both its figures; a column of percentages is a rate whatever its header. A code two columns would give is
 * left to neither (no guess between them); one a named column already gives is not read twice.
 */
function guessedColumns(grid: TableGrid, codes: FigureCodes, taken: Set<number | undefined>, named: TableMatch['columns']): TableMatch['columns'] {
  const found: TableMatch['columns'] = [];
  grid.headers.forEach((header, col) => {
    if (header === '') return;
    const shape = cellShape(grid, col);
    // A named column whose cells hold two labelled figures gives its percent too.
    const parts: (ColumnSpec['part'] | undefined)[] = taken.has(col) ? (shape === 'pair' && named.some((n) => n.col === col && !n.spec.part) ? ['percent'] : []) : shape === 'pair' ? ['count', 'percent'] : [undefined];
    for (const part of parts) {
      const meaning = meaningOf(header, codes, part === 'percent' || shape === 'percent');
      if (!meaning || meaning.confidence < CAPTURE_CONFIDENCE) continue;
      found.push({ spec: { code: meaning.code, labels: [header], unit: meaning.unit, ...(part ? { part } : {}) }, col, guessed: true });
    }
  });
  const named_ = new Set(named.map((c) => c.spec.code));
  return found.filter((f) => !named_.has(f.spec.code) && found.filter((o) => o.spec.code === f.spec.code).length === 1);
}

/** What a column's data cells hold: two labelled figures, percentages, or one figure each. */
export function cellShape(grid: TableGrid, col: number): 'pair' | 'percent' | 'plain' {
  const texts = grid.rows.filter((r) => r.kind === 'data').slice(0, 30).map((r) => r.cells[col]!.trim()).filter((t) => !BLANK.test(t));
  if (texts.length === 0) return 'plain';
  const most = (re: RegExp) => texts.filter((t) => re.test(normalizeLabel(t))).length * 2 > texts.length;
  if (most(/(so luong|so ho so|sl)\s*:.*(ti le|ty le)\s*:|^[\d.,]+\s*\(\s*[\d.,]+\s*%\s*\)$/)) return 'pair';
  return most(/^[\d.,]+\s*%$/) ? 'percent' : 'plain';
}

/** Columns of names that are not units: service levels (a page of one unit's levels), notes, codes. */
const NOT_UNITS = ['Mức độ', 'Mức độ DVC', 'Mức độ dịch vụ công', 'Ghi chú', 'Mã định danh', 'Mã đơn vị', 'Tên thủ tục', 'Thủ tục hành chính'];

/**
 * The unit column found by its content when no header names it («Đơn vị xử lý», «Địa phương», «#»): the first
 * column whose data cells are names — words, mostly different from row to row — not a rank, a code or a figure.
 */
export function unitColumnByContent(grid: TableGrid): number | undefined {
  const data = grid.rows.filter((r) => r.kind === 'data').slice(0, 50);
  if (data.length === 0) return undefined;
  for (let col = 0; col < grid.headers.length; col++) {
    if (findColumn({ headers: [grid.headers[col]!] }, NOT_UNITS) !== undefined) continue;
    const texts = data.map((r) => (r.repeated[col] ? '' : r.cells[col]!.trim())).filter((t) => t !== '');
    const names = texts.filter((t) => /\p{L}{2,}/u.test(t) && !/^[A-Z0-9]{1,4}(\.[A-Z0-9]+){1,5}$/.test(t) && !/^[\d.,%\s()]+$/.test(t) && !LABELLED.count.test(normalizeLabel(t)));
    if (names.length * 10 >= data.length * 8 && new Set(names).size * 10 >= names.length * 8) return col;
  }
  return undefined;
}

/** Every label the spec looks for (first wording of each), for error messages. */
export function lookedFor(spec: UnitTableSpec): string[] {
  return [spec.unitLabels[0]!, ...spec.columns.map((c) => c.labels[0]! + (c.required ? '' : ' (nếu có)'))];
}

function tableName(grid: TableGrid): string {
  return `bảng ${grid.index + 1}${grid.title ? ` («${grid.title}»)` : ''}`;
}

/**
 * Reads every table that has the unit column and all required columns. Fails when none does (naming the labels
 * the closest table lacks) or when a unit's figure cannot be read (naming the cells).
 */
export function readUnitTables(tables: readonly TableGrid[], spec: UnitTableSpec): UnitTablesRead {
  const matches = tables.map((g) => matchTable(g, spec));
  const usable = matches.filter((m) => (spec.partial ? m.unitCol !== undefined && m.columns.length > 0 : m.missing.length === 0));
  const warnings: CaptureWarning[] = [];
  if (usable.length === 0 && spec.partial) return { ok: false, reason: 'no-table', error: nothingKnown(tables, matches) };
  if (usable.length === 0) {
    const requiredCount = 1 + spec.columns.filter((c) => c.required).length;
    const closest = [...matches].sort((a, b) => a.missing.length - b.missing.length)[0];
    const suggestion = closest && suggestionOf(closest);
    const missing = closest ? closest.missing : [spec.unitLabels[0]!, ...spec.columns.filter((c) => c.required).map((c) => c.labels[0]!)];
    return {
      ok: false,
      reason: 'no-table',
      error: {
        message:
          tables.length === 0
            ? 'Trang không có bảng số liệu nào.'
            : `Không thấy bảng có đủ các cột cần đọc (${tables.length} bảng trên trang; bảng gần đúng nhất thiếu ${missing.length}/${requiredCount} cột): ${missing.map((m) => `«${m}»`).join(', ')}.`,
        lookedFor: lookedFor(spec),
        missing,
        ...(suggestion ? { suggestion } : {}),
      },
    };
  }
  const ambiguous = usable.flatMap((m) => m.ambiguous.map((a) => `${tableName(m.grid)}, ${a}`));
  if (ambiguous.length > 0 && spec.partial) {
    // No guess between two columns: neither is read, the rest of the table is.
    for (const m of usable) m.columns = m.columns.filter((c) => !m.ambiguousCodes.has(c.spec.code));
    warnings.push({ message: `Nhiều cột cùng khớp một chỉ số — không đoán, không ghi các chỉ số này: ${ambiguous.join('; ')}. Có thể chọn bảng và lưu ánh xạ cột.` });
  } else if (ambiguous.length > 0) {
    return {
      ok: false,
      reason: 'unreadable',
      error: {
        message: `Bảng có nhiều cột cùng khớp một chỉ số — không đoán: ${ambiguous.join('; ')}. Có thể chọn bảng và lưu ánh xạ cột.`,
        lookedFor: lookedFor(spec),
        missing: ambiguous,
        tableFound: true,
        ...suggested(usable),
      },
    };
  }
  for (const m of matches) {
    // A table with the unit column that lost some columns is named, not silently dropped.
    if (!usable.includes(m) && m.missing.length > 0 && m.unitCol !== undefined && m.columns.some((c) => c.spec.required)) {
      warnings.push({ message: `Bỏ qua ${tableName(m.grid)}: thiếu cột ${m.missing.map((x) => `«${x}»`).join(', ')}.` });
    }
  }
  const rows: UnitRow[] = [];
  const unreadable: string[] = [];
  for (const m of usable) {
    if (m.grid.rowsLeftOut) warnings.push({ message: `${capitalize(tableName(m.grid))} quá lớn: ${m.grid.rowsLeftOut} dòng cuối không được đọc.` });
    const absent = spec.columns.filter((c, i) => c.required && !m.columns.some((f) => f.spec.code === c.code) && spec.columns.findIndex((o) => o.code === c.code) === i);
    if (absent.length > 0) warnings.push({ message: `${capitalize(tableName(m.grid))} không có cột ${absent.map((c) => `«${c.labels[0]}»`).join(', ')}.` });
    const unplaced = spec.partial ? unplacedColumns(m) : [];
    if (unplaced.length > 0) {
      const named = unplaced.map((col) => `cột ${col + 1} «${m.grid.headers[col]}»`).join(', ');
      warnings.push({ message: `${capitalize(tableName(m.grid))}: chưa rõ nghĩa ${unplaced.length} cột có số liệu, không ghi: ${named}. Có thể chọn bảng và lưu ánh xạ cột.` });
    }
    for (const row of m.grid.rows) {
      if (row.kind !== 'data' && row.kind !== 'total') continue;
      const total = row.kind === 'total';
      const name = row.cells[m.unitCol!]!.trim() || (total ? row.cells.find((t) => t.trim() !== '') ?? '' : '');
      const where = name ? `dòng «${name}» (bảng ${m.grid.index + 1})` : `dòng ${row.index + 1} của ${tableName(m.grid)}`;
      if (name === '') {
        warnings.push({ message: `Bỏ qua ${where}: không có tên đơn vị.` });
        continue;
      }
      const indicators: IndicatorValue[] = [];
      const unread: string[] = [];
      for (const { spec: c, col, guessed } of m.columns) {
        const d = definedOrCustom(c);
        const header = m.grid.headers[col]!;
        const f = readFigure(row.repeated[col] ? '' : row.cells[col]!, c.part, d.unit);
        if (f.kind === 'blank') {
          if (total) unread.push(`cột «${header}»: để trống`);
          else warnings.push({ message: `${capitalize(where)}: ô «${header}» để trống — không ghi chỉ số «${indicatorName(c.code, header)}».`, unit: name });
          continue;
        }
        const v = toIndicator(c.code, header, d.unit, d.max, f);
        if (v) indicators.push(v);
        else if (total) unread.push(`${where}, cột «${header}»: «${row.cells[col]}»`);
        else if (guessed) warnings.push({ message: `${capitalize(where)}: ô «${header}» là «${row.cells[col]}», không phải số — không ghi chỉ số «${indicatorName(c.code, header)}».`, unit: name });
        else unreadable.push(`${where}, cột «${header}»: «${row.cells[col]}»`);
      }
      const rank = spec.firstCellRank ? Number.parseInt(row.cells[0] ?? '', 10) : Number.NaN;
      const code = m.codeCol !== undefined ? row.cells[m.codeCol]!.trim() : '';
      const group = row.group ?? m.grid.title;
      rows.push({
        table: m.grid,
        row,
        name,
        ...(code ? { code } : {}),
        ...(Number.isInteger(rank) && !total ? { rank } : {}),
        ...(group ? { group } : {}),
        total,
        indicators,
        unread,
      });
    }
  }
  if (unreadable.length > 0) {
    return {
      ok: false,
      reason: 'unreadable',
      error: {
        message: `Không đọc được ${unreadable.length} ô số liệu — trang có thể đã đổi cách hiển thị: ${unreadable.slice(0, 5).join('; ')}${unreadable.length > 5 ? '; …' : ''}.`,
        lookedFor: lookedFor(spec),
        missing: unreadable,
        tableFound: true,
        ...suggested(usable),
      },
    };
  }
  return { ok: true, rows, warnings, tables: usable.map((m) => m.grid) };
}

/**
 * The columns of a read table that hold figures and were given no meaning — not the unit, its code or the row
 * numbers, not read as any indicator (a header the vocabulary does not explain, or two columns giving one figure):
 * said by number and header, never dropped in silence.
 */
function unplacedColumns(m: TableMatch): number[] {
  const placed = new Set([m.unitCol, m.codeCol, ...m.columns.map((c) => c.col)]);
  const data = m.grid.rows.filter((r) => r.kind === 'data');
  return m.grid.headers.flatMap((header, col) =>
    header === '' || placed.has(col) || isRowNumberHeader(header) || !data.some((r) => !r.repeated[col] && /\d/.test(r.cells[col]!)) ? [] : [col],
  );
}

/**
 * The refusal of a page that yields nothing: what its tables do show (their unit column, their headers) and what
 * is missing — a unit column, or any column whose figures thidua knows — never the labels of one page type.
 */
function nothingKnown(tables: readonly TableGrid[], matches: readonly TableMatch[]): CaptureError {
  if (tables.length === 0) return { message: 'Trang không có bảng số liệu nào.', lookedFor: ['bảng số liệu'], missing: ['bảng số liệu'] };
  const withUnit = matches.filter((m) => m.unitCol !== undefined);
  const shown = (m: TableMatch) => m.grid.headers.filter((h) => h !== '').slice(0, 12).map((h) => `«${h}»`).join(', ');
  const best = withUnit[0] ?? [...matches].sort((a, b) => b.grid.rows.length - a.grid.rows.length)[0]!;
  const found = best.grid.headers.filter((h) => h !== '');
  const missing = withUnit.length === 0 ? 'cột tên đơn vị (cột có tên xã, phường, cơ quan trên từng dòng)' : 'cột số liệu thidua biết nghĩa (tiếp nhận, đã giải quyết, đúng hạn, trực tuyến, thanh toán, số hóa…)';
  const where = `${tableName(best.grid)}${withUnit.length > 0 ? `, cột đơn vị «${best.grid.headers[best.unitCol!]}»` : ''}`;
  // The mapping form opens on that table with the guesses too uncertain to capture alone.
  const guesses = withUnit.length === 0 ? [] : best.grid.headers.flatMap((header, col) => {
    const m = col === best.unitCol ? undefined : meaningOf(header, DOSSIER_CODES, cellShape(best.grid, col) === 'percent');
    return m ? [{ header, code: m.code, unit: m.unit }] : [];
  });
  return {
    message: `${tables.length} bảng trên trang nhưng không đọc được số liệu nào: ${where} có các cột ${shown(best) || '(không có tiêu đề)'} — thiếu ${missing}. Có thể chọn bảng và lưu ánh xạ cột.`,
    lookedFor: [...found.slice(0, 12), missing],
    missing: [missing],
    ...(guesses.length > 0 ? { suggestion: { table: best.grid.index, mapping: { unitColumn: best.grid.headers[best.unitCol!]!, columns: guesses } } } : {}),
  };
}

/**
 * The closest table's recognised columns as a mapping to start from (the unit column and each figure one column
 * holds whole), when it has the unit column and at least one such figure.
 */
function suggestionOf(m: TableMatch): CaptureError['suggestion'] {
  if (m.unitCol === undefined) return undefined;
  // A figure split out of a "1.234 (85,5%)" cell cannot be mapped as a whole column.
  const columns = m.columns
    .filter(({ spec }) => !m.ambiguousCodes.has(spec.code) && !spec.part)
    .map(({ spec, col }) => ({ header: m.grid.headers[col]!, code: spec.code, unit: definedOrCustom(spec).unit }));
  return columns.length > 0 ? { table: m.grid.index, mapping: { unitColumn: m.grid.headers[m.unitCol]!, columns } } : undefined;
}

function suggested(usable: readonly TableMatch[]): Pick<CaptureError, 'suggestion'> {
  const suggestion = usable[0] && suggestionOf(usable[0]);
  return suggestion ? { suggestion } : {};
}

function definedOrCustom(c: ColumnSpec): { unit: IndicatorUnit; max?: number } {
  if (c.unit) return { unit: c.unit };
  const d = definedIndicator(c.code);
  return { unit: d.unit, ...(d.max !== undefined ? { max: d.max } : {}) };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The content hash of one unit's capture: the period, the table's headers and the unit's row, so a unit whose
 * figures did not change hashes the same however the rest of the table moved. The period and headers, shared by
 * every row of a table, are hashed once per table.
 */
export function rowHash(period: string, headers: readonly string[], rowCells: readonly string[]): string {
  let prefix = hashPrefixes.get(headers);
  if (prefix?.period !== period) {
    prefix = { period, state: hashState(`${period}\n${headers.join('\t')}\n`) };
    hashPrefixes.set(headers, prefix);
  }
  return contentHash(rowCells.join('\t'), prefix.state);
}
const hashPrefixes = new WeakMap<readonly string[], { period: string; state: HashState }>();

/** Snapshots of the unit rows (total rows left out) that carry at least one figure. */
export function unitSnapshots(rows: readonly UnitRow[], ctx: CaptureContext, warnings: CaptureWarning[]): IndicatorSnapshot[] {
  const out: IndicatorSnapshot[] = [];
  for (const r of rows) {
    if (r.total) continue;
    if (r.indicators.length === 0) {
      warnings.push({ message: `«${r.name}»: không có số liệu nào trên dòng — không ghi nhận.`, unit: r.name });
      continue;
    }
    out.push(snapshotOf(r, ctx));
  }
  return out;
}

export function snapshotOf(r: UnitRow, ctx: CaptureContext, name = r.name): IndicatorSnapshot {
  return {
    portal: ctx.portal,
    pageType: ctx.pageType,
    url: ctx.url,
    capturedAt: ctx.capturedAt,
    contentHash: rowHash(ctx.period.label, r.table.headers, r.row.cells),
    unit: {
      name,
      ...(r.code ? { code: r.code } : {}),
      ...(r.group ? { group: r.group } : {}),
      ...(r.rank !== undefined ? { rank: r.rank } : {}),
    },
    period: ctx.period,
    indicators: r.indicators,
  };
}

/** Provincial portals (any *.gov.vn host but the national portal, which has its own page types). */
export function isProvincialPortal(url: string): boolean {
  return /^https?:\/\/([a-z0-9-]+\.)+gov\.vn(:\d+)?\//i.test(url) && !/^https?:\/\/(www\.)?dichvucong\.gov\.vn\//i.test(url);
}

/**
 * A page type that is one unit table on a provincial portal: every unit row of the tables the spec reads. It yields
 * the codes of its columns.
 */
export function provincialUnitTable<const Id extends string>(card: { id: Id; title: string; titleEn: string }, named: UnitTableSpec): PageType<Id> {
  const spec: UnitTableSpec = { partial: { codes: DOSSIER_CODES }, ...named };
  const { id } = card;
  return definePage({
    ...card,
    yields: [...new Set(named.columns.map((c) => c.code))],
    matches: isProvincialPortal,
    capture(doc, url, opts) {
      const read = readUnitTables(readTables(doc), spec);
      if (!read.ok) return captureFailure(id, read.error);
      const ctx = captureContext(doc, url, id, opts);
      const warnings = [...read.warnings];
      return captureSuccess(ctx, unitSnapshots(read.rows, ctx, warnings), warnings, lookedFor(spec));
    },
  });
}
