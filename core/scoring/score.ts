// Chấm điểm (scoring) one unit report against a criteria set: per criterion the points and a one-line
// Vietnamese reason, the totals and the classification. The checks run after it (checks/run.ts), on what
// it read. Pure: no clock, no I/O.
import { percentOf } from './percent-of.js';
import { finalDecision, type CouncilDecision } from '../council/decision.js';
import type { CriteriaGroup, CriteriaSet, Criterion, SubjectKind } from '../criteria/schema.js';
import type { ReportRow, UnitReport } from '../report/schema.js';
import { reportedPeriod } from '../report/period.js';
import { normalizeLabel, parseAddress } from '../text.js';
import { cellText } from '../values.js';
import {
  pointsNumber,
  classifyPercent,
  type CriterionRows,
  codeOf,
  codesByKey,
  countedEach,
  findCriterionRows,
  gateMet,
  readCriterionValue,
  reportKind,
  type Reading,
  unreadGives,
} from './classify.js';
import { applyRule } from '../criteria/rules/index.js';
import { scoreItemLines } from './item-lines.js';
import { applySanctions } from './sanction.js';
import { cappedParts } from './capped-parts.js';
import { overTotalCap } from './total-cap.js';
import { capitalize, pointsOf, roundPoints } from '../criteria/rules/reason.js';
import type { CriterionScore, GroupCap, ScoreCard, ScoreOptions } from './score-card.js';
import { appliesFor, planOf, ruleScore, type SetPlan } from './set-plan.js';

/** A criterion the unit reported on a row and that counts for it, with its score, row and what the row gives it (readCriterionValue). */
export type ReportedCriterion = { criterion: Criterion; score: CriterionScore; row: ReportRow; reading: Reading };

/**
 * How a unit whose report names none is named wherever units are listed: «(chưa ghi tên đơn vị — trang «Bản Hua Ca»)»,
 * never an empty name ranked «1. : 98/100» and proposed for a Bằng khen with no one named (an officer's walk).
 */
export const unnamedUnit = (sheet: string) => `(chưa ghi tên đơn vị — trang «${sheet}»)`;
/** The unit a report names, or its sheet's when its «Tên đơn vị» is blank. */
export const unitNameOf = (report: UnitReport): string => cellText(report.unitName?.raw) || unnamedUnit(report.sheet);

/**
 * A score card before the checks (its flags empty), with the rows it found for the criteria (`rows`) and the criteria
 * it scored from a row (`reported`, in the set's order), handed to the checks so they need not find the rows and read
 * them again; `reported` left out when two criteria of the set share a code (the checks then find them by code, as
 * they always have).
 */
export type ScoredCriteria = { card: ScoreCard; rows: CriterionRows; reported?: readonly ReportedCriterion[] };

export function scoreCriteria(set: CriteriaSet, report: UnitReport, opts: ScoreOptions = {}): ScoredCriteria {
  const kind = reportKind(set, report);
  const unitName = unitNameOf(report);
  const rows = findCriterionRows(set, report);
  const rejected = rejectedCodes(set, report, unitName, opts.decisions ?? []);

  const plan = planOf(set);
  const criteria: CriterionScore[] = [];
  const reported: ReportedCriterion[] | undefined = plan.codesUnique ? [] : undefined;
  const toKind = appliesFor(set, plan, kind?.id);
  for (let i = 0; i < set.criteria.length; i++) {
    const criterion = set.criteria[i]!;
    const row = rows.byCode.get(criterion.code);
    // A unit of unknown kind is held to the shared criteria and to whatever else it reported.
    const applies = toKind[i]! || (kind === undefined && row !== undefined);
    if (applies) {
      const reading = row ? readCriterionValue(criterion, row, report.columns) : undefined;
      const score = scoreCriterion(set, plan, i, row, reading, rejected.size !== 0 && rejected.has(criterion.code));
      // Only an item with lines of its own has any to score: the others skip the call, on every criterion of every report.
      const own = criterion.own && scoreItemLines(criterion, score, rows.lines, report.columns);
      // Said on the item's own line of the card, wherever its reason is shown.
      if (own) Object.assign(score, { own, reason: `${score.reason}; ${own.reason}` });
      criteria.push(score);
      if (reported && row && reading && score.status !== 'not_assigned') reported.push({ criterion, score, row, reading });
    }
    else if (row) criteria.push(notApplicable(criterion, row, kind));
  }

  const submitted = report.submittedAt?.value;
  // Made field by field in the card's order, not with spreads for the optional ones (each a temporary object, for every card).
  const card = { sheet: report.sheet } as ScoreCard;
  if (report.file !== undefined) card.file = report.file;
  card.unitName = unitName;
  card.unitKind = kind?.id ?? null;
  card.criteriaSet = { id: set.id, version: set.version };
  card.submittedAt = submitted?.kind === 'date' ? submitted.value : null;
  const period = reportedPeriod(report.period);
  if (period) card.period = period;
  counted(set, card, criteria);
  card.flags = [];
  return reported ? { card, rows, reported } : { card, rows };
}

