// A line a run or a closing says (core/run/said.ts), drawn where the pane lists it: a link that opens its place when it
// has one and the face can open it (`selectCell`), else its words. One drawing for the notice and the closing's alert,
// so a line opens its place wherever the officer meets it.
import { Link } from '@fluentui/react-components';
import type { Said } from '../../core/run/said.js';

/** `selectCell`: how the face opens a place of the workbook it works on; none where the lines are of other files. */
export function SaidLine({ line, selectCell }: { line: Said; selectCell?: (sheet: string, cell: string) => void }) {
  const { text, sheet, cell } = line;
  return sheet && cell && selectCell ? <Link onClick={() => selectCell(sheet, cell)}>{text}</Link> : <>{text}</>;
}

// Made for the stop of 01/12/2026: the closing's «changed since closing» alert listed lines naming «Trang «…», ô …» as
// words alone, though they carried their place.
