// A table with no number anywhere whose rows fall into runs, each opened by a row worth exactly what the rows under it
// add up to (an officer's copy of a sectioned table with its STT column left out: «Ứng dụng CNTT trong … | 30» over
// five items adding up to 30, then «… quản lý, điều hành | 30» over its own…). Read row by row, every heading is a
// criterion too and the set counts each point twice — with every figure agreeing, for each row is read as written.
// Nothing in such a table tells a heading from a criterion but the figures, and a flat list may add up so by chance:
// the runs are found and said as a doubt, never read into parts by a guess.

/** The most rows of such a table walked (each row a step deeper). */
const LONGEST = 400;

/** A run: the row opening it and its last row (indices into the rows' points). */
export type Run = { head: number; last: number };

/**
 * The runs from the first row on, one after another, each a row worth exactly the rows after it up to its last, when
 * there are two or more: the longest chain (the rest of the list may not split so: a section written 10 over items
 * adding up to 12 ends it). None otherwise.
 */
export function summedHeads(points: readonly number[]): Run[] | undefined {
  if (points.length < 4 || points.length > LONGEST) return undefined;
  // From row k: the longest chain of runs starting there (memoised: each start is tried once).
  const from = new Map<number, Run[]>();
  const chain = (k: number): Run[] => {
    if (k >= points.length || points[k]! <= 0) return [];
    if (from.has(k)) return from.get(k)!;
    let best: Run[] = [];
    for (let j = k + 1, sum = 0; j < points.length && sum < points[k]! - 1e-9; j++) {
      sum += points[j]!;
      if (Math.abs(sum - points[k]!) > 1e-9) continue;
      const rest = chain(j + 1);
      if (rest.length + 1 > best.length) best = [{ head: k, last: j }, ...rest];
    }
    from.set(k, best);
    return best;
  };
  const runs = chain(0);
  return runs.length >= 2 ? runs : undefined;
}

// Made for an officer's copy of a school IT table with its numbers left out (the STT column deleted): its four section
// rows read as criteria beside their items, the set worth 202 where the table gives 100, every figure said to agree.