/**
 * A card with its criteria's points given again (the run's Min-Max pass, core/run/min-max.ts): its totals,
 * percentage, band, sanctions and gates counted from them as scoring counts them, its unit, dates and flags kept.
 */
export function withCriteria(set: CriteriaSet, card: ScoreCard, criteria: CriterionScore[]): ScoreCard {
  // What counting sets only when there is some is left out, the rest counted again in place.
  const { recorded: _r, totalBefore: _t, caps: _c, sanction: _s, granted: _g, ...kept } = card;
  const again: ScoreCard = { ...kept };
  counted(set, again, criteria);
  return again;
}

/** The card's criteria and what they count to, set field by field in the card's order: totals, percentage, band, gates. */
function counted(set: CriteriaSet, card: ScoreCard, criteria: CriterionScore[]): void {
  const plan = planOf(set);
  const { base, bonus, deduction, total, recorded, granted, applicableMax, percent, selfTotal, caps } = totalsOf(set, plan, criteria);
  // What the council's «Bác số liệu» took: the total the unit had before it (the minutes say before → after).
  const totalBefore = withdrew(criteria) ? totalsOf(set, plan, criteria.map((c) => (c.before === undefined ? c : { ...c, points: c.before }))).total : undefined;
  // The table's sanctions on a unit whose deduction was taken cap or lower the band its percentage reached (./sanction.ts).
  // Most sets carry no sanctions, and no group a maximum can hold (totalsOf): those steps are not called for their cards.
  const reached = classifyPercent(set, percent);
  const { band, sanction } = plan.sanctioned.size === 0 ? { band: reached, sanction: undefined } : applySanctions(set, criteria, reached);
  // A set has a few gates: looked up among the scores (the last of a code, as a map of them kept), not through a map of every score made for each card.
  let gatesMet = 0;
  for (const code of plan.gateCodes) {
    const s = lastOfCode(criteria, code);
    if (s !== undefined && gateMet(s)) gatesMet++;
  }
  card.criteria = criteria;
  card.base = base;
  if (granted > 0) card.granted = granted;
  card.bonus = bonus;
  card.deduction = deduction;
  card.total = total;
  if (recorded !== undefined) card.recorded = recorded;
  if (totalBefore !== undefined) card.totalBefore = totalBefore;
  if (caps.length > 0) card.caps = caps;
  card.applicableMax = applicableMax;
  card.percent = percent;
  card.selfTotal = selfTotal;
  card.classification = band ? { id: band.id, label: band.label } : null;
  if (sanction) card.sanction = sanction;
  card.gatesMet = gatesMet;
}

/** Whether the council's «Bác số liệu» took points from a criterion: a loop, no closure made for each card (issue 59). */
function withdrew(criteria: readonly CriterionScore[]): boolean {
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i]!;
    if (c.before !== undefined && c.before !== c.points) return true;
  }
  return false;
}

/** The last score of a code, searched from the end without a closure made for each gate of each card. */
function lastOfCode(criteria: readonly CriterionScore[], code: string): CriterionScore | undefined {
  for (let i = criteria.length - 1; i >= 0; i--) if (criteria[i]!.code === code) return criteria[i];
  return undefined;
}

