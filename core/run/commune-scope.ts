// Which reports of a run can duplicate each other. A province run has one folder per commune, and
// hamlets of two communes may share a name; but a commune's own folder may hold its whole-commune
// workbook beside a subfolder of unit files (examples/ and examples/bao-cao/). So a report belongs to
// the highest folder above it (or its own) that itself holds reports: sibling folders stay apart,
// nested ones are one commune. Paths as the officer sees them, with / or \ (no file system here).
import type { ScoreCard } from '../scoring/score-card.js';

/** The folder part of a path ('' for a bare name). */
function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '' : cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

export function communeFolder(cards: readonly ScoreCard[]): (card: ScoreCard) => string {
  const folders = new Set(cards.flatMap((c) => (c.file === undefined ? [] : [folderOf(c.file)])));
  return (card) => {
    if (card.file === undefined) return '';
    let commune = folderOf(card.file);
    for (let up = folderOf(commune); ; up = folderOf(up)) {
      if (folders.has(up)) commune = up;
      if (folderOf(up) === up) return commune;
    }
  };
}

// Made for: keeping apart the units of two communes' folders in one run, on every face.
