// A line a run says (run-order.ts's `say`), with the place it is about as data, built where the line is made: the
// command line prints `text` as it always has; the pane and the page open `sheet` and `cell` from here, never by
// reading the words — a line names its place in many ways («Trang «Rà soát», cột «Ngày» … (trang «Bản Ta Ma», ô G19, …)»,
// two rows of one vote, a part of «Biểu quyết»), and a line reworded would silently lose its link.
import { z } from 'zod';

// A line naming several cells at once (decisions dated late, each report's «Kỳ báo cáo») is of no one place: it carries
// each as `places`, in the order its words name them, and a face opens each where its words say «ô …».
/** A cell a line names: its sheet, its cell, and its file where the line names one (a place in another workbook). */
export const Place = z.object({ sheet: z.string(), cell: z.string(), file: z.string().optional() });
export type Place = z.infer<typeof Place>;

export const Said = z.object({ text: z.string(), sheet: z.string().optional(), cell: z.string().optional(), places: z.array(Place).optional() });
export type Said = z.infer<typeof Said>;

/** `text` said of `sheet`'s `cell` (none: of no place, or of a sheet as a whole). */
export const said = (text: string, sheet?: string, cell?: string): Said => ({ text, ...(sheet ? { sheet } : {}), ...(cell ? { cell } : {}) });

/**
 * `text` with the places of those of `named` its words name (`words`: how the line names each, its «ô …» among them),
 * in the order the words name them: a line naming the first few of a list names those, not the rest.
 */
export function saidOf(text: string, named: readonly { words: string; place: Place }[]): Said {
  const places = named.filter((n) => text.includes(n.words)).sort((a, b) => text.indexOf(a.words) - text.indexOf(b.words)).map((n) => n.place);
  return { text, ...(places.length > 0 ? { places } : {}) };
}

// Made for the report of the last stop: the pane found a said line's sheet and cell by a regular expression over its words.
