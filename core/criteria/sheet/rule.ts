// «Cách tính» ⇄ scoring rule, and what «Đơn vị tính» with the rule says is measured.
import { normalizeLabel } from '../../text.js';
import { formatNumberVi, parseCell, parseNumberText } from '../../values.js';
import type { Measure, ScoringRule, Tier } from '../schema.js';

const RULE_HELP = 'Đạt chỉ tiêu; Tỷ lệ; Bậc: 4=20; 3=15; Mỗi lần: 2; Có/Không; Thủ công; Cộng điểm; Trừ điểm: 8';

/** What «Đơn vị tính» and the rule imply is measured: `%` percent, `Tỷ lệ %` ratio, `Có/Không`, `Ngày`, `Điểm`, else count. */
export function deriveMeasure(unit: string, rule: ScoringRule): Measure {
  if (rule.kind === 'yes_no') return 'yes_no';
  if (rule.kind === 'manual') return 'points';
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
  const n = formatNumberVi;
  switch (rule.kind) {
    case 'threshold': return 'Đạt chỉ tiêu';
    case 'ratio': return 'Tỷ lệ';
    case 'tiers': return `Bậc: ${rule.tiers.map((t) => `${n(t.min)}=${n(t.points)}`).join('; ')}`;
    case 'per_occurrence': return `Mỗi lần: ${n(rule.pointsEach)}`;
    case 'yes_no': return 'Có/Không';
    case 'manual': return 'Thủ công';
    case 'bonus': return rule.pointsEach === undefined ? 'Cộng điểm' : `Cộng điểm: ${n(rule.pointsEach)}`;
    case 'deduction': return rule.pointsEach === undefined ? 'Trừ điểm' : `Trừ điểm: ${n(rule.pointsEach)}`;
  }
}

/** Reads «Cách tính»; the message says what is wrong (the caller names the cell). */
export function parseRule(text: string): { ok: true; rule: ScoringRule } | { ok: false; message: string } {
  const n = normalizeLabel(text);
  const fail = (why?: string) => ({ ok: false as const, message: why ?? `không hiểu cách tính «${text.trim()}» (viết: ${RULE_HELP})` });
  const positive = (s: string | undefined) => {
    const v = s === undefined ? undefined : parseNumberText(s);
    return v !== undefined && v > 0 ? v : undefined;
  };
  if (['dat chi tieu', 'dat/khong dat', 'threshold'].includes(n)) return { ok: true, rule: { kind: 'threshold' } };
  if (['ty le', 'ratio'].includes(n)) return { ok: true, rule: { kind: 'ratio' } };
  if (/^co ?[/-] ?khong$/.test(n) || n === 'yes_no') return { ok: true, rule: { kind: 'yes_no' } };
  if (['thu cong', 'tu cham', 'manual'].includes(n)) return { ok: true, rule: { kind: 'manual' } };
  const each = /^moi lan\s*:?\s*(.*)$/.exec(n);
  if (each) {
    const v = positive(each[1]);
    return v === undefined ? fail(`«Mỗi lần» cần số điểm dương cho mỗi lần, ví dụ «Mỗi lần: 2», đang là «${text.trim()}»`) : { ok: true, rule: { kind: 'per_occurrence', pointsEach: v } };
  }
  const plusMinus = /^(cong diem|tru diem)\s*:?\s*(.*)$/.exec(n);
  if (plusMinus) {
    const kind = plusMinus[1] === 'cong diem' ? 'bonus' : 'deduction';
    if (plusMinus[2] === '') return { ok: true, rule: { kind } };
    const v = positive(plusMinus[2]);
    return v === undefined ? fail() : { ok: true, rule: { kind, pointsEach: v } };
  }
  const tiers = /^bac\s*:?\s*(.+)$/.exec(n);
  if (tiers) {
    const parsed: Tier[] = [];
    for (const part of tiers[1]!.split(';').map((p) => p.trim()).filter(Boolean)) {
      const m = /^(?:≥|>=|=>)?\s*(.+?)\s*=\s*(.+)$/.exec(part);
      const min = m ? parseCell(m[1]!) : undefined;
      const points = m ? parseNumberText(m[2]!) : undefined;
      if (min?.kind !== 'number' || points === undefined || points < 0) {
        return fail(`không hiểu bậc «${part}» trong «${text.trim()}» (viết: Bậc: 4=20; 3=15; 2=10; 1=5)`);
      }
      parsed.push({ min: min.value, points });
    }
    if (parsed.length === 0) return fail();
    for (let i = 1; i < parsed.length; i++) {
      if (!(parsed[i]!.min < parsed[i - 1]!.min)) return fail(`các bậc phải xếp từ cao xuống thấp: «${text.trim()}»`);
      if (parsed[i]!.points > parsed[i - 1]!.points) return fail(`bậc cao hơn không được ít điểm hơn bậc thấp hơn: «${text.trim()}»`);
    }
    return { ok: true, rule: { kind: 'tiers', tiers: parsed } };
  }
  return fail();
}
