// The 766 model's registry: the six groups in the portal's order, one file each, and what every reader asks of them —
// a group or metric by code, by the portal's code, by endpoint; who can move a figure. Codes (../codes.ts), the
// response readers (../responses/), the formulas (../formulas-766.ts), «what it would take» (../what-it-takes.ts) and
// the built-in set qd766-xa read these, never a list of their own.
import { ckmb } from './ckmb.js';
import { clgq } from './clgq.js';
import type { Counts, Group766, GroupDeclaration, MetricDeclaration, Mover } from './declare.js';
import { mdhl } from './mdhl.js';
import { mdsh } from './mdsh.js';
import { tdgq } from './tdgq.js';
import { tttt } from './tttt.js';

export type { Counts, CriterionDeclaration, FieldDeclaration, Group766, GroupDeclaration, MetricDeclaration, Mover, RateFormulaId, Takes } from './declare.js';

/** The six groups in the portal's order (the order its pages and the decision list them). */
export const MODEL_766: readonly GroupDeclaration[] = [ckmb, tdgq, clgq, tttt, mdhl, mdsh];

export const GROUPS_766: readonly Group766[] = MODEL_766.map((g) => g.code);

/** Every declared metric, with its group. Maps: a code a response makes up («__proto__») is never found. */
const METRICS = new Map<string, { metric: MetricDeclaration; group: GroupDeclaration }>(MODEL_766.flatMap((group) => group.metrics.map((metric) => [metric.code, { metric, group }] as const)));
const BY_PORTAL_CODE = new Map<string, MetricDeclaration>(MODEL_766.flatMap((g) => g.metrics.flatMap((m) => (m.portalCodes ?? []).map((c) => [c, m] as const))));
const GROUPS = new Map<string, GroupDeclaration>(MODEL_766.map((g) => [g.code, g]));
const BY_ENDPOINT = new Map<string, GroupDeclaration>(MODEL_766.map((g) => [g.endpoint, g]));

export function groupOf(code: string): GroupDeclaration | undefined {
  return GROUPS.get(code);
}

export function metricOf(code: string): MetricDeclaration | undefined {
  return METRICS.get(code)?.metric;
}

/** The metric the portal's code names (metrics[].code, PUBLISH_ON_TIME), when declared. */
export function metricOfPortalCode(portalCode: string): MetricDeclaration | undefined {
  return BY_PORTAL_CODE.get(portalCode);
}

/** The group an endpoint of the 766 page's API gives (transparency → CKMB). */
export function groupOfEndpoint(endpoint: string): GroupDeclaration | undefined {
  return BY_ENDPOINT.get(endpoint);
}

/** Every declared metric, in the groups' order. */
export const METRICS_766: readonly MetricDeclaration[] = MODEL_766.flatMap((g) => g.metrics);

/** The group a metric of `code` counts in: its declaration's, else by the `<group>_` its code starts with. */
function groupOfMetric(code: string): GroupDeclaration | undefined {
  return METRICS.get(code)?.group ?? GROUPS.get(code) ?? MODEL_766.find((g) => code.startsWith(`${g.code}_`));
}

/** A figure as a capture holds it, for `moverOf`: its numerator and denominator. */
interface Figures {
  numerator?: number | undefined;
  denominator?: number | undefined;
}

/**
 * Who can move the figure of `code`: with the figures of every unit of one capture (the province's included), the
 * figures decide — the same numerator and denominator for every unit that has them and at least two units is the
 * province's work (DOMAIN §11: detected, not assumed); without figures to tell (one unit, or nothing counted), what
 * the model declares.
 */
export function moverOf(code: string, figuresOfEveryUnit: readonly Figures[] = []): Mover {
  const counted = figuresOfEveryUnit.filter((f) => f.numerator !== undefined && f.denominator !== undefined);
  if (counted.length >= 2) {
    const [first] = counted;
    // Nothing counted anywhere (0/0) tells nothing of who does the work.
    if (first!.denominator! > 0) return counted.every((f) => f.numerator === first!.numerator && f.denominator === first!.denominator) ? 'province' : 'unit';
  }
  return metricOf(code)?.movedBy ?? groupOfMetric(code)?.movedBy ?? 'unit';
}

/** What the figures of `code` count, as officers say them: its declaration's, else its group's. */
export function countsOf(code: string): Counts | undefined {
  return metricOf(code)?.counts ?? groupOfMetric(code)?.counts;
}

/** How a metric is scored and what it would take: its declaration's, else its group's for metrics not yet declared. */
export function scoringOf(code: string): Pick<MetricDeclaration, 'formula' | 'takes'> {
  const declared = metricOf(code);
  if (declared) {
    // Made once per declared metric: a capture asks it for every unit's every metric.
    let scoring = declaredScoring.get(declared);
    if (!scoring) declaredScoring.set(declared, (scoring = { ...(declared.formula ? { formula: declared.formula } : {}), ...(declared.takes ? { takes: declared.takes } : {}) }));
    return scoring;
  }
  const group = groupOfMetric(code);
  if (group?.code === code) return group.takes ? { takes: group.takes } : {};
  return group?.undeclared ?? {};
}

const declaredScoring = new WeakMap<MetricDeclaration, Pick<MetricDeclaration, 'formula' | 'takes'>>();

/*
Made for: issue 47 item 1 — one declared 766 model that every reader, formula and face derives from; the registry
test is test/indicators/model-766.test.ts.
*/
