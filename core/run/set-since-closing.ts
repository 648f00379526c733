// Bộ tiêu chí đã chốt (the criteria set a closed round vouches for): what of the set the run's record keeps — its
// title, basis and period, its bands with their thresholds and «Điều kiện khác», each criterion's title, maximum and
// «Cách tính», and a digest of each other part scoring reads — and what of it a later run changed, named, so that a
// set edited after `close` is never scored again as «không đổi».
import { z } from 'zod';
import type { CriteriaSet, Criterion } from '../criteria/schema.js';
import { formatRule } from '../criteria/sheet/rule.js';
import { describeTarget, formatNumber } from '../criteria/rules/reason.js';
import { formatDateVi, formatNumberVi } from '../values.js';
import { sealCode, sealOf } from './seal.js';

/**
 * A band as the record keeps it: its label, its condition beyond points, if any, and its threshold (absent in records
 * written before it was kept: the threshold is then not compared).
 */
export const RecordedBand = z.object({ label: z.string(), condition: z.string().optional(), minPercent: z.number().optional() });
export type RecordedBand = z.infer<typeof RecordedBand>;

/** A criterion as the set defines it: what the papers and a later comparison name of it. */
export const RecordedSetCriterion = z.object({
  code: z.string(),
  title: z.string(),
  max: z.number(),
  /** «Cách tính» as the criteria sheet writes it, and the target («≥ 80%»), if any. */
  rule: z.string(),
  target: z.string().optional(),
  /** A digest of the rest of the criterion (its unit, the kinds it applies to, evidence, its own lines, sanction, portal link, group). */
  rest: z.string(),
});
export type RecordedSetCriterion = z.infer<typeof RecordedSetCriterion>;

/** The parts of the set scoring reads beyond its criteria and bands, each kept as a digest, by what officers call it. */
const PARTS = {
  subjectKinds: 'loại đơn vị được chấm',
  groups: 'nhóm tiêu chí',
  awards: 'hình thức, điều kiện khen thưởng hoặc cách xếp hạng khi bằng điểm',
  tolerances: 'ngưỡng sai lệch của các kiểm tra',
  council: 'cách xử lý số liệu Hội đồng bác',
} as const satisfies Partial<Record<keyof CriteriaSet, string>>;
type Part = keyof typeof PARTS;

/** What the scoring depends on beyond the set's heading and bands (absent in records written before it was kept). */
export const SetScoring = z.object({
  criteria: z.array(RecordedSetCriterion),
  /** YYYY-MM-DD, '' when the set gives none. */
  deadline: z.string(),
  parts: z.object({ subjectKinds: z.string(), groups: z.string(), awards: z.string(), tolerances: z.string(), council: z.string() }),
});
export type SetScoring = z.infer<typeof SetScoring>;

export const RecordedSet = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  commune: z.string(),
  district: z.string(),
  province: z.string(),
  legalBasis: z.object({ document: z.string(), date: z.string(), title: z.string() }),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  /**
   * The set's bands, best first, by label as each unit's `classification` names them, each with what it asks beyond
   * points («Điều kiện khác») where it does: the papers list a higher band before a lower one, as the ranking does,
   * and say who was graded into a band with a condition by points, leaving the condition to the council. Absent in
   * records written before they were kept (their papers list by score and say no condition).
   */
  bands: z.array(RecordedBand).optional(),
  scoring: SetScoring.optional(),
});
export type RecordedSet = z.infer<typeof RecordedSet>;

const digest = (value: unknown) => sealCode(sealOf({ value: value ?? null }));

function recordedCriterion(c: Criterion): RecordedSetCriterion {
  const { code: _c, title: _t, maxPoints: _m, rule: _r, target: _g, note: _n, source: _s, ...rest } = c;
  return { code: c.code, title: c.title, max: c.maxPoints, rule: formatRule(c.rule), ...(c.target ? { target: describeTarget(c, c.target) } : {}), rest: digest(rest) };
}

