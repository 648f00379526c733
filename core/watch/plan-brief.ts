// The brief as a sheet (planned as SheetEdits, written by the existing writers: the package writer on the command
// line, the same in the extension): one A4 page, portrait. Running text (the standing, what drags each unit, the
// notes) is laid line by line across the page's width — a row per line, each overflowing the empty cells to its
// right — and the tables wrap within their columns. When the page would not hold it all at a readable size, the
// last units' drags and the tables' last rows give way, and what was left out is said.
import { withPrintLayout } from '../sheet/print-layout.js';
import type { CellFormat, SheetEdit } from '../sheet/port.js';
import { widthsFromA, withRowHeights } from '../sheet/row-height.js';
import type { CellValue } from '../cell.js';
import type { Brief, BriefTable } from './brief.js';

export const BRIEF_SHEET = 'Báo cáo nhanh';

/** Five columns, 101 characters: one portrait A4 width at full size. */
const WIDTHS = [30, 22, 16, 16, 17];
/** Characters of running text a row holds across those columns (counted low: LibreOffice's font runs wider). */
const LINE_CHARS = 100;

const STYLE = {
  title: { bold: true },
  heading: { bold: true, fill: '#D9E1F2' },
  header: { bold: true, wrap: true, fill: '#EDEDED' },
  cell: { wrap: true },
  unit: { bold: true },
  note: { italic: true },
} satisfies Record<string, CellFormat>;

type Row = { values: CellValue[]; formats: (CellFormat | null)[] };

/** Greedy lines of at most `width` characters, a word longer than a line broken. */
export function splitLines(text: string, width = LINE_CHARS): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const indent = /^\s*/.exec(paragraph)![0];
    let line = '';
    for (let word of paragraph.trim().split(/\s+/)) {
      while (word.length > width) {
        if (line) out.push(line);
        out.push(indent + word.slice(0, width));
        line = '';
        word = word.slice(width);
      }
      if (!line) line = indent + word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = `${indent}   ${word}`;
      }
    }
    if (line.trim()) out.push(line);
  }
  return out;
}

const textRows = (text: string, format?: CellFormat): Row[] => splitLines(text).map((line) => ({ values: [line], formats: [format ?? null] }));

function tableRows(t: BriefTable): Row[] {
  const n = t.columns.filter(Boolean).length || 1;
  const pad = (cells: string[]) => Array.from({ length: WIDTHS.length }, (_, i) => (i < n ? (cells[i] ?? '') : null));
  return [
    { values: [t.heading, null, null, null, null], formats: Array(WIDTHS.length).fill(STYLE.heading) },
    // No row left is not «none» when the line under the table names what was cut.
    ...(t.rows.length === 0
      ? (t.more ? [] : textRows('Không có.', STYLE.note))
      : [
          { values: pad(t.columns), formats: Array(WIDTHS.length).fill(null).map((_, i) => (i < n ? STYLE.header : null)) },
          ...t.rows.map((r) => ({ values: pad(r), formats: Array(WIDTHS.length).fill(null).map((_, i) => (i < n ? STYLE.cell : null)) })),
        ]),
    ...(t.more ? textRows(t.more, STYLE.note) : []),
    { values: [], formats: [] },
  ];
}

function rowsOf(b: Brief): Row[] {
  return [
    ...textRows(b.title, STYLE.title),
    ...textRows(b.subtitle),
    { values: [], formats: [] },
    { values: ['1. Vị trí', null, null, null, null], formats: Array(WIDTHS.length).fill(STYLE.heading) },
    ...b.standing.flatMap((s) => textRows(s)),
    { values: [], formats: [] },
    ...tableRows(b.changes),
    ...tableRows(b.red),
    { values: ['4. Điều kéo điểm xuống và cần làm gì (theo công thức cổng công bố)', null, null, null, null], formats: Array(WIDTHS.length).fill(STYLE.heading) },
    ...(b.drags.length === 0 ? textRows('Không đơn vị nào đỏ, giảm điểm, hay là đơn vị của tôi.', STYLE.note) : []),
    ...b.drags.flatMap((d) => [...textRows(d.unit, STYLE.unit), ...d.lines.flatMap((l) => textRows(`- ${l}`))]),
    { values: [], formats: [] },
    ...(b.clusters ? tableRows(b.clusters) : []),
    ...b.notes.flatMap((n) => textRows(n, STYLE.note)),
  ];
}

