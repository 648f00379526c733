// Bảng tự chọn (generic table): any table the officer picks on any portal page, read through a column → indicator
// mapping that the extension saves per site and reuses. Columns are found by their header labels, as everywhere.
import { captureContext, captureFailure, captureSuccess, definePage } from '../capture.js';
import { RANKING_UNIT_LABELS } from '../groups-766.js';
import { GENERIC_MAPPING_LABELS } from '../labels.js';
import { GenericMapping } from '../mapping.js';
import { parseWithMessages } from '../../schema-messages.js';
import { findColumn, readTables, type TableGrid } from '../table.js';
import { cellShape, lookedFor, readUnitTables, unitColumnByContent, unitSnapshots, type UnitTableSpec } from '../unit-table.js';
import type { IndicatorUnit } from '../codes.js';
import { DOSSIER_CODES, meaningOf } from '../column-meaning.js';

const ID = 'generic-table';

/** What the picking UI shows of each table on the page. */
export interface TableSummary {
  index: number;
  title?: string;
  /** Flattened headers, one per column — the values a mapping's `unitColumn` and `header` take. */
  headers: string[];
  /** Number of data rows (group labels, totals and notes left out). */
  rowCount: number;
  /** Group labels found between rows ("UBND CẤP XÃ"…). */
  groups: string[];
  /** The first data rows, to recognise the table. */
  sample: string[][];
  /** The header that looks like the unit-name column ("Tên đơn vị", "Xã, phường"…, or by its cells), offered as the first choice. */
  unitColumn?: string;
  /**
   * The best guess for each column (column-meaning.ts), one per header, for the mapping form to start from; null
   * where no meaning is known. `confidence` is the share of the header's words the vocabulary explains.
   */
  guesses: ({ code: string; unit: IndicatorUnit; confidence: number } | null)[];
}

function summarize(t: TableGrid): TableSummary {
  const data = t.rows.filter((r) => r.kind === 'data');
  const groups = [...new Set(t.rows.flatMap((r) => (r.kind === 'group' && r.group ? [r.group] : [])))];
  const unitCol = findColumn(t, RANKING_UNIT_LABELS) ?? unitColumnByContent(t);
  return {
    index: t.index,
    ...(t.title ? { title: t.title } : {}),
    headers: t.headers,
    rowCount: data.length,
    groups,
    sample: data.slice(0, 3).map((r) => r.cells),
    ...(unitCol !== undefined ? { unitColumn: t.headers[unitCol]! } : {}),
    guesses: t.headers.map((h, col) => (col === unitCol ? null : (meaningOf(h, DOSSIER_CODES, cellShape(t, col) === 'percent') ?? null))),
  };
}

/** The page's tables that have a header and at least one data row, for the officer to pick from. */
export function listTables(doc: Document): TableSummary[] {
  return readTables(doc)
    .filter((t) => t.headers.some((h) => h !== '') && t.rows.some((r) => r.kind === 'data'))
    .map(summarize);
}

function mappingSpec(mapping: GenericMapping): UnitTableSpec {
  return {
    unitLabels: [mapping.unitColumn],
    columns: mapping.columns.map((c) => ({ code: c.code, labels: [c.header], required: true, unit: c.unit })),
  };
}

export const genericTable = definePage({
  id: ID,
  title: 'Bảng tự chọn',
  titleEn: 'Table picked by hand',
  // Whatever the officer's mapping names: no code of its own.
  yields: [],
  // Never chosen by address: it runs when the officer has saved a mapping for the site.
  matches: () => false,
  capture(doc, url, opts) {
    const parsed = parseWithMessages(GenericMapping, opts.mapping, GENERIC_MAPPING_LABELS);
    if (!parsed.ok) {
      return captureFailure(ID, {
        message: 'Chưa có ánh xạ cột hợp lệ cho trang này: hãy chọn bảng, cột tên đơn vị và các cột chỉ số.',
        lookedFor: ['ánh xạ cột (cột tên đơn vị, các cột chỉ số)'],
        missing: parsed.errors,
      });
    }
    const spec = mappingSpec(parsed.data);
    const read = readUnitTables(readTables(doc), spec);
    if (!read.ok) return captureFailure(ID, read.error);
    const ctx = captureContext(doc, url, ID, opts);
    const warnings = [...read.warnings];
    return captureSuccess(ctx, unitSnapshots(read.rows, ctx, warnings), warnings, lookedFor(spec));
  },
});

/*
Made for: any portal page with a table of units — e.g. a provincial portal's "Tỷ lệ cung cấp dịch vụ công trực
tuyến" or "Tỷ lệ đánh giá mức độ hài lòng" reports (https://dichvucong.<tỉnh>.gov.vn/...).
Fixture: test/fixtures/pages/generic-table.html (a satisfaction-rate table, with its saved mapping in the test).
*/
