// Every rule kind (cách tính) is one file of core/criteria/rules/ and one line of its registry: named after its
// kind, in the criteria schema's union, with its label and an example for the «Cách tính» column, its own
// format and parse for the criteria sheet (its example reads back as its kind, and what it writes reads back
// as what it wrote), its ways to more points for «Còn thiếu gì» (none missed, none promised that scoring does not
// give), and a closing comment saying what it was made for.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ScoringRule } from '../../core/criteria/schema.js';
import { formatRule, parseRule } from '../../core/criteria/sheet/rule.js';
import { rulePoints, rules, waysUp } from '../../core/criteria/rules/index.js';
import type { Rule } from '../../core/criteria/rules/rule.js';
import { toCents } from '../../core/criteria/rules/ways-up.js';
import type { Criterion, Target } from '../../core/criteria/schema.js';
import { closingComment } from '../helpers/made-for.js';
import { criterion, makeSet } from '../helpers/make-report.js';

const folder = fileURLToPath(new URL('../../core/criteria/rules/', import.meta.url));
/**
 * Every file but the registry, the shape of a rule, the reasons' wording, the shapes of ways up and the reading of a
 * criterion's own scoring words (shared by manual and bonus) is a rule kind.
 */
const kindFiles = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'rule.ts', 'reason.ts', 'ways-up.ts', 'scoring-words.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
const schemaKinds = ScoringRule.options.map((o) => o.shape.kind.value);

describe('rule-kind registry', () => {
  it.each(kindFiles)('%s is the schema’s kind, registered under its file name, and says what it was made for', async (kind) => {
    const mod = (await import(`../../core/criteria/rules/${kind}.ts`)) as Record<string, Rule<never>>;
    const rule = Object.values(mod).find((v) => typeof v === 'object' && v !== null && 'kind' in v);
    expect(rule?.kind).toBe(kind);
    expect(schemaKinds).toContain(kind);
    expect(Object.values(rules)).toContain(rule);
    expect(closingComment(`${folder}${kind}.ts`), `${kind}.ts ends with what it was made for`).toMatch(/^Made for\b.{40,}/s);
  });

  it('registers the schema’s kinds and those files, each once', () => {
    expect(Object.keys(rules).sort()).toEqual([...kindFiles].sort());
    expect([...schemaKinds].sort()).toEqual([...kindFiles].sort());
  });

  it.each(Object.values(rules).map((r) => [r.kind, r] as const))('%s words itself for the criteria sheet', (kind, rule) => {
    expect(rule.label).toMatch(/\p{L}{2}/u);
    const read = parseRule(rule.example);
    expect(read).toMatchObject({ ok: true, rule: { kind } });
    if (!read.ok) return;
    expect(parseRule(formatRule(read.rule))).toEqual(read);
    expect(ScoringRule.safeParse(read.rule).success).toBe(true);
  });

  it('names every kind’s example in the «Cách tính» help an unreadable cell gets', () => {
    const help = parseRule('theo quy định');
    expect(help.ok).toBe(false);
    for (const rule of Object.values(rules)) expect((help as { message: string }).message).toContain(rule.example);
  });

  /** Figures a criterion might be asked at: nothing, none, counts, rates, far beyond. */
  const sweep = Array.from({ length: 1201 }, (_, i) => i / 4).concat([79.99, 80.01, 1000]);
  const targets: (Target | undefined)[] = [undefined, { comparator: '>=', value: 80 }, { comparator: '>', value: 40 }, { comparator: '<=', value: 5 }];

  it.each(Object.values(rules).map((r) => [r.kind, r] as const))('%s says what it would take (còn thiếu gì): every way earns what it says, no figure earns more than its ways offer', (kind, rule) => {
    expect(typeof rule.waysUp).toBe('function');
    const read = parseRule(rule.example);
    for (const target of targets) {
      const c: Criterion = makeSet({ criteria: [criterion({ code: 'K', measure: rule.measure ?? 'percent', rule: read.ok ? read.rule : { kind: 'manual' }, maxPoints: 20, ...(target ? { target } : {}) })] }).criteria[0]!;
      for (const value of [null, 0, 1, 3, 40, 79.99, 90, 150]) {
        const at = `${kind}, target ${target ? `${target.comparator} ${target.value}` : 'none'}, figure ${value}`;
        const points = Math.max(0, value === null ? 0 : rulePoints(c, value));
        if (points >= c.maxPoints) continue;
        const ways = waysUp(c, value, points);
        const earns = (figure: number) => toCents(rulePoints(c, figure) - points);
        const best = Math.max(...sweep.map(earns));
        if (best <= 0) {
          // No figure alone earns more: no way offered; a kind whose points hang on more than the figure (Min-Max, scored
          // alone here) says why instead.
          expect(ways === undefined || (ways.steps.length === 0 && ways.room === undefined && typeof ways.unknown === 'string'), at).toBe(true);
          continue;
        }
        expect(ways, at).toBeDefined();
        for (const step of ways!.steps) {
          expect(step.gain, at).toBeGreaterThan(0);
          expect(earns(step.value), `${at}: step to ${step.value}`).toBe(toCents(step.gain));
        }
        const room = ways!.room;
        if (room) for (const cents of [1, Math.ceil(room.cents / 2), room.cents]) expect(earns(room.valueFor(cents)), `${at}: ${cents} cents`).toBeGreaterThanOrEqual(cents);
        const offered = Math.max(room?.cents ?? 0, ...ways!.steps.map((s) => toCents(s.gain)));
        expect(offered, at).toBeGreaterThanOrEqual(best);
        expect(offered, at).toBeLessThanOrEqual(toCents(c.maxPoints - points));
      }
    }
  });
});