function sheetOf(b: Brief): SheetEdit {
  const rows = rowsOf(b);
  const width = WIDTHS.length;
  const edit = withRowHeights({
    sheet: BRIEF_SHEET,
    mode: 'replace',
    blocks: [{
      address: 'A1',
      values: rows.map((r) => Array.from({ length: width }, (_, i) => r.values[i] ?? null)),
      cellFormats: rows.map((r) => Array.from({ length: width }, (_, i) => r.formats[i] ?? null)),
    }],
    columnWidths: widthsFromA(WIDTHS),
  });
  return withPrintLayout(edit);
}

/**
 * `b` with `drags`, and the note that names what of `whole`'s drags did not fit: said whole where the officer can open
 * it, the brief as a page (.html, never cut); «Bản tin» names no unit's drags.
 */
function withDrags(b: Brief, whole: Brief, drags: Brief['drags']): Brief {
  const nameOf = (d: Brief['drags'][number]) => d.unit.split(' — ')[0];
  const left = whole.drags.slice(drags.length).map(nameOf);
  const part = drags.flatMap((d, i) => (d.lines.length < whole.drags[i]!.lines.length ? [`${whole.drags[i]!.lines.length - d.lines.length} dòng của ${nameOf(d)}`] : []));
  return { ...b, drags, notes: [...whole.notes, `Không đủ chỗ trên một trang cho điều kéo điểm xuống của: ${[...part, ...left].join(', ')} (đủ trong bản .html của báo cáo này).`] };
}

/** A shorter brief than `b` (cut from `whole`): one unit's drags fewer, else a table's last row fewer; undefined when nothing is left to cut. */
function shorter(b: Brief, whole: Brief): Brief | undefined {
  if (b.drags.length > 1) return withDrags(b, whole, b.drags.slice(0, -1));
  // Each table down to three rows, then the changes to none: a row's unit named takes a few words, its row lines.
  for (const [key, floor] of [['changes', 3], ['red', 3], ['changes', 0]] as const) {
    const t = b[key];
    const rows = t.rows.slice(0, -1);
    // The units of the rows cut are named (the red ones and the falls «Bản tin» counts): on 10/9 «5 dòng không đủ chỗ
    // trên một trang» left five of the eight red units unnamed on the printed page. They come first, right under the
    // rows printed, and the table's own «và N đơn vị khác …» after them: never «và … khác» under a heading with no row.
    const cut = whole[key].rows.slice(rows.length).map((r) => r[0]);
    if (t.rows.length > floor) return { ...b, [key]: { ...t, rows, more: `Không đủ chỗ trên một trang cho ${cut.length} dòng: ${cut.join(', ')}${whole[key].more ? `; ${whole[key].more}` : ''}` } };
  }
  return undefined;
}

/** The brief's sheet, cut until it prints on one A4 page at a readable size. */
export function planBrief(brief: Brief): SheetEdit {
  let whole = brief;
  let b = brief;
  let sheet = sheetOf(b);
  while (!sheet.print?.fitToHeight) {
    let next = shorter(b, whole);
    // Past every cut, the red list in fewer lines (every red unit still named), its rows cut again from there.
    if (!next && brief.redShort && whole.red !== brief.redShort) {
      whole = { ...brief, red: brief.redShort };
      next = { ...b, red: brief.redShort };
    }
    // Last, the one unit left keeps fewer lines of what drags it (14/10: ~160 reds named by level, their changes since
    // the day before, and the officer's unit's three lines ran the sheet two rows past one page).
    const [last] = b.drags;
    if (!next && b.drags.length === 1 && last!.lines.length > 1) next = withDrags(b, whole, [{ ...last!, lines: last!.lines.slice(0, -1) }]);
    if (!next) break;
    b = next;
    sheet = sheetOf(b);
  }
  return sheet;
}

/*
Made for: issue 39 item 3 — «a one-page A4 brief for the chairman (.xlsx that prints on one page — planned as core
SheetEdits like core/workbook/plan-*.ts and written by the existing writers)»; printed through LibreOffice in
test/watch/brief-print.test.ts.
*/