/** The set as the run's record keeps it. */
export function recordedSet(set: CriteriaSet): RecordedSet {
  return {
    id: set.id,
    version: set.version,
    title: set.title,
    commune: set.commune,
    district: set.district,
    province: set.province,
    legalBasis: set.legalBasis,
    period: set.period,
    bands: set.classification.map((b) => ({ label: b.label, ...(b.condition ? { condition: b.condition } : {}), minPercent: b.minPercent })),
    scoring: {
      criteria: set.criteria.map(recordedCriterion),
      deadline: set.deadline ?? '',
      parts: { subjectKinds: digest(set.subjectKinds), groups: digest(set.groups), awards: digest(set.awards), tolerances: digest(set.tolerances), council: digest(set.council) },
    },
  };
}

const AFTER = 'sau khi chốt';
const quoted = (s: string) => (s ? `«${s}»` : '(trống)');
const was = (what: string, before: string, after: string) => `${what} ${before} → ${after} ${AFTER}.`;

/** The forms of the round as the record keeps them (their labels and quotas are named; the rest is the awards' digest). */
type RecordedForm = { id: string; label: string; quotas: readonly { subject: string; max: number; share?: { percent: number } | undefined }[] };

/**
 * What of the set differs between a closed record and a new one, one Vietnamese line each, naming the part: the
 * title, basis, period, commune, each band's condition and threshold, each criterion's title, maximum and «Cách tính»,
 * the round's forms and quotas. A part the closed record did not keep (a round closed before it) is not compared.
 */
export function setChangesSinceClosing(closed: { set: RecordedSet; forms: readonly RecordedForm[] }, now: { set: RecordedSet; forms: readonly RecordedForm[] }): string[] {
  const a = closed.set;
  const b = now.set;
  const lines: string[] = [];
  const text = (what: string, x: string, y: string) => x !== y && lines.push(was(what, quoted(x), quoted(y)));
  text('Tên bộ tiêu chí:', a.title, b.title);
  text('Mã bộ tiêu chí:', a.id, b.id);
  text('Phiên bản bộ tiêu chí:', a.version, b.version);
  const basis = (s: RecordedSet) => [s.legalBasis.document, s.legalBasis.date ? `ngày ${formatDateVi(s.legalBasis.date)}` : '', s.legalBasis.title].filter(Boolean).join(' ');
  text('Căn cứ của bộ tiêu chí:', basis(a), basis(b));
  const period = (s: RecordedSet) => `${s.period.label} (${formatDateVi(s.period.from)} – ${formatDateVi(s.period.to)})`;
  text('Kỳ đánh giá:', period(a), period(b));
  text('Xã, phường:', a.commune, b.commune);
  text('Huyện:', a.district, b.district);
  text('Tỉnh, thành phố:', a.province, b.province);
  if (a.bands && b.bands) lines.push(...bandChanges(a.bands, b.bands));
  if (a.scoring && b.scoring) lines.push(...scoringChanges(a.scoring, b.scoring));
  const formLines = formChanges(closed.forms, now.forms);
  lines.push(...formLines);
  if (a.scoring && b.scoring) {
    for (const part of Object.keys(PARTS) as Part[]) {
      // The forms' labels and quotas already named: the awards' digest is said only for what they do not show.
      if (part === 'awards' && formLines.length > 0) continue;
      if (a.scoring.parts[part] !== b.scoring.parts[part]) lines.push(`Bộ tiêu chí: ${PARTS[part]} đã khác ${AFTER}.`);
    }
  }
  return lines;
}

