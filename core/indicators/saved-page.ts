// Trang đã lưu (a saved page's HTML) cut to what the table reader may read before any DOM is built: a saved page
// with a 10,000 × 200 table made linkedom build two million cells (minutes, ~2 GB) only for the reader to keep the
// first few thousand rows. One linear pass over the text drops the rows past the cell budget, table by table, and
// counts them so the capture can say so.
import { MAX_PAGE_CELLS, MAX_TABLE_CELLS } from './table.js';

export interface TrimmedPage {
  html: string;
  /** Rows dropped, over all tables. */
  rowsLeftOut: number;
}

const TAG = /<(\/?)(table|tr|td|th)\b/gi;

/**
 * The page with every table's rows past its budget removed (MAX_TABLE_CELLS a table, `pageCells` the page; the
 * row that crosses the line is kept whole). Nested tables count toward the page and their own table.
 */
export function trimSavedPage(html: string, pageCells = MAX_PAGE_CELLS, tableCells = MAX_TABLE_CELLS): TrimmedPage {
  const tables: number[] = [];
  const out: string[] = [];
  let from = 0;
  let page = 0;
  let rowsLeftOut = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'table') {
      if (closing) tables.pop();
      else tables.push(0);
    } else if (!closing && (name === 'td' || name === 'th') && tables.length > 0) {
      tables[tables.length - 1]!++;
      page++;
    } else if (!closing && name === 'tr' && tables.length > 0 && (tables.at(-1)! >= tableCells || page >= pageCells)) {
      // Past the budget: skip to this table's own end, counting its rows.
      let depth = 0;
      let rows = 0;
      let end = html.length;
      TAG.lastIndex = m.index;
      for (let n = TAG.exec(html); n !== null; n = TAG.exec(html)) {
        const tag = n[2]!.toLowerCase();
        if (tag === 'table') {
          if (n[1] !== '/') depth++;
          else if (depth-- === 0) {
            end = n.index;
            break;
          }
        } else if (tag === 'tr' && n[1] !== '/' && depth === 0) rows++;
      }
      out.push(html.slice(from, m.index));
      from = end;
      rowsLeftOut += rows;
      TAG.lastIndex = end;
    }
  }
  if (from === 0) return { html, rowsLeftOut: 0 };
  out.push(html.slice(from));
  return { html: out.join(''), rowsLeftOut };
}

/*
Made for: `thidua capture` on saved provincial statistics pages (Ctrl+S, or Chromium's page.content()) whose tables
are larger than the reader's budget — the hostile 10,000 × 200 table of issue 25.
*/
