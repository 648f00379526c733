// Every rule kind (cách tính) is one file of core/criteria/rules/ and one line of its registry: named after its
// kind, in the criteria schema's union, with its label and an example for the «Cách tính» column, its own
// format and parse for the criteria sheet (its example reads back as its kind, and what it writes reads back
// as what it wrote), and a closing comment saying what it was made for.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ScoringRule } from '../../core/criteria/schema.js';
import { formatRule, parseRule } from '../../core/criteria/sheet/rule.js';
import { rules } from '../../core/criteria/rules/index.js';
import type { Rule } from '../../core/criteria/rules/rule.js';
import { closingComment } from '../helpers/made-for.js';

const folder = fileURLToPath(new URL('../../core/criteria/rules/', import.meta.url));
/** Every file but the registry, the shape of a rule and the reasons' wording is a rule kind. */
const kindFiles = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'rule.ts', 'reason.ts'].includes(f))
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
});
