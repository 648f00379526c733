// «Cách tính» ⇄ scoring rule, and what «Đơn vị tính» with the rule says is measured. Each rule kind words itself
// (core/criteria/rules/<kind>.ts: example, format, parse); this file only asks the registry.
import { rules } from '../rules/index.js';
import type { Rule, RuleRead } from '../rules/rule.js';
import { normalizeLabel } from '../../text.js';
import type { Measure, RuleKind, ScoringRule } from '../schema.js';

const kinds = Object.values(rules) as Rule<RuleKind>[];
const RULE_HELP = kinds.map((k) => k.example).join('; ');

/** What «Đơn vị tính» and the rule imply is measured: `%` percent, `Tỷ lệ %` ratio, `Có/Không`, `Ngày`, `Điểm`, else count. */
export function deriveMeasure(unit: string, rule: ScoringRule): Measure {
  const byKind = rules[rule.kind].measure;
  if (byKind) return byKind;
  const u = normalizeLabel(unit);
  if (u.includes('ty le')) return 'ratio';
  if (u.includes('%') || u.includes('phan tram')) return 'percent';
  if (/^co ?[/-] ?khong$/.test(u)) return 'yes_no';
  if (u === 'ngay' || u === 'ngay/thang/nam') return 'date';
  if (u === 'diem') return 'points';
  return 'count';
}

/** "Đạt chỉ tiêu", "Tỷ lệ", "Bậc: 4=20; 3=15", "Mỗi lần: 2", "Có/Không", "Thủ công", "Cộng điểm: 1", "Trừ điểm". */
export function formatRule(rule: ScoringRule): string {
  return (rules[rule.kind] as Rule<RuleKind>).format(rule as never);
}

/** Reads «Cách tính»; the message says what is wrong (the caller names the cell). */
export function parseRule(text: string): { ok: true; rule: ScoringRule } | { ok: false; message: string } {
  const n = normalizeLabel(text);
  const read: RuleRead | undefined = kinds.reduce<RuleRead | undefined>((found, kind) => found ?? kind.parse(n, text), undefined);
  if (read?.ok) return read;
  return { ok: false, message: read?.message ?? `không hiểu cách tính «${text.trim()}» (viết: ${RULE_HELP})` };
}
