// Lượt chấm (the run): the cards of every workbook read, decided together — a unit reported twice is
// flagged and ranked once, a unit missing from the commune's list is flagged, a listed unit without a
// report is «Chưa nộp», the units are ranked per kind and awards proposed within quotas. The command
// line, the task pane and the standalone page decide a run here and nowhere else, so a scored copy,
// `tong-hop.xlsx`, the pane and the page all say the same thing about a unit.
import type { CouncilDecision } from '../council/decision.js';
import type { AwardRound, CriteriaSet } from '../criteria/schema.js';
import { proposeAwards } from '../ranking/awards.js';
import { SELF_SCORE_GAP } from '../checks/self-score-gap.js';
import type { Flag } from '../flags/flag.js';
import { DUPLICATE_REPORT, MIN_MAX_DOUBT, UNLISTED_UNIT } from '../flags/run-flags.js';
import { betweenUnits, scoreBetweenUnits } from './min-max.js';
import { markDuplicates, whereReported, type DuplicateGroup } from '../ranking/duplicates.js';
import { notSubmitted } from '../ranking/not-submitted.js';
import { defaultRound } from '../ranking/rounds.js';
import { flagUnlisted, missingLine, missingReports, withListedDetails, type RosterUnit } from '../ranking/roster.js';
import { rank } from '../ranking/rank.js';
import type { AwardProposal, Ranking } from '../ranking/schema.js';
import type { ScoreCard } from '../scoring/score-card.js';
import type { Omitted } from '../workbook/plan-summary.js';

/** One workbook's share of a run: its cards as scored alone, and its file time when known (which duplicate is later). */
export type RunInput = { cards: readonly ScoreCard[]; fileTime?: number };

export type RunOptions = {
  /** The commune's list of units (`Danh sách đơn vị`); empty: no roster checks. */
  roster?: readonly RosterUnit[];
  decisions?: readonly CouncilDecision[];
  /** Đợt xét: the review round whose forms and quotas apply (the set's default when omitted). */
  round?: AwardRound;
  /** The day the round is scored (YYYY-MM-DD): whether a district form exists (core/ranking/rounds.ts hasDistrictLevel). */
  on?: string;
  /** Which reports can duplicate each other (a province run: one commune folder each); all of them when omitted. */
  scope?: (card: ScoreCard) => string;
  /** Inputs, sheets or cells left out before the run (unreadable files, sheets that are not reports), said first. */
  problems?: readonly Omitted[];
};

export type Run = {
  round: AwardRound;
  /** Every card with the run's flags, in input order. */
  cards: ScoreCard[];
  /** The same cards by input: `byInput[i]` are input i's, in its order. */
  byInput: ScoreCard[][];
  groups: DuplicateGroup[];
  ranking: Ranking;
  proposals: AwardProposal[];
  /** Units scored but not ranked (duplicates left out, «Chưa nộp», listed units without a report). */
  omittedUnits: Omitted[];
  /** Everything not scored or not ranked, with why: the problems given, then the units. */
  omitted: Omitted[];
};

export function decideRun(set: CriteriaSet, inputs: readonly RunInput[], opts: RunOptions = {}): Run {
  const roster = opts.roster ?? [];
  const round = opts.round ?? defaultRound(set);
  // A card scored again carries no run flag of an earlier decision: the run gives them afresh.
  const across = new Set(betweenUnits(set).map((c) => c.code));
  const fresh = inputs.flatMap((input) => input.cards.map((c) => withoutRunFlags(c, across)));
  const times = inputs.flatMap((input) => input.cards.map(() => input.fileTime));
  const listed = withListedDetails(roster, flagUnlisted(roster, fresh));
  const timeOf = new Map(listed.map((c, i) => [c, times[i]]));
  const deduped = markDuplicates(listed, (c) => timeOf.get(c), opts.scope);
  // Points given between the units (Min-Max) once every report is read, among the units ranked together.
  const scored = scoreBetweenUnits(set, deduped.cards, new Set(deduped.ranked.filter((c) => !notSubmitted(c))));
  const again = new Map(deduped.cards.map((c, i) => [c, scored[i]!]));
  const marked = { ...deduped, cards: scored, ranked: deduped.ranked.map((c) => again.get(c)!) };
  const toRank = marked.ranked.filter((c) => !notSubmitted(c));
  const ranking = rank(set, toRank);
  const proposals = proposeAwards(set, toRank, { round, ...(opts.on !== undefined ? { on: opts.on } : {}), ...(opts.decisions ? { decisions: opts.decisions } : {}) });
  const omittedUnitLines = [...omittedUnits(marked.cards, marked.groups), ...missingReports(roster, marked.cards).map(missingLine)];
  const byInput: ScoreCard[][] = [];
  let next = 0;
  for (const input of inputs) {
    byInput.push(marked.cards.slice(next, next + input.cards.length));
    next += input.cards.length;
  }
  return {
    round,
    cards: marked.cards,
    byInput,
    groups: marked.groups,
    ranking,
    proposals,
    omittedUnits: omittedUnitLines,
    omitted: [...(opts.problems ?? []), ...omittedUnitLines],
  };
}

function withoutRunFlags(card: ScoreCard, across: ReadonlySet<string>): ScoreCard {
  const isRunFlag = (f: Flag) => RUN_DECIDES.includes(f.code) || (f.code === SELF_SCORE_GAP.id && f.criterion !== undefined && across.has(f.criterion));
  return card.flags.some(isRunFlag) ? { ...card, flags: card.flags.filter((f) => !isRunFlag(f)) } : card;
}

/** The flags a run gives afresh: a duplicate, a unit off the list, Min-Max's doubts (and its self-score gaps). */
const RUN_DECIDES: readonly string[] = [DUPLICATE_REPORT, UNLISTED_UNIT, MIN_MAX_DOUBT];

/** The units scored but not ranked: duplicates left out (with the report ranked instead) and «Chưa nộp». */
export function omittedUnits(cards: readonly ScoreCard[], groups: readonly DuplicateGroup[]): Omitted[] {
  return [
    ...groups.flatMap((g) => g.dropped.map((d) => ({ what: `${g.unitName} (${whereReported(d)})`, why: `báo cáo trùng: xếp hạng bản ở ${whereReported(g.kept)} — ${g.why}` }))),
    ...cards.filter(notSubmitted).map((c) => ({ what: `${c.unitName} (${whereReported(c)})`, why: 'Chưa nộp: báo cáo còn để trống, không xếp hạng, không đề xuất' })),
  ];
}

// Made for: one decision of a run (duplicates, roster, «Chưa nộp», ranking per kind, proposals within
// quotas, what was left out and why) shared by the command line, the task pane and the standalone page.
