// The set prepared once (issue 59): what scoring and its checks ask of a criteria set on every report — its codes by
// key and the codes units type, the items' own lines, its numbering, which criteria apply to each kind, the kinds typed,
// its gates, bands, sanctions and the groups a maximum can cap — worked out when the set is first scored and kept
// together. A cache of the set, never a second source: each field is derived from the set (sets are not changed once
// read). Why one object: each report is scored right after a workbook is read, with scoring's data out of the
// processor's caches; a dozen per-set caches, each a hash table of its own, cost a dozen cold lookups a report.
import type { CriteriaGroup, CriteriaSet, Criterion, SubjectKind } from '../criteria/schema.js';
import { resolveKind } from '../criteria/kinds.js';
import { applyRule, type RuleScore } from '../criteria/rules/index.js';
import { normalizeLabel } from '../text.js';

/** A code as typed: its key (codeKey) and the set's code it stands for. */
export type TypedCode = { key: string; code: string | undefined };

export type SetPlan = {
  /** The set's codes by key (codesByKey). */
  codes: Map<string, string>;
  /** The codes units typed, folded and looked up once each (typedCode); bounded. */
  typed: Map<string, TypedCode>;
  /** The codes of the items' own lines by codeKey. */
  lineCodes: Map<string, string>;
  /** Each criterion's level prefix («a1.», its codeKey and a dot) in the set's order, and the letters that head items. */
  numbering: { prefixes: { criterion: Criterion; prefix: string }[]; sections: Set<string> };
  /** The criteria by code; where two share a code, the last (as the checks find them by code). */
  byCode: Map<string, Criterion>;
  /** Whether no two criteria share a code. */
  codesUnique: boolean;
  /** Which criteria (by their index in the set) apply to a kind, by the kind's id; '' for a unit of unknown kind. */
  applies: Map<string, readonly boolean[]>;
  /** The kinds the units typed, as resolveKind reads them; bounded. */
  kinds: Map<string, SubjectKind | undefined>;
  /** Codes of the gate criteria of every award form, each once, in the set's order. */
  gateCodes: readonly string[];
  /** The bands' lowest percentages, best band first, which a percentage is never rounded up onto (percent-of.ts). */
  thresholds: readonly number[];
  /** The criteria carrying a sanction, by code. */
  sanctioned: ReadonlyMap<string, Criterion>;
  /** The groups whose maximum can hold their rows below what they add (capped-parts.ts); the others never can. */
  cappedGroups: readonly CriteriaGroup[];
  /** The frames granted by default (CriteriaGroup.granted), by id, with their points: in the base of a unit they apply to. */
  granted: ReadonlyMap<string, number>;
  /** Each criterion's rule scores of the figures units reported (ruleScore), by the criterion's index in the set; bounded. */
  ruled: Map<number, RuleScore>[];
  /**
   * The codes whose self-score a sheet states as the item's own, not as a sum of the rows under it (self-score-total):
   * an item scored by levels or with lines of its own, and each code a bonus or deduction criterion's code is numbered
   * under («3» of «3.b»).
   */
  scoredAsOne: ReadonlySet<string>;
};

/** The set's plan, made when the set is first asked for. The last set asked is kept at hand: a run scores one set. */
export function planOf(set: CriteriaSet): SetPlan {
  if (set === last?.set) return last.plan;
  let plan = plans.get(set);
  if (!plan) plans.set(set, (plan = makePlan(set)));
  last = { set, plan };
  return plan;
}
const plans = new WeakMap<CriteriaSet, SetPlan>();
let last: { set: CriteriaSet; plan: SetPlan } | undefined;

/** A criterion code compared the way officers mean it: "cqs-03 " is "CQS-03". */
export function codeKey(code: string): string {
  // normalizeLabel leaves single plain spaces as the only white space.
  const label = normalizeLabel(code);
  return label.includes(' ') ? label.replaceAll(' ', '') : label;
}

/** A code as typed, case and spaces aside: «1.đ» and «1.d» stay two items of a table lettered the Vietnamese way. */
export function exactKey(code: string): string {
  // Most codes typed are plain ASCII without spaces («1.2», «CQS-03»), where NFC and the Vietnamese lower case change
  // nothing but the letters' case: those skip the general way (every row of every report asks, twice or more).
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return code.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, '');
  }
  return code.toLowerCase();
}

