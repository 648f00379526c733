// A line a run or a closing says (core/run/said.ts), drawn where the pane lists it: a link that opens its place when it
// has one and the face can open it (`selectCell`), else its words. One drawing for the notice and the closing's alert,
// so a line opens its place wherever the officer meets it.
import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Said } from '../../core/run/said.js';

/** `selectCell`: how the face opens a place of the workbook it works on; none where the lines are of other files. */
export function SaidLine({ line, selectCell }: { line: Said; selectCell?: (sheet: string, cell: string) => void }) {
  const { text, sheet, cell } = line;
  if (sheet && cell && selectCell) return <Link onClick={() => selectCell(sheet, cell)}>{text}</Link>;
  // A line naming several cells: the words as they are, each «ô …» of a place in this workbook a link (one of another file stays words).
  const places = selectCell ? (line.places ?? []).filter((p) => !p.file) : [];
  const pieces: ReactNode[] = [];
  let from = 0;
  for (const [i, p] of places.entries()) {
    const named = `ô ${p.cell}`;
    const at = text.indexOf(named, from);
    if (at < 0) continue;
    pieces.push(text.slice(from, at), <Link key={i} onClick={() => selectCell!(p.sheet, p.cell)}>{named}</Link>);
    from = at + named.length;
  }
  return <>{[...pieces, text.slice(from)]}</>;
}

// Made for the stop of 01/12/2026: the closing's «changed since closing» alert listed lines naming «Trang «…», ô …» as
// words alone, though they carried their place.
