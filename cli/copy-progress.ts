// What a run says on the terminal while it writes its scored copies: after the read pass's «[n/n]» lines the copies
// take longer than the reading (a province's 4,200 files: ~15 s of its ~22 s), and a run that says nothing then looks hung.
import { formatNumberVi } from '../core/values.js';

/** A pass of this many copies or more says each tenth written (a province's 4,200 took ~15 s after its last «[n/n]»). */
export const COPIES_SAID_BY_TENTHS = 100;

/**
 * What the copies' pass says as it goes, where the read pass said its «[n/n]» lines (more than one file): that it has
 * begun, then, for COPIES_SAID_BY_TENTHS or more, each tenth of the copies done. `index`: the copy just said, in input
 * order, so the lines are the same from run to run.
 */
export function copyProgress(copies: number, files: number, say: (line: string) => void): (index: number) => void {
  if (files <= 1 || copies === 0) return () => {};
  say(`Đang ghi ${formatNumberVi(copies)} bản đã chấm…`);
  if (copies < COPIES_SAID_BY_TENTHS) return () => {};
  const tenths = new Set(Array.from({ length: 9 }, (_, k) => Math.ceil(((k + 1) * copies) / 10)));
  return (index) => {
    if (tenths.has(index + 1)) say(`Bản đã chấm: ${formatNumberVi(index + 1)}/${formatNumberVi(copies)}`);
  };
}

// Made for issue 59: a province's run said nothing between its last «[4200/4200]» and its report.
