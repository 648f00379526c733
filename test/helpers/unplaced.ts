// The promise of core/run/said.ts, checked on a face's lines: a line whose words name a cell («ô G19», «ô E9:G9») opens
// one of the cells it names, from its data — never a line that names a place the pane cannot open.
import type { Said } from '../../core/run/said.js';

/** Words naming a cell of a sheet: «ô G19», «ô E9:G9» (a letter before «ô» makes it another word). */
const CELL_NAMED = /(?<!\p{L})ô [A-Z]{1,3}\d+/u;

/** Whether the words of `line` name a cell. */
export const namesCell = (line: Pick<Said, 'text'>): boolean => CELL_NAMED.test(line.text);

/** Whether `line` carries a place its words name: its own cell, or each of its places («ô …» of each, in its words). */
const placed = (l: Said): boolean => Boolean(l.sheet && l.cell && l.text.includes(l.cell)) || Boolean(l.places?.length && l.places.every((p) => l.text.includes(`ô ${p.cell}`)));

/** The lines whose words name a cell with no place given among them: each is a line the pane shows as words alone. */
export const unplaced = (lines: readonly Said[]): string[] => lines.filter((l) => namesCell(l) && !placed(l)).map((l) => l.text);

// Made for the stop of 01/12/2026: lines of a run and of a closing changed since named a cell in words the pane could
// not open (what changed since closing, a choice kept between the face and the sheet).
