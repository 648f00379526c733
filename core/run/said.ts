// A line a run says (run-order.ts's `say`), with the place it is about as data, built where the line is made: the
// command line prints `text` as it always has; the pane and the page open `sheet` and `cell` from here, never by
// reading the words — a line names its place in many ways («Trang «Rà soát», cột «Ngày» … (trang «Bản Ta Ma», ô G19, …)»,
// two rows of one vote, a part of «Biểu quyết»), and a line reworded would silently lose its link.
import { z } from 'zod';

export const Said = z.object({ text: z.string(), sheet: z.string().optional(), cell: z.string().optional() });
export type Said = z.infer<typeof Said>;

/** `text` said of `sheet`'s `cell` (none: of no place, or of a sheet as a whole). */
export const said = (text: string, sheet?: string, cell?: string): Said => ({ text, ...(sheet ? { sheet } : {}), ...(cell ? { cell } : {}) });

// Made for the report of the last stop: the pane found a said line's sheet and cell by a regular expression over its words.
