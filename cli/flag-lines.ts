// A unit's flags in `thidua score`'s plain output: where its report is (file, sheet), then each flag on one line —
// its severity, cell, Vietnamese title and words — errors first as the council's view lists them (flagsOfCard), the
// rest in the order the scored sheet and «Rà soát» show them. A unit with many flags shows its first FLAGS_SHOWN and
// says how many more and where they all are, so a batch of many units stays readable.
import { textAfterCell } from '../core/checks/define.js';
import { flagTitle } from '../core/checks/titles.js';
import type { Flag } from '../core/flags/flag.js';
import { whereReported } from '../core/ranking/duplicates.js';
import { REVIEW_STATE_LABEL, type CouncilDecision } from '../core/council/decision.js';
import { flagsOfCard, type ReviewedFlag } from '../core/run/open-flags.js';
import type { ScoreCard } from '../core/scoring/score-card.js';
import { SEVERITY_LABEL } from '../core/workbook/plan-scored-sheet.js';
import { DECISION_LABEL, REVIEW_SHEET } from '../core/workbook/plan-review.js';
import { oneLine } from './terminal-text.js';

/** Flags printed under a unit before «… và K cảnh báo khác» (said in `thidua score --help`). */
export const FLAGS_SHOWN = 5;

/** Where the lines under a unit start (its flags, its groups counted at their maximum). */
export const INDENT = '      ';
/** Where a line of the block goes on when it wraps: under the words of its first line, past the flag's «- ». */
export const HANGING = `${INDENT}  `;

/** The width the lines wrap at: the terminal's, 100 when the output is no terminal (a file, a pipe). */
export const outputWidth = (): number => (process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 100);

/**
 * The lines under a unit with flags (none for a unit without): where it reported, its flags with what the council
 * decided on each (`decisions`, read from «Rà soát»), and past FLAGS_SHOWN how many more, pointing at `allIn` (the
 * unit's scored copy, or tong-hop.xlsx when its copy was not written, whose «Cảnh báo» column and «Rà soát» — under
 * the name `review` it has there, the council's where it renamed it — hold them all). Each wraps at `width` under a hanging indent, so a
 * long criterion title does not run past the screen's edge.
 */
export function flagLines(card: ScoreCard, allIn: { file: string; review?: string | undefined }, width: number, decisions: readonly CouncilDecision[] = []): string[] {
  if (card.flags.length === 0) return [];
  const flags = flagsOfCard(card, decisions);
  const more = flags.length - FLAGS_SHOWN;
  return [
    ...wrap(`${oneLine(whereReported(card))}:`, INDENT, width),
    ...flags.slice(0, FLAGS_SHOWN).flatMap((r) => wrap(oneLine(`${flagSaid(r.flag)}${councilSaid(r)}`), `${INDENT}- `, width)),
    ...(more > 0 ? wrap(`… và ${more} cảnh báo khác: xem ${oneLine(allIn.file)} (cột Cảnh báo, trang «${oneLine(allIn.review ?? REVIEW_SHEET)}»)`, INDENT, width) : []),
  ];
}

/**
 * `text` after `first`, broken into lines of at most `width` only where it has a space — never within a word, a
 * code, a cell («ô G19» kept whole) or a path — the lines after the first under HANGING. A word longer than a line
 * stands alone on its own. The words joined back by a space are `text` as it was.
 */
export function wrap(text: string, first: string, width: number): string[] {
  const words: string[] = [];
  // Two spaces in a row keep their empty word on the word before, so the text joins back as written.
  for (const w of text.split(' ')) {
    if (words.length > 0 && (w === '' || words.at(-1) === 'ô' || words.at(-1)!.endsWith(' '))) words[words.length - 1] += ` ${w}`;
    else words.push(w);
  }
  const lines: string[] = [];
  let line = `${first}${words[0] ?? ''}`;
  for (const w of words.slice(1)) {
    if (line.length + 1 + w.length > width) {
      lines.push(line);
      line = `${HANGING}${w}`;
    } else line += ` ${w}`;
  }
  return [...lines, line];
}

/** « [Hội đồng: Bác số liệu]», « [Hội đồng: Giải trình, chờ giải trình]»: where the council's review of a flag stands. */
function councilSaid({ decision, state }: ReviewedFlag): string {
  if (!decision || !state) return '';
  const last = decision.second?.decision ?? decision.decision;
  return ` [Hội đồng: ${DECISION_LABEL[last]}${state === 'decided' ? '' : `, ${REVIEW_STATE_LABEL[state]}`}]`;
}

/** «Lỗi · ô G19 — Số liệu không đọc được: lỗi Excel #DIV/0! → 0 điểm (…)»: as the council's view says a flag. */
function flagSaid(flag: Flag): string {
  return `${SEVERITY_LABEL[flag.severity]}${flag.cell ? ` · ô ${flag.cell}` : ''} — ${flagTitle(flag.code)}: ${textAfterCell(flag.message, flag.cell)}`;
}

// Made for issue 55's leftover: the plain command-line output listed a unit's count of flags, not the flags; then a
// flag with a long criterion title ran to 200 characters and more on one line.