function bandChanges(before: readonly RecordedBand[], after: readonly RecordedBand[]): string[] {
  const lines: string[] = [];
  const now = new Map(after.map((x) => [x.label, x]));
  const then = new Set(before.map((x) => x.label));
  for (const old of before) {
    const band = now.get(old.label);
    const name = `Xếp loại «${old.label}»:`;
    if (!band) {
      lines.push(`${name} bỏ ${AFTER}.`);
      continue;
    }
    if (old.minPercent !== undefined && band.minPercent !== undefined && old.minPercent !== band.minPercent) lines.push(was(`${name} ngưỡng`, `${formatNumber(old.minPercent)}%`, `${formatNumber(band.minPercent)}%`));
    if (!old.condition && band.condition) lines.push(`${name} thêm điều kiện «${band.condition}» ${AFTER}.`);
    else if (old.condition && !band.condition) lines.push(`${name} bỏ điều kiện «${old.condition}» ${AFTER}.`);
    else if (old.condition !== band.condition) lines.push(was(`${name} điều kiện`, quoted(old.condition!), quoted(band.condition!)));
  }
  for (const band of after) if (!then.has(band.label)) lines.push(`Xếp loại «${band.label}»: thêm ${AFTER} (từ ${formatNumber(band.minPercent ?? 0)}%).`);
  return lines;
}

function scoringChanges(before: SetScoring, after: SetScoring): string[] {
  const lines: string[] = [];
  const now = new Map(after.criteria.map((c) => [c.code, c]));
  const then = new Set(before.criteria.map((c) => c.code));
  for (const old of before.criteria) {
    const c = now.get(old.code);
    const name = `Tiêu chí ${old.code}`;
    if (!c) {
      lines.push(`${name} «${old.title}» (${formatNumber(old.max)} điểm): bỏ ${AFTER}.`);
      continue;
    }
    if (old.title !== c.title) lines.push(was(`${name}: tên`, quoted(old.title), quoted(c.title)));
    if (old.max !== c.max) lines.push(was(`${name}: điểm tối đa`, formatNumber(old.max), formatNumber(c.max)));
    if (old.rule !== c.rule) lines.push(was(`${name}: cách tính`, quoted(old.rule), quoted(c.rule)));
    if (old.target !== c.target) lines.push(was(`${name}: chỉ tiêu`, old.target ?? '(không có)', c.target ?? '(không có)'));
    if (old.rest !== c.rest) lines.push(`${name}: đơn vị tính, đối tượng áp dụng, minh chứng, dòng cộng trừ, nhóm hoặc chế tài của tiêu chí đã khác ${AFTER}.`);
  }
  for (const c of after.criteria) if (!then.has(c.code)) lines.push(`Tiêu chí ${c.code} «${c.title}» (${formatNumber(c.max)} điểm): thêm ${AFTER}.`);
  if (before.deadline !== after.deadline) {
    const day = (d: string) => (d ? formatDateVi(d) : '(không có)');
    lines.push(was('Hạn nộp báo cáo:', day(before.deadline), day(after.deadline)));
  }
  return lines;
}

function formChanges(before: readonly RecordedForm[], after: readonly RecordedForm[]): string[] {
  const lines: string[] = [];
  // «5», «3 tập thể, 2 cá nhân», «2 (truong-hoc)»: a kind's id as the set names it.
  const subject: Record<string, string> = { all: '', collective: ' tập thể', individual: ' cá nhân' };
  // A share by its percentage: its places follow the units ranked, not the set.
  const quotas = (f: RecordedForm) => f.quotas.map((q) => `${q.share ? `${formatNumberVi(q.share.percent)}%` : q.max}${subject[q.subject] ?? ` (${q.subject})`}`).join(', ') || 'không giao';
  const now = new Map(after.map((f) => [f.id, f]));
  for (const old of before) {
    const f = now.get(old.id);
    const name = `Hình thức «${old.label}»:`;
    if (!f) lines.push(`${name} bỏ ${AFTER}.`);
    else {
      if (old.label !== f.label) lines.push(was(`${name} tên`, quoted(old.label), quoted(f.label)));
      if (quotas(old) !== quotas(f)) lines.push(was(`${name} chỉ tiêu`, quotas(old), quotas(f)));
    }
  }
  const then = new Set(before.map((f) => f.id));
  for (const f of after) if (!then.has(f.id)) lines.push(`Hình thức «${f.label}»: thêm ${AFTER}.`);
  return lines;
}

// Made for a set edited after `close` (Hải Phòng's walk, Phụ lục 03): a band's «Điều kiện khác» added, a criterion's
// maximum changed, the set renamed — each said by the run and by `close` where it was «không đổi».
