// A sheet of several tables laid down page by page, for the sheets whose tables have headers of their own
// (a sheet repeats only one header row on every page, «Tổng hợp» has a ranking per kind, the proposals, what
// each unit would need): a table that does not fit the rest of the page starts the next one with its title,
// and one that runs on over a page break has its header row again at the top of the new page.
import type { CellValue } from '../cell.js';
import type { Block, CellFormat } from './port.js';
import { pageHeight } from './print-layout.js';
import { LINE_HEIGHT, rowHeightsAt, widthsFromA } from './row-height.js';

export class PagedSheet {
  readonly blocks: Block[] = [];
  /** Rows a new page starts at (PrintLayout.breaksBefore). */
  readonly breaks: number[] = [];
  /** The next row to write (1-based). */
  row = 1;
  private used = 0;
  private readonly room: number;
  private readonly heights;

  /** `widths`: the sheet's columns from A, in characters, as it will print them. */
  constructor(widths: readonly number[]) {
    this.heights = rowHeightsAt(widthsFromA(widths));
    // A little short of the page: LibreOffice's lines come out a shade taller than Excel's 15 points.
    this.room = pageHeight(widths) * 0.96;
  }

  /** Rows that may go on to the next page anywhere (lines of text under the sheet's title). */
  lines(values: CellValue[][], format?: CellFormat): void {
    for (const row of values) this.put(row, row.map(() => format ?? null), true);
  }

  /** A table, its title above it: kept with its header and first row, its header repeated on every page it runs on to. */
  table(title: string | undefined, header: readonly string[], headerFormat: CellFormat, rows: CellValue[][], formats: (CellFormat | null)[][]): void {
    const head = header.map(() => headerFormat);
    // Each row sized once, the header too, however many pages it starts.
    const headHeight = this.height([...header], head);
    const heights = rows.map((row, i) => this.height(row, formats[i]));
    const start = (title ? LINE_HEIGHT : 0) + headHeight + (rows[0] ? heights[0]! : 0);
    if (this.used > 0 && this.used + start > this.room) this.newPage();
    if (title) this.put([title], [{ bold: true }], false);
    this.put([...header], head, false, headHeight);
    rows.forEach((row, i) => {
      if (this.used + heights[i]! > this.room) {
        this.newPage();
        this.put([...header], head, false, headHeight);
      }
      this.put(row, formats[i] ?? [], false, heights[i]);
    });
    this.blank();
  }

  /** An empty row between parts. */
  blank(): void {
    this.row += 1;
    this.used += LINE_HEIGHT;
  }

  private newPage(): void {
    this.breaks.push(this.row);
    this.used = 0;
  }

  private put(values: CellValue[], formats: readonly (CellFormat | null | undefined)[] | undefined, mayBreak: boolean, h = this.height(values, formats)): void {
    if (mayBreak && this.used > 0 && this.used + h > this.room) this.newPage();
    this.blocks.push({ address: `A${this.row}`, values: [values], cellFormats: [values.map((_, i) => formats?.[i] ?? null)] });
    this.row += 1;
    this.used += h;
  }

  /** The row's height as row-height.ts states it for the sheet. */
  private height(values: CellValue[], formats: readonly (CellFormat | null | undefined)[] | undefined): number {
    const [sized] = this.heights([{ address: 'A1', values: [values], cellFormats: [values.map((_, i) => formats?.[i] ?? null)] }]);
    return sized?.height ?? LINE_HEIGHT;
  }
}

// Made for: «Tổng hợp» on paper (issue 19), every table that spans pages printed with its header row.