/** The totals over the criteria that count (applicable and assigned), in one pass. */
function totalsOf(set: CriteriaSet, plan: SetPlan, criteria: readonly CriterionScore[]) {
  // Six plain counters and an indexed loop: a destructured array literal and a for-of each step through the iterator
  // protocol in V8's first tiers, on every report of a run's first workbooks.
  let basePoints = 0, bonusPoints = 0, deductionPoints = 0, maxPoints = 0, selfPoints = 0, withSelf = 0;
  // A bonus the set records beside the official total («ghi nhận, không cộng vào tổng»): counted apart, never added.
  let recordedPoints: number | undefined;
  // A frame granted by default is the unit's when any of its rows applies to it: its points in the base and the
  // maximum, its rows' deductions taken as every deduction is, at most the frame (capped-parts.ts).
  let grantedPoints = 0;
  const frames = plan.granted.size === 0 ? undefined : new Set<string>();
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i]!;
    if (c.status === 'not_applicable' || c.status === 'not_assigned') continue;
    if (frames && plan.granted.has(c.group) && !frames.has(c.group)) {
      frames.add(c.group);
      grantedPoints += plan.granted.get(c.group)!;
    }
    if (c.recorded) recordedPoints = (recordedPoints ?? 0) + c.points;
    else if (c.rule === 'bonus') bonusPoints += c.points;
    else if (c.rule === 'deduction') deductionPoints -= c.points;
    else {
      basePoints += c.points;
      maxPoints += c.max;
    }
    if (c.selfScore !== null && !c.recorded) {
      withSelf++;
      selfPoints += c.rule === 'deduction' ? -Math.abs(c.selfScore) : c.selfScore;
    }
    // An item's own lines: outside its base points, as bonus and deductions are.
    if (c.own) {
      bonusPoints += c.own.bonus;
      deductionPoints += c.own.deduction;
      for (const l of c.own.lines) {
        if (l.selfScore === null) continue;
        withSelf++;
        selfPoints += l.kind === 'deduction' ? -Math.abs(l.selfScore) : l.selfScore;
      }
    }
  }
  // Each group whose points are cut below what its rows add, kept to be said wherever the rows' points are listed.
  const caps: GroupCap[] = [];
  // A part whose stated maximum is below what its rows add up to counts at most that maximum, as the table states. Most
  // sets have no group a maximum can hold: for those no loop is entered (a for-of makes an iterator on every card).
  if (plan.cappedGroups.length !== 0) for (const { group, part, max, summed, maxSum } of cappedParts(set, criteria)) {
    if (part === 'item') {
      if (summed > max + 1e-9) caps.push(capOf(group, max, 'item', summed));
      basePoints -= summed - Math.min(summed, max);
      maxPoints -= maxSum - max;
      continue;
    }
    const over = summed - max;
    if (over <= 1e-9) continue;
    caps.push(capOf(group, max, part, summed));
    if (part === 'recorded') recordedPoints! -= over;
    else if (part === 'bonus') bonusPoints -= over;
    else deductionPoints -= over;
  }
  basePoints += grantedPoints;
  maxPoints += grantedPoints;
  const base = roundPoints(basePoints);
  const bonus = roundPoints(bonusPoints);
  const deduction = roundPoints(deductionPoints);
  let total = roundPoints(base + bonus - deduction);
  // A total past the cap the table states counts the cap, said with the groups' caps (./total-cap.ts).
  const over = set.totalCap && overTotalCap(set.totalCap, total, bonus);
  if (over) {
    caps.push(over);
    total = over.counted;
  }
  const recorded = recordedPoints === undefined ? undefined : roundPoints(recordedPoints);
  // No more than the cap can be reached: a form of sections adding to 130 «tối đa không quá 100 điểm» is scored of 100.
  const applicableMax = roundPoints(set.totalCap ? Math.min(maxPoints, set.totalCap.maxPoints) : maxPoints);
  // Deductions may take the total below zero; the percentage stops at 0.
  const percent = percentOf(total, applicableMax, plan.thresholds);
  // The unit's own total counts the granted frames as the form does (A + B + C): its deductions are in its self-scores.
  const selfTotal = withSelf === 0 ? null : roundPoints(selfPoints + grantedPoints);
  return { base, bonus, deduction, total, recorded, granted: roundPoints(grantedPoints), applicableMax, percent, selfTotal, caps };
}

function capOf(group: CriteriaGroup, max: number, part: GroupCap['part'], summed: number): GroupCap {
  return { group: group.id, title: group.title, part, summed: roundPoints(summed), counted: max };
}

type Outcome = Pick<CriterionScore, 'status' | 'value' | 'met' | 'points' | 'reason'> & { before?: number };

function criterionScore(criterion: Criterion, row: ReportRow | undefined, outcome: Outcome): CriterionScore {
  const evidence = cellText(row?.evidence?.raw);
  const score: CriterionScore = {
    code: criterion.code,
    title: criterion.title,
    group: criterion.group,
    rule: criterion.rule.kind,
    status: outcome.status,
    value: outcome.value,
    met: outcome.met,
    points: outcome.points,
    max: criterion.maxPoints,
    selfScore: selfScoreOf(row),
    reason: outcome.reason,
    row: row?.row ?? null,
  };
  // Added field by field, not spread: this runs for every criterion of every unit (spreads were its largest cost).
  if (outcome.before !== undefined) score.before = outcome.before;
  if (evidence) score.evidence = evidence;
  if (criterion.rule.kind === 'bonus' && criterion.rule.recorded) score.recorded = true;
  // Where a gap between the unit's own points and those the run gives it between the units is said (core/run/min-max.ts).
  if (criterion.rule.kind === 'min_max' && row?.selfScore) score.selfScoreCell = row.selfScore.address;
  return score;
}

