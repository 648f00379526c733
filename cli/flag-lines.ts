// A unit's flags in `thidua score`'s plain output: where its report is (file, sheet), then each flag on one line —
// its severity, cell, Vietnamese title and words — errors first as the council's view lists them (flagsOfCard), the
// rest in the order the scored sheet and «Rà soát» show them. A unit with many flags shows its first FLAGS_SHOWN and
// says how many more and where they all are, so a batch of many units stays readable.
import { textAfterCell } from '../core/checks/define.js';
import { flagTitle } from '../core/checks/titles.js';
import type { Flag } from '../core/flags/flag.js';
import { whereReported } from '../core/ranking/duplicates.js';
import { flagsOfCard } from '../core/run/open-flags.js';
import type { ScoreCard } from '../core/scoring/score-card.js';
import { SEVERITY_LABEL } from '../core/workbook/plan-scored-sheet.js';
import { oneLine } from './terminal-text.js';

/** Flags printed under a unit before «… và K cảnh báo khác» (said in `thidua score --help`). */
export const FLAGS_SHOWN = 5;

const INDENT = '      ';

/**
 * The lines under a unit with flags (none for a unit without): where it reported, its flags, and past FLAGS_SHOWN
 * how many more, pointing at `allIn` (the unit's scored copy, whose «Cảnh báo» column and «Rà soát» hold them all).
 */
export function flagLines(card: ScoreCard, allIn: string): string[] {
  if (card.flags.length === 0) return [];
  const flags = flagsOfCard(card, []).map((r) => r.flag);
  const more = flags.length - FLAGS_SHOWN;
  return [
    `${INDENT}${oneLine(whereReported(card))}:`,
    ...flags.slice(0, FLAGS_SHOWN).map((f) => `${INDENT}- ${oneLine(flagSaid(f))}`),
    ...(more > 0 ? [`${INDENT}… và ${more} cảnh báo khác: xem ${oneLine(allIn)} (cột Cảnh báo, trang «Rà soát»)`] : []),
  ];
}

/** «Lỗi · ô G19 — Số liệu không đọc được: lỗi Excel #DIV/0! → 0 điểm (…)»: as the council's view says a flag. */
function flagSaid(flag: Flag): string {
  return `${SEVERITY_LABEL[flag.severity]}${flag.cell ? ` · ô ${flag.cell}` : ''} — ${flagTitle(flag.code)}: ${textAfterCell(flag.message, flag.cell)}`;
}

// Made for issue 55's leftover: the plain command-line output listed a unit's count of flags, not the flags.