function makePlan(set: CriteriaSet): SetPlan {
  const keys = set.criteria.map((criterion) => ({ criterion, key: codeKey(criterion.code) }));
  // Each code by its exact key, and by its codeKey where no other code shares it (a table lettered a, b, c, d, đ, e, ê
  // has «d» and «đ» folded alike: those are found only as written).
  const codes = new Map(set.criteria.map((c) => [exactKey(c.code), c.code]));
  const folded = new Map<string, string[]>();
  for (const { criterion, key } of keys) folded.set(key, [...(folded.get(key) ?? []), criterion.code]);
  for (const [key, all] of folded) if (all.length === 1 && !codes.has(key)) codes.set(key, all[0]!);
  const byCode = new Map(set.criteria.map((c) => [c.code, c]));
  return {
    codes,
    typed: new Map(),
    lineCodes: new Map(set.criteria.flatMap((c) => c.own?.lines ?? []).map((l) => [codeKey(l.code), l.code])),
    numbering: {
      prefixes: keys.map(({ criterion, key }) => ({ criterion, prefix: `${key}.` })),
      sections: new Set(keys.filter(({ key }) => /^\d/.test(key.slice(1))).map(({ key }) => key.charAt(0))),
    },
    byCode,
    codesUnique: byCode.size === set.criteria.length,
    applies: new Map(),
    kinds: new Map(),
    gateCodes: [...new Set(set.awards.forms.flatMap((f) => f.gateCriteria))],
    thresholds: set.classification.map((band) => band.minPercent),
    sanctioned: new Map(set.criteria.filter((c) => c.sanction !== undefined).map((c) => [c.code, c])),
    cappedGroups: set.groups.filter((group) => mayCap(set, group)),
    granted: new Map(set.groups.flatMap((g) => (g.granted && g.maxPoints !== undefined ? [[g.id, g.maxPoints] as const] : []))),
    ruled: set.criteria.map(() => new Map()),
    scoredAsOne: scoredAsOne(set),
  };
}

/** The set's codes scored as one item (SetPlan.scoredAsOne). */
function scoredAsOne(set: CriteriaSet): Set<string> {
  const codes = new Set<string>();
  for (const c of set.criteria) {
    if (c.rule.kind === 'tiers' || c.own !== undefined) codes.add(c.code);
    // Every code this one is numbered under: what comes before each of its dots.
    if (c.rule.kind === 'bonus' || c.rule.kind === 'deduction') for (let i = c.code.indexOf('.'); i >= 0; i = c.code.indexOf('.', i + 1)) codes.add(c.code.slice(0, i));
  }
  return codes;
}

/**
 * The set's `index`th criterion's rule applied to a figure (applyRule), remembered: a criterion's score and reason are
 * its figure's alone, and units report the same figures over and over (100 %, «Có», 0 lần) — each reason worded again
 * was a third of what scoring allocated (issue 59). The same string then stands in every card that says it. Bounded
 * per criterion; −0 is worded afresh, a map taking it for 0.
 */
export function ruleScore(plan: SetPlan, index: number, criterion: Criterion, value: number): RuleScore {
  if (Object.is(value, -0)) return applyRule(criterion, value);
  const known = plan.ruled[index]!;
  let ruled = known.get(value);
  if (ruled === undefined) {
    if (known.size >= 64) known.clear();
    known.set(value, (ruled = applyRule(criterion, value)));
  }
  return ruled;
}

/**
 * Whether a group's maximum can ever hold its rows (cappedParts): its base rows' maxima add past it, or it has bonus or
 * deduction rows (a group of those only, among the criteria that apply to a unit, adds at most its maximum).
 */
function mayCap(set: CriteriaSet, group: CriteriaGroup): boolean {
  const max = group.maxPoints;
  if (max === undefined) return false;
  const mine = set.criteria.filter((c) => c.group === group.id);
  if (mine.some((c) => c.rule.kind === 'bonus' || c.rule.kind === 'deduction')) return true;
  // Any part of the rows adds at most what they all add, give or take the sums' rounding (at most n·ε of the whole).
  const all = mine.reduce((sum, c) => sum + c.maxPoints, 0);
  return all + all * mine.length * 1e-15 > max + 1e-9;
}

/** Whether a criterion applies to a kind. A unit of unknown kind is held to the criteria every kind shares. */
export function appliesToKind(criterion: Criterion, kindId: string | undefined): boolean {
  return criterion.appliesTo.length === 0 || (kindId !== undefined && criterion.appliesTo.includes(kindId));
}

/** Which of the set's criteria apply to a kind (appliesToKind), by their index: once per kind. */
export function appliesFor(set: CriteriaSet, plan: SetPlan, kindId: string | undefined): readonly boolean[] {
  let applies = plan.applies.get(kindId ?? '');
  if (!applies) plan.applies.set(kindId ?? '', (applies = set.criteria.map((c) => appliesToKind(c, kindId))));
  return applies;
}

/** The kind a unit typed, resolved once per text (resolveKind); undefined when it names none of the set's. */
export function kindTyped(set: CriteriaSet, text: string): SubjectKind | undefined {
  const { kinds } = planOf(set);
  if (kinds.has(text)) return kinds.get(text);
  if (kinds.size >= 1000) kinds.clear();
  const kind = resolveKind(set, text);
  kinds.set(text, kind);
  return kind;
}

// Made for issue 59's goal that scoring alone cost at most 5 % of reading: scored a report at a time between two
// readings, scoring paid more for finding its per-set data than for using it.