function scoreCriterion(
  set: CriteriaSet,
  plan: SetPlan,
  index: number,
  row: ReportRow | undefined,
  reading: Reading | undefined,
  rejected: boolean,
): CriterionScore {
  const criterion = set.criteria[index]!;
  if (!row || !reading) return criterionScore(criterion, row, zero(criterion, 'missing', 'Không có trong báo cáo'));

  let outcome: Outcome;
  switch (reading.kind) {
    case 'not_assigned':
      return criterionScore(criterion, row, {
        status: 'not_assigned',
        value: null,
        met: null,
        points: 0,
        reason: 'Không được giao → không tính vào tổng điểm tối đa',
      });
    case 'missing':
      outcome = zero(criterion, 'missing', capitalize(reading.what));
      break;
    case 'invalid':
      outcome = zero(criterion, 'invalid', `Ô ${reading.cell}: ${reading.problem}`, unreadGives(criterion, pointsOf(0, criterion.maxPoints)));
      break;
    case 'value': {
      const asPoints = reading.byHand ? pointsTyped(criterion) : undefined;
      const ruled = asPoints ? applyRule(asPoints, reading.value) : ruleScore(plan, index, criterion, reading.value);
      const note = reading.note ? ` (${reading.note})` : '';
      // Points typed for a per-occurrence bonus or deduction say no count: the criterion's figure stays unknown.
      outcome = { status: 'scored', value: asPoints ? null : reading.value, met: ruled.met, points: roundPoints(ruled.points), reason: `${ruled.reason}${note}` };
      break;
    }
  }
  if (rejected) {
    outcome =
      set.council.onRejectedFigure === 'withdraw_points'
        ? { ...outcome, status: 'rejected', points: 0, before: outcome.points, reason: `Hội đồng bác số liệu → ${pointsOf(0, criterion.maxPoints)} (trước đó: ${outcome.reason})` }
        : { ...outcome, status: 'rejected', reason: `${outcome.reason}; Hội đồng bác số liệu → không xét khen thưởng` };
  }
  return criterionScore(criterion, row, outcome);
}

/** No points, and why. */
function zero(criterion: Criterion, status: Outcome['status'], why: string, gives = pointsOf(0, criterion.maxPoints)): Outcome {
  return { status, value: null, met: null, points: 0, reason: `${why} → ${gives}` };
}

/** A bonus or deduction counted per occurrence, scored on points typed by hand: the points as they are, not counted again. */
function pointsTyped(criterion: Criterion): Criterion | undefined {
  if (!countedEach(criterion)) return undefined;
  const { pointsEach: _, ...plain } = criterion.rule;
  return { ...criterion, rule: plain };
}

function notApplicable(criterion: Criterion, row: ReportRow, kind: SubjectKind | undefined): CriterionScore {
  return criterionScore(criterion, row, {
    status: 'not_applicable',
    value: null,
    met: null,
    points: 0,
    reason: `Không áp dụng cho loại đơn vị ${kind?.label ?? 'này'}`,
  });
}

function selfScoreOf(row: ReportRow | undefined): number | null {
  const n = pointsNumber(row?.selfScore);
  return typeof n === 'number' ? n : null;
}

/** Codes of the criteria whose figure the council rejected for this unit (by criterion, or by the cell's row). */
function rejectedCodes(set: CriteriaSet, report: UnitReport, unitName: string, decisions: CouncilDecision[]): ReadonlySet<string> {
  // Most runs have no council decisions yet: nothing to look through, nothing made.
  if (decisions.length === 0) return NONE_REJECTED;
  const out = new Set<string>();
  const rejections = decisions.filter((d) => finalDecision(d) === 'reject' && isForReport(d, report, unitName));
  if (rejections.length === 0) return out;
  const codeOfKey = codesByKey(set);
  const codeOfRow = new Map(report.rows.map((r) => [r.row, codeOf(codeOfKey, cellText(r.code.raw))]));
  for (const d of rejections) {
    const row = d.cell ? parseAddress(d.cell)?.row : undefined;
    const code = d.criterion ? codeOf(codeOfKey, d.criterion) : row !== undefined ? codeOfRow.get(row) : undefined;
    if (code) out.add(code);
  }
  return out;
}

const NONE_REJECTED: ReadonlySet<string> = new Set();

/** Whether a council decision is about this report (same sheet, same unit). */
export function isForReport(decision: Pick<CouncilDecision, 'sheet' | 'unitName'>, report: Pick<UnitReport, 'sheet'>, unitName: string): boolean {
  return decision.sheet === report.sheet && normalizeLabel(decision.unitName) === normalizeLabel(unitName);
}
